/**
 * Formbricks management API v1 transport (x-api-key): surveys, responses (limit/skip pagination),
 * webhooks. Limits: [U] not published for the management API; HTTP 429 is honoured.
 */
import type { IDataObject } from 'n8n-workflow';
import { apiCall, joinUrl, MAX_PAGES, type RequestContext } from '../json/http';
import type { SurveySummary } from '../typeform/transport';

export const FORMBRICKS_CREDENTIAL = 'cxFormbricksApi';

async function baseUrl(ctx: RequestContext): Promise<string> {
	const c = await ctx.getCredentials(FORMBRICKS_CREDENTIAL);
	return joinUrl(((c.baseUrl as string) || 'https://app.formbricks.com').trim(), '/api/v1/management');
}

export async function formbricksRequest<T = any>(
	ctx: RequestContext,
	method: 'GET' | 'POST' | 'DELETE',
	path: string,
	opts: { qs?: IDataObject; body?: unknown; label: string; acceptStatus?: number[] },
): Promise<{ statusCode: number; body: T }> {
	return await apiCall<T>(ctx, FORMBRICKS_CREDENTIAL, {
		method,
		url: joinUrl(await baseUrl(ctx), path),
		qs: opts.qs,
		body: opts.body,
		label: `Formbricks: ${opts.label}`,
		acceptStatus: opts.acceptStatus,
	});
}

export async function listSurveys(ctx: RequestContext, search?: string, limit = Infinity): Promise<SurveySummary[]> {
	const { body } = await formbricksRequest(ctx, 'GET', '/surveys', { label: 'list surveys' });
	const s = search?.toLowerCase();
	return ((body?.data ?? []) as IDataObject[])
		.filter((r) => !s || String(r.name ?? '').toLowerCase().includes(s) || r.id === search)
		.slice(0, limit)
		.map((r) => ({ id: String(r.id), name: String(r.name ?? r.id), status: r.status }));
}

export async function getSurvey(ctx: RequestContext, surveyId: string): Promise<IDataObject> {
	const { body } = await formbricksRequest(ctx, 'GET', `/surveys/${encodeURIComponent(surveyId)}`, { label: 'get survey' });
	return body?.data ?? {};
}

/** The response, or undefined when Formbricks does not know it (404). */
export async function findResponse(ctx: RequestContext, responseId: string): Promise<IDataObject | undefined> {
	const { statusCode, body } = await formbricksRequest(ctx, 'GET', `/responses/${encodeURIComponent(responseId)}`, {
		label: 'get response',
		acceptStatus: [404],
	});
	return statusCode === 404 ? undefined : (body?.data ?? undefined);
}

export async function getResponse(ctx: RequestContext, responseId: string): Promise<IDataObject> {
	const { body } = await formbricksRequest(ctx, 'GET', `/responses/${encodeURIComponent(responseId)}`, { label: 'get response' });
	return body?.data ?? {};
}

/**
 * Every response of a survey, `limit`/`skip` pages until a short page. Date filtering is done here
 * on `createdAt` ([U] the v1 API's own date filters were not verified).
 */
export async function getResponses(
	ctx: RequestContext,
	surveyId: string,
	q: { since?: string; until?: string; limit?: number; pageSize?: number } = {},
): Promise<IDataObject[]> {
	const pageSize = q.pageSize ?? 100;
	const limit = q.limit ?? Infinity;
	const since = q.since ? Date.parse(q.since) : undefined;
	const until = q.until ? Date.parse(q.until) : undefined;
	const out: IDataObject[] = [];
	for (let page = 0; page < MAX_PAGES && out.length < limit; page++) {
		const { body } = await formbricksRequest(ctx, 'GET', '/responses', {
			qs: { surveyId, limit: pageSize, skip: page * pageSize },
			label: 'list responses',
		});
		const rows: IDataObject[] = Array.isArray(body?.data) ? body.data : [];
		for (const r of rows) {
			const t = Date.parse(String(r.createdAt ?? r.updatedAt ?? ''));
			if (since !== undefined && !Number.isNaN(t) && t < since) continue;
			if (until !== undefined && !Number.isNaN(t) && t > until) continue;
			out.push(r);
		}
		if (rows.length < pageSize) break;
	}
	return out.slice(0, limit);
}

export interface FormbricksWebhook {
	id: string;
	url: string;
	triggers?: string[];
	surveyIds?: string[];
}

export async function listWebhooks(ctx: RequestContext): Promise<FormbricksWebhook[]> {
	const { body } = await formbricksRequest(ctx, 'GET', '/webhooks', { label: 'list webhooks' });
	return Array.isArray(body?.data) ? body.data : [];
}

export async function createWebhook(ctx: RequestContext, url: string, triggers: string[], surveyIds: string[]): Promise<FormbricksWebhook> {
	const { body } = await formbricksRequest(ctx, 'POST', '/webhooks', {
		body: { url, triggers, surveyIds, source: 'n8n' },
		label: 'create webhook',
	});
	return body?.data ?? body;
}

export async function deleteWebhook(ctx: RequestContext, id: string): Promise<void> {
	await formbricksRequest(ctx, 'DELETE', `/webhooks/${encodeURIComponent(id)}`, { label: 'delete webhook', acceptStatus: [404] });
}
