/**
 * The sufficient statistics of one group of feedback (the whole set, one property, one period, one
 * property in one period …) and how they turn into the published metrics. Fixed size: adding a
 * record updates counters, nothing is stored per record.
 */
import { twoProportionZ, welchZ, type TestResult } from './stats';

/** What one Feedback record contributes, computed once per record and added to every group it is in. */
export interface ItemView {
	/** NPS answer 0–10, or -1. */
	nps: number;
	/** CSAT 1–5, or -1. */
	csat: number;
	/** CES 1–7, or -1. */
	ces: number;
	/** Rating on 0–100 (scores.normalised, else rating.value/scale), or -1. */
	rating: number;
	complaint: boolean;
	/** The record can be replied to (a review) / has been replied to. */
	replyEligible: boolean;
	replied: boolean;
	/** 1 positive, 0 neutral, -1 negative, NaN unknown. */
	sentiment: number;
	/** For SPC / 6σ: the record is a unit of the chosen defect definition, and is defective. */
	unit: boolean;
	defect: boolean;
	/** SLA state: 0 none, 1 met, 2 breached, 3 open and not yet due. */
	sla: number;
}

export class Acc {
	n = 0;
	npsN = 0;
	promoters = 0;
	passives = 0;
	detractors = 0;
	csatN = 0;
	csatSum = 0;
	csatSq = 0;
	csatTop2 = 0;
	cesN = 0;
	cesSum = 0;
	cesSq = 0;
	cesEasy = 0;
	ratN = 0;
	ratSum = 0;
	ratSq = 0;
	complaints = 0;
	replyEligible = 0;
	replied = 0;
	sentPos = 0;
	sentNeu = 0;
	sentNeg = 0;
	units = 0;
	defects = 0;
	slaMet = 0;
	slaBreached = 0;
	slaOpen = 0;
	/** Score distributions, only on groups that are charted (overall). */
	npsHist?: Float64Array;
	csatHist?: Float64Array;
	ratingHist?: Float64Array;

	constructor(histograms = false) {
		if (histograms) {
			this.npsHist = new Float64Array(11);
			this.csatHist = new Float64Array(5);
			this.ratingHist = new Float64Array(5);
		}
	}

	add(v: ItemView): void {
		this.n++;
		if (v.nps >= 0) {
			this.npsN++;
			if (v.nps >= 9) this.promoters++;
			else if (v.nps >= 7) this.passives++;
			else this.detractors++;
			if (this.npsHist) this.npsHist[v.nps]++;
		}
		if (v.csat >= 0) {
			this.csatN++;
			this.csatSum += v.csat;
			this.csatSq += v.csat * v.csat;
			if (v.csat >= 4) this.csatTop2++;
			if (this.csatHist) this.csatHist[Math.min(4, Math.max(0, Math.round(v.csat) - 1))]++;
		}
		if (v.ces >= 0) {
			this.cesN++;
			this.cesSum += v.ces;
			this.cesSq += v.ces * v.ces;
			if (v.ces >= 5) this.cesEasy++;
		}
		if (v.rating >= 0) {
			this.ratN++;
			this.ratSum += v.rating;
			this.ratSq += v.rating * v.rating;
			// 0–100 in five bands: [0,20) [20,40) [40,60) [60,80) [80,100]
			if (this.ratingHist) this.ratingHist[Math.min(4, Math.floor(v.rating / 20))]++;
		}
		if (v.complaint) this.complaints++;
		if (v.replyEligible) {
			this.replyEligible++;
			if (v.replied) this.replied++;
		}
		if (v.sentiment === 1) this.sentPos++;
		else if (v.sentiment === 0) this.sentNeu++;
		else if (v.sentiment === -1) this.sentNeg++;
		if (v.unit) {
			this.units++;
			if (v.defect) this.defects++;
		}
		if (v.sla === 1) this.slaMet++;
		else if (v.sla === 2) this.slaBreached++;
		else if (v.sla === 3) this.slaOpen++;
	}
}

/** Adds another group's statistics to this one (totals merged from per-period cells). */
export function mergeInto(t: Acc, o: Acc): void {
	t.n += o.n;
	t.npsN += o.npsN;
	t.promoters += o.promoters;
	t.passives += o.passives;
	t.detractors += o.detractors;
	t.csatN += o.csatN;
	t.csatSum += o.csatSum;
	t.csatSq += o.csatSq;
	t.csatTop2 += o.csatTop2;
	t.cesN += o.cesN;
	t.cesSum += o.cesSum;
	t.cesSq += o.cesSq;
	t.cesEasy += o.cesEasy;
	t.ratN += o.ratN;
	t.ratSum += o.ratSum;
	t.ratSq += o.ratSq;
	t.complaints += o.complaints;
	t.replyEligible += o.replyEligible;
	t.replied += o.replied;
	t.sentPos += o.sentPos;
	t.sentNeu += o.sentNeu;
	t.sentNeg += o.sentNeg;
	t.units += o.units;
	t.defects += o.defects;
	t.slaMet += o.slaMet;
	t.slaBreached += o.slaBreached;
	t.slaOpen += o.slaOpen;
}

export const round = (x: number, d = 2): number => {
	const f = 10 ** d;
	return Math.round(x * f) / f;
};
const num = (x: number, d = 2): number | null => (Number.isFinite(x) ? round(x, d) : null);
const pct = (a: number, b: number, d = 2): number | null => (b > 0 ? round((100 * a) / b, d) : null);

export interface NpsMetrics {
	/** −100 … 100 */
	score: number | null;
	responses: number;
	promoters: number;
	passives: number;
	detractors: number;
	/** Half-width of the confidence interval, in NPS points. */
	marginOfError: number | null;
	ci: [number, number] | null;
}

export interface GroupMetrics {
	n: number;
	/** n below the minimum sample: figures are shown but flagged, changes are not tested. */
	lowSample: boolean;
	nps: NpsMetrics;
	csat: { mean: number | null; topTwoBox: number | null; marginOfError: number | null; responses: number };
	ces: { mean: number | null; easyShare: number | null; score: number | null; responses: number };
	rating: { mean: number | null; sd: number | null; marginOfError: number | null; responses: number };
	complaints: number;
	complaintRate: number | null;
	response: { eligible: number; replied: number; rate: number | null };
	sentiment: { positive: number; neutral: number; negative: number; negativeShare: number | null };
	sla: { met: number; breached: number; open: number; compliance: number | null };
	defects: { units: number; defects: number; rate: number | null };
}

/** NPS variance per response: the score is +1/0/−1, so Var = E[s²] − E[s]² = (p₊ + p₋) − (p₊ − p₋)². */
export function npsVariance(a: Acc): number {
	if (!a.npsN) return NaN;
	const pp = a.promoters / a.npsN;
	const pd = a.detractors / a.npsN;
	return pp + pd - (pp - pd) ** 2;
}

export function summarise(a: Acc, z: number, minSample: number): GroupMetrics {
	let nps: NpsMetrics = { score: null, responses: 0, promoters: 0, passives: 0, detractors: 0, marginOfError: null, ci: null };
	if (a.npsN) {
		const score = (100 * (a.promoters - a.detractors)) / a.npsN;
		// Margin of error = z · √(Var/n) · 100, Var as in npsVariance.
		const moe = z * Math.sqrt(npsVariance(a) / a.npsN) * 100;
		nps = {
			score: round(score, 2),
			responses: a.npsN,
			promoters: a.promoters,
			passives: a.passives,
			detractors: a.detractors,
			marginOfError: round(moe, 2),
			ci: [round(Math.max(-100, score - moe), 2), round(Math.min(100, score + moe), 2)],
		};
	}
	const csatMean = a.csatN ? a.csatSum / a.csatN : NaN;
	const top2 = a.csatN ? a.csatTop2 / a.csatN : NaN;
	const cesMean = a.cesN ? a.cesSum / a.cesN : NaN;
	const ratMean = a.ratN ? a.ratSum / a.ratN : NaN;
	const ratVar = a.ratN > 1 ? (a.ratSq - a.ratN * ratMean * ratMean) / (a.ratN - 1) : NaN;
	const sentTotal = a.sentPos + a.sentNeu + a.sentNeg;
	return {
		n: a.n,
		lowSample: a.n < minSample,
		nps,
		csat: {
			mean: num(csatMean, 3),
			topTwoBox: num(top2 * 100),
			marginOfError: num(z * Math.sqrt((top2 * (1 - top2)) / a.csatN) * 100),
			responses: a.csatN,
		},
		ces: { mean: num(cesMean, 3), easyShare: pct(a.cesEasy, a.cesN), score: num(((cesMean - 1) / 6) * 100), responses: a.cesN },
		rating: {
			mean: num(ratMean),
			sd: num(Math.sqrt(Math.max(0, ratVar))),
			marginOfError: num(z * Math.sqrt(Math.max(0, ratVar) / a.ratN)),
			responses: a.ratN,
		},
		complaints: a.complaints,
		complaintRate: pct(a.complaints, a.n),
		response: { eligible: a.replyEligible, replied: a.replied, rate: pct(a.replied, a.replyEligible) },
		sentiment: { positive: a.sentPos, neutral: a.sentNeu, negative: a.sentNeg, negativeShare: pct(a.sentNeg, sentTotal) },
		sla: { met: a.slaMet, breached: a.slaBreached, open: a.slaOpen, compliance: pct(a.slaMet, a.slaMet + a.slaBreached) },
		defects: { units: a.units, defects: a.defects, rate: pct(a.defects, a.units, 3) },
	};
}

export interface Change {
	/** Difference current − previous, in the metric's unit (NPS points, percentage points, 0–100 points). */
	delta: number | null;
	test: string;
	z: number | null;
	pValue: number | null;
	significant: boolean;
	verdict: TestResult['verdict'];
}

export interface PeriodChange {
	nps: Change;
	csatTopTwoBox: Change;
	rating: Change;
	complaintRate: Change;
}

function change(delta: number | null, t: TestResult): Change {
	return {
		delta: delta === null ? null : round(delta, 2),
		test: t.test,
		z: t.z === null ? null : round(t.z, 3),
		pValue: t.pValue === null ? null : round(t.pValue, 4),
		significant: t.significant,
		verdict: t.verdict,
	};
}

/**
 * Period-over-period change of `cur` against `prev`:
 * - NPS: Welch z on the +1/0/−1 scores (difference of NPS / 100 over √(Var₁/n₁ + Var₂/n₂));
 * - CSAT top-two-box and complaint rate: two-proportion z-test (pooled);
 * - rating: Welch z on the 0–100 means.
 * Either side below `minSample` responses → "insufficient sample"; p ≥ alpha → "not significant".
 */
export function compare(prev: Acc, cur: Acc, alpha: number, minSample: number): PeriodChange {
	const npsP = prev.npsN ? (prev.promoters - prev.detractors) / prev.npsN : NaN;
	const npsC = cur.npsN ? (cur.promoters - cur.detractors) / cur.npsN : NaN;
	const npsT = welchZ(npsP, npsVariance(prev), prev.npsN, npsC, npsVariance(cur), cur.npsN, alpha, minSample, 'Welch z-test on NPS scores (+1/0/−1)');
	const rp = prev.ratN ? prev.ratSum / prev.ratN : NaN;
	const rc = cur.ratN ? cur.ratSum / cur.ratN : NaN;
	const rv = (a: Acc, m: number) => (a.ratN > 1 ? (a.ratSq - a.ratN * m * m) / (a.ratN - 1) : 0);
	const ratT = welchZ(rp, rv(prev, rp), prev.ratN, rc, rv(cur, rc), cur.ratN, alpha, minSample, 'Welch z-test on mean rating');
	const topT = twoProportionZ(prev.csatTop2, prev.csatN, cur.csatTop2, cur.csatN, alpha, minSample);
	const compT = twoProportionZ(prev.complaints, prev.n, cur.complaints, cur.n, alpha, minSample);
	const fin = (x: number) => (Number.isFinite(x) ? x : null);
	return {
		nps: change(fin((npsC - npsP) * 100), npsT),
		csatTopTwoBox: change(fin((cur.csatTop2 / cur.csatN - prev.csatTop2 / prev.csatN) * 100), topT),
		rating: change(fin(rc - rp), ratT),
		complaintRate: change(fin((cur.complaints / cur.n - prev.complaints / prev.n) * 100), compT),
	};
}
