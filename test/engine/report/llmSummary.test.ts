import { numbersIn, parseSummaryAnswer, unsupportedNumbers, type SummaryContext } from '../../../nodes/engine/report/llmSummary';

const ctx: SummaryContext = {
	facts: {
		period: '2026-W47',
		previousPeriod: '2026-W46',
		records: 2400,
		nps: { score: 12.32, marginOfError: 10.83, responses: 1600, change: { delta: -14.67, verdict: 'down', pValue: 0.0594 } as any },
		rating: { mean: 80.94, change: null },
		csatTopTwoBox: 78.06,
		complaintRate: { value: 10.96, change: null },
		topNegativeTopic: { name: '客房 Room › 清洁 Cleanliness', negativeShare: 62.25, mentions: 387 },
		topDriver: null,
		outOfControl: [{ period: '2026-W46', signal: 'above UCL' }],
		sigmaLevel: 2.274,
		dpmo: 219375,
		slaCompliance: 91.5,
		worstDepartment: { name: 'Housekeeping', breached: 10 },
		reputationIndex: 83.08,
		lowSample: false,
	},
	confidencePercent: 95,
	alpha: 0.05,
	minSample: 30,
};

describe('the hallucination guard', () => {
	it('accepts the facts as written, rounded, without sign, with thousands separators, full-width, and the method constants', () => {
		expect(
			unsupportedNumbers(
				[
					'NPS in 2026-W47 was 12.3 (±10.8 at 95% confidence, 1,600 responses), down 14.7 points on W46 (p = 0.059).',
					'平均评分 80.9/100，投诉率 11%，DPMO 219,375，西格玛水平 2.27，SLA 达成率 91.5%，超时 10 件，口碑指数 ８３.１。',
					'Changes are tested at 0.05; fewer than 30 records is a small sample; p < 0.001 would be strong.',
				],
				ctx,
			),
		).toEqual([]);
	});

	it('names every number that is not in the facts: invented, mis-rounded, or computed', () => {
		expect(unsupportedNumbers(['NPS rose 37.5 points to 12.4, over 3 weeks; 1,601 responses; 4 sigma (2 when rounded is fine).'], ctx)).toEqual(['37.5', '12.4', '3', '1,601', '4']);
		// 12.32 − 10.83 = 1.49: a computed lower bound is not in the facts either.
		expect(unsupportedNumbers(['The interval starts at 1.49.'], ctx)).toEqual(['1.49']);
	});

	it('reads numbers as written', () => {
		expect(numbersIn('NPS −14.67, 1,600 份, ２４００, 2026-W47')).toEqual([14.67, 1600, 2400, 2026, 47]);
	});
});

describe('parseSummaryAnswer', () => {
	it('needs the JSON shape, then passes the guard', () => {
		expect(parseSummaryAnswer('```json\n{"sentences":["NPS was 12.3."]}\n```', ctx)).toEqual({ ok: true, sentences: ['NPS was 12.3.'] });
		expect(parseSummaryAnswer('{"sentences":[]}', ctx)).toMatchObject({ ok: false, error: expect.stringMatching(/^sentences: /) });
		expect(parseSummaryAnswer('{"text":"NPS was 12.3."}', ctx)).toMatchObject({ ok: false, error: expect.stringMatching(/^sentences: /) });
		expect(parseSummaryAnswer('NPS was fine', ctx)).toMatchObject({ ok: false, error: expect.stringMatching(/^not JSON/) });
		expect(parseSummaryAnswer('{"sentences":["NPS was 99."]}', ctx)).toEqual({ ok: false, error: 'it states numbers that are not in the facts: 99' });
	});
});
