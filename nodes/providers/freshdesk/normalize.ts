/** Freshdesk tickets ⇄ the case model. status 2 Open, 3 Pending, 4 Resolved, 5 Closed; priority 1–4. */
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

export const TO_FRESHDESK_STATUS: Record<CaseStatus, number> = { new: 2, open: 2, pending: 3, resolved: 4, closed: 5 };
export const TO_FRESHDESK_PRIORITY: Record<Priority, number> = { low: 1, normal: 2, high: 3, urgent: 4 };
const FROM_STATUS: Record<number, CaseStatus> = { 2: 'open', 3: 'pending', 4: 'resolved', 5: 'closed' };
const FROM_PRIORITY: Record<number, Priority> = { 1: 'low', 2: 'normal', 3: 'high', 4: 'urgent' };
const STATUS_NAME: Record<number, string> = { 2: 'Open', 3: 'Pending', 4: 'Resolved', 5: 'Closed' };

export function fromFreshdesk(t: Record<string, any>, baseUrl: string): ExternalTicket {
	const tags: string[] = Array.isArray(t.tags) ? t.tags : [];
	const tag = tags.find((x) => x.startsWith('cxloop-'));
	return {
		provider: 'freshdesk',
		id: String(t.id),
		url: `${baseUrl}/a/tickets/${t.id}`,
		caseId: caseIdInText(tag?.slice(7).toUpperCase()) ?? caseIdInText(t.subject),
		title: String(t.subject ?? ''),
		// Custom statuses (6+) are treated as open work.
		status: FROM_STATUS[Number(t.status)] ?? 'open',
		rawStatus: STATUS_NAME[Number(t.status)] ?? String(t.status),
		priority: FROM_PRIORITY[Number(t.priority)] ?? 'normal',
		rawPriority: String(t.priority),
		createdAt: t.created_at,
		updatedAt: t.updated_at,
		dueAt: t.due_by ?? undefined,
		assignee: t.responder_id ? String(t.responder_id) : undefined,
	};
}

// ── A ticket thread as Feedback (the "Freshdesk Ticket (With Conversations)" preset) ───────────────

const STATUS_KEY: Record<number, string> = { 2: 'open', 3: 'pending', 4: 'resolved', 5: 'closed' };
const PRIORITY_KEY: Record<number, string> = { 1: 'low', 2: 'medium', 3: 'high', 4: 'urgent' };

/**
 * `{ ticket, conversations }` from GET /api/v2/tickets/{id} and GET /api/v2/tickets/{id}/conversations
 * → a Feedback draft. The ticket's description is the customer's first turn; a conversation is the
 * customer's when `incoming` is true or its user_id is the ticket's requester_id, else the agent's;
 * private notes are left out.
 *
 * Fields read [S freshworks Freshdesk SDK Conversation model, glama/pipedream tool docs; status 2–5 and
 * priority 1–4 as in apis.md]: ticket id, subject, description_text (else description as HTML),
 * requester_id, created_at, updated_at, priority, status, source, tags; conversation body_text
 * (else body as HTML), incoming, private, user_id, from_email, created_at, source. [U] ticket.requester
 * {name, email} (?include=requester) and ticket.email / ticket.name are read when present;
 * ticket.source 7 = chat and 10 = outbound e-mail (the description is then the agent's) are [S].
 */
export function freshdeskTicketToDraft(raw: unknown, options: { touchpoint?: string } = {}): Record<string, any> {
	const { payload, ticket, ticketId } = ticketPayload(raw, 'conversations', 'GET /api/v2/tickets/{id}');
	const conversations = listField(payload, 'conversations') ?? [];
	const requester = idString(ticket.requester_id);
	const source = Number(ticket.source);

	const messages: ConversationMessage[] = [];
	const description =
		typeof ticket.description_text === 'string' && ticket.description_text.trim() ? cleanMessage(ticket.description_text, false) : cleanMessage(ticket.description);
	if (description) messages.push({ side: source === 10 ? 'agent' : 'customer', text: description, at: ticket.created_at });
	let firstIncoming: Record<string, any> | undefined;
	for (const c of conversations) {
		if (flag(c.private)) continue;
		const customer = flag(c.incoming) || (requester !== undefined && idString(c.user_id) === requester);
		const text = typeof c.body_text === 'string' && c.body_text.trim() ? cleanMessage(c.body_text, false) : cleanMessage(c.body, true);
		if (customer && text && !firstIncoming) firstIncoming = c;
		messages.push({ side: customer ? 'customer' : 'agent', text, at: c.created_at });
	}
	if (!messages.some((m) => m.text)) throw new Error('conversations: no public conversation and no ticket.description_text: nothing to read');
	const status = Number(ticket.status);
	const priority = Number(ticket.priority);
	const conv = buildConversation(messages, {
		status: STATUS_KEY[status] ?? ticket.status,
		priority: PRIORITY_KEY[priority] ?? ticket.priority,
	});
	const customer = customerOf(
		isObject(ticket.requester) ? ticket.requester : undefined,
		{ name: ticket.name, email: ticket.email, phone: ticket.phone },
		firstIncoming ? parseAddress(firstIncoming.from_email) : undefined,
	);
	if (customer && requester) customer.id = requester;
	return {
		source: 'freshdesk',
		sourceId: ticketId,
		channel: source === 7 ? 'chat' : 'ticket',
		touchpoint: options.touchpoint,
		occurredAt: conv.occurredAt ?? ticket.created_at,
		customer: customer ?? (requester ? { id: requester } : undefined),
		scores: {},
		text: conv.text,
		answers: [],
		meta: {
			ids: { ticket: ticketId },
			...(typeof ticket.subject === 'string' && ticket.subject.trim() ? { subject: ticket.subject.trim() } : {}),
			...(Array.isArray(ticket.tags) && ticket.tags.length ? { tags: ticket.tags.map(String) } : {}),
			...(ticket.updated_at ? { updatedAt: ticket.updated_at } : {}),
			reply: { state: conv.meta.agentTurns > 0 ? 'replied' : 'none' },
			conversation: conv.meta,
		},
	};
}
