/**
 * CX Analyze engine entry point: the built-in trees (hotel, restaurant, telecom, retail), engine construction with a small cache
 * (compiled automata are immutable, so sharing them between executions keeps no state), and the
 * full analysis of one text (offline analysis + PII redaction + input checks).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { OfflineEngine, type AnalyzeOptions, type OfflineAnalysis } from './analyze';
import { redactPii, type PiiOptions, type PiiResult } from './pii';
import { extendTree, validateTree, type IndicatorTree } from './tree';

export * from './analyze';
export * from './tree';
export * from './pii';
export * from './language';
export { INTENTS, RISK_REASONS, type Intent, type RiskReason } from './markers';

/**
 * The built-in trees by id (the node's *Indicator Tree* option values): `trees/<id>.json` beside this
 * module (minified into dist by the build). Each is read and validated on first use, so loading the
 * package parses none of them and a workflow pays only for the tree it uses (the four together are
 * about 4.7 MB of JSON). A new built-in tree is its JSON file, one id here and one option in the node.
 */
export const BUILT_IN_TREES = ['hotel', 'restaurant', 'telecom', 'retail'] as const;

const builtIn = new Map<string, IndicatorTree>();
export function builtInTree(name = 'hotel'): IndicatorTree {
	if (!(BUILT_IN_TREES as readonly string[]).includes(name)) {
		throw new Error(`Unknown built-in tree "${name}" (available: ${BUILT_IN_TREES.join(', ')})`);
	}
	let tree = builtIn.get(name);
	if (!tree) {
		// The package's own data file beside this module (never a user path), read once per process.
		// eslint-disable-next-line @n8n/community-nodes/no-restricted-globals
		const file = join(__dirname, 'trees', `${name}.json`);
		builtIn.set(name, (tree = validateTree(JSON.parse(readFileSync(file, 'utf8')))));
	}
	return tree;
}

const cache = new Map<string, OfflineEngine>();
const CACHE_MAX = 8;

/**
 * An engine for a tree: a built-in tree by id (default hotel, optionally extended) or a custom tree
 * (`tree: 'custom'`, JSON string or object, validated). Engines are cached by the tree's JSON.
 */
export function getEngine(spec: { tree?: string; customTree?: unknown; extension?: unknown } = {}): OfflineEngine {
	const custom = spec.tree === 'custom';
	const name = custom ? 'custom' : spec.tree || 'hotel';
	const ext = spec.extension === undefined || spec.extension === '' || spec.extension === null ? undefined : spec.extension;
	const customKey = custom ? (typeof spec.customTree === 'string' ? spec.customTree : JSON.stringify(spec.customTree ?? null)) : '';
	const extKey = ext === undefined ? '' : typeof ext === 'string' ? ext : JSON.stringify(ext);
	const key = `${name}|${customKey}|${extKey}`;
	const hit = cache.get(key);
	if (hit) return hit;
	let tree = custom ? validateTree(spec.customTree) : builtInTree(name);
	if (ext !== undefined) tree = extendTree(tree, ext);
	const engine = new OfflineEngine(tree);
	if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value as string);
	cache.set(key, engine);
	return engine;
}

export const MAX_TEXT_DEFAULT = 100_000;

export class TextInputError extends Error {
	constructor(
		message: string,
		public readonly field?: string,
	) {
		super(message);
		this.name = 'TextInputError';
	}
}

export interface TextCheck {
	text: string;
	empty: boolean;
	truncated: boolean;
	originalLength: number;
}

/**
 * Checks and cleans an input value: strings are accepted (control characters removed); numbers are
 * turned into text; null/undefined/empty/whitespace give an explicit empty result; objects, arrays
 * and booleans are refused; text that is mostly control or replacement characters is refused as
 * binary; anything longer than maxChars is cut (and flagged).
 */
export function checkText(value: unknown, field = 'text', maxChars = MAX_TEXT_DEFAULT): TextCheck {
	if (value === undefined || value === null) return { text: '', empty: true, truncated: false, originalLength: 0 };
	let s: string;
	if (typeof value === 'string') s = value;
	else if (typeof value === 'number' && Number.isFinite(value)) s = String(value);
	else
		throw new TextInputError(
			`Field "${field}" must be text, got ${Array.isArray(value) ? 'an array' : typeof value === 'object' ? 'an object' : typeof value}`,
			field,
		);
	const originalLength = s.length;
	const sample = s.length > 4096 ? s.slice(0, 4096) : s;
	let bad = 0;
	for (let i = 0; i < sample.length; i++) {
		const c = sample.charCodeAt(i);
		if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd || (c >= 0x7f && c < 0xa0)) bad++;
	}
	if (sample.length >= 8 && bad / sample.length > 0.2)
		throw new TextInputError(`Field "${field}" looks like binary data (${Math.round((100 * bad) / sample.length)}% control or invalid characters), not text`, field);
	// eslint-disable-next-line no-control-regex
	s = s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffd]/g, ' ');
	let truncated = false;
	if (s.length > maxChars) {
		s = s.slice(0, maxChars);
		truncated = true;
	}
	return { text: s, empty: s.trim().length === 0, truncated, originalLength };
}

export interface FullOptions extends AnalyzeOptions {
	pii?: PiiOptions & { enabled?: boolean };
}

export type FullAnalysis = OfflineAnalysis & { redactedText?: string; pii?: PiiResult['found'] };

/** Offline analysis plus PII redaction of one (already checked) text. */
export function analyzeText(engine: OfflineEngine, text: string, options: FullOptions = {}): FullAnalysis {
	const result: FullAnalysis = engine.analyze(text, options);
	if (options.pii?.enabled !== false && options.pii) {
		const r = redactPii(text, options.pii);
		result.redactedText = r.text;
		result.pii = r.found;
	}
	return result;
}

/** The analysis of an empty text: explicit, so downstream nodes can branch on `noText`. */
export function emptyAnalysis(): Record<string, unknown> {
	return {
		noText: true,
		language: 'und',
		sentiment: { label: 'neutral', score: 0, positive: 0, negative: 0 },
		topics: [],
		intents: [],
		primaryIntent: 'none',
		urgency: { level: 'low', score: 0, reasons: [] },
		risk: { badReview: { level: 'low', score: 0, reasons: [] } },
		keyPhrases: [],
	};
}
