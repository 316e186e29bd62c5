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
 * Script of every UTF-16 code unit, so detection is one table look-up per character: Latin letters
 * (ASCII and U+00C0–U+024F), Han (split into Traditional-only, Simplified-only and shared), kana,
 * Hangul, Cyrillic, Arabic, Thai; 0 for anything else.
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
const SCRIPT = new Uint8Array(65536);
const mark = (from: number, to: number, k: number) => SCRIPT.fill(k, from, to + 1);
mark(65, 90, LATIN);
mark(97, 122, LATIN);
mark(0x00c0, 0x024f, LATIN);
mark(0x0400, 0x04ff, CYR);
mark(0x0600, 0x06ff, ARAB);
mark(0x0e00, 0x0e7f, THAI);
mark(0x3040, 0x30ff, KANA);
mark(0x31f0, 0x31ff, KANA);
mark(0x4e00, 0x9fff, HAN);
mark(0xac00, 0xd7af, HANGUL);
for (const t of TRADITIONAL_ONLY) if (t >= 0x4e00 && t <= 0x9fff) SCRIPT[t] = HAN_TRAD;
for (const t of SIMPLIFIED_ONLY) if (t >= 0x4e00 && t <= 0x9fff && SCRIPT[t] !== HAN_TRAD) SCRIPT[t] = HAN_SIMP;
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
	for (let i = 0; i < n; i++) counts[SCRIPT[text.charCodeAt(i)]]++;
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
