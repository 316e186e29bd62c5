/**
 * HTTP rules of the review providers, free of n8n: their retry policy for nodes/engine/http/retry.ts
 * (429 and 503 retried after `Retry-After` or exponential backoff, up to 4 times, 60 s per wait; a
 * longer wait fails with a message that says when to try again) and pagination.
 */
import type { RetryPolicy } from '../http/retry';

export const REVIEW_RETRY: RetryPolicy = { maxRetries: 4, maxWaitMs: 60_000, baseDelayMs: 1000 };

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

/** The request without empty query parameters (undefined, null, ''), as review APIs want them. */
export function withoutEmptyQuery<R extends { qs?: Record<string, unknown> }>(req: R): R & { qs: Record<string, string | number | boolean> } {
	const qs = Object.fromEntries(Object.entries(req.qs ?? {}).filter(([, v]) => v !== undefined && v !== null && v !== '')) as Record<string, string | number | boolean>;
	return { ...req, qs };
}

/** How a review call is named in errors: the service, the method and the path (host left out). */
export function reviewLabel(service: string, req: Pick<JsonRequest, 'method' | 'url'>): string {
	return `${service} ${req.method} ${req.url.replace(/^https?:\/\/[^/]+/, '')}`;
}
