/**
 * node scripts/run-ts.mjs scripts/eval-intent-rows.ts [--intent inquiry|need|complaint] [--errors N] [--base REF]
 *
 * Row-level intents on the BANKING77 dev rows against the hand reading of stop 17
 * (scripts/banking77-v2-reading.txt: one code per dev row, per category in file order). Gold per row:
 * asks (inquiry) = a b x z n; requests (need) = r b y z m n; failure (complaint) = f x y z. Unlike
 * eval-intent.ts (one group per category), a row of a two-intent category that does only one of them
 * is counted as doing only that one. Dev only: the test rows were never read. Prints the errors
 * (FN / FP with the row's code) and, last, one JSON line per intent. With --base REF, also the rows
 * whose flag differs from the engine of REF (+ gained, − lost; the code says whether rightly).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getEngine, type Intent } from '../nodes/engine/text';
import { loadBaseEngine } from './baseline-engine';
import { binaryMetrics, parseArgs, readCsv, splitOf } from './eval-common';

const { opts } = parseArgs(process.argv.slice(2));
const root = join(__dirname, '..');
const GOLD: Record<string, string> = { inquiry: 'abxzn', need: 'rbyzmn', complaint: 'fxyz' };
const codes = new Map<string, string>();
for (const line of readFileSync(join(root, 'scripts/banking77-v2-reading.txt'), 'utf8').split('\n')) {
	if (!line.trim() || line.startsWith('#')) continue;
	const [cat, ...groups] = line.trim().split(/\s+/);
	codes.set(cat, groups.join(''));
}
const rows = readCsv(join(root, '../shared/data/intent/banking77_test.csv')).filter((r) => r.text.trim() !== '' && splitOf(r.text) === 'dev');
const seen = new Map<string, number>();
const coded = rows.map((r) => {
	const k = seen.get(r.category) ?? 0;
	seen.set(r.category, k + 1);
	const code = codes.get(r.category)?.[k];
	if (!code) throw new Error(`no code for ${r.category} #${k}`);
	return { text: r.text, category: r.category, code };
});
for (const [cat, n] of seen) if (codes.get(cat)?.length !== n) throw new Error(`${cat}: ${n} dev rows, ${codes.get(cat)?.length} codes`);
const intents = (opts.intent ?? 'inquiry,need,complaint').split(',') as Intent[];
const engine = getEngine();
const base = opts.base ? loadBaseEngine(opts.base).engine.getEngine() : undefined;
const flags = (e: typeof engine, t: string) => new Set(e.analyze(t).intents.map((i) => i.intent));
// Each row is analysed once per engine, whatever the number of intents asked for.
const curFlags = coded.map((r) => flags(engine, r.text));
const baseFlags = base ? coded.map((r) => flags(base, r.text)) : undefined;
const maxErr = Number(opts.errors ?? 0);
const lines: string[] = [];
for (const intent of intents) {
	const gold: boolean[] = [];
	const pred: boolean[] = [];
	let shown = 0;
	const moved: string[] = [];
	for (const [k, r] of coded.entries()) {
		const g = GOLD[intent].includes(r.code);
		const p = curFlags[k].has(intent);
		gold.push(g);
		pred.push(p);
		if (g !== p && shown++ < maxErr) console.log(`${g ? 'FN' : 'FP'} ${intent} [${r.code} ${r.category}] ${r.text.slice(0, 140)}`);
		if (baseFlags) {
			const b = baseFlags[k].has(intent);
			if (b !== p) moved.push(`${p ? '+' : '-'}${intent} ${g === p ? 'right' : 'WRONG'} [${r.code} ${r.category}] ${r.text.slice(0, 140)}`);
		}
	}
	for (const m of moved) console.log(m);
	lines.push(JSON.stringify({ ...binaryMetrics(gold, pred), intent, split: 'dev', gold: 'banking77-v2-reading.txt', ...(base ? { moved: moved.length } : {}) }));
}
for (const l of lines) console.log(l);
