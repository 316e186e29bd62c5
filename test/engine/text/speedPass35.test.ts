import { randomTexts } from './randomTexts';
import { checkLabels as check } from './labelRows';
import { enGates, EN20_GATE_AS, EN20_GATE_CASED, EN20_GATE_COMMA, GATE_EN20, GATE_EN20_AS } from '../../../nodes/engine/text/analyze';
import { readScripts } from '../../../nodes/engine/text/language';

/**
 * Stop 35's speed pass (speed35), exact: en20Faint's two gate bits are searches of their own outside EN_GATE_WORDS (the
 * readings' own gates as written, EN20_SOMETIMES' comma group and " as ", any case), Chinese mark bit 31 holds rarer
 * characters, and MARK_CLAIM shares 答 诺 for zh23PromiseBroken. The bits must answer as their definitions, and the
 * readings must still be read through them.
 */
describe('en20Faint\'s gate bits (enGates, stop 35)', () => {
	const expected = (t: string) => (EN20_GATE_CASED.test(t) || EN20_GATE_COMMA.test(t) ? GATE_EN20 : 0) | (EN20_GATE_AS.test(t) ? GATE_EN20_AS : 0);
	const mine = GATE_EN20 | GATE_EN20_AS;
	it.each([
		// main's hint was any case: a capitalised word no reading's gate takes no longer sets the bit
		['The BEST PART was the bread.', 0],
		['IS THIS SUPPOSED TO BE A HOTEL?', 0],
		// "to be " stands for EN20_SUPPOSED's and EN20_TO_BE_KIND's own gates (main asked "to be kind …" / "supposed to be a")
		['We had to be out by ten.', GATE_EN20],
		['The best part of the meal was the bread.', GATE_EN20],
		['The wifi works, SOMETIMES.', GATE_EN20],
		['Comfortable AS a bed of nails.', GATE_EN20_AS],
		['Tasty as cardboard, if you know what I mean.', GATE_EN20 | GATE_EN20_AS],
		['the room was clean', 0],
		['', 0],
	])('%j', (t, bits) => {
		expect(enGates(t) & mine).toBe(bits);
		expect(expected(t)).toBe(bits);
	});
	it('answers as their own searches on random texts (no group of EN_GATE_WORDS sets them)', () => {
		// Pieces of the gate words, in both cases, and of earlier groups' words that begin alike (best / better, supposed / suppose …).
		const pieces = ['est part', 'EST PART', 'best', 'better', 'ite thing', 'it shows', 'barely', 'just about', 'only just', 'at a push', 'nothing more', 'nothing on', 'f you ', 'bout as ', 'put it', ' say,', 'what I mean', 'what i', 'What I Mean', 'to be ', 'To Be ', 'supposed', 'suppose', 'meant', ', ', ',', 'sometimes', 'Sometimes', 'when it', 'WHEN THEY', 'now and then', ' as ', ' AS ', 'as', ' ', 'a', 'e', 's', '.'];
		expect(randomTexts(pieces, { seed: 35 }).filter((t) => (enGates(t) & mine) !== expected(t))).toEqual([]);
	});
});

describe('en20 readings still read behind their gate bits', () => {
	check([
		['The best part of the meal was the bread.', 'negative'],
		['The food was edible, barely.', 'negative'],
		['Perfect location, if you like the sound of traffic.', 'negative'],
		['The service was, shall we say, relaxed.', 'negative'],
		['Service was leisurely, to put it kindly.', 'negative'],
		['The wifi works, sometimes.', 'negative'],
		['The bed was as comfortable as a park bench.', 'negative'],
		['Is that supposed to be a steak?', 'negative'],
		['The best part of the meal was the dessert.', 'positive'],
	]);
});

describe('Chinese mark bits of stop 35', () => {
	const BIT31 = 1 << 31;
	const CLAIM = 1 << 20;
	const has = (t: string, bit: number) => (readScripts(t).marks & bit) !== 0;
	it('bit 31 is off on the common hotel words stop 34 marked (面积, 入住, 叫醒, 满意)', () => {
		expect(has('房间面积不大但是很干净，前台办理入住很快，叫醒服务准时，总体来说很满意', BIT31)).toBe(false);
	});
	// 隔壁 left the bit in stop 36 (an include at zh26OtherBetter's call site: speedPass36.test.ts).
	it.each(['唯一的优点是位置好', '第一次买', '外表很漂亮', '表皮', '这也算五星？', '也好意思收钱', '还敢来', '还有脸', '别家', '其他酒店', '对面的', '旁边的', '同价位的'])(
		'bit 31 is on for a cue of its readings: %j',
		(t) => {
			expect(has(t, BIT31)).toBe(true);
		},
	);
	it('MARK_CLAIM takes 答 and 诺 (答应, 承诺; 諾 folded)', () => {
		expect(has('经理答应给我们免费早餐', CLAIM)).toBe(true);
		expect(has('酒店承諾的早餐', CLAIM)).toBe(true);
		expect(has('早餐很好吃', CLAIM)).toBe(false);
	});
});

describe('Chinese readings behind the rarer bits (stop 35)', () => {
	check([
		['唯一的优点是位置好', 'negative'],
		['外表很漂亮，切开里面全烂了', 'negative'],
		// 也叫 and 上次住的: includes at their call sites, out of the bit
		['这隔音也叫隔音？', 'negative'],
		['这也叫五星级？', 'negative'],
		['还是上次住的那家好', 'negative'],
		['比上次住的那家好多了', 'positive'],
		// 答应 with no 说: MARK_CLAIM's shared 答
		['经理答应给我们免费早餐，最后还是收了钱', 'negative'],
		['前台说马上来修，结果等了一个小时也没人来', 'negative'],
	]);
});
