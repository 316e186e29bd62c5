/**
 * Qualtrics API v3 transport: surveys, single responses, the response export flow (start → poll →
 * download, with compress:false so the file is JSON), event subscriptions, distributions.
 * Auth: X-API-TOKEN header. Rate limits: per-endpoint and per-brand [U: figures not verified];
 * HTTP 429 is answered and honoured.
 */
import { NodeOperationError, sleep, type IDataObject } from 'n8n-workflow';
import { apiCall, joinUrl, MAX_PAGES, queryOf, type RequestContext } from '../json/http';
import type { SurveySummary } from '../typeform/transport';

export const QUALTRICS_CREDENTIAL = 'cxQualtricsApi';

export async function qualtricsBase(ctx: RequestContext): Promise<string> {
	const c = await ctx.getCredentials(QUALTRICS_CREDENTIAL);
	const base = ((c.baseUrl as string) || '').trim() || (c.dataCenter ? `https://${String(c.dataCenter).trim()}.qualtrics.com` : '');
	if (!base) throw new NodeOperationError(ctx.getNode(), 'The Qualtrics credential needs a Data Center ID or a Base URL');
	return joinUrl(base, '/API/v3');
}

export async function qualtricsRequest<T = any>(
	ctx: RequestContext,
	method: 'GET' | 'POST' | 'DELETE' | 'PUT',
	path: string,
	opts: { qs?: IDataObject; body?: unknown; label: string; acceptStatus?: number[] },
): Promise<{ statusCode: number; body: T }> {
	return await apiCall<T>(ctx, QUALTRICS_CREDENTIAL, {
		method,
		url: joinUrl(await qualtricsBase(ctx), path),
		qs: opts.qs,
		body: opts.body,
		label: `Qualtrics: ${opts.label}`,
		acceptStatus: opts.acceptStatus,
	});
}

/** `result.elements` pages, following `result.nextPage` (an absolute URL carrying the offset). */
async function allElements(ctx: RequestContext, path: string, label: string, limit = Infinity): Promise<IDataObject[]> {
	const out: IDataObject[] = [];
	let qs: IDataObject = {};
	for (let page = 0; page < MAX_PAGES && out.length < limit; page++) {
		const { body } = await qualtricsRequest(ctx, 'GET', path, { qs, label });
		const els: IDataObject[] = body?.result?.elements ?? [];
		out.push(...els);
		const next = body?.result?.nextPage as string | null | undefined;
		if (!next || !els.length) break;
		qs = queryOf(next);
	}
	return out.slice(0, limit);
}

export async function listSurveys(ctx: RequestContext, search?: string, limit = Infinity): Promise<SurveySummary[]> {
	const rows = await allElements(ctx, '/surveys', 'list surveys');
	const s = search?.toLowerCase();
	return rows
		.filter((r) => !s || String(r.name ?? '').toLowerCase().includes(s) || String(r.id).toLowerCase() === s)
		.slice(0, limit)
		.map((r) => ({ id: String(r.id), name: String(r.name ?? r.id), isActive: r.isActive }));
}

/** The survey with its questions (`result.questions` keyed by QID), used to read question types. */
export async function getSurvey(ctx: RequestContext, surveyId: string): Promise<IDataObject> {
	const { body } = await qualtricsRequest(ctx, 'GET', `/surveys/${encodeURIComponent(surveyId)}`, { label: 'get survey' });
	return body?.result ?? {};
}

export async function getResponse(ctx: RequestContext, surveyId: string, responseId: string): Promise<IDataObject> {
	const { body } = await qualtricsRequest(ctx, 'GET', `/surveys/${encodeURIComponent(surveyId)}/responses/${encodeURIComponent(responseId)}`, {
		label: 'get response',
	});
	return body?.result ?? {};
}

export interface ExportQuery {
	since?: string;
	until?: string;
	limit?: number;
	/** First poll interval in ms (default 500, growing ×1.5 to 5 s) and the longest total wait (default 10 min). */
	pollMs?: number;
	maxWaitMs?: number;
}

/**
 * Export flow: POST export-responses → poll progress until `status: complete` (fileId is null until
 * then) → GET the file. `compress: false` makes the file plain JSON `{ responses: [...] }`.
 */
export async function exportResponses(ctx: RequestContext, surveyId: string, q: ExportQuery = {}): Promise<IDataObject[]> {
	const sid = encodeURIComponent(surveyId);
	const start: IDataObject = { format: 'json', compress: false, useLabels: false };
	if (q.since) start.startDate = q.since;
	if (q.until) start.endDate = q.until;
	if (q.limit !== undefined && Number.isFinite(q.limit)) start.limit = q.limit;
	const { body: started } = await qualtricsRequest(ctx, 'POST', `/surveys/${sid}/export-responses`, { body: start, label: 'start export' });
	const progressId = started?.result?.progressId as string | undefined;
	if (!progressId) throw new NodeOperationError(ctx.getNode(), 'Qualtrics: the export did not return a progressId');
	let pollMs = q.pollMs ?? 500;
	const deadline = Date.now() + (q.maxWaitMs ?? 600_000);
	let fileId: string | undefined;
	for (;;) {
		const { body } = await qualtricsRequest(ctx, 'GET', `/surveys/${sid}/export-responses/${encodeURIComponent(progressId)}`, { label: 'export progress' });
		const status = String(body?.result?.status ?? '');
		if (status === 'complete' && body?.result?.fileId) {
			fileId = body.result.fileId;
			break;
		}
		if (status === 'failed') throw new NodeOperationError(ctx.getNode(), `Qualtrics: the export ${progressId} failed`);
		if (Date.now() > deadline) {
			throw new NodeOperationError(ctx.getNode(), `Qualtrics: the export ${progressId} did not finish in time (${body?.result?.percentComplete ?? '?'}%)`);
		}
		await sleep(pollMs);
		pollMs = Math.min(5000, Math.round(pollMs * 1.5));
	}
	const { body: file } = await qualtricsRequest(ctx, 'GET', `/surveys/${sid}/export-responses/${encodeURIComponent(fileId as string)}/file`, {
		label: 'download export',
	});
	const parsed = typeof file === 'string' ? JSON.parse(file) : Buffer.isBuffer(file) ? JSON.parse(file.toString('utf8')) : file;
	const responses: IDataObject[] = Array.isArray(parsed?.responses) ? parsed.responses : [];
	return q.limit !== undefined ? responses.slice(0, q.limit) : responses;
}

export interface EventSubscription {
	id: string;
	publicationUrl?: string;
	topics?: string;
}

export async function listSubscriptions(ctx: RequestContext): Promise<EventSubscription[]> {
	return (await allElements(ctx, '/eventsubscriptions', 'list event subscriptions')) as unknown as EventSubscription[];
}

export async function createSubscription(ctx: RequestContext, surveyId: string, url: string, sharedKey?: string): Promise<string> {
	const body: IDataObject = { publicationUrl: url, topics: `surveyengine.completedResponse.${surveyId}`, encrypt: false };
	if (sharedKey) body.sharedKey = sharedKey;
	const { body: res } = await qualtricsRequest(ctx, 'POST', '/eventsubscriptions', { body, label: 'create event subscription' });
	return String(res?.result?.id ?? '');
}

export async function deleteSubscription(ctx: RequestContext, id: string): Promise<void> {
	await qualtricsRequest(ctx, 'DELETE', `/eventsubscriptions/${encodeURIComponent(id)}`, { label: 'delete event subscription', acceptStatus: [404] });
}

/**
 * An individual e-mail distribution to one contact of a mailing list (Qualtrics sends the survey
 * link from a library message). [U] body shape from the distributions API reference, not replayed.
 */
export async function createDistribution(
	ctx: RequestContext,
	args: {
		surveyId: string;
		mailingListId: string;
		contactId?: string;
		libraryId: string;
		messageId: string;
		fromEmail: string;
		fromName: string;
		subject: string;
		replyToEmail?: string;
		sendDate?: string;
	},
): Promise<IDataObject> {
	const body: IDataObject = {
		surveyLink: { surveyId: args.surveyId, type: 'Individual' },
		header: { fromEmail: args.fromEmail, fromName: args.fromName, subject: args.subject, replyToEmail: args.replyToEmail ?? args.fromEmail },
		message: { libraryId: args.libraryId, messageId: args.messageId },
		recipients: { mailingListId: args.mailingListId, ...(args.contactId ? { contactId: args.contactId } : {}) },
		sendDate: args.sendDate ?? new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
	};
	const { body: res } = await qualtricsRequest(ctx, 'POST', '/distributions', { body, label: 'create distribution' });
	return { platform: 'qualtrics', distributionId: res?.result?.id, surveyId: args.surveyId, mailingListId: args.mailingListId, contactId: args.contactId };
}
