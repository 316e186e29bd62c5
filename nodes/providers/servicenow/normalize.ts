/**
 * ServiceNow incidents ⇄ the case model. state 1 New, 2 In Progress, 3 On Hold, 6 Resolved,
 * 7 Closed, 8 Canceled; priority is derived from impact × urgency (1 Critical … 5 Planning).
 */
import type { CaseStatus } from '../../engine/cases/model';
import type { Priority } from '../../engine/routing/rules';
import { caseIdInText, type ExternalTicket } from '../../engine/cases/provider';

export const TO_SN_STATE: Record<CaseStatus, string> = { new: '1', open: '2', pending: '3', resolved: '6', closed: '7' };
/** impact / urgency pairs that give priority 1, 2, 3 and 5 in the default matrix. */
export const TO_SN_IMPACT_URGENCY: Record<Priority, { impact: string; urgency: string }> = {
	urgent: { impact: '1', urgency: '1' },
	high: { impact: '1', urgency: '2' },
	normal: { impact: '2', urgency: '2' },
	low: { impact: '3', urgency: '3' },
};
const FROM_STATE: Record<string, CaseStatus> = { '1': 'new', '2': 'open', '3': 'pending', '6': 'resolved', '7': 'closed', '8': 'closed' };
const STATE_NAME: Record<string, string> = { '1': 'New', '2': 'In Progress', '3': 'On Hold', '6': 'Resolved', '7': 'Closed', '8': 'Canceled' };
const FROM_PRIORITY: Record<string, Priority> = { '1': 'urgent', '2': 'high', '3': 'normal', '4': 'low', '5': 'low' };

/** Reference fields come as {value, link} or as the raw value depending on sysparm settings. */
function val(v: unknown): string {
	if (v && typeof v === 'object' && 'value' in (v as object)) return String((v as { value: unknown }).value ?? '');
	return v === undefined || v === null ? '' : String(v);
}

export function fromServiceNow(r: Record<string, any>, baseUrl: string, table: string): ExternalTicket {
	const state = val(r.state);
	return {
		provider: 'servicenow',
		id: val(r.sys_id),
		number: val(r.number) || undefined,
		url: `${baseUrl}/nav_to.do?uri=${encodeURIComponent(`${table}.do?sys_id=${val(r.sys_id)}`)}`,
		caseId: caseIdInText(val(r.correlation_id).toUpperCase().replace(/^CXLOOP-/, '')) ?? caseIdInText(val(r.short_description)),
		title: val(r.short_description),
		status: FROM_STATE[state] ?? 'open',
		rawStatus: STATE_NAME[state] ?? state,
		priority: FROM_PRIORITY[val(r.priority)] ?? 'normal',
		rawPriority: val(r.priority),
		createdAt: val(r.sys_created_on) || undefined,
		updatedAt: val(r.sys_updated_on) || undefined,
		assignee: val(r.assigned_to) || undefined,
	};
}
