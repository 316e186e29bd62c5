/** Zendesk Support tickets ⇄ the case model. Statuses: new, open, pending, hold, solved, closed. */
import type { CaseStatus } from '../../engine/cases/model';
import type { Priority } from '../../engine/routing/rules';
import { caseIdInText, type ExternalTicket } from '../../engine/cases/provider';

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
