/** Freshdesk tickets ⇄ the case model. status 2 Open, 3 Pending, 4 Resolved, 5 Closed; priority 1–4. */
import type { CaseStatus } from '../../engine/cases/model';
import type { Priority } from '../../engine/routing/rules';
import { caseIdInText, type ExternalTicket } from '../../engine/cases/provider';

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
