/**
 * Redmine REST API (`X-Redmine-API-Key`). The case id leads the subject (`[CX-…] …`); a create first
 * filters issues of the project on subject "contains" the case id, any status (idempotent).
 * Status and priority ids are read once per run from /issue_statuses.json and
 * /enumerations/issue_priorities.json and matched by name. Updates answer 204, so the issue is read
 * back after each change. Notes can be private (`private_notes`).
 */
import type { CaseStatus } from '../../engine/cases/model';
import type { Priority } from '../../engine/routing/rules';
import { caseFacts, subjectWithCaseId, type ExternalTicket, type Requester, type TicketApi } from '../../engine/cases/provider';
import { findByName, fromRedmine, PRIORITY_NAMES, STATUS_NAMES, type Named } from './normalize';

export interface RedmineSettings {
	projectId: string;
	trackerId?: string;
	assignedToId?: string;
}

/** Redmine's generic filter syntax (f[] / op[] / v[]), which its REST API accepts like the UI. */
function filterQuery(params: Array<[string, string]>): string {
	return params.map(([k, v]) => `${encodeURIComponent(k).replace(/%5B/g, '[').replace(/%5D/g, ']')}=${encodeURIComponent(v)}`).join('&');
}

export function redmineApi(req: Requester, baseUrl: string, s: RedmineSettings): TicketApi {
	let statuses: Named[] | undefined;
	let priorities: Named[] | undefined;
	const loadStatuses = async (): Promise<Named[]> => (statuses ??= (await req({ method: 'GET', path: '/issue_statuses.json' })).body.issue_statuses ?? []);
	const loadPriorities = async (): Promise<Named[]> =>
		(priorities ??= (await req({ method: 'GET', path: '/enumerations/issue_priorities.json' })).body.issue_priorities ?? []);
	const statusId = async (st: CaseStatus) => {
		const list = await loadStatuses();
		const hit = findByName(list, STATUS_NAMES, st) ?? (st === 'resolved' ? findByName(list, STATUS_NAMES, 'closed') : undefined);
		if (!hit) throw new Error(`Redmine has no status for "${st}" (statuses: ${list.map((x) => x.name).join(', ')})`);
		return hit.id;
	};
	const priorityId = async (p: Priority) => {
		const list = await loadPriorities();
		return (findByName(list, PRIORITY_NAMES, p) ?? (p === 'urgent' ? findByName(list, PRIORITY_NAMES, 'high') : undefined) ?? list.find((x) => x.is_default))?.id;
	};
	const get = async (id: string) => fromRedmine((await req({ method: 'GET', path: `/issues/${encodeURIComponent(id)}.json` })).body.issue, baseUrl);
	const put = async (id: string, issue: Record<string, unknown>) => {
		await req({ method: 'PUT', path: `/issues/${encodeURIComponent(id)}.json`, body: { issue } });
		return get(id);
	};
	const list = async (filters: Array<[string, string]>, limit: number) => {
		const out: ExternalTicket[] = [];
		for (let offset = 0; out.length < limit; ) {
			const size = Math.min(100, limit - out.length);
			const q = filterQuery([...filters, ['sort', 'id:desc'], ['offset', String(offset)], ['limit', String(size)]]);
			const res = await req({ method: 'GET', path: `/issues.json?${q}` });
			const issues: any[] = res.body.issues ?? [];
			out.push(...issues.map((i) => fromRedmine(i, baseUrl)));
			offset += issues.length;
			if (!issues.length || offset >= Number(res.body.total_count ?? 0)) break;
		}
		return out;
	};
	const project: Array<[string, string]> = s.projectId ? [['project_id', String(s.projectId)]] : [];
	return {
		provider: 'redmine',
		async findByCaseId(caseId) {
			const found = await list(
				[...project, ['set_filter', '1'], ['f[]', 'status_id'], ['op[status_id]', '*'], ['f[]', 'subject'], ['op[subject]', '~'], ['v[subject][]', caseId]],
				5,
			);
			return found.find((t) => t.caseId === caseId);
		},
		async create({ case: c }) {
			if (!s.projectId) throw new Error('Redmine needs a "Project" (id or identifier)');
			const issue: Record<string, unknown> = {
				project_id: /^\d+$/.test(String(s.projectId)) ? Number(s.projectId) : s.projectId,
				subject: subjectWithCaseId(c).slice(0, 255),
				description: `${c.description}\n\n${caseFacts(c)}`,
			};
			const pid = await priorityId(c.priority);
			if (pid) issue.priority_id = pid;
			if (s.trackerId) issue.tracker_id = Number(s.trackerId);
			if (s.assignedToId) issue.assigned_to_id = Number(s.assignedToId);
			if (c.dueAt) {
				// Redmine wants due_date >= start_date, and start_date defaults to today: a case that is
				// already past due (old feedback, a late import) would be refused. Start it on the day it
				// was opened, or on its due day if that is earlier.
				const due = c.dueAt.slice(0, 10);
				const opened = (c.createdAt ?? '').slice(0, 10);
				issue.due_date = due;
				issue.start_date = /^\d{4}-\d{2}-\d{2}$/.test(opened) && opened < due ? opened : due;
			}
			const res = await req({ method: 'POST', path: '/issues.json', body: { issue } });
			return fromRedmine(res.body.issue, baseUrl);
		},
		get,
		async update(id, p) {
			const issue: Record<string, unknown> = {};
			if (p.priority) issue.priority_id = await priorityId(p.priority);
			if (p.title) issue.subject = p.title;
			return put(id, issue);
		},
		async comment(id, text, internal) {
			await req({ method: 'PUT', path: `/issues/${encodeURIComponent(id)}.json`, body: { issue: { notes: text, private_notes: internal } } });
		},
		async setStatus(id, status, note) {
			const issue: Record<string, unknown> = { status_id: await statusId(status) };
			if (note) {
				issue.notes = note;
				issue.private_notes = true;
			}
			return put(id, issue);
		},
		async search({ open, limit }) {
			const found = await list([...project, ['status_id', open ? 'open' : '*'], ['set_filter', '1'], ['f[]', 'subject'], ['op[subject]', '~'], ['v[subject][]', '[']], limit * 2);
			return found.filter((t) => t.caseId).slice(0, limit);
		},
	};
}
