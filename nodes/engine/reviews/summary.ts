/**
 * Rating summary per location (and platform): count, average on the platform's scale and on
 * 0–100, star distribution (on 5 stars), reply rate and the share of negative reviews. Works on
 * Feedback records, so it summarises API reviews and imported exports alike.
 */
import type { Feedback } from '../feedback/schema';

export interface RatingSummary {
	platform: string;
	locationId: string;
	locationName?: string;
	count: number;
	rated: number;
	/** Average on the reviews' own scale (the most common scale of the group). */
	average?: number;
	scale?: number;
	/** Average on 0–100. */
	averageNormalised?: number;
	/** Counts of 1–5 stars after mapping every scale to 5 (rounded half up). */
	distribution: Record<'1' | '2' | '3' | '4' | '5', number>;
	replied: number;
	replyRate?: number;
	/** Reviews at or below 50/100 (≤ 2.5 stars, ≤ 5/10). */
	negative: number;
	negativeShare?: number;
	firstAt?: string;
	lastAt?: string;
	/** The platform's own figures where it reports them (Google averageRating, totalReviewCount). */
	platformAverage?: number;
	platformTotal?: number;
}

const round = (n: number, d = 2) => Math.round(n * 10 ** d) / 10 ** d;

export function summariseRatings(
	records: Array<Pick<Feedback, 'source' | 'scores' | 'location' | 'meta' | 'occurredAt'>>,
	groupBy: 'location' | 'platform' | 'all' = 'location',
): RatingSummary[] {
	const groups = new Map<string, RatingSummary & { _sum: number; _norm: number; _scales: Map<number, number> }>();
	for (const r of records) {
		const platform = String(r.meta?.platform ?? r.source ?? 'unknown');
		const locationId = r.location?.id ?? '(none)';
		const key = groupBy === 'all' ? 'all' : groupBy === 'platform' ? platform : `${platform}\u0000${locationId}`;
		let g = groups.get(key);
		if (!g) {
			g = {
				platform: groupBy === 'all' ? 'all' : platform,
				locationId: groupBy === 'location' ? locationId : 'all',
				locationName: groupBy === 'location' ? r.location?.name : undefined,
				count: 0,
				rated: 0,
				distribution: { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 },
				replied: 0,
				negative: 0,
				_sum: 0,
				_norm: 0,
				_scales: new Map(),
			};
			groups.set(key, g);
		}
		g.count++;
		if (!g.locationName && r.location?.name) g.locationName = r.location.name;
		if (r.meta?.reply?.state === 'replied') g.replied++;
		if (!g.firstAt || r.occurredAt < g.firstAt) g.firstAt = r.occurredAt;
		if (!g.lastAt || r.occurredAt > g.lastAt) g.lastAt = r.occurredAt;
		const rating = r.scores?.rating;
		if (rating) {
			g.rated++;
			const norm = (rating.value / rating.scale) * 100;
			g._norm += norm;
			g._sum += rating.value;
			g._scales.set(rating.scale, (g._scales.get(rating.scale) ?? 0) + 1);
			const stars = Math.min(5, Math.max(1, Math.floor((norm / 100) * 5 + 0.5))) as 1 | 2 | 3 | 4 | 5;
			g.distribution[String(stars) as '1']++;
			if (norm <= 50) g.negative++;
		}
	}
	return [...groups.values()].map(({ _sum, _norm, _scales, ...g }) => {
		if (g.rated) {
			const scale = [..._scales.entries()].sort((a, b) => b[1] - a[1])[0][0];
			g.scale = scale;
			g.averageNormalised = round(_norm / g.rated, 1);
			g.average = _scales.size === 1 ? round(_sum / g.rated) : round(((_norm / g.rated) * scale) / 100);
			g.negativeShare = round(g.negative / g.rated, 4);
		}
		if (g.count) g.replyRate = round(g.replied / g.count, 4);
		return g;
	});
}
