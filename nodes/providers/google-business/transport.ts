/**
 * Google Business Profile transport: the only n8n-aware part of the Google provider. All HTTP goes
 * through httpRequestWithAuthentication with the node's OAuth2 credential (scope
 * business.manage); 429 / 503 are retried after Retry-After; lists are read to the last page.
 *
 * Hosts [V Google docs]: reviews on My Business API v4 (mybusiness.googleapis.com), accounts on
 * the Account Management API v1, locations on the Business Information API v1. The credential's
 * optional "API Base URL" replaces all three (a proxy, or a local test server).
 */
import type { IAllExecuteFunctions } from 'n8n-workflow';
import { collectPages, REVIEW_RETRY, reviewLabel, withoutEmptyQuery, type JsonRequest } from '../../engine/reviews/http';
import { requestWithRetry } from '../../shared/http';
import { updatedMs } from '../../engine/reviews/cursor';
import { normalizeGoogleReview, type GoogleLocationInfo } from './normalize';
import type { Review } from '../../engine/reviews/types';

export const GOOGLE_CREDENTIAL = 'cxGoogleBusinessProfileOAuth2Api';
export const GOOGLE_REPLY_MAX = 4096;

interface Bases {
	reviews: string;
	accounts: string;
	info: string;
}

async function bases(ctx: IAllExecuteFunctions): Promise<Bases> {
	const creds = (await ctx.getCredentials(GOOGLE_CREDENTIAL).catch(() => ({}))) as Record<string, unknown>;
	const override = typeof creds.apiBaseUrl === 'string' ? creds.apiBaseUrl.trim().replace(/\/+$/, '') : '';
	if (override) return { reviews: override, accounts: override, info: override };
	return {
		reviews: 'https://mybusiness.googleapis.com',
		accounts: 'https://mybusinessaccountmanagement.googleapis.com',
		info: 'https://mybusinessbusinessinformation.googleapis.com',
	};
}

export async function googleRequest(ctx: IAllExecuteFunctions, req: JsonRequest): Promise<any> {
	return (await requestWithRetry(ctx, GOOGLE_CREDENTIAL, withoutEmptyQuery(req), REVIEW_RETRY, reviewLabel('Google Business Profile', req))).body;
}

/** "123", "accounts/123" → "accounts/123". */
export function accountName(account: string): string {
	const a = String(account ?? '').trim();
	if (!a) throw new Error('Google account is empty: choose an account (accounts/…)');
	return a.startsWith('accounts/') ? a : `accounts/${a}`;
}

/** "locations/9", "accounts/1/locations/9", "9" → "9". */
export function locationId(location: string): string {
	const m = /locations\/([^/]+)/.exec(location);
	return m ? m[1] : String(location).trim();
}

export async function listAccounts(ctx: IAllExecuteFunctions): Promise<Array<{ name: string; accountName?: string }>> {
	const b = await bases(ctx);
	return collectPages(async (token) => {
		const res = await googleRequest(ctx, { method: 'GET', url: `${b.accounts}/v1/accounts`, qs: { pageSize: 20, pageToken: token } });
		return { items: Array.isArray(res?.accounts) ? res.accounts : [], next: res?.nextPageToken };
	});
}

export async function listLocations(ctx: IAllExecuteFunctions, account: string): Promise<GoogleLocationInfo[]> {
	const b = await bases(ctx);
	return collectPages(async (token) => {
		const res = await googleRequest(ctx, {
			method: 'GET',
			url: `${b.info}/v1/${accountName(account)}/locations`,
			qs: { readMask: 'name,title,storeCode', pageSize: 100, pageToken: token },
		});
		return { items: Array.isArray(res?.locations) ? res.locations : [], next: res?.nextPageToken };
	});
}

export interface GoogleReviewList {
	reviews: Review[];
	averageRating?: number;
	totalReviewCount?: number;
}

/**
 * Reviews of one location, newest update first. With `sinceMs`, reading stops at the first page
 * that reaches older reviews (those are already known); without it every page is read (or up to
 * `limit`).
 */
export async function listReviews(
	ctx: IAllExecuteFunctions,
	account: string,
	location: GoogleLocationInfo,
	opts: { sinceMs?: number; limit?: number; pageSize?: number } = {},
): Promise<GoogleReviewList> {
	const b = await bases(ctx);
	const loc = locationId(location.name);
	const out: GoogleReviewList = { reviews: [] };
	out.reviews = await collectPages(
		async (token) => {
			const res = await googleRequest(ctx, {
				method: 'GET',
				url: `${b.reviews}/v4/${accountName(account)}/locations/${loc}/reviews`,
				qs: { pageSize: opts.pageSize ?? 50, pageToken: token, orderBy: 'updateTime desc' },
			});
			if (out.averageRating === undefined && typeof res?.averageRating === 'number') out.averageRating = res.averageRating;
			if (out.totalReviewCount === undefined && res?.totalReviewCount !== undefined) out.totalReviewCount = Number(res.totalReviewCount);
			const items: Review[] = (Array.isArray(res?.reviews) ? res.reviews : []).map((r: unknown) =>
				normalizeGoogleReview(r, { ...location, name: `${accountName(account)}/locations/${loc}` }),
			);
			// Pages come newest update first. Once a page reaches reviews older than `sinceMs` the
			// rest is known; the whole page is still handed over, so reply changes on recent reviews
			// (which may not move the review's own updateTime) are compared too.
			const reachedOld = opts.sinceMs !== undefined && items.some((r) => updatedMs(r) < opts.sinceMs!);
			return { items, next: res?.nextPageToken, stop: reachedOld };
		},
		{ limit: opts.limit },
	);
	return out;
}

export function reviewName(account: string, location: string, review: string): string {
	if (review.startsWith('accounts/')) return review;
	return `${accountName(account)}/locations/${locationId(location)}/reviews/${review}`;
}

export async function getReview(ctx: IAllExecuteFunctions, name: string): Promise<Review> {
	const b = await bases(ctx);
	const raw = await googleRequest(ctx, { method: 'GET', url: `${b.reviews}/v4/${name}` });
	return normalizeGoogleReview(raw);
}

export async function putReply(ctx: IAllExecuteFunctions, name: string, comment: string): Promise<{ comment: string; updateTime?: string }> {
	const b = await bases(ctx);
	return googleRequest(ctx, { method: 'PUT', url: `${b.reviews}/v4/${name}/reply`, body: { comment } });
}

export async function deleteReply(ctx: IAllExecuteFunctions, name: string): Promise<void> {
	const b = await bases(ctx);
	await googleRequest(ctx, { method: 'DELETE', url: `${b.reviews}/v4/${name}/reply` });
}
