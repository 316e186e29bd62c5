import { foldHan, TRADITIONAL_ONLY } from '../../../nodes/engine/text/fold';
import { detectLanguage, readScripts, scriptOf } from '../../../nodes/engine/text/language';
import { SIMPLIFIED_ONLY } from '../../../nodes/engine/text/traditional';
import { randomTexts } from './randomTexts';

/** The script classes of language.ts, by their definition (ranges, then the Traditional / Simplified lists). */
const [LATIN, HAN, HAN_TRAD, HAN_SIMP, KANA, HANGUL, CYR, ARAB, THAI, HAN_FOLDS, EXT_FOLDS, SPACE, BREAK, DIGIT] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14];
const simplifiedOnly = new Set<number>();
for (let i = 0; i < SIMPLIFIED_ONLY.length; i++) simplifiedOnly.add(SIMPLIFIED_ONLY.charCodeAt(i));

function expected(c: number): number {
	const within = (from: number, to: number) => c >= from && c <= to;
	const ch = String.fromCharCode(c);
	if (/[\t\n\r]/.test(ch)) return BREAK;
	if (/\s/.test(ch)) return SPACE;
	if (/\d/.test(ch)) return DIGIT;
	const folds = within(0x3400, 0x9fff) && foldHan(ch) !== ch;
	if (folds && c < 0x4e00) return EXT_FOLDS;
	if (within(65, 90) || within(97, 122) || within(0x00c0, 0x024f)) return LATIN;
	if (within(0x0400, 0x04ff)) return CYR;
	if (within(0x0600, 0x06ff)) return ARAB;
	if (within(0x0e00, 0x0e7f)) return THAI;
	if (within(0x3040, 0x30ff) || within(0x31f0, 0x31ff)) return KANA;
	if (within(0xac00, 0xd7af)) return HANGUL;
	if (!within(0x4e00, 0x9fff)) return 0;
	if (TRADITIONAL_ONLY.has(c)) return HAN_TRAD;
	if (folds) return HAN_FOLDS;
	return simplifiedOnly.has(c) ? HAN_SIMP : HAN;
}

describe('script of a code unit (the packed table of language detection)', () => {
	it.each([
		['a', LATIN],
		['é', LATIN],
		['3', DIGIT],
		['０', 0],
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
		['著', HAN_FOLDS],
		['乾', HAN_FOLDS],
		['㑳', EXT_FOLDS],
		[' ', SPACE],
		['\u3000', SPACE],
		['\ufeff', SPACE],
		['\u000b', SPACE],
		['\t', BREAK],
		['\n', BREAK],
	])('%s → %i', (ch, script) => {
		expect(scriptOf(ch.charCodeAt(0))).toBe(script);
	});

	it('matches the definition for every UTF-16 code unit', () => {
		const different: number[] = [];
		for (let c = 0; c < 65536; c++) if (scriptOf(c) !== expected(c)) different.push(c);
		expect(different).toEqual([]);
	});
});

describe('readScripts: the facts of the language walk (folding, runs of white space, stretched words)', () => {
	it.each([
		['房间很干净，服务很好', false, false],
		['房間很乾淨，服務很好', true, false],
		['著名的酒店', true, false],
		['㑳', true, false],
		['room  was clean', false, true],
		['room was clean', false, false],
		['房间很干净\n服务很好', false, true],
		['房间很干净\t服务很好', false, true],
		['房间 \u3000很干净', false, true],
		['a\u000b\u000cb', false, true],
		['a b\u00a0c', false, false],
		['', false, false],
	])('%j: folds %s, space runs %s', (text, folds, spaceRuns) => {
		const r = readScripts(text);
		expect([r.folds, r.spaceRuns]).toEqual([folds, spaceRuns]);
		// What the two walks it replaces answer.
		expect(r.folds).toBe(foldHan(text) !== text);
		expect(r.spaceRuns).toBe(/\s\s|[\n\r\t]/.test(text));
		expect(detectLanguage(text)).toEqual({ language: r.language, han: r.han, latin: r.latin });
	});

	// Speed, sixteenth pass: the walk answers what the English check-in rule's own search of every text asked (`/\d/`).
	it.each([
		['arrived at 3pm', true],
		['room 1112', true],
		['arrived at three', false],
		['到店１２点', false],
		['九点到店', false],
		['0', true],
		['', false],
	])('%j: holds an ASCII digit %s', (text, digits) => {
		expect(readScripts(text).digits).toBe(digits);
		expect(/\d/.test(text)).toBe(digits);
	});

	it('says both facts are not known past its 5,000 characters', () => {
		const long = '好'.repeat(5000) + '著';
		expect(readScripts(long)).toMatchObject({ language: 'zh', folds: true, spaceRuns: true });
		expect(readScripts('好'.repeat(5000))).toMatchObject({ folds: false, spaceRuns: false, digits: false });
		expect(readScripts('好'.repeat(5000) + '1')).toMatchObject({ digits: true });
	});

	// The stretch test's definition (stop 17; it walked every Latin text on its own before): an ASCII letter three
	// times in a row, or a doubled d g k m n p t w y before a non-letter or the end, case folded.
	const mayStretch = (text: string) => /([a-z])\1\1|([dgkmnptwy])\2(?![a-z])/i.test(text);
	it.each([
		['sooo good', true],
		['the bestt', true],
		['BESTT!', true],
		['besTt.', true],
		['goodd 好', true],
		['好tt', true],
		['Brrr', true],
		['www.gooood.com', true],
		['room 1112, aa1', false],
		['tt1', true],
		['the best', false],
		['well, staff, free, too, less', false],
		['goodding', false],
		['a a a', false],
		['café ééé', false],
		['好好好，房间很好', false],
		// A Han character between letters breaks a run (the walk reads Han first and skips the letter bookkeeping).
		['a好aa', false],
		['O著oo!', false],
		['oo好o', false],
		['ooo好', true],
		['', false],
		['t', false],
	])('%j: may hold a stretched word %s', (text, expected) => {
		expect(readScripts(text).mayStretch).toBe(expected);
		expect(mayStretch(text)).toBe(expected);
	});

	it('answers the stretch test as its definition on random texts', () => {
		const alphabet = [...'aAbdDtTsSoO .@1_好房\n'];
		const texts = randomTexts(alphabet, { seed: 17, count: 5000, span: 12 });
		expect(texts.filter((t) => readScripts(t).mayStretch !== mayStretch(t))).toEqual([]);
	});

	it('says a stretch may be there past its 5,000 characters', () => {
		expect(readScripts('good '.repeat(1000)).mayStretch).toBe(false);
		expect(readScripts('good '.repeat(1000) + 'x').mayStretch).toBe(true);
	});

	it('finds no Simplified-only character among those that fold (the table has no class for both)', () => {
		const both: string[] = [];
		for (let c = 0x4e00; c <= 0x9fff; c++) if (simplifiedOnly.has(c) && foldHan(String.fromCharCode(c)) !== String.fromCharCode(c)) both.push(String.fromCharCode(c));
		expect(both).toEqual([]);
	});

	it('counts a shared character that folds as Han of neither kind', () => {
		expect(detectLanguage('著乾著乾').language).toBe('zh');
		expect(detectLanguage('著乾著乾')).toEqual(detectLanguage('好好好好'));
	});
});
