/**
 * Google Business Profile review (My Business API v4, accounts.locations.reviews) → Review.
 * Shape [V developers.google.com/my-business/reference/rest/v4/accounts.locations.reviews]:
 * {name, reviewId, reviewer{displayName, profilePhotoUrl, isAnonymous}, starRating ONE…FIVE,
 *  comment, createTime, updateTime, reviewReply{comment, updateTime}}.
 * Google appends machine translations to `comment` ("(Translated by Google) … (Original) …"); we
 * keep the original text and note the translation.
 */
import type { Review } from '../../engine/reviews/types';
import { isObject, str } from '../../engine/reviews/types';

const STARS: Record<string, number> = { ONE: 1, TWO: 2, THREE: 3, FOUR: 4, FIVE: 5 };

export interface GoogleLocationInfo {
	/** `accounts/{a}/locations/{l}` or `locations/{l}`. */
	name: string;
	title?: string;
	storeCode?: string;
}

/** `accounts/1/locations/2/reviews/3` → {account:'1', location:'2', review:'3'}. */
export function parseReviewName(name: string): { account?: string; location?: string; review?: string } {
	const m = /accounts\/([^/]+)\/locations\/([^/]+)(?:\/reviews\/([^/]+))?/.exec(name ?? '');
	return m ? { account: m[1], location: m[2], review: m[3] } : {};
}

/** Splits Google's translated comments; returns the original text when both are present. */
export function originalComment(comment: string): { text: string; translated?: string } {
	const m = /^\(Translated by Google\)\s*([\s\S]*?)\s*\(Original\)\s*([\s\S]*)$/.exec(comment);
	if (m) return { text: m[2].trim(), translated: m[1].trim() };
	const m2 = /^([\s\S]*?)\s*\(Translated by Google\)\s*([\s\S]*)$/.exec(comment);
	if (m2 && m2[1].trim()) return { text: m2[1].trim(), translated: m2[2].trim() };
	return { text: comment };
}

export function normalizeGoogleReview(raw: unknown, location?: GoogleLocationInfo): Review {
	if (!isObject(raw)) throw new Error('Google review: expected an object');
	const name = str(raw.name) ?? '';
	const parsed = parseReviewName(name);
	const reviewId = str(raw.reviewId) ?? parsed.review;
	if (!reviewId) throw new Error('Google review: missing reviewId');
	const stars = STARS[String(raw.starRating ?? '')];
	const comment = originalComment(str(raw.comment) ?? '');
	const locationId = parsed.location ?? (location ? parseReviewName(location.name).location ?? location.name.replace(/^locations\//, '') : undefined);
	const reply = isObject(raw.reviewReply) && str(raw.reviewReply.comment) ? { text: String(raw.reviewReply.comment), at: str(raw.reviewReply.updateTime) } : undefined;
	const context: Record<string, string> = {};
	if (comment.translated) context.googleTranslation = comment.translated;
	if (location?.storeCode) context.storeCode = location.storeCode;
	return {
		platform: 'google',
		reviewId,
		resourceName: name || undefined,
		locationId,
		locationName: location?.title,
		rating: stars ? { value: stars, scale: 5 } : undefined,
		text: comment.text,
		reviewer: isObject(raw.reviewer)
			? { name: str(raw.reviewer.displayName), anonymous: raw.reviewer.isAnonymous === true }
			: undefined,
		createdAt: str(raw.createTime),
		updatedAt: str(raw.updateTime),
		reply,
		context: Object.keys(context).length ? context : undefined,
	};
}
