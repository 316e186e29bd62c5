/**
 * Tripadvisor Content API review → Review (read only; the API returns up to 5 recent reviews per
 * location and language). Shape [S api-evangelist tripadvisor schema and example for
 * GET /api/v1/location/{id}/reviews]: {data:[{id, lang, location_id, published_date, rating,
 * helpful_votes, url, text, title, trip_type, travel_date, user{username, user_location{name}},
 * subratings?, owner_response?}]}. owner_response's inner shape is [U]: text|response, published_date.
 */
import type { Review } from '../../engine/reviews/types';
import { isObject, num, pick, str } from '../../engine/reviews/types';

export function normalizeTripadvisorReview(raw: unknown, locationId?: string): Review {
	if (!isObject(raw)) throw new Error('Tripadvisor review: expected an object');
	const reviewId = str(pick(raw, 'id', 'review_id'));
	if (!reviewId) throw new Error('Tripadvisor review: missing id');
	const rating = num(raw.rating);
	const owner = raw.owner_response;
	const replyText = isObject(owner) ? str(pick(owner, 'text', 'response')) : str(owner);
	const subRatings: Record<string, number> = {};
	if (isObject(raw.subratings)) {
		for (const [k, v] of Object.entries(raw.subratings)) {
			const n = isObject(v) ? num(pick(v, 'value', 'rating')) : num(v);
			const label = isObject(v) ? str(pick(v, 'localized_name', 'name')) ?? k : k;
			if (n !== undefined) subRatings[label] = n;
		}
	}
	const context: Record<string, string | number> = {};
	if (str(raw.trip_type)) context.tripType = String(raw.trip_type);
	if (str(raw.travel_date)) context.travelDate = String(raw.travel_date);
	if (num(raw.helpful_votes) !== undefined) context.helpfulVotes = num(raw.helpful_votes)!;
	return {
		platform: 'tripadvisor',
		reviewId,
		locationId: str(raw.location_id) ?? locationId,
		rating: rating !== undefined ? { value: rating, scale: 5 } : undefined,
		title: str(raw.title),
		text: str(raw.text) ?? '',
		language: str(pick(raw, 'lang', 'language')),
		reviewer: isObject(raw.user)
			? { name: str(raw.user.username), country: str(pick(raw.user, 'user_location.name')) }
			: undefined,
		createdAt: str(raw.published_date),
		updatedAt: str(raw.published_date),
		reply: replyText ? { text: replyText, at: isObject(owner) ? str(pick(owner, 'published_date', 'date')) : undefined } : undefined,
		url: str(raw.url),
		subRatings: Object.keys(subRatings).length ? subRatings : undefined,
		context: Object.keys(context).length ? context : undefined,
	};
}
