/**
 * node scripts/run-ts.mjs scripts/eval-trees.ts FILE.csv --text COLUMN [--label COLUMN] [--positive VALUE[,VALUE…]]
 *                                               [--group COLUMN] [--split all|dev|test] [--trees hotel,retail,…] [--passes N]
 *
 * How a built-in indicator tree reads a set of texts, per group (e.g. the product category): the share
 * of texts with at least one topic, the share with a topic below the first level, and — where a text
 * has exactly one topic and a label — how often that topic's sentiment (positive / negative) agrees with
 * the label (neutral topics count as disagreeing; in brackets, agreement among the positive or negative topics). Also checks that the overall sentiment is the same
 * with every tree, and times a full analysis (offline analysis + PII redaction, as the node runs it)
 * per tree. The last line printed is one JSON object with the figures.
 */
import { analyzeText, getEngine } from '../nodes/engine/text';
import { parseArgs, readCsv, splitOf, usage } from './eval-common';

const { file, opts } = parseArgs(process.argv.slice(2));
if (!file || !opts.text) usage('usage: eval-trees FILE.csv --text COLUMN [--label COLUMN] [--group COLUMN] [--split dev|test|all] [--trees hotel,retail]');
const trees = (opts.trees ?? 'hotel,retail').split(',').map((s) => s.trim());
const positives = new Set((opts.positive ?? '1,positive,pos,true').split(',').map((s) => s.trim().toLowerCase()));
const split = opts.split ?? 'all';
const rows = readCsv(file).filter((r) => r[opts.text].trim() !== '' && (split === 'all' || splitOf(r[opts.text]) === split));

interface Tally {
	n: number;
	anyTopic: number;
	deepTopic: number;
	single: number;
	singleAgree: number;
	/** Of the one-topic texts, those whose topic is positive or negative. */
	singlePolar: number;
}
const blank = (): Tally => ({
	n: 0,
	anyTopic: 0,
	deepTopic: 0,
	single: 0,
	singleAgree: 0,
	singlePolar: 0,
});
const byTree = new Map<string, Map<string, Tally>>();
const speed: Record<string, number> = {};
const sentimentOf: string[][] = [];

for (const tree of trees) {
	const engine = getEngine({ tree });
	const groups = new Map<string, Tally>();
	byTree.set(tree, groups);
	const labels: string[] = [];
	for (const r of rows) {
		const a = engine.analyze(r[opts.text]);
		labels.push(a.sentiment.label);
		for (const g of ['(all)', opts.group ? r[opts.group] : undefined]) {
			if (g === undefined) continue;
			const t = groups.get(g) ?? blank();
			groups.set(g, t);
			t.n++;
			if (a.topics.length) t.anyTopic++;
			if (a.topics.some((x) => x.depth > 1)) t.deepTopic++;
			if (a.topics.length === 1 && opts.label) {
				t.single++;
				const gold = positives.has(r[opts.label].trim().toLowerCase()) ? 'positive' : 'negative';
				if (a.topics[0].sentiment === gold) t.singleAgree++;
				if (a.topics[0].sentiment !== 'neutral') t.singlePolar++;
			}
		}
	}
	sentimentOf.push(labels);
}

// Speed: passes interleaved across the trees, the order rotating each pass, so that JIT warm-up and
// the load of a shared machine fall on every tree alike (the first pass above warmed them up).
const PASSES = Number(opts.passes ?? 6);
const ns: Record<string, number> = Object.fromEntries(trees.map((t) => [t, 0]));
for (let pass = 0; pass < PASSES; pass++)
	for (let k = 0; k < trees.length; k++) {
		const tree = trees[(pass + k) % trees.length];
		const engine = getEngine({ tree });
		const t0 = process.hrtime.bigint();
		for (const r of rows) analyzeText(engine, r[opts.text], { pii: { enabled: true } });
		ns[tree] += Number(process.hrtime.bigint() - t0);
	}
for (const t of trees) speed[t] = Math.round((PASSES * rows.length) / (ns[t] / 1e9));

let sentimentDiffers = 0;
for (let i = 0; i < rows.length; i++) if (sentimentOf.some((l) => l[i] !== sentimentOf[0][i])) sentimentDiffers++;

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : '–');
const groupNames = [...byTree.get(trees[0])!.keys()];
console.log(`file=${file} split=${split} rows=${rows.length}`);
console.log(['group', 'n', ...trees.flatMap((t) => [`${t} any`, `${t} below L1`, `${t} 1-topic agree`])].join('\t'));
for (const g of groupNames) {
	const cells = trees.flatMap((tree) => {
		const t = byTree.get(tree)!.get(g)!;
		return [pct(t.anyTopic, t.n), pct(t.deepTopic, t.n), `${pct(t.singleAgree, t.single)} of ${t.single} (${pct(t.singleAgree, t.singlePolar)} of ${t.singlePolar} polar)`];
	});
	console.log([g, byTree.get(trees[0])!.get(g)!.n, ...cells].join('\t'));
}
console.log(`texts/s (full analysis incl. PII): ${trees.map((t) => `${t} ${speed[t]}`).join(', ')}`);
console.log(`overall sentiment differing between trees: ${sentimentDiffers} of ${rows.length}`);
console.log(
	JSON.stringify({
		file: file.split('/').slice(-2).join('/'),
		split,
		n: rows.length,
		speed,
		sentimentDiffers,
		groups: Object.fromEntries(trees.map((t) => [t, Object.fromEntries(byTree.get(t)!)])),
	}),
);
