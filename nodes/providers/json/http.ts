/**
 * How the survey providers' transports send HTTP: nodes/shared/http.ts (n8n's
 * `httpRequestWithAuthentication` with the node's credential) under the shared retry rules of
 * nodes/engine/http/retry.ts, with the survey policy: 429 and 503 waited out (Retry-After, or
 * exponential backoff) up to 5 times and 60 s per wait; a longer Retry-After fails at once with the
 * time to retry; only 2xx (and `acceptStatus`) are answers. Failures are NodeApiErrors labelled with
 * the call ("Typeform: list responses: HTTP 404 — …").
 *
 * Works from every context a survey node has: execute, webhook, hook (webhook registration) and
 * load-options (editor dropdowns).
 */
import type {
	IDataObject,
	IExecuteFunctions,
	IHookFunctions,
	IHttpRequestMethods,
	ILoadOptionsFunctions,
	IWebhookFunctions,
} from 'n8n-workflow';

import type { RetryPolicy } from '../../engine/http/retry';
import { isHttpStatusError, requestWithRetry, toNodeApiError } from '../../shared/http';

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

export const SURVEY_RETRY: RetryPolicy = { maxRetries: 5, maxWaitMs: 60_000, baseDelayMs: 1000, messageStyle: 'label-colon' };

export async function apiCall<T = any>(ctx: RequestContext, credentialType: string, call: ApiCall, policy: RetryPolicy = {}): Promise<ApiResponse<T>> {
	const accept = call.acceptStatus ?? [];
	const p: RetryPolicy = { ...SURVEY_RETRY, ...policy, isSuccess: (s) => (s >= 200 && s < 300) || accept.includes(s) };
	try {
		return (await requestWithRetry(ctx, credentialType, call, p, call.label)) as ApiResponse<T>;
	} catch (error) {
		// HTTP failures carry the label already; network or credential failures get it here.
		throw toNodeApiError(ctx, error, { wrapOther: true, prefix: isHttpStatusError(error) ? undefined : call.label });
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
