/**
 * Expedia Rapid guest reviews transport (read only). GET {base}/properties/{id}/guest-reviews
 * ?language=en-US returns at most 100 recent verified reviews per property in one answer [V], so
 * there is no pagination to follow. Auth: the credential signs each request
 * (EAN APIKey, SHA-512 signature, timestamp).
 */
import type { IAllExecuteFunctions } from 'n8n-workflow';
import { REVIEW_RETRY, reviewLabel, withoutEmptyQuery, type JsonRequest } from '../../engine/reviews/http';
import { requestWithRetry } from '../../shared/http';
import { normalizeExpediaReview } from './normalize';
import type { Review } from '../../engine/reviews/types';

export const EXPEDIA_CREDENTIAL = 'cxExpediaRapidApi';

export async function expediaRequest(ctx: IAllExecuteFunctions, req: JsonRequest): Promise<any> {
	return (await requestWithRetry(ctx, EXPEDIA_CREDENTIAL, withoutEmptyQuery(req), REVIEW_RETRY, reviewLabel('Expedia', req))).body;
}

export async function listReviews(ctx: IAllExecuteFunctions, propertyId: string, opts: { language?: string; limit?: number } = {}): Promise<Review[]> {
	const c = (await ctx.getCredentials(EXPEDIA_CREDENTIAL)) as Record<string, unknown>;
	const base = String(c.baseUrl || 'https://api.ean.com/v3').replace(/\/+$/, '');
	const language = opts.language || 'en-US';
	const res = await expediaRequest(ctx, {
		method: 'GET',
		url: `${base}/properties/${encodeURIComponent(propertyId)}/guest-reviews`,
		qs: { language },
	});
	const raw: unknown[] = Array.isArray(res?.verified?.recent) ? res.verified.recent : [];
	const out = raw.map((r) => normalizeExpediaReview(r, propertyId, language));
	return opts.limit ? out.slice(0, opts.limit) : out;
}
