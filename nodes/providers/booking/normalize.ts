/**
 * Booking.com Guest Review API (Connectivity) review → Review.
 * The overview is [V] (reviews by property or review id, reply by review id, property scores,
 * Basic auth with a machine account); the field names are NOT verified [U]. This normaliser
 * therefore accepts the names used across Booking.com's connectivity JSON and common channel
 * managers: review_id|id, reservation_id, created_timestamp|created_at|date, last_change_timestamp|
 * updated_at, scoring.review_score|score|rating (0–10 scale), content.headline|title,
 * content.positive|positive|liked, content.negative|negative|disliked, reviewer.name, reviewer.country_code,
 * language_code|language, reply.text|reply|response, reply.created_timestamp.
 */
import type { Review } from '../../engine/reviews/types';
import { isObject, num, pick, str } from '../../engine/reviews/types';

export function normalizeBookingReview(raw: unknown, propertyId?: string): Review {
	if (!isObject(raw)) throw new Error('Booking.com review: expected an object');
	const reviewId = str(pick(raw, 'review_id', 'reviewId', 'id'));
	if (!reviewId) throw new Error('Booking.com review: missing review_id');
	const score = num(pick(raw, 'scoring.review_score', 'review_score', 'score', 'rating', 'average_score'));
	const positive = str(pick(raw, 'content.positive', 'positive', 'liked', 'pros'));
	const negative = str(pick(raw, 'content.negative', 'negative', 'disliked', 'cons'));
	const plain = str(pick(raw, 'content.text', 'text', 'comment'));
	const text = [positive ? `+ ${positive}` : '', negative ? `- ${negative}` : '', plain ?? ''].filter(Boolean).join('\n');
	const replyRaw = pick(raw, 'reply', 'response', 'property_reply');
	const replyText = isObject(replyRaw) ? str(pick(replyRaw, 'text', 'message', 'comment')) : str(replyRaw);
	const subRatings: Record<string, number> = {};
	const scoring = isObject(raw.scoring) ? raw.scoring : isObject(raw.scores) ? raw.scores : {};
	for (const [k, v] of Object.entries(scoring)) {
		const n = num(v);
		if (n !== undefined && k !== 'review_score') subRatings[k] = n;
	}
	const context: Record<string, string> = {};
	const reservation = str(pick(raw, 'reservation_id', 'reservationId', 'booking_id'));
	if (reservation) context.reservationId = reservation;
	const travel = str(pick(raw, 'reviewer.traveller_type', 'traveller_type', 'trip_type'));
	if (travel) context.tripType = travel;
	return {
		platform: 'booking',
		reviewId,
		locationId: str(pick(raw, 'property_id', 'hotel_id', 'propertyId')) ?? propertyId,
		rating: score !== undefined ? { value: score, scale: score > 10 ? 100 : 10 } : undefined,
		title: str(pick(raw, 'content.headline', 'headline', 'title')),
		text,
		language: str(pick(raw, 'content.language_code', 'language_code', 'language', 'lang')),
		reviewer: {
			name: str(pick(raw, 'reviewer.name', 'guest_name', 'author')),
			country: str(pick(raw, 'reviewer.country_code', 'country_code', 'guest_country')),
			anonymous: pick(raw, 'reviewer.is_anonymous') === true,
		},
		createdAt: str(pick(raw, 'created_timestamp', 'created_at', 'date', 'review_date')),
		updatedAt: str(pick(raw, 'last_change_timestamp', 'updated_at', 'modified_timestamp')),
		reply: replyText
			? { text: replyText, at: isObject(replyRaw) ? str(pick(replyRaw, 'created_timestamp', 'created_at', 'date')) : undefined }
			: undefined,
		subRatings: Object.keys(subRatings).length ? subRatings : undefined,
		context: Object.keys(context).length ? context : undefined,
	};
}
