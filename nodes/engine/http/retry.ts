/**
 * The one set of HTTP retry rules for every provider (surveys, reviews, tickets), free of n8n: the
 * caller passes in how to send one request and how to wait (nodes/shared/http.ts supplies n8n's
 * httpRequestWithAuthentication and `sleep`; tests pass fakes).
 *
 * 429, and 503 (always, or only with a Retry-After: `retry503`), are retried after `Retry-After`
 * (delta-seconds or an HTTP date), with exponential backoff when the header is missing, up to
 * `maxRetries` times; a single wait longer than `maxWaitMs` is not waited out but fails at once with
 * the time the service asked for. Any other unsuccessful answer becomes an HttpStatusError carrying
 * the status, the body and the vendor's own message.
 */

export interface RawResponse {
	statusCode: number;
	headers: Record<string, unknown>;
	body: unknown;
}

export interface RetryPolicy {
	/** Retries after the first attempt. Default 4. */
	maxRetries?: number;
	/** Longest single wait accepted, in ms; a longer Retry-After fails at once. Default 60 000. */
	maxWaitMs?: number;
	/** Backoff base when no Retry-After is sent: base × 2^attempt. Default 1000. */
	baseDelayMs?: number;
	/** Cap on that backoff (not on Retry-After). Default none. */
	maxBackoffMs?: number;
	/** Retry 503 always, or only when it carries a Retry-After. Default 'always'. */
	retry503?: 'always' | 'with-retry-after';
	/** Which statuses are answers. Default: below 400. */
	isSuccess?: (statusCode: number) => boolean;
	/**
	 * How the error message reads. 'failed-with' (default): `GET /x failed with HTTP 404 (not found): msg`;
	 * 'label-colon': `Typeform: get form: HTTP 404 — msg` and `…: rate limited (HTTP 429); the service asks to wait 60 s`.
	 */
	messageStyle?: 'failed-with' | 'label-colon';
}

export class HttpStatusError extends Error {
	constructor(
		message: string,
		readonly statusCode: number,
		readonly body: unknown,
		/** What the service asked for in Retry-After, when it said. */
		readonly retryAfterMs?: number,
		/** Set when the request was not retried because the asked wait was longer than allowed. */
		readonly description?: string,
	) {
		super(message);
		this.name = 'HttpStatusError';
	}
}

/** A header by name, case-insensitively; the first value of an array. */
export function headerValue(headers: Record<string, unknown> | undefined, name: string): string | undefined {
	const lower = name.toLowerCase();
	for (const [k, v] of Object.entries(headers ?? {})) {
		if (k.toLowerCase() === lower) return Array.isArray(v) ? String(v[0]) : v === undefined || v === null ? undefined : String(v);
	}
	return undefined;
}

/** Retry-After in ms: delta-seconds or an HTTP date (a past date is 0); undefined when absent or unreadable. */
export function retryAfterMs(headers: Record<string, unknown> | undefined, now = Date.now()): number | undefined {
	const v = headerValue(headers, 'retry-after')?.trim();
	if (!v) return undefined;
	if (/^\d+(\.\d+)?$/.test(v)) return Math.round(Number(v) * 1000);
	const at = Date.parse(v);
	return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/**
 * The vendor's own error text from the common error shapes (Zendesk, Freshdesk, Jira, ServiceNow,
 * Qualtrics, Typeform, Google, …): every message found, joined with " — "; a bare `code` only when
 * there is nothing else. Undefined when the body says nothing.
 */
export function vendorMessage(body: unknown): string | undefined {
	if (Buffer.isBuffer(body)) body = body.toString('utf8');
	if (typeof body === 'string') return body.trim().slice(0, 300) || undefined;
	if (!body || typeof body !== 'object') return undefined;
	const b = body as Record<string, any>;
	const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
	const parts: Array<string | undefined> = [str(b.error)];
	if (b.error && typeof b.error === 'object') parts.push([b.error.message, b.error.detail].filter(Boolean).join(': '));
	parts.push(str(b.meta?.error?.errorMessage), str(b.description), str(b.message), str(b.error_description));
	if (Array.isArray(b.errors)) parts.push(b.errors.map((e: any) => (typeof e === 'string' ? e : [e.field, e.message ?? e.code].filter(Boolean).join(': '))).join('; '));
	else if (b.errors && typeof b.errors === 'object') parts.push(Object.entries(b.errors).map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join('; '));
	parts.push(str(b.errorMessage));
	if (Array.isArray(b.errorMessages)) parts.push(b.errorMessages.join('; '));
	parts.push(str(b.details), str(Array.isArray(b.details) ? b.details[0]?.message : undefined));
	const found = [...new Set(parts.filter((p): p is string => !!p))];
	if (found.length === 0 && b.code !== undefined && b.code !== null && b.code !== '') return String(b.code);
	return found.join(' — ').slice(0, 500) || undefined;
}

/** A text body that holds JSON, parsed; an empty one is undefined; anything else as it came. */
export function parseBody(body: unknown): unknown {
	if (Buffer.isBuffer(body)) return parseBody(body.toString('utf8'));
	if (typeof body !== 'string') return body;
	const t = body.trim();
	if (t === '') return undefined;
	if (t.startsWith('{') || t.startsWith('[')) {
		try {
			return JSON.parse(t);
		} catch {
			return body;
		}
	}
	return body;
}

const HINTS: Record<number, string> = { 401: ' (check the credential)', 403: ' (the account lacks permission)', 404: ' (not found)' };
export const RATE_LIMIT_DESCRIPTION = 'Try again later, or lower how often this workflow runs.';

function failure(label: string, res: RawResponse, after: number | undefined, askedWaitMs: number | undefined, style: RetryPolicy['messageStyle']): HttpStatusError {
	const msg = vendorMessage(res.body);
	const status = res.statusCode;
	if (style === 'label-colon') {
		if (askedWaitMs !== undefined) {
			return new HttpStatusError(
				`${label}: rate limited (HTTP ${status}); the service asks to wait ${Math.ceil(askedWaitMs / 1000)} s`,
				status,
				res.body,
				after,
				RATE_LIMIT_DESCRIPTION,
			);
		}
		return new HttpStatusError(`${label}: HTTP ${status}${msg ? ` — ${msg}` : ''}`, status, res.body, after);
	}
	const hint =
		status === 429 ? ` (rate limited${after !== undefined ? `; the service asks to retry after ${Math.ceil(after / 1000)} s` : ''})` : (HINTS[status] ?? '');
	return new HttpStatusError(
		`${label} failed with HTTP ${status}${hint}${msg ? `: ${msg}` : ''}`,
		status,
		res.body,
		after,
		askedWaitMs !== undefined ? RATE_LIMIT_DESCRIPTION : undefined,
	);
}

/**
 * Sends until the answer is a success (returned) or not worth retrying (thrown as HttpStatusError
 * labelled with `label`). Errors thrown by `send` itself (network, credentials) pass through.
 */
export async function sendWithRetry(
	send: () => Promise<RawResponse>,
	sleep: (ms: number) => Promise<void>,
	policy: RetryPolicy = {},
	label = 'request',
): Promise<RawResponse> {
	const maxRetries = policy.maxRetries ?? 4;
	const maxWait = policy.maxWaitMs ?? 60_000;
	const base = policy.baseDelayMs ?? 1000;
	const maxBackoff = policy.maxBackoffMs ?? Infinity;
	const isSuccess = policy.isSuccess ?? ((s: number) => s < 400);
	for (let attempt = 0; ; attempt++) {
		const res = await send();
		if (isSuccess(res.statusCode)) return res;
		const after = retryAfterMs(res.headers);
		const retryable = res.statusCode === 429 || (res.statusCode === 503 && (policy.retry503 !== 'with-retry-after' || after !== undefined));
		if (retryable && attempt < maxRetries) {
			const wait = after ?? Math.min(maxBackoff, base * 2 ** attempt);
			if (wait > maxWait) throw failure(label, res, after, wait, policy.messageStyle);
			await sleep(wait);
			continue;
		}
		throw failure(label, res, after, undefined, policy.messageStyle);
	}
}
