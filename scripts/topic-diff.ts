/**
 * Which topics changed against an earlier commit, sorted by kind of change — the check for a change
 * to an indicator tree, where equiv-text.ts only says "different":
 *
 *   node scripts/run-ts.mjs scripts/topic-diff.ts [--base main] [--show 15] [--pairs 40] [--extra FILE.csv:COLUMN]
 *
 * For each text, a topic of REF that is gone is matched with a new topic of the working tree:
 * a descendant of it ("deeper": the same finding, more exact), an ancestor ("shallower"), another
 * node of the same domain ("moved in domain"), or none ("lost"); new topics left over are "new".
 * Counts whole-text sentiment labels that changed and deeper topics whose sentiment changed.
 * Texts: the benchmark's composed reviews, the string literals of the text-engine tests, every
 * 10th row of the Chinese review sets and the ASAP samples (when ../shared/data is present), and
 * any --extra CSV. Prints a JSON summary, the most frequent changes (--pairs) and examples (--show).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { enHotelTexts, zhHotelTexts } from '../bench/texts';
import { parseArgs, readCsv } from './eval-common';
import * as current from '../nodes/engine/text';
import { loadBaseEngine, repoRoot as root } from './baseline-engine';

const { opts } = parseArgs(process.argv.slice(2));
const show = Number(opts.show ?? 15);
const pairsShown = Number(opts.pairs ?? 40);
const { engine: base, sha } = loadBaseEngine(opts.base ?? 'main');

const texts: Array<[string, string]> = [];
for (const t of zhHotelTexts(2000, 42)) texts.push(['bench zh', t]);
for (const t of enHotelTexts(2000, 43)) texts.push(['bench en', t]);
const literal = /'((?:[^'\\\n]|\\.){2,})'/g;
for (const f of readdirSync(join(root, 'test/engine/text')))
	for (const m of readFileSync(join(root, 'test/engine/text', f), 'utf8').matchAll(literal)) texts.push(['tests', m[1]]);
const sets: Array<[string, string, number]> = [
	[join(root, '../shared/data/zh/waimai_10k.csv'), 'review', 10],
	[join(root, '../shared/data/zh/online_shopping_9_cats.csv'), 'review', 10],
	[join(root, '../shared/data/zh/asap/dev_sample.csv'), 'reviewbody', 1],
	[join(root, '../shared/data/zh/asap/test_sample.csv'), 'reviewbody', 1],
];
if (opts.extra) {
	const [file, column] = opts.extra.split(':');
	sets.push([file, column ?? 'text', 1]);
}
for (const [file, column, every] of sets) {
	if (!existsSync(file)) continue;
	const name = file.split('/').slice(-2).join('/');
	readCsv(file).forEach((r, i) => {
		if (i % every === 0) texts.push([name, r[column]]);
	});
}

const before = base.getEngine();
const after = current.getEngine();
const isUnder = (a: string, b: string) => a.startsWith(b + '.');
const domain = (id: string) => id.split('.')[0];
const counts: Record<string, number> = {};
const pairs: Record<string, number> = {};
const examples: Record<string, string[]> = {};
const sentimentChanged: string[] = [];
const note = (kind: string, pair: string, src: string, text: string) => {
	counts[kind] = (counts[kind] ?? 0) + 1;
	pairs[`${kind}: ${pair}`] = (pairs[`${kind}: ${pair}`] ?? 0) + 1;
	(examples[kind] ??= []).push(`${src}: ${text.slice(0, 80)} | ${pair}`);
};
for (const [src, text] of texts) {
	const a = before.analyze(text);
	const b = after.analyze(text);
	if (a.sentiment.label !== b.sentiment.label) sentimentChanged.push(`${src}: ${a.sentiment.label} → ${b.sentiment.label} ${text.slice(0, 80)}`);
	const was = a.topics.map((t) => t.id);
	const now = b.topics.map((t) => t.id);
	const gone = was.filter((id) => !now.includes(id));
	const added = now.filter((id) => !was.includes(id));
	const taken = new Set<string>();
	const take = (p: (n: string) => boolean) => {
		const n = added.find((x) => !taken.has(x) && p(x));
		if (n) taken.add(n);
		return n;
	};
	for (const o of gone) {
		let n = take((x) => isUnder(x, o));
		if (n) {
			const changed = a.topics.find((t) => t.id === o)!.sentiment !== b.topics.find((t) => t.id === n)!.sentiment;
			note(changed ? 'deeper, sentiment changed' : 'deeper', `${o} → ${n}`, src, text);
			continue;
		}
		if ((n = take((x) => isUnder(o, x)))) note('shallower', `${o} → ${n}`, src, text);
		else if ((n = take((x) => domain(x) === domain(o)))) note('moved in domain', `${o} → ${n}`, src, text);
		else note('lost', o, src, text);
	}
	for (const n of added) if (!taken.has(n)) note('new', `+ ${n}`, src, text);
}

console.log(JSON.stringify({ base: sha.slice(0, 10), texts: texts.length, sentimentLabelsChanged: sentimentChanged.length, counts }));
console.log(
	Object.entries(pairs)
		.sort((x, y) => y[1] - x[1])
		.slice(0, pairsShown)
		.map(([k, v]) => `${v}\t${k}`)
		.join('\n'),
);
for (const [kind, list] of Object.entries(examples)) {
	console.log(`\n## ${kind} (${list.length})`);
	const step = Math.max(1, Math.floor(list.length / show));
	for (let i = 0; i < list.length && i / step < show; i += step) console.log(list[i]);
}
if (sentimentChanged.length) console.log(`\n## sentiment labels changed (${sentimentChanged.length})\n${sentimentChanged.join('\n')}`);
