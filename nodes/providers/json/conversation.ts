/**
 * Helpdesk threads and chat logs → one Feedback text: the conversation as speaker-labelled lines
 * ("Customer: …" / "Agent: …", or "客户：…" / "客服：…" when the thread is mostly Chinese), one line per
 * message, which CX Analyze reads as a dialogue (nodes/engine/text/dialogue.ts knows these labels).
 *
 * Each message is cleaned first: HTML to text, quoted e-mail history cut off ("> …" lines,
 * "On … wrote:", "-----Original Message-----", "在 … 写道：", an Outlook "From: … / Sent: …" block),
 * the signature after "-- " dropped, and its line breaks collapsed so a message stays ONE turn.
 * Shared by the Zendesk, Freshdesk, Zammad and generic chat presets.
 */
import { detectLanguage } from '../../engine/text/language';
import { isObject } from '../../engine/reviews/types';
import { parseTimestamp } from '../../engine/time';

export type ConversationSide = 'customer' | 'agent';

export interface ConversationMessage {
	side: ConversationSide;
	/** Already cleaned (see cleanMessage); empty messages are left out. */
	text: string;
	/** The source's timestamp as given (ISO with a zone, naive, epoch): the Feedback builder reads it. */
	at?: unknown;
}

export interface ConversationMeta {
	turns: number;
	customerTurns: number;
	agentTurns: number;
	/** Minutes from the first customer message to the first agent message after it; null without one (or without times). */
	firstResponseMinutes: number | null;
	status: string | null;
	priority: string | null;
}

export interface Conversation {
	text: string;
	/** Time of the first customer message (raw), else of the first message. */
	occurredAt: unknown;
	language: 'zh' | 'en';
	meta: ConversationMeta;
}

type Obj = Record<string, any>;

/** true / "true" / 1 / "1" (flags arrive as strings from some exports). */
export function flag(v: unknown): boolean {
	return v === true || v === 1 || (typeof v === 'string' && /^(true|1|yes)$/i.test(v.trim()));
}

/** A present, non-empty id as a string ("12", 12 → "12"). */
export function idString(v: unknown): string | undefined {
	if (typeof v === 'number' && Number.isFinite(v)) return String(v);
	if (typeof v === 'string' && v.trim()) return v.trim();
	return undefined;
}

const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'" };

function decodeEntities(s: string): string {
	return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*);/gi, (m, e: string) => {
		const lower = e.toLowerCase();
		if (lower.startsWith('#x')) return String.fromCodePoint(parseInt(lower.slice(2), 16) || 32);
		if (lower.startsWith('#') && lower !== '#39') return String.fromCodePoint(Number(lower.slice(1)) || 32);
		return ENTITIES[lower] ?? m;
	});
}

/** Looks like markup (a tag we know), not text that merely holds "<" ("price < 100"). */
export function looksLikeHtml(s: string): boolean {
	return /<(?:p|br|div|span|a|b|i|u|em|strong|blockquote|ul|ol|li|table|tr|td|html|body|font|img|h[1-6])\b[^>]*>/i.test(s);
}

/** HTML to text with line breaks kept (block ends and <br> become newlines); quoted <blockquote>s dropped. */
export function htmlToText(html: string): string {
	return decodeEntities(
		html
			.replace(/<(script|style|head)\b[\s\S]*?<\/\1\s*>/gi, '')
			.replace(/<blockquote\b[\s\S]*?<\/blockquote\s*>/gi, '\n')
			.replace(/<br\s*\/?>/gi, '\n')
			.replace(/<\/(p|div|li|tr|h[1-6]|table|ul|ol)\s*>/gi, '\n')
			.replace(/<(p|div|li|tr|h[1-6])\b[^>]*>/gi, '\n')
			.replace(/<[^>]+>/g, ''),
	);
}

// Where quoted history starts (the rest of the message is dropped). General mail-client conventions.
const QUOTE_HEADER = [
	/^-{2,}\s*(?:original message|forwarded message|原始邮件|转发邮件|邮件原文)\s*-{2,}$/i,
	/^_{10,}$/,
	// Helpdesk notification e-mails: "##- Please type your reply above this line -##".
	/^##-.*-##$/,
	/^on\b.{0,300}\bwrote:$/i,
	/^在.{0,300}写道[：:]$/,
	/^.{0,300}于.{0,100}写道[：:]$/,
];
const OUTLOOK_FROM = /^(?:from|发件人)\s*[:：]/i;
const OUTLOOK_SENT = /^(?:sent|date|发送时间|时间|日期)\s*[:：]/i;

/**
 * One message's own words: HTML to text (when it is HTML), quoted history and the signature cut off,
 * every run of white space (line breaks included) as one space.
 */
export function cleanMessage(raw: unknown, html?: boolean): string {
	if (typeof raw !== 'string' && typeof raw !== 'number') return '';
	let s = String(raw);
	if (html ?? looksLikeHtml(s)) s = htmlToText(s);
	else s = decodeEntities(s);
	const lines = s.replace(/\r\n?/g, '\n').split('\n');
	const kept: string[] = [];
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i].replace(/\u00a0/g, ' ');
		const t = line.trim();
		// The signature delimiter "-- " (RFC 3676; the trailing space is often lost on the way).
		if (/^--\s?$/.test(line) || t === '--') break;
		if (QUOTE_HEADER.some((re) => re.test(t))) break;
		// "On Mon, 2 Nov 2026 at 10:01, Li Lei <li@example.com>" + "wrote:" on the next line.
		if (/^on\b/i.test(t) && /^\S*.{0,200}\bwrote:$/i.test((lines[i + 1] ?? '').trim()) && t.length < 300) break;
		if (OUTLOOK_FROM.test(t) && lines.slice(i + 1, i + 4).some((l) => OUTLOOK_SENT.test(l.trim()))) break;
		if (t.startsWith('>') || t.startsWith('＞')) continue;
		kept.push(t);
	}
	return kept.join(' ').replace(/\s+/g, ' ').trim();
}

const LABELS = { en: { customer: 'Customer: ', agent: 'Agent: ' }, zh: { customer: '客户：', agent: '客服：' } } as const;

function minutesBetween(a: unknown, b: unknown): number | null {
	// Naive times of one thread share a zone: reading both as UTC keeps their difference.
	const ta = parseTimestamp(a, 'UTC');
	const tb = parseTimestamp(b, 'UTC');
	if (ta === undefined || tb === undefined) return null;
	return Math.round(((tb - ta) / 60000) * 10) / 10;
}

/**
 * The labelled text and meta.conversation of a thread. Messages are put in time order when every
 * one has a readable time (stable: equal times keep the source's order), else kept as given.
 */
export function buildConversation(
	messages: ConversationMessage[],
	extra: { status?: unknown; priority?: unknown } = {},
): Conversation {
	let list = messages.filter((m) => m.text);
	const times = list.map((m) => parseTimestamp(m.at, 'UTC'));
	if (times.every((t) => t !== undefined)) {
		list = list
			.map((m, i) => ({ m, i, t: times[i] as number }))
			.sort((x, y) => x.t - y.t || x.i - y.i)
			.map((x) => x.m);
	}
	const info = detectLanguage(list.map((m) => m.text).join('\n'));
	const language = info.han > info.latin ? 'zh' : 'en';
	const labels = LABELS[language];
	const text = list.map((m) => labels[m.side] + m.text).join('\n');
	const firstCustomer = list.findIndex((m) => m.side === 'customer');
	let firstResponseMinutes: number | null = null;
	if (firstCustomer >= 0) {
		const reply = list.slice(firstCustomer + 1).find((m) => m.side === 'agent');
		if (reply) firstResponseMinutes = minutesBetween(list[firstCustomer].at, reply.at);
	}
	const str = (v: unknown) => (v === undefined || v === null || v === '' ? null : String(v));
	const customerTurns = list.filter((m) => m.side === 'customer').length;
	return {
		text,
		occurredAt: firstCustomer >= 0 ? list[firstCustomer].at : list[0]?.at,
		language,
		meta: {
			turns: list.length,
			customerTurns,
			agentTurns: list.length - customerTurns,
			firstResponseMinutes,
			status: str(extra.status),
			priority: str(extra.priority),
		},
	};
}

/** "Li Lei <li@example.com>", "li@example.com", "\"Lei, Li\" <li@example.com>" → name / email. */
export function parseAddress(v: unknown): { name?: string; email?: string } {
	if (typeof v !== 'string' || !v.trim()) return {};
	const s = v.trim();
	const m = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(s);
	if (m) return { ...(m[1].trim() ? { name: m[1].trim() } : {}), email: m[2].trim() };
	if (/^[^\s@]+@[^\s@]+$/.test(s)) return { email: s };
	return { name: s };
}

/** A customer object from the usual fields, or undefined when nothing is known. */
export function customerOf(...sources: Array<Obj | undefined>): { id?: string; name?: string; email?: string; phone?: string } | undefined {
	const c: { id?: string; name?: string; email?: string; phone?: string } = {};
	for (const s of sources) {
		if (!isObject(s)) continue;
		c.id ??= idString(s.id);
		const name = s.name ?? s.display_name ?? s.displayName ?? s.fullname;
		if (!c.name && typeof name === 'string' && name.trim()) c.name = name.trim();
		const email = s.email ?? s.address ?? s.email_address;
		if (!c.email && typeof email === 'string' && email.trim()) c.email = email.trim();
		const phone = s.phone ?? s.mobile;
		if (!c.phone && (typeof phone === 'string' || typeof phone === 'number') && String(phone).trim()) c.phone = String(phone).trim();
	}
	return Object.keys(c).length ? c : undefined;
}

/** A helpdesk preset's { ticket, <list> } payload: the ticket object and its id, or an error naming the field. */
export function ticketPayload(raw: unknown, list: string, endpoint: string): { payload: Obj; ticket: Obj; ticketId: string } {
	if (!isObject(raw)) throw new Error(`payload: expected an object { ticket, ${list} }, got ${Array.isArray(raw) ? 'a list' : typeof raw}`);
	const ticket = isObject(raw.ticket) ? raw.ticket : undefined;
	if (!ticket) throw new Error(`ticket: expected the ticket object (${endpoint})`);
	const ticketId = idString(ticket.id);
	if (!ticketId) throw new Error('ticket.id: missing');
	return { payload: raw, ticket, ticketId };
}

/** A list field, tolerant of the API's wrapper ({comments:[…]}) and of absence; anything else is an error naming the field. */
export function listField(payload: Obj, field: string): Obj[] | undefined {
	let v = payload[field];
	if (isObject(v) && Array.isArray(v[field])) v = v[field];
	if (v === undefined || v === null) return undefined;
	if (!Array.isArray(v)) throw new Error(`${field}: expected a list, got ${typeof v}`);
	return v.filter(isObject);
}
