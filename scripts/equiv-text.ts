/**
 * Equivalence check of the offline text engine against an earlier commit: runs the engine of REF
 * (default `main`) and the engine of the working tree over the same texts with several option sets
 * and requires byte-identical JSON of `analyzeText` (language, sentiment, topics, intents, urgency,
 * risk, key phrases, redacted text and PII counts, explained clauses) and of `checkText`.
 *
 *   node scripts/run-ts.mjs scripts/equiv-text.ts [--base REF] [--quick] [--show N]
 *
 * Texts: the benchmark's composed Chinese and English hotel reviews and chats (bench/texts.ts), every string
 * of the text-engine tests, hand-written edge cases (PII, Traditional, mixed, questions, spacing,
 * long texts) and, when ../shared/data is present, every row of the Chinese review sets, the
 * SemEval restaurant sentences, the ASAP samples and BANKING77. `--quick` keeps every 10th
 * data-set row. The engine of REF is loaded beside the current one (scripts/baseline-engine.ts).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { dialogueTexts, enHotelTexts, zhHotelTexts } from '../bench/texts';
import { parseArgs, readCsv } from './eval-common';
import * as current from '../nodes/engine/text';
import { loadBaseEngine, repoRoot as root, type TextEngineModule as Engine } from './baseline-engine';

const { opts } = parseArgs(process.argv.slice(2));
const base = opts.base ?? 'main';
const quick = opts.quick === 'true';
const show = Number(opts.show ?? 3);

function texts(): Array<{ source: string; text: string }> {
	const out: Array<{ source: string; text: string }> = [];
	const add = (source: string, list: string[]) => {
		for (const text of list) if (typeof text === 'string') out.push({ source, text });
	};
	add('bench zh', zhHotelTexts(2000, 42));
	add('bench zh (seed 7)', zhHotelTexts(500, 7));
	add('bench en', enHotelTexts(2000, 43));
	add('bench dialogue', dialogueTexts(1000, 44));

	// Every string literal of the text-engine and CX Analyze tests: each targets one rule.
	const literal = /'((?:[^'\\\n]|\\.){2,})'|"((?:[^"\\\n]|\\.){2,})"/g;
	const testFiles = [
		...readdirSync(join(root, 'test/engine/text')).map((f) => join(root, 'test/engine/text', f)),
		join(root, 'test/nodes/cxAnalyze.test.ts'),
	].filter((f) => f.endsWith('.ts') && existsSync(f));
	const lits: string[] = [];
	for (const f of testFiles)
		for (const m of readFileSync(f, 'utf8').matchAll(literal)) {
			try {
				lits.push(JSON.parse(`"${(m[1] ?? m[2]).replace(/\\'/g, "'").replace(/(?<!\\)"/g, '\\"')}"`));
			} catch {
				lits.push(m[1] ?? m[2]);
			}
		}
	add('test literals', lits);

	add('edge cases', [
		'',
		' ',
		'\n\n',
		'。。。！！',
		'12345 !!!',
		'好',
		'不',
		'房间很干净，服务很好',
		'這家飯店的服務很好，房間乾淨，但是隔音很差，櫃檯態度也不好。',
		'check-in 的时候 front desk staff 很 friendly, the room was clean',
		'部屋はとても綺麗でした',
		'방이 깨끗했어요',
		'Das Zimmer war sauber und ruhig',
		'请问早餐好吃吗？怎么这么慢？',
		'Is the breakfast good? Why is it so slow?',
		'我住1208房，电话13812345678，邮箱 a.b@example.com，身份证11010519491231002X，卡号 6222 0200 0000 0000 008，座机(010)12345678，今晚还住，请尽快给我换个安静的房间，不然我就给差评！',
		'Room 1503, call me on +44 20 7946 0958 or mail guest@example.co.uk. My member id is M123456. The room was dirty!',
		'Mail me at guest@example.com, the room was dirty and nobody answered.',
		'联系邮箱 service@hotel.cn，房间很脏，请尽快回复',
		'房间号：806  很吵\t\t隔壁   一直在装修\r\n\r\n前台   不管',
		'The  room   was\tdirty   and\n\nthe staff  rude .  Never   again',
		'ＷＩＦＩ很差，ＲＯＯＭ很脏，Ｓｔａｆｆ很好',
		'no hot water, no towels, not clean, neither clean nor quiet, decent at best, less than impressed, far from perfect, anything but friendly',
		'没发现任何质量问题，一点耐心都没有，不如隔壁那家干净，没有在店里吃好吃，发热很严重，噪音大得厉害',
		'要是早餐再丰富一点就好了。虽然价格有点贵，但是服务非常好。好吃，就是有点少。',
		'😀😀😀👍 酒店一般😡 :) :( ^_^',
		'a'.repeat(300),
		'房'.repeat(300),
		'很好'.repeat(500),
		'不'.repeat(50) + '好',
		',,,,,   ;;;  ...  ???',
		'但是但是但是很好但是很差',
		'but but but good but bad however',
		'I. Am. Here.. ok... 1.5 stars. v1.2.3 e.g. the room.',
	]);

	const data = join(root, '..', 'shared', 'data');
	if (!existsSync(data)) {
		console.log(`shared data not found at ${data}: composed texts, test strings and edge cases only`);
		return out;
	}
	const every = quick ? 10 : 1;
	const csv = (path: string, column: string) => {
		const file = join(data, path);
		if (existsSync(file)) add(path, readCsv(file).filter((_, i) => i % every === 0).map((r) => r[column]));
	};
	csv('zh/waimai_10k.csv', 'review');
	csv('zh/online_shopping_9_cats.csv', 'review');
	for (const part of ['dev', 'test', 'train']) csv(`zh/asap/${part}_sample.csv`, 'reviewbody');
	csv('intent/banking77_test.csv', 'text');
	for (const xml of ['en/Restaurants_Train_v2.xml', 'en/ABSA16_Restaurants_Train_SB1_v2.xml']) {
		const file = join(data, xml);
		if (!existsSync(file)) continue;
		const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
		const sentences = [...readFileSync(file, 'utf8').matchAll(/<text>([\s\S]*?)<\/text>/g)].map((m) => unescape(m[1])).filter((_, i) => i % every === 0);
		add(xml, sentences);
		// Whole reviews of a few sentences, closer to a hotel review's length.
		const joined: string[] = [];
		for (let i = 0; i + 5 <= sentences.length; i += 5) joined.push(sentences.slice(i, i + 5).join(' '));
		add(`${xml} (5 sentences)`, joined);
	}
	// Long texts: many reviews in one (clause splitting, caps, key-phrase limits).
	const zhLong = out.filter((t) => t.source === 'zh/waimai_10k.csv').map((t) => t.text);
	const long: string[] = [];
	for (let i = 0; i + 40 <= Math.min(zhLong.length, 2000); i += 40) long.push(zhLong.slice(i, i + 40).join('\n'));
	add('long (40 reviews)', long);
	return out;
}

const EXTENSION = {
	nodes: [
		{ id: 'fb.breakfast', terms: { zh: ['早茶'], en: ['brunch'] } },
		{ id: 'fb.breakfast.dimsum', parent: 'fb.breakfast', name: { zh: '点心', en: 'Dim sum' }, terms: { zh: ['虾饺', '点心'] } },
		{ id: 'fb.breakfast.dimsum.taste', parent: 'fb.breakfast.dimsum', name: { zh: '点心·口味', en: 'Dim sum taste' }, with: { zh: ['好吃', '难吃', '咸'], en: ['tasty'] } },
	],
};

/** Option sets: the benchmark's, and ones that exercise every switch of AnalyzeOptions and the PII options. */
const OPTIONS: current.FullOptions[] = [
	{ pii: {} },
	{ inHouse: true, explain: true, maxDepth: 2, namesIn: 'en', pii: { roomNumbers: true, customPatterns: ['M\\d{6}', '[A-Z]{2}\\d{4}'] } },
	{ subtree: 'rooms', threshold: 0.05, negativeWeight: 1, namesIn: 'zh' },
	{ explain: true, maxDepth: 3, pii: { kinds: ['email', 'cnMobile', 'roomNumber'], mask: '***' } },
	// A mask that itself looks like personal data: later rules see it.
	{ pii: { mask: '13812345678 a@b.cn 1208房', roomNumbers: true } },
];

function main() {
	const old = loadBaseEngine(base);
	const list = texts();
	console.log(`base ${base} (${old.sha.slice(0, 10)}) vs working tree: ${list.length} texts, ${OPTIONS.length} option sets`);
	const engines = {
		old: { plain: old.engine.getEngine(), ext: old.engine.getEngine({ extension: EXTENSION }) },
		cur: { plain: current.getEngine(), ext: current.getEngine({ extension: EXTENSION }) },
	};
	const run = (lib: Engine, engine: current.OfflineEngine, text: string, options: current.FullOptions) => {
		try {
			const checked = lib.checkText(text);
			return JSON.stringify({ checked, result: lib.analyzeText(engine as never, checked.text, options) });
		} catch (e) {
			return `error: ${(e as Error).message}`;
		}
	};
	let compared = 0;
	let mismatches = 0;
	let oldMs = 0;
	let curMs = 0;
	const bySource = new Map<string, { n: number; bad: number }>();
	list.forEach(({ source, text }, i) => {
		// Test strings and edge cases with every option set, the rest with the benchmark's and one other.
		const every = source === 'edge cases' || source === 'test literals';
		const cases: Array<[string, number]> = every
			? OPTIONS.map((_, oi): [string, number] => ['plain', oi])
			: [
					['plain', 0],
					['plain', 1 + (i % (OPTIONS.length - 1))],
				];
		if (i % 7 === 0) cases.push(['ext', i % OPTIONS.length]);
		const stat = bySource.get(source) ?? { n: 0, bad: 0 };
		bySource.set(source, stat);
		for (const [which, oi] of cases) {
			const options = OPTIONS[oi];
			const t0 = process.hrtime.bigint();
			const a = run(old.engine, engines.old[which as 'plain'], text, options);
			const t1 = process.hrtime.bigint();
			const b = run(current, engines.cur[which as 'plain'], text, options);
			const t2 = process.hrtime.bigint();
			oldMs += Number(t1 - t0) / 1e6;
			curMs += Number(t2 - t1) / 1e6;
			compared++;
			stat.n++;
			if (a !== b) {
				mismatches++;
				stat.bad++;
				if (mismatches <= show) {
					let d = 0;
					while (d < a.length && a[d] === b[d]) d++;
					console.log(`\nMISMATCH [${source} #${i}, ${which} engine, options ${oi}] ${JSON.stringify(text.slice(0, 200))}`);
					console.log(`  base:    …${a.slice(Math.max(0, d - 120), d + 200)}`);
					console.log(`  current: …${b.slice(Math.max(0, d - 120), d + 200)}`);
				}
			}
		}
	});
	for (const [source, s] of bySource) console.log(`  ${source.padEnd(52)} ${String(s.n).padStart(7)} analyses${s.bad ? `, ${s.bad} DIFFERENT` : ''}`);
	console.log(`${compared} analyses compared, ${mismatches} different; time (not a benchmark): base ${Math.round(oldMs)} ms, current ${Math.round(curMs)} ms`);
	if (mismatches) process.exit(1);
	console.log('equivalent: every output is JSON-identical');
}

main();
