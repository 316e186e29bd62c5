/**
 * Zammad tickets ⇄ the case model. Default states: new, open, pending reminder, pending close,
 * closed, merged. Zammad has no "resolved": a resolved case is "pending close" (it closes by
 * itself after the pending time unless the customer answers), a closed case is "closed".
 * Priorities: "1 low", "2 normal", "3 high" (urgent maps to 3 high).
 */
import type { CaseStatus } from '../../engine/cases/model';
import type { Priority } from '../../engine/routing/rules';
import { caseIdInText, type ExternalTicket } from '../../engine/cases/provider';
import { isObject } from '../../engine/reviews/types';
import {
	buildConversation,
	cleanMessage,
	customerOf,
	flag,
	idString,
	listField,
	parseAddress,
	ticketPayload,
	type ConversationMessage,
} from '../json/conversation';

export const TO_ZAMMAD_STATE: Record<CaseStatus, string> = { new: 'new', open: 'open', pending: 'pending reminder', resolved: 'pending close', closed: 'closed' };
export const TO_ZAMMAD_PRIORITY: Record<Priority, string> = { low: '1 low', normal: '2 normal', high: '3 high', urgent: '3 high' };
const FROM_STATE: Record<string, CaseStatus> = { new: 'new', open: 'open', 'pending reminder': 'pending', 'pending close': 'resolved', closed: 'closed', merged: 'closed', removed: 'closed' };

export function priorityFromZammad(p: string | undefined): Priority {
	const n = Number(String(p ?? '').split(' ')[0]);
	return n >= 4 ? 'urgent' : n === 3 ? 'high' : n === 1 ? 'low' : 'normal';
}

export function fromZammad(t: Record<string, any>, baseUrl: string): ExternalTicket {
	const state = String(t.state ?? t.state_name ?? '');
	return {
		provider: 'zammad',
		id: String(t.id),
		number: t.number ? String(t.number) : undefined,
		url: `${baseUrl}/#ticket/zoom/${t.id}`,
		caseId: caseIdInText(t.title),
		title: String(t.title ?? ''),
		status: FROM_STATE[state] ?? 'open',
		rawStatus: state,
		priority: priorityFromZammad(t.priority),
		rawPriority: t.priority,
		createdAt: t.created_at,
		updatedAt: t.updated_at,
		assignee: t.owner && t.owner !== '-' ? String(t.owner) : undefined,
	};
}

// ── A ticket thread as Feedback (the "Zammad Ticket (With Articles)" preset) ───────────────────────

/** Default sender ids [U: Ticket::Article::Sender seeds 1 Agent, 2 Customer, 3 System]. */
const SENDER_BY_ID: Record<number, string> = { 1: 'agent', 2: 'customer', 3: 'system' };
/** Default priority ids [U: seeds 1 low, 2 normal, 3 high]. */
const PRIORITY_BY_ID: Record<number, string> = { 1: 'low', 2: 'normal', 3: 'high' };

/**
 * `{ ticket, articles }` from GET /api/v1/tickets/{id} and GET /api/v1/ticket_articles/by_ticket/{id}
 * → a Feedback draft. Articles from sender "Customer" are the customer's, "Agent" the agent's;
 * "System" and internal articles are left out; text/html bodies become text.
 *
 * Fields read [V docs.zammad.org api/ticket (ticket fields), S zammad-api crates and the Ruby
 * client for articles]: ticket id, number, title, customer_id, state (or state_id), priority
 * (or priority_id), created_at, updated_at; article body, content_type, sender, internal, type,
 * from, created_at. [U] sender_id 1/2/3, priority_id 1/2/3 (the default seeds) and article type
 * "chat" are read when the names are missing; ticket.customer as an object is read when expanded.
 */
export function zammadTicketToDraft(raw: unknown, options: { touchpoint?: string } = {}): Record<string, any> {
	const { payload, ticket, ticketId } = ticketPayload(raw, 'articles', 'GET /api/v1/tickets/{id}');
	const articles = listField(payload, 'articles');
	if (!articles || !articles.length) throw new Error('articles: expected the ticket\'s articles (GET /api/v1/ticket_articles/by_ticket/{id}), got none');

	const messages: ConversationMessage[] = [];
	let firstCustomer: Record<string, any> | undefined;
	let chat = true;
	for (const a of articles) {
		const sender = typeof a.sender === 'string' ? a.sender.trim().toLowerCase() : SENDER_BY_ID[Number(a.sender_id)];
		if (flag(a.internal) || sender === 'system' || !sender) continue;
		const html = typeof a.content_type === 'string' ? /html/i.test(a.content_type) : undefined;
		const text = cleanMessage(a.body, html);
		const side = sender === 'customer' ? 'customer' : 'agent';
		if (side === 'customer' && text && !firstCustomer) firstCustomer = a;
		if (text && a.type !== 'chat') chat = false;
		messages.push({ side, text, at: a.created_at });
	}
	if (!messages.some((m) => m.text)) throw new Error('articles: no public Customer or Agent article with text');
	const state = typeof ticket.state === 'string' ? ticket.state : isObject(ticket.state) ? ticket.state.name : undefined;
	const rawPriority = typeof ticket.priority === 'string' ? ticket.priority : isObject(ticket.priority) ? ticket.priority.name : undefined;
	const priority = rawPriority ? String(rawPriority).replace(/^\d+\s+/, '') : PRIORITY_BY_ID[Number(ticket.priority_id)];
	const conv = buildConversation(messages, { status: state, priority });
	const customerId = idString(ticket.customer_id) ?? (isObject(ticket.customer) ? idString(ticket.customer.id) : undefined);
	const expanded = isObject(ticket.customer) ? ticket.customer : undefined;
	const customer = customerOf(
		expanded && { ...expanded, name: expanded.name ?? ([expanded.firstname, expanded.lastname].filter(Boolean).join(' ') || undefined) },
		typeof ticket.customer === 'string' ? parseAddress(ticket.customer) : undefined,
		firstCustomer ? parseAddress(firstCustomer.from) : undefined,
	);
	if (customer && customerId) customer.id = customerId;
	const number = idString(ticket.number);
	return {
		source: 'zammad',
		sourceId: ticketId,
		channel: chat ? 'chat' : 'ticket',
		touchpoint: options.touchpoint,
		occurredAt: conv.occurredAt ?? ticket.created_at,
		customer: customer ?? (customerId ? { id: customerId } : undefined),
		scores: {},
		text: conv.text,
		answers: [],
		meta: {
			ids: { ticket: ticketId, ...(number ? { number } : {}) },
			...(typeof ticket.title === 'string' && ticket.title.trim() ? { subject: ticket.title.trim() } : {}),
			...(ticket.updated_at ? { updatedAt: ticket.updated_at } : {}),
			reply: { state: conv.meta.agentTurns > 0 ? 'replied' : 'none' },
			conversation: conv.meta,
		},
	};
}
