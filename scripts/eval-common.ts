/**
 * Shared helpers of the evaluation commands (eval-sentiment, eval-intent, eval-aspects): a small
 * RFC 4180 CSV reader, argument parsing, a stable dev/test split and binary metrics.
 */
import { readFileSync } from 'node:fs';

export function parseCsv(text: string): string[][] {
	if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let q = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (q) {
			if (c === '"') {
				if (text[i + 1] === '"') {
					field += '"';
					i++;
				} else q = false;
			} else field += c;
		} else if (c === '"' && field === '') q = true;
		else if (c === ',') {
			row.push(field);
			field = '';
		} else if (c === '\n' || c === '\r') {
			if (c === '\r' && text[i + 1] === '\n') i++;
			row.push(field);
			field = '';
			if (row.length > 1 || row[0] !== '') rows.push(row);
			row = [];
		} else field += c;
	}
	if (field !== '' || row.length) {
		row.push(field);
		rows.push(row);
	}
	return rows;
}

export function readCsv(file: string): Array<Record<string, string>> {
	const rows = parseCsv(readFileSync(file, 'utf8'));
	const header = rows[0].map((h) => h.trim().replace(/^\ufeff/, ''));
	return rows.slice(1).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

export function parseArgs(argv: string[]): { file?: string; opts: Record<string, string> } {
	const opts: Record<string, string> = {};
	let file: string | undefined;
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		if (a.startsWith('--')) {
			const [k, v] = a.slice(2).split('=', 2);
			if (v !== undefined) opts[k] = v;
			else if (argv[i + 1] !== undefined && !argv[i + 1].startsWith('--')) opts[k] = argv[++i];
			else opts[k] = 'true';
		} else file ??= a;
	}
	return { file, opts };
}

/** FNV-1a of the text: a row is in the test part when hash % 5 == 0 (20 %), else in dev. */
export function splitOf(text: string): 'dev' | 'test' {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193) >>> 0;
	}
	return h % 5 === 0 ? 'test' : 'dev';
}

export function binaryMetrics(gold: boolean[], pred: boolean[]) {
	let tp = 0,
		fp = 0,
		tn = 0,
		fn = 0;
	for (let i = 0; i < gold.length; i++) {
		if (gold[i] && pred[i]) tp++;
		else if (!gold[i] && pred[i]) fp++;
		else if (!gold[i] && !pred[i]) tn++;
		else fn++;
	}
	const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);
	const pPos = tp + fp ? tp / (tp + fp) : 0,
		rPos = tp + fn ? tp / (tp + fn) : 0;
	const pNeg = tn + fn ? tn / (tn + fn) : 0,
		rNeg = tn + fp ? tn / (tn + fp) : 0;
	const f1Pos = f1(pPos, rPos),
		f1Neg = f1(pNeg, rNeg);
	const r = (x: number) => Math.round(x * 10000) / 10000;
	return {
		n: gold.length,
		accuracy: r(gold.length ? (tp + tn) / gold.length : 0),
		macroF1: r((f1Pos + f1Neg) / 2),
		f1Positive: r(f1Pos),
		f1Rest: r(f1Neg),
		precision: r(pPos),
		recall: r(rPos),
		confusion: { tp, fp, tn, fn },
	};
}

export function usage(msg: string): never {
	console.error(msg);
	process.exit(2);
}

/**
 * Topic-level sentiment against labelled aspects (eval-aspects on ASAP, eval-semeval-aspects on SemEval
 * categories): per aspect how many were labelled, covered and agreed with, and over all of them the
 * binary metrics of the covered ones.
 */
export class AspectTally {
	private readonly per: Record<string, { labelled: number; found: number; agree: number }> = {};
	private readonly gold: boolean[] = [];
	private readonly pred: boolean[] = [];
	private labelled = 0;

	/** One labelled aspect and the engine's topics for it: their summed score is the prediction; no topic, or topics without an opinion, count as not covered. */
	add(aspect: string, positive: boolean, topics: Array<{ score: number }>): void {
		this.labelled++;
		const st = (this.per[aspect] ??= { labelled: 0, found: 0, agree: 0 });
		st.labelled++;
		const score = topics.reduce((x, t) => x + t.score, 0);
		if (!topics.length || score === 0) return;
		st.found++;
		this.gold.push(positive);
		this.pred.push(score > 0);
		if (score > 0 === positive) st.agree++;
	}

	/** Prints a line per aspect (names padded to `width`), then the last line: one JSON object with the metrics and `extra`. */
	report(width: number, extra: Record<string, unknown>): void {
		for (const [k, v] of Object.entries(this.per)) console.log(`${k.padEnd(width)} labelled ${v.labelled} covered ${v.found} agree ${v.agree}`);
		const m = binaryMetrics(this.gold, this.pred);
		console.log(JSON.stringify({ ...m, labelledAspects: this.labelled, coverage: Math.round((m.n / Math.max(1, this.labelled)) * 10000) / 10000, ...extra }));
	}
}
