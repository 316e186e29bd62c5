import { TRADITIONAL_ONLY } from '../../../nodes/engine/text/fold';
import { scriptOf } from '../../../nodes/engine/text/language';
import { SIMPLIFIED_ONLY } from '../../../nodes/engine/text/traditional';

/** The script classes of language.ts, by their definition (ranges, then the Traditional / Simplified lists). */
const [LATIN, HAN, HAN_TRAD, HAN_SIMP, KANA, HANGUL, CYR, ARAB, THAI] = [1, 2, 3, 4, 5, 6, 7, 8, 9];
const simplifiedOnly = new Set<number>();
for (let i = 0; i < SIMPLIFIED_ONLY.length; i++) simplifiedOnly.add(SIMPLIFIED_ONLY.charCodeAt(i));

function expected(c: number): number {
	const within = (from: number, to: number) => c >= from && c <= to;
	if (within(65, 90) || within(97, 122) || within(0x00c0, 0x024f)) return LATIN;
	if (within(0x0400, 0x04ff)) return CYR;
	if (within(0x0600, 0x06ff)) return ARAB;
	if (within(0x0e00, 0x0e7f)) return THAI;
	if (within(0x3040, 0x30ff) || within(0x31f0, 0x31ff)) return KANA;
	if (within(0xac00, 0xd7af)) return HANGUL;
	if (!within(0x4e00, 0x9fff)) return 0;
	if (TRADITIONAL_ONLY.has(c)) return HAN_TRAD;
	return simplifiedOnly.has(c) ? HAN_SIMP : HAN;
}

describe('script of a code unit (the packed table of language detection)', () => {
	it.each([
		['a', LATIN],
		['é', LATIN],
		['3', 0],
		['好', HAN],
		['這', HAN_TRAD],
		['这', HAN_SIMP],
		['鿿', HAN],
		['一', HAN],
		['ア', KANA],
		['한', HANGUL],
		['д', CYR],
		['ب', ARAB],
		['ก', THAI],
		['，', 0],
		['ꀀ', 0],
	])('%s → %i', (ch, script) => {
		expect(scriptOf(ch.charCodeAt(0))).toBe(script);
	});

	it('matches the definition for every UTF-16 code unit', () => {
		const different: number[] = [];
		for (let c = 0; c < 65536; c++) if (scriptOf(c) !== expected(c)) different.push(c);
		expect(different).toEqual([]);
	});
});
