/**
 * Zammad tickets ⇄ the case model. Default states: new, open, pending reminder, pending close,
 * closed, merged. Zammad has no "resolved": a resolved case is "pending close" (it closes by
 * itself after the pending time unless the customer answers), a closed case is "closed".
 * Priorities: "1 low", "2 normal", "3 high" (urgent maps to 3 high).
 */
import type { CaseStatus } from '../../engine/cases/model';
import type { Priority } from '../../engine/routing/rules';
import { caseIdInText, type ExternalTicket } from '../../engine/cases/provider';

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
