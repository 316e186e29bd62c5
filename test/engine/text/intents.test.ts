/**
 * Customer-service intents on self-written helpdesk messages (Chinese and English): a complaint is
 * something that went wrong for the customer, told as a fact or asked about ("why was I charged
 * twice?" is a complaint and an inquiry); a plain how-to question is an inquiry only; a request for
 * an action is a need. Expected letters: C complaint, I inquiry, N need. Upper case: must be flagged;
 * lower case: either; absent: must not be flagged.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getEngine } from '../../../nodes/engine/text';
import { BLOCK, intentTerms } from '../../../nodes/engine/text/markers';
import { ASKED_FAILURE_CASES, OPPORTUNITY_CASES, REQUEST_CASES, SERVICE_ZH_CASES, SERVICE_ZH_EXTRA, type IntentCase } from './intentCases';

const engine = getEngine();
const CHECKED = [
	['C', 'complaint'],
	['I', 'inquiry'],
	['N', 'need'],
] as const;

function check(text: string, expected: string) {
	const got = new Set(engine.analyze(text).intents.map((i) => i.intent));
	const wrong: string[] = [];
	for (const [letter, intent] of CHECKED) {
		if (expected.includes(letter) && !got.has(intent)) wrong.push(`missing ${intent}`);
		if (!expected.includes(letter) && !expected.includes(letter.toLowerCase()) && got.has(intent)) wrong.push(`unexpected ${intent}`);
	}
	expect(wrong).toEqual([]);
}

describe('Chinese helpdesk messages', () => {
	it.each([
		// Complaints: something went wrong, told as a fact or asked about.
		['我的订单怎么还没到', 'Ci'],
		['为什么扣了我两次钱', 'CI'],
		['退款到现在还没收到', 'C'],
		['快递三天了还没送到', 'C'],
		['等了一个小时外卖还没来', 'C'],
		['房间空调坏了，一直没人来修', 'C'],
		['我昨天申请的退款怎么还没到账？', 'Ci'],
		['付款一直显示失败', 'C'],
		['我的卡被取款机吞了', 'C'],
		['充值了但是余额没变', 'C'],
		['订单被取消了也没人通知我', 'C'],
		['发票开错了', 'C'],
		['收到的商品和描述不一样', 'C'],
		['酒店多收了我一晚的房费', 'C'],
		['客服电话一直打不通', 'C'],
		['我要投诉你们的服务员', 'C'],
		['同一笔钱被扣了两次', 'C'],
		['银行卡被冻结了，转不了账', 'C'],
		['已经催了三次了还是没有发货', 'C'],
		['热水器不出热水', 'C'],
		['隔壁太吵了，一晚上没睡好', 'C'],
		['网页一直打不开', 'C'],
		['密码明明是对的却登录不了', 'C'],
		['转账显示成功但对方没收到', 'C'],
		['为什么我的卡用不了？', 'CI'],
		['说好的优惠券没给我', 'C'],
		['我的钱去哪了？', 'CI'],
		['这个月话费怎么多扣了五十块', 'Ci'],
		['什么时候才能给我退款，都一个星期了', 'Cin'],
		['我的钱到底去哪了？', 'CI'],
		['打了好几次电话都没人接', 'C'],
		['转账一直在处理中，还没到账', 'C'],
		['银行卡被盗刷了', 'C'],
		['实名认证一直不通过', 'C'],
		['快递寄错地址了', 'C'],
		['为什么我的积分没有了', 'Ci'],
		['付款成功了，订单却显示未支付', 'C'],
		['我的账户被盗了', 'C'],
		['这个优惠券怎么用不了', 'Ci'],
		// Inquiries: how-to and facts, nothing went wrong.
		['怎么办理退房', 'I'],
		['请问几点早餐', 'I'],
		['请问酒店有停车场吗？', 'I'],
		['早餐几点开始？', 'I'],
		['退房时间是几点', 'I'],
		['可以用信用卡付款吗', 'I'],
		['怎么修改收货地址？', 'In'],
		['从机场到酒店怎么走', 'I'],
		['会员积分怎么用', 'I'],
		['你们支持开发票吗？', 'I'],
		['请问房间有没有浴缸', 'I'],
		['充值有手续费吗', 'I'],
		['转账一般多久到账？', 'I'],
		['新卡寄出后几天能收到？', 'I'],
		['忘记密码了怎么找回', 'In'],
		['订单发货了吗？', 'I'],
		['能开增值税专用发票吗？', 'In'],
		['请问退款一般几天到账', 'I'],
		['你们几点关门', 'I'],
		['你们的客服电话是多少', 'I'],
		['如何办理会员卡', 'Io'],
		['我想知道早餐是否包含在房价里', 'I'],
		['不知道怎么开发票', 'I'],
		// Needs: asks for an action.
		['能不能帮我换个房间', 'Ni'],
		['麻烦帮我把订单取消一下', 'N'],
		['请帮我延迟退房到下午两点', 'N'],
		['我想把地址改成公司的地址', 'N'],
		['请尽快给我退款', 'Nc'],
		['麻烦明天早上七点叫醒', 'N'],
		['希望能多给一条毛巾', 'N'],
		['帮我查一下订单到哪了', 'Ni'],
		['请给我开一张发票', 'N'],
		['可以帮我加一张床吗？', 'NI'],
		['需要两瓶矿泉水', 'N'],
		['请安排一辆车去机场', 'N'],
		// Mixed.
		['房间太吵了，能不能帮我换一间？', 'CNi'],
		['空调坏了，麻烦尽快派人来修', 'CN'],
		// A polite question about a refund or a return asks; one negative word does not make it a complaint.
		['请问怎么申请退货？', 'In'],
		['我想问一下退款多久到账', 'I'],
		// A why about an opinion is a complaint voiced as a question, polite or not (stop 15; before: cI and CI).
		['请问房间为什么这么脏', 'C'],
		['外卖怎么这么慢？', 'C'],
	])('%s → %s', check);
});

/**
 * Stop 15, product decision: a why / how-come whose predicate is an opinion complains and does not ask, in any text;
 * a why about a failure or a status asks a reason the business can give (complaint and inquiry); a clause that asks a
 * fact keeps its inquiry. Self-written; the engine before (main 3a7f2fa) flags an inquiry in every case of the first table.
 */
describe('why and how-come about an opinion (stop 15)', () => {
	it.each([
		['为什么粥是凉的啊', 'C'],
		['服务怎么这么差？', 'C'],
		['菜为什么这么少？', 'C'],
		['为什么苹果不甜？', 'C'],
		['房间怎么是脏的？', 'C'],
		['為什麼粥是涼的', 'C'],
		['Why is the food so cold?', 'C'],
		['How come the room is so dirty?', 'C'],
		['Why is the app so slow?', 'C'],
		['请问房间为什么这么脏？', 'C'],
		// Praise beside it: the why still carries the complaint.
		['房间很好，就是为什么隔音这么差？', 'C'],
		['The food was great but why was the room so dirty?', 'C'],
	])('%s → %s', check);
	it.each([
		// A failure or a status: a thing not done, missing, late, charged, or told as an event.
		['外卖为什么还没送到？', 'CI'],
		['为什么扣了我两次钱？', 'CI'],
		['为什么少了一个菜？', 'CI'],
		['发票为什么少了30元？', 'CI'],
		['为什么次日才到？', 'CI'],
		['为什么要另外收费？', 'CI'],
		['为什么漏了？', 'CI'],
		['为什么不给勺子？', 'cI'],
		['Why hasn\'t my refund arrived?', 'CI'],
		['Why was I charged twice?', 'CI'],
		['Why is my payment still pending?', 'CI'],
		// A fact asked beside the why keeps the inquiry; a plain fact question is one.
		['为什么这么慢，几点能到？', 'CI'],
		['Why is the room so noisy, and when will the work stop?', 'CI'],
		['几点关门？', 'I'],
		['怎么投诉？', 'cI'],
	])('%s → %s', check);
});

describe('one why list for failures and opinions (stop 16)', () => {
	// A word of either former list now serves both readings: 怎么就 was a why of failures only, 为何 / 咋会 of opinions only.
	it.each([
		['菜怎么就这么难吃？', 'C'],
		['请问菜怎么就这么难吃？', 'C'],
	])('%s → %s', check);
	it.each(['为何扣了我两次钱？', '咋会扣我钱？', '为何被扣费了？'])('a why about a failure keeps its negative fact: %s', (text) => {
		const r = engine.analyze(text);
		expect(r.sentiment.label).toBe('negative');
		expect(r.intents.map((i) => i.intent).sort()).toEqual(['complaint', 'inquiry']);
	});
});

describe('English questions, wants and mishaps, stop 16 (self-written)', () => {
	it.each([
		// A request frame opening the sentence asks whether, with its mark or without; who / which before an auxiliary asks.
		['Can I have a second card for my son', 'NI'],
		['Could we get a spare card', 'NI'],
		['Who else can add money to my account', 'I'],
		['We stayed in a room which was clean.', ''],
		['Who has room for dessert after this!', ''],
		// Information asked for without a question mark.
		["I'm looking for a way to pay my rent from the app.", 'I'],
		["I'm looking for an option to pay in euros", 'I'],
		// A mugging, like a lost or stolen card or phone, asks for the account to be secured.
		['I got mugged, they took my phone.', 'N'],
		['Someone stole it from my bag, it was my card.', 'N'],
		["I've lost track of my phone.", 'N'],
		// One's own account, card or PIN blocked or frozen asks to unblock it.
		['My account is locked, what now', 'N'],
		["My card's frozen, can I still pay?", 'NI'],
		['What do I do about a blocked PIN', 'NI'],
		// A want that is the premise of a question about what it takes asks, it requests nothing yet.
		['I want to send money to Japan, is that possible?', 'I'],
		['I need to exchange euros, what will the fee be?', 'I'],
		['I need to withdraw cash abroad, how long will it take', 'I'],
		['I want a new card. Must I pay?', 'I'],
		// An action named keeps the need beside such a question.
		['I need to cancel my transfer, is that possible?', 'NI'],
		['Please cancel my transfer.', 'N'],
		['I need a new card.', 'N'],
	])('%s → %s', check);
});

describe('questions of scorn in reviews, stop 17 (self-written)', () => {
	it.each([
		// A thing ordered or promised that is missing, asked after beside a complaint; a broken promise is one itself.
		['等了一个半小时，我的奶茶呢？', 'C'],
		['等了兩個小時，我的便當呢？', 'C'],
		['说好的小菜呢？', 'C'],
		['说好的送饮料呢，一瓶都没有', 'C'],
		// A 是不是 guess about what went wrong, beside a complaint.
		['面条全坨了，是不是做好放了很久了？', 'C'],
		['杯子很脏，是不是没刷过？', 'C'],
		['米饭是硬的，是不是煮了好几遍了？', 'C'],
		// "What is going on / what do you mean" beside a failure.
		['汤洒了一袋子，什么情况？', 'C'],
		['少送了一份米饭，几个意思？', 'C'],
		// English set phrases of scorn.
		['The pool was closed all week. Are you kidding me?', 'C'],
		['Seriously? The fries were cold.', 'C'],
		['They put ketchup on the steak. What were they thinking?', 'C'],
		['The waiter ate fries off my plate. Who does that?', 'C'],
		['How hard is it to bring a clean fork?', 'C'],
		['What kind of hotel has no towels?', 'C'],
		// Genuine questions keep their inquiry: alone, asking leave or a rule, naming the asking, or another sentence asking.
		['我的订单呢？', 'I'],
		['我的订单呢？能帮我查一下吗', 'nI'],
		['我的订单什么情况？', 'cI'],
		['是不是可以开发票？', 'I'],
		['菜有点咸，是不是可以开发票？', 'I'],
		['是不是扣了我两次钱？', 'cI'],
		['菜有点咸。顺便问一下，我的发票呢？', 'I'],
		// 是不是没有 + a thing asks what comes with it; a why about a thing not given keeps both (stop 15).
		['屏幕有点暗，另外这款是不是没有遥控的？', 'I'],
		['为什么没有我的赠品呢？', 'CI'],
		['Is parking included?', 'I'],
		['The room was lovely. Is parking included?', 'I'],
		['The room was noisy. What were the opening hours of the pool?', 'cI'],
		['Who does the cleaning here?', 'I'],
		['What kind of cards do you offer?', 'I'],
		// Not questions: an opinion ("no fun") and an adverb of praise.
		['这个套餐没什么意思', 'C'],
		['Seriously, the best dumplings in town.', ''],
	])('%s → %s', check);
});

describe('English helpdesk messages', () => {
	it.each([
		// Complaints.
		['I was charged twice for the same order.', 'C'],
		['My card still hasn\'t arrived.', 'C'],
		['The transfer is still pending.', 'C'],
		['Why was I charged a fee?', 'CI'],
		['It says declined every time I try to pay.', 'C'],
		['Still waiting for my refund.', 'C'],
		['My parcel was never delivered.', 'C'],
		['What happened to my money?', 'CI'],
		['I sent money to my sister three days ago and she never got it.', 'C'],
		['The ATM gave me less cash than I asked for.', 'C'],
		['There is a payment on my statement that I didn\'t make.', 'C'],
		['My top-up failed again.', 'C'],
		['The app keeps crashing when I log in.', 'C'],
		['I have been on hold for an hour.', 'C'],
		['Nobody has called me back.', 'C'],
		['The exchange rate applied to my purchase was wrong.', 'C'],
		['Why is my payment still pending?', 'CI'],
		['I ordered a pizza two hours ago and it is still not here.', 'C'],
		['The room was not cleaned today.', 'C'],
		['You took money from my account without asking.', 'C'],
		['The refund has not shown up in my account yet.', 'C'],
		['My balance did not update after the deposit.', 'C'],
		['I can\'t log in to my account.', 'C'],
		['Your website charged me the wrong amount.', 'C'],
		['The heating in my room does not work.', 'C'],
		['Why hasn\'t my order shipped yet?', 'CI'],
		['The delivery was late again.', 'C'],
		['I got the wrong item.', 'C'],
		['The machine kept my card.', 'C'],
		['Why did my transfer fail?', 'CI'],
		['There is a payment here that I did not make.', 'C'],
		['My card suddenly quit working.', 'C'],
		['There is a duplicate charge on my statement.', 'C'],
		['The app didnt accept my top up', 'C'],
		['My deposit has not been added to my balance.', 'C'],
		['I am having trouble logging in.', 'C'],
		['My order is taking forever.', 'C'],
		['The TV in my room won\'t turn on.', 'C'],
		['Your agent hung up on me.', 'C'],
		['I want to dispute this charge.', 'CN'],
		['The hotel has not returned my deposit.', 'C'],
		['The app does not recognise me.', 'C'],
		['I was unable to make a booking on your site.', 'C'],
		['There is an unknown debit on my account.', 'C'],
		['My payment was not approved.', 'C'],
		// Inquiries.
		['How do I top up my account?', 'I'],
		['How can I change my PIN?', 'In'],
		['What time is breakfast?', 'I'],
		['Is there parking at the hotel?', 'I'],
		['Can I pay with Apple Pay?', 'I'],
		['Which currencies do you support?', 'I'],
		['How long does a transfer usually take?', 'I'],
		['Do you charge a fee for international transfers?', 'I'],
		['What is the exchange rate today?', 'I'],
		['Where can I find my account number?', 'I'],
		['When will my new card be sent?', 'I'],
		['How old do I need to be to open an account?', 'In'],
		['Does the room have a bathtub?', 'I'],
		['What are your opening hours?', 'I'],
		['Is the pool heated?', 'I'],
		['How do I verify my identity?', 'I'],
		['What happens when my card expires?', 'I'],
		['Are there any fees for topping up by card?', 'I'],
		['Can I get a virtual card?', 'In'],
		['How do I link my card to the app?', 'I'],
		['i need to know the fee for sending money abroad', 'I'],
		['not sure how to add my card to the app', 'I'],
		['what are your opening hours', 'I'],
		['do i need a passport to check in', 'In'],
		// Needs.
		['Please cancel my last transfer.', 'N'],
		['I want to close my account.', 'N'],
		['Could you send me a new card?', 'Ni'],
		['I\'d like to change my address.', 'N'],
		['Please freeze my card.', 'N'],
		['I need a late checkout tomorrow.', 'N'],
		['Can you book a taxi for 7am?', 'Ni'],
		['I would like a refund for this item.', 'Nc'],
		['Please activate my card.', 'N'],
		['Can I get an extra pillow in room 302?', 'Ni'],
		['I need to reset my password.', 'N'],
		// Mixed.
		['My card was declined, please send me a new one.', 'CN'],
		['The wifi doesn\'t work, can someone fix it?', 'CNi'],
		// A how-to about getting one's own money back asks for it too (2026-11-29, stop 12): need may be flagged.
		['Could you tell me how to get a refund?', 'In'],
	])('%s → %s', check);
});

describe('set phrases of reviews that hold a failure pattern but report none', () => {
	it.each([
		['Don\'t get me wrong, the pasta was great.', ''],
		['The chef never fails to impress.', ''],
		['I couldn\'t get enough of the dumplings.', ''],
		['I want to say the staff were lovely.', ''],
		['It was late when we arrived, but the desk was friendly.', ''],
		['Every dish came out without delay.', ''],
		['The best bartender I have yet to come across.', ''],
		['I always order it and never get tired of it.', ''],
		['我想说这家店真的很好吃', ''],
		['无法形容的美味', ''],
		['We had the soup, which was great.', ''],
		['The staff knows what they are doing.', ''],
		['The kitchen doesn\'t open until noon.', ''],
		['Don\'t change a thing!', ''],
		['They don\'t make pizza like this anywhere else.', ''],
		['You can\'t do better for the price.', ''],
		['还没来得及尝就被抢光了', ''],
		['刚收到还没来的及用呢', ''],
		['一眼就被封面吸引了', ''],
		['字里行间无不显示出作者的功底', ''],
	])('%s → %s', check);
});

/**
 * Gaps named by the fourth round (2026-11-29): the customer's own lost card, phone or wallet and a blocked PIN
 * ask for an action (block, replace, unblock) — a need; "I lost my card" is no complaint. A loss caused by
 * someone else ("they lost my luggage") stays a complaint; a theft keeps the complaint its wording gives.
 */
describe('lost cards and blocked PINs are needs (self-written)', () => {
	it.each([
		['I lost my card, please block it.', 'Ni'],
		["I've lost my card.", 'N'],
		['I think I lost my phone.', 'N'],
		['My card was stolen.', 'Nc'],
		['My PIN is blocked.', 'Nc'],
		['Can you freeze my card?', 'Ni'],
		['我的银行卡丢了，麻烦帮我挂失', 'N'],
		['密码被锁了，请帮我解锁密码', 'N'],
		// Guards: a loss caused by the hotel or the airline is a complaint.
		['They lost my luggage.', 'C'],
		['The airline lost my suitcase and the hotel did nothing.', 'C'],
		['行李被酒店弄丢了', 'C'],
	])('%s → %s', check);
});

/**
 * Self-written sets of 2026-11-29, stop 12 (test/engine/text/intentCases.ts): requests, sales opportunities
 * and Chinese customer-service messages. The letters a set checks: C I N, or O alone. Known gaps — where the
 * sentiment (which the intents do not change) reads a request or a sale as negative — are `it.failing`: they
 * hold the right expectation and will tell when they start to pass.
 */
const GAPS = new Set([
	'I have forgotten my PIN.', // "forgotten" is a negative word of the lexicon: complaint
	'We want to get a refund for the tickets.', // "refund" is negative: complaint
	'密码忘了，怎么找回', // 忘了 is negative: complaint
	'网银登录密码忘了，怎么重置',
	'退房可以延迟到下午两点吗', // 延迟 is negative: complaint
	'我想预约周六的SPA双人套餐', // 预约 is a request; a SPA package is not a sales word
]);
const LETTERS = { C: 'complaint', I: 'inquiry', N: 'need', O: 'opportunity' } as const;
function checkOnly(letters: string, text: string, expected: string) {
	const got = new Set(engine.analyze(text).intents.map((i) => i.intent));
	const wrong: string[] = [];
	for (const letter of letters) {
		const intent = LETTERS[letter as keyof typeof LETTERS];
		if (expected.includes(letter) && !got.has(intent)) wrong.push(`missing ${intent}`);
		if (!expected.includes(letter) && !expected.includes(letter.toLowerCase()) && got.has(intent)) wrong.push(`unexpected ${intent}`);
	}
	expect(wrong).toEqual([]);
}
function eachCase(cases: IntentCase[], letters: string) {
	const ok = cases.filter(([t]) => !GAPS.has(t));
	const gaps = cases.filter(([t]) => GAPS.has(t));
	it.each(ok)('%s → %s', (text, expected) => checkOnly(letters, text, expected));
	if (gaps.length) it.failing.each(gaps)('known gap: %s → %s', (text, expected) => checkOnly(letters, text, expected));
}

describe('requests: imperatives, wants and how-tos about the customer\'s own account, card or order', () => {
	eachCase(REQUEST_CASES, 'CIN');
});

describe('sales opportunities and hard negatives (hotel and retail)', () => {
	eachCase(OPPORTUNITY_CASES, 'O');
	it('holds at least 60 Chinese and 60 English cases', () => {
		const zh = OPPORTUNITY_CASES.filter(([t]) => /[\u4e00-\u9fff]/.test(t)).length;
		expect(zh).toBeGreaterThanOrEqual(60);
		expect(OPPORTUNITY_CASES.length - zh).toBeGreaterThanOrEqual(60);
	});
});

describe('Chinese customer-service messages: 银行, 电信, 电商, 酒店', () => {
	eachCase(SERVICE_ZH_CASES, 'CIN');
	eachCase(SERVICE_ZH_EXTRA, 'CIN');
});

/**
 * Intents follow the sentiment's fact reading (2026-11-29, stop 12): a failure asked whether or how, or feared, is no
 * complaint; asked why, told, or suspected of the customer's own account, it is one. Before the change 38 of these 63 passed.
 */
describe('failures asked about, feared, asked why or told', () => {
	eachCase(ASKED_FAILURE_CASES, 'CIN');
	it('holds at least 20 Chinese and 20 English cases', () => {
		const zh = ASKED_FAILURE_CASES.filter(([t]) => /[\u4e00-\u9fff]/.test(t)).length;
		expect(zh).toBeGreaterThanOrEqual(20);
		expect(ASKED_FAILURE_CASES.length - zh).toBeGreaterThanOrEqual(20);
	});
	it('gives the asked failure to the inquiry, with its clause as evidence', () => {
		const r = engine.analyze('Will I be charged twice?');
		expect(r.intents).toEqual([{ intent: 'inquiry', confidence: 1, evidence: 'Will I be charged twice' }]);
		expect(r.primaryIntent).toBe('inquiry');
		// The sentiment's complaint skips a clause whose failure was feared, though "declined" reads as negative there.
		const hedged = engine.analyze('In case the card gets declined, what do I do?');
		expect(hedged.sentiment.label).toBe('negative');
		expect(hedged.intents.map((i) => i.intent)).toEqual(['inquiry']);
	});
});

describe('blockers (markers.ts BLOCK) are no evidence', () => {
	it('gives the praise its own clause, not an earlier 什么', () => {
		const praise = engine.analyze('请问有什么可以帮您？感谢您的理解与支持！').intents.find((i) => i.intent === 'praise');
		expect(praise?.evidence).toBe('感谢您的理解与支持');
	});
	it('mark no intent of their own, and hide the shorter markers inside them', () => {
		// 手续费 holds 续费 (renewal), "don't get me wrong" a "wrong", 不知道为什么 a why.
		expect(engine.analyze('手续费').intents).toEqual([]);
		expect(engine.analyze("Don't get me wrong.").intents).toEqual([]);
		expect(engine.analyze('不知道为什么').intents).toEqual([]);
		const blocks = intentTerms().filter((t) => t.intent === BLOCK);
		expect(blocks.length).toBeGreaterThan(100);
		expect(blocks.every((t) => t.weight === 0)).toBe(true);
	});
});

describe('Chinese yes/no forms: one list for failures asked about and 呢 questions', () => {
	// 能否 / 会否 / 要不要 ask in a 呢 clause as 能不能 does; the written forms were missing from one of two lists.
	it.each(['发票能否补开呢', '房费能不能便宜点呢', '会否另外收费呢'])('%s asks', (text) => {
		expect(engine.analyze(text).intents.map((i) => i.intent)).toContain('inquiry');
	});
});

// The category list the BANKING77 figures in docs/nodes/cx-analyze.md are measured with.
const CATEGORIES = join(__dirname, '..', '..', '..', '..', 'shared', 'data', 'intent', 'banking77_categories.json');
(existsSync(CATEGORIES) ? describe : describe.skip)('scripts/banking77-intents.json', () => {
	it('puts each of the 77 categories in exactly one group, with a reason', () => {
		const all = JSON.parse(readFileSync(CATEGORIES, 'utf8')) as string[];
		const groups = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'scripts', 'banking77-intents.json'), 'utf8')) as Record<string, Record<string, string>>;
		const listed = ['complaint', 'need', 'inquiry'].flatMap((g) => Object.entries(groups[g]));
		expect(listed.map(([c]) => c).sort()).toEqual([...all].sort());
		for (const [, reason] of listed) expect(reason.length).toBeGreaterThan(5);
	});
});

(existsSync(CATEGORIES) ? describe : describe.skip)('scripts/banking77-intents-v2.json (stop 17)', () => {
	it('puts each of the 77 categories in one or two groups, each with a reason, and keeps its hand reading beside it', () => {
		const all = JSON.parse(readFileSync(CATEGORIES, 'utf8')) as string[];
		const scripts = join(__dirname, '..', '..', '..', 'scripts');
		const groups = JSON.parse(readFileSync(join(scripts, 'banking77-intents-v2.json'), 'utf8')) as Record<string, Record<string, string>>;
		const listed = ['complaint', 'need', 'inquiry'].flatMap((g) => Object.entries(groups[g]));
		expect([...new Set(listed.map(([c]) => c))].sort()).toEqual([...all].sort());
		for (const [, reason] of listed) expect(reason.length).toBeGreaterThan(5);
		const read = readFileSync(join(scripts, 'banking77-v2-reading.txt'), 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
		expect(read.map((l) => l.split(' ')[0]).sort()).toEqual([...all].sort());
	});
});

describe('Chinese sales phrasing, stop 13: counts, more rooms or nights, extra beds, group buys (self-written)', () => {
	eachCase(
		[
			['想给公司同事办三张会员卡', 'O'],
			['我们想办几张储值卡送客户', 'O'],
			['这套餐具要是买两套有优惠吗', 'O'],
			['苹果很甜，打算再买几箱', 'Op'],
			['想采购一批办公椅', 'O'],
			['下周开会想多订几间房', 'O'],
			['能再订两晚吗', 'O'],
			['房间可以加床吗，带了个孩子', 'O'],
			['我们想加一张床', 'O'],
			['公司五十人想团购电影票', 'O'],
			['想续住两晚，还有房吗', 'O'],
			['想升级一下会员等级', 'O'],
			// Hard negatives: a count told of a past purchase, an extra bed that was bad.
			['买了两套，都坏了', ''],
			['一起买两箱，有一箱是烂的', ''],
			['加床很硬，睡得不舒服', ''],
			['不会再买了', ''],
		],
		'O',
	);
});

/**
 * Stop 18 (self-written, in the spirit of BANKING77 dev errors read against the row reading of stop 17, and of the Chinese
 * leftovers of stops 16–17). English: a why opening the sentence asks without its "?"; the "?" of a polite request ("can you
 * close my account?") asks for the action, not for information; help to find or locate a thing and "explain how …" ask; a card
 * to be issued is a need also in a how-to. Chinese: 请指教 / 麻烦告知 ask; a rhetorical 不是挺好的吗 / 不香吗 asks nothing.
 */
describe('BANKING77 inquiries and Chinese asks, stop 18 (self-written)', () => {
	it.each([
		// A why opening the sentence, without its "?": the failure told and asked about (as with the mark).
		["why hasn't my refund arrived yet", 'CI'],
		['Why was my transfer rejected', 'CI'],
		['why isnt the app letting me log in', 'cI'],
		// Guard: a why about an opinion complains and asks nothing.
		['Why is the soup so salty', 'C'],
		['what happens to my money if the shop cancels the order', 'I'],
		// A polite request in question form asks for the action.
		['Can you close my savings account?', 'N'],
		['Could you please unfreeze my card?', 'N'],
		['The app keeps crashing, can you help me?', 'C'],
		// Guards: telling, what the business offers, a wh-word after the request.
		['Can you tell me how to close my account?', 'In'],
		['Could you check why my transfer bounced?', 'cIn'],
		['Can you accept payments from abroad?', 'In'],
		['Will you be open on the holiday?', 'I'],
		// Help to find or locate, an explanation asked for.
		['Help me find the nearest branch.', 'I'],
		['please help me locate my statement', 'I'],
		['Explain how the exchange fee works.', 'I'],
		// A card to be issued, in a how-to or a can-I question.
		['How do I get a spare card for my son?', 'NI'],
		['Where can I order a virtual card?', 'NI'],
		['Is it possible to order an extra card?', 'NI'],
		['I would like to order a new card. How do I do that?', 'NI'],
		// Guards: its cost or time asked, a card not had, a hotel key card.
		['What does it cost to order a new card?', 'I'],
		['When can I order a replacement card?', 'I'],
		['Why did I not get a new card?', 'cI'],
		['We had to get a new key card twice.', 'c'],
		// Chinese asks said politely (Simplified and Traditional); 请多指教 is a greeting.
		['有懂行的朋友请指教一下', 'I'],
		['請指教一下，這個怎麼設定', 'I'],
		['麻烦告知一下退货地址', 'I'],
		['麻煩告知一下退貨地址', 'I'],
		['初次见面，请多指教', ''],
		// Rhetorical 不是…吗 / 不香吗 beside praise asks nothing.
		['這不是挺好的嗎', 'c'],
		['这个价钱不香吗', 'c'],
		['這個價錢不香嗎', 'c'],
		// Guards: 呢 after a bare noun or the customer's own thing still asks.
		['我的订单呢', 'I'],
		['我的訂單呢', 'I'],
		['发票呢？', 'I'],
	])('%s → %s', check);
});
