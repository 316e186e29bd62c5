/**
 * npm run eval:intent -- FILE.csv --text COLUMN --label COLUMN --intent INTENT [--positive VALUE[,VALUE…]]
 *                        [--split all|dev|test] [--errors N]
 *
 * Does the offline engine flag INTENT (complaint, need, inquiry, opportunity, praise)? A row is
 * gold-positive when its label is one of the --positive values (default: the intent's name).
 * The last line printed is one JSON object with n, accuracy and macroF1.
 */
import { INTENTS, getEngine, type Intent } from '../nodes/engine/text';
import { binaryMetrics, parseArgs, readCsv, splitOf, usage } from './eval-common';

const { file, opts } = parseArgs(process.argv.slice(2));
if (!file || !opts.text || !opts.label || !opts.intent) usage('usage: eval-intent FILE.csv --text COLUMN --label COLUMN --intent INTENT [--positive VALUE]');
if (!(INTENTS as readonly string[]).includes(opts.intent)) usage(`--intent must be one of ${INTENTS.join(', ')}`);
const intent = opts.intent as Intent;
const positives = new Set((opts.positive ?? intent).split(',').map((s) => s.trim().toLowerCase()));
const split = opts.split ?? 'all';
const rows = readCsv(file).filter((r) => (r[opts.text] ?? '').trim() !== '' && (split === 'all' || splitOf(r[opts.text]) === split));
if (!rows.length) usage('no rows (check the column names)');
const engine = getEngine();
const gold: boolean[] = [];
const pred: boolean[] = [];
const errors: string[] = [];
for (const r of rows) {
	const g = positives.has(r[opts.label].trim().toLowerCase());
	const p = engine.analyze(r[opts.text]).intents.some((i) => i.intent === intent);
	gold.push(g);
	pred.push(p);
	if (g !== p && errors.length < Number(opts.errors ?? 0)) errors.push(`${g ? 'FN' : 'FP'} [${r[opts.label]}] ${r[opts.text].slice(0, 140)}`);
}
for (const e of errors) console.log(e);
console.log(JSON.stringify({ ...binaryMetrics(gold, pred), intent, split, file: file.split('/').slice(-2).join('/') }));
