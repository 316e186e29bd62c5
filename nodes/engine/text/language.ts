/**
 * Language detection by script: zh (Simplified), zh-Hant (Traditional-only characters outweigh
 * Simplified-only ones), en, mixed (Chinese and Latin both substantial), ja, ko, ru, ar, th, other
 * (Latin text without English function words) and und (no letters at all).
 */
import { foldChar, TRADITIONAL_ONLY } from './fold';
import { SIMPLIFIED_ONLY as SIMPLIFIED_ONLY_CHARS } from './traditional';

export type Language = 'zh' | 'zh-Hant' | 'en' | 'mixed' | 'ja' | 'ko' | 'ru' | 'ar' | 'th' | 'other' | 'und';

/** Simplified-only characters: Simplified forms that Traditional writing does not use (这, 们; not 台, 后, 里). */
const SIMPLIFIED_ONLY = new Set<number>();
for (let i = 0; i < SIMPLIFIED_ONLY_CHARS.length; i++) SIMPLIFIED_ONLY.add(SIMPLIFIED_ONLY_CHARS.charCodeAt(i));
/**
 * Class of a UTF-16 code unit: Latin letters (ASCII and U+00C0–U+024F), Han (split into
 * Traditional-only, Simplified-only and shared), kana, Hangul, Cyrillic, Arabic, Thai; 0 for anything else.
 * Three more classes let the engine's one walk also answer what two more walks asked (readScripts): a shared
 * Han character that folds all the same (乾, 著; counts as Han), a character of CJK Extension A that folds (no
 * script), and white space as RegExp `\s` reads it, tab and line breaks apart.
 */
const LATIN = 1,
	HAN = 2,
	HAN_TRAD = 3,
	HAN_SIMP = 4,
	KANA = 5,
	HANGUL = 6,
	CYR = 7,
	ARAB = 8,
	THAI = 9,
	HAN_FOLDS = 10,
	EXT_FOLDS = 11,
	SPACE = 12,
	BREAK = 13,
	DIGIT = 14;
/**
 * Detection is one table look-up per character. Below U+4E00 one byte per code unit; the Han block
 * U+4E00–U+9FFF in 2 bits each (shared, Traditional-only, Simplified-only, shared that folds: 5 KB instead
 * of 21 KB, so a text's Han characters touch a quarter of the cache lines of a byte table); Hangul by range;
 * the rest is 0.
 */
const HAN_FROM = 0x4e00;
const HAN_TO = 0xa000;
const LOW = new Uint8Array(HAN_FROM);
const HAN_BITS = new Uint8Array((HAN_TO - HAN_FROM) >> 2);
const mark = (from: number, to: number, k: number) => LOW.fill(k, from, to + 1);
mark(65, 90, LATIN);
mark(97, 122, LATIN);
mark(0x00c0, 0x024f, LATIN);
mark(0x0400, 0x04ff, CYR);
mark(0x0600, 0x06ff, ARAB);
mark(0x0e00, 0x0e7f, THAI);
mark(0x3040, 0x30ff, KANA);
mark(0x31f0, 0x31ff, KANA);
for (const c of [11, 12, 32, 160, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000]) LOW[c] = SPACE;
mark(0x2000, 0x200a, SPACE);
for (const c of [9, 10, 13]) LOW[c] = BREAK;
// ASCII digits (`\d` of a RegExp without the u flag): counted apart so the walk also answers "any digit?" (speed,
// sixteenth pass); no language reads them.
mark(48, 57, DIGIT);
/** The class of each 2-bit value of the Han block. */
const HAN_CLASS = Uint8Array.of(HAN, HAN_TRAD, HAN_SIMP, HAN_FOLDS);
const markHan = (c: number, k: number) => {
	const d = c - HAN_FROM;
	HAN_BITS[d >> 2] = (HAN_BITS[d >> 2] & ~(3 << ((d & 3) << 1))) | (HAN_CLASS.indexOf(k) << ((d & 3) << 1));
};
const inHan = (c: number) => c >= HAN_FROM && c < HAN_TO;
for (const t of TRADITIONAL_ONLY) if (inHan(t)) markHan(t, HAN_TRAD);
for (const t of SIMPLIFIED_ONLY) if (inHan(t) && scriptOf(t) !== HAN_TRAD) markHan(t, HAN_SIMP);
// Every other character that foldHan changes (none is Simplified-only; checked in language.test.ts).
for (let c = 0x3400; c < HAN_TO; c++) {
	if (foldChar(c) === c || scriptOf(c) === HAN_TRAD) continue;
	if (c < HAN_FROM) LOW[c] = EXT_FOLDS;
	else markHan(c, HAN_FOLDS);
}

/** Script class of a code unit (LATIN … THAI, 0 for none); exported for the tests. */
export function scriptOf(c: number): number {
	if (c < HAN_FROM) return LOW[c];
	if (c < HAN_TO) {
		const d = c - HAN_FROM;
		return HAN_CLASS[(HAN_BITS[d >> 2] >> ((d & 3) << 1)) & 3];
	}
	return c >= 0xac00 && c <= 0xd7af ? HANGUL : c === 0xfeff ? SPACE : 0;
}
/** Counts per class of one call (readScripts runs to completion, so one array serves every call). */
const counts = new Int32Array(15);

const EN_FUNCTION = /\b(the|and|was|is|are|were|of|to|in|it|for|with|this|that|very|not|but|we|i|my|our|they|you|room|staff|hotel|food|good|great|bad)\b/i;

export interface LanguageResult {
	language: Language;
	/** Share of letters per script, for callers that want the detail. */
	han: number;
	latin: number;
}

/**
 * The language and what the same walk saw of the whole text (a text longer than the walk's 5,000 characters:
 * all three true, i.e. not known): `folds`, a character that foldHan changes (Traditional, U+3400–U+9FFF);
 * `spaceRuns`, two white-space characters in a row, a tab or a line break; `mayStretch`, an ASCII letter three
 * times in a row or a doubled STRETCH_FINAL letter before a non-letter (case folded), the test before the
 * engine's stretched-word walk ("sooo", "bestt"; analyze.ts stretchedWords).
 */
export interface ScriptReading extends LanguageResult {
	folds: boolean;
	spaceRuns: boolean;
	mayStretch: boolean;
	/**
	 * An ASCII digit (0-9, what `/\d/` finds) in the text (true past the walk's 5,000 characters: not known). Speed, sixteenth
	 * pass: the English check-in rule's look for a clock time was its own search of every English text.
	 */
	digits: boolean;
	/** The HAN_MARKS of every Han character of the text, ORed (all bits set past the walk's 5,000 characters). */
	marks: number;
}

/**
 * Marks of Han characters, by code point from U+4E00 (speed, fifteenth pass; 32 bits since the lead's pass of
 * stop 21): the engine's gates (analyze.ts sets them, MARK_*) that need a character in the text. readScripts ORs the
 * marks of the characters it walks, so such a gate is one bit test, not a search of the text; a clear bit says the
 * character is not in the text, a set one that it may be.
 */
const MARKS = new Uint32Array(HAN_TO - HAN_FROM);
// Read in readScripts' walk through the local name (an exported one is a property of `exports` once compiled).
export const HAN_MARKS = MARKS;
/** The first code point of HAN_MARKS. */
export const HAN_MARKS_FROM = HAN_FROM;

/**
 * Letters whose doubling at a word's end is a typing stretch rather than spelling ("bestt", "goodd", "greatt"):
 * English words end in ll, ss, ff, zz, ee, oo, rr, cc or bb (well, less, staff, free, too), rarely in these.
 * One bit per letter, a → bit 0.
 */
export const STRETCH_FINAL = 'dgkmnptwy'.split('').reduce((bits, l) => bits | (1 << (l.charCodeAt(0) - 97)), 0);
/** Whether a code unit, ORed with 32, is an ASCII letter (the `| 32` folds the case; NaN | 32 is a space). */
const isFoldedLetter = (f: number) => f >= 97 && f <= 122;

/**
 * The rare step of readScripts' stretch test, at a character equal (case folded) to the one before it: whether
 * the two are letters and a third one precedes them, or they end a word and double a STRETCH_FINAL letter.
 */
function stretchesAt(text: string, i: number, f: number): boolean {
	if (!isFoldedLetter(f)) return false;
	if ((text.charCodeAt(i - 2) | 32) === f) return true;
	return ((STRETCH_FINAL >> (f - 97)) & 1) === 1 && !isFoldedLetter(text.charCodeAt(i + 1) | 32);
}

export function detectLanguage(text: string): LanguageResult {
	const { language, han, latin } = readScripts(text);
	return { language, han, latin };
}

/**
 * detectLanguage and three facts of the same walk, for the engine (no second walk for folding, space runs or the
 * stretch test).
 */
export function readScripts(text: string): ScriptReading {
	const n = Math.min(text.length, 5000);
	counts.fill(0);
	let pair = false;
	let stretch = false;
	// Latin letters are counted in a local (most of an English text: no read-modify-write of `counts` a step);
	// prev is the last Latin letter, case folded, and prevAt its index (the letter before only if prevAt is i - 1,
	// so other characters write nothing). Equal neighbours are rare, so the stretch test costs a Latin letter two
	// compares (it walked every Latin text on its own before, stop 17).
	let letters = 0;
	let marks = 0;
	for (let i = 0, lastSpace = -2, prev = -1, prevAt = -2; i < n; i++) {
		const c = text.charCodeAt(i);
		// Han first, scriptOf's Han branch inlined: most characters of a Chinese text, which then skip the Latin and
		// space tests (speed, tenth pass: the stretch test had made a Chinese text's walk ~15 % slower).
		const d = c - HAN_FROM;
		if (d >= 0 && d < HAN_TO - HAN_FROM) {
			counts[HAN_CLASS[(HAN_BITS[d >> 2] >> ((d & 3) << 1)) & 3]]++;
			marks |= MARKS[d];
			continue;
		}
		const s = scriptOf(c);
		if (s === LATIN) {
			letters++;
			const f = c | 32;
			if (f === prev && prevAt === i - 1 && !stretch) stretch = stretchesAt(text, i, f);
			prev = f;
			prevAt = i;
			continue;
		}
		counts[s]++;
		if (s === SPACE) {
			if (lastSpace === i - 1) pair = true;
			lastSpace = i;
		}
	}
	counts[LATIN] = letters;
	// A break after a space or two breaks are runs too: any break is one.
	const whole = n === text.length;
	const folds = !whole || counts[HAN_TRAD] + counts[HAN_FOLDS] + counts[EXT_FOLDS] > 0;
	const spaceRuns = !whole || pair || counts[BREAK] > 0;
	const mayStretch = !whole || stretch;
	const digits = !whole || counts[DIGIT] > 0;
	const trad = counts[HAN_TRAD],
		simp = counts[HAN_SIMP],
		han = counts[HAN] + counts[HAN_FOLDS] + trad + simp,
		latin = counts[LATIN],
		kana = counts[KANA],
		hangul = counts[HANGUL],
		cyr = counts[CYR],
		arab = counts[ARAB],
		thai = counts[THAI];
	// A Han character carries about as much as a Latin word: weigh letters per word (~5).
	const latinUnits = latin / 5;
	const total = han + latinUnits + kana + hangul + cyr / 5 + arab / 4 + thai / 4;
	const share = (x: number) => (total ? x / total : 0);
	let language: Language;
	if (total === 0) language = 'und';
	else if (share(kana) > 0.1) language = 'ja';
	else if (share(hangul) > 0.3) language = 'ko';
	else if (share(cyr / 5) > 0.5) language = 'ru';
	else if (share(arab / 4) > 0.5) language = 'ar';
	else if (share(thai / 4) > 0.5) language = 'th';
	else if (han > 0 && latinUnits > 0 && share(han) >= 0.25 && share(latinUnits) >= 0.25) language = 'mixed';
	else if (share(han) > 0.5) language = trad > simp && trad >= 2 ? 'zh-Hant' : 'zh';
	else if (share(latinUnits) > 0.5) language = EN_FUNCTION.test(text.slice(0, 2000)) || latin < 12 ? 'en' : 'other';
	else language = 'other';
	return { language, han: share(han), latin: share(latinUnits), folds, spaceRuns, mayStretch, digits, marks: whole ? marks : -1 };
}
