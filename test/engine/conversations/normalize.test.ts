import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildFeedback } from '../../../nodes/engine/feedback/build';
import { FEEDBACK_PRESETS } from '../../../nodes/providers/feedbackPresets';
import { buildConversation, cleanMessage, htmlToText, parseAddress } from '../../../nodes/providers/json/conversation';
import { zendeskTicketToDraft } from '../../../nodes/providers/zendesk/normalize';
import { freshdeskTicketToDraft } from '../../../nodes/providers/freshdesk/normalize';
import { zammadTicketToDraft } from '../../../nodes/providers/zammad/normalize';
import { chatTranscriptToDraft, sideOfRole } from '../../../nodes/providers/chat/normalize';
import { findTurns } from '../../../nodes/engine/text/dialogue';

const fx = (name: string) => JSON.parse(readFileSync(join(__dirname, '..', '..', 'fixtures', 'conversations', name), 'utf8'));
const now = () => Date.parse('2026-11-23T00:00:00Z');
const build = (draft: unknown, timeZone = 'UTC') => {
	const r = buildFeedback(draft, { timeZone, now });
	if (!r.ok) throw new Error(JSON.stringify(r.issues));
	return r.feedback;
};
/** The turns CX Analyze finds in the text (Auto-Detect): sides in order. */
const sides = (text: string) => findTurns(text, {})?.map((t) => t.side);

describe('message cleaning', () => {
	it('cuts quoted history: "> " lines, "On … wrote:" (one or two lines), Original Message, 在 … 写道：, Outlook From/Sent', () => {
		expect(cleanMessage('Still broken.\n\nOn Tue, Nov 10, 2026 at 6:14 PM Hotel <a@b.c> wrote:\n> old text')).toBe('Still broken.');
		expect(cleanMessage('Still broken.\nOn Tue, Nov 10, 2026 at 6:14 PM Hotel <a@b.c>\nwrote:\n> old')).toBe('Still broken.');
		expect(cleanMessage('ok\n-----Original Message-----\nFrom: x\nold')).toBe('ok');
		expect(cleanMessage('还是没修好\n\n在 2026年11月2日 11:25，客服 <s@x.com> 写道：\n> 您好')).toBe('还是没修好');
		expect(cleanMessage('还是没修好\n-----原始邮件-----\n发件人：客服')).toBe('还是没修好');
		expect(cleanMessage('Not fixed.\nFrom: Support <s@x.com>\nSent: Monday, 2 November 2026 10:00\nSubject: Re: AC')).toBe('Not fixed.');
		expect(cleanMessage('first\n> quoted\nsecond')).toBe('first second');
		expect(cleanMessage('Thanks, fixed.\n##- Please type your reply above this line -##\nYour request (35436) has been updated.')).toBe('Thanks, fixed.');
	});
	it('drops the signature after "-- " and collapses line breaks so a message is one turn', () => {
		expect(cleanMessage('The room was cold.\nNo heating.\n-- \nSam Carter\nSent from my phone')).toBe('The room was cold. No heating.');
		expect(cleanMessage('空调坏了\n--\n王小明')).toBe('空调坏了');
		// "--" inside a line is not a signature.
		expect(cleanMessage('Check-in -- slow.\nVery slow.')).toBe('Check-in -- slow. Very slow.');
	});
	it('turns HTML into text: block ends and <br> break, entities decoded, <blockquote> dropped', () => {
		expect(htmlToText('<p>a&nbsp;&amp;&lt;b&gt;</p><p>c<br/>d</p>')).toBe('\na &<b>\n\nc\nd\n');
		expect(cleanMessage('<div>您好，<br>已处理</div><blockquote>旧邮件</blockquote>')).toBe('您好， 已处理');
		expect(cleanMessage('price < 100 and > 50')).toBe('price < 100 and > 50');
	});
	it('parses e-mail addresses', () => {
		expect(parseAddress('"Lei, Li" <li@example.com>')).toEqual({ name: 'Lei, Li', email: 'li@example.com' });
		expect(parseAddress('li@example.com')).toEqual({ email: 'li@example.com' });
	});
});

describe('conversation text and meta', () => {
	it('labels in English or, for a mostly Chinese thread, in Chinese; first response after the first customer message', () => {
		const c = buildConversation(
			[
				{ side: 'agent', text: 'Welcome!', at: '2026-11-01T10:00:00Z' },
				{ side: 'customer', text: 'The AC is broken.', at: '2026-11-01T10:01:00Z' },
				{ side: 'customer', text: 'Hello?', at: '2026-11-01T10:05:00Z' },
				{ side: 'agent', text: 'Sorry, on it.', at: '2026-11-01T10:31:30Z' },
			],
			{ status: 'open' },
		);
		expect(c.text).toBe('Agent: Welcome!\nCustomer: The AC is broken.\nCustomer: Hello?\nAgent: Sorry, on it.');
		expect(c.meta).toEqual({ turns: 4, customerTurns: 2, agentTurns: 2, firstResponseMinutes: 30.5, status: 'open', priority: null });
		expect(c.occurredAt).toBe('2026-11-01T10:01:00Z');
		const zh = buildConversation([
			{ side: 'customer', text: '房间有异味，Wi-Fi 也连不上', at: '2026-11-01 10:00' },
			{ side: 'agent', text: '非常抱歉', at: '2026-11-01 10:02' },
		]);
		expect(zh.text).toBe('客户：房间有异味，Wi-Fi 也连不上\n客服：非常抱歉');
		expect(zh.meta.firstResponseMinutes).toBe(2);
	});
	it('orders messages by time when every one has a time (ISO with zones compared as instants), else keeps them', () => {
		const c = buildConversation([
			{ side: 'agent', text: 'reply', at: '2026-11-01T11:00:00+08:00' },
			{ side: 'customer', text: 'question', at: '2026-11-01T02:30:00Z' },
		]);
		expect(c.text).toBe('Customer: question\nAgent: reply');
		expect(c.meta.firstResponseMinutes).toBe(30);
		const kept = buildConversation([
			{ side: 'agent', text: 'reply', at: 'yesterday' },
			{ side: 'customer', text: 'question', at: '2026-11-01T02:30:00Z' },
		]);
		expect(kept.text).toBe('Agent: reply\nCustomer: question');
		expect(kept.meta.firstResponseMinutes).toBeNull();
	});
});

describe('Zendesk Ticket (With Comments)', () => {
	it('zh: public comments as turns (requester = customer), private note, quotes and signature left out, CSAT bad → 1', () => {
		const fb = build(zendeskTicketToDraft(fx('zendesk-ticket-zh.json')), 'Asia/Shanghai');
		expect(fb).toMatchObject({
			id: 'zendesk:35436',
			source: 'zendesk',
			sourceId: '35436',
			channel: 'ticket',
			occurredAt: '2026-11-02T02:10:03Z',
			customer: { id: '20978392', name: '李雷', email: 'li.lei@example.com' },
			scores: { csat: 1, normalised: 0 },
			meta: {
				url: 'https://example-hotels.zendesk.com/agent/tickets/35436',
				ids: { ticket: '35436' },
				subject: '退房多扣了一晚房费',
				updatedAt: '2026-11-04T09:41:27Z',
				satisfaction: { score: 'bad', comment: '退款拖了三天，一直没人主动联系我' },
				conversation: { turns: 4, customerTurns: 2, agentTurns: 2, firstResponseMinutes: 75.6, status: 'solved', priority: 'high' },
			},
		});
		expect(fb.text).toBe(
			'客户：你好，我11月1日退房，账单上多扣了一晚房费，共688元，请尽快处理。 订单号：BK-778812\n' +
				'客服：李先生您好，非常抱歉给您带来不便！我们已经联系财务核实，会在1-3个工作日内原路退回。感谢您的耐心与理解！\n' +
				'客户：已经三天了，钱还没到账，你们效率太低了。 再不处理我就投诉到携程。\n' +
				'客服：李先生，实在抱歉！退款已于今天上午到账， 请您查收。',
		);
		expect(fb.text).not.toContain('财务说前台系统重复入账');
		expect(fb.answers).toEqual([
			{ question: 'Satisfaction rating', questionId: 'satisfaction_rating.score', type: 'zendesk_csat', value: 'bad' },
			{ question: 'Satisfaction comment', questionId: 'satisfaction_rating.comment', type: 'text', value: '退款拖了三天，一直没人主动联系我' },
		]);
		expect(sides(fb.text)).toEqual(['customer', 'agent', 'customer', 'agent']);
	});
	it('en: list of comments, side-loaded users, ids and flags as strings, "offered" is not a score', () => {
		const fb = build(zendeskTicketToDraft(fx('zendesk-ticket-en.json')));
		expect(fb).toMatchObject({
			id: 'zendesk:35501',
			customer: { id: '30200111', name: 'Sam Carter', email: 'sam.carter@example.com' },
			scores: {},
			text:
				'Customer: Hi, The Wi-Fi in my room keeps dropping every ten minutes and I cannot join my calls. Very frustrating.\n' +
				'Agent: Hello Sam, I am so sorry about this! Our engineer will reset the access point on your floor within the hour. Thank you for your patience.\n' +
				'Customer: Still not working.',
			answers: [],
			meta: { satisfaction: { score: 'offered' }, conversation: { turns: 3, customerTurns: 2, agentTurns: 1, firstResponseMinutes: 12.5, status: 'open', priority: 'normal' } },
		});
		expect(sides(fb.text)).toEqual(['customer', 'agent', 'customer']);
	});
	it('CSAT good → 5; chat tickets → channel chat; no comments → the description as the one turn', () => {
		const fb = build(
			zendeskTicketToDraft({ ticket: { id: 7, requester_id: 1, description: 'Great stay', created_at: '2026-11-01T08:00:00Z', via: { channel: 'chat' }, satisfaction_rating: { score: 'good' } } }),
		);
		expect(fb).toMatchObject({ channel: 'chat', scores: { csat: 5, normalised: 100 }, text: 'Customer: Great stay', meta: { conversation: { turns: 1, firstResponseMinutes: null } } });
	});
	it('refuses bad input with the field named', () => {
		expect(() => zendeskTicketToDraft('x')).toThrow('payload: expected an object');
		expect(() => zendeskTicketToDraft({ comments: [] })).toThrow('ticket: expected the ticket object');
		expect(() => zendeskTicketToDraft({ ticket: { subject: 'x' } })).toThrow('ticket.id: missing');
		expect(() => zendeskTicketToDraft({ ticket: { id: 1 }, comments: 'none' })).toThrow('comments: expected a list');
		expect(() => zendeskTicketToDraft({ ticket: { id: 1 }, comments: [] })).toThrow(/^comments: no comments/);
	});
});

describe('Freshdesk Ticket (With Conversations)', () => {
	it('zh: description first, incoming replies the customer\'s, private note and quoted mail left out, status / priority names', () => {
		const fb = build(freshdeskTicketToDraft(fx('freshdesk-ticket-zh.json')));
		expect(fb).toMatchObject({
			id: 'freshdesk:20871',
			channel: 'ticket',
			occurredAt: '2026-11-03T14:05:00Z',
			customer: { id: '77000123', name: '韩梅梅', email: 'han.meimei@example.com' },
			text:
				'客户：我住在1208房，空调坏了一整晚， 热得根本睡不着。\n客服：韩女士您好，非常抱歉！工程部已经安排师傅上门。\n' +
				'客户：师傅到现在还没来，已经一个小时了，太失望了。\n客服：给您换到了1506房，再次致歉。',
			meta: { subject: '空调坏了，投诉', conversation: { turns: 4, customerTurns: 2, agentTurns: 2, firstResponseMinutes: 15, status: 'resolved', priority: 'high' } },
		});
		expect(fb.text).not.toContain('压缩机');
		expect(sides(fb.text)).toEqual(['customer', 'agent', 'customer', 'agent']);
	});
	it('en: numbers as strings, ISO times with zones, a reply by the requester without `incoming` is the customer\'s', () => {
		const fb = build(freshdeskTicketToDraft(fx('freshdesk-ticket-en.json')));
		expect(fb).toMatchObject({
			id: 'freshdesk:20902',
			occurredAt: '2026-11-12T08:00:00+01:00',
			customer: { id: '77000456', email: 'anna.berg@example.com' },
			meta: { conversation: { turns: 3, customerTurns: 2, agentTurns: 1, firstResponseMinutes: 30, status: 'open', priority: 'medium' } },
		});
		expect(fb.text.split('\n').map((l) => l.split(':')[0])).toEqual(['Customer', 'Agent', 'Customer']);
	});
	it('missing conversations: the description alone; chat source 7 → channel chat; bad input named', () => {
		const fb = build(freshdeskTicketToDraft({ ticket: { id: 5, description_text: 'Lost my key card', source: 7, created_at: '2026-11-01T08:00:00Z' } }));
		expect(fb).toMatchObject({ channel: 'chat', text: 'Customer: Lost my key card', meta: { conversation: { turns: 1, agentTurns: 0 } } });
		expect(() => freshdeskTicketToDraft([])).toThrow('payload: expected an object');
		expect(() => freshdeskTicketToDraft({ ticket: { id: 5 }, conversations: [] })).toThrow(/^conversations: no public conversation/);
		expect(() => freshdeskTicketToDraft({ ticket: { id: 5 }, conversations: {} })).toThrow('conversations: expected a list');
	});
});

describe('Zammad Ticket (With Articles)', () => {
	it('zh: Customer / Agent articles, System and internal left out, HTML to text, the customer from the first article\'s From', () => {
		const fb = build(zammadTicketToDraft(fx('zammad-ticket-zh.json')));
		expect(fb).toMatchObject({
			id: 'zammad:6012',
			channel: 'ticket',
			occurredAt: '2026-11-06T00:55:12.345Z',
			customer: { id: '58', name: '王小明', email: 'xm.wang@example.com' },
			text:
				'客户：今天早餐的鸡蛋是凉的，咖啡机也坏了，服务员态度很差。 王小明 会员号 88231\n' +
				'客服：王先生您好， 非常抱歉给您带来不好的体验！我们已通知餐饮部立即整改，感谢您的宝贵意见。\n客户：光道歉没用，住了三晚都是这样。',
			meta: { ids: { ticket: '6012', number: '31006012' }, conversation: { turns: 3, customerTurns: 2, agentTurns: 1, firstResponseMinutes: 16.8, status: 'open', priority: 'high' } },
		});
		expect(fb.text).not.toMatch(/自动回复|已转餐饮部经理|写道/);
		expect(sides(fb.text)).toEqual(['customer', 'agent', 'customer']);
	});
	it('en: sender_id and priority_id when the names are missing, "false" as a string, chat articles → channel chat', () => {
		const fb = build(zammadTicketToDraft(fx('zammad-ticket-en.json')));
		expect(fb).toMatchObject({
			id: 'zammad:6044',
			channel: 'chat',
			customer: { id: '61', name: 'Maria Lopez', email: 'maria.lopez@example.com' },
			meta: { conversation: { turns: 3, customerTurns: 2, agentTurns: 1, firstResponseMinutes: 3.5, status: null, priority: 'normal' } },
		});
		expect(fb.text.startsWith('Customer: Hi, my flight is delayed')).toBe(true);
	});
	it('refuses a ticket without articles', () => {
		expect(() => zammadTicketToDraft({ ticket: { id: 1 } })).toThrow(/^articles: expected the ticket's articles/);
		expect(() => zammadTicketToDraft({ ticket: { id: 1 }, articles: [{ sender: 'System', body: 'x' }] })).toThrow(/^articles: no public Customer or Agent article/);
	});
});

describe('Chat Transcript (Generic)', () => {
	it('zh: 客户 / 客服 / 坐席 roles, system messages left out, naive times in the chosen zone', () => {
		const fb = build(chatTranscriptToDraft(fx('chat-transcript-zh.json')), 'Asia/Shanghai');
		expect(fb).toMatchObject({
			id: 'chat:chat-20261107-0042',
			channel: 'chat',
			occurredAt: '2026-11-07T20:01:05+08:00',
			customer: { id: 'wx_o1x9', name: '陈女士', phone: '13800000000' },
			text:
				'客户：在吗\n客服：您好，很高兴为您服务，请问有什么可以帮您？\n客户：我订的大床房到店变成了双床房， 前台说没房了，这也太坑了吧\n' +
				'客服：非常抱歉给您带来不便！我马上帮您联系门店核实。\n客户：好的，谢谢',
			meta: { conversation: { turns: 5, customerTurns: 3, agentTurns: 2, firstResponseMinutes: 0.6, status: 'closed', priority: null } },
		});
		expect(sides(fb.text)).toEqual(['customer', 'agent', 'customer', 'agent', 'customer']);
	});
	it('en: transcript / sender objects / content parts / epoch seconds, conversation_id as the id, Defaults → Source', () => {
		const fb = build(chatTranscriptToDraft(fx('chat-transcript-en.json'), { source: 'livechat' }));
		expect(fb).toMatchObject({
			id: 'livechat:88123',
			occurredAt: '2026-11-09T08:00:00Z',
			customer: { name: 'Tom Reed', email: 'tom.reed@example.com' },
			text:
				'Customer: The shower in room 512 has no hot water. Second time this week!\nAgent: Thanks for your message! An agent will join shortly.\n' +
				"Agent: I'm really sorry, Tom. I've sent maintenance to your room right now.",
			meta: { conversation: { turns: 3, customerTurns: 1, agentTurns: 2, firstResponseMinutes: 0.1 } },
		});
	});
	it('roles: the listed words, a known word inside ("support agent", "美团客服"), unknown → customer, system left out', () => {
		for (const r of ['customer', 'user', 'client', 'guest', 'visitor', '客户', '顾客', '用户', 'aisha', 'reporter']) expect(sideOfRole(r)).toBe('customer');
		for (const r of ['agent', 'assistant', 'support', 'staff', 'bot', '客服', '坐席', 'support agent', '美团客服', '客服小王']) expect(sideOfRole(r)).toBe('agent');
		expect(sideOfRole('system')).toBe('system');
	});
	it('refuses bad input with the field named', () => {
		expect(() => chatTranscriptToDraft(null)).toThrow('payload: expected an object');
		expect(() => chatTranscriptToDraft({ id: 1 })).toThrow('messages: missing');
		expect(() => chatTranscriptToDraft({ id: 1, messages: 'hi' })).toThrow('messages: expected a list of messages');
		expect(() => chatTranscriptToDraft({ id: 1, messages: [] })).toThrow('messages: no message with text');
		expect(() => chatTranscriptToDraft({ id: 1, messages: [{ text: 'hi' }] })).toThrow('messages[0]: no role');
		expect(() => chatTranscriptToDraft({ messages: [{ role: 'user', text: 'hi' }] })).toThrow('id: missing');
	});
});

describe('preset registry', () => {
	it('lists the four conversation presets by name', () => {
		expect(FEEDBACK_PRESETS.zendeskTicket.name).toBe('Zendesk Ticket (With Comments)');
		expect(FEEDBACK_PRESETS.freshdeskTicket.name).toBe('Freshdesk Ticket (With Conversations)');
		expect(FEEDBACK_PRESETS.zammadTicket.name).toBe('Zammad Ticket (With Articles)');
		expect(FEEDBACK_PRESETS.chatTranscript.name).toBe('Chat Transcript (Generic)');
		expect(FEEDBACK_PRESETS.chatTranscript.toDraft({ id: 'c1', messages: [{ role: 'user', text: 'hi' }] }, { touchpoint: 'pre-arrival' })).toMatchObject({
			sourceId: 'c1',
			touchpoint: 'pre-arrival',
		});
	});
});
