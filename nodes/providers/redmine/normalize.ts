/**
 * Redmine issues ⇄ the case model. Redmine statuses and priorities are per installation (ids), so
 * they are matched by name (English and Chinese defaults), and a closed status (`is_closed`) that
 * matches no name counts as closed.
 */
import type { CaseStatus } from '../../engine/cases/model';
import type { Priority } from '../../engine/routing/rules';
import { caseIdInText, type ExternalTicket } from '../../engine/cases/provider';

export const STATUS_NAMES: Record<CaseStatus, string[]> = {
	new: ['new', '新建'],
	open: ['in progress', 'assigned', 'open', '进行中', '处理中'],
	pending: ['feedback', 'pending', 'on hold', '反馈', '等待'],
	resolved: ['resolved', '已解决'],
	closed: ['closed', '已关闭', 'rejected', '已拒绝'],
};
export const PRIORITY_NAMES: Record<Priority, string[]> = {
	low: ['low', '低'],
	normal: ['normal', '普通', '正常'],
	high: ['high', '高'],
	urgent: ['urgent', 'immediate', '紧急', '立刻'],
};

export interface Named {
	id: number;
	name: string;
	is_closed?: boolean;
	is_default?: boolean;
}

export function findByName<T extends string>(list: Named[], names: Record<T, string[]>, want: T): Named | undefined {
	for (const n of names[want]) {
		const hit = list.find((x) => x.name.trim().toLowerCase() === n);
		if (hit) return hit;
	}
	return undefined;
}

export function statusFromRedmine(name: string | undefined, isClosed?: boolean): CaseStatus {
	const n = (name ?? '').trim().toLowerCase();
	for (const [k, names] of Object.entries(STATUS_NAMES) as Array<[CaseStatus, string[]]>) if (names.includes(n)) return k;
	return isClosed ? 'closed' : 'open';
}

export function priorityFromRedmine(name: string | undefined): Priority {
	const n = (name ?? '').trim().toLowerCase();
	for (const [k, names] of Object.entries(PRIORITY_NAMES) as Array<[Priority, string[]]>) if (names.includes(n)) return k;
	return 'normal';
}

export function fromRedmine(i: Record<string, any>, baseUrl: string): ExternalTicket {
	return {
		provider: 'redmine',
		id: String(i.id),
		url: `${baseUrl}/issues/${i.id}`,
		caseId: caseIdInText(i.subject),
		title: String(i.subject ?? ''),
		status: statusFromRedmine(i.status?.name, i.status?.is_closed),
		rawStatus: String(i.status?.name ?? ''),
		priority: priorityFromRedmine(i.priority?.name),
		rawPriority: i.priority?.name,
		createdAt: i.created_on,
		updatedAt: i.updated_on,
		dueAt: i.due_date ? `${i.due_date}T23:59:59Z` : undefined,
		assignee: i.assigned_to?.name,
	};
}
