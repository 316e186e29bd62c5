import { computeMetrics, METRIC_FAMILIES, MetricsAggregator, type MetricsOptions } from '../../../nodes/engine/metrics/aggregator';
import { build } from '../../../bench/syntheticFeedback';

/**
 * Read plans: a run asked for some metric families and/or the whole range reads less of each record,
 * and must give exactly the figures the full run gives for what it was asked.
 */
const records = build(6000);
const narrow: MetricsOptions = { drivers: false, reputation: false, topicDepth: 0, notableVerbatims: 0, timeZone: 'Asia/Shanghai' };

describe('metrics read plans', () => {
	it('NPS alone by property × month: the same NPS figures as the full run, other families left out', () => {
		const dims = [{ field: 'location' }, { field: 'department' }];
		const full = computeMetrics(records, { ...narrow, period: 'month', dimensions: dims });
		const nps = computeMetrics(records, { ...narrow, period: 'month', dimensions: dims, metrics: ['nps'] });
		expect(full.metrics).toEqual([...METRIC_FAMILIES]);
		expect(nps.metrics).toEqual(['nps']);
		expect(nps.overall.nps).toEqual(full.overall.nps);
		expect(nps.overall.n).toBe(full.overall.n);
		expect(nps.periods.map((p) => [p.period, p.nps, p.change?.nps])).toEqual(full.periods.map((p) => [p.period, p.nps, p.change?.nps]));
		for (const d of ['location', 'department']) {
			expect(nps.breakdowns[d].length).toBeGreaterThan(3);
			expect(nps.breakdowns[d].map((g) => [g.key, g.n, g.nps, g.change?.nps, g.trend.map((t) => t.nps)])).toEqual(
				full.breakdowns[d].map((g) => [g.key, g.n, g.nps, g.change?.nps, g.trend.map((t) => t.nps)]),
			);
		}
		const g = nps.breakdowns.location[0] as unknown as Record<string, unknown>;
		for (const k of ['csat', 'ces', 'rating', 'complaints', 'complaintRate', 'response', 'sentiment', 'sla', 'defects']) expect(g).not.toHaveProperty(k);
		expect(Object.keys(nps.breakdowns.location[0].change ?? {})).toEqual(['nps']);
		expect(Object.keys(nps.breakdowns.location[0].trend[0])).toEqual(['period', 'n', 'nps']);
		expect(nps.overall.distribution).toEqual({ nps: full.overall.distribution.nps });
		expect(nps).not.toHaveProperty('spc');
		// The full run has them, with real counts.
		expect(full.breakdowns.location[0].sla.met + full.breakdowns.location[0].sla.breached).toBeGreaterThan(0);
		expect(full.overall.complaints).toBeGreaterThan(0);
	});

	it('every family alone agrees with the full run', () => {
		const full = computeMetrics(records, { ...narrow, period: 'quarter', dimensions: [{ field: 'channel' }] }) as any;
		const keys: Record<string, string[]> = {
			nps: ['nps'], csat: ['csat'], ces: ['ces'], rating: ['rating'], complaints: ['complaints', 'complaintRate'],
			responses: ['response'], sentiment: ['sentiment'], sla: ['sla'], defects: ['defects'],
		};
		for (const fam of METRIC_FAMILIES) {
			const one = computeMetrics(records, { ...narrow, period: 'quarter', dimensions: [{ field: 'channel' }], metrics: [fam] }) as any;
			for (const k of keys[fam]) {
				expect([fam, one.overall[k]]).toEqual([fam, full.overall[k]]);
				expect([fam, one.breakdowns.channel.map((g: any) => g[k])]).toEqual([fam, full.breakdowns.channel.map((g: any) => g[k])]);
			}
			if (fam === 'defects') expect(one.spc).toEqual(full.spc);
		}
	});

	it('Whole Range: one set of figures equal to the totals of a periodised run, no series', () => {
		const dims = [{ field: 'location' }, { field: 'topic', level: 1 }];
		const byMonth = computeMetrics(records, { ...narrow, period: 'month', dimensions: dims, asOf: '2026-01-01T00:00:00Z' });
		const whole = computeMetrics(records, { ...narrow, period: 'none', dimensions: dims, asOf: '2026-01-01T00:00:00Z' });
		expect(whole.granularity).toBe('none');
		expect(whole.periods).toEqual([]);
		expect(whole.change).toBeNull();
		expect(whole.spc.chart).toEqual([]);
		expect(whole.spc.sixSigma).toEqual(byMonth.spc.sixSigma);
		const strip = (g: any) => {
			const { trend, change, ...rest } = g;
			return rest;
		};
		expect(strip(whole.overall)).toEqual(strip(byMonth.overall));
		for (const d of Object.keys(byMonth.breakdowns)) {
			expect(whole.breakdowns[d].map((g) => g.trend)).toEqual(whole.breakdowns[d].map(() => []));
			expect(whole.breakdowns[d].map(strip)).toEqual(byMonth.breakdowns[d].map(strip));
		}
	});

	it('Whole Range without a date filter does not read dates: no range, and a bad date is not an error', () => {
		const recs = [
			{ occurredAt: 'not a date', location: { id: 'A' }, scores: { nps: 10 } },
			{ location: { id: 'A' }, scores: { nps: 2 } },
		];
		const r = computeMetrics(recs, { ...narrow, period: 'none', metrics: ['nps'], dimensions: [{ field: 'location' }] });
		expect(r.records).toBe(2);
		expect(r.range).toEqual({ from: null, to: null });
		expect(r.breakdowns.location[0].nps.score).toBe(0);
		// A date filter needs the dates again: the bad one is an error naming the field.
		expect(() => computeMetrics(recs, { ...narrow, period: 'none', metrics: ['nps'], filter: { from: '2025-01-01' } })).toThrow(/^occurredAt: cannot read "not a date"/);
		// So does a run with notable verbatims (they carry the date).
		expect(() => computeMetrics(recs, { period: 'none', metrics: ['nps'], drivers: false, reputation: false, topicDepth: 0 })).toThrow(/^occurredAt/);
		// A periodised run always reads them.
		expect(() => computeMetrics(recs, { ...narrow, period: 'month', metrics: ['nps'] })).toThrow(/^occurredAt/);
	});

	it('a family not asked for is not read: its bad values are no error', () => {
		const recs = [{ occurredAt: '2026-01-01T00:00:00Z', scores: { nps: 9, csat: 99 }, analysis: { intents: 'x' }, routing: { dueAt: 'never' } }];
		expect(computeMetrics(recs, { ...narrow, metrics: ['nps'] }).overall.nps.promoters).toBe(1);
		expect(() => computeMetrics(recs, { ...narrow, metrics: ['csat'] })).toThrow(/^scores\.csat/);
		expect(() => computeMetrics(recs, { ...narrow, metrics: ['sla'] })).toThrow(/^routing\.dueAt/);
	});

	it('unknown period or family: an error naming the option', () => {
		expect(() => new MetricsAggregator({ period: 'year' as never })).toThrow(/^period: unknown period "year"/);
		expect(() => new MetricsAggregator({ metrics: ['nps', 'loyalty' as never] })).toThrow(/^metrics: unknown metric family "loyalty"/);
	});
});
