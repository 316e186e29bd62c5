/**
 * A chat transcript in any of the usual shapes → a Feedback draft (the "Chat Transcript (Generic)"
 * preset): `{ id, messages: [{ role|sender|from|speaker|author, text|content|message|body,
 * time|timestamp|created_at|sent_at }] }`. Roles of the customer: customer, user, client, guest,
 * visitor, 客户, 顾客, 用户 …; of the agent: agent, assistant, support, staff, bot, 客服, 坐席 …;
 * system messages are left out; any other role counts as the customer's, as in CX Analyze.
 */
import { isObject } from '../../engine/reviews/types';
import {
	buildConversation,
	cleanMessage,
	customerOf,
	idString,
	type ConversationMessage,
	type ConversationSide,
} from '../json/conversation';

// General chat vocabulary (written by the project), lower case.
const CUSTOMER_ROLES = new Set([
	'customer', 'user', 'client', 'guest', 'visitor', 'end-user', 'end_user', 'enduser', 'end user', 'requester', 'contact', 'lead', 'human', 'buyer', 'caller', 'member', 'shopper',
	'客户', '顾客', '用户', '访客', '客人', '买家', '住客', '游客', '会员', '来电人',
]);
const AGENT_ROLES = new Set([
	'agent', 'assistant', 'support', 'staff', 'bot', 'chatbot', 'ai', 'operator', 'admin', 'representative', 'rep', 'advisor', 'human_agent', 'teammate', 'employee', 'seller', 'merchant', 'host',
	'客服', '坐席', '人工', '人工客服', '在线客服', '机器人', '智能客服', '客服机器人', '商家', '卖家', '店家', '前台', '酒店',
]);
const SYSTEM_ROLES = new Set(['system', 'event', 'notice', 'note', 'internal', '系统', '系统消息']);

const ROLE_KEYS = ['role', 'sender', 'from', 'speaker', 'author', 'sender_type', 'author_type', 'type'] as const;
const TEXT_KEYS = ['text', 'content', 'message', 'body', 'msg'] as const;
const TIME_KEYS = ['time', 'timestamp', 'created_at', 'createdAt', 'sent_at', 'sentAt', 'date', 'ts'] as const;
const LIST_KEYS = ['messages', 'transcript', 'turns', 'conversation'] as const;
const ID_KEYS = ['id', 'conversation_id', 'conversationId', 'chat_id', 'chatId', 'session_id', 'sessionId'] as const;

function roleOf(m: Record<string, any>): string | undefined {
	for (const k of ROLE_KEYS) {
		let v = m[k];
		if (isObject(v)) v = v.role ?? v.type ?? v.name;
		if (typeof v === 'string' && v.trim()) return v.trim().toLowerCase();
	}
	return undefined;
}

/** Text of a message; OpenAI-style content parts ([{type:'text', text}]) joined. */
function textOf(m: Record<string, any>): unknown {
	for (const k of TEXT_KEYS) {
		const v = m[k];
		if (Array.isArray(v)) return v.map((p) => (typeof p === 'string' ? p : isObject(p) && typeof p.text === 'string' ? p.text : '')).join(' ');
		if (typeof v === 'string' || typeof v === 'number') return v;
	}
	return undefined;
}

export function sideOfRole(role: string): ConversationSide | 'system' {
	if (SYSTEM_ROLES.has(role)) return 'system';
	if (AGENT_ROLES.has(role)) return 'agent';
	if (CUSTOMER_ROLES.has(role)) return 'customer';
	// "support agent", "bot:faq", "客服小王", "美团客服": a known agent word as a word (Latin) or at an end (Chinese).
	const words = role.split(/[^a-z]+/);
	for (const r of AGENT_ROLES) {
		if (/^[a-z]/.test(r) ? words.includes(r) : role.startsWith(r) || role.endsWith(r)) return 'agent';
	}
	return 'customer';
}

export function chatTranscriptToDraft(payload: unknown, options: { source?: string; channel?: string; touchpoint?: string } = {}): Record<string, any> {
	if (!isObject(payload)) throw new Error(`payload: expected an object { id, messages }, got ${Array.isArray(payload) ? 'a list' : typeof payload}`);
	const listKey = LIST_KEYS.find((k) => payload[k] !== undefined && payload[k] !== null);
	const list = listKey ? payload[listKey] : undefined;
	if (!Array.isArray(list)) {
		throw new Error(listKey ? `${listKey}: expected a list of messages, got ${typeof list}` : 'messages: missing (a list of { role, text, time })');
	}
	const messages: ConversationMessage[] = [];
	list.forEach((m, i) => {
		if (typeof m === 'string') throw new Error(`${listKey}[${i}]: expected an object { role, text, time }, got a string`);
		if (!isObject(m)) return;
		const role = roleOf(m);
		if (!role) throw new Error(`${listKey}[${i}]: no role (role, sender, from or speaker)`);
		const side = sideOfRole(role);
		if (side === 'system') return;
		const at = TIME_KEYS.map((k) => m[k]).find((v) => v !== undefined && v !== null && v !== '');
		messages.push({ side, text: cleanMessage(textOf(m)), at });
	});
	if (!messages.some((m) => m.text)) throw new Error(`${listKey}: no message with text`);
	const conv = buildConversation(messages, { status: payload.status, priority: payload.priority });
	const id = ID_KEYS.map((k) => idString(payload[k])).find(Boolean);
	if (!id) throw new Error('id: missing (the chat\'s id: id, conversation_id, chat_id or session_id)');
	const who = ['customer', 'visitor', 'user', 'contact', 'guest'].map((k) => payload[k]).find(isObject);
	const source = options.source || (typeof payload.source === 'string' && payload.source.trim() ? payload.source.trim() : 'chat');
	const channel = options.channel || 'chat';
	return {
		source,
		sourceId: id,
		channel,
		touchpoint: options.touchpoint,
		occurredAt: conv.occurredAt ?? payload.started_at ?? payload.created_at,
		customer: customerOf(who),
		scores: {},
		text: conv.text,
		answers: [],
		meta: {
			ids: { chat: id },
			reply: { state: conv.meta.agentTurns > 0 ? 'replied' : 'none' },
			conversation: conv.meta,
		},
	};
}
