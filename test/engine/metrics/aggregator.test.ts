import { computeMetrics, MetricsAggregator, MetricsInputError } from '../../../nodes/engine/metrics/aggregator';
import { fb, npsBatch } from './fixtures';

describe('NPS and its margin of error', () => {
	it('worked example: 100 promoters, 60 passives, 40 detractors', () => {
		// NPS = 100·(100 − 40)/200 = 30.
		// p₊ = 0.5, p₋ = 0.2; Var(+1/0/−1) = (0.5 + 0.2) − (0.5 − 0.2)² = 0.7 − 0.09 = 0.61
		// SE = √(0.61/200) = √0.00305 = 0.0552268; MoE(95%) = 1.959964·0.0552268 = 0.108243 → 10.82 points
		const r = computeMetrics(npsBatch(100, 60, 40), { drivers: false });
		expect(r.overall.nps).toEqual({
			score: 30,
			responses: 200,
			promoters: 100,
			passives: 60,
			detractors: 40,
			marginOfError: 10.82,
			ci: [19.18, 40.82],
		});
		// Distribution: 100 × 10, 60 × 8, 40 × 3.
		expect(r.overall.distribution.nps[10]).toBe(100);
		expect(r.overall.distribution.nps[8]).toBe(60);
		expect(r.overall.distribution.nps[3]).toBe(40);
	});

	it('90% confidence narrows the margin', () => {
		// z(90%) = 1.644854; 1.644854·0.0552268 = 0.090840 → 9.08
		const r = computeMetrics(npsBatch(100, 60, 40), { confidence: 0.9 });
		expect(r.overall.nps.marginOfError).toBe(9.08);
	});
});

describe('CSAT, CES, rating, complaint and response rate', () => {
	it('computes each from its own responses', () => {
		const csat = [5, 5, 4, 3, 2, 1, 4, 5, 4, 3];
		const records = csat.map((c, i) =>
			fb({
				csat: c,
				ces: i < 4 ? 6 : 2, // 4 easy (≥5) of 10; mean = (4·6 + 6·2)/10 = 3.6
				rating: i < 5 ? { value: 4, scale: 5 } : undefined, // 5 ratings of 80
				intents: i < 3 ? ['complaint'] : i === 3 ? [{ intent: 'complaint', confidence: 0.7 }] : ['praise'],
				channel: i < 8 ? 'review' : 'survey',
				replied: i < 6,
			}),
		);
		const r = computeMetrics(records);
		// CSAT: top-two-box = #{4,5} = 6 of 10 = 60 %; mean = 36/10 = 3.6
		expect(r.overall.csat.topTwoBox).toBe(60);
		expect(r.overall.csat.mean).toBe(3.6);
		// MoE = 1.959964·√(0.6·0.4/10) = 1.959964·0.1549193 = 0.303637 → 30.36 points
		expect(r.overall.csat.marginOfError).toBe(30.36);
		expect(r.overall.ces).toEqual({ mean: 3.6, easyShare: 40, score: 43.33, responses: 10 });
		expect(r.overall.rating.mean).toBe(80);
		expect(r.overall.rating.responses).toBe(5);
		// Complaints: 4 of 10 (strings and {intent} objects both count)
		expect(r.overall.complaintRate).toBe(40);
		// Reviews: 8, replied among them: 6 → 75 %
		expect(r.overall.response).toEqual({ eligible: 8, replied: 6, rate: 75 });
	});

	it('survey response rate from invitations', () => {
		const r = computeMetrics(npsBatch(10, 10, 5), { invitations: 100 });
		expect(r.overall.surveyResponseRate).toBe(25);
	});
});

describe('periods in a time zone', () => {
	it('buckets by the local calendar', () => {
		// 2026-03-31T17:30Z is 2026-04-01 01:30 in Shanghai: April / Q2 there, March / Q1 in UTC.
		const rec = [fb({ at: '2026-03-31T17:30:00Z', nps: 9 })];
		expect(computeMetrics(rec, { period: 'month', timeZone: 'Asia/Shanghai' }).periods.map((p) => p.period)).toEqual(['2026-04']);
		expect(computeMetrics(rec, { period: 'month', timeZone: 'UTC' }).periods.map((p) => p.period)).toEqual(['2026-03']);
		expect(computeMetrics(rec, { period: 'quarter', timeZone: 'Asia/Shanghai' }).periods.map((p) => p.period)).toEqual(['2026-Q2']);
		const day = computeMetrics(rec, { period: 'day', timeZone: 'Asia/Shanghai' }).periods[0];
		expect(day.start).toBe('2026-04-01T00:00:00+08:00');
		expect(day.end).toBe('2026-04-02T00:00:00+08:00');
	});

	it('uses ISO weeks (2027-01-01 is in 2026-W53) and fills empty periods', () => {
		const r = computeMetrics([fb({ at: '2026-12-14T12:00:00Z', nps: 9 }), fb({ at: '2027-01-01T12:00:00Z', nps: 3 })], { period: 'week' });
		expect(r.periods.map((p) => [p.period, p.n])).toEqual([
			['2026-W51', 1],
			['2026-W52', 0],
			['2026-W53', 1],
		]);
		expect(r.periods[0].start).toBe('2026-12-14T00:00:00Z');
	});

	it('handles daylight saving: New York days are 23 and 25 hours long around the switch', () => {
		// 2026-03-08T04:30Z = 23:30 EST on 7 March.
		const r = computeMetrics([fb({ at: '2026-03-08T04:30:00Z', nps: 9 }), fb({ at: '2026-03-08T12:00:00Z', nps: 9 })], {
			period: 'day',
			timeZone: 'America/New_York',
		});
		expect(r.periods.map((p) => [p.period, p.start, p.end])).toEqual([
			['2026-03-07', '2026-03-07T00:00:00-05:00', '2026-03-08T00:00:00-05:00'],
			['2026-03-08', '2026-03-08T00:00:00-05:00', '2026-03-09T00:00:00-04:00'],
		]);
	});
});

describe('period-over-period change', () => {
	it('NPS: Welch z on the +1/0/−1 scores', () => {
		// Week 1: 160 P, 120 Pa, 120 D of 400 → NPS 10; Var₁ = 0.7 − 0.1² = 0.69
		// Week 2: 200 P, 120 Pa, 80 D of 400 → NPS 30; Var₂ = 0.7 − 0.3² = 0.61
		// SE = √(0.69/400 + 0.61/400) = √0.00325 = 0.0570088; z = 0.2/0.0570088 = 3.5082; p = 0.000451
		const records = [...npsBatch(160, 120, 120, { at: '2026-11-02T10:00:00Z' }), ...npsBatch(200, 120, 80, { at: '2026-11-09T10:00:00Z' })];
		const r = computeMetrics(records, { period: 'week' });
		expect(r.periods.map((p) => p.nps.score)).toEqual([10, 30]);
		expect(r.change!.nps.delta).toBe(20);
		expect(r.change!.nps.z).toBeCloseTo(3.508, 3);
		expect(r.change!.nps.pValue).toBeCloseTo(0.0005, 4);
		expect(r.change!.nps.verdict).toBe('up');
		expect(r.change!.nps.test).toMatch(/Welch/);
	});

	it('"not significant" for a small move and "insufficient sample" for small periods', () => {
		// NPS 10 → 14 with 400 each: Var₂ = 0.7 − 0.14² = 0.6804; SE = √((0.69 + 0.6804)/400) = 0.058532;
		// z = 0.04/0.058532 = 0.683; p = 0.494
		const r = computeMetrics([...npsBatch(160, 120, 120, { at: '2026-11-02T10:00:00Z' }), ...npsBatch(168, 120, 112, { at: '2026-11-09T10:00:00Z' })]);
		expect(r.change!.nps.verdict).toBe('not significant');
		expect(r.change!.nps.pValue).toBeCloseTo(0.494, 3);
		const small = computeMetrics([...npsBatch(10, 5, 5, { at: '2026-11-02T10:00:00Z' }), ...npsBatch(2, 3, 15, { at: '2026-11-09T10:00:00Z' })]);
		expect(small.change!.nps.verdict).toBe('insufficient sample');
		expect(small.periods[1].lowSample).toBe(true);
	});
});

describe('breakdowns', () => {
	const records = [
		...npsBatch(30, 10, 10, { location: { id: 'SH01', name: '上海外滩店' }, segment: 'business', at: '2026-11-02T10:00:00Z' }),
		...npsBatch(5, 2, 3, { location: { id: 'BJ02', name: 'Beijing <Airport>' }, segment: 'leisure', at: '2026-11-10T10:00:00Z' }),
	];

	it('by location (with labels), by any field path, with the minimum-sample flag', () => {
		const r = computeMetrics(records, { dimensions: [{ field: 'location' }, { field: 'customer.segment', name: 'segment' }], minSample: 30 });
		const loc = r.breakdowns.location;
		expect(loc.map((g) => [g.key, g.label, g.n, g.nps.score, g.lowSample])).toEqual([
			['SH01', '上海外滩店', 50, 40, false],
			['BJ02', 'Beijing <Airport>', 10, 20, true],
		]);
		expect(r.breakdowns.segment.map((g) => g.key)).toEqual(['business', 'leisure']);
		// trend per group over the two weeks
		expect(loc[0].trend.map((t) => [t.period, t.n])).toEqual([
			['2026-W45', 50],
			['2026-W46', 0],
		]);
	});

	it('caps the number of groups and pools the rest as "(other)"', () => {
		const many = Array.from({ length: 20 }, (_, i) => fb({ nps: 9, location: { id: `L${i}` } }));
		const r = computeMetrics(many, { dimensions: [{ field: 'location' }], maxGroups: 5 });
		expect(r.breakdowns.location).toHaveLength(6);
		expect(r.breakdowns.location.find((g) => g.key === '(other)')!.n).toBe(15);
	});

	it('by department with SLA compliance', () => {
		const due = '2026-11-03T10:00:00Z';
		const r = computeMetrics(
			[
				fb({ owner: { department: 'Housekeeping' }, dueAt: due, resolvedAt: '2026-11-03T09:00:00Z' }), // met
				fb({ owner: { department: 'Housekeeping' }, dueAt: due, resolvedAt: '2026-11-03T11:00:00Z' }), // breached
				fb({ owner: 'Front Office', dueAt: due }), // open, overdue at asOf → breached
				fb({ owner: 'Front Office', dueAt: '2026-11-10T10:00:00Z' }), // open, not yet due
			],
			{ dimensions: [{ field: 'department' }], asOf: '2026-11-05T00:00:00Z' },
		);
		const d = Object.fromEntries(r.breakdowns.department.map((g) => [g.key, g.sla]));
		expect(d.Housekeeping).toEqual({ met: 1, breached: 1, open: 0, compliance: 50 });
		expect(d['Front Office']).toEqual({ met: 0, breached: 1, open: 1, compliance: 0 });
	});

	it('by indicator-tree topic at a level', () => {
		const r = computeMetrics(
			[
				fb({ nps: 2, topics: [{ path: ['Room', 'Cleanliness', 'Bathroom'], sentiment: 'negative' }, { path: ['Room', 'Noise'], sentiment: 'negative' }] }),
				fb({ nps: 9, topics: [{ path: ['Staff', 'Friendliness'], sentiment: 'positive' }] }),
			],
			{ dimensions: [{ field: 'topic', level: 2 }, { field: 'topic', level: 1 }] },
		);
		expect(r.breakdowns['topic.level2'].map((g) => [g.key, g.label, g.n])).toEqual([
			['Room › Cleanliness', 'Cleanliness', 1],
			['Room › Noise', 'Noise', 1],
			['Staff › Friendliness', 'Friendliness', 1],
		]);
		// The record mentioning two Room sub-topics counts once for Room.
		expect(r.breakdowns['topic.level1'].map((g) => [g.key, g.n])).toEqual([
			['Room', 1],
			['Staff', 1],
		]);
	});
});

describe('topic tree and verbatims', () => {
	it('builds the drill-down tree with counts, negative share and bounded, redacted samples', () => {
		const records = [];
		for (let i = 0; i < 200; i++) {
			records.push(
				fb({
					nps: i % 4 === 0 ? 9 : 4,
					text: `Room ${i} was dirty, call me at 13800138000 or mail guest${i}@example.com`,
					sentiment: 'negative',
					topics: [{ path: ['Room', 'Cleanliness', 'Bathroom'], sentiment: i % 4 === 0 ? 'positive' : 'negative' }],
				}),
			);
		}
		const r = computeMetrics(records, { verbatimsPerTopic: 3 });
		const byKey = Object.fromEntries(r.topics.nodes.map((n) => [n.key, n]));
		expect(r.topics.roots).toEqual(['Room']);
		expect(byKey.Room.children).toEqual(['Room › Cleanliness']);
		expect(byKey['Room › Cleanliness › Bathroom']).toMatchObject({ count: 200, negative: 150, positive: 50, negativeShare: 75, detractorShare: 75, level: 3 });
		for (const n of r.topics.nodes) {
			expect(n.verbatims).toHaveLength(3);
			for (const v of n.verbatims) {
				expect(v.text).not.toMatch(/13800138000|@example\.com/);
				expect(v.text).toContain('[phone]');
				expect(v.text).toContain('[email]');
			}
		}
		expect(r.verbatims.negative).toHaveLength(5);
		expect(r.verbatims.negative[0].score).toBe(40);
	});

	it('prefers analysis.redactedText', () => {
		const rec = fb({ nps: 1, text: 'Call Mr Wang on 13900001111 now!', topics: [{ path: ['Service'], sentiment: 'negative' }] });
		(rec.analysis as Record<string, unknown>).redactedText = 'Call [name] on [phone] now!';
		const r = computeMetrics([rec]);
		expect(r.topics.nodes[0].verbatims[0].text).toBe('Call [name] on [phone] now!');
	});
});

describe('SPC p-chart and Six Sigma', () => {
	it('worked p-chart: 4 weeks of 100 NPS answers, 10, 10, 10 and 30 detractors', () => {
		// p̄ = 60/400 = 0.15; σ = √(0.15·0.85/100) = 0.0357071
		// UCL = 0.15 + 3·0.0357071 = 0.2571214; LCL = 0.15 − 0.1071214 = 0.0428786
		// Week 4: p = 0.30 > UCL → out of control.
		const weeks = ['2026-11-02', '2026-11-09', '2026-11-16', '2026-11-23'];
		const records = weeks.flatMap((d, i) => npsBatch(i === 3 ? 50 : 60, i === 3 ? 20 : 30, i === 3 ? 30 : 10, { at: `${d}T10:00:00Z` }));
		const r = computeMetrics(records, { defect: 'detractor' });
		expect(r.spc.centerLine).toBeCloseTo(0.15, 6);
		expect(r.spc.chart.map((p) => [p.p, p.ucl, p.lcl, p.outOfControl])).toEqual([
			[0.1, 0.257121, 0.042879, false],
			[0.1, 0.257121, 0.042879, false],
			[0.1, 0.257121, 0.042879, false],
			[0.3, 0.257121, 0.042879, true],
		]);
		expect(r.spc.chart[3].signal).toBe('above UCL');
		// DPMO = 60/400·10⁶ = 150,000; sigma = Φ⁻¹(0.85) + 1.5 = 1.036433 + 1.5 = 2.536
		expect(r.spc.sixSigma.dpmo).toBe(150000);
		expect(r.spc.sixSigma.sigmaLevel).toBe(2.536);
		expect(r.spc.sixSigma.yield).toBe(85);
	});

	it('complaint defects with opportunities per unit', () => {
		// 3 complaints in 1,000 records × 1 opportunity = 3,000 DPMO; Φ⁻¹(0.997) = 2.747781 → 4.248σ
		const records = Array.from({ length: 1000 }, (_, i) => fb({ intents: i < 3 ? ['complaint'] : [] }));
		const r = computeMetrics(records, { defect: 'complaint' });
		expect(r.spc.sixSigma.dpmo).toBe(3000);
		expect(r.spc.sixSigma.sigmaLevel).toBe(4.248);
		// With 2 opportunities per record: 1,500 DPMO → Φ⁻¹(0.9985) + 1.5 = 2.967738 + 1.5 = 4.468
		expect(computeMetrics(records, { defect: 'complaint', opportunitiesPerUnit: 2 }).spc.sixSigma.sigmaLevel).toBe(4.468);
	});
});

describe('key drivers', () => {
	it('ranks the topic that moves NPS first and places it in the importance–performance quadrant', () => {
		const records = [];
		// Room: negative in 60 records (NPS 3), positive in 20 (NPS 9). Breakfast: sentiment unrelated to NPS.
		// Wifi: rarely mentioned, always positive; Staff: mostly positive and mildly related.
		for (let i = 0; i < 200; i++) {
			const topics: Array<{ path: string[]; sentiment: string }> = [];
			let nps = 8;
			if (i < 60) {
				topics.push({ path: ['Room', 'Cleanliness'], sentiment: 'negative' });
				nps = 3;
			} else if (i < 80) {
				topics.push({ path: ['Room', 'Bed'], sentiment: 'positive' });
				nps = 9;
			}
			if (i % 3 === 0) topics.push({ path: ['Breakfast'], sentiment: i % 2 ? 'negative' : 'positive' });
			if (i >= 100 && i < 160) {
				topics.push({ path: ['Staff'], sentiment: i < 150 ? 'positive' : 'negative' });
				if (i < 150) nps = Math.min(10, nps + 1);
			}
			if (i % 20 === 5) topics.push({ path: ['Wifi'], sentiment: 'positive' });
			records.push(fb({ nps, topics }));
		}
		const r = computeMetrics(records, { drivers: { outcome: 'nps', level: 1, minMentions: 5 } });
		const d = r.drivers!;
		expect(d.n).toBe(200);
		expect(d.drivers[0].key).toBe('Room');
		expect(d.drivers[0].quadrant).toBe('fix'); // most important, performance 25 % positive
		expect(d.drivers[0].performance).toBe(25);
		expect(d.drivers[0].outcomeWhenNegative).toBe(3);
		const sum = d.drivers.reduce((a, x) => a + x.relativeWeight, 0);
		expect(sum).toBeCloseTo(d.r2!, 3);
		const breakfast = d.drivers.find((x) => x.key === 'Breakfast')!;
		expect(breakfast.importance).toBeLessThan(5);
		// Importance threshold = mean share = 100/4 = 25 %; Staff (≈12 %, 83 % positive) is "maintain",
		// Breakfast (≈0 %, 51 % positive, below the 64.8 % mean performance) is "monitor".
		expect(d.importanceThreshold).toBe(25);
		expect(d.drivers.find((x) => x.key === 'Staff')!.quadrant).toBe('maintain');
		expect(breakfast.quadrant).toBe('monitor');
		expect(d.drivers.map((x) => x.key)).toEqual(['Room', 'Staff', 'Breakfast', 'Wifi']);
	});

	it('sub-scores as drivers: mean imputation checked against a hand computation', () => {
		// Four records, outcome NPS y = (2, 6, 8, 10); answers A = (1, 3, 4, 5); B = (5, –, 3, 1) (one missing).
		// μ_y = 6.5, var_y = (20.25 + 0.25 + 2.25 + 12.25)/4 = 8.75
		// A: μ = 3.25, var = (5.0625 + 0.0625 + 0.5625 + 3.0625)/4 = 2.1875; cov(A,y) = Σ(a−μ)(y−μ_y)/4 = (10.125 + 0.125 + 1.125 + 6.125)/4 = 4.375
		//    r_Ay = 4.375/√(2.1875·8.75) = 1.0 exactly? √19.140625 = 4.375 → r = 1
		// So A explains y completely: R² = 1 and A takes (nearly) all of it.
		const ys = [2, 6, 8, 10];
		const as = [1, 3, 4, 5];
		const bs: Array<number | undefined> = [5, undefined, 3, 1];
		const records = ys.map((y, i) => {
			const r = fb({ nps: y });
			r.answers = [
				{ question: 'Cleanliness', type: 'rating', value: as[i] },
				...(bs[i] === undefined ? [] : [{ question: 'Value', type: 'rating', value: bs[i] }]),
				{ question: 'Recommend', type: 'nps', value: y },
			];
			return r;
		});
		const d = computeMetrics(records, { drivers: { source: 'answers', minMentions: 3 } }).drivers!;
		expect(d.method).toMatch(/numeric answers/);
		expect(d.drivers.map((x) => x.key)).toEqual(['Cleanliness', 'Value']);
		expect(d.drivers[0].correlation).toBe(1);
		expect(d.r2).toBeCloseTo(1, 4);
		// B: μ = 3 (imputed for record 2), deviations (2, 0, 0, −2); cov(B,y) = (2·−4.5 + 0 + 0 + −2·3.5)/4 = −4
		// var_B = (4 + 0 + 0 + 4)/4 = 2 → r_By = −4/√(2·8.75) = −0.9562
		expect(d.drivers[1].correlation).toBeCloseTo(-0.9562, 4);
		// Performance on the observed range: A (3.25 − 1)/(5 − 1) = 56.25 %
		expect(d.drivers[0].performance).toBe(56.25);
	});

	it('explains why no drivers are reported', () => {
		const r = computeMetrics(npsBatch(10, 10, 10));
		expect(r.drivers!.drivers).toEqual([]);
		expect(r.drivers!.note).toMatch(/no topic/);
	});
});

describe('reputation index', () => {
	it('worked example: recency weights, shrinkage and volume weighting', () => {
		// H = 90 days, C = 5. asOf = the latest review.
		// Site A: 100 today (w = 1), 60 ninety days ago (w = 0.5); site B: 80 180 days ago (w = 0.25).
		// m = (100 + 30 + 20)/1.75 = 85.714286
		// S_A = (130 + 5·85.714286)/(1.5 + 5) = 558.571429/6.5 = 85.934066
		// S_B = (20 + 428.571429)/(0.25 + 5) = 448.571429/5.25 = 85.442177
		// RI = (1.5·85.934066 + 0.25·85.442177)/1.75 = 85.863796
		const records = [
			fb({ channel: 'review', source: 'A', at: '2026-11-20T00:00:00Z', rating: { value: 5, scale: 5 } }),
			fb({ channel: 'review', source: 'A', at: '2026-08-22T00:00:00Z', rating: { value: 3, scale: 5 } }),
			fb({ channel: 'review', source: 'B', at: '2026-05-24T00:00:00Z', rating: { value: 8, scale: 10 } }),
			fb({ channel: 'survey', nps: 0 }), // not a review: not in the index
		];
		const rep = computeMetrics(records, { reputation: { halfLifeDays: 90, priorWeight: 5 } }).reputation!;
		expect(rep.prior).toBe(85.71);
		expect(rep.sites.map((s) => [s.key, s.index, s.effectiveReviews])).toEqual([
			['A', 85.93, 1.5],
			['B', 85.44, 0.25],
		]);
		expect(rep.index).toBe(85.86);
		expect(rep.reviews).toBe(3);
	});
});

describe('input errors and filters', () => {
	it('names the field', () => {
		const agg = new MetricsAggregator();
		expect(() => agg.add(fb({ nps: 11 }))).toThrow(MetricsInputError);
		expect(() => agg.add(fb({ nps: 11 }))).toThrow(/scores\.nps/);
		expect(() => agg.add({ scores: {} })).toThrow(/occurredAt: is missing/);
		expect(() => agg.add('x')).toThrow(/\(record\)/);
		expect(() => new MetricsAggregator({ timeZone: 'Mars/Olympus' })).toThrow(/timeZone/);
	});

	it('filters by time, location and channel', () => {
		const records = [
			fb({ nps: 9, at: '2026-10-01T00:00:00Z', location: { id: 'A' } }),
			fb({ nps: 9, at: '2026-11-01T00:00:00Z', location: { id: 'A' } }),
			fb({ nps: 9, at: '2026-11-01T00:00:00Z', location: { id: 'B' } }),
			fb({ nps: 9, at: '2026-11-01T00:00:00Z', location: { id: 'A' }, channel: 'review' }),
		];
		const r = computeMetrics(records, { filter: { from: '2026-10-15T00:00:00Z', locations: ['A'], channels: ['survey'] } });
		expect(r.records).toBe(1);
		expect(r.filteredOut).toBe(3);
	});

	it('reads filter dates in the metrics time zone; a bare "to" date includes that day', () => {
		const records = [
			fb({ nps: 9, at: '2026-10-31T23:30:00+08:00' }), // before 1 Nov in Shanghai
			fb({ nps: 9, at: '2026-11-01T00:30:00+08:00' }),
			fb({ nps: 9, at: '2026-11-30T23:30:00+08:00' }),
			fb({ nps: 9, at: '2026-12-01T00:30:00+08:00' }), // after 30 Nov
		];
		const r = computeMetrics(records, { timeZone: 'Asia/Shanghai', filter: { from: '2026-11-01', to: '2026-11-30' } });
		expect(r.records).toBe(2);
	});

	it('an empty input gives an empty, well-formed result', () => {
		const r = computeMetrics([]);
		expect(r.records).toBe(0);
		expect(r.overall.nps.score).toBeNull();
		expect(r.periods).toEqual([]);
		expect(r.change).toBeNull();
		expect(JSON.stringify(r)).not.toMatch(/NaN|Infinity/);
	});
});
