/**
 * Typeform API transport: forms, responses (cursor pagination with `before`), webhooks.
 * Docs: https://www.typeform.com/developers/ (Create API, Responses API, Webhooks API).
 * Limits: the Responses API allows 2 requests per second per account [S]; page_size ≤ 1000.
 */
import type { IDataObject } from 'n8n-workflow';
import { apiCall, joinUrl, MAX_PAGES, type RequestContext } from '../json/http';

export const TYPEFORM_CREDENTIAL = 'cxTypeformApi';

async function baseUrl(ctx: RequestContext): Promise<string> {
	const c = await ctx.getCredentials(TYPEFORM_CREDENTIAL);
	return ((c.baseUrl as string) || 'https://api.typeform.com').trim();
}

export async function typeformRequest<T = any>(
	ctx: RequestContext,
	method: 'GET' | 'PUT' | 'POST' | 'DELETE',
	path: string,
	opts: { qs?: IDataObject; body?: unknown; label: string; acceptStatus?: number[] },
): Promise<{ statusCode: number; body: T }> {
	return await apiCall<T>(ctx, TYPEFORM_CREDENTIAL, {
		method,
		url: joinUrl(await baseUrl(ctx), path),
		qs: opts.qs,
		body: opts.body,
		label: `Typeform: ${opts.label}`,
		acceptStatus: opts.acceptStatus,
	});
}

export interface SurveySummary {
	id: string;
	name: string;
	url?: string;
	[key: string]: unknown;
}

/** Every form (page/page_size pagination), optionally filtered by a search string. */
export async function listForms(ctx: RequestContext, search?: string, limit = Infinity): Promise<SurveySummary[]> {
	const out: SurveySummary[] = [];
	for (let page = 1; page <= MAX_PAGES && out.length < limit; page++) {
		const { body } = await typeformRequest(ctx, 'GET', '/forms', {
			qs: { page, page_size: 200, ...(search ? { search } : {}) },
			label: 'list forms',
		});
		const items: IDataObject[] = body?.items ?? [];
		for (const f of items) out.push({ id: String(f.id), name: String(f.title ?? f.id), url: (f._links as IDataObject)?.display as string });
		if (!items.length || page >= Number(body?.page_count ?? page)) break;
	}
	return out.slice(0, limit);
}

export async function getForm(ctx: RequestContext, formId: string): Promise<IDataObject> {
	return (await typeformRequest(ctx, 'GET', `/forms/${encodeURIComponent(formId)}`, { label: 'get form' })).body;
}

export interface ResponsesQuery {
	since?: string;
	until?: string;
	limit?: number;
	pageSize?: number;
	/** Only these response ids (Typeform's included_response_ids). */
	responseIds?: string[];
	/** completed=true by default: only submitted responses. */
	completed?: boolean;
}

/**
 * Responses, newest first, across every page: Typeform pages with `before=<token of the last item>`
 * (documented cursor; page numbers are capped). Each item gets the form definition attached so the
 * normaliser can read field titles and types.
 */
export async function getResponses(ctx: RequestContext, formId: string, q: ResponsesQuery = {}): Promise<IDataObject[]> {
	const limit = q.limit ?? Infinity;
	const pageSize = Math.min(1000, Math.max(1, q.pageSize ?? 1000));
	const definition = await getForm(ctx, formId);
	const out: IDataObject[] = [];
	let before: string | undefined;
	for (let page = 0; page < MAX_PAGES && out.length < limit; page++) {
		const qs: IDataObject = { page_size: Math.min(pageSize, limit - out.length) };
		if (q.since) qs.since = q.since;
		if (q.until) qs.until = q.until;
		if (before) qs.before = before;
		if (q.responseIds?.length) qs.included_response_ids = q.responseIds.join(',');
		if (q.completed !== false) qs.completed = true;
		const { body } = await typeformRequest(ctx, 'GET', `/forms/${encodeURIComponent(formId)}/responses`, { qs, label: 'list responses' });
		const items: IDataObject[] = Array.isArray(body?.items) ? body.items : [];
		for (const it of items) out.push({ ...it, form_id: formId, definition });
		if (items.length < (qs.page_size as number)) break;
		const last = items[items.length - 1];
		const token = (last?.token ?? last?.response_id) as string | undefined;
		if (!token || token === before) break;
		before = token;
	}
	return out.slice(0, limit);
}

export async function getResponse(ctx: RequestContext, formId: string, responseId: string): Promise<IDataObject | undefined> {
	const [r] = await getResponses(ctx, formId, { responseIds: [responseId], limit: 1, completed: false });
	return r;
}

export interface TypeformWebhook {
	id?: string;
	tag: string;
	url: string;
	enabled?: boolean;
	form_id?: string;
}

export async function listWebhooks(ctx: RequestContext, formId: string): Promise<TypeformWebhook[]> {
	const { body } = await typeformRequest(ctx, 'GET', `/forms/${encodeURIComponent(formId)}/webhooks`, { label: 'list webhooks' });
	return Array.isArray(body?.items) ? body.items : [];
}

/** Creates or replaces the webhook `tag` on the form (PUT is idempotent). */
export async function putWebhook(ctx: RequestContext, formId: string, tag: string, url: string, secret: string): Promise<TypeformWebhook> {
	const { body } = await typeformRequest(ctx, 'PUT', `/forms/${encodeURIComponent(formId)}/webhooks/${encodeURIComponent(tag)}`, {
		body: { url, enabled: true, secret, verify_ssl: url.startsWith('https://') },
		label: 'create webhook',
	});
	return body;
}

export async function deleteWebhook(ctx: RequestContext, formId: string, tag: string): Promise<void> {
	await typeformRequest(ctx, 'DELETE', `/forms/${encodeURIComponent(formId)}/webhooks/${encodeURIComponent(tag)}`, {
		label: 'delete webhook',
		acceptStatus: [404],
	});
}
