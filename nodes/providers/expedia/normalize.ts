/**
 * Expedia Rapid Guest Reviews → Review (read only).
 * Shape [V developers.expediagroup.com/rapid/lodging/content/guest-reviews]: the response has
 * `verified.recent[]` with {verification_source, title, date_submitted, rating, reviewer_name,
 * stay_date, trip_reason, travel_companion, text, management_responses[]}. Items carry no review
 * id [U: none documented], so the id is derived from the property, submission time, reviewer and
 * title: stable as long as the review is.
 * Rating scale [U]: values above 5 are read as out of 10.
 */
import type { Review } from '../../engine/reviews/types';
import { fnv1a, isObject, num, pick, str } from '../../engine/reviews/types';

export function normalizeExpediaReview(raw: unknown, propertyId: string, language?: string): Review {
	if (!isObject(raw)) throw new Error('Expedia review: expected an object');
	const rating = num(raw.rating);
	const submitted = str(pick(raw, 'date_submitted', 'dateSubmitted'));
	const id =
		str(pick(raw, 'id', 'review_id')) ??
		fnv1a([propertyId, submitted ?? '', str(raw.reviewer_name) ?? '', str(raw.title) ?? '', (str(raw.text) ?? '').slice(0, 80)].join('|'));
	const responses: any[] = Array.isArray(raw.management_responses) ? raw.management_responses : [];
	const last = responses[responses.length - 1];
	const replyText = isObject(last) ? str(pick(last, 'text', 'response')) : str(last);
	const context: Record<string, string> = {};
	for (const [k, name] of [
		['trip_reason', 'tripType'],
		['travel_companion', 'travelCompanion'],
		['stay_date', 'stayDate'],
		['verification_source', 'verificationSource'],
	] as const) {
		const v = str(raw[k]);
		if (v) context[name] = v;
	}
	return {
		platform: 'expedia',
		reviewId: `${propertyId}-${id}`,
		locationId: propertyId,
		rating: rating !== undefined ? { value: rating, scale: rating > 5 ? 10 : 5 } : undefined,
		title: str(raw.title),
		text: str(raw.text) ?? '',
		language: language ? language.split('-')[0] : undefined,
		reviewer: { name: str(raw.reviewer_name) },
		createdAt: submitted,
		updatedAt: submitted,
		reply: replyText ? { text: replyText, at: isObject(last) ? str(pick(last, 'date', 'date_submitted')) : undefined } : undefined,
		context: Object.keys(context).length ? context : undefined,
	};
}
