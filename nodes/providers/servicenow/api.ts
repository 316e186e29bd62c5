/**
 * ServiceNow Table API (`/api/now/table/<table>`, default `incident`). The case id goes into
 * `correlation_id` (`cxloop-cx-…`), the field ServiceNow provides for external ids; a create first
 * queries it (idempotent). Internal notes are `work_notes`, customer-visible ones `comments`.
 * Resolving needs a close code and notes (instance-specific choices; default "Solution provided").
 */
import type { CaseStatus } from '../../engine/cases/model';
import { caseFacts, subjectWithCaseId, type ExternalTicket, type Requester, type TicketApi } from '../../engine/cases/provider';
import { externalTag } from '../../engine/cases/ids';
import { fromServiceNow, TO_SN_IMPACT_URGENCY, TO_SN_STATE } from './normalize';

export interface ServiceNowSettings {
	table?: string;
	assignmentGroup?: string;
	callerId?: string;
	closeCode?: string;
}

const QS = { sysparm_display_value: 'false', sysparm_exclude_reference_link: 'true' };

export function serviceNowApi(req: Requester, baseUrl: string, s: ServiceNowSettings = {}): TicketApi {
	const table = s.table || 'incident';
	const base = `/api/now/table/${encodeURIComponent(table)}`;
	const to = (r: any) => fromServiceNow(r, baseUrl, table);
	const patch = async (id: string, body: Record<string, unknown>) => to((await req({ method: 'PATCH', path: `${base}/${encodeURIComponent(id)}`, qs: QS, body })).body.result);
	const query = async (q: string, limit: number) => {
		const out: ExternalTicket[] = [];
		for (let offset = 0; out.length < limit; ) {
			const size = Math.min(100, limit - out.length);
			const res = await req({ method: 'GET', path: base, qs: { ...QS, sysparm_query: q, sysparm_limit: size, sysparm_offset: offset } });
			const rows: any[] = res.body.result ?? [];
			out.push(...rows.map(to));
			offset += rows.length;
			if (rows.length < size) break;
		}
		return out;
	};
	return {
		provider: 'servicenow',
		async findByCaseId(caseId) {
			return (await query(`correlation_id=${externalTag(caseId)}`, 1))[0];
		},
		async create({ case: c }) {
			const body: Record<string, unknown> = {
				short_description: subjectWithCaseId(c).slice(0, 160),
				description: `${c.description}\n\n${caseFacts(c)}`,
				...TO_SN_IMPACT_URGENCY[c.priority],
				correlation_id: externalTag(c.id),
				correlation_display: 'n8n-nodes-cxloop',
			};
			if (s.assignmentGroup) body.assignment_group = s.assignmentGroup;
			if (s.callerId) body.caller_id = s.callerId;
			return to((await req({ method: 'POST', path: base, qs: QS, body })).body.result);
		},
		async get(id) {
			return to((await req({ method: 'GET', path: `${base}/${encodeURIComponent(id)}`, qs: QS })).body.result);
		},
		async update(id, p) {
			const body: Record<string, unknown> = {};
			if (p.priority) Object.assign(body, TO_SN_IMPACT_URGENCY[p.priority]);
			if (p.title) body.short_description = p.title;
			return patch(id, body);
		},
		async comment(id, text, internal) {
			await patch(id, internal ? { work_notes: text } : { comments: text });
		},
		async setStatus(id, status: CaseStatus, note) {
			const body: Record<string, unknown> = { state: TO_SN_STATE[status] };
			if (status === 'pending') body.hold_reason = '1'; // Awaiting Caller
			if (status === 'resolved' || status === 'closed') {
				body.close_code = s.closeCode || 'Solution provided';
				body.close_notes = note || 'Resolved in CX Loop';
			} else if (note) body.work_notes = note;
			return patch(id, body);
		},
		async search({ open, limit }) {
			return query(`correlation_idSTARTSWITHcxloop-${open ? '^stateIN1,2,3' : ''}^ORDERBYDESCsys_created_on`, limit);
		},
	};
}
