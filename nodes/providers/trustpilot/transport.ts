/**
 * Trustpilot transport (n8n-aware). Endpoints:
 *   list    GET  /v1/business-units/{id}/reviews?page&perPage&orderBy=createdat.desc   [U paths/params]
 *   get     GET  /v1/reviews/{id}                                                    [U]
 *   reply   POST /v1/private/reviews/{id}/reply {message, authorBusinessUserId} → 201 [S]
 *   delete  DELETE /v1/private/reviews/{id}/reply                                    [U]
 * The list is ordered by creation, so edits are found among the reviews created in the last
 * `editWindowDays` (default 30) before the poll's since.
 */
import type { IAllExecuteFunctions } from 'n8n-workflow';
import { collectPages, REVIEW_RETRY, reviewLabel, withoutEmptyQuery, type JsonRequest } from '../../engine/reviews/http';
import { requestWithRetry } from '../../shared/http';
import { parseTimestamp } from '../../engine/time';
import { normalizeTrustpilotReview } from './normalize';
import type { Review } from '../../engine/reviews/types';

export const TRUSTPILOT_CREDENTIAL = 'cxTrustpilotApi';
/** Reply length Trustpilot accepts [U]; drafts are cut to it. */
export const TRUSTPILOT_REPLY_MAX = 2048;

async function config(ctx: IAllExecuteFunctions): Promise<{ base: string; businessUserId?: string }> {
	const c = (await ctx.getCredentials(TRUSTPILOT_CREDENTIAL)) as Record<string, unknown>;
	const base = String(c.baseUrl || 'https://api.trustpilot.com').replace(/\/+$/, '');
	return { base, businessUserId: c.businessUserId ? String(c.businessUserId) : undefined };
}

export async function trustpilotRequest(ctx: IAllExecuteFunctions, req: JsonRequest): Promise<any> {
	return (await requestWithRetry(ctx, TRUSTPILOT_CREDENTIAL, withoutEmptyQuery(req), REVIEW_RETRY, reviewLabel('Trustpilot', req))).body;
}

export async function listReviews(
	ctx: IAllExecuteFunctions,
	businessUnitId: string,
	opts: { sinceMs?: number; limit?: number; editWindowDays?: number } = {},
): Promise<Review[]> {
	const { base } = await config(ctx);
	const perPage = 100;
	const stopBefore = opts.sinceMs === undefined ? undefined : opts.sinceMs - (opts.editWindowDays ?? 30) * 86_400_000;
	return collectPages(
		async (page) => {
			const p = Number(page ?? 1);
			const res = await trustpilotRequest(ctx, {
				method: 'GET',
				url: `${base}/v1/business-units/${encodeURIComponent(businessUnitId)}/reviews`,
				qs: { page: p, perPage, orderBy: 'createdat.desc' },
			});
			const raw: unknown[] = Array.isArray(res?.reviews) ? res.reviews : Array.isArray(res) ? res : [];
			const items = raw.map((r) => normalizeTrustpilotReview(r, { id: businessUnitId }));
			const links: any[] = Array.isArray(res?.links) ? res.links : [];
			const hasNext = links.some((l) => /next/i.test(String(l?.rel))) || raw.length === perPage;
			const oldest = Math.min(...items.map((r) => parseTimestamp(r.createdAt) ?? 0));
			const stop = stopBefore !== undefined && items.length > 0 && oldest < stopBefore;
			const kept = opts.sinceMs === undefined ? items : items.filter((r) => (parseTimestamp(r.updatedAt) ?? 0) >= opts.sinceMs!);
			return { items: kept, next: hasNext && raw.length ? p + 1 : undefined, stop };
		},
		{ limit: opts.limit },
	);
}

export async function getReview(ctx: IAllExecuteFunctions, reviewId: string): Promise<Review> {
	const { base } = await config(ctx);
	return normalizeTrustpilotReview(await trustpilotRequest(ctx, { method: 'GET', url: `${base}/v1/reviews/${encodeURIComponent(reviewId)}` }));
}

export async function postReply(ctx: IAllExecuteFunctions, reviewId: string, message: string, authorBusinessUserId?: string): Promise<any> {
	const { base, businessUserId } = await config(ctx);
	const author = authorBusinessUserId || businessUserId;
	if (!author) throw new Error('Trustpilot needs the business user id of the reply author: set it in the credential or the node');
	const res = await trustpilotRequest(ctx, {
		method: 'POST',
		url: `${base}/v1/private/reviews/${encodeURIComponent(reviewId)}/reply`,
		body: { message, authorBusinessUserId: author },
	});
	return res ?? { message };
}

export async function deleteReply(ctx: IAllExecuteFunctions, reviewId: string): Promise<void> {
	const { base } = await config(ctx);
	await trustpilotRequest(ctx, { method: 'DELETE', url: `${base}/v1/private/reviews/${encodeURIComponent(reviewId)}/reply` });
}
