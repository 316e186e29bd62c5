/**
 * Intents, twelfth round (stop 34, intent12): the leftovers of stop 33's intent11. A duration then 就 and a verb of finishing is
 * quick service, praise ("装宽带的师傅很专业，半个小时就装好了"); a whole family's lines brought over sells ("switching our whole
 * family to your network"), churn does not ("switching to another provider"); a return or the money asked back is a complaint as
 * well as a request ("I want to return this", 我要退货); a membership or a price asked about is an opportunity as well as a
 * question (怎么开通会员？, 国际漫游多少钱？, "How do I sign up for the membership?"). Letters: C complaint, I inquiry, N need,
 * O opportunity, P praise; upper case must be flagged, lower case may be, absent must not be. Self-written rows. The first
 * describe's rows fail on the base commit dc12ba4.
 */
import { getEngine } from '../../../nodes/engine/text';
import { intentCheck } from './intentLetters';

const { check } = intentCheck('CINOP');
const engine = getEngine();

describe('stop 34: new readings (each fails on dc12ba4)', () => {
	it.each([
		['装宽带的师傅很专业，半个小时就装好了', 'P'],
		['师傅人很好，一个小时就修好了', 'P'],
		['We are thinking of switching our whole family to your network.', 'O'],
		['We want to move all our lines over to your company.', 'On'],
		['I want to return this.', 'NC'],
		["I'd like to return my order.", 'NC'],
		['I need to return these shoes, they are too small.', 'NC'],
		['I want my money back.', 'NC'],
		['怎么开通会员？', 'IO'],
		['会员怎么办理？', 'IO'],
		['请问怎么办会员卡？', 'IO'],
		['国际漫游多少钱？', 'IO'],
	])('%s → %s', check);
});

describe('stop 34: rows the base read already, now required (upper case), and the guards', () => {
	it.each([
		// A refund or a return asked for is a complaint too; a price or a membership asked about is an opportunity too.
		['我要退货', 'NC'],
		['麻烦尽快给我退款', 'NC'],
		['Please refund my order.', 'NC'],
		["I'd like a refund for my order.", 'NC'],
		['How much does international roaming cost?', 'IO'],
		['How do I sign up for the membership?', 'IO'],
		['How can I become a member?', 'IO'],
		// Guards: churn is no sale; returning to a hotel is no return of goods; a roaming price asked as how it is charged asks
		// only (intentsRound11); roaming asked for is a request; a return asked about asks.
		["We are thinking of switching to another provider.", ''],
		["I'm thinking of switching to your network.", 'O'],
		['We will return this summer.', 'Po'],
		['I want to return to this hotel one day.', 'no'],
		['请问国际漫游怎么收费？', 'I'],
		['请帮我开通国际漫游', 'N'],
		['这个套餐包含漫游吗？', 'I'],
		['How do I return an item?', 'I'],
		['等了两个小时才送到', 'C'],
	])('%s → %s', check);
});

describe('stop 34: quick service told by a duration then 就 reads as praise, a long wait still as a complaint', () => {
	const rows: Array<[string, 'positive' | 'negative' | 'neutral']> = [
		['装宽带的师傅很专业，半个小时就装好了', 'positive'],
		['半个小时就装好了', 'positive'],
		['一个小时就修好了', 'positive'],
		['不到半个小时就送到了，超快', 'positive'],
		['没到半小时就送来了', 'positive'],
		['等了两个小时才送到', 'negative'],
		['送了一个多小时，菜都凉了', 'negative'],
		['修了半个小时也没修好', 'negative'],
		['I want to return this.', 'negative'],
		['We will return this summer.', 'positive'],
		['We would like to return this summer.', 'neutral'],
	];
	it.each(rows)('%s → %s', (text, label) => expect(engine.analyze(text).sentiment.label).toBe(label));
});
