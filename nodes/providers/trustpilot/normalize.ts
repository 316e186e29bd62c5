/**
 * Trustpilot service review → Review. Shape [S api-evangelist trustpilot-review-schema, U for the
 * private API]: {id, stars 1–5, title, text, language, createdAt, updatedAt, consumer{id,
 * displayName}, businessUnit{id}, location{id,name}?, companyReply{text, createdAt, updatedAt}?,
 * links[]}. Tolerant: missing optional fields are allowed, alternative names are accepted.
 */
import type { Review } from '../../engine/reviews/types';
import { isObject, num, pick, str } from '../../engine/reviews/types';

export function normalizeTrustpilotReview(raw: unknown, businessUnit?: { id: string; name?: string }): Review {
	if (!isObject(raw)) throw new Error('Trustpilot review: expected an object');
	const reviewId = str(pick(raw, 'id', 'reviewId'));
	if (!reviewId) throw new Error('Trustpilot review: missing id');
	const stars = num(pick(raw, 'stars', 'rating'));
	const reply = isObject(raw.companyReply) && str(raw.companyReply.text)
		? { text: String(raw.companyReply.text), at: str(pick(raw.companyReply, 'updatedAt', 'createdAt')) }
		: undefined;
	const loc = isObject(raw.location) ? raw.location : undefined;
	const links: any[] = Array.isArray(raw.links) ? raw.links : [];
	const url =
		str(pick(raw, 'url', 'reviewUrl')) ??
		str(links.find((l) => isObject(l) && /review/i.test(String(l.rel)) && /^https?:/.test(String(l.href)) && !/api\.trustpilot/.test(String(l.href)))?.href) ??
		`https://www.trustpilot.com/reviews/${reviewId}`;
	return {
		platform: 'trustpilot',
		reviewId,
		locationId: str(loc?.id) ?? str(pick(raw, 'businessUnit.id', 'businessUnitId')) ?? businessUnit?.id,
		locationName: str(loc?.name) ?? businessUnit?.name,
		rating: stars !== undefined ? { value: stars, scale: 5 } : undefined,
		title: str(raw.title),
		text: str(pick(raw, 'text', 'content')) ?? '',
		language: str(pick(raw, 'language', 'lang')),
		reviewer: isObject(raw.consumer)
			? { name: str(raw.consumer.displayName), id: str(raw.consumer.id), country: str(raw.consumer.countryCode) }
			: undefined,
		createdAt: str(pick(raw, 'createdAt', 'publishedAt')),
		updatedAt: str(pick(raw, 'updatedAt')) ?? str(pick(raw, 'createdAt')),
		reply,
		url,
		context: str(raw.experiencedAt) ? { experiencedAt: String(raw.experiencedAt) } : undefined,
	};
}
