/**
 * The report's short summary written by an LLM from the numbers only — the plain part (no n8n, no
 * HTTP): the prompt, the zod schema the answer must pass, and a hallucination guard that rejects a
 * summary stating any number that is not in the facts it was given.
 *
 * The model sees `SummaryFacts` (figures, period names, topic / department / property names the
 * metrics computed) and nothing else: no customer comment, no record.
 */
import { z } from 'zod';
import type { Lang } from './i18n';
import type { SummaryFacts } from './summary';
import { extractJson } from '../text/llm';

export const SummaryAnswerSchema = z.object({
	sentences: z.array(z.string().trim().min(1).max(400)).min(1).max(8),
});

export interface SummaryContext {
	facts: SummaryFacts;
	/** Confidence level of the margins of error, in percent (95). */
	confidencePercent: number;
	/** Significance level of the change tests (0.05). */
	alpha: number;
	/** Groups and periods below this many records are flagged. */
	minSample: number;
}

export function buildSummaryMessages(ctx: SummaryContext, lang: Lang, rulesSummary: string[]): Array<{ role: 'system' | 'user'; content: string }> {
	const language = lang === 'zh' ? 'Simplified Chinese (简体中文)' : 'English';
	const system = [
		'You write the short summary at the top of a weekly customer-experience report for hotel and service managers.',
		`Write 3 to 6 plain sentences in ${language}: what changed, whether it is statistically significant, what to look at first.`,
		'Use ONLY the numbers in the facts JSON. Copy them as they are, or rounded to fewer decimals; never compute, estimate or invent a number, date or count.',
		'A change whose verdict is "not significant" or "insufficient sample" must be described as such, not as a rise or fall.',
		'Name topics, departments and properties exactly as they are written in the facts.',
		'Answer with ONE JSON object, no prose around it, no code fences: {"sentences": ["…", "…"]}',
	].join('\n');
	const user = [
		`Facts (margins of error at ${ctx.confidencePercent}% confidence; changes tested at a significance level of ${ctx.alpha}; fewer than ${ctx.minSample} records is a small sample):`,
		JSON.stringify(ctx.facts),
		'',
		'A summary written by rules from the same facts, for reference (improve on its wording, keep to its numbers):',
		rulesSummary.join('\n'),
	].join('\n');
	return [
		{ role: 'system', content: system },
		{ role: 'user', content: user },
	];
}

/** Every finite number in a value (objects and arrays walked), and the numbers written in its strings. */
function collectNumbers(v: unknown, out: number[]): void {
	if (typeof v === 'number') {
		if (Number.isFinite(v)) out.push(v);
	} else if (typeof v === 'string') {
		for (const n of numbersIn(v)) out.push(n);
	} else if (Array.isArray(v)) {
		for (const x of v) collectNumbers(x, out);
	} else if (v && typeof v === 'object') {
		for (const x of Object.values(v)) collectNumbers(x, out);
	}
}

const NUMBER = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g;

/** The numbers written in a text, as written (thousands separators removed, signs ignored). */
export function numbersIn(text: string): number[] {
	return writtenNumbers(text).map((w) => Number(w.replace(/,/g, '')));
}

/** The numbers as written; full-width digits (１２．５) read as ASCII. */
function writtenNumbers(text: string): string[] {
	const s = text.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/．/g, '.');
	return s.match(NUMBER) ?? [];
}

function decimalsOf(written: string): number {
	const i = written.indexOf('.');
	return i < 0 ? 0 : written.length - i - 1;
}

/**
 * Numbers in `sentences` that the facts do not support. A number is supported when it equals a fact
 * (or its absolute value) as written or rounded to the decimals it is written with, or is one of the
 * method constants (the confidence level, the significance level, 100 as in "/100").
 */
export function unsupportedNumbers(sentences: string[], ctx: SummaryContext): string[] {
	const known: number[] = [];
	collectNumbers(ctx.facts, known);
	known.push(ctx.confidencePercent, ctx.alpha, ctx.minSample, 100, 0.001);
	const abs = known.map((k) => Math.abs(k));
	const bad: string[] = [];
	for (const sentence of sentences) {
		for (const written of writtenNumbers(sentence)) {
			const plain = written.replace(/,/g, '');
			const x = Number(plain);
			const d = decimalsOf(plain);
			const f = 10 ** d;
			if (!abs.some((k) => k === x || Math.round(k * f) / f === x || Number(k.toFixed(d)) === x)) bad.push(written);
		}
	}
	return [...new Set(bad)];
}

export type SummaryParse = { ok: true; sentences: string[] } | { ok: false; error: string };

/** Validates a model's answer: JSON, the schema, then the hallucination guard. */
export function parseSummaryAnswer(content: string, ctx: SummaryContext): SummaryParse {
	let data: unknown;
	try {
		data = extractJson(content);
	} catch (e) {
		return { ok: false, error: `not JSON: ${(e as Error).message}` };
	}
	const parsed = SummaryAnswerSchema.safeParse(data);
	if (!parsed.success) return { ok: false, error: parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(answer)'}: ${i.message}`).join('; ') };
	const bad = unsupportedNumbers(parsed.data.sentences, ctx);
	if (bad.length) return { ok: false, error: `it states numbers that are not in the facts: ${bad.slice(0, 8).join(', ')}` };
	return { ok: true, sentences: parsed.data.sentences };
}
