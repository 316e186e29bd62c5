/**
 * Jira Service Management: requests are created through the Service Desk API
 * (`/rest/servicedeskapi/request`), then labelled `cxloop` + `cxloop-<case id>` and given a priority
 * through the platform API. Idempotent create searches JQL by that label first. Cloud uses
 * `/rest/api/3/search/jql` (token paging); Data Center / Server `/rest/api/2/search` (startAt).
 * On Cloud `raiseOnBehalfOf` must be an account id, not an e-mail (JSDCLOUD-6061).
 */
import type { CaseStatus } from '../../engine/cases/model';
import { caseFacts, subjectWithCaseId, type ExternalTicket, type Requester, type TicketApi } from '../../engine/cases/provider';
import { externalTag } from '../../engine/cases/ids';
import { fromJiraIssue, TO_JIRA_PRIORITY, TRANSITION_NAMES } from './normalize';

export interface JiraSettings {
	serviceDeskId: string;
	requestTypeId: string;
	deployment?: 'cloud' | 'server';
	/** Account id (Cloud) or username (Server) to raise the request for. */
	raiseOnBehalfOf?: string;
	/** Set the priority field after create (some request types hide it). */
	setPriority?: boolean;
}

const FIELDS = 'summary,status,priority,labels,created,updated,assignee';

export function jiraApi(req: Requester, baseUrl: string, s: JiraSettings): TicketApi {
	const cloud = (s.deployment ?? 'cloud') === 'cloud';
	const getIssue = async (key: string) =>
		fromJiraIssue((await req({ method: 'GET', path: `/rest/api/2/issue/${encodeURIComponent(key)}`, qs: { fields: FIELDS } })).body, baseUrl);
	const jql = async (query: string, limit: number): Promise<ExternalTicket[]> => {
		const out: ExternalTicket[] = [];
		if (cloud) {
			let token: string | undefined;
			for (let guard = 0; guard < 1000 && out.length < limit; guard++) {
				const qs: Record<string, string | number> = { jql: query, fields: FIELDS, maxResults: Math.min(100, limit) };
				if (token) qs.nextPageToken = token;
				const res = await req({ method: 'GET', path: '/rest/api/3/search/jql', qs });
				for (const i of res.body.issues ?? []) if (out.length < limit) out.push(fromJiraIssue(i, baseUrl));
				token = res.body.nextPageToken;
				if (res.body.isLast !== false || !token) break;
			}
		} else {
			for (let startAt = 0; out.length < limit; ) {
				const res = await req({ method: 'GET', path: '/rest/api/2/search', qs: { jql: query, fields: FIELDS, startAt, maxResults: Math.min(100, limit) } });
				const issues: any[] = res.body.issues ?? [];
				for (const i of issues) if (out.length < limit) out.push(fromJiraIssue(i, baseUrl));
				startAt += issues.length;
				if (!issues.length || startAt >= Number(res.body.total ?? 0)) break;
			}
		}
		return out;
	};
	const transition = async (key: string, status: CaseStatus, note?: string) => {
		const res = await req({ method: 'GET', path: `/rest/servicedeskapi/request/${encodeURIComponent(key)}/transition` });
		const values: Array<{ id: string; name: string }> = res.body.values ?? [];
		let pick: { id: string; name: string } | undefined;
		for (const want of TRANSITION_NAMES[status]) {
			pick = values.find((v) => v.name.toLowerCase() === want) ?? values.find((v) => v.name.toLowerCase().includes(want));
			if (pick) break;
		}
		if (!pick) {
			throw new Error(`Jira request ${key} has no transition to "${status}" (available: ${values.map((v) => v.name).join(', ') || 'none'})`);
		}
		const body: Record<string, unknown> = { id: pick.id };
		if (note) body.additionalComment = { body: note };
		await req({ method: 'POST', path: `/rest/servicedeskapi/request/${encodeURIComponent(key)}/transition`, body });
	};
	return {
		provider: 'jira',
		async findByCaseId(caseId) {
			return (await jql(`labels = "${externalTag(caseId)}" ORDER BY created DESC`, 1))[0];
		},
		async create({ case: c }) {
			if (!s.serviceDeskId || !s.requestTypeId) throw new Error('Jira Service Management needs "Service Desk ID" and "Request Type ID"');
			const body: Record<string, unknown> = {
				serviceDeskId: String(s.serviceDeskId),
				requestTypeId: String(s.requestTypeId),
				requestFieldValues: { summary: subjectWithCaseId(c).slice(0, 250), description: `${c.description}\n\n${caseFacts(c)}` },
			};
			if (s.raiseOnBehalfOf) body.raiseOnBehalfOf = s.raiseOnBehalfOf;
			const created = (await req({ method: 'POST', path: '/rest/servicedeskapi/request', body })).body;
			const key = String(created.issueKey);
			const fields: Record<string, unknown> = {};
			if (s.setPriority !== false) fields.priority = { name: TO_JIRA_PRIORITY[c.priority] };
			await req({
				method: 'PUT',
				path: `/rest/api/2/issue/${encodeURIComponent(key)}`,
				body: { update: { labels: [{ add: 'cxloop' }, { add: externalTag(c.id) }] }, ...(Object.keys(fields).length ? { fields } : {}) },
			});
			return getIssue(key);
		},
		get: getIssue,
		async update(id, patch) {
			const fields: Record<string, unknown> = {};
			if (patch.priority) fields.priority = { name: TO_JIRA_PRIORITY[patch.priority] };
			if (patch.title) fields.summary = patch.title;
			if (Object.keys(fields).length) await req({ method: 'PUT', path: `/rest/api/2/issue/${encodeURIComponent(id)}`, body: { fields } });
			return getIssue(id);
		},
		async comment(id, text, internal) {
			await req({ method: 'POST', path: `/rest/servicedeskapi/request/${encodeURIComponent(id)}/comment`, body: { body: text, public: !internal } });
		},
		async setStatus(id, status, note) {
			await transition(id, status, note);
			return getIssue(id);
		},
		async search({ open, limit }) {
			return jql(`labels = "cxloop"${open ? ' AND statusCategory != Done' : ''} ORDER BY created DESC`, limit);
		},
	};
}
