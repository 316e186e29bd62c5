/**
 * Language detection by script: zh (Simplified), zh-Hant (Traditional-only characters outweigh
 * Simplified-only ones), en, mixed (Chinese and Latin both substantial), ja, ko, ru, ar, th, other
 * (Latin text without English function words) and und (no letters at all).
 */
import { TRADITIONAL_ONLY } from './fold';
import { SIMPLIFIED_ONLY as SIMPLIFIED_ONLY_CHARS } from './traditional';

export type Language = 'zh' | 'zh-Hant' | 'en' | 'mixed' | 'ja' | 'ko' | 'ru' | 'ar' | 'th' | 'other' | 'und';

/** Simplified-only characters: Simplified forms that Traditional writing does not use (这, 们; not 台, 后, 里). */
const SIMPLIFIED_ONLY = new Set<number>();
for (let i = 0; i < SIMPLIFIED_ONLY_CHARS.length; i++) SIMPLIFIED_ONLY.add(SIMPLIFIED_ONLY_CHARS.charCodeAt(i));
/**
 * Script of a UTF-16 code unit: Latin letters (ASCII and U+00C0–U+024F), Han (split into
 * Traditional-only, Simplified-only and shared), kana, Hangul, Cyrillic, Arabic, Thai; 0 for anything else.
 */
const LATIN = 1,
	HAN = 2,
	HAN_TRAD = 3,
	HAN_SIMP = 4,
	KANA = 5,
	HANGUL = 6,
	CYR = 7,
	ARAB = 8,
	THAI = 9;
/**
 * Detection is one table look-up per character. Below U+4E00 one byte per code unit; the Han block
 * U+4E00–U+9FFF in 2 bits each (HAN + 0, 1 or 2: 5 KB instead of 21 KB, so a text's Han characters
 * touch a quarter of the cache lines of a byte table); Hangul by range; the rest is 0.
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
const markHan = (c: number, k: number) => {
	const d = c - HAN_FROM;
	HAN_BITS[d >> 2] = (HAN_BITS[d >> 2] & ~(3 << ((d & 3) << 1))) | ((k - HAN) << ((d & 3) << 1));
};
const inHan = (c: number) => c >= HAN_FROM && c < HAN_TO;
for (const t of TRADITIONAL_ONLY) if (inHan(t)) markHan(t, HAN_TRAD);
for (const t of SIMPLIFIED_ONLY) if (inHan(t) && scriptOf(t) !== HAN_TRAD) markHan(t, HAN_SIMP);

/** Script class of a code unit (LATIN … THAI, 0 for none); exported for the tests. */
export function scriptOf(c: number): number {
	if (c < HAN_FROM) return LOW[c];
	if (c < HAN_TO) {
		const d = c - HAN_FROM;
		return HAN + ((HAN_BITS[d >> 2] >> ((d & 3) << 1)) & 3);
	}
	return c >= 0xac00 && c <= 0xd7af ? HANGUL : 0;
}
/** Counts per script of one call (detectLanguage runs to completion, so one array serves every call). */
const counts = new Int32Array(10);

const EN_FUNCTION = /\b(the|and|was|is|are|were|of|to|in|it|for|with|this|that|very|not|but|we|i|my|our|they|you|room|staff|hotel|food|good|great|bad)\b/i;

export interface LanguageResult {
	language: Language;
	/** Share of letters per script, for callers that want the detail. */
	han: number;
	latin: number;
}

export function detectLanguage(text: string): LanguageResult {
	const n = Math.min(text.length, 5000);
	counts.fill(0);
	for (let i = 0; i < n; i++) counts[scriptOf(text.charCodeAt(i))]++;
	const trad = counts[HAN_TRAD],
		simp = counts[HAN_SIMP],
		han = counts[HAN] + trad + simp,
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
	return { language, han: share(han), latin: share(latinUnits) };
}
