/**
 * Freshdesk API v2. Tickets carry the tags `cxloop` and `cxloop-<case id>`; a create first searches
 * by that tag (idempotent). Search pages 30 results at a time, at most 10 pages (Freshdesk's cap).
 */
import type { CaseStatus } from '../../engine/cases/model';
import { caseFacts, descriptionHtml, subjectWithCaseId, type ExternalTicket, type Requester, type TicketApi } from '../../engine/cases/provider';
import { externalTag } from '../../engine/cases/ids';
import { fromFreshdesk, TO_FRESHDESK_PRIORITY, TO_FRESHDESK_STATUS } from './normalize';

export interface FreshdeskSettings {
	/** Used when the case has no customer e-mail (Freshdesk requires a requester). */
	defaultRequesterEmail?: string;
}

export function freshdeskApi(req: Requester, baseUrl: string, s: FreshdeskSettings = {}): TicketApi {
	const get = async (id: string) => fromFreshdesk((await req({ method: 'GET', path: `/api/v2/tickets/${encodeURIComponent(id)}` })).body, baseUrl);
	const put = async (id: string, body: Record<string, unknown>) => fromFreshdesk((await req({ method: 'PUT', path: `/api/v2/tickets/${encodeURIComponent(id)}`, body })).body, baseUrl);
	const searchQuery = async (query: string, limit: number) => {
		const out: ExternalTicket[] = [];
		for (let page = 1; page <= 10 && out.length < limit; page++) {
			const res = await req({ method: 'GET', path: '/api/v2/search/tickets', qs: { query: `"${query}"`, page } });
			const results: any[] = res.body.results ?? [];
			for (const t of results) if (out.length < limit) out.push(fromFreshdesk(t, baseUrl));
			if (results.length < 30) break;
		}
		return out;
	};
	return {
		provider: 'freshdesk',
		async findByCaseId(caseId) {
			return (await searchQuery(`tag:'${externalTag(caseId)}'`, 1))[0];
		},
		async create({ case: c, requesterEmail, requesterName }) {
			const email = requesterEmail ?? c.customer?.email ?? s.defaultRequesterEmail;
			if (!email) throw new Error(`Freshdesk needs a requester e-mail: case ${c.id} has no customer e-mail and no "Default Requester Email" is set`);
			const body: Record<string, unknown> = {
				subject: subjectWithCaseId(c),
				description: `${descriptionHtml(c)}<br><br>${descriptionHtml({ ...c, description: caseFacts(c) })}`,
				email,
				priority: TO_FRESHDESK_PRIORITY[c.priority],
				status: 2,
				source: 9,
				tags: ['cxloop', externalTag(c.id), ...c.tags],
			};
			const name = requesterName ?? c.customer?.name;
			if (name) body.name = name;
			if (c.dueAt) body.due_by = c.dueAt;
			if (c.responseDueAt) body.fr_due_by = c.responseDueAt;
			return fromFreshdesk((await req({ method: 'POST', path: '/api/v2/tickets', body })).body, baseUrl);
		},
		get,
		async update(id, patch) {
			const body: Record<string, unknown> = {};
			if (patch.priority) body.priority = TO_FRESHDESK_PRIORITY[patch.priority];
			if (patch.title) body.subject = patch.title;
			return put(id, body);
		},
		async comment(id, text, internal) {
			await req({ method: 'POST', path: `/api/v2/tickets/${encodeURIComponent(id)}/notes`, body: { body: text, private: internal } });
		},
		async setStatus(id, status: CaseStatus, note) {
			if (note) await req({ method: 'POST', path: `/api/v2/tickets/${encodeURIComponent(id)}/notes`, body: { body: note, private: true } });
			return put(id, { status: TO_FRESHDESK_STATUS[status] });
		},
		async search({ open, limit }) {
			return searchQuery(open ? `tag:'cxloop' AND (status:2 OR status:3)` : `tag:'cxloop'`, limit);
		},
	};
}
