import { getEngine } from '../../../nodes/engine/text';

/**
 * Service recovery told flatly (stop 34, intent12): a problem and the staff's fix told without praise reads the same in both
 * languages — mildly negative (score −0.2 … −0.4, label negative): the failure happened, the fix is what was owed. Where the
 * guest praises the fix or the stay ends well, the story stays positive. Self-written rows, not copied from any data set.
 * Each row: text, expected label, score range (or undefined), why. The English flat rows read positive on main (dc12ba4).
 */
type Row = [string, 'positive' | 'negative' | 'neutral', [number, number] | undefined, string];
const engine = getEngine();
const check = (rows: Row[]) =>
	it.each(rows)('%s → %s', (text, label, range) => {
		const s = engine.analyze(text).sentiment;
		expect(s.label).toBe(label);
		if (range) {
			expect(s.score).toBeGreaterThanOrEqual(range[0]);
			expect(s.score).toBeLessThanOrEqual(range[1]);
		}
	});
const FLAT: [number, number] = [-0.45, -0.15];

describe('English: a fix told flatly after a problem reads mildly negative (en34FlatFix)', () => {
	check([
		['The room was dirty but the manager moved us at once.', 'negative', FLAT, 'the lead’s example: read +0.31 on main'],
		['The room was dirty but the manager moved us at once and apologised.', 'negative', FLAT, 'an apology is owed too'],
		['The shower was broken but they fixed it right away.', 'negative', FLAT, '"fixed it right away" is the fix'],
		['Our order was wrong, but the waitress fixed it straight away.', 'negative', FLAT, 'restaurant: same shape'],
		['The steak came out overcooked, but the chef replaced it immediately.', 'negative', FLAT, 'replaced at once'],
		['The room was noisy, so they moved us straight away.', 'negative', FLAT, 'moved us straight away (1.2 in the lexicon)'],
		['There was no hot water but the front desk sorted it quickly.', 'negative', FLAT, 'a speed word in the fix’s clause'],
		['The room was dirty but the manager sorted it out straight away.', 'negative', FLAT, 'sorted it out'],
		['Our table was dirty but the waiter changed it at once.', 'negative', FLAT, 'changed it at once'],
		['The room was cold but they brought a heater promptly.', 'negative', FLAT, 'brought … promptly'],
		['We found bed bugs but they moved us immediately.', 'negative', undefined, 'a severe failure stays: the flat fix no longer rescues it'],
		// Already read on main, kept: the fix holds no opinion word.
		['The AC broke and they sent someone within ten minutes.', 'negative', FLAT, 'the lead’s example: no praise word'],
		['The toilet was blocked and maintenance came within 15 minutes.', 'negative', FLAT, 'no praise word'],
		['Our room smelled of smoke. They moved us to another room straight away.', 'negative', FLAT, 'two sentences'],
		['The food was cold, but they brought a new plate right away.', 'negative', FLAT, 'no praise word'],
	]);
});

describe('English guards: the fix praised, a good end, thanks, no problem, praise before the problem', () => {
	check([
		['The room was dirty but the manager moved us at once, very kind, great stay otherwise.', 'positive', undefined, 'the fix praised and a good end'],
		['The room was dirty but the manager moved us at once. Great stay otherwise.', 'positive', undefined, 'ends well'],
		['The shower was broken but they fixed it right away, excellent service.', 'positive', undefined, 'service praised'],
		['The room was dirty but the manager moved us at once and apologised, he was wonderful.', 'positive', undefined, 'the manager praised'],
		['Our order was wrong, but the waitress fixed it straight away and was lovely about it.', 'positive', undefined, 'the waitress praised'],
		['The steak came out overcooked, but the chef replaced it immediately and it was perfect.', 'positive', undefined, 'the dish praised'],
		['The boiler broke on our first night, but the engineer fixed it by breakfast. Thank you!', 'positive', undefined, 'thanks for the fix'],
		['Cold room on the first night, but the staff brought a heater straight away. Thanks!', 'positive', undefined, 'thanks for the fix'],
		['They fixed it straight away.', 'positive', undefined, 'no problem told: a request answered'],
		['They moved us to a quieter room straight away.', 'positive', undefined, 'no problem told'],
		['Great location. The room was dirty but they moved us at once.', 'positive', undefined, 'praise before the problem: not a flat story'],
		['The room was dirty and the manager moved us, but the new room was no better.', 'negative', undefined, 'the fix failed'],
	]);
});

describe('Chinese: the same stories read the same (no change; the English now agrees)', () => {
	check([
		['房间很脏，经理马上给我们换了房', 'negative', FLAT, 'the lead’s example'],
		['空调坏了，前台十分钟就派人来修了', 'negative', FLAT, 'the lead’s example'],
		['热水器坏了，服务员马上叫人修好了', 'negative', FLAT, 'flat fix'],
		['菜上错了，服务员马上给换了', 'negative', FLAT, 'flat fix'],
		['房间有烟味，前台立刻给我们换了一间', 'negative', FLAT, 'flat fix'],
		['马桶堵了，前台马上派人来处理了', 'negative', FLAT, 'flat fix'],
		['房间很脏，经理马上给我们换了房，态度很好，总体满意', 'positive', undefined, 'the fix praised, ends well'],
		['空调坏了，前台马上派人来修，服务很好', 'positive', undefined, 'service praised'],
		['淋浴坏了，工作人员很快就修好了，非常感谢', 'positive', undefined, 'thanks'],
	]);
});

describe('the fix’s topic may stay positive while the text reads negative', () => {
	it('"The room was dirty but the manager moved us at once.": staff positive, text negative', () => {
		const r = engine.analyze('The room was dirty but the manager moved us at once.');
		expect(r.sentiment.label).toBe('negative');
		expect(r.topics.find((t) => t.id === 'service.quality.staff')?.score).toBeGreaterThan(0);
	});
});
