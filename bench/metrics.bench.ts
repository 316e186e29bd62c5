// node-flags: --single-threaded-gc
/**
 * CX Metrics over 1,000,000 synthetic Feedback records, beside a hand-written single-pass loop that
 * computes NPS by property over the same records in the same run.
 *
 * The records are built once (as n8n holds a run's items in memory). Every contender first runs
 * once over WARMUP records (JIT warm-up), then ROUNDS interleaved rounds run each contender once
 * over all records; printed are the median and range of the times and of the per-round ratios.
 * The heap is sampled every 8,192 records: "heap added" is the peak heap growth during a run above
 * the heap after a full GC before it, i.e. the memory the aggregation itself needs.
 *
 * Times are the process's CPU time (user + system) of each run, which other jobs on a shared machine
 * do not inflate the way they inflate wall time (printed beside it). Node runs with
 * --single-threaded-gc (scripts/bench.mjs reads the flag line above): otherwise the forced GC before
 * each run leaves about 0.2 s of concurrent sweeping of the 750 MB heap to helper threads, which then
 * lands inside whichever run comes next — it used to add 150–200 ms to every contender, the bare loop
 * included, and so made every ratio look smaller than it is.
 *
 *   npm run bench -- metrics          (N=200000 ROUNDS=5 npm run bench -- metrics for a quicker run)
 *   ONLY=same ROUNDS=3 node --cpu-prof --expose-gc -r ./scripts/ts-register.cjs bench/metrics.bench.ts
 */
import { loadavg } from 'node:os';
import { MetricsAggregator, type MetricsOptions } from '../nodes/engine/metrics/aggregator';
import { build } from './syntheticFeedback';

const N = Number(process.env.N ?? 1_000_000);
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const MB = (b: number) => (b / 1048576).toFixed(1);

const ROUNDS = Math.max(1, Number(process.env.ROUNDS ?? 7));
const WARMUP = Math.min(N, Number(process.env.WARMUP ?? 200_000));
/** Run only these contenders (comma-separated keys: loop, loopMonth, same, sameMonth, allFamilies, full), e.g. for profiling. */
const ONLY = (process.env.ONLY ?? '').split(',').map((s) => s.trim()).filter(Boolean);

type Run = (items: Array<Record<string, any>>, sample: () => void) => unknown;
interface Contender {
	key: string;
	name: string;
	run: Run;
	/** CPU ms per timed run. */
	times: number[];
	wall: number[];
	heap: number;
	result?: unknown;
}

/** One timed run: CPU and wall time, and the peak heap growth above the heap after a full GC before it. */
function once(c: Contender, items: Array<Record<string, any>>): { cpu: number; wall: number } {
	gc();
	gc();
	const base = process.memoryUsage().heapUsed;
	let peak = base;
	const sample = () => {
		const h = process.memoryUsage().heapUsed;
		if (h > peak) peak = h;
	};
	const c0 = process.cpuUsage();
	const t0 = process.hrtime.bigint();
	c.result = c.run(items, sample);
	const wall = Number(process.hrtime.bigint() - t0) / 1e6;
	const cu = process.cpuUsage(c0);
	sample();
	c.heap = Math.max(c.heap, peak - base);
	return { cpu: (cu.user + cu.system) / 1000, wall };
}

const median = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	const m = s.length >> 1;
	return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const spread = (xs: number[], d = 0) => `${Math.min(...xs).toFixed(d)}–${Math.max(...xs).toFixed(d)}`;

function handLoop(items: Array<Record<string, any>>, sample: () => void) {
	const by = new Map<string, { p: number; d: number; n: number }>();
	for (let i = 0; i < items.length; i++) {
		const f = items[i];
		const nps = f.scores.nps;
		if (nps === undefined) continue;
		const id = f.location.id;
		let g = by.get(id);
		if (!g) by.set(id, (g = { p: 0, d: 0, n: 0 }));
		g.n++;
		if (nps >= 9) g.p++;
		else if (nps <= 6) g.d++;
		if ((i & 8191) === 0) sample();
	}
	const out: Record<string, number> = {};
	for (const [k, g] of by) out[k] = (100 * (g.p - g.d)) / g.n;
	return out;
}

/**
 * The same task as a person would hand-write it with calendar months too: NPS by property and month
 * in Shanghai time (a fixed +08:00, right for China, which has no DST), parsing each timestamp.
 */
function handLoopByMonth(items: Array<Record<string, any>>, sample: () => void) {
	const by = new Map<string, { p: number; d: number; n: number }>();
	for (let i = 0; i < items.length; i++) {
		const f = items[i];
		const nps = f.scores.nps;
		if (nps === undefined) continue;
		const d = new Date(Date.parse(f.occurredAt) + 8 * 3600_000);
		const key = `${f.location.id}|${d.getUTCFullYear()}-${d.getUTCMonth() + 1}`;
		let g = by.get(key);
		if (!g) by.set(key, (g = { p: 0, d: 0, n: 0 }));
		g.n++;
		if (nps >= 9) g.p++;
		else if (nps <= 6) g.d++;
		if ((i & 8191) === 0) sample();
	}
	return by.size;
}

function engine(options: MetricsOptions) {
	return (items: Array<Record<string, any>>, sample: () => void) => {
		const agg = new MetricsAggregator(options);
		for (let i = 0; i < items.length; i++) {
			agg.add(items[i]);
			if ((i & 8191) === 0) sample();
		}
		return agg.result();
	};
}

const tb = Date.now();
gc();
const heap0 = process.memoryUsage().heapUsed;
const items = build(N);
gc();
console.log(
	`built ${N.toLocaleString('en')} synthetic Feedback records in ${Date.now() - tb} ms; they take ${MB(process.memoryUsage().heapUsed - heap0)} MB of heap (n8n holds a run's items like this)`,
);

const contenders: Contender[] = [
	{ key: 'loop', name: 'hand-written loop: NPS by property', run: handLoop },
	{ key: 'loopMonth', name: 'hand-written loop: NPS by property × month', run: handLoopByMonth },
	{
		// What a user sets for this question: Metrics "NPS", Period "Whole Range", a breakdown by property,
		// no topic tree, drivers, reputation or verbatims. The engine still parses and validates every
		// date (for the range and the filters) and adds margins of error.
		key: 'same',
		name: 'CX Metrics: NPS by property (same task)',
		run: engine({ metrics: ['nps'], period: 'none', dimensions: [{ field: 'location' }], drivers: false, reputation: false, topicDepth: 0, notableVerbatims: 0, timeZone: 'Asia/Shanghai' }),
	},
	{
		key: 'sameMonth',
		name: 'CX Metrics: NPS by property × month',
		run: engine({ metrics: ['nps'], period: 'month', dimensions: [{ field: 'location' }], drivers: false, reputation: false, topicDepth: 0, notableVerbatims: 0, timeZone: 'Asia/Shanghai' }),
	},
	{
		// Every metric family on the same breakdown: the default plan of the node, topic tree etc. off.
		key: 'allFamilies',
		name: 'CX Metrics: all families by property × month',
		run: engine({ period: 'month', dimensions: [{ field: 'location' }], drivers: false, reputation: false, topicDepth: 0, notableVerbatims: 0, timeZone: 'Asia/Shanghai' }),
	},
	{
		key: 'full',
		name: 'CX Metrics: everything',
		run: engine({
			timeZone: 'Asia/Shanghai',
			period: 'week',
			dimensions: [{ field: 'location' }, { field: 'department' }, { field: 'touchpoint' }, { field: 'channel' }, { field: 'topic', level: 1 }, { field: 'topic', level: 2 }],
			drivers: { outcome: 'nps', level: 2 },
			asOf: '2026-01-01T00:00:00Z',
		}),
	},
]
	.filter((c) => !ONLY.length || ONLY.includes(c.key))
	.map((c) => ({ ...c, times: [] as number[], wall: [] as number[], heap: 0 }));

// Warm-up: every contender once over the first WARMUP records, so the JIT has compiled the hot
// paths before anything is timed (the first run of the engine was otherwise the slowest).
const warm = items.slice(0, WARMUP);
for (const c of contenders) once(c, warm);
for (const c of contenders) c.heap = 0;

// Interleaved rounds: each round runs every contender once, in an order rotated by the round, so a
// burst of load from the other jobs on the machine hits all of them alike; ratios are taken per
// round (contenders that ran seconds apart) and then summarised by their median and range.
const tr = Date.now();
for (let r = 0; r < ROUNDS; r++) {
	for (let k = 0; k < contenders.length; k++) {
		const c = contenders[(k + r) % contenders.length];
		const t = once(c, items);
		c.times.push(t.cpu);
		c.wall.push(t.wall);
	}
}
console.log(`${ROUNDS} interleaved rounds after a warm-up over ${WARMUP.toLocaleString('en')} records, ${((Date.now() - tr) / 1000).toFixed(0)} s; load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
console.log(`${'contender'.padEnd(44)} ${'CPU median'.padStart(10)}   ${'range'.padStart(13)}   ${'wall median'.padStart(11)}   heap added`);
for (const c of contenders) {
	console.log(
		`${c.name.padEnd(44)} ${median(c.times).toFixed(0).padStart(7)} ms   ${spread(c.times).padStart(10)} ms   ${median(c.wall).toFixed(0).padStart(8)} ms   +${MB(c.heap)} MB`,
	);
}

const by = Object.fromEntries(contenders.map((c) => [c.key, c]));
const ratios = (a: string, b: string) => by[a].times.map((t, i) => t / by[b].times[i]);
const show = (label: string, a: string, b: string, note = '') => {
	if (!by[a] || !by[b]) return;
	const rs = ratios(a, b);
	console.log(`${label.padEnd(44)} median ${median(rs).toFixed(2)}×   range ${spread(rs, 2)}× (CPU time)${note}`);
};
show('ratio (same task) engine / loop', 'same', 'loop', `   goal ≤ 2×: ${by.same && by.loop ? (median(ratios('same', 'loop')) <= 2 ? 'met' : 'NOT met') : ''} at the median`);
show('ratio NPS by property × month / loop with months', 'sameMonth', 'loopMonth');
show('ratio all families by property × month / loop with months', 'allFamilies', 'loopMonth');
show('ratio (everything) engine / loop', 'full', 'loop', by.full ? `   (${((median(by.full.times) * 1000) / N).toFixed(2)} µs per record)` : '');

// The engine must agree with the loop.
if (by.loop && by.same) {
	const loopNps = by.loop.result as Record<string, number>;
	const engineRows = (by.same.result as ReturnType<MetricsAggregator['result']>).breakdowns.location;
	let maxDiff = 0;
	for (const g of engineRows) maxDiff = Math.max(maxDiff, Math.abs((g.nps.score ?? NaN) - Math.round(loopNps[g.key] * 100) / 100));
	console.log(`NPS by property agrees with the loop: max |diff| = ${maxDiff} (rounding to 0.01)`);
	if (!(maxDiff <= 0.01) || engineRows.length !== Object.keys(loopNps).length) process.exit(1);
}
