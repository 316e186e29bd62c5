import { analyzeText, getEngine, type OfflineAnalysis } from '../../../nodes/engine/text';
import { findTurns } from '../../../nodes/engine/text/dialogue';

const engine = getEngine();

/** Expected customer sentiment: a label, or "not" a label (mixed dialogues: a complaint and then thanks). */
type Expect = 'positive' | 'neutral' | 'negative' | 'not positive' | 'not negative';
const fits = (label: string, e: Expect) => (e.startsWith('not ') ? label !== e.slice(4) : label === e);

/** The Chinese and English cases of a table, each tagged with its language. */
const bothLanguages = (zh: Array<[string, Expect]>, en: Array<[string, Expect]>) => [...zh.map((c) => ['zh', ...c] as const), ...en.map((c) => ['en', ...c] as const)];

/** Each case is a dialogue with both sides, and the customer's sentiment is the one expected. */
function itReadsTheCustomer(all: ReturnType<typeof bothLanguages>): void {
	it.each(all.map(([lang, text, e], i) => [`${lang} ${i}`, text, e] as const))('%s', (_name, text, expected) => {
		const a = engine.analyze(text);
		expect(a.dialogue).toBeDefined();
		expect(a.dialogue!.customerTurns).toBeGreaterThan(0);
		expect(a.dialogue!.agentTurns).toBeGreaterThan(0);
		expect(fits(a.sentiment.label, expected)).toBe(true);
	});
}

/** Self-written chats, call transcripts and ticket threads (Chinese): [text, the customer's sentiment]. */
const ZH: Array<[string, Expect]> = [
	['客服：您好，很高兴为您服务，请问有什么可以帮您？\n客户：你们酒店的空调坏了一晚上，热得根本睡不着\n客服：非常抱歉给您带来不便，我们马上安排工程部维修，感谢您的理解与支持！\n客户：快点吧', 'negative'],
	['房间很干净，早餐也很丰富，前台小姐姐很热情。\n酒店回复：尊敬的宾客，感谢您的入住与好评，期待您再次光临！', 'positive'],
	['房间有异味，隔音也很差，晚上根本睡不好，不会再来了。\n商家回复：亲爱的客人，非常感谢您的反馈，给您带来不好的体验深表歉意，我们非常重视，期待您再次光临，祝您生活愉快！', 'negative'],
	['在线客服：亲，在的哦，有什么可以帮您~\n买家：衣服收到了，质量很好，很满意\n在线客服：感谢亲的支持～', 'positive'],
	['[2026-11-01 10:01:02] 坐席：您好，这里是酒店预订中心，很高兴为您服务\n[2026-11-01 10:01:10] 来电人：我昨天订的房间被取消了，也没人通知我，太不负责任了\n[2026-11-01 10:01:30] 坐席：非常抱歉，我马上帮您查询，请您放心\n[2026-11-01 10:02:10] 来电人：到现在还没解决，我要投诉', 'negative'],
	['客服小美 2026-11-01 10:01:02\n您好，很高兴为您服务\n顾客 2026-11-01 10:01:40\n外卖送来都凉了，汤还洒了一半\n客服小美 2026-11-01 10:02:05\n非常抱歉，马上为您申请退款，祝您用餐愉快', 'negative'],
	['机器人：您好，我是智能小助手，很高兴为您服务！\n用户：人工客服\n机器人：正在为您转接人工客服，请稍候\n人工客服：您好，请问有什么问题？\n用户：退款申请提交一周了还没到账，一直没人处理', 'negative'],
	['—— 客户 ——\n订单号：12345\n收到的商品和描述不符，颜色完全不一样，要求退货\n—— 客服 ——\n您好，非常抱歉，已为您办理退货，感谢您的耐心等待，祝您生活愉快！', 'negative'],
	['前台：您好，欢迎光临\n客人：我预订的是大床房，给的却是双床房\n前台：不好意思，马上给您调换\n客人：好的，谢谢，服务很周到', 'not negative'],
	['客服：感谢您的来电，祝您生活愉快！\n客户：你们的早餐太难吃了，而且品种很少', 'negative'],
	['卖家：亲，宝贝已经发货了哦，感谢支持\n买家：物流太慢了，一个星期还没到', 'negative'],
	['工作人员：您好，请问有什么需要？\n住客：房间隔音太差，隔壁吵了一晚上\n工作人员：抱歉，马上给您换一间安静的房间\n住客：换了房间之后安静多了，谢谢', 'not positive'],
	['客户：你们服务真好，上次丢的东西帮我找回来了\n客服：不客气，这是我们应该做的', 'positive'],
	['客服：您好，请问您对这次入住满意吗？\n客户：一般吧，停车很不方便，早餐也很普通\n客服：好的，非常感谢您的宝贵意见，祝您生活愉快！', 'negative'],
	['我：你好，请问明天可以提前入住吗？\n客服：可以的，非常乐意为您安排，祝您旅途愉快！\n我：好的', 'neutral'],
	['客服-小李：您好，请问有什么可以帮您？\nVIP客户：这次入住体验非常好，管家服务很贴心\n客服-小李：感谢您的认可', 'positive'],
	['客服：您好，这边是售后服务\n客户：耳机用了两天就坏了，质量太差了\n客服：实在抱歉，请您提供一下订单号\n客户：已经发给你了，到底什么时候能换？\n客服：已为您登记换货，感谢您的耐心\n客户：算了，太失望了，以后不会再买了', 'negative'],
	['店家：亲，菜品还满意吗？\n顾客：味道不错，分量也足，就是送得有点慢\n店家：抱歉抱歉，下次一定注意', 'positive'],
	['坐席：您好，请问是张先生吗？\n客户：是的\n坐席：您上次反映的热水问题已经修好了，请问现在正常吗？\n客户：正常了，很满意，谢谢你们', 'positive'],
	['客服：您好，有什么可以帮您？\n用户：账号登录不了，提示密码错误，重置了也没用\n客服：非常抱歉给您带来困扰，我们的技术人员正在加紧处理，感谢您的耐心与理解', 'not positive'],
];
/** The same in English. */
const EN: Array<[string, Expect]> = [
	["Agent: Thank you for contacting us, I'm happy to help!\nCustomer: My room was dirty and the AC was broken all night.\nAgent: I'm so sorry for the inconvenience, we really appreciate your patience.\nCustomer: Whatever.", 'negative'],
	['[00:00:05] Operator: Good morning, thank you for calling, how may I help you today?\n[00:00:12] Caller: I was charged twice for my booking and nobody has answered my emails.\n[00:00:40] Operator: I completely understand, I am very sorry about that. Let me check that for you.\n[00:01:30] Caller: This is the third time I call. Ridiculous.', 'negative'],
	['—— Customer ——\nMy refund still has not arrived after two weeks.\n—— Agent ——\nWe sincerely apologise. It was sent today. Thank you so much for your patience and have a wonderful day!', 'negative'],
	["The room smelled of smoke, the bathroom was filthy and the staff were rude. Never again.\nResponse from the owner: Dear guest, thank you so much for your feedback. We are delighted that you chose to stay with us and hope to welcome you back soon!", 'negative'],
	['Great location, spotless room and a lovely breakfast.\nManagement response: Thank you for your wonderful review, we are thrilled you enjoyed your stay!', 'positive'],
	['Host: Hi! Welcome, let me know if you need anything :)\nGuest: The apartment was lovely and very clean, thanks!\nHost: So glad you enjoyed it!', 'positive'],
	['Support (Anna): Hi, how can I help you today?\nJohn: my card was charged twice and the app keeps crashing\nSupport (Anna): Sorry about that, I have refunded the second charge.\nJohn: still crashing though', 'negative'],
	['Chatbot: Hello! I am your virtual assistant. How can I help?\nUser: talk to a human\nChatbot: Sure, connecting you to an agent. Thank you for your patience!\nAgent: Hi there, happy to help!\nUser: the wifi in my room does not work and nobody fixed it', 'negative'],
	['Rep: Thanks for calling, how can I help?\nClient: the delivery was late and the package was damaged\nRep: I apologize, we will send a replacement right away. Have a great day!', 'negative'],
	['10:01 AM Agent: Hello, thanks for reaching out!\n10:02 AM Customer: The shower had no hot water this morning.\n10:03 AM Agent: Very sorry, our engineer is on the way. Thank you for your understanding!\n10:20 AM Customer: Fixed now, great job, thank you', 'positive'],
	['**Agent:** Thank you for your patience, we appreciate it!\n**Customer:** The check-in took an hour and the room was not ready.\n**Agent:** We sincerely apologize.', 'negative'],
	['Customer wrote:\nThe noise from the bar kept us awake until 3 am. Very disappointed.\nAgent wrote:\nThank you for letting us know, we really appreciate your feedback and hope to see you again soon!', 'negative'],
	["Agent: Sorry for the wait!\nCustomer: No worries, the staff were wonderful and the room was spotless.", 'positive'],
	['Agent: Good evening, how can I help?\nCaller: Hi, I just wanted to say the staff were amazing during our stay\nAgent: That is so kind, thank you!\nCaller: Keep up the great work', 'positive'],
	["Agent: Thank you for calling, happy to help! Is there anything else I can do for you?\nCustomer: yes, the breakfast was cold and the coffee machine was broken\nAgent: I'm sorry to hear that, we will pass it on. Have a wonderful day!", 'negative'],
	['Agent: Hi, thanks for reaching out to us, we are happy to help!\nGuest: I lost my wallet in the taxi you booked and nobody will call me back\nAgent: We are sorry, we are looking into it.', 'not positive'],
	['Bot: Hi! How can I help?\nMe: the heating is broken and my room is freezing\nBot: Sorry to hear that! I have created a ticket.\nMe: thanks', 'negative'],
	['Representative: Thank you for holding, I appreciate your patience.\nVisitor: The museum tour was excellent and the guide was very knowledgeable\nRepresentative: Wonderful to hear!', 'positive'],
	['Agent: Hello, welcome to customer support! Have a great day.\nCustomer: I have been waiting for my refund for a month, this is unacceptable\nAgent: We sincerely apologise for the delay and thank you for your patience.\nCustomer: I will dispute the charge with my bank', 'negative'],
	['Support: Hi, thanks for contacting us! We love hearing from you.\nCustomer: the app is ok I guess\nSupport: Great, glad to hear that! Have a fantastic day!', 'neutral'],
];

describe('dialogue: the customer reading of self-written dialogues', () => {
	const all = bothLanguages(ZH, EN);
	itReadsTheCustomer(all);

	it('the whole-text reading gets many of them wrong (the agent\'s courtesy counted as the customer\'s)', () => {
		let wholeWrong = 0;
		let customerRight = 0;
		for (const [, text, expected] of all) {
			if (!fits(engine.analyze(text, { dialogue: 'off' }).sentiment.label, expected)) wholeWrong++;
			if (fits(engine.analyze(text).sentiment.label, expected)) customerRight++;
		}
		expect(customerRight).toBe(all.length);
		expect(wholeWrong).toBeGreaterThanOrEqual(15);
	});

	it('praise intents and refund risk come from the customer, not from the agent', () => {
		const t = '客服：感谢您的来电，祝您生活愉快！我们会为您办理退款\n客户：你们的早餐太难吃了，而且品种很少';
		const whole = engine.analyze(t, { dialogue: 'off' });
		const a = engine.analyze(t);
		expect(whole.intents.map((i) => i.intent)).toContain('praise');
		expect(a.intents.map((i) => i.intent)).not.toContain('praise');
		expect(a.primaryIntent).toBe('complaint');
		expect(whole.urgency.reasons.some((r) => r.reason === 'refund')).toBe(true);
		expect(a.urgency.reasons.some((r) => r.reason === 'refund')).toBe(false);
	});

	it('a complaint the engine cannot score still is not praise once the agent is left out', () => {
		const t = 'Agent: Hi, thanks for reaching out to us, we are happy to help!\nGuest: I lost my wallet in the taxi you booked and nobody will call me back';
		expect(engine.analyze(t, { dialogue: 'off' }).sentiment.label).toBe('positive');
		const a = engine.analyze(t);
		expect(a.sentiment.label).not.toBe('positive');
		expect(a.primaryIntent).toBe('complaint');
	});
});

describe('dialogue: offsets and evidence point into the original text', () => {
	const t =
		'[10:01:02] 客服：您好，很高兴为您服务，房间和早餐都满意吗？\n[10:01:20] 客户：房间太脏了，床单上有头发，早餐也很难吃\n[10:02:00] 客服：非常抱歉，马上为您更换房间\n[10:02:30] 客户：好的，谢谢';
	const a = engine.analyze(t);
	const customerStart = t.indexOf('房间太脏');
	const customerEnd = t.indexOf('\n[10:02:00]');
	it('topic spans fall in the customer turn and name the words there', () => {
		expect(a.topics.length).toBeGreaterThanOrEqual(2);
		for (const topic of a.topics) {
			expect(topic.span[0]).toBeGreaterThanOrEqual(customerStart);
			expect(topic.span[1]).toBeLessThanOrEqual(customerEnd);
			expect(t.indexOf(topic.evidence)).toBeGreaterThanOrEqual(customerStart);
		}
		const room = a.topics.find((x) => x.id.startsWith('rooms.space.room'))!;
		expect(t.slice(room.span[0], room.span[1])).toContain('房间');
		expect(room.sentiment).toBe('negative');
	});
	it('intent evidence, risk evidence and key phrases are the customer\'s words', () => {
		for (const i of a.intents) expect(t.slice(customerStart, customerEnd)).toContain(i.evidence);
		for (const p of a.keyPhrases) expect(t).toContain(p);
		expect(a.keyPhrases.join(' ')).not.toMatch(/满意|抱歉|高兴/);
	});
	it('explained clauses list only customer clauses', () => {
		const e = engine.analyze(t, { explain: true });
		expect(e.clauses!.length).toBeGreaterThan(0);
		for (const c of e.clauses!) {
			expect(c.text).not.toBe('');
			expect(t.slice(customerStart, customerEnd)).toContain(c.text);
		}
	});
	it('PII redaction still covers the whole text, agent turns included', () => {
		const r = analyzeText(engine, '客服：您好，我的工号电话是13812345678\n客户：房间很脏，请回电13900001111', { pii: {} });
		expect(r.dialogue).toBeDefined();
		expect(r.redactedText).toBe('客服：您好，我的工号电话是[PHONE]\n客户：房间很脏，请回电[PHONE]');
		expect(r.pii).toEqual([{ kind: 'cnMobile', count: 2 }]);
	});
});

describe('dialogue: summary', () => {
	it('counts turns and speakers, and reads the agent on its own', () => {
		const a = engine.analyze('客服：您好，很高兴为您服务\n客户：空调坏了\n客服：非常抱歉，马上派人维修，感谢您的耐心\n客户：快点');
		expect(a.dialogue).toMatchObject({
			turns: 4,
			customerTurns: 2,
			agentTurns: 2,
			speakers: [
				{ label: '客服', side: 'agent', turns: 2 },
				{ label: '客户', side: 'customer', turns: 2 },
			],
		});
		expect(a.dialogue!.agentSentiment.label).toBe('positive');
		expect(a.sentiment.label).toBe('negative');
	});
	it('a rude agent gets a negative agent sentiment', () => {
		const a = engine.analyze("Customer: my order never arrived\nAgent: That's not my problem, stop complaining. Terrible attitude from you.\nCustomer: unbelievable");
		expect(a.dialogue!.agentSentiment.label).toBe('negative');
	});
	it.each([
		['客户：房间太脏了，非常失望\n客服：抱歉，马上为您换房\n客户：新房间很干净，服务很好', 'negative', 'positive', 'improved'],
		['客户：你们的房间很漂亮，住得很舒服\n客服：谢谢您的认可\n客户：但是退房的时候多收了我两百块钱，太过分了', 'positive', 'negative', 'worsened'],
		['Customer: the room was dirty\nAgent: So sorry, we will send someone.\nCustomer: still dirty, nobody came, awful', 'negative', 'negative', 'unchanged'],
		['Agent: Hello!\nCustomer: hi\nAgent: How can I help?\nCustomer: the shower was cold\nAgent: Sorry, fixed now.\nCustomer: great, hot water now, thank you', 'negative', 'positive', 'improved'],
		['Agent: Hi, how can I help?\nCaller: the heating is broken and my room is freezing\nAgent: I have created a ticket.\nCaller: ok thanks, bye', 'negative', 'negative', 'unchanged'],
	])('trend %#', (text, start, end, trend) => {
		const d = engine.analyze(text).dialogue!;
		expect(d.customerStart.label).toBe(start);
		expect(d.customerEnd.label).toBe(end);
		expect(d.trend).toBe(trend);
	});
	// The agent side and single turns are read for their sentiment alone (stop 13, speed): that reading must be the
	// sentiment of the same text analysed whole, topics, intents and risk words and all.
	it.each([
		['客户：房间里有蟑螂，前台态度很差，我要退款\n客服：非常抱歉，前台已经为您换房，退款三天内到账\n客户：新房间很干净，早餐也不错，谢谢'],
		['客服：您好\n客户：空调不制冷，wifi也连不上，太失望了\n客服：抱歉给您带来不便，工程师马上到，隔音问题我们也会处理\n客户：好的'],
		["Customer: There were bed bugs in the bed and the front desk was rude. I want a refund.\nAgent: I'm so sorry. The manager has moved you to a clean suite and the refund is on its way.\nCustomer: The new room is lovely, thank you."],
	])('agent and turn sentiment equal the whole-text sentiment %#', (text) => {
		const a = engine.analyze(text);
		const found = findTurns(text, {})!;
		const words = (side: string) => found.filter((t) => t.side === side).map((t) => text.slice(t.contentStart, t.end).trim());
		expect(a.dialogue!.agentSentiment).toEqual(engine.analyze(words('agent').join('\n'), { dialogue: 'off' }).sentiment);
		const first = engine.analyze(words('customer')[0], { dialogue: 'off' }).sentiment;
		expect(a.dialogue!.customerStart).toEqual({ label: first.label, score: first.score });
		expect(first.positive + first.negative).toBeGreaterThan(0);
	});
	it('greetings, thanks and acknowledgements of the customer are courtesy, not praise', () => {
		const a = engine.analyze('客服：您好\n客户：你好\n客服：请问有什么可以帮您？\n客户：好的，谢谢，没事了');
		expect(a.dialogue).toBeDefined();
		expect(a.sentiment.label).toBe('neutral');
		expect(a.intents.map((i) => i.intent)).not.toContain('praise');
		const b = engine.analyze('Agent: Hi there!\nCustomer: hi, ok thanks\nAgent: Anything else?\nCustomer: no, thank you so much, bye');
		expect(b.sentiment.label).toBe('neutral');
		// Thanks with a judgement keeps the judgement.
		expect(engine.analyze('Agent: Done!\nCustomer: thanks, the new room is lovely').sentiment.label).toBe('positive');
		// A degree word before 好 is a judgement ("very good"), not the acknowledgement 好 ("OK"), even among thanks.
		for (const t of ['客服：已经为您换房了\n客户：非常好，谢谢', '客服：已为您补发\n客户：很好，谢谢啦', '客服：退款已到账\n客户：太好了，辛苦了']) {
			const d = engine.analyze(t);
			expect(d.dialogue).toBeDefined();
			expect(d.sentiment.label).toBe('positive');
		}
		expect(engine.analyze('客服：请问还有其他问题吗？\n客户：好好好，没有了，谢谢').sentiment.label).toBe('neutral');
	});
});

const turns = (text: string, options = {}) => findTurns(text, options)?.map((t) => `${t.side}:${t.label}:${text.slice(t.contentStart, t.end).trim()}`);

describe('dialogue: which texts are dialogues', () => {
	it.each([
		['我：这家店太好吃了'],
		['我：这家店太好吃了\n下次还来'],
		['客服：态度很好，物流很快'],
		['客服：态度很好\n物流：很快'],
		['前台：态度很差\n房间：很脏'],
		['前台：态度很差\n房间：很脏\n前台：还是很差'],
		['优点：位置好\n缺点：隔音差'],
		['Staff: friendly\nRoom: small\nStaff: helpful'],
		['Pros: great location\nCons: thin walls'],
		['Note: the pool was closed\nUpdate: they refunded us'],
		['Speaker 1: hello\nSpeaker 2: my room is dirty\nSpeaker 1: sorry'],
		['10:30 we arrived\n11:00 the room was still not ready'],
		['See https://example.com/review for photos\nhttps://example.com: more'],
		['位置：很好\n酒店：一般\n服务：热情'],
		['Hotel: ok\nBreakfast: poor'],
		['总的来说还不错。\n客服态度：很好'],
		['The hotel was lovely. Our host: a retired teacher, very kind.\nWould stay again.'],
		['总的来说还不错。\n客服：回复很快'],
		['Great product overall.\nSupport quality: poor'],
		['Great product overall.\nSupport: slow to answer'],
		['物流很快。\n客服态度：很好\n包装：一般'],
	])('%j is plain text, analysed exactly as the whole text', (text) => {
		expect(findTurns(text, {})).toBeUndefined();
		const a = engine.analyze(text);
		expect(a.dialogue).toBeUndefined();
		expect(JSON.stringify(a)).toBe(JSON.stringify(engine.analyze(text, { dialogue: 'off' })));
	});

	it.each([
		['客服：您好\n客户：房间很脏', ['agent:客服:您好', 'customer:客户:房间很脏']],
		['Agent: hi\nCustomer: dirty room', ['agent:Agent:hi', 'customer:Customer:dirty room']],
		['AGENT: hi\ncustomer : dirty room', ['agent:AGENT:hi', 'customer:customer:dirty room']],
		['[10:01:02] Agent: hi\n[10:01:09] Customer: dirty room', ['agent:Agent:hi', 'customer:Customer:dirty room']],
		['2026-11-01 10:01 坐席：您好\n2026-11-01 10:02 来电人：房间很脏', ['agent:坐席:您好', 'customer:来电人:房间很脏']],
		['10:01 AM Operator: hi\n10:02 AM Caller: dirty room', ['agent:Operator:hi', 'customer:Caller:dirty room']],
		['Agent (10:01:02): hi\nCustomer (10:01:09): dirty room', ['agent:Agent:hi', 'customer:Customer:dirty room']],
		['客服小王：您好\nVIP客户：房间很脏', ['agent:客服小王:您好', 'customer:VIP客户:房间很脏']],
		['客服008：您好\n美团客服：请稍等\n客户：房间很脏', ['agent:客服008:您好', 'agent:美团客服:请稍等', 'customer:客户:房间很脏']],
		['Chat transcript #123\nAgent: hi\nCustomer: dirty room', ['agent:Agent:hi', 'customer:Customer:dirty room']],
		['客服-小李：您好\n客户：房间很脏', ['agent:客服-小李:您好', 'customer:客户:房间很脏']],
		['Anna (Support): hi\nJohn: dirty room\nAnna (Support): sorry', ['agent:Anna (Support):hi', 'customer:John:dirty room', 'agent:Anna (Support):sorry']],
		['Agent Sarah: hi\nGuest: dirty room', ['agent:Agent Sarah:hi', 'customer:Guest:dirty room']],
		['客户经理：您好\n客户：房间很脏', ['agent:客户经理:您好', 'customer:客户:房间很脏']],
		['Customer Service: hi\nCustomer: dirty room', ['agent:Customer Service:hi', 'customer:Customer:dirty room']],
		['Guest Relations: hi\nGuest: dirty room', ['agent:Guest Relations:hi', 'customer:Guest:dirty room']],
		['**Agent:** hi\n**Customer:** dirty room', ['agent:Agent:hi', 'customer:Customer:dirty room']],
		['Customer wrote:\ndirty room\nAgent wrote:\nsorry', ['customer:Customer wrote:dirty room', 'agent:Agent wrote:sorry']],
		['—— 客户 ——\n房间很脏\n—— 客服 ——\n抱歉', ['customer:客户:房间很脏', 'agent:客服:抱歉']],
		['=== Customer ===\ndirty room\n=== Agent ===\nsorry', ['customer:Customer:dirty room', 'agent:Agent:sorry']],
		['[客户]\n房间很脏\n[客服]\n抱歉', ['customer:客户:房间很脏', 'agent:客服:抱歉']],
		['店小二 2026-11-01 10:01:02\n亲，在的\n张先生 2026-11-01 10:02:00\n东西坏了', ['agent:店小二:亲，在的', 'customer:张先生:东西坏了']],
		['房间很干净。\n酒店回复：感谢您的好评', ['customer::房间很干净。', 'agent:酒店回复:感谢您的好评']],
		['The room was dirty.\nResponse from the owner: Thank you for your feedback', ['customer::The room was dirty.', 'agent:Response from the owner:Thank you for your feedback']],
		['Great stay.\nManagement response: Thank you!', ['customer::Great stay.', 'agent:Management response:Thank you!']],
		['客服：您好\n客户：我要投诉\n订单号：123\n日期：11月1日\n客服：收到', ['agent:客服:您好', 'customer:客户:我要投诉\n订单号：123\n日期：11月1日', 'agent:客服:收到']],
		['前台：您好\n我：房间很脏', ['agent:前台:您好', 'customer:我:房间很脏']],
		['Agent: hi\nJohn: dirty room\nAgent: sorry\nJohn: ok', ['agent:Agent:hi', 'customer:John:dirty room', 'agent:Agent:sorry', 'customer:John:ok']],
		['客服：您好\r\n客户：房间很脏\r\n', ['agent:客服:您好', 'customer:客户:房间很脏']],
	])('%j → turns', (text, expected) => {
		expect(turns(text)).toEqual(expected);
	});

	it('an unknown name needs the agent on both sides of it (or timestamps), else it stays plain', () => {
		expect(turns('Agent: hi\nJohn: dirty room')).toBeUndefined();
		expect(turns('[10:01] Agent: hi\n[10:02] John: dirty room')).toEqual(['agent:Agent:hi', 'customer:John:dirty room']);
	});

	it('the user names the speakers: Agent Labels and Customer Labels', () => {
		const t = 'Speaker 1: Thank you for calling, happy to help!\nSpeaker 2: my room is dirty and the tv is broken\nSpeaker 1: So sorry, wonderful to hear from you.';
		expect(engine.analyze(t).dialogue).toBeUndefined();
		const a = engine.analyze(t, { agentLabels: ['Speaker 1'] });
		expect(a.dialogue!.speakers).toEqual([
			{ label: 'Speaker 1', side: 'agent', turns: 2 },
			{ label: 'Speaker 2', side: 'customer', turns: 1 },
		]);
		expect(a.sentiment.label).toBe('negative');
		expect(engine.analyze(t, { dialogue: 'off' }).sentiment.label).toBe('positive');
		// A user label overrides the built-in side.
		expect(turns('Host: the flat was dirty\nAgent: sorry', { customerLabels: ['host'] })).toEqual(['customer:Host:the flat was dirty', 'agent:Agent:sorry']);
		// With the customer named, the weak agent label 前台 pairs with it.
		expect(turns('前台：您好\n张三：房间很脏', { customerLabels: ['张三'] })).toEqual(['agent:前台:您好', 'customer:张三:房间很脏']);
	});

	it('force: any labelled turn makes a dialogue; off: never', () => {
		const a = engine.analyze('Customer: the room was dirty', { dialogue: 'force' });
		expect(a.dialogue).toMatchObject({ turns: 1, customerTurns: 1, agentTurns: 0 });
		expect(a.sentiment.label).toBe('negative');
		expect(turns('Speaker 1: hello\nSpeaker 2: dirty room', { dialogue: 'force' })).toEqual(['customer:Speaker 1:hello', 'customer:Speaker 2:dirty room']);
		expect(findTurns('客服：您好\n客户：房间很脏', { dialogue: 'off' })).toBeUndefined();
		expect(engine.analyze('客服：您好\n客户：房间很脏', { dialogue: 'off' }).dialogue).toBeUndefined();
		expect(engine.analyze('the room was dirty', { dialogue: 'force' }).dialogue).toBeUndefined();
	});

	it('a Whisper transcript without labels stays plain text', () => {
		const t = 'Thank you for calling the Grand Hotel, how can I help you?\nHi, I stayed last week and the room was filthy.\nI am so sorry to hear that.';
		const a: OfflineAnalysis = engine.analyze(t);
		expect(a.dialogue).toBeUndefined();
	});
});

/**
 * Gaps named by the fourth round (2026-11-29), seen while writing the dialogues above: "好多了" scored 0, a
 * question with 吗 but no "？" was read as praise, and two complaints were not scored ("账号登录不了 … 重置了也没用",
 * "nobody will call me back"). Self-written; each failed before.
 */
describe('dialogue: gaps named by the fourth round (self-written)', () => {
	it('an improvement said as a comparison ends the dialogue positive (trend improved)', () => {
		const d = engine.analyze('客户：房间空调不制冷，热得睡不着\n客服：抱歉，马上安排维修\n客户：修好了，现在好多了').dialogue!;
		expect(d.customerStart.label).toBe('negative');
		expect(d.customerEnd.label).toBe('positive');
		expect(d.trend).toBe('improved');
	});
	it('a question ending in 吗 without a question mark asks, it does not praise', () => {
		const a = engine.analyze('我：你好，请问明天可以提前入住吗\n客服：可以的，非常乐意为您安排，祝您旅途愉快！\n我：好的');
		expect(a.sentiment.label).toBe('neutral');
		expect(a.intents.map((i) => i.intent)).toContain('inquiry');
	});
	it.each([
		['客服：您好，有什么可以帮您？\n用户：账号登录不了，提示密码错误，重置了也没用\n客服：非常抱歉给您带来困扰，我们的技术人员正在加紧处理，感谢您的耐心与理解'],
		['Agent: Hi, thanks for reaching out to us, we are happy to help!\nGuest: I lost my wallet in the taxi you booked and nobody will call me back\nAgent: We are sorry, we are looking into it.'],
	])('a failure told as a fact is a negative customer reading: %#', (text) => {
		expect(engine.analyze(text).sentiment.label).toBe('negative');
	});
});

/**
 * Dialogues in other layouts (2026-11-29, fourth round, inline): turns run together on one line, bracketed labels,
 * Q/A layouts. Self-written. An inline label counts only when it is a known label of the strict kind, preceded by a
 * space, a separator or sentence punctuation, the text starts with a label, and both sides speak (two turns at least).
 */
const INLINE_ZH: Array<[string, Expect]> = [
	['客户：空调坏了，热得睡不着 客服：非常抱歉给您带来不便，马上派人维修 客户：快点，太慢了', 'negative'],
	['客户：房间很脏，床单上有头发 | 客服：非常抱歉，感谢您的反馈，祝您生活愉快 | 客户：赶紧处理', 'negative'],
	['顾客：外卖送来都凉了；客服：非常抱歉，马上为您申请退款，祝您用餐愉快；顾客：太失望了', 'negative'],
	['用户：退款一周了还没到账\t客服：非常抱歉，已为您加急处理，感谢您的耐心\t用户：还是没到', 'negative'],
	['买家：衣服质量很好，很满意 || 客服：感谢亲的支持，祝您购物愉快', 'positive'],
	['[客户] 房间隔音太差，隔壁吵了一晚上 [客服] 非常抱歉，马上为您换房，感谢您的理解 [客户] 换了也一样吵', 'negative'],
	['【客户】耳机用了两天就坏了，质量太差\n【客服】实在抱歉，已为您登记换货，感谢您的耐心\n【客户】以后不会再买了', 'negative'],
	['【客服】您好，很高兴为您服务【客户】这次入住非常满意，前台很热情', 'positive'],
	['问：订的房间被取消了也没人通知，怎么回事？答：非常抱歉，我们马上为您查询，感谢您的理解！问：太不负责任了 答：抱歉，已为您补偿', 'negative'],
	['用户：你好\n机器人：您好，我是智能小助手，很高兴为您服务！\n用户：快递丢了，一直没人管', 'negative'],
	['客户：上次丢的东西帮我找回来了，服务真好 客服：不客气，这是我们应该做的', 'positive'],
	['坐席：您好，请问有什么可以帮您？ 客户：早餐太难吃了，品种也很少 坐席：好的，非常感谢您的宝贵意见', 'negative'],
];
const INLINE_EN: Array<[string, Expect]> = [
	['Customer: the AC is broken and the room is hot. Agent: Sorry about that! Happy to help, we really appreciate your patience. Customer: please hurry, this is awful', 'negative'],
	['Customer: my card was charged twice | Agent: So sorry, thank you for your patience! | Customer: still not refunded, unacceptable', 'negative'],
	['User: the app keeps crashing\tAssistant: I am sorry to hear that! Happy to help.\tUser: it is still broken', 'negative'],
	['Guest: the room was lovely and the staff were wonderful. Agent: Thank you so much!', 'positive'],
	['[Customer] the delivery was late and the package was damaged [Agent] We apologize, a replacement is on its way. Have a great day!', 'negative'],
	['[Agent] Hello, thanks for reaching out!\n[Customer] The shower had no hot water this morning.\n[Agent] Very sorry, our engineer is on the way. Thank you!', 'negative'],
	['<Agent> Hi there, happy to help! <Customer> nobody answered my emails for two weeks, terrible service <Agent> We sincerely apologise.', 'negative'],
	['Q: My refund has not arrived after two weeks, why? A: We are so sorry, thank you for your patience! Q: This is ridiculous. A: It was sent today.', 'negative'],
	['User: hi\nAssistant: Hello! How can I help you today? Happy to help!\nUser: the wifi does not work and nobody fixed it', 'negative'],
	['Client: the museum tour was excellent and the guide was great. Rep: Wonderful to hear, thank you!', 'positive'],
	['Agent: Good evening, how can I help? Customer: the breakfast was cold and the coffee machine was broken. Agent: Sorry, we will pass it on. Have a wonderful day!', 'negative'],
	['Support: Hi, thanks for contacting us! Customer: the heating is broken and my room is freezing! Support: Sorry to hear that! I have created a ticket.', 'negative'],
	['Customer: the app is ok I guess; Agent: Great, glad to hear that! Have a fantastic day!', 'neutral'],
];

describe('dialogue: inline and bracketed layouts, Q/A (self-written)', () => {
	const all = bothLanguages(INLINE_ZH, INLINE_EN);
	itReadsTheCustomer(all);

	it('the whole-text reading gets many of them wrong', () => {
		let wholeWrong = 0;
		for (const [, text, expected] of all) if (!fits(engine.analyze(text, { dialogue: 'off' }).sentiment.label, expected)) wholeWrong++;
		expect(wholeWrong).toBeGreaterThanOrEqual(8);
	});

	it.each([
		['客户：空调坏了 客服：非常抱歉，马上派人 客户：快点', ['customer:客户:空调坏了', 'agent:客服:非常抱歉，马上派人', 'customer:客户:快点']],
		['Customer: the AC is broken. Agent: Sorry about that! Customer: please hurry', ['customer:Customer:the AC is broken.', 'agent:Agent:Sorry about that!', 'customer:Customer:please hurry']],
		['客户：房间很脏 | 客服：抱歉', ['customer:客户:房间很脏 |', 'agent:客服:抱歉']],
		['[客户] 房间很脏 [客服] 抱歉', ['customer:客户:房间很脏', 'agent:客服:抱歉']],
		['[客户]：房间很脏\n[客服]：抱歉', ['customer:[客户]:房间很脏', 'agent:[客服]:抱歉']],
		['[客户] 房间很脏\n[客服] 抱歉', ['customer:客户:房间很脏', 'agent:客服:抱歉']],
		['Customer: dirty room\nagent: sorry', ['customer:Customer:dirty room', 'agent:agent:sorry']],
		['<Customer> dirty room <Agent> sorry', ['customer:Customer:dirty room', 'agent:Agent:sorry']],
		['【客服】您好【用户】房间很脏', ['agent:客服:您好', 'customer:用户:房间很脏']],
		['Q: why? A: because. Q: really? A: yes', ['customer:Q:why?', 'agent:A:because.', 'customer:Q:really?', 'agent:A:yes']],
		['问：为什么？答：因为。问：真的吗？答：是的', ['customer:问:为什么？', 'agent:答:因为。', 'customer:问:真的吗？', 'agent:答:是的']],
		['User: hi\nAssistant: hello', ['customer:User:hi', 'agent:Assistant:hello']],
		['用户：你好\n机器人：您好', ['customer:用户:你好', 'agent:机器人:您好']],
		['User: hi Assistant: hello', ['customer:User:hi', 'agent:Assistant:hello']],
	])('%j → turns', (text, expected) => {
		expect(turns(text)).toEqual(expected);
	});

	it.each([
		['客服：态度很好，物流：很快'],
		['客服：态度很好 物流：很快 包装：一般'],
		['The customer service: excellent. Room: small.'],
		['Customer service: excellent, the agent: very friendly'],
		['Q: is it worth it? A: yes!'],
		['问：值不值？答：值！'],
		['这家店的客服：态度很好。客户：我'],
		['总体不错。客服：回复很快 用户：很多'],
		['前台：热情 酒店：干净 Staff: friendly'],
		['Staff: friendly. Hotel: clean. Guest: happy'],
		['客服：回复很快。客服：态度好'],
		['Agent: rude. Agent: slow.'],
		['Our travel Agent: booked everything. Customer: me, happy'],
		['我联系了客服：没人理。用户：无语'],
		['[推荐] 房间很好 [客服] 很热情'],
		['Plan A: cheap. Plan B: expensive. Q: which one? A: the first'],
		['the customer: always right. the agent: always wrong'],
		['优点：位置好 | 缺点：隔音差 | 客服：一般'],
		['客服：态度很好，用户体验：一般'],
		['Agent: helpful. Customer service: slow'],
		['客服：很好 前台：热情 酒店：干净'],
	])('%j stays plain text', (text) => {
		expect(findTurns(text, {})).toBeUndefined();
		expect(JSON.stringify(engine.analyze(text))).toBe(JSON.stringify(engine.analyze(text, { dialogue: 'off' })));
	});
});

/**
 * Speech-to-text call transcripts (2026-11-29, stop 12): ASR writes a caller's opening without punctuation
 * ("喂你好我想…") and with fillers (嗯, 那个, 呃). A greeting or filler run opening a customer's clause is
 * phatic, like a courtesy clause; so is a caller checking whom they reached. Self-written.
 */
describe('dialogue: unpunctuated call openings and fillers (self-written)', () => {
	it.each([
		['客服：您好请问有什么可以帮您\n客户：你好我房间空调坏了一晚上', 'negative'],
		['客服：您好请问有什么可以帮您\n客户：喂你好我想改一下订单日期', 'neutral'],
		['客服：您好很高兴为您服务\n客户：嗯那个我想问一下早餐几点开始', 'neutral'],
		['坐席：您好\n客户：喂 您好 那个 我昨天退房 房间特别干净 服务也很好', 'positive'],
	] as const)('the greeting at the start of the clause is not the customer\'s opinion: %s', (text, expected) => {
		const a = engine.analyze(text);
		expect(a.dialogue).toBeDefined();
		expect(a.sentiment.label).toBe(expected);
		expect(a.dialogue!.customerStart.label).toBe(expected);
	});
	it('你好 before a judgement is "you are so …", not a greeting', () => {
		const a = engine.analyze('客服：您好请问有什么可以帮您\n客户：你好差劲啊 空调一直坏的');
		expect(a.sentiment.label).toBe('negative');
		expect(a.intents[0].evidence).toContain('你好差劲');
	});
	it.each([
		['客服：您好\n客户：喂 你好 是悦途酒店吗\n客服：对的\n客户：你们的早餐特别丰富 房间也很干净', 'praise'],
		['Agent: Front desk\nCustomer: Hi, is this the Harbor View Hotel?\nAgent: Yes it is\nCustomer: the room was lovely, thanks', 'praise'],
		['客服：您好\n客户：请问是悦途酒店吗？\n客服：是的\n客户：你们房间太脏了', 'complaint'],
	] as const)('a caller checking whom they reached asks nothing: %s', (text, primary) => {
		const a = engine.analyze(text);
		expect(a.primaryIntent).toBe(primary);
		expect(a.intents.map((i) => i.intent)).not.toContain('inquiry');
	});
	it('after 喂 / 嗯, 你好 is the greeting whatever follows (stop 13): the 好 is not praise', () => {
		expect(engine.analyze('客服：您好请问有什么可以帮您\n客户：喂你好空调坏了一晚上没人修').sentiment.label).toBe('negative');
		// Without the 喂, 你好 before a judgement stays "you are so …".
		expect(engine.analyze('客服：您好请问有什么可以帮您\n客户：你好差劲啊 空调一直坏的').intents[0].evidence).toContain('你好差劲');
	});
	it('a real question after the opening still asks', () => {
		const a = engine.analyze('客服：您好\n客户：喂你好请问明天可以提前入住吗');
		expect(a.intents.map((i) => i.intent)).toContain('inquiry');
		expect(a.sentiment.label).toBe('neutral');
	});
});

describe('dialogue: courtesy written with spaces by speech-to-text (self-written)', () => {
	it('"好的 谢谢 再见" at the end of a complaint call is courtesy, not a change of mind', () => {
		const a = engine.analyze('客服：您好 很高兴为您服务\n客户：空调坏了 一晚上没睡好\n客服：非常抱歉 马上派人维修\n客户：好的 谢谢 再见');
		expect(a.sentiment.label).toBe('negative');
		expect(a.dialogue!.customerEnd.label).toBe('negative');
		expect(a.dialogue!.trend).toBe('unchanged');
	});
	it('a degree word before 好 across a space is still a judgement', () => {
		const d = engine.analyze('客服：您好\n客户：空调坏了 一晚上没睡好\n客服：非常抱歉 已经修好了\n客户：很 好').dialogue!;
		expect(d.customerEnd.label).toBe('positive');
		expect(d.trend).toBe('improved');
	});
});
