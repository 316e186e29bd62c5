/**
 * Booking.com Guest Review API transport (n8n-aware). Basic auth with a Connectivity machine
 * account that has the review-api permission [V overview]. Paths and parameters are NOT verified
 * [U]; they sit in one place (below) and the base URL is a credential field:
 *   list    GET  {base}/properties/{propertyId}/reviews?since=<ISO>&page_token
 *   get     GET  {base}/properties/{propertyId}/reviews/{reviewId}
 *   reply   POST {base}/properties/{propertyId}/reviews/{reviewId}/reply {reply}
 *   scores  GET  {base}/properties/{propertyId}/scores
 * The list reader accepts the review array under data.reviews | reviews | data and the next page
 * under meta.next_page | next_page | links.next | next.
 * Booking.com review data is for internal use only and may not be published.
 */
import type { IAllExecuteFunctions } from 'n8n-workflow';
import { collectPages, REVIEW_RETRY, reviewLabel, withoutEmptyQuery, type JsonRequest } from '../../engine/reviews/http';
import { requestWithRetry } from '../../shared/http';
import { isObject, pick } from '../../engine/reviews/types';
import { normalizeBookingReview } from './normalize';
import type { Review } from '../../engine/reviews/types';

export const BOOKING_CREDENTIAL = 'cxBookingReviewApi';
export const BOOKING_REPLY_MAX = 1000;

async function baseUrl(ctx: IAllExecuteFunctions): Promise<string> {
	const c = (await ctx.getCredentials(BOOKING_CREDENTIAL)) as Record<string, unknown>;
	return String(c.baseUrl || 'https://supply-xml.booking.com/review-api').replace(/\/+$/, '');
}

export async function bookingRequest(ctx: IAllExecuteFunctions, req: JsonRequest): Promise<any> {
	return (await requestWithRetry(ctx, BOOKING_CREDENTIAL, withoutEmptyQuery(req), REVIEW_RETRY, reviewLabel('Booking.com', req))).body;
}

function reviewsOf(res: any): unknown[] {
	for (const c of [res?.data?.reviews, res?.reviews, res?.data, res]) if (Array.isArray(c)) return c;
	return [];
}

function nextOf(res: any): string | undefined {
	const n = pick(isObject(res) ? res : {}, 'meta.next_page', 'meta.next_page_token', 'next_page', 'links.next', 'next');
	return n === undefined || n === null || n === '' ? undefined : String(n);
}

export async function listReviews(
	ctx: IAllExecuteFunctions,
	propertyId: string,
	opts: { sinceMs?: number; limit?: number } = {},
): Promise<Review[]> {
	const base = await baseUrl(ctx);
	return collectPages(
		async (next) => {
			const isUrl = typeof next === 'string' && /^https?:/.test(next);
			const res = await bookingRequest(ctx, {
				method: 'GET',
				url: isUrl ? String(next) : `${base}/properties/${encodeURIComponent(propertyId)}/reviews`,
				qs: isUrl
					? {}
					: {
							since: opts.sinceMs !== undefined ? new Date(opts.sinceMs).toISOString() : undefined,
							page_token: next,
						},
			});
			return { items: reviewsOf(res).map((r) => normalizeBookingReview(r, propertyId)), next: nextOf(res) };
		},
		{ limit: opts.limit },
	);
}

export async function getReview(ctx: IAllExecuteFunctions, propertyId: string, reviewId: string): Promise<Review> {
	const base = await baseUrl(ctx);
	const res = await bookingRequest(ctx, {
		method: 'GET',
		url: `${base}/properties/${encodeURIComponent(propertyId)}/reviews/${encodeURIComponent(reviewId)}`,
	});
	return normalizeBookingReview(isObject(res?.data) ? res.data : res, propertyId);
}

export async function postReply(ctx: IAllExecuteFunctions, propertyId: string, reviewId: string, text: string): Promise<any> {
	const base = await baseUrl(ctx);
	return (
		(await bookingRequest(ctx, {
			method: 'POST',
			url: `${base}/properties/${encodeURIComponent(propertyId)}/reviews/${encodeURIComponent(reviewId)}/reply`,
			body: { reply: text },
		})) ?? { reply: text }
	);
}

export async function getScores(ctx: IAllExecuteFunctions, propertyId: string): Promise<Record<string, unknown>> {
	const base = await baseUrl(ctx);
	const res = await bookingRequest(ctx, { method: 'GET', url: `${base}/properties/${encodeURIComponent(propertyId)}/scores` });
	return isObject(res?.data) ? res.data : isObject(res) ? res : {};
}
