/**
 * npm run eval:intent -- FILE.csv --text COLUMN --label COLUMN --intent INTENT [--positive VALUE[,VALUE…]]
 *                        [--categories FILE.json [--group GROUP] [--exclude GROUP[,GROUP…]]]
 *                        [--split all|dev|test] [--errors N] [--per-label]
 *
 * Does the offline engine flag INTENT (complaint, need, inquiry, opportunity, praise)? A row is
 * gold-positive when its label is one of the --positive values (default: the intent's name), or,
 * with --categories, one of the labels the JSON file lists under GROUP (default: the intent's
 * name; the file maps group → { label: reason }, e.g. scripts/banking77-intents.json). --exclude
 * drops the rows of other groups (e.g. the inquiry rate without the complaint rows).
 * --per-label prints, per label, how many rows were flagged. The last line printed is one JSON
 * object with n, accuracy and macroF1.
 */
import { readFileSync } from 'node:fs';
import { INTENTS, getEngine, type Intent } from '../nodes/engine/text';
import { binaryMetrics, parseArgs, readCsv, splitOf, usage } from './eval-common';

const { file, opts } = parseArgs(process.argv.slice(2));
if (!file || !opts.text || !opts.label || !opts.intent) usage('usage: eval-intent FILE.csv --text COLUMN --label COLUMN --intent INTENT [--positive VALUE | --categories FILE.json --group GROUP]');
if (!(INTENTS as readonly string[]).includes(opts.intent)) usage(`--intent must be one of ${INTENTS.join(', ')}`);
const intent = opts.intent as Intent;
const lower = (s: string) => s.trim().toLowerCase();
let positives: Set<string>;
const excluded = new Set<string>();
if (opts.categories) {
	const groups = JSON.parse(readFileSync(opts.categories, 'utf8')) as Record<string, Record<string, string> | string>;
	const labelsOf = (g: string) => {
		const m = groups[g];
		if (!m || typeof m !== 'object') usage(`no group "${g}" in ${opts.categories}`);
		return Object.keys(m).map(lower);
	};
	positives = new Set(labelsOf(opts.group ?? intent));
	if (opts.exclude) for (const g of opts.exclude.split(',')) for (const l of labelsOf(g.trim())) excluded.add(l);
} else positives = new Set((opts.positive ?? intent).split(',').map(lower));
const split = opts.split ?? 'all';
const rows = readCsv(file).filter(
	(r) => (r[opts.text] ?? '').trim() !== '' && !excluded.has(lower(r[opts.label] ?? '')) && (split === 'all' || splitOf(r[opts.text]) === split),
);
if (!rows.length) usage('no rows (check the column names)');
const engine = getEngine();
const gold: boolean[] = [];
const pred: boolean[] = [];
const errors: string[] = [];
const perLabel = new Map<string, [number, number]>();
for (const r of rows) {
	const g = positives.has(lower(r[opts.label]));
	const p = engine.analyze(r[opts.text]).intents.some((i) => i.intent === intent);
	gold.push(g);
	pred.push(p);
	if (opts['per-label']) {
		const c = perLabel.get(r[opts.label]) ?? [0, 0];
		c[0]++;
		if (p) c[1]++;
		perLabel.set(r[opts.label], c);
	}
	if (g !== p && errors.length < Number(opts.errors ?? 0)) errors.push(`${g ? 'FN' : 'FP'} [${r[opts.label]}] ${r[opts.text].slice(0, 140)}`);
}
for (const e of errors) console.log(e);
for (const [label, [n, flagged]] of [...perLabel].sort((a, b) => a[1][1] / a[1][0] - b[1][1] / b[1][0]))
	console.log(`${positives.has(lower(label)) ? '+' : '-'} ${label}: ${flagged}/${n} flagged`);
const source = opts.categories ? { categories: opts.categories.split('/').slice(-1)[0], group: opts.group ?? intent, ...(opts.exclude ? { exclude: opts.exclude } : {}) } : {};
console.log(JSON.stringify({ ...binaryMetrics(gold, pred), intent, split, file: file.split('/').slice(-2).join('/'), ...source }));
