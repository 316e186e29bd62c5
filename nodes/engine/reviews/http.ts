/**
 * Retry and pagination rules shared by the review providers, free of n8n: a transport passes in
 * how to send one request (n8n's httpRequestWithAuthentication with the node's credential) and how
 * to wait (n8n's sleep). 429 and 503 answers are retried after `Retry-After` (seconds or an HTTP
 * date), with exponential backoff when the header is missing, up to a total wait budget; a wait
 * longer than the budget fails with a message that says when to try again.
 */
export interface RawResponse {
	statusCode: number;
	headers: Record<string, unknown>;
	body: unknown;
}

export interface RetryPolicy {
	/** Attempts after the first. Default 4. */
	maxRetries?: number;
	/** Longest single wait we accept, in ms. Default 60 000. */
	maxWaitMs?: number;
	/** Backoff base when no Retry-After is given, in ms. Default 1000. */
	baseDelayMs?: number;
}

export class HttpStatusError extends Error {
	constructor(
		message: string,
		readonly statusCode: number,
		readonly body: unknown,
		readonly retryAfterMs?: number,
	) {
		super(message);
		this.name = 'HttpStatusError';
	}
}

function header(headers: Record<string, unknown>, name: string): string | undefined {
	const lower = name.toLowerCase();
	for (const [k, v] of Object.entries(headers ?? {})) {
		if (k.toLowerCase() === lower) return Array.isArray(v) ? String(v[0]) : v === undefined ? undefined : String(v);
	}
	return undefined;
}

/** Retry-After as milliseconds: delta-seconds or an HTTP date. Undefined when absent or unreadable. */
export function retryAfterMs(headers: Record<string, unknown>, now = Date.now()): number | undefined {
	const v = header(headers, 'retry-after');
	if (v === undefined) return undefined;
	const t = v.trim();
	if (/^\d+(\.\d+)?$/.test(t)) return Math.round(Number(t) * 1000);
	const at = Date.parse(t);
	return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

function messageOf(body: unknown): string | undefined {
	if (typeof body === 'string') return body.slice(0, 300) || undefined;
	if (body && typeof body === 'object') {
		const b = body as Record<string, any>;
		const m = b.error?.message ?? b.message ?? b.error_description ?? b.errorMessage ?? b.details ?? (typeof b.error === 'string' ? b.error : undefined);
		if (m) return String(m);
	}
	return undefined;
}

export async function sendWithRetry(
	send: () => Promise<RawResponse>,
	sleep: (ms: number) => Promise<void>,
	policy: RetryPolicy = {},
	label = 'request',
): Promise<RawResponse> {
	const maxRetries = policy.maxRetries ?? 4;
	const maxWait = policy.maxWaitMs ?? 60_000;
	const base = policy.baseDelayMs ?? 1000;
	for (let attempt = 0; ; attempt++) {
		const res = await send();
		if (res.statusCode < 400) return res;
		const retryable = res.statusCode === 429 || res.statusCode === 503;
		const after = retryAfterMs(res.headers);
		if (retryable && attempt < maxRetries) {
			const wait = after ?? base * 2 ** attempt;
			if (wait <= maxWait) {
				await sleep(wait);
				continue;
			}
		}
		const detail = messageOf(res.body);
		const rate =
			res.statusCode === 429
				? ` (rate limited${after !== undefined ? `; the service asks to retry after ${Math.ceil(after / 1000)} s` : ''})`
				: '';
		throw new HttpStatusError(
			`${label} failed with HTTP ${res.statusCode}${rate}${detail ? `: ${detail}` : ''}`,
			res.statusCode,
			res.body,
			after,
		);
	}
}

export interface Page<T> {
	items: T[];
	/** Token, URL or page number for the next page; undefined at the end. */
	next?: string | number;
	/** True when the rest is older than what we need (sorted newest first). */
	stop?: boolean;
}

/**
 * Reads pages until there is no next page, `limit` items were collected, or the page function
 * says the rest is not needed. Guards against a server that repeats the same token.
 */
export async function collectPages<T>(
	fetchPage: (next: string | number | undefined) => Promise<Page<T>>,
	options: { limit?: number; maxPages?: number } = {},
): Promise<T[]> {
	const out: T[] = [];
	const limit = options.limit ?? Infinity;
	const maxPages = options.maxPages ?? 1000;
	const tokens = new Set<string>();
	let next: string | number | undefined;
	for (let page = 0; page < maxPages; page++) {
		const p = await fetchPage(next);
		for (const item of p.items) {
			out.push(item);
			if (out.length >= limit) return out;
		}
		if (p.stop || p.next === undefined || p.next === null || p.next === '') return out;
		const key = String(p.next);
		if (tokens.has(key)) return out;
		tokens.add(key);
		next = p.next;
	}
	return out;
}

export interface JsonRequest {
	method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
	url: string;
	qs?: Record<string, unknown>;
	body?: unknown;
	headers?: Record<string, string>;
}

/**
 * One JSON request with the retry rules above. `sendFull` is n8n's
 * httpRequestWithAuthentication bound to the node's credential; it is asked for the full response
 * and told not to throw on HTTP errors, so the status and Retry-After can be read here.
 */
export async function requestJson(
	sendFull: (options: Record<string, unknown>) => Promise<any>,
	sleep: (ms: number) => Promise<void>,
	req: JsonRequest,
	policy: RetryPolicy = {},
	label?: string,
): Promise<any> {
	const qs = Object.fromEntries(Object.entries(req.qs ?? {}).filter(([, v]) => v !== undefined && v !== null && v !== ''));
	const res = await sendWithRetry(
		async () => {
			const r = await sendFull({
				method: req.method,
				url: req.url,
				qs,
				headers: { Accept: 'application/json', ...(req.headers ?? {}) },
				...(req.body !== undefined ? { body: req.body } : {}),
				json: true,
				returnFullResponse: true,
				ignoreHttpStatusErrors: true,
			});
			return {
				statusCode: Number(r?.statusCode ?? r?.status ?? 200),
				headers: (r?.headers ?? {}) as Record<string, unknown>,
				body: parseBody(r?.body ?? r?.data),
			};
		},
		sleep,
		policy,
		label ?? `${req.method} ${req.url.replace(/\?.*$/, '')}`,
	);
	return res.body;
}

function parseBody(body: unknown): unknown {
	if (typeof body === 'string') {
		const t = body.trim();
		if (t.startsWith('{') || t.startsWith('[')) {
			try {
				return JSON.parse(t);
			} catch {
				return body;
			}
		}
		return t === '' ? undefined : body;
	}
	if (Buffer.isBuffer(body)) return parseBody(body.toString('utf8'));
	return body;
}
