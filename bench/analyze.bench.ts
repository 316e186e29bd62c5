/**
 * CX Analyze speed: full offline analysis (sentiment, topics, intents, risk, key phrases, PII) of
 * Chinese and English hotel-length reviews on one core, beside a single keyword-scan pass (one
 * precompiled RegExp alternation of common review words) over the same texts in the same run, and
 * 10,000 items through the node in an in-process n8n run.
 *
 * Texts are composed deterministically from review clauses (no data set needed); when
 * ../shared/data is present the Chinese review sets are measured too.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeText, getEngine } from '../nodes/engine/text';
import { chain, runWorkflow } from '../test/harness/n8n';

let seed = 42;
const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
const pick = <T>(a: T[]) => a[Math.floor(rnd() * a.length)];

const ZH = [
	'酒店位置很好，离地铁站步行五分钟', '前台小姐姐办理入住很快，态度也很热情', '房间面积不大但是很干净', '床垫有点硬，枕头倒是挺舒服的',
	'隔音太差了，半夜被隔壁吵醒好几次', '早餐品种丰富，现煮的面条很好吃', '卫生间的淋浴水压不够，热水也要放很久', '空调有噪音，晚上睡不好',
	'性价比很高，下次还会再来', '停车场车位太少，停车费也贵', '服务员很贴心，生日还送了蛋糕', 'wifi信号不稳定，经常断网',
	'退房很顺利，发票也开得很快', '房间有股霉味，窗户打不开', '泳池和健身房都不错，就是开放时间太短', '总体来说很满意，推荐给朋友',
	'虽然价格有点贵，但是服务非常到位', '地毯有污渍，毛巾也不太干净', '行政酒廊的下午茶很棒', '叫醒服务忘了，差点误了航班',
];
const EN = [
	'The location was perfect, a short walk from the metro station.', 'Check-in was quick and the receptionist was very friendly.',
	'The room was small but spotless.', 'The mattress was a bit too firm for us, pillows were comfy though.',
	'Soundproofing was poor and we could hear the neighbours all night.', 'Breakfast had a great selection and the coffee was excellent.',
	'The shower had weak water pressure and no hot water in the morning.', 'The air conditioning was noisy and we slept badly.',
	'Great value for money, we will be back.', 'Parking was expensive and there were not enough spaces.',
	'Staff were attentive and surprised us with a birthday cake.', 'The wifi kept dropping and was very slow.',
	'Check-out was smooth and the invoice was ready.', 'The room smelled musty and the window would not open.',
	'The pool and gym were nice but closed too early.', 'Overall a lovely stay, highly recommend.',
];
function compose(parts: string[], targetLen: number, sep: string): string[] {
	const out: string[] = [];
	for (let i = 0; i < 2000; i++) {
		let t = '';
		while (t.length < targetLen) t += (t ? sep : '') + pick(parts);
		out.push(t + (sep === '，' ? '。' : ''));
	}
	return out;
}

const zhTexts = compose(ZH, 120, '，');
const enTexts = compose(EN, 420, ' ');
const engine = getEngine();
const scanner = new RegExp(
	['干净', '脏', '吵', '好', '差', '贵', '服务', '房间', '早餐', '位置', 'clean', 'dirty', 'noisy', 'good', 'bad', 'staff', 'room', 'breakfast', 'location', 'price'].join('|'),
	'gi',
);

/** Rates by wall clock and by CPU time of this process (the fair one-core figure on a busy machine). */
function perSecond(texts: string[], fn: (t: string) => unknown, minMs = 1500): { wall: number; cpu: number } {
	// Warm up until the JIT has settled (its compiler threads would otherwise count as CPU time).
	const w0 = Date.now();
	for (let i = 0; Date.now() - w0 < 1500; i++) fn(texts[i % texts.length]);
	let n = 0;
	const c0 = process.cpuUsage();
	const t0 = process.hrtime.bigint();
	let elapsed = 0;
	while (elapsed < minMs) {
		for (let i = 0; i < 200; i++) fn(texts[(n + i) % texts.length]);
		n += 200;
		elapsed = Number(process.hrtime.bigint() - t0) / 1e6;
	}
	const c = process.cpuUsage(c0);
	const cpuMs = (c.user + c.system) / 1000;
	return { wall: (n * 1000) / elapsed, cpu: (n * 1000) / cpuMs };
}

const fmt = (x: number) => Math.round(x).toLocaleString('en-US');
function report(name: string, texts: string[]) {
	const avg = texts.reduce((a, t) => a + t.length, 0) / texts.length;
	const full = perSecond(texts, (t) => analyzeText(engine, t, { pii: {} }));
	const scan = perSecond(texts, (t) => t.match(scanner)?.length ?? 0);
	console.log(
		`${name.padEnd(30)} avg ${Math.round(avg)} chars | full analysis ${fmt(full.cpu)} reviews/s per CPU-second (${fmt(full.wall)}/s wall) | keyword scan ${fmt(scan.cpu)}/s CPU (${fmt(scan.wall)}/s wall) | full/scan ${(full.cpu / scan.cpu).toFixed(4)}`,
	);
	return full;
}

async function main() {
	console.log(`node ${process.version}, one core (single thread), automaton of ${engine.termCount} terms, tree of ${engine.flat.nodes.length} nodes`);
	const zh = report('zh hotel-length reviews', zhTexts);
	report('en hotel reviews', enTexts);
	const shop = join(__dirname, '..', '..', 'shared', 'data', 'zh', 'waimai_10k.csv');
	if (existsSync(shop)) {
		const lines = readFileSync(shop, 'utf8').split('\n').slice(1).map((l) => l.replace(/^\d,/, '')).filter(Boolean);
		report('zh waimai_10k (shared/data)', lines);
	} else console.log('shared/data absent: skipping the data-set measurement');
	console.log(`goal zh ≥ 20,000 reviews/s on one core: ${zh.cpu >= 20000 ? 'met' : 'NOT met'} (CPU-time rate; wall-clock depends on machine load, load average now ${require('node:os').loadavg()[0].toFixed(1)})`);

	const n = 10_000;
	const input = Array.from({ length: n }, (_, i) => ({ id: `bench:${i}`, channel: 'review', text: zhTexts[i % zhTexts.length] }));
	const wf = chain({ type: 'cxAnalyze', parameters: { operation: 'analyze' } });
	await runWorkflow(wf, { input: input.slice(0, 200) }); // warm-up (loads n8n and compiles the engine)
	const c0 = process.cpuUsage();
	const t0 = process.hrtime.bigint();
	const r = await runWorkflow(wf, { input });
	const ms = Number(process.hrtime.bigint() - t0) / 1e6;
	const cu = process.cpuUsage(c0);
	const cpuMs = (cu.user + cu.system) / 1000;
	const outCount = r.json('Step 1').length;
	console.log(`n8n in-process run: ${fmt(outCount)} items through CX Analyze in ${Math.round(ms)} ms wall, ${Math.round(cpuMs)} ms CPU (${fmt((outCount * 1000) / ms)} items/s wall); goal < 2000 ms: ${ms < 2000 ? 'met' : 'NOT met'} (wall)`);
}

main().catch((e) => {
	console.error(e);
	process.exit(1);
});
