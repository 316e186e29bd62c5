/**
 * npm run eval:sentiment -- FILE.csv --text COLUMN --label COLUMN [--positive VALUE[,VALUE…]]
 *                           [--split all|dev|test] [--split-key COLUMN] [--errors N] [--where COLUMN=VALUE] [--tree NAME]
 *
 * Binary evaluation of the offline engine's sentiment: a row is gold-positive when its label equals
 * one of the --positive values (default 1, positive, pos, true), predicted positive when the engine
 * labels the text positive. --split keeps the stable 80/20 dev/test part (see eval-common.ts);
 * --split-key hashes another column for it (the original text of a converted copy, see
 * to-traditional.ts), so a converted file keeps its rows' parts.
 * --tree reads through another built-in tree (default hotel; the overall sentiment is the same for every tree, only topics differ).
 * The last line printed is one JSON object with n, accuracy and macroF1.
 */
import { getEngine } from '../nodes/engine/text';
import { binaryMetrics, parseArgs, readCsv, splitOf, usage } from './eval-common';

const { file, opts } = parseArgs(process.argv.slice(2));
if (!file || !opts.text || !opts.label) usage('usage: eval-sentiment FILE.csv --text COLUMN --label COLUMN [--positive VALUE] [--split dev|test|all]');
const positives = new Set((opts.positive ?? '1,positive,pos,true').split(',').map((s) => s.trim().toLowerCase()));
const split = opts.split ?? 'all';
let rows = readCsv(file);
if (!rows.length || !(opts.text in rows[0]) || !(opts.label in rows[0])) usage(`columns not found; the file has: ${Object.keys(rows[0] ?? {}).join(', ')}`);
if (opts['split-key'] && !(opts['split-key'] in rows[0])) usage(`--split-key column ${opts['split-key']} not found`);
if (opts.where) {
	const [k, v] = opts.where.split('=');
	rows = rows.filter((r) => r[k] === v);
}
rows = rows.filter((r) => r[opts.text].trim() !== '' && (split === 'all' || splitOf(r[opts['split-key'] ?? opts.text]) === split));
const engine = getEngine({ tree: opts.tree ?? 'hotel' });
const gold: boolean[] = [];
const pred: boolean[] = [];
const errors: string[] = [];
const t0 = process.hrtime.bigint();
for (const r of rows) {
	const g = positives.has(r[opts.label].trim().toLowerCase());
	const a = engine.analyze(r[opts.text], { ...(opts.threshold ? { threshold: +opts.threshold } : {}), ...(opts.negw ? { negativeWeight: +opts.negw } : {}) });
	const p = a.sentiment.label === 'positive';
	gold.push(g);
	pred.push(p);
	if (g !== p && errors.length < Number(opts.errors ?? 0)) errors.push(`${g ? 'FN' : 'FP'} ${a.sentiment.score} ${r[opts.text].slice(0, 140).replace(/\s+/g, ' ')}`);
}
const secs = Number(process.hrtime.bigint() - t0) / 1e9;
for (const e of errors) console.log(e);
const m = binaryMetrics(gold, pred);
console.log(`file=${file} split=${split} rows=${rows.length} ${Math.round(rows.length / secs)} texts/s`);
console.log(JSON.stringify({ ...m, split, file: file.split('/').slice(-2).join('/') }));
