/* eslint-disable @n8n/community-nodes/require-node-api-error -- engine code has no n8n imports by design; the node wraps these errors in NodeOperationError */
/**
 * PII redaction: e-mail, Chinese resident ID numbers (checksum verified), bank cards (Luhn
 * verified), Chinese mobile and landline numbers, international phone numbers and, when asked, room
 * numbers. The output names the kinds found and how many; it never contains the values.
 */

export const PII_KINDS = ['email', 'cnId', 'bankCard', 'cnMobile', 'cnLandline', 'phone', 'roomNumber', 'custom'] as const;
export type PiiKind = (typeof PII_KINDS)[number];

export interface PiiOptions {
	/** Kinds to redact (default: all but roomNumber). */
	kinds?: PiiKind[];
	/** Redact room numbers ("房间 1208", "1208房", "room 1208", "Rm 502"). */
	roomNumbers?: boolean;
	/** Extra regular expressions (source strings) whose matches are redacted as `custom`. */
	customPatterns?: string[];
	/** Placeholder style: `[PHONE]` (default) or a fixed mask such as `***`. */
	mask?: string;
}

export interface PiiResult {
	text: string;
	found: Array<{ kind: PiiKind; count: number }>;
}

const LABEL: Record<PiiKind, string> = {
	email: '[EMAIL]',
	cnId: '[ID_NUMBER]',
	bankCard: '[BANK_CARD]',
	cnMobile: '[PHONE]',
	cnLandline: '[PHONE]',
	phone: '[PHONE]',
	roomNumber: '[ROOM]',
	custom: '[REDACTED]',
};

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** GB 11643 check: 17 digits weighted mod 11, plus a plausible birth date. */
export function isValidCnId(id: string): boolean {
	const s = id.toUpperCase();
	if (!/^\d{17}[\dX]$/.test(s)) return false;
	const y = +s.slice(6, 10),
		m = +s.slice(10, 12),
		d = +s.slice(12, 14);
	if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return false;
	let sum = 0;
	for (let i = 0; i < 17; i++) sum += (s.charCodeAt(i) - 48) * ID_WEIGHTS[i];
	return ID_CHECK[sum % 11] === s[17];
}

export function luhn(digits: string): boolean {
	let sum = 0;
	let dbl = false;
	for (let i = digits.length - 1; i >= 0; i--) {
		let d = digits.charCodeAt(i) - 48;
		if (d < 0 || d > 9) return false;
		if (dbl) {
			d *= 2;
			if (d > 9) d -= 9;
		}
		sum += d;
		dbl = !dbl;
	}
	return sum % 10 === 0;
}

interface Rule {
	kind: PiiKind;
	re: RegExp;
	check?: (m: string) => boolean;
	/** Fewest ASCII digits a redacted match holds (most texts hold none: the rule is skipped). */
	minDigits: number;
	/** Only text with an "@" can match. */
	needsAt?: boolean;
}

// Digits are never taken from the middle of a longer number: (?<![\d]) … (?![\d]).
const RULES: Rule[] = [
	{ kind: 'email', re: /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g, minDigits: 0, needsAt: true },
	{ kind: 'cnId', re: /(?<![\dA-Za-z])\d{17}[\dXx](?![\dA-Za-z])/g, check: isValidCnId, minDigits: 17 },
	{ kind: 'cnMobile', re: /(?<![\d+])(?:\+?86[ -]?)?1[3-9]\d(?:[ -]?\d{4}){2}(?!\d)/g, minDigits: 11 },
	{
		kind: 'phone',
		minDigits: 8,
		re: /(?<![\dA-Za-z])\+\d{1,3}[ .-]?(?:\(\d{1,4}\)[ .-]?)?\d{1,4}(?:[ .-]?\d{2,4}){1,4}(?!\d)/g,
		check: (m) => {
			const n = m.replace(/\D/g, '').length;
			return n >= 8 && n <= 15;
		},
	},
	{
		kind: 'bankCard',
		minDigits: 13,
		re: /(?<![\d-])(?:\d[ -]?){12,18}\d(?![\d-])/g,
		check: (m) => {
			const d = m.replace(/[ -]/g, '');
			return d.length >= 13 && d.length <= 19 && luhn(d) && !/^1[3-9]\d{9}$/.test(d);
		},
	},
	{ kind: 'cnLandline', re: /(?<![\d+])(?:\(0\d{2,3}\)|0\d{2,3}[ -])\s?\d{7,8}(?:-\d{1,5})?(?!\d)/g, minDigits: 10 },
];

/** Room numbers hold at least two digits ("Rm 12"). */
const ROOM_MIN_DIGITS = 2;
const ROOM_RULES: RegExp[] = [
	/(?:房间号?|房号|客房)\s*[:：]?\s*[A-Za-z]?\d{3,5}(?:\s*(?:房|室|号房?))?/g,
	/(?<![\d])[A-Za-z]?\d{3,5}\s*(?:号房间?|房间|房|室)/g,
	/\b(?:room|rm\.?|suite)\s*(?:no\.?|number|#)?\s*[A-Za-z]?\d{2,5}\b/gi,
];

const DIGIT_OR_AT = /[0-9@]/;
/** ASCII digits (what `\d` matches without the u flag) and whether there is an "@". */
function digitsAndAt(text: string): { digits: number; at: boolean } {
	// Most reviews have neither: one native search answers that faster than the loop below.
	if (!DIGIT_OR_AT.test(text)) return { digits: 0, at: false };
	let digits = 0;
	let at = false;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c >= 48 && c <= 57) digits++;
		else if (c === 64) at = true;
	}
	return { digits, at };
}

/** Compiled custom patterns by source (a global RegExp is safe to share: replace() resets lastIndex). */
const customCache = new Map<string, RegExp>();
function customPattern(src: string): RegExp {
	let re = customCache.get(src);
	if (!re) {
		try {
			re = new RegExp(src, 'g');
		} catch (e) {
			throw new Error(`Invalid custom PII pattern ${JSON.stringify(src)}: ${(e as Error).message}`);
		}
		if (customCache.size >= 64) customCache.delete(customCache.keys().next().value as string);
		customCache.set(src, re);
	}
	return re;
}

export function redactPii(text: string, options: PiiOptions = {}): PiiResult {
	// Most reviews hold no digit and no "@", so no built-in rule can match: answered without the sets, the
	// counts and the closures below (per-text garbage that showed on short texts).
	if (!options.customPatterns?.length && !DIGIT_OR_AT.test(text)) return { text, found: [] };
	const kinds = new Set<PiiKind>(options.kinds ?? PII_KINDS.filter((k) => k !== 'roomNumber'));
	if (options.roomNumbers) kinds.add('roomNumber');
	const counts = new Map<PiiKind, number>();
	const label = (k: PiiKind) => options.mask ?? LABEL[k];
	let out = text;
	// Every built-in rule needs digits or an "@"; most reviews have neither, so one pass over the text
	// spares the RegExps. (Counted again after a replacement: a custom mask may bring digits.)
	let stats = digitsAndAt(text);
	const apply = (kind: PiiKind, re: RegExp, check?: (m: string) => boolean) => {
		const before = out;
		out = out.replace(re, (m) => {
			if (check && !check(m)) return m;
			counts.set(kind, (counts.get(kind) ?? 0) + 1);
			return label(kind);
		});
		if (out !== before) stats = digitsAndAt(out);
	};
	for (const r of RULES) if (kinds.has(r.kind) && stats.digits >= r.minDigits && (!r.needsAt || stats.at)) apply(r.kind, r.re, r.check);
	if (kinds.has('roomNumber')) for (const re of ROOM_RULES) if (stats.digits >= ROOM_MIN_DIGITS) apply('roomNumber', re);
	for (const src of options.customPatterns ?? []) apply('custom', customPattern(src));
	return { text: out, found: PII_KINDS.filter((k) => counts.has(k)).map((k) => ({ kind: k, count: counts.get(k)! })) };
}
