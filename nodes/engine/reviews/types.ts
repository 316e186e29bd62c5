/**
 * The review as every provider adapter hands it over, before it becomes a Feedback record. Plain
 * data: adapters fill what their platform has and leave the rest undefined.
 */
export const REVIEW_PLATFORMS = [
	'google',
	'trustpilot',
	'booking',
	'expedia',
	'tripadvisor',
	'ctrip',
	'meituan',
	'dianping',
	'fliggy',
	'qunar',
] as const;
export type ReviewPlatform = (typeof REVIEW_PLATFORMS)[number];

export interface ReviewRating {
	value: number;
	/** 5 for stars, 10 for Booking.com-style scores, 100 for points. */
	scale: number;
}

export interface ReviewReply {
	text: string;
	/** ISO 8601 or a source timestamp readable by parseTimestamp. */
	at?: string;
}

export interface Review {
	platform: ReviewPlatform | string;
	/** The platform's own id of the review (unique within the platform). */
	reviewId: string;
	/** Full resource name where the platform needs it to reply (Google: accounts/…/locations/…/reviews/…). */
	resourceName?: string;
	locationId?: string;
	locationName?: string;
	rating?: ReviewRating;
	title?: string;
	/** The review body (Booking.com's liked / disliked parts already joined). */
	text: string;
	language?: string;
	reviewer?: { name?: string; id?: string; country?: string; anonymous?: boolean };
	createdAt?: string;
	/** Last edit at the source; equals createdAt (or is absent) for reviews never edited. */
	updatedAt?: string;
	reply?: ReviewReply;
	url?: string;
	/** Sub-scores (cleanliness, location …) as the platform names them, on the review's scale. */
	subRatings?: Record<string, number>;
	/** Trip type, stay date, room type …: small context values kept for analysis and routing. */
	context?: Record<string, string | number | boolean>;
}

/** 32-bit FNV-1a as 8 hex chars: a compact, dependency-free fingerprint (not a security hash). */
export function fnv1a(text: string): string {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return (h >>> 0).toString(16).padStart(8, '0');
}

export function isObject(v: unknown): v is Record<string, any> {
	return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** First value among `keys` that is not undefined, null or an empty string. */
export function pick(obj: Record<string, any> | undefined, ...keys: string[]): any {
	if (!obj) return undefined;
	for (const k of keys) {
		const path = k.split('.');
		let v: any = obj;
		for (const p of path) v = isObject(v) ? v[p] : undefined;
		if (v !== undefined && v !== null && v !== '') return v;
	}
	return undefined;
}

export function str(v: unknown): string | undefined {
	if (v === undefined || v === null) return undefined;
	if (typeof v === 'string') return v.trim() === '' ? undefined : v;
	if (typeof v === 'number' || typeof v === 'boolean') return String(v);
	return undefined;
}

export function num(v: unknown): number | undefined {
	if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
	if (typeof v === 'string') {
		const t = v.trim();
		if (!t) return undefined;
		const n = Number(t);
		return Number.isFinite(n) ? n : undefined;
	}
	return undefined;
}
