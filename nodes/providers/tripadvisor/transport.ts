/**
 * Tripadvisor Content API transport (read only): GET {base}/location/{id}/reviews?language&limit
 * &offset, API key in the `key` query parameter (added by the credential). The API serves a few
 * recent reviews per location and language [S]; offset paging continues while full pages come back.
 */
import type { IAllExecuteFunctions } from 'n8n-workflow';
import { collectPages, REVIEW_RETRY, reviewLabel, withoutEmptyQuery, type JsonRequest } from '../../engine/reviews/http';
import { requestWithRetry } from '../../shared/http';
import { normalizeTripadvisorReview } from './normalize';
import type { Review } from '../../engine/reviews/types';

export const TRIPADVISOR_CREDENTIAL = 'cxTripadvisorContentApi';

export async function tripadvisorRequest(ctx: IAllExecuteFunctions, req: JsonRequest): Promise<any> {
	return (await requestWithRetry(ctx, TRIPADVISOR_CREDENTIAL, withoutEmptyQuery(req), REVIEW_RETRY, reviewLabel('Tripadvisor', req).replace(/key=[^&]+/, 'key=***'))).body;
}

export async function listReviews(ctx: IAllExecuteFunctions, locationId: string, opts: { language?: string; limit?: number } = {}): Promise<Review[]> {
	const c = (await ctx.getCredentials(TRIPADVISOR_CREDENTIAL)) as Record<string, unknown>;
	const base = String(c.baseUrl || 'https://api.content.tripadvisor.com/api/v1').replace(/\/+$/, '');
	const pageSize = 5;
	return collectPages(
		async (offset) => {
			const o = Number(offset ?? 0);
			const res = await tripadvisorRequest(ctx, {
				method: 'GET',
				url: `${base}/location/${encodeURIComponent(locationId)}/reviews`,
				qs: { language: opts.language || 'en', limit: pageSize, offset: o || undefined },
			});
			const raw: unknown[] = Array.isArray(res?.data) ? res.data : [];
			return { items: raw.map((r) => normalizeTripadvisorReview(r, locationId)), next: raw.length === pageSize ? o + pageSize : undefined };
		},
		{ limit: opts.limit, maxPages: 20 },
	);
}
