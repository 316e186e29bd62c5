/**
 * Character folding used while scanning, one UTF-16 code unit for one so offsets never move:
 * ASCII upper → lower case, full-width ASCII → half-width, Traditional Chinese characters (and the
 * Taiwan / Hong Kong variant forms) → Simplified, so a Simplified lexicon also reads 繁體 reviews. The
 * Traditional table is generated from OpenCC's dictionaries (traditional.ts).
 */
import { SHARED_WITH_SIMPLIFIED, SIMPLIFIED, TRADITIONAL } from './traditional';


const TABLE = new Uint16Array(65536);
for (let i = 0; i < 65536; i++) TABLE[i] = i;
for (let i = 65; i <= 90; i++) TABLE[i] = i + 32;
for (let i = 0xff01; i <= 0xff5e; i++) {
	const half = i - 0xfee0;
	TABLE[i] = half >= 65 && half <= 90 ? half + 32 : half;
}
TABLE[0x3000] = 32; // ideographic space
TABLE[0x2018] = 39; // ‘ and ’ → '
TABLE[0x2019] = 39;
for (let i = 0; i < TRADITIONAL.length; i++) TABLE[TRADITIONAL.charCodeAt(i)] = SIMPLIFIED.charCodeAt(i);

/**
 * Traditional-only characters seen in the text are evidence for zh-Hant: every folded character but
 * the few that Simplified writing uses too (乾隆, 著名).
 */
export const TRADITIONAL_ONLY = new Set<number>();
for (let i = 0; i < TRADITIONAL.length; i++) if (!SHARED_WITH_SIMPLIFIED.includes(TRADITIONAL[i])) TRADITIONAL_ONLY.add(TRADITIONAL.charCodeAt(i));

/**
 * Bit set of the Chinese characters (U+3400–U+9FFF) that fold: 8 KB, where a look into TABLE (128 KB) would
 * miss the cache for the text's every character.
 */
const FOLDS_HAN = new Int32Array(2048);
for (let c = 0x3400; c <= 0x9fff; c++) if (TABLE[c] !== c) FOLDS_HAN[c >> 5] |= 1 << (c & 31);

export function foldChar(code: number): number {
	return TABLE[code];
}

export function foldText(text: string): string {
	let out = '';
	for (let i = 0; i < text.length; i++) out += String.fromCharCode(TABLE[text.charCodeAt(i)]);
	return out;
}

/**
 * The text with its Chinese characters folded (Traditional → Simplified, CJK U+3400–U+9FFF; ASCII
 * and full-width punctuation as they are), for the rules that compare characters of the raw text (吗, 没, 担心 …); the text itself
 * when there is nothing to fold, which is the common case and costs no copy.
 */
export function foldHan(text: string): string {
	let i = 0;
	for (; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if ((FOLDS_HAN[c >> 5] >>> (c & 31)) & 1) break;
	}
	if (i === text.length) return text;
	let out = text.slice(0, i);
	for (; i < text.length; i++) {
		const c = text.charCodeAt(i);
		out += String.fromCharCode((FOLDS_HAN[c >> 5] >>> (c & 31)) & 1 ? TABLE[c] : c);
	}
	return out;
}

/**
 * White space as JavaScript's String.prototype.trim and RegExp `\s` read it (WhiteSpace and
 * LineTerminator: tab, VT, FF, space, NBSP, BOM, the Zs category, LF, CR, LS, PS), for code that
 * trims or collapses spaces without a RegExp.
 */
export function isJsSpace(c: number): boolean {
	if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
	// Most text is ASCII or CJK (above U+3000): one or two comparisons.
	if (c < 160) return false;
	if (c > 0x3000) return c === 0xfeff;
	return c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}

/** An ASCII digit (a char code). */
export const isDigit = (c: number) => c >= 48 && c <= 57;
