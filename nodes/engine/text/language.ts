/**
 * Language detection by script: zh (Simplified), zh-Hant (Traditional-only characters outweigh
 * Simplified-only ones), en, mixed (Chinese and Latin both substantial), ja, ko, ru, ar, th, other
 * (Latin text without English function words) and und (no letters at all).
 */
import { TRADITIONAL_ONLY, foldChar } from './fold';

export type Language = 'zh' | 'zh-Hant' | 'en' | 'mixed' | 'ja' | 'ko' | 'ru' | 'ar' | 'th' | 'other' | 'und';

/** Simplified-only characters (the Simplified forms of the Traditional set in fold.ts). */
const SIMPLIFIED_ONLY = new Set<number>();
for (const t of TRADITIONAL_ONLY) SIMPLIFIED_ONLY.add(foldChar(t));
/** 1 = Traditional-only, 2 = Simplified-only, for the CJK block. */
const HAN_KIND = new Uint8Array(0x9fff - 0x4e00 + 1);
for (const t of TRADITIONAL_ONLY) if (t >= 0x4e00 && t <= 0x9fff) HAN_KIND[t - 0x4e00] = 1;
for (const t of SIMPLIFIED_ONLY) if (t >= 0x4e00 && t <= 0x9fff && !HAN_KIND[t - 0x4e00]) HAN_KIND[t - 0x4e00] = 2;

const EN_FUNCTION = /\b(the|and|was|is|are|were|of|to|in|it|for|with|this|that|very|not|but|we|i|my|our|they|you|room|staff|hotel|food|good|great|bad)\b/i;

export interface LanguageResult {
	language: Language;
	/** Share of letters per script, for callers that want the detail. */
	han: number;
	latin: number;
}

export function detectLanguage(text: string): LanguageResult {
	const n = Math.min(text.length, 5000);
	let han = 0,
		latin = 0,
		kana = 0,
		hangul = 0,
		cyr = 0,
		arab = 0,
		thai = 0,
		trad = 0,
		simp = 0;
	for (let i = 0; i < n; i++) {
		const c = text.charCodeAt(i);
		if (c < 128) {
			if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
		} else if (c >= 0x4e00 && c <= 0x9fff) {
			han++;
			const k = HAN_KIND[c - 0x4e00];
			if (k === 1) trad++;
			else if (k === 2) simp++;
		} else if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x31f0 && c <= 0x31ff)) kana++;
		else if (c >= 0xac00 && c <= 0xd7af) hangul++;
		else if (c >= 0x0400 && c <= 0x04ff) cyr++;
		else if (c >= 0x0600 && c <= 0x06ff) arab++;
		else if (c >= 0x0e00 && c <= 0x0e7f) thai++;
		else if (c >= 0x00c0 && c <= 0x024f) latin++;
	}
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
