/**
 * Zendesk Support REST API v2: tickets carry our case id in `external_id` (`cxloop-cx-…`), so a
 * create first lists tickets by external id (idempotent). Search uses the export endpoint with
 * cursor paging (offset paging past 1,000 results is throttled).
 */
import type { CaseStatus } from '../../engine/cases/model';
import { caseFacts, descriptionHtml, subjectWithCaseId, type ExternalTicket, type Requester, type TicketApi } from '../../engine/cases/provider';
import { externalTag } from '../../engine/cases/ids';
import { fromZendesk, TO_ZENDESK_STATUS } from './normalize';

export function zendeskApi(req: Requester, baseUrl: string): TicketApi {
	const one = (body: any) => fromZendesk(body.ticket, baseUrl);
	const put = async (id: string, ticket: Record<string, unknown>) => one((await req({ method: 'PUT', path: `/api/v2/tickets/${encodeURIComponent(id)}.json`, body: { ticket } })).body);
	return {
		provider: 'zendesk',
		async findByCaseId(caseId) {
			const res = await req({ method: 'GET', path: '/api/v2/tickets.json', qs: { external_id: externalTag(caseId) } });
			const t = (res.body.tickets ?? [])[0];
			return t ? fromZendesk(t, baseUrl) : undefined;
		},
		async create({ case: c, requesterEmail, requesterName }) {
			const email = requesterEmail ?? c.customer?.email;
			const ticket: Record<string, unknown> = {
				subject: subjectWithCaseId(c),
				comment: { html_body: `${descriptionHtml(c)}<br><br>${descriptionHtml({ ...c, description: caseFacts(c) })}`, public: false },
				priority: c.priority,
				status: 'new',
				external_id: externalTag(c.id),
				tags: ['cxloop', ...c.tags.map((t) => t.replace(/\s+/g, '_'))],
			};
			if (email) ticket.requester = { email, name: requesterName ?? c.customer?.name ?? email };
			if (c.dueAt) ticket.due_at = c.dueAt;
			const res = await req({ method: 'POST', path: '/api/v2/tickets.json', body: { ticket } });
			return one(res.body);
		},
		async get(id) {
			return one((await req({ method: 'GET', path: `/api/v2/tickets/${encodeURIComponent(id)}.json` })).body);
		},
		async update(id, patch) {
			const t: Record<string, unknown> = {};
			if (patch.priority) t.priority = patch.priority;
			if (patch.title) t.subject = patch.title;
			return put(id, t);
		},
		async comment(id, text, internal) {
			await put(id, { comment: { body: text, public: !internal } });
		},
		async setStatus(id, status: CaseStatus, note) {
			const t: Record<string, unknown> = { status: TO_ZENDESK_STATUS[status] };
			if (note) t.comment = { body: note, public: false };
			return put(id, t);
		},
		async search({ open, limit }) {
			const out: ExternalTicket[] = [];
			const query = `tags:cxloop${open ? ' status<solved' : ''}`;
			let path = `/api/v2/search/export.json?${new URLSearchParams({ query, 'filter[type]': 'ticket', 'page[size]': String(Math.min(100, limit)) })}`;
			for (let guard = 0; guard < 1000 && out.length < limit; guard++) {
				const res = await req({ method: 'GET', path });
				for (const t of res.body.results ?? []) if (out.length < limit) out.push(fromZendesk(t, baseUrl));
				const next: string | undefined = res.body.links?.next;
				if (!res.body.meta?.has_more || !next) break;
				const u = new URL(next, baseUrl);
				path = `${u.pathname}${u.search}`;
			}
			return out;
		},
	};
}
