/**
 * Jira Service Management requests ⇄ the case model. Jira statuses are per workflow, so the case
 * status comes from the status category (new / indeterminate / done) and the status name.
 */
import type { CaseStatus } from '../../engine/cases/model';
import type { Priority } from '../../engine/routing/rules';
import { caseIdInText, type ExternalTicket } from '../../engine/cases/provider';

export const TO_JIRA_PRIORITY: Record<Priority, string> = { urgent: 'Highest', high: 'High', normal: 'Medium', low: 'Low' };

export function priorityFromJira(name: string | undefined): Priority {
	const n = (name ?? '').toLowerCase();
	if (/highest|blocker|critical|urgent|紧急|最高/.test(n)) return 'urgent';
	if (/high|major|高/.test(n)) return 'high';
	if (/low|minor|trivial|低/.test(n)) return 'low';
	return 'normal';
}

export function statusFromJira(name: string | undefined, category: string | undefined): CaseStatus {
	const n = (name ?? '').toLowerCase();
	const cat = (category ?? '').toLowerCase();
	if (cat === 'done' || /resolved|done|closed|cancel|已解决|已关闭|完成/.test(n)) return /closed|cancel|已关闭/.test(n) ? 'closed' : 'resolved';
	// "Waiting for support" is new work; "Waiting for customer" / pending / on hold waits on someone else.
	if (/waiting for customer|pending|hold|等待客户|挂起/.test(n)) return 'pending';
	if (cat === 'new' || /^(open|new|to do|backlog|waiting for support)$/.test(n)) return 'new';
	return 'open';
}

/** Target transition names per case status (first match wins, case-insensitive, substring). */
export const TRANSITION_NAMES: Record<CaseStatus, string[]> = {
	new: ['reopen', 'open', 'back to open'],
	open: ['in progress', 'start progress', 'respond to customer', 'reopen', 'back to in progress', 'open'],
	pending: ['pending', 'waiting for customer', 'wait for customer', 'waiting', 'hold'],
	resolved: ['resolve', 'resolved', 'done', 'mark as done', 'complete'],
	closed: ['close', 'closed', 'done', 'cancel'],
};

export function fromJiraIssue(i: Record<string, any>, baseUrl: string): ExternalTicket {
	const f = i.fields ?? {};
	const labels: string[] = Array.isArray(f.labels) ? f.labels : [];
	const tag = labels.find((l) => l.startsWith('cxloop-'));
	return {
		provider: 'jira',
		id: String(i.key ?? i.id),
		number: i.key,
		url: `${baseUrl}/browse/${i.key}`,
		caseId: caseIdInText(tag?.slice(7).toUpperCase()) ?? caseIdInText(f.summary),
		title: String(f.summary ?? ''),
		status: statusFromJira(f.status?.name, f.status?.statusCategory?.key),
		rawStatus: String(f.status?.name ?? ''),
		priority: priorityFromJira(f.priority?.name),
		rawPriority: f.priority?.name,
		createdAt: f.created,
		updatedAt: f.updated,
		assignee: f.assignee?.displayName ?? f.assignee?.accountId,
	};
}
