/**
 * node scripts/run-ts.mjs scripts/eval-call-breaks.ts FILE.csv --text COLUMN --label COLUMN [--split dev|test|all] [--base REF] [--variants a,b]
 * node scripts/run-ts.mjs scripts/eval-call-breaks.ts --bench en|zh [--count 400]
 *
 * Sentence breaks for unpunctuated speech (nodes/engine/call/sentenceBreaks.ts), measured as in the
 * stop-12 call-transcript experiment: each labelled review is read
 *   punct     — as written;
 *   stripped  — with every punctuation mark removed (speech-to-text with punctuation off);
 *   restored  — stripped, then restoreSentenceBreaks;
 * and each of the three also wrapped as a call (agent greeting, the review as the customer's turn, agent
 * apology; the stripped wraps as in stop 12's asrGreeting: 喂你好 before the turn, no punctuation anywhere).
 * Prints accuracy / macro-F1 (positive vs the rest, as eval-sentiment) and the stop-12 figure "label equals
 * gold, neutral wrong" for each. --bench reads the hotel bench texts (bench/texts.ts) (no labels): agreement of the
 * stripped and restored readings with the punctuated one (sentiment label, and topic-sentiment pairs).
 */
import { enHotelTexts, zhHotelTexts } from '../bench/texts';
import { restoreSentenceBreaks } from '../nodes/engine/call/sentenceBreaks';
import { getEngine } from '../nodes/engine/text';
import { loadBaseEngine } from './baseline-engine';
import { binaryMetrics, parseArgs, readCsv, splitOf, usage } from './eval-common';

const { file, opts } = parseArgs(process.argv.slice(2));
// --base REF: the engine of another commit (scripts/baseline-engine.ts), e.g. main before this work.
const engine = opts.base ? loadBaseEngine(opts.base).engine.getEngine({ tree: opts.tree ?? 'hotel' }) : getEngine({ tree: opts.tree ?? 'hotel' });
// Every punctuation mark (Unicode P), and the few symbols reviews use as marks; spaces stay as they were.
const strip = (t: string) => t.replace(/[\p{P}~～]+/gu, ' ').replace(/ {2,}/g, ' ').replace(/(?<=\p{Script=Han}) (?=\p{Script=Han})/gu, '').trim();

function wraps(zh: boolean) {
	return zh
		? {
				call: (t: string) => `客服：您好，很高兴为您服务，请问有什么可以帮您？\n客户：${t}\n客服：好的，非常抱歉给您带来不便，感谢您的来电。`,
				asr: (t: string, fix: (s: string) => string) =>
					`客服：${fix('您好很高兴为您服务请问有什么可以帮您')}\n客户：${fix('喂你好' + t)}\n客服：${fix('好的非常抱歉给您带来不便感谢您的来电')}`,
			}
		: {
				call: (t: string) => `Agent: Thank you for calling, how can I help you today?\nCustomer: ${t}\nAgent: I am so sorry about that, thank you for calling.`,
				asr: (t: string, fix: (s: string) => string) =>
					`Agent: ${fix('thank you for calling how can I help you today')}\nCustomer: ${fix('hi ' + t)}\nAgent: ${fix('I am so sorry about that thank you for calling')}`,
			};
}

if (opts.bench) {
	const texts = (opts.bench === 'zh' ? zhHotelTexts : enHotelTexts)(Number(opts.count ?? 400));
	// --lower: as recognisers without punctuation write English (lower case but for "I").
	const stripOne = opts.lower !== undefined ? (t: string) => strip(t).toLowerCase().replace(/\bi\b/g, 'I') : strip;
	const agree = { stripped: 0, restored: 0 };
	const topicAgree = { stripped: 0, restored: 0 };
	let topicTotal = 0;
	const topicsOf = (t: string) => new Map(engine.analyze(t).topics.map((x) => [x.id, x.sentiment] as [string, string]));
	for (const t of texts) {
		const a = engine.analyze(t).sentiment.label;
		const s = stripOne(t);
		const r = restoreSentenceBreaks(s);
		if (engine.analyze(s).sentiment.label === a) agree.stripped++;
		if (engine.analyze(r).sentiment.label === a) agree.restored++;
		const ta = topicsOf(t);
		const ts = topicsOf(s);
		const tr = topicsOf(r);
		for (const [k, v] of ta) {
			topicTotal++;
			if (ts.get(k) === v) topicAgree.stripped++;
			if (tr.get(k) === v) topicAgree.restored++;
		}
	}
	const r4 = (x: number) => Math.round(x * 10000) / 10000;
	console.log(`example stripped: ${stripOne(texts[0]).slice(0, 160)}`);
	console.log(`example restored: ${restoreSentenceBreaks(stripOne(texts[0])).slice(0, 160)}`);
	console.log(
		JSON.stringify({
			n: texts.length,
			sentimentAgreement: { stripped: r4(agree.stripped / texts.length), restored: r4(agree.restored / texts.length) },
			topicSentimentAgreement: { pairs: topicTotal, stripped: r4(topicAgree.stripped / topicTotal), restored: r4(topicAgree.restored / topicTotal) },
		}),
	);
	process.exit(0);
}

if (!file || !opts.text || !opts.label) usage('usage: eval-call-breaks FILE.csv --text COLUMN --label COLUMN [--split dev|test|all] | --bench en|zh');
const split = opts.split ?? 'dev';
const positives = new Set((opts.positive ?? '1,positive,pos,true').split(',').map((s) => s.trim().toLowerCase()));
const rows = readCsv(file).filter((r) => r[opts.text].trim() !== '' && (split === 'all' || splitOf(r[opts.text]) === split));
const zh = !opts.en;
const w = wraps(zh);
const variants: Record<string, (t: string) => string> = {
	punct: (t) => t,
	stripped: (t) => strip(t),
	restored: (t) => restoreSentenceBreaks(strip(t)),
	callPunct: (t) => w.call(t),
	callStripped: (t) => w.asr(strip(t), (s) => s),
	callRestored: (t) => w.asr(strip(t), restoreSentenceBreaks),
};
const only = opts.variants ? opts.variants.split(',') : Object.keys(variants);
const gold = rows.map((r) => positives.has(r[opts.label].trim().toLowerCase()));
const results: Record<string, unknown> = {};
const labels: Record<string, string[]> = {};
for (const name of only) {
	const f = variants[name];
	const got = rows.map((r) => engine.analyze(f(r[opts.text])).sentiment.label);
	labels[name] = got;
	const m = binaryMetrics(
		gold,
		got.map((l) => l === 'positive'),
	);
	const strict = got.filter((l, i) => l === (gold[i] ? 'positive' : 'negative')).length / rows.length;
	results[name] = { accuracy: m.accuracy, macroF1: m.macroF1, strictAccuracy: Math.round(strict * 10000) / 10000 };
	console.log(name, JSON.stringify(results[name]));
}
// Rows won / lost by restoration (strict: label equals gold).
for (const [a, b] of [
	['stripped', 'restored'],
	['callStripped', 'callRestored'],
]) {
	if (!labels[a] || !labels[b]) continue;
	let won = 0;
	let lost = 0;
	for (let i = 0; i < rows.length; i++) {
		const want = gold[i] ? 'positive' : 'negative';
		if (labels[a][i] !== want && labels[b][i] === want) won++;
		if (labels[a][i] === want && labels[b][i] !== want) lost++;
	}
	console.log(`${a} → ${b}: +${won} / −${lost}`);
}
console.log(JSON.stringify({ n: rows.length, split, file: file.split('/').slice(-2).join('/'), ...results }));
