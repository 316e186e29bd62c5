/**
 * SurveyMonkey API v3 transport: surveys, responses (page/per_page following links.next), webhooks,
 * and e-mail invitations through a collector's messages.
 * Docs: SurveyMonkey/public_api_docs (includes/_webhooks.md, _surveys.md, _responses.md, _collectors.md).
 * Limits: draft and private apps 120 requests/minute and 500/day; public apps 500,000/day; HTTP 429
 * when exceeded (headers X-Ratelimit-App-Global-Minute-Remaining / -Day-Remaining).
 */
import type { IDataObject } from 'n8n-workflow';
import { apiCall, joinUrl, MAX_PAGES, queryOf, type RequestContext } from '../json/http';
import type { SurveySummary } from '../typeform/transport';

export const SURVEYMONKEY_CREDENTIAL = 'cxSurveyMonkeyApi';

async function baseUrl(ctx: RequestContext): Promise<string> {
	const c = await ctx.getCredentials(SURVEYMONKEY_CREDENTIAL);
	return joinUrl(((c.baseUrl as string) || 'https://api.surveymonkey.com').trim(), '/v3');
}

export async function smRequest<T = any>(
	ctx: RequestContext,
	method: 'GET' | 'POST' | 'DELETE' | 'PATCH',
	path: string,
	opts: { qs?: IDataObject; body?: unknown; label: string; acceptStatus?: number[] },
): Promise<{ statusCode: number; body: T }> {
	return await apiCall<T>(ctx, SURVEYMONKEY_CREDENTIAL, {
		method,
		url: joinUrl(await baseUrl(ctx), path),
		qs: opts.qs,
		body: opts.body,
		label: `SurveyMonkey: ${opts.label}`,
		acceptStatus: opts.acceptStatus,
	});
}

/** Follows `links.next` until it is absent; `per_page` ≤ 100 for responses [U max], 1000 for lists. */
async function allPages(ctx: RequestContext, path: string, qs: IDataObject, label: string, limit = Infinity): Promise<IDataObject[]> {
	const out: IDataObject[] = [];
	let query: IDataObject = { ...qs };
	for (let page = 0; page < MAX_PAGES && out.length < limit; page++) {
		const { body } = await smRequest(ctx, 'GET', path, { qs: query, label });
		const data: IDataObject[] = Array.isArray(body?.data) ? body.data : [];
		out.push(...data);
		const next = body?.links?.next as string | undefined;
		if (!next || !data.length) break;
		query = { ...qs, ...queryOf(next) };
	}
	return out.slice(0, limit);
}

export async function listSurveys(ctx: RequestContext, search?: string, limit = Infinity): Promise<SurveySummary[]> {
	const rows = await allPages(ctx, '/surveys', { per_page: 1000, ...(search ? { title: search } : {}) }, 'list surveys', limit);
	return rows.map((s) => ({ id: String(s.id), name: String(s.title ?? s.nickname ?? s.id), url: s.href as string }));
}

export async function getSurveyDetails(ctx: RequestContext, surveyId: string): Promise<IDataObject> {
	return (await smRequest(ctx, 'GET', `/surveys/${encodeURIComponent(surveyId)}/details`, { label: 'get survey details' })).body;
}

export async function getResponseDetails(ctx: RequestContext, surveyId: string, responseId: string): Promise<IDataObject> {
	return (
		await smRequest(ctx, 'GET', `/surveys/${encodeURIComponent(surveyId)}/responses/${encodeURIComponent(responseId)}/details`, {
			label: 'get response',
		})
	).body;
}

export interface SmResponsesQuery {
	since?: string;
	until?: string;
	limit?: number;
	perPage?: number;
	status?: 'completed' | 'partial' | 'overquota' | 'disqualified';
}

/** SurveyMonkey date filters: `YYYY-MM-DDTHH:MM:SS` in UTC. */
function smDate(iso: string): string {
	const ms = Date.parse(iso);
	return Number.isNaN(ms) ? iso : new Date(ms).toISOString().slice(0, 19);
}

/** `/responses/bulk` with full answers, every page. */
export async function getResponses(ctx: RequestContext, surveyId: string, q: SmResponsesQuery = {}): Promise<IDataObject[]> {
	const qs: IDataObject = { per_page: Math.min(100, q.perPage ?? 100), simple: true };
	if (q.since) qs.start_modified_at = smDate(q.since);
	if (q.until) qs.end_modified_at = smDate(q.until);
	if (q.status) qs.status = q.status;
	return await allPages(ctx, `/surveys/${encodeURIComponent(surveyId)}/responses/bulk`, qs, 'list responses', q.limit);
}

export interface SmWebhook {
	id: string;
	name?: string;
	subscription_url?: string;
	event_type?: string;
	object_ids?: string[];
}

/** Webhooks with their subscription URLs (the list only has id/name/href, so each is read). */
export async function listWebhooks(ctx: RequestContext): Promise<SmWebhook[]> {
	const rows = await allPages(ctx, '/webhooks', { per_page: 1000 }, 'list webhooks');
	const out: SmWebhook[] = [];
	for (const w of rows) {
		const { body } = await smRequest(ctx, 'GET', `/webhooks/${encodeURIComponent(String(w.id))}`, { label: 'get webhook', acceptStatus: [404] });
		if (body && body.id) out.push(body);
	}
	return out;
}

export async function createWebhook(
	ctx: RequestContext,
	args: { name: string; eventType: string; surveyIds: string[]; url: string },
): Promise<SmWebhook> {
	const { body } = await smRequest(ctx, 'POST', '/webhooks', {
		body: { name: args.name, event_type: args.eventType, object_type: 'survey', object_ids: args.surveyIds, subscription_url: args.url },
		label: 'create webhook',
	});
	return body;
}

export async function deleteWebhook(ctx: RequestContext, id: string): Promise<void> {
	await smRequest(ctx, 'DELETE', `/webhooks/${encodeURIComponent(id)}`, { label: 'delete webhook', acceptStatus: [404] });
}

/**
 * E-mail invitation through an existing e-mail collector: create an invite message, add the
 * recipient, send. Returns the ids involved.
 */
export async function sendInvitation(
	ctx: RequestContext,
	args: { collectorId: string; email: string; firstName?: string; lastName?: string; customFields?: IDataObject; subject?: string; bodyHtml?: string },
): Promise<IDataObject> {
	const c = encodeURIComponent(args.collectorId);
	const msgBody: IDataObject = { type: 'invite' };
	if (args.subject) msgBody.subject = args.subject;
	if (args.bodyHtml) msgBody.body_html = args.bodyHtml;
	const { body: message } = await smRequest(ctx, 'POST', `/collectors/${c}/messages`, { body: msgBody, label: 'create invitation message' });
	const m = encodeURIComponent(String(message.id));
	const recipient: IDataObject = { email: args.email };
	if (args.firstName) recipient.first_name = args.firstName;
	if (args.lastName) recipient.last_name = args.lastName;
	if (args.customFields && Object.keys(args.customFields).length) recipient.custom_fields = args.customFields;
	const { body: added } = await smRequest(ctx, 'POST', `/collectors/${c}/messages/${m}/recipients`, { body: recipient, label: 'add recipient' });
	const { body: sent } = await smRequest(ctx, 'POST', `/collectors/${c}/messages/${m}/send`, { body: {}, label: 'send invitation' });
	return { platform: 'surveymonkey', collectorId: args.collectorId, messageId: String(message.id), recipientId: added?.id, status: sent?.status ?? 'sent', scheduledDate: sent?.scheduled_date };
}
