/**
 * Review → Feedback: one function for every platform, so a Google review, a Booking.com review and
 * a row of a Ctrip export come out with the same shape (rating with its scale and a 0–100 score,
 * text, language, location, platform link, reply state). Reviewer names are personal data and are
 * only copied when the caller asks for them.
 */
import { buildFeedback, formatIssues, type BuildResult } from '../feedback/build';
import type { Feedback } from '../feedback/schema';
import { normaliseTimestamp } from '../time';
import type { Review } from './types';

/** ISO in the zone when readable; otherwise the raw value, so validation names the field. */
function isoOrRaw(value: string, timeZone = 'UTC'): string {
	return normaliseTimestamp(value, timeZone) ?? value;
}

export interface ReviewToFeedbackOptions {
	/** Zone for naive timestamps (Chinese back-office exports) and for ISO output. Default UTC. */
	timeZone?: string;
	/** Copy the reviewer's display name and platform id into `customer` (personal data). Default false. */
	includeReviewer?: boolean;
	now?: () => number;
	/** Extra values merged into `meta` (event, changes, import batch …). */
	meta?: Record<string, unknown>;
}

export function reviewDraft(review: Review, options: ReviewToFeedbackOptions = {}): Record<string, unknown> {
	const text = [review.title, review.text].map((s) => (s ?? '').trim()).filter(Boolean).join('\n');
	const customer: Record<string, unknown> = {};
	if (options.includeReviewer && review.reviewer) {
		if (review.reviewer.name && !review.reviewer.anonymous) customer.name = review.reviewer.name;
		if (review.reviewer.id) customer.id = review.reviewer.id;
	}
	const segment = review.context?.tripType;
	if (segment !== undefined) customer.segment = String(segment);

	const answers = Object.entries(review.subRatings ?? {}).map(([question, value]) => ({
		question,
		type: 'rating',
		value,
	}));
	const ids: Record<string, string> = {};
	if (review.resourceName) ids.resourceName = review.resourceName;
	if (review.locationId) ids.locationId = review.locationId;
	const meta: Record<string, unknown> = {
		platform: review.platform,
		url: review.url,
		ids: Object.keys(ids).length ? ids : undefined,
		title: review.title || undefined,
		reply: review.reply?.text
			? { state: 'replied', text: review.reply.text, ...(review.reply.at ? { at: isoOrRaw(review.reply.at, options.timeZone) } : {}) }
			: { state: 'none' },
		updatedAt: review.updatedAt ?? review.createdAt,
		reviewerCountry: review.reviewer?.country,
		context: review.context && Object.keys(review.context).length ? review.context : undefined,
		...(options.meta ?? {}),
	};
	for (const k of Object.keys(meta)) if (meta[k] === undefined) delete meta[k];
	return {
		source: review.platform,
		sourceId: review.reviewId,
		channel: 'review',
		occurredAt: review.createdAt ?? review.updatedAt,
		location: review.locationId ? { id: review.locationId, name: review.locationName } : undefined,
		customer: Object.keys(customer).length ? customer : undefined,
		scores: review.rating ? { rating: { value: review.rating.value, scale: review.rating.scale } } : {},
		text,
		language: review.language,
		answers,
		meta,
	};
}

export function reviewToFeedback(review: Review, options: ReviewToFeedbackOptions = {}): BuildResult {
	return buildFeedback(reviewDraft(review, options), { timeZone: options.timeZone, now: options.now });
}

/** Like reviewToFeedback but throws one readable error naming the review and the fields. */
export function reviewToFeedbackOrThrow(review: Review, options: ReviewToFeedbackOptions = {}): Feedback {
	const r = reviewToFeedback(review, options);
	if (!r.ok) throw new Error(`${review.platform} review ${review.reviewId}: ${formatIssues(r.issues)}`);
	return r.feedback;
}
