/**
 * CX Metrics over 1,000,000 synthetic Feedback records, beside a hand-written single-pass loop that
 * computes NPS by property over the same records in the same run.
 *
 * The records are built once (as n8n holds a run's items in memory), then each contender runs over
 * them with the heap sampled every 10,000 records: "heap +" is the peak heap growth during the run
 * above the heap after a full GC before it, i.e. the memory the aggregation itself needs.
 *
 *   npm run bench -- metrics          (N=200000 npm run bench -- metrics for a quicker run)
 */
import { MetricsAggregator, type MetricsOptions } from '../nodes/engine/metrics/aggregator';

const N = Number(process.env.N ?? 1_000_000);
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const MB = (b: number) => (b / 1048576).toFixed(1);

function rng(seed: number) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = Math.imul(a ^ (a >>> 15), a | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function build(n: number): Array<Record<string, any>> {
	const rand = rng(7);
	const locations = Array.from({ length: 40 }, (_, i) => ({ id: `H${String(i).padStart(3, '0')}`, name: `Hotel ${i}` }));
	const tree = [
		['Room', 'Cleanliness', 'Bathroom'],
		['Room', 'Cleanliness', 'Bed linen'],
		['Room', 'Noise'],
		['Room', 'Facilities', 'Air conditioning'],
		['Service', 'Front desk', 'Check-in'],
		['Service', 'Front desk', 'Check-out'],
		['Service', 'Housekeeping'],
		['Food & beverage', 'Breakfast', 'Variety'],
		['Food & beverage', 'Restaurant'],
		['Location', 'Transport'],
		['Value', 'Price'],
		['Facilities', 'Wi-Fi'],
	];
	const sentiments = ['positive', 'neutral', 'negative'];
	const texts = ['房间很干净，前台服务热情', 'The room was noisy and the air conditioning broke, call me 13800138000', '早餐种类太少了', 'Great stay, friendly staff!', '退房排队太久，体验差'];
	const owners = ['Housekeeping', 'Front Office', 'F&B', 'Engineering'];
	const start = Date.UTC(2025, 0, 1);
	const span = 365 * 86_400_000;
	const out: Array<Record<string, any>> = new Array(n);
	for (let i = 0; i < n; i++) {
		const nps = Math.min(10, Math.floor(rand() * 11.5));
		const s = sentiments[nps >= 9 ? 0 : nps >= 7 ? 1 : 2];
		const topics = [];
		const k = Math.floor(rand() * 3);
		for (let j = 0; j < k; j++) {
			const path = tree[Math.floor(rand() * tree.length)];
			topics.push({ id: path.join('/'), path, sentiment: rand() < 0.5 ? s : sentiments[Math.floor(rand() * 3)] });
		}
		const review = i % 3 === 0;
		out[i] = {
			id: `syn:${i}`,
			source: review ? (i % 2 ? 'booking' : 'google') : 'typeform',
			sourceId: String(i),
			channel: review ? 'review' : 'survey',
			touchpoint: i % 2 ? 'check-out' : 'in-stay',
			occurredAt: new Date(start + Math.floor(rand() * span)).toISOString(),
			receivedAt: '2026-01-01T00:00:00Z',
			location: locations[i % locations.length],
			scores: review ? { rating: { value: 1 + Math.floor(rand() * 5), scale: 5 } } : { nps, csat: 1 + Math.floor(rand() * 5) },
			text: texts[i % texts.length],
			answers: [],
			meta: review ? { reply: { state: i % 5 ? 'replied' : 'none' } } : {},
			analysis: { sentiment: { label: s, score: s === 'negative' ? -0.6 : 0.5 }, topics, intents: s === 'negative' && i % 4 === 0 ? ['complaint'] : [] },
			routing: s === 'negative' ? { owner: owners[i % 4], dueAt: new Date(start + (i % 365) * 86_400_000).toISOString() } : undefined,
		};
	}
	return out;
}

const RUNS = Number(process.env.RUNS ?? 3);

/** Best time of RUNS runs (the machine is shared; the minimum is the least disturbed), largest heap growth. */
function measure(name: string, items: Array<Record<string, any>>, run: (items: Array<Record<string, any>>, sample: () => void) => unknown) {
	let best = Infinity;
	let worstHeap = 0;
	let result: unknown;
	for (let k = 0; k < RUNS; k++) {
		gc();
		gc();
		const base = process.memoryUsage().heapUsed;
		let peak = base;
		const sample = () => {
			const h = process.memoryUsage().heapUsed;
			if (h > peak) peak = h;
		};
		const t0 = process.hrtime.bigint();
		result = run(items, sample);
		const ms = Number(process.hrtime.bigint() - t0) / 1e6;
		sample();
		best = Math.min(best, ms);
		worstHeap = Math.max(worstHeap, peak - base);
	}
	console.log(`${name.padEnd(44)} ${best.toFixed(0).padStart(7)} ms   heap +${MB(worstHeap).padStart(7)} MB   rss ${MB(process.memoryUsage().rss)} MB`);
	return { ms: best, heap: worstHeap, result };
}

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
	`built ${N.toLocaleString('en')} synthetic Feedback records in ${Date.now() - tb} ms; they take ${MB(process.memoryUsage().heapUsed - heap0)} MB of heap (n8n holds a run's items like this); best of ${RUNS} runs below`,
);

const loop = measure('hand-written loop: NPS by property', items, handLoop);
const loopMonth = measure('hand-written loop: NPS by property × month', items, handLoopByMonth);
const same = measure('CX Metrics: NPS by property (same task)', items, engine({
	dimensions: [{ field: 'location' }], drivers: false, reputation: false, topicDepth: 0, notableVerbatims: 0, period: 'month', timeZone: 'Asia/Shanghai',
}));
const full = measure('CX Metrics: everything', items, engine({
	timeZone: 'Asia/Shanghai',
	period: 'week',
	dimensions: [{ field: 'location' }, { field: 'department' }, { field: 'touchpoint' }, { field: 'channel' }, { field: 'topic', level: 1 }, { field: 'topic', level: 2 }],
	drivers: { outcome: 'nps', level: 2 },
	asOf: '2026-01-01T00:00:00Z',
}));

// The engine must agree with the loop.
const loopNps = loop.result as Record<string, number>;
const engineRows = (same.result as ReturnType<MetricsAggregator['result']>).breakdowns.location;
let maxDiff = 0;
for (const g of engineRows) maxDiff = Math.max(maxDiff, Math.abs((g.nps.score ?? NaN) - Math.round(loopNps[g.key] * 100) / 100));
console.log(`NPS by property agrees with the loop: max |diff| = ${maxDiff} (rounding to 0.01)`);
console.log(`ratio (same task)  engine / loop = ${(same.ms / loop.ms).toFixed(2)}×   (the engine also parses every timestamp and buckets it by month in the time zone)`);
console.log(`ratio (same task)  engine / loop with months = ${(same.ms / loopMonth.ms).toFixed(2)}×`);
console.log(`ratio (everything) engine / loop = ${(full.ms / loop.ms).toFixed(2)}×   (${((full.ms * 1000) / N).toFixed(2)} µs per record)`);
if (maxDiff > 0.01) process.exit(1);
