/**
 * Review reputation index across sites: recency-weighted and volume-aware.
 *
 * For review i with rating xᵢ on 0–100, posted at tᵢ:
 *   wᵢ = 0.5^((asOf − tᵢ) / H)                      recency weight, half-life H days (default 90)
 *   m  = Σ wᵢxᵢ / Σ wᵢ over every review              the pooled recency-weighted mean (the prior)
 *   Sₛ = (Σ_{i∈s} wᵢxᵢ + C·m) / (Σ_{i∈s} wᵢ + C)     a site's (or property's) score, shrunk towards m
 *                                                     with the weight of C reviews (default 5)
 *   RI = Σₛ vₛ·Wₛ·Sₛ / Σₛ vₛ·Wₛ,  Wₛ = Σ_{i∈s} wᵢ     the index: sites weighted by their recent volume
 *                                                     (and an optional site weight vₛ, default 1)
 * A site or property with few recent reviews therefore stays close to the overall mean instead of
 * topping (or sinking to the bottom of) the league on three reviews; old reviews fade with H.
 *
 * Streaming: weights are kept relative to the first review's time t₀ (2^((tᵢ − t₀)/H)) and rescaled
 * by 2^((t₀ − asOf)/H) at the end, so asOf can be the latest review without a second pass.
 */

export interface ReputationOptions {
	halfLifeDays: number;
	priorWeight: number;
	/** Channels counted as reviews. Default ['review']. */
	channels: string[];
	/** Optional per-site weights (source → weight). */
	siteWeights: Record<string, number>;
}

export interface ReputationRow {
	key: string;
	label: string;
	reviews: number;
	/** Σ recency weights: the number of "fresh-equivalent" reviews. */
	effectiveReviews: number;
	/** Plain mean rating 0–100. */
	meanRating: number;
	/** Recency-weighted mean before shrinkage. */
	recentRating: number | null;
	/** Shrunk, recency-weighted score 0–100. */
	index: number | null;
}

export interface ReputationResult {
	formula: string;
	halfLifeDays: number;
	priorWeight: number;
	asOf: number;
	reviews: number;
	/** The cross-site reputation index, 0–100. */
	index: number | null;
	prior: number | null;
	sites: ReputationRow[];
	locations: ReputationRow[];
}

interface Bucket {
	label: string;
	count: number;
	sum: number;
	w: number;
	wx: number;
}

const DAY = 86_400_000;
const r2 = (x: number) => Math.round(x * 100) / 100;

export class ReputationAccumulator {
	readonly opts: ReputationOptions;
	private t0: number | undefined;
	private readonly sites = new Map<string, Bucket>();
	private readonly locations = new Map<string, Bucket>();
	private readonly channels: Set<string>;

	constructor(opts: Partial<ReputationOptions>) {
		this.opts = { halfLifeDays: 90, priorWeight: 5, channels: ['review'], siteWeights: {}, ...opts };
		this.channels = new Set(this.opts.channels);
	}

	add(source: string, locationId: string | undefined, locationName: unknown, channel: unknown, t: number, rating: number): void {
		if (!this.channels.has(String(channel))) return;
		this.t0 ??= t;
		const w = 2 ** ((t - this.t0) / (this.opts.halfLifeDays * DAY));
		const bump = (map: Map<string, Bucket>, key: string, label: string) => {
			let b = map.get(key);
			if (!b) {
				if (map.size >= 5000) return;
				b = { label, count: 0, sum: 0, w: 0, wx: 0 };
				map.set(key, b);
			}
			b.count++;
			b.sum += rating;
			b.w += w;
			b.wx += w * rating;
		};
		bump(this.sites, source, source);
		if (locationId !== undefined) bump(this.locations, locationId, locationName ? String(locationName) : locationId);
	}

	result(asOf: number): ReputationResult {
		const { halfLifeDays, priorWeight: C, siteWeights } = this.opts;
		const formula =
			'S = (Σ wᵢxᵢ + C·m) / (Σ wᵢ + C), wᵢ = 0.5^(ageᵢ/H); index = Σ vₛWₛSₛ / Σ vₛWₛ (x on 0–100, m = pooled weighted mean)';
		const scale = this.t0 === undefined ? 1 : 2 ** ((this.t0 - asOf) / (halfLifeDays * DAY));
		let W = 0;
		let WX = 0;
		let count = 0;
		for (const b of this.sites.values()) {
			W += b.w * scale;
			WX += b.wx * scale;
			count += b.count;
		}
		const m = W > 0 ? WX / W : null;
		const rows = (map: Map<string, Bucket>): Array<{ row: ReputationRow; weight: number; score: number | null }> =>
			[...map.entries()]
				.map(([key, b]) => {
					const w = b.w * scale;
					const wx = b.wx * scale;
					const score = m === null ? null : (wx + C * m) / (w + C);
					const row: ReputationRow = {
						key,
						label: b.label,
						reviews: b.count,
						effectiveReviews: r2(w),
						meanRating: r2(b.sum / b.count),
						recentRating: w > 0 ? r2(wx / w) : null,
						index: score === null ? null : r2(score),
					};
					return { row, weight: w, score };
				})
				.sort((x, y) => (y.row.index ?? -1) - (x.row.index ?? -1) || x.row.key.localeCompare(y.row.key));
		const sites = rows(this.sites);
		let num = 0;
		let den = 0;
		for (const { row, weight, score } of sites) {
			if (score === null) continue;
			const v = siteWeights[row.key] ?? 1;
			num += v * weight * score;
			den += v * weight;
		}
		return {
			formula,
			halfLifeDays,
			priorWeight: C,
			asOf,
			reviews: count,
			index: den > 0 ? r2(num / den) : null,
			prior: m === null ? null : r2(m),
			sites: sites.map((x) => x.row),
			locations: rows(this.locations).map((x) => x.row),
		};
	}
}
