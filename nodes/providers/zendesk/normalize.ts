/** Zendesk Support tickets ⇄ the case model. Statuses: new, open, pending, hold, solved, closed. */
import type { CaseStatus } from '../../engine/cases/model';
import type { Priority } from '../../engine/routing/rules';
import { caseIdInText, type ExternalTicket } from '../../engine/cases/provider';
import { isObject } from '../../engine/reviews/types';
import {
	buildConversation,
	cleanMessage,
	customerOf,
	idString,
	listField,
	ticketPayload,
	type ConversationMessage,
} from '../json/conversation';

export const TO_ZENDESK_STATUS: Record<CaseStatus, string> = { new: 'new', open: 'open', pending: 'pending', resolved: 'solved', closed: 'closed' };
const FROM_STATUS: Record<string, CaseStatus> = { new: 'new', open: 'open', pending: 'pending', hold: 'pending', solved: 'resolved', closed: 'closed' };
const FROM_PRIORITY: Record<string, Priority> = { urgent: 'urgent', high: 'high', normal: 'normal', low: 'low' };

export function fromZendesk(t: Record<string, any>, baseUrl: string): ExternalTicket {
	const ext = typeof t.external_id === 'string' ? t.external_id : '';
	return {
		provider: 'zendesk',
		id: String(t.id),
		url: `${baseUrl}/agent/tickets/${t.id}`,
		caseId: caseIdInText(ext.toUpperCase().replace(/^CXLOOP-/, '')) ?? caseIdInText(t.subject),
		title: String(t.subject ?? ''),
		status: FROM_STATUS[t.status] ?? 'open',
		rawStatus: String(t.status ?? ''),
		priority: FROM_PRIORITY[t.priority] ?? 'normal',
		rawPriority: t.priority ?? undefined,
		createdAt: t.created_at,
		updatedAt: t.updated_at,
		dueAt: t.due_at ?? undefined,
		assignee: t.assignee_id ? String(t.assignee_id) : undefined,
	};
}

// ── A ticket thread as Feedback (the "Zendesk Ticket (With Comments)" preset) ──────────────────────

/**
 * `{ ticket, comments }` from GET /api/v2/tickets/{id} and GET /api/v2/tickets/{id}/comments → a
 * Feedback draft: the public comments as a dialogue (author_id === ticket.requester_id → the customer,
 * anyone else → the agent; private notes left out), the legacy CSAT rating as a score.
 *
 * Fields read, as the Zendesk Support API documents them [V developer.zendesk.com ticket_comments,
 * tickets, satisfaction_ratings]: ticket.id, subject, requester_id, status, priority, created_at,
 * updated_at, tags, url, via.channel, satisfaction_rating {score, comment, reason}; comment id,
 * author_id, body, plain_body, html_body, public, created_at. [U] comment via.source.from
 * {address, name} (read for the requester's e-mail when no user is side-loaded) and the `users`
 * side-load (?include=users) are read when present, not relied on. `comments` may be the list or
 * the API response ({comments: […]}); without comments the ticket's description is the one turn.
 */

/** Legacy CSAT good / bad on the 1–5 CSAT scale: top-two-box = Zendesk's own "% good". */
const ZENDESK_CSAT: Record<string, number> = { good: 5, bad: 1 };

export function zendeskTicketToDraft(raw: unknown, options: { touchpoint?: string } = {}): Record<string, any> {
	const { payload, ticket, ticketId } = ticketPayload(raw, 'comments', 'GET /api/v2/tickets/{id} → ticket');
	const comments = listField(payload, 'comments');
	const users = listField(payload, 'users') ?? (isObject(payload.comments) && Array.isArray(payload.comments.users) ? payload.comments.users.filter(isObject) : []);
	// Without requester_id (a trimmed payload): the first comment's author, who opened the ticket.
	const requester = idString(ticket.requester_id) ?? idString(comments?.[0]?.author_id);

	const messages: ConversationMessage[] = [];
	let firstCustomerComment: Record<string, any> | undefined;
	if (comments && comments.length) {
		for (const c of comments) {
			if (c.public === false || c.public === 'false') continue;
			const side = requester !== undefined && idString(c.author_id) === requester ? 'customer' : 'agent';
			const body = [c.body, c.plain_body].find((b) => typeof b === 'string' && b.trim());
			const text = body !== undefined ? cleanMessage(body) : cleanMessage(c.html_body, true);
			if (side === 'customer' && text && !firstCustomerComment) firstCustomerComment = c;
			messages.push({ side, text, at: c.created_at });
		}
	} else if (typeof ticket.description === 'string' && ticket.description.trim()) {
		messages.push({ side: 'customer', text: cleanMessage(ticket.description), at: ticket.created_at });
	} else {
		throw new Error('comments: no comments and no ticket.description: nothing to read');
	}
	const conv = buildConversation(messages, { status: ticket.status, priority: ticket.priority });

	const rating = ticket.satisfaction_rating;
	const score = isObject(rating) && typeof rating.score === 'string' ? rating.score.toLowerCase() : typeof rating === 'string' ? rating.toLowerCase() : undefined;
	const answers: Array<Record<string, any>> = [];
	// "offered" / "unoffered" are states of the survey, not answers: kept in meta.satisfaction only.
	if (score && ZENDESK_CSAT[score] !== undefined) answers.push({ question: 'Satisfaction rating', questionId: 'satisfaction_rating.score', type: 'zendesk_csat', value: score });
	if (isObject(rating) && typeof rating.comment === 'string' && rating.comment.trim())
		answers.push({ question: 'Satisfaction comment', questionId: 'satisfaction_rating.comment', type: 'text', value: rating.comment.trim() });

	const user = users.find((u) => idString(u.id) === requester);
	const from = isObject(firstCustomerComment?.via?.source?.from) ? firstCustomerComment.via.source.from : undefined;
	const customer = customerOf(user, isObject(ticket.requester) ? ticket.requester : undefined, from);
	if (customer && requester) customer.id = requester;
	const viaChannel = String(ticket.via?.channel ?? '');
	const apiUrl = typeof ticket.url === 'string' ? ticket.url : '';
	const agentUrl = /^(https?:\/\/[^/]+)\/api\/v2\/tickets\/\d+(\.json)?$/.exec(apiUrl);
	return {
		source: 'zendesk',
		sourceId: ticketId,
		// Zendesk Chat / Messaging tickets [U: via.channel values "chat", "native_messaging"].
		channel: /chat|messaging/.test(viaChannel) ? 'chat' : 'ticket',
		touchpoint: options.touchpoint,
		occurredAt: conv.occurredAt ?? ticket.created_at,
		customer: customer ?? (requester ? { id: requester } : undefined),
		scores: score && ZENDESK_CSAT[score] !== undefined ? { csat: ZENDESK_CSAT[score] } : {},
		text: conv.text,
		answers,
		meta: {
			...(agentUrl ? { url: `${agentUrl[1]}/agent/tickets/${ticketId}` } : {}),
			ids: { ticket: ticketId, ...(idString(ticket.external_id) ? { external: idString(ticket.external_id) as string } : {}) },
			...(typeof ticket.subject === 'string' && ticket.subject.trim() ? { subject: ticket.subject.trim() } : {}),
			...(Array.isArray(ticket.tags) && ticket.tags.length ? { tags: ticket.tags.map(String) } : {}),
			...(ticket.updated_at ? { updatedAt: ticket.updated_at } : {}),
			...(isObject(rating) && score ? { satisfaction: { score, ...(rating.comment ? { comment: String(rating.comment) } : {}), ...(rating.reason ? { reason: String(rating.reason) } : {}) } } : {}),
			reply: { state: conv.meta.agentTurns > 0 ? 'replied' : 'none' },
			conversation: conv.meta,
		},
	};
}
