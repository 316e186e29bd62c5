/**
 * The n8n side of every provider's HTTP: n8n's `httpRequestWithAuthentication` with the node's
 * credential (so n8n applies auth, proxy and its own axios), asked for the full response and told
 * not to throw on HTTP errors so the retry rules in nodes/engine/http/retry.ts can read the status
 * and Retry-After; n8n's `sleep` to wait; failures turned into NodeApiError.
 *
 * Works from every context a CX node has: execute, poll, webhook, hook and load-options.
 */
import {
	NodeApiError,
	sleep,
	type IDataObject,
	type IHttpRequestMethods,
	type IHttpRequestOptions,
	type INode,
	type JsonObject,
} from 'n8n-workflow';

import { HttpStatusError, parseBody, sendWithRetry, type RawResponse, type RetryPolicy } from '../engine/http/retry';

/** What is needed of an n8n context (IExecuteFunctions, IPollFunctions, IHookFunctions, …). */
export interface HttpContext {
	helpers: {
		// eslint-disable-next-line @typescript-eslint/no-explicit-any
		httpRequestWithAuthentication(this: any, credentialsType: string, requestOptions: IHttpRequestOptions): Promise<any>;
	};
	getNode(): INode;
}

export interface HttpCall {
	method: IHttpRequestMethods;
	url: string;
	qs?: IDataObject;
	body?: unknown;
	headers?: IDataObject;
}

/** n8n's wait, for `sendWithRetry`. */
export const n8nSleep = (ms: number): Promise<void> => sleep(ms);

/** One request through the credential, never throwing on an HTTP status; text bodies holding JSON are parsed. */
export async function sendOnce(ctx: HttpContext, credentialType: string, call: HttpCall): Promise<RawResponse> {
	const options: IHttpRequestOptions = {
		method: call.method,
		url: call.url,
		headers: { Accept: 'application/json', ...(call.headers ?? {}) },
		json: true,
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
	};
	if (call.qs) options.qs = call.qs;
	if (call.body !== undefined) options.body = call.body as IDataObject;
	const r = await ctx.helpers.httpRequestWithAuthentication.call(ctx, credentialType, options);
	return {
		statusCode: Number(r?.statusCode ?? r?.status ?? 200),
		headers: (r?.headers ?? {}) as Record<string, unknown>,
		body: parseBody(r?.body ?? r?.data),
	};
}

/** One request with the retry rules of `policy`; an unsuccessful answer throws HttpStatusError. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- callers read vendor JSON of many shapes
export async function requestWithRetry<T = any>(
	ctx: HttpContext,
	credentialType: string,
	call: HttpCall,
	policy: RetryPolicy = {},
	label?: string,
): Promise<RawResponse & { body: T }> {
	return (await sendWithRetry(() => sendOnce(ctx, credentialType, call), n8nSleep, policy, label ?? `${call.method} ${call.url.replace(/\?.*$/, '')}`)) as RawResponse & { body: T };
}

/** Duck-typed: n8n and this package may each load their own copy of a module, and `instanceof` fails across copies. */
export function isHttpStatusError(e: unknown): e is HttpStatusError {
	return e instanceof HttpStatusError || (e as Error)?.name === 'HttpStatusError';
}

export interface WrapOptions {
	itemIndex?: number;
	/** Put before the message: "Reading the locations: GET … failed with HTTP 500". */
	prefix?: string;
	/** Shown under the message in n8n (default: the error's own, e.g. the rate-limit advice). */
	description?: string;
	/** Also wrap failures without an HTTP answer (network, credential) as NodeApiError; otherwise they pass through. */
	wrapOther?: boolean;
}

/** HTTP failures as NodeApiError (the status and the vendor's message shown in n8n). */
export function toNodeApiError(ctx: Pick<HttpContext, 'getNode'>, error: unknown, o: WrapOptions = {}): Error {
	const name = (error as Error)?.name;
	if (error instanceof NodeApiError || name === 'NodeApiError') return error as Error;
	const withPrefix = (m: string) => (o.prefix ? `${o.prefix}: ${m}` : m);
	if (isHttpStatusError(error)) {
		const httpCode = String(error.statusCode);
		return new NodeApiError(ctx.getNode(), { message: error.message, httpCode, body: error.body } as unknown as JsonObject, {
			itemIndex: o.itemIndex,
			message: withPrefix(error.message),
			httpCode,
			description: o.description ?? error.description,
		});
	}
	if (o.wrapOther) {
		return new NodeApiError(ctx.getNode(), error as JsonObject, { itemIndex: o.itemIndex, message: withPrefix((error as Error)?.message ?? String(error)) });
	}
	return error instanceof Error ? error : new Error(String(error));
}

/** The credential's Base URL without trailing slashes; it must be http(s). */
export async function credentialBaseUrl(ctx: { getCredentials(type: string): Promise<IDataObject> }, credentialType: string): Promise<string> {
	const creds = await ctx.getCredentials(credentialType);
	const base = String(creds.baseUrl ?? '').trim().replace(/\/+$/, '');
	if (!/^https?:\/\//.test(base)) throw new Error(`The ${credentialType} credential needs a Base URL starting with https://`);
	return base;
}

export interface PathRequest {
	method: IHttpRequestMethods;
	/** Path under the base URL, may carry a pre-encoded query string. */
	path: string;
	qs?: IDataObject;
	body?: unknown;
	headers?: IDataObject;
}

/**
 * A requester for paths under `baseUrl` with the retry rules of `policy` (the ticket providers'
 * Requester): answers `{ status, headers, body }`, throws HttpStatusError labelled `METHOD /path`.
 */
export function baseUrlRequester(ctx: HttpContext, credentialType: string, baseUrl: string, policy: RetryPolicy) {
	return async (r: PathRequest): Promise<{ status: number; headers: Record<string, unknown>; body: unknown }> => {
		const res = await requestWithRetry(ctx, credentialType, { ...r, url: `${baseUrl}${r.path}` }, policy, `${r.method} ${r.path.split('?')[0]}`);
		return { status: res.statusCode, headers: res.headers, body: res.body };
	};
}
