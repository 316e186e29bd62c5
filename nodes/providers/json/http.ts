/**
 * The one way the survey providers' transports send HTTP: n8n's `httpRequestWithAuthentication` with
 * the node's credential (so n8n applies auth, proxy and its own axios), answers read in full so a 429
 * can be honoured: `Retry-After` (seconds or an HTTP date) is waited out, with exponential backoff when
 * the header is missing, up to a bounded number of retries and a bounded single wait. Anything else
 * that is not 2xx becomes a NodeApiError carrying the vendor's own message and the HTTP status.
 *
 * Works from every context a survey node has: execute, webhook, hook (webhook registration) and
 * load-options (editor dropdowns).
 */
import {
	NodeApiError,
	sleep,
	type IDataObject,
	type IExecuteFunctions,
	type IHookFunctions,
	type IHttpRequestMethods,
	type IHttpRequestOptions,
	type ILoadOptionsFunctions,
	type IWebhookFunctions,
	type JsonObject,
} from 'n8n-workflow';

export type RequestContext = IExecuteFunctions | IHookFunctions | IWebhookFunctions | ILoadOptionsFunctions;

export interface ApiCall {
	method: IHttpRequestMethods;
	url: string;
	qs?: IDataObject;
	body?: unknown;
	headers?: IDataObject;
	/** What the call is, for error messages ("Typeform: list responses"). */
	label: string;
	/** Statuses that are answers, not errors (e.g. 404 when checking whether a webhook exists). */
	acceptStatus?: number[];
}

export interface ApiResponse<T = any> {
	statusCode: number;
	headers: Record<string, unknown>;
	body: T;
}

export interface RetryPolicy {
	/** Retries after the first attempt. Default 5. */
	maxRetries?: number;
	/** Longest single wait accepted, in ms; a longer Retry-After fails at once with the time to retry. Default 60 s. */
	maxWaitMs?: number;
	/** Backoff base when no Retry-After is sent. Default 1 s. */
	baseDelayMs?: number;
}

export const DEFAULT_RETRY: Required<RetryPolicy> = { maxRetries: 5, maxWaitMs: 60_000, baseDelayMs: 1000 };

function header(headers: Record<string, unknown> | undefined, name: string): string | undefined {
	for (const [k, v] of Object.entries(headers ?? {})) {
		if (k.toLowerCase() === name) return Array.isArray(v) ? String(v[0]) : v === undefined || v === null ? undefined : String(v);
	}
	return undefined;
}

/** Retry-After in ms: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(headers: Record<string, unknown> | undefined, now = Date.now()): number | undefined {
	const v = header(headers, 'retry-after')?.trim();
	if (!v) return undefined;
	if (/^\d+(\.\d+)?$/.test(v)) return Math.round(Number(v) * 1000);
	const at = Date.parse(v);
	return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** The vendor's own error text, from the usual places. */
export function vendorMessage(body: unknown): string | undefined {
	if (typeof body === 'string') return body.trim().slice(0, 300) || undefined;
	if (Buffer.isBuffer(body)) return body.toString('utf8').slice(0, 300) || undefined;
	if (body && typeof body === 'object') {
		const b = body as Record<string, any>;
		const m =
			b.error?.message ??
			b.meta?.error?.errorMessage ??
			b.description ??
			b.message ??
			b.error_description ??
			b.details?.[0]?.message ??
			(typeof b.error === 'string' ? b.error : undefined) ??
			b.code;
		if (m !== undefined && m !== null) return String(m);
	}
	return undefined;
}

export async function apiCall<T = any>(
	ctx: RequestContext,
	credentialType: string,
	call: ApiCall,
	policy: RetryPolicy = {},
): Promise<ApiResponse<T>> {
	const p = { ...DEFAULT_RETRY, ...policy };
	const options: IHttpRequestOptions = {
		method: call.method,
		url: call.url,
		qs: call.qs,
		headers: { accept: 'application/json', ...(call.headers ?? {}) },
		json: true,
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
	};
	if (call.body !== undefined) options.body = call.body as IDataObject;
	for (let attempt = 0; ; attempt++) {
		let res: ApiResponse<T>;
		try {
			res = (await ctx.helpers.httpRequestWithAuthentication.call(ctx, credentialType, options)) as ApiResponse<T>;
		} catch (error) {
			// Network failure or a credential problem before any answer.
			throw error instanceof NodeApiError
				? error
				: new NodeApiError(ctx.getNode(), error as JsonObject, { message: `${call.label}: ${(error as Error).message}` });
		}
		const status = res.statusCode;
		if ((status >= 200 && status < 300) || call.acceptStatus?.includes(status)) return res;
		if ((status === 429 || status === 503) && attempt < p.maxRetries) {
			const wait = retryAfterMs(res.headers) ?? p.baseDelayMs * 2 ** attempt;
			if (wait <= p.maxWaitMs) {
				await sleep(wait);
				continue;
			}
			throw new NodeApiError(ctx.getNode(), (res.body ?? {}) as JsonObject, {
				message: `${call.label}: rate limited (HTTP ${status}); the service asks to wait ${Math.ceil(wait / 1000)} s`,
				description: 'Try again later, or lower how often this workflow runs.',
				httpCode: String(status),
			});
		}
		const msg = vendorMessage(res.body);
		throw new NodeApiError(ctx.getNode(), (typeof res.body === 'object' && res.body ? res.body : { body: String(res.body ?? '') }) as JsonObject, {
			message: `${call.label}: HTTP ${status}${msg ? ` — ${msg}` : ''}`,
			httpCode: String(status),
		});
	}
}

/** Joins a base URL and a path without doubling or dropping slashes. */
export function joinUrl(base: string, path: string): string {
	return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

/** Query parameters of an absolute "next page" link, to replay them against our own base URL. */
export function queryOf(link: string): IDataObject {
	try {
		return Object.fromEntries(new URL(link).searchParams) as IDataObject;
	} catch {
		return {};
	}
}

/** Hard stop for pagination loops: a server that keeps answering "there is more" cannot hang a run. */
export const MAX_PAGES = 10_000;
