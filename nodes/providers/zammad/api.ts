/**
 * Zammad REST API v1 (`Authorization: Token token=…`). A ticket carries the tags `cxloop` and
 * `cxloop-<case id>` (added through /api/v1/tags/add after create) and the case id in its title;
 * a create first searches `tags:<tag>` (idempotent). `expand=true` returns state and priority names.
 */
import type { CaseStatus } from '../../engine/cases/model';
import { caseFacts, subjectWithCaseId, type ExternalTicket, type Requester, type TicketApi } from '../../engine/cases/provider';
import { externalTag } from '../../engine/cases/ids';
import { fromZammad, TO_ZAMMAD_PRIORITY, TO_ZAMMAD_STATE } from './normalize';

export interface ZammadSettings {
	group: string;
	/** Customer when the case has no e-mail (Zammad requires one). */
	defaultCustomerEmail?: string;
	/** Days before a resolved ("pending close") ticket closes by itself (default 7). */
	pendingDays?: number;
}

export function zammadApi(req: Requester, baseUrl: string, s: ZammadSettings, now: () => number = Date.now): TicketApi {
	const to = (t: any) => fromZammad(t, baseUrl);
	const put = async (id: string, body: Record<string, unknown>) =>
		to((await req({ method: 'PUT', path: `/api/v1/tickets/${encodeURIComponent(id)}`, qs: { expand: 'true' }, body })).body);
	const article = async (id: string, text: string, internal: boolean) => {
		await req({ method: 'POST', path: '/api/v1/ticket_articles', body: { ticket_id: Number(id), body: text, type: 'note', internal, content_type: 'text/plain' } });
	};
	const search = async (query: string, limit: number) => {
		const out: ExternalTicket[] = [];
		for (let page = 1; out.length < limit; page++) {
			const perPage = Math.min(100, limit);
			const res = await req({ method: 'GET', path: '/api/v1/tickets/search', qs: { query, expand: 'true', page, per_page: perPage, limit: perPage } });
			const list: any[] = Array.isArray(res.body) ? res.body : [];
			for (const t of list) if (out.length < limit) out.push(to(t));
			if (list.length < perPage) break;
		}
		return out;
	};
	return {
		provider: 'zammad',
		async findByCaseId(caseId) {
			return (await search(`tags:${externalTag(caseId)}`, 1))[0];
		},
		async create({ case: c, requesterEmail }) {
			if (!s.group) throw new Error('Zammad needs a "Group" for new tickets');
			const email = requesterEmail ?? c.customer?.email ?? s.defaultCustomerEmail;
			if (!email) throw new Error(`Zammad needs a customer: case ${c.id} has no customer e-mail and no "Default Customer Email" is set`);
			const body = {
				title: subjectWithCaseId(c),
				group: s.group,
				customer_id: `guess:${email}`,
				priority: TO_ZAMMAD_PRIORITY[c.priority],
				state: 'new',
				article: { subject: c.title, body: `${c.description}\n\n${caseFacts(c)}`, type: 'note', internal: false, content_type: 'text/plain' },
			};
			const created = (await req({ method: 'POST', path: '/api/v1/tickets', qs: { expand: 'true' }, body })).body;
			for (const item of ['cxloop', externalTag(c.id)]) {
				await req({ method: 'POST', path: '/api/v1/tags/add', body: { object: 'Ticket', o_id: created.id, item } });
			}
			return to(created);
		},
		async get(id) {
			return to((await req({ method: 'GET', path: `/api/v1/tickets/${encodeURIComponent(id)}`, qs: { expand: 'true' } })).body);
		},
		async update(id, p) {
			const body: Record<string, unknown> = {};
			if (p.priority) body.priority = TO_ZAMMAD_PRIORITY[p.priority];
			if (p.title) body.title = p.title;
			return put(id, body);
		},
		comment: article,
		async setStatus(id, status: CaseStatus, note) {
			if (note) await article(id, note, true);
			const body: Record<string, unknown> = { state: TO_ZAMMAD_STATE[status] };
			if (status === 'pending' || status === 'resolved') {
				body.pending_time = new Date(now() + (status === 'pending' ? 1 : (s.pendingDays ?? 7)) * 86400_000).toISOString();
			}
			return put(id, body);
		},
		async search({ open, limit }) {
			return search(`tags:cxloop${open ? ' AND state.name:(new OR open OR "pending reminder")' : ''}`, limit);
		},
	};
}
