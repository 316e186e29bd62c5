/**
 * node scripts/run-ts.mjs scripts/label-diff.ts FILE.csv --text COLUMN --label COLUMN --base REF
 *                          [--positive VALUE[,VALUE…]] [--split dev|test|all] [--show N]
 *
 * The rows whose binary reading (positive vs the rest) differs between the engine of REF and the working tree's,
 * each marked WON (the working tree agrees with the gold label now) or LOST, and a count of each as the last line.
 * For reading what a change did to a labelled set row by row, beside equiv-text (every output, bundled texts) and
 * eval-sentiment (the totals). Tune on dev: the default split is dev.
 */
import { getEngine } from '../nodes/engine/text';
import { loadBaseEngine } from './baseline-engine';
import { parseArgs, readCsv, splitOf, usage } from './eval-common';

const { file, opts } = parseArgs(process.argv.slice(2));
if (!file || !opts.text || !opts.label || !opts.base) usage('usage: label-diff FILE.csv --text COLUMN --label COLUMN --base REF [--split dev|test|all]');
const positives = new Set((opts.positive ?? '1,positive,pos,true').split(',').map((s) => s.trim().toLowerCase()));
const split = opts.split ?? 'dev';
const show = Number(opts.show ?? 200);
const rows = readCsv(file).filter((r) => (r[opts.text] ?? '').trim() !== '' && (split === 'all' || splitOf(r[opts.text]) === split));
const now = getEngine();
const base = loadBaseEngine(opts.base);
const then = base.engine.getEngine();
let won = 0;
let lost = 0;
for (const r of rows) {
	const text = r[opts.text];
	const gold = positives.has(r[opts.label].trim().toLowerCase());
	const a = now.analyze(text).sentiment;
	const b = then.analyze(text).sentiment;
	if ((a.label === 'positive') === (b.label === 'positive')) continue;
	const right = (a.label === 'positive') === gold;
	if (right) won++;
	else lost++;
	if (won + lost <= show) console.log(`${right ? 'WON ' : 'LOST'} ${b.label}→${a.label} ${b.score}→${a.score} ${text.slice(0, 160).replace(/\s+/g, ' ')}`);
}
console.log(JSON.stringify({ base: base.sha.slice(0, 7), split, n: rows.length, won, lost }));
