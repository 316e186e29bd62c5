import { randomTexts } from './randomTexts';
import { checkLabels as check } from './labelRows';
import { enGates, EN20_GATE_CASED, EN20_GATE_COMMA, GATE_EN20 } from '../../../nodes/engine/text/analyze';
import { readScripts } from '../../../nodes/engine/text/language';
import { foldHan } from '../../../nodes/engine/text/fold';

/**
 * Stop 36's exact pass (exact36): no reading changes. Chinese mark bit 31 no longer holds 壁 (隔壁, a third of the bench
 * hotel texts, is an include at zh26OtherBetter's call site), EN20_GATE_CASED is made from EN20_CUES (the lists en20Faint's
 * includes take), shop35SpeedSarcasm searches each clause of its window once. The bits must answer as their definitions,
 * and the readings must still be read through them.
 */
describe('Chinese mark bit 31 (stop 36: 壁 left it)', () => {
	const BIT31 = 1 << 31;
	// The characters bit 31 stands for, searched in the folded text (a Traditional character carries its Simplified form's bit).
	const CUES = /[唯表外第算思敢脸别其对旁同]/;
	const has = (t: string) => (readScripts(t).marks & BIT31) !== 0;
	it.each(['隔壁吵了一晚上', '房间隔音差，隔壁说话都听得见', '墙壁有霉斑', '隔壁'])('bit 31 is off for 隔壁 / 壁 alone: %j', (t) => {
		expect(has(t)).toBe(false);
	});
	it.each(['唯一的优点是位置好', '第一次买', '外表很漂亮', '这也算五星？', '也好意思收钱', '别家', '其他酒店', '對面的', '旁边的', '同价位的'])(
		'bit 31 is on for a cue of its readings: %j',
		(t) => {
			expect(has(t)).toBe(true);
		},
	);
	it('answers as its own search on random texts', () => {
		const pieces = ['隔壁', '壁', '唯一', '外', '表', '第', '算', '思', '敢', '脸', '臉', '别', '別', '其', '对', '對', '旁', '同', '住的', '叫', '好', '很', '，', '。', 'a', ' '];
		const texts = randomTexts(pieces, { seed: 36 }).filter((t) => readScripts(t).marks !== -1);
		expect(texts.length).toBeGreaterThan(1000);
		expect(texts.filter((t) => has(t) !== CUES.test(foldHan(t)))).toEqual([]);
	});
});

describe('zh26OtherBetter reads 隔壁 through its own include (stop 36), and what it must not take', () => {
	check([
		['同样的价格，隔壁的亚朵好太多了', 'negative'],
		['同樣的價格，隔壁的亞朵好太多了', 'negative'],
		['隔壁那家更好', 'negative'],
		['隔壁的如家都比这个强', 'negative'],
		['隔壁的都比这里好', 'negative'],
		// 比 first: this one wins
		['比隔壁的汉庭好多了', 'positive'],
	]);
});

describe('EN20_GATE_CASED is made from EN20_CUES (stop 36)', () => {
	// Stop 35's gate as it was written by hand (4c40507: "ite bit" added): the made one must answer alike.
	const STOP35 = /est part|est thing|est bit|ighlight|ite part|ite thing|ite bit|it shows|it really shows|barely|just about|only just|at a push|nothing more|f you |bout as |put it| say,|what [Ii] mean|to be /;
	it('answers as stop 35\'s hand-written gate on random texts', () => {
		const pieces = ['est part', 'est thing', 'est bit', 'ighlight', 'ite part', 'ite thing', 'ite bit', 'ite', 'it shows', 'it really shows', 'barely', 'just about', 'only just', 'at a push', 'nothing more', 'f you ', 'bout as ', 'put it', ' say,', 'what I mean', 'what i mean', 'What I Mean', 'to be ', 'To be', 'best', 'part', 'bit', 'thing', ' ', ',', 'a', 'e', 's', '.'];
		const texts = randomTexts(pieces, { seed: 361 });
		expect(texts.filter((t) => EN20_GATE_CASED.test(t) !== STOP35.test(t))).toEqual([]);
		expect(texts.filter((t) => ((enGates(t) & GATE_EN20) !== 0) !== (STOP35.test(t) || EN20_GATE_COMMA.test(t)))).toEqual([]);
	});
	it('is the hand-written gate with "what [Ii] mean" spelt out', () => {
		expect(EN20_GATE_CASED.source).toBe(STOP35.source.replace('what [Ii] mean', 'what I mean|what i mean'));
	});
});

describe('en20 readings still read through EN20_CUES', () => {
	check([
		['The best part of the meal was the bread.', 'negative'],
		['My favourite bit was the free parking.', 'negative'],
		['Cheap, and it shows.', 'negative'],
		['The food was edible, barely.', 'negative'],
		['Perfect location, if you like the sound of traffic.', 'negative'],
		['The service was, shall we say, relaxed.', 'negative'],
		['Is that supposed to be a steak?', 'negative'],
		['The best part of the meal was the dessert.', 'positive'],
	]);
});

describe('shop35SpeedSarcasm, one search a clause (stop 36): the same readings', () => {
	check([
		['快递非常快，一个星期才到', 'negative'],
		// a bare exclamation beside the speed's clause counts nothing too
		['真棒，这速度，送餐跑了俩小时', 'negative'],
		['物流真快，东西很好，整整一个星期', 'negative'],
		// a long clause that names no speed keeps its praise
		['物流真快，客服态度非常好很耐心，整整一个星期', 'neutral'],
		['一个星期前买的，物流很快，东西不错', 'positive'],
	]);
});
