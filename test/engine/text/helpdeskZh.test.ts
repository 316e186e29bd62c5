/**
 * Self-written Chinese helpdesk set (helpdeskZhCases.ts, 2026-11-29 stop 13), all five intents checked, and the
 * stop-13 rules for need precision (English request frames) and 呢 questions. Known gaps are `it.failing`: they
 * hold the right expectation and will tell when they start to pass.
 */
import { getEngine } from '../../../nodes/engine/text';
import { HELPDESK_ZH_CASES } from './helpdeskZhCases';
import type { IntentCase } from './intentCases';

const engine = getEngine();
const LETTERS = { C: 'complaint', N: 'need', I: 'inquiry', O: 'opportunity', P: 'praise' } as const;

function check(text: string, expected: string) {
	const got = new Set<string>(engine.analyze(text).intents.map((i) => i.intent));
	const wrong: string[] = [];
	for (const [letter, intent] of Object.entries(LETTERS)) {
		if (expected.includes(letter) && !got.has(intent)) wrong.push(`missing ${intent}`);
		if (!expected.includes(letter) && !expected.includes(letter.toLowerCase()) && got.has(intent)) wrong.push(`unexpected ${intent}`);
	}
	expect(wrong).toEqual([]);
}

/** Misses left after stop 13, with the reason. */
const GAPS = new Set([
	'换成年付呢，能便宜多少', // a "what if" topic before a comma reads as a topic pause; 便宜 gives praise
	'快递员没打电话就把包裹放在门口了，现在丢了', // 丢了 with its subject two clauses back
	'我要退货', // 退货 is negative in the lexicon: complaint
	'东西很好用，就是物流太慢了', // the mild contrast leaves the complaint too weak
]);

describe('Chinese helpdesk messages: complaint, need, inquiry, opportunity, praise (self-written set)', () => {
	const ok = HELPDESK_ZH_CASES.filter(([t]) => !GAPS.has(t));
	const gaps = HELPDESK_ZH_CASES.filter(([t]) => GAPS.has(t));
	it.each(ok)('%s → %s', check);
	it.failing.each(gaps)('known gap: %s → %s', check);
	it('holds at least 80 messages with every intent', () => {
		expect(HELPDESK_ZH_CASES.length).toBeGreaterThanOrEqual(80);
		for (const letter of Object.keys(LETTERS)) expect(HELPDESK_ZH_CASES.filter(([, e]) => e.includes(letter)).length).toBeGreaterThanOrEqual(6);
	});
});

describe('呢: a question after a noun or wh-word, a statement after a progressive, degree word or opinion', () => {
	it.each([
		['我的包裹呢', 'Ic'],
		['那运费呢？', 'Ic'],
		// A promise broken, asked after, complains and asks nothing (stop 17; was Ic): "我的赠品呢" alone still asks.
		['说好的赠品呢', 'C'],
		['我的赠品呢', 'Ic'],
		['还有优惠券呢', 'Ic'],
		['如果下雨呢', 'I'],
		['哪家门店离我最近呢', 'I'],
		['这个怎么退呢', 'In'],
		['为什么还没发货呢', 'Ci'],
		['我在开会呢', ''],
		['还早呢', ''],
		['挺好的呢', 'p'],
		['我以为是送的呢', ''],
		['这家店呢，位置很方便，菜也好吃', 'p'],
		['怎么说呢，味道一般', 'c'],
		['欺负谁呢', 'c'],
		['刷卡要付手续费吗', 'I'],
	] as IntentCase[])('%s → %s', check);
});

describe('need precision: requests for information, frames that ask or suppose, calls for help', () => {
	it.each([
		// A request whose object is information asks.
		['Can you explain the late fee on my bill?', 'I'],
		['Could you provide information about the delivery times?', 'I'],
		['Please advise, my parcel has not arrived.', 'CI'],
		["I'd like to know when the pool opens.", 'I'],
		['I need information about the roaming charges.', 'I'],
		// A frame after a wh-word or the customer's condition asks or supposes.
		['How many extra beds can I have in the suite?', 'I'],
		['What age do children need to be to open an account?', 'I'],
		['If I need a bigger size, what do I do?', 'I'],
		['When I want to pay by card, where do I go?', 'I'],
		// A want beside a how-to question is its purpose; a named action stays a need.
		['I want to top up by bank transfer. How would that work?', 'I'],
		['I would like a refund. How do I do that?', 'NIc'],
		['I want to cancel my order, how do I do it?', 'NI'],
		// A bare call for help names nothing; the action named with it is a need.
		['My router is not working, can you help?', 'Ci'],
		['Please help!', ''],
		['I need help resetting my password.', 'N'],
		['Can you assist me with unblocking my card?', 'Ni'],
		// Still needs: requests for an action, and polite ones.
		['Please send a technician tomorrow morning.', 'N'],
		['Can you move my appointment to Friday?', 'Ni'],
		['Please put a freeze on my card.', 'N'],
		['I need a new charger for the laptop.', 'N'],
		// Narration: a past request is no need.
		['The ATM gave me less cash than I requested.', 'C'],
	] as IntentCase[])('%s → %s', check);
});

describe('review questions that ask nothing (stop 13): rhetorical, exclaimed, answered or told', () => {
	it.each([
		// A bare question mark or particle in a text that gives an opinion: rhetorical.
		['饭菜全洒了，这是新口味吗？', 'C'],
		['分量太少了，还能再少一点吗', 'C'],
		['服务员爱答不理的，你们没有培训吗？', 'C'],
		['味道真不错，下次还点？', 'Po'],
		['非常失望?', 'C'],
		// Set cues of a rhetorical question, whatever its wh-word.
		['难道你们的质检都不看的吗', 'c'],
		['你们怎么能卖这种过期的东西呢', 'c'],
		['送来的是什么鬼？', 'C'],
		// Ignorance told, "no matter how", "a few points", a how as a topic, a why answered with 因为, not tried yet.
		['不知道为什么，孩子就是不喜欢这个玩具', 'C'],
		['不知道是不是正品，价格倒是便宜', 'p'],
		['污渍怎么也洗不掉', 'c'],
		['安装系统有几点注意：先备份数据', ''],
		['这本书教你如何安排时间，很实用', 'P'],
		['我为什么喜欢这家店，因为送得快', 'P'],
		['还没用，不知道效果如何', ''],
		['外观不怎么样', 'C'],
		['没多少钱，就当买个教训', ''],
		['想不通为什么这本书能得奖', ''],
		['用了几天，还行', ''],
		// A bare question said twice exclaims ("这是新款吗？？？").
		['这是新款吗？？？', ''],
		['这是新款吗？', 'I'],
	])('%s → %s', check);
	it.each([
		// Still questions: no opinion in the text, a wh-word, a failure in the question's own clause, 呢 after one's own thing.
		['这款耳机支持降噪吗', 'I'],
		['请问可以开发票吗？', 'I'],
		['菜太咸了，能帮我换一份吗', 'CNi'],
		['卡被锁了吗？', 'CI'],
		['外卖怎么还没到？', 'CI'],
		['我的赠品呢', 'Ic'],
		['不知道怎么退款', 'I'],
	])('%s → %s', check);
});

/**
 * Stop 14: wh-questions of scorn in reviews, and a yes/no question in its own sentence beside a complaint. Self-written;
 * the engine before (main 5251206) flags an inquiry in every scorn case and none in the three asks after a complaint.
 */
describe('review questions of scorn, and asks beside a complaint (stop 14)', () => {
	it.each([
		// A name denied, who could bear it, the business's conscience or food fit for people asked about.
		['这叫服务？', ''],
		['谁吃得下？', ''],
		['谁敢住啊？', ''],
		['请问这是给人吃的吗？', ''],
		['等了两个小时，请问你们有没有职业道德？', 'C'],
		['能用点心吗？', ''],
		// "How is one to eat / drink it" after a failure.
		['米饭洒了一半，这让人怎么吃？', 'C'],
		['没给勺子怎么喝？', 'C'],
		// A wh-question around a complaint word, the complaint told in another sentence too.
		['汤洒了一袋子。为什么包装这么差？', 'C'],
		['送了三个小时。菜为什么这么少？', 'C'],
		// "Somehow" told, no question.
		['这次不知道怎么了，送得特别慢', 'C'],
		// A yes/no question in its own sentence asking leave or ability: asks again beside the complaint.
		['房间很吵。可以换房吗？', 'CNI'],
		['手机很卡。能退货吗？', 'CI'],
	] as IntentCase[])('%s → %s', check);
	it.each([
		// Still questions: about a failure, a name or a use asked; a request in the complaint's sentence; a rating asked in scorn.
		// A lone why about an opinion ("外卖怎么这么慢？", CI here until stop 14) complains only since stop 15: intents.test.ts.
		['外卖为什么还没送到？', 'CI'],
		['为什么扣了我两次钱？', 'CI'],
		['这道菜叫什么名字？', 'I'],
		['这个怎么用？', 'I'],
		['分量太少了，能再多点吗？', 'C'],
		['菜太咸了。能给0星吗？', 'C'],
	] as IntentCase[])('%s → %s', check);
});
