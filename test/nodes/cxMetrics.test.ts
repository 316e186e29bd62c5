import { chain, runWorkflow } from '../harness/n8n';
import { fb, npsBatch } from '../engine/metrics/fixtures';

const two = () => [
	...npsBatch(160, 120, 120, { at: '2026-11-02T10:00:00+08:00', location: { id: 'SH01', name: '上海外滩店' } }),
	...npsBatch(200, 120, 80, { at: '2026-11-09T10:00:00+08:00', location: { id: 'SH01', name: '上海外滩店' } }),
	...npsBatch(5, 3, 2, { at: '2026-11-09T10:00:00+08:00', location: { id: 'BJ02', name: 'Beijing' } }),
];

describe('CX Metrics (in-process n8n)', () => {
	it('summarizes many items into one item paired with all inputs', async () => {
		const input = two();
		const r = await runWorkflow(
			chain({
				type: 'cxMetrics',
				name: 'Metrics',
				parameters: {
					operation: 'summarize',
					period: 'week',
					timeZone: 'Asia/Shanghai',
					breakdowns: { dimension: [{ field: 'location' }, { field: 'topic', level: 2 }, { field: 'custom', path: 'customer.segment' }] },
				},
			}),
			{ input },
		);
		const out = r.items('Metrics');
		expect(out).toHaveLength(1);
		expect(out[0].pairedItem).toHaveLength(input.length);
		const m = out[0].json as any;
		expect(m.records).toBe(810);
		expect(m.timeZone).toBe('Asia/Shanghai');
		expect(m.periods.map((p: any) => p.period)).toEqual(['2026-W45', '2026-W46']);
		// Week 1: NPS 10; week 2: (205 − 82)/410 = 30.0
		expect(m.periods[0].nps.score).toBe(10);
		expect(m.periods[1].nps.score).toBe(30);
		expect(m.change.nps.verdict).toBe('up');
		expect(m.breakdowns.location.map((g: any) => [g.key, g.label, g.lowSample])).toEqual([
			['SH01', '上海外滩店', false],
			['BJ02', 'Beijing', true],
		]);
		expect(m.breakdowns['customer.segment']).toEqual([]);
	});

	it('Breakdown Rows: flat rows with change verdicts', async () => {
		const r = await runWorkflow(
			chain({ type: 'cxMetrics', name: 'Metrics', parameters: { operation: 'breakdown', timeZone: 'UTC', breakdowns: { dimension: [{ field: 'location' }] } } }),
			{ input: two() },
		);
		const rows = r.json('Metrics');
		expect(rows.map((x) => [x.dimension, x.key, x.n, x.npsChangeVerdict])).toEqual([
			['all', 'all', 810, 'up'],
			['location', 'SH01', 800, 'up'],
			['location', 'BJ02', 10, 'insufficient sample'],
		]);
		expect(rows[1]).toMatchObject({ label: '上海外滩店', nps: 20, npsResponses: 800, currentPeriod: '2026-W46' });
		for (const row of rows) for (const v of Object.values(row)) expect(typeof v === 'object' && v !== null).toBe(false);
	});

	it('Period Rows carry control limits; Key Drivers and Reputation give rows', async () => {
		const input = [
			...two(),
			fb({ channel: 'review', source: 'booking', rating: { value: 9, scale: 10 }, at: '2026-11-09T10:00:00Z', location: { id: 'SH01' } }),
		];
		const trend = await runWorkflow(chain({ type: 'cxMetrics', name: 'M', parameters: { operation: 'trend', timeZone: 'UTC', options: { defect: 'detractor' } } }), { input });
		const rows = trend.json('M');
		expect(rows.map((x) => x.period)).toEqual(['2026-W45', '2026-W46']);
		expect(rows[0]).toMatchObject({ defect: 'detractor', defectUnits: 400, defects: 120, outOfControl: false });
		expect(typeof rows[0].ucl).toBe('number');
		const rep = await runWorkflow(chain({ type: 'cxMetrics', name: 'M', parameters: { operation: 'reputation' } }), { input });
		expect(rep.json('M').map((x) => [x.scope, x.key, x.index])).toEqual([
			['overall', 'all', 90],
			['site', 'booking', 90],
			['location', 'SH01', 90],
		]);
		const drv = await runWorkflow(chain({ type: 'cxMetrics', name: 'M', parameters: { operation: 'drivers' } }), { input });
		expect(drv.json('M')[0].note).toMatch(/no topic/);
	});

	it('Key Drivers from numeric answers (sub-scores)', async () => {
		const input = Array.from({ length: 40 }, (_, i) => {
			const clean = 1 + (i % 5);
			const r = fb({ nps: Math.min(10, clean * 2) });
			r.answers = [
				{ question: 'Cleanliness', value: clean },
				{ question: 'Wifi', value: String(1 + ((i * 7) % 5)) },
			];
			return r;
		});
		const r = await runWorkflow(
			chain({ type: 'cxMetrics', name: 'M', parameters: { operation: 'drivers', options: { driverSource: 'answers', driverQuestions: 'Cleanliness, Wifi' } } }),
			{ input },
		);
		const rows = r.json('M');
		expect(rows.map((x) => x.driver)).toEqual(['Cleanliness', 'Wifi']);
		expect(rows[0].rank).toBe(1);
		expect(rows[0].correlation).toBeGreaterThan(0.9);
		expect(rows[0].method).toMatch(/numeric answers/);
	});

	it('names the item and the field of a bad record, or skips it with Continue On Fail', async () => {
		const input = [fb({ nps: 9 }), fb({ nps: 9 }), { ...fb({}), scores: { nps: 12 } }];
		const failed = await runWorkflow(chain({ type: 'cxMetrics', name: 'M', parameters: { operation: 'summarize' } }), { input });
		expect(failed.error('M')?.message).toBe('Item 2: scores.nps: expected a whole number 0–10, got 12');
		const cont = await runWorkflow(chain({ type: 'cxMetrics', name: 'M', parameters: { operation: 'summarize' }, continueOnFail: true }), { input });
		const m = cont.json('M')[0] as any;
		expect(m.records).toBe(2);
		expect(m.skipped).toBe(1);
		expect(m.errors).toEqual([{ item: 2, field: 'scores.nps', message: 'scores.nps: expected a whole number 0–10, got 12' }]);
	});

	it('reads records stored as JSON text in a Data Table column and applies filters', async () => {
		const rows = two().map((f) => ({ id: String(f.id), feedback: JSON.stringify(f) }));
		const r = await runWorkflow(
			chain({
				type: 'cxMetrics',
				name: 'M',
				parameters: { operation: 'summarize', inputField: 'feedback', filters: { locations: 'BJ02', from: '2026-11-01T00:00:00Z' } },
			}),
			{ input: rows },
		);
		const m = r.json('M')[0] as any;
		expect(m.records).toBe(10);
		expect(m.filteredOut).toBe(800);
	});

	it('Metrics "NPS" over the Whole Range: NPS columns only, no dates needed; Period Rows and CX Report refuse such runs', async () => {
		const input = two().map((f: any, i: number) => (i === 0 ? { ...f, occurredAt: undefined } : f));
		const r = await runWorkflow(
			chain({
				type: 'cxMetrics',
				name: 'M',
				parameters: { operation: 'breakdown', period: 'none', metrics: ['nps'], breakdowns: { dimension: [{ field: 'location' }] } },
			}),
			{ input },
		);
		const rows = r.json('M');
		expect(rows.map((x) => [x.key, x.n, x.nps])).toEqual([
			['all', 810, 20.12], // (160 + 3) promoters − detractors over 810
			['SH01', 800, 20],
			['BJ02', 10, 30],
		]);
		expect(Object.keys(rows[1])).toEqual([
			'dimension', 'key', 'label', 'from', 'to', 'currentPeriod', 'n', 'lowSample',
			'nps', 'npsMarginOfError', 'npsLow', 'npsHigh', 'npsResponses', 'promoters', 'passives', 'detractors',
			'npsChange', 'npsChangeVerdict', 'npsChangePValue',
		]);
		expect(rows[1]).toMatchObject({ from: null, to: null, currentPeriod: null, npsChange: null });

		const trend = await runWorkflow(chain({ type: 'cxMetrics', name: 'M', parameters: { operation: 'trend', period: 'none' } }), { input: two() });
		expect(trend.error('M')?.message).toMatch(/A trend needs a period/);

		const report = await runWorkflow(
			chain(
				{ type: 'cxMetrics', name: 'M', parameters: { operation: 'summarize', metrics: ['nps', 'csat'] } },
				{ type: 'cxReport', name: 'R', parameters: { operation: 'report' } },
			),
			{ input: two() },
		);
		expect(report.error('R')?.message).toBe('Item 0: the CX Metrics result holds only nps, csat; a report needs every metric family');
	});
});
