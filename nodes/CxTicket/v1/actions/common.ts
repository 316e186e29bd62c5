import { NodeOperationError, type IDataObject, type IExecuteFunctions } from 'n8n-workflow';

import { FeedbackSchema, type Feedback } from '../../../engine/feedback/schema';
import { caseFromRow, caseToRow, type Case } from '../../../engine/cases/model';
import type { ExternalTicket, TicketApi } from '../../../engine/cases/provider';
import { isHttpStatusError, toNodeApiError } from '../../../shared/http';
import { toIsoInZone } from '../../../engine/time';
import { zendeskTicketing } from '../../../providers/zendesk/transport';
import { freshdeskTicketing } from '../../../providers/freshdesk/transport';
import { jiraTicketing } from '../../../providers/jira/transport';
import { serviceNowTicketing } from '../../../providers/servicenow/transport';
import { zammadTicketing } from '../../../providers/zammad/transport';
import { redmineTicketing } from '../../../providers/redmine/transport';

export type Provider = 'dataTable' | 'zendesk' | 'freshdesk' | 'jira' | 'servicenow' | 'zammad' | 'redmine';

export function provider(ctx: IExecuteFunctions): Provider {
	return ctx.getNodeParameter('provider', 0, 'dataTable') as Provider;
}

/** One API object per execution (Redmine caches its status list on it). */
export async function ticketApi(ctx: IExecuteFunctions, p: Provider, i: number): Promise<TicketApi> {
	const s = ctx.getNodeParameter('providerSettings', i, {}) as IDataObject;
	const str = (k: string) => (s[k] === undefined || s[k] === null ? '' : String(s[k]).trim());
	switch (p) {
		case 'zendesk':
			return zendeskTicketing(ctx);
		case 'freshdesk':
			return freshdeskTicketing(ctx, { defaultRequesterEmail: str('defaultRequesterEmail') || undefined });
		case 'jira':
			return jiraTicketing(ctx, { serviceDeskId: str('serviceDeskId'), requestTypeId: str('requestTypeId'), raiseOnBehalfOf: str('raiseOnBehalfOf') || undefined });
		case 'servicenow':
			return serviceNowTicketing(ctx, { table: str('table') || 'incident', assignmentGroup: str('assignmentGroup') || undefined, callerId: str('callerId') || undefined, closeCode: str('closeCode') || undefined });
		case 'zammad':
			return zammadTicketing(ctx, { group: str('group'), defaultCustomerEmail: str('defaultRequesterEmail') || undefined });
		case 'redmine':
			return redmineTicketing(ctx, { projectId: str('projectId'), trackerId: str('trackerId') || undefined, assignedToId: str('assignedToId') || undefined });
		default:
			throw new NodeOperationError(ctx.getNode(), `Provider "${p}" has no API`);
	}
}

/** Turns provider failures into n8n errors: HTTP ones as NodeApiError with the vendor's message. */
export function wrapProviderError(ctx: IExecuteFunctions, e: unknown, i: number): Error {
	if (!isHttpStatusError(e)) return toNodeApiError(ctx, e);
	const body = typeof e.body === 'object' ? JSON.stringify(e.body) : String(e.body ?? '');
	return toNodeApiError(ctx, e, { itemIndex: i, description: body.slice(0, 500) });
}

function asObject(ctx: IExecuteFunctions, v: unknown, what: string, i: number): IDataObject | undefined {
	if (v === undefined || v === null || v === '') return undefined;
	if (typeof v === 'string') {
		try {
			return JSON.parse(v) as IDataObject;
		} catch (e) {
			throw new NodeOperationError(ctx.getNode(), `Item ${i}: "${what}" is not JSON: ${(e as Error).message}`, { itemIndex: i });
		}
	}
	if (typeof v !== 'object') throw new NodeOperationError(ctx.getNode(), `Item ${i}: "${what}" must be an object`, { itemIndex: i });
	return v as IDataObject;
}

export function readFeedbackParam(ctx: IExecuteFunctions, i: number): Feedback {
	const raw = asObject(ctx, ctx.getNodeParameter('feedback', i, {}), 'Feedback', i);
	if (!raw || !Object.keys(raw).length) {
		throw new NodeOperationError(ctx.getNode(), `Item ${i}: no Feedback record`, { itemIndex: i, description: 'Set "Feedback" to the routed record, e.g. {{ $(\'CX Route\').item.json }}' });
	}
	const parsed = FeedbackSchema.safeParse(raw);
	if (!parsed.success) {
		const issues = parsed.error.issues.map((x) => `${x.path.join('.') || '(root)'}: ${x.message}`);
		throw new NodeOperationError(ctx.getNode(), `Item ${i}: not a valid Feedback record — ${issues.slice(0, 3).join('; ')}`, {
			itemIndex: i,
			description: issues.join('\n'),
		});
	}
	return { ...(raw as object), ...parsed.data } as Feedback;
}

/** A case from the "Case" parameter: a Data Table row, a case object, or a CX Ticket output item. */
export function readCaseParam(ctx: IExecuteFunctions, name: string, i: number, required: boolean): Case | undefined {
	const raw = asObject(ctx, ctx.getNodeParameter(name, i, {}), name === 'existingCase' ? 'Existing Case Row' : 'Case', i);
	const candidate = raw && typeof raw.case === 'object' && raw.case ? raw.case : raw;
	let c: Case | undefined;
	try {
		c = caseFromRow(candidate);
	} catch (e) {
		throw new NodeOperationError(ctx.getNode(), `Item ${i}: ${(e as Error).message}`, { itemIndex: i });
	}
	if (!c && required) {
		throw new NodeOperationError(ctx.getNode(), `Item ${i}: no case found in "Case"`, {
			itemIndex: i,
			description: 'Expected a case-table row from the Data Table node (with a "data" column) or the output of CX Ticket',
		});
	}
	return c;
}

export function nowIso(ctx: IExecuteFunctions, tz?: string): string {
	return toIsoInZone(Date.now(), tz || ctx.getTimezone() || 'UTC');
}

/** The flat output every operation returns for the built-in case table. */
export function caseOutput(action: string, c: Case, extra: IDataObject = {}): IDataObject {
	return {
		action,
		provider: 'dataTable',
		caseId: c.id,
		status: c.status,
		priority: c.priority,
		...extra,
		case: c as unknown as IDataObject,
		row: caseToRow(c) as IDataObject,
	};
}

export function ticketOutput(action: string, t: ExternalTicket, extra: IDataObject = {}): IDataObject {
	return {
		action,
		provider: t.provider,
		caseId: t.caseId ?? null,
		status: t.status,
		priority: t.priority,
		externalId: t.id,
		url: t.url ?? null,
		...extra,
		ticket: t as unknown as IDataObject,
	};
}

/** Ticket id parameter: an external id, or a case id to look up. */
export async function resolveTicketId(ctx: IExecuteFunctions, api: TicketApi, i: number): Promise<string> {
	const id = String(ctx.getNodeParameter('ticketId', i, '') ?? '').trim();
	if (!id) throw new NodeOperationError(ctx.getNode(), `Item ${i}: "Ticket ID" is empty`, { itemIndex: i });
	if (/^[A-Z][A-Z0-9]{0,9}-[0-9A-HJKMNP-TV-Z]{12}$/.test(id)) {
		const t = await api.findByCaseId(id);
		if (!t) throw new NodeOperationError(ctx.getNode(), `Item ${i}: no ${api.provider} ticket for case ${id}`, { itemIndex: i });
		return t.id;
	}
	return id;
}
