/**
 * CX metrics as a streaming aggregation: `add(feedback)` once per record, `result()` at the end.
 * Memory depends on the number of groups, periods, topics and drivers (all capped), never on the
 * number of records: a million records are read in one pass without being kept.
 *
 * Formulas (also in docs/nodes/cx-metrics.md):
 * - NPS = 100·(promoters − detractors)/responses; promoters 9–10, passives 7–8, detractors 0–6.
 *   Margin of error = z·√(Var/n)·100 where Var = (p₊ + p₋) − (p₊ − p₋)² is the variance of the
 *   per-response score +1/0/−1.
 * - CSAT: mean of 1–5 and top-two-box share (4 or 5), margin of error z·√(p(1−p)/n).
 * - CES: mean of 1–7, "easy" share (5–7), and (mean − 1)/6·100.
 * - Rating: scores.normalised (0–100), else rating.value/rating.scale·100; mean, sd, margin z·sd/√n.
 * - Complaint rate: records with a "complaint" intent / all records.
 * - Response rate: replied reviews (meta.reply.state = "replied") / reviews; survey response rate =
 *   survey responses / invitations when the number of invitations is given.
 * - Reputation index, key drivers, SPC: see reputation.ts, drivers.ts, spc.ts.
 */
import { parseTimestamp, toIsoInZone, isValidTimeZone, zonedTimeToEpoch } from '../time';
import { Acc, compare, mergeInto, round, summarise, type GroupMetrics, type ItemView, type PeriodChange } from './accumulator';
import { AnswerDriverAccumulator, DriverAccumulator, type DriverOptions, type DriverResult } from './drivers';
import { civilFromDays, daysFromCivil, GRANULARITIES, isoInZone, parseIsoInstant, parseIsoInto, periodBounds, nextPeriodKey, PeriodBucketer, type Granularity } from './period';
import { ReputationAccumulator, type ReputationOptions, type ReputationResult } from './reputation';
import { pChart, sixSigma, type SixSigma, type SpcPoint } from './spc';
import { mulberry32, zForConfidence } from './stats';
import { pathOf, topicPath, TopicTrie, type TrieNode } from './topics';
import { Extremes, Reservoir, redactText, shorten, type Verbatim } from './verbatims';

export type DefectDefinition = 'detractor' | 'complaint' | 'negative' | 'lowRating';

/**
 * The metric families a run computes. A run asked for fewer reads less of each record (a
 * run for NPS alone never reads a record's analysis, routing or replies) and its output leaves
 * the others out (see `MetricsResult.metrics`).
 */
export type MetricFamily = 'nps' | 'csat' | 'ces' | 'rating' | 'complaints' | 'responses' | 'sentiment' | 'sla' | 'defects';
export const METRIC_FAMILIES: readonly MetricFamily[] = ['nps', 'csat', 'ces', 'rating', 'complaints', 'responses', 'sentiment', 'sla', 'defects'];

/** The GroupMetrics keys of each family, left out of the output when the family was not asked for. */
const FAMILY_KEYS: Record<MetricFamily, string[]> = {
	nps: ['nps'],
	csat: ['csat'],
	ces: ['ces'],
	rating: ['rating'],
	complaints: ['complaints', 'complaintRate'],
	responses: ['response'],
	sentiment: ['sentiment'],
	sla: ['sla'],
	defects: ['defects'],
};
/** The PeriodChange / trend keys of each family. */
const FAMILY_CHANGE_KEYS: Partial<Record<MetricFamily, string[]>> = {
	nps: ['nps'],
	csat: ['csatTopTwoBox'],
	rating: ['rating'],
	complaints: ['complaintRate'],
};

export interface DimensionSpec {
	/**
	 * A dot path into the record (`location.id`, `touchpoint`, `customer.segment`, `meta.ids.formId`)
	 * or an alias: `location`, `department` (routing.owner), `topic` (indicator-tree topic at `level`),
	 * `intent`.
	 */
	field: string;
	/** For `topic`: the level of the indicator tree (1 = top). */
	level?: number;
	/** Name in the output; default the field. */
	name?: string;
}

export interface MetricsOptions {
	timeZone?: string;
	/**
	 * Calendar period of the trend, the period-over-period changes and the control chart; `none`
	 * treats the whole range as one (no trend, no changes, no chart) and never buckets a record by
	 * date.
	 */
	period?: Granularity | 'none';
	/** Metric families to compute; default all of them. */
	metrics?: MetricFamily[];
	dimensions?: DimensionSpec[];
	/** Groups and periods with fewer records are flagged `lowSample`, and their changes are not tested. Default 30. */
	minSample?: number;
	/** Confidence level of margins of error. Default 0.95. */
	confidence?: number;
	/** Significance level of period-over-period tests. Default 0.05. */
	alpha?: number;
	defect?: DefectDefinition;
	/** For defect = lowRating: a record with a 0–100 rating below this is a defect. Default 60. */
	lowRatingThreshold?: number;
	/** Defect opportunities per unit for DPMO. Default 1. */
	opportunitiesPerUnit?: number;
	/**
	 * Key drivers: indicator-tree topics (default) or numeric survey answers (`source: 'answers'`,
	 * optionally only the named `questions`).
	 */
	drivers?: (Partial<DriverOptions> & { source?: 'topics' | 'answers'; questions?: string[] }) | false;
	reputation?: Partial<ReputationOptions> | false;
	/** Depth of the topic tree kept for drill-down. Default 4. */
	topicDepth?: number;
	/** Verbatims kept per topic node. Default 5. */
	verbatimsPerTopic?: number;
	/** Most negative / most positive verbatims kept for the report. Default 5 each. */
	notableVerbatims?: number;
	/** Distinct values kept per dimension; the rest go to "(other)". Default 500. */
	maxGroups?: number;
	/** Topic nodes kept; the rest are counted under "(other)". Default 5000. */
	maxTopics?: number;
	/** Reference time for SLA states and reputation recency (ISO or epoch ms). Default: the latest record. */
	asOf?: string | number;
	/** Survey invitations sent, for the survey response rate. */
	invitations?: number;
	filter?: {
		from?: string | number;
		to?: string | number;
		locations?: string[];
		channels?: string[];
	};
}

export class MetricsInputError extends Error {
	constructor(
		readonly field: string,
		message: string,
	) {
		super(`${field}: ${message}`);
	}
}

interface TopicNodeAcc {
	node: TrieNode;
	count: number;
	positive: number;
	negative: number;
	neutral: number;
	scoreN: number;
	scoreSum: number;
	detractors: number;
	npsN: number;
	samples: Reservoir<Verbatim>;
}

export interface TopicNode {
	key: string;
	name: string;
	path: string[];
	level: number;
	parent: string | null;
	/** Records mentioning the topic (or any of its children). */
	count: number;
	/** Share of all analysed records. */
	share: number | null;
	positive: number;
	negative: number;
	neutral: number;
	negativeShare: number | null;
	/** Mean 0–100 score of the records mentioning it. */
	meanScore: number | null;
	/** Detractor share among records with an NPS answer. */
	detractorShare: number | null;
	children: string[];
	verbatims: Verbatim[];
}

export interface GroupResult extends GroupMetrics {
	key: string;
	label: string;
	/** Compact per-period series of this group. */
	trend: Array<{ period: string; n: number; nps: number | null; rating: number | null; csatTopTwoBox: number | null; complaintRate: number | null }>;
	/** Last period against the one before it. */
	change: PeriodChange | null;
}

export interface PeriodResult extends GroupMetrics {
	period: string;
	start: string;
	end: string;
	/** Against the previous period. */
	change: PeriodChange | null;
}

export interface MetricsResult {
	generatedAt: string;
	asOf: string | null;
	timeZone: string;
	granularity: Granularity | 'none';
	/** The metric families computed; the keys of the others are absent from every group's figures. */
	metrics: MetricFamily[];
	confidence: number;
	alpha: number;
	minSample: number;
	records: number;
	skipped: number;
	filteredOut: number;
	range: { from: string | null; to: string | null };
	overall: GroupMetrics & {
		distribution: { nps: number[]; csat: number[]; rating: number[] };
		surveyResponseRate: number | null;
	};
	periods: PeriodResult[];
	/** Current (last) period against the previous one. */
	change: PeriodChange | null;
	breakdowns: Record<string, GroupResult[]>;
	topics: { analysed: number; depth: number; nodes: TopicNode[]; roots: string[]; truncated: boolean };
	drivers: DriverResult | null;
	/** Absent when the defects family was not asked for (see leaveOutFamilies). */
	spc: { defect: DefectDefinition; chart: SpcPoint[]; centerLine: number | null; sixSigma: SixSigma };
	reputation: ReputationResult | null;
	verbatims: { negative: Verbatim[]; positive: Verbatim[] };
}

const OTHER = '(other)';
/** The one period key of period = none. */
const WHOLE = 'all';

function getPath(obj: unknown, parts: string[]): unknown {
	let v: unknown = obj;
	for (const p of parts) {
		if (v === null || typeof v !== 'object') return undefined;
		v = (v as Record<string, unknown>)[p];
	}
	return v;
}

/** The owner key of routing.owner: a string, or {department | team | name | id}. */
export function ownerKey(owner: unknown): string | undefined {
	if (owner === null || owner === undefined || owner === '') return undefined;
	if (typeof owner === 'string' || typeof owner === 'number') return String(owner);
	if (typeof owner === 'object') {
		const o = owner as Record<string, unknown>;
		const v = o.department ?? o.team ?? o.name ?? o.id;
		return v === undefined || v === null ? undefined : String(v);
	}
	return undefined;
}

function intentName(x: unknown): string | undefined {
	if (typeof x === 'string') return x;
	if (x && typeof x === 'object') {
		const o = x as Record<string, unknown>;
		const v = o.intent ?? o.label ?? o.type ?? o.name ?? o.id;
		return typeof v === 'string' ? v : undefined;
	}
	return undefined;
}

/** ECMAScript WhiteSpace and LineTerminator code units: what String.prototype.trim removes. */
function isTrimmed(c: number): boolean {
	return (
		c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
		c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
	);
}

/** `s.trim().length` without building the trimmed string (called for every record with text). */
export function trimmedLength(s: string): number {
	let i = 0;
	let j = s.length;
	while (i < j && isTrimmed(s.charCodeAt(i))) i++;
	while (j > i && isTrimmed(s.charCodeAt(j - 1))) j--;
	return j - i;
}

function sentimentSign(label: unknown): number {
	if (label === 'positive') return 1;
	if (label === 'negative') return -1;
	if (label === 'neutral' || label === 'mixed') return 0;
	return NaN;
}


/**
 * Reads a filter or reference time. Naive times are read in the metrics time zone; a bare date as the
 * end of a range ("to": "2026-11-30") means the end of that day, so the day is included.
 */
function toEpoch(v: string | number | undefined, name: string, timeZone: string, endOfDay = false): number | undefined {
	if (v === undefined || v === '' || v === null) return undefined;
	const dateOnly = typeof v === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(v.trim()) : null;
	if (dateOnly && endOfDay) {
		const next = civilFromDays(daysFromCivil(Number(dateOnly[1]), Number(dateOnly[2]), Number(dateOnly[3])) + 1);
		return zonedTimeToEpoch(next, timeZone);
	}
	const t = parseTimestamp(v, timeZone);
	if (t === undefined) throw new MetricsInputError(name, `cannot read ${JSON.stringify(v)} as a date and time`);
	return t;
}

interface Group {
	label: string;
	/** Per period key (read by result(); the group's total is their sum) … */
	cells: Map<string, Acc>;
	/** … and the same Acc objects by period index (the per-record path). */
	cellAt: Array<Acc | undefined>;
}

interface DimState {
	spec: DimensionSpec;
	name: string;
	parts: string[];
	groups: Map<string, Group>;
}

export class MetricsAggregator {
	readonly timeZone: string;
	readonly granularity: Granularity | 'none';
	/** period = none: every record is in the one period "all" and no date is bucketed. */
	private readonly wholeRange: boolean;
	private readonly families: MetricFamily[];
	/** What readView reads (the plan compiled from the families and the sections asked for). */
	private readonly readNps: boolean;
	private readonly readOtherScores: boolean;
	private readonly readComplaint: boolean;
	private readonly readSentiment: boolean;
	private readonly readReply: boolean;
	private readonly readSla: boolean;
	private readonly readDefect: boolean;
	/**
	 * Whether each record's occurredAt is read. Only a whole-range run without a date filter, topic
	 * verbatims, notable verbatims or reputation can do without it; it then reports no range.
	 */
	private readonly readTime: boolean;
	private readonly minSample: number;
	private readonly confidence: number;
	private readonly alpha: number;
	private readonly z: number;
	private readonly defect: DefectDefinition;
	private readonly lowRating: number;
	private readonly bucketer: PeriodBucketer;
	private readonly dims: DimState[];
	/**
	 * Per period (the whole set is their sum, made in result(): every record is in exactly one
	 * period, so per record one Acc is updated instead of two).
	 */
	private readonly periods = new Map<string, Acc>();
	/** Score distributions of the whole set (only it is charted). */
	private readonly npsHist = new Float64Array(11);
	private readonly csatHist = new Float64Array(5);
	private readonly ratingHist = new Float64Array(5);
	/** Where parseIsoInto puts an instant: a number returned from a call is a fresh heap object per record. */
	private readonly instant = new Float64Array(1);
	/** The Accs of `periods` by the bucketer's period index (the per-record path). */
	private readonly periodAt: Array<Acc | undefined> = [];
	/** Reference clock for open SLA items when no asOf is given: read once, when first needed. */
	private clock: number | undefined;
	private readonly trie: TopicTrie;
	private readonly topics = new Map<TrieNode, TopicNodeAcc>();
	/** Sequence number of the record being added (per-node "already counted" stamps). */
	private seq = 0;
	private analysed = 0;
	private readonly topicDepth: number;
	private readonly needTopics: boolean;
	private readonly perTopic: number;
	private readonly maxGroups: number;
	private readonly maxTopics: number;
	private readonly drivers: DriverAccumulator | null;
	private readonly answerDrivers: AnswerDriverAccumulator | null;
	private readonly reputation: ReputationAccumulator | null;
	private readonly worst: Extremes<Verbatim>;
	/** Notable verbatims are kept (notableVerbatims > 0); otherwise their text is never read. */
	private readonly notable: boolean;
	private readonly best: Extremes<Verbatim>;
	private readonly random = mulberry32(20261123);
	private readonly asOfFixed: number | undefined;
	private readonly from: number | undefined;
	private readonly to: number | undefined;
	private readonly locations: Set<string> | undefined;
	private readonly channels: Set<string> | undefined;
	private readonly view: ItemView = {
		nps: -1, csat: -1, ces: -1, rating: -1, complaint: false, replyEligible: false, replied: false, sentiment: NaN,
		unit: false, defect: false, sla: 0,
	};
	/** The record being added, for the lazily built verbatim (no closure per record). */
	private curF: Record<string, any> = {};
	private curT = 0;
	private curMade: Verbatim | undefined;
	private readonly makeCurrent = (): Verbatim => (this.curMade ??= this.verbatim(this.curF, this.view, this.curT));
	private minT = Infinity;
	private maxT = -Infinity;
	private records = 0;
	private skippedCount = 0;
	private filtered = 0;

	constructor(private readonly options: MetricsOptions = {}) {
		this.timeZone = options.timeZone || 'UTC';
		if (!isValidTimeZone(this.timeZone)) throw new MetricsInputError('timeZone', `unknown time zone "${this.timeZone}"`);
		this.granularity = options.period ?? 'week';
		if (this.granularity !== 'none' && !GRANULARITIES.includes(this.granularity)) {
			throw new MetricsInputError('period', `unknown period "${String(this.granularity)}" (day, week, month, quarter or none)`);
		}
		this.wholeRange = this.granularity === 'none';
		this.minSample = options.minSample ?? 30;
		this.confidence = options.confidence ?? 0.95;
		this.alpha = options.alpha ?? 0.05;
		this.z = zForConfidence(this.confidence);
		this.defect = options.defect ?? 'detractor';
		this.lowRating = options.lowRatingThreshold ?? 60;
		this.bucketer = new PeriodBucketer(this.timeZone, this.wholeRange ? 'month' : (this.granularity as Granularity));
		this.topicDepth = options.topicDepth ?? 4;
		this.perTopic = options.verbatimsPerTopic ?? 5;
		this.maxGroups = options.maxGroups ?? 500;
		this.maxTopics = options.maxTopics ?? 5000;
		this.trie = new TopicTrie(this.maxTopics);
		this.dims = (options.dimensions ?? []).map((spec) => ({
			spec,
			name: spec.name || (spec.field === 'topic' ? `topic.level${spec.level ?? 1}` : spec.field),
			parts: spec.field.split('.'),
			groups: new Map(),
		}));
		const dopts = options.drivers === false ? undefined : (options.drivers ?? {});
		this.drivers = dopts && dopts.source !== 'answers' ? new DriverAccumulator(dopts) : null;
		this.needTopics = this.topicDepth > 0 || !!this.drivers || this.dims.some((d) => d.spec.field === 'topic');
		this.answerDrivers = dopts && dopts.source === 'answers' ? new AnswerDriverAccumulator(dopts) : null;
		this.reputation = options.reputation === false ? null : new ReputationAccumulator(options.reputation ?? {});
		const k = options.notableVerbatims ?? 5;
		this.notable = k > 0;
		const fam = options.metrics?.length ? options.metrics : METRIC_FAMILIES;
		for (const m of fam) if (!METRIC_FAMILIES.includes(m)) throw new MetricsInputError('metrics', `unknown metric family "${String(m)}" (${METRIC_FAMILIES.join(', ')})`);
		this.families = METRIC_FAMILIES.filter((m) => fam.includes(m));
		const has = (m: MetricFamily) => this.families.includes(m);
		// Topics, drivers, reputation and notable verbatims rank or weigh records by their scores.
		const scored = this.needTopics || !!this.drivers || !!this.answerDrivers || !!this.reputation || this.notable;
		this.readDefect = has('defects');
		this.readNps = has('nps') || scored || (this.readDefect && this.defect === 'detractor');
		this.readOtherScores = has('csat') || has('ces') || has('rating') || scored || (this.readDefect && this.defect === 'lowRating');
		this.readComplaint = has('complaints') || (this.readDefect && this.defect === 'complaint');
		this.readSentiment = has('sentiment') || (this.readDefect && this.defect === 'negative');
		this.readReply = has('responses');
		this.readSla = has('sla');
		this.worst = new Extremes<Verbatim>(k, 'lowest');
		this.best = new Extremes<Verbatim>(k, 'highest');
		this.asOfFixed = toEpoch(options.asOf, 'asOf', this.timeZone);
		this.from = toEpoch(options.filter?.from, 'filter.from', this.timeZone);
		this.to = toEpoch(options.filter?.to, 'filter.to', this.timeZone, true);
		const locs = options.filter?.locations?.map((s) => s.trim()).filter(Boolean);
		this.locations = locs?.length ? new Set(locs) : undefined;
		const ch = options.filter?.channels?.map((s) => s.trim()).filter(Boolean);
		this.channels = ch?.length ? new Set(ch) : undefined;
		this.readTime =
			!this.wholeRange || this.from !== undefined || this.to !== undefined || this.topicDepth > 0 || this.notable || !!this.reputation;
	}

	/** Adds one Feedback record. Throws MetricsInputError naming the field when the record cannot be read. */
	add(record: unknown): void {
		if (record === null || typeof record !== 'object' || Array.isArray(record)) {
			throw new MetricsInputError('(record)', 'expected a Feedback object');
		}
		const f = record as Record<string, any>;
		// Memory, not arithmetic, bounds this loop: a run's records are scattered objects and the first
		// touch of each is a cache miss. Load every object a record needs before using any of them, so
		// that the CPU waits for those misses together instead of one after another — and only those
		// the plan needs: a run for NPS alone never touches the analysis or routing objects.
		const occ = this.readTime ? f.occurredAt : undefined;
		const s = f.scores;
		const a = f.analysis;
		const r = this.readSla ? f.routing : undefined;
		const loc = f.location;
		const nps = s?.nps;
		const intents = this.readComplaint ? a?.intents : undefined;
		const sentiment = this.readSentiment ? a?.sentiment : undefined;
		const dueAt = r?.dueAt;
		const locRaw = loc?.id;
		let t: number | undefined = 0;
		if (this.readTime) {
			if (typeof occ === 'string' && parseIsoInto(occ, this.instant)) t = this.instant[0];
			else t = typeof occ === 'string' ? Date.parse(occ) : parseTimestamp(occ);
			if (t === undefined || Number.isNaN(t)) {
				throw new MetricsInputError('occurredAt', occ === undefined ? 'is missing' : `cannot read ${JSON.stringify(occ)} as a date and time`);
			}
			// Filters.
			if ((this.from !== undefined && t < this.from) || (this.to !== undefined && t >= this.to)) {
				this.filtered++;
				return;
			}
		}
		const locId: string | undefined = loc && typeof loc === 'object' && locRaw !== undefined ? (typeof locRaw === 'string' ? locRaw : String(locRaw)) : undefined;
		if (this.locations && (locId === undefined || !this.locations.has(locId))) {
			this.filtered++;
			return;
		}
		if (this.channels && !this.channels.has(f.channel)) {
			this.filtered++;
			return;
		}
		const v = this.readView(f, s, a, r, nps, intents, sentiment, dueAt);
		this.records++;
		if (this.readTime) {
			if (t < this.minT) this.minT = t;
			if (t > this.maxT) this.maxT = t;
		}

		if (v.nps >= 0) this.npsHist[v.nps]++;
		if (v.csat >= 0) this.csatHist[Math.min(4, Math.max(0, Math.round(v.csat) - 1))]++;
		// 0–100 in five bands: [0,20) [20,40) [40,60) [60,80) [80,100]
		if (v.rating >= 0) this.ratingHist[Math.min(4, Math.floor(v.rating / 20))]++;
		const period = this.wholeRange ? 0 : this.bucketer.index(t);
		let pAcc = this.periodAt[period];
		if (!pAcc) {
			pAcc = new Acc();
			this.periodAt[period] = pAcc;
			this.periods.set(this.periodKey(period), pAcc);
		}
		pAcc.add(v);

		const analysis = a;
		// The topic list is read only when something uses it (drill-down tree, topic breakdowns, drivers).
		const topics: unknown[] | undefined = this.needTopics && analysis && Array.isArray(analysis.topics) ? analysis.topics : undefined;
		this.seq++;
		for (let i = 0; i < this.dims.length; i++) this.addToDimension(i, f, v, period, topics, locId);
		if (topics && topics.length && this.topicDepth > 0) this.addTopics(f, v, topics, t);
		else if (analysis && typeof analysis === 'object') this.analysed++;
		const y = this.drivers?.outcomeOf(v);
		if (this.drivers && y !== undefined) this.drivers.add(topics ?? [], y, this.trie, this.seq);
		if (this.answerDrivers) {
			const ya = this.answerDrivers.outcomeOf(v);
			if (ya !== undefined) this.answerDrivers.add(f.answers, ya);
		}
		if (this.reputation && v.rating >= 0) {
			this.reputation.add(String(f.source ?? 'unknown'), locId, loc?.name, f.channel, t, v.rating);
		}
		if (this.notable) this.offerNotable(f, v, t);
	}

	/** Counts a record the caller chose to skip (invalid with Continue On Fail). */
	skip(): void {
		this.skippedCount++;
	}

	/** The record's contribution; the objects it reads were loaded by add() (see there why). */
	private readView(f: Record<string, any>, s: any, a: any, r: any, nps: unknown, intents: unknown, sentiment: any, dueAt: unknown): ItemView {
		const v = this.view;
		if (s !== undefined && (s === null || typeof s !== 'object')) throw new MetricsInputError('scores', 'expected an object');
		v.nps = -1;
		v.csat = -1;
		v.ces = -1;
		v.rating = -1;
		if (s) {
			if (this.readNps && nps !== undefined && nps !== null) {
				const n = nps;
				if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > 10) throw new MetricsInputError('scores.nps', `expected a whole number 0–10, got ${JSON.stringify(n)}`);
				v.nps = n;
			}
			if (this.readOtherScores) this.readScores(s, v);
		}
		v.complaint = false;
		v.sentiment = NaN;
		if (a && typeof a === 'object') {
			if (this.readComplaint && Array.isArray(intents)) {
				for (const x of intents) {
					if (intentName(x) === 'complaint') {
						v.complaint = true;
						break;
					}
				}
			}
			if (this.readSentiment && sentiment && typeof sentiment === 'object') v.sentiment = sentimentSign(sentiment.label);
		}
		// Only reviews can be replied to; meta.reply of anything else is never counted, so not read.
		v.replyEligible = this.readReply && f.channel === 'review';
		if (v.replyEligible) {
			const reply = f.meta && typeof f.meta === 'object' ? f.meta.reply : undefined;
			v.replied = !!reply && reply.state === 'replied';
		} else v.replied = false;
		v.unit = false;
		v.defect = false;
		if (this.readDefect) this.readDefectOf(v);
		v.sla = 0;
		if (this.readSla && r && typeof r === 'object' && dueAt) this.readSlaOf(f, r, dueAt, v);
		return v;
	}

	/** CSAT, CES and the 0–100 rating of a record's scores object. */
	private readScores(s: any, v: ItemView): void {
		if (s.csat !== undefined && s.csat !== null) {
			if (typeof s.csat !== 'number' || s.csat < 1 || s.csat > 5) throw new MetricsInputError('scores.csat', `expected 1–5, got ${JSON.stringify(s.csat)}`);
			v.csat = s.csat;
		}
		if (s.ces !== undefined && s.ces !== null) {
			if (typeof s.ces !== 'number' || s.ces < 1 || s.ces > 7) throw new MetricsInputError('scores.ces', `expected 1–7, got ${JSON.stringify(s.ces)}`);
			v.ces = s.ces;
		}
		if (typeof s.normalised === 'number') {
			if (s.normalised < 0 || s.normalised > 100) throw new MetricsInputError('scores.normalised', `expected 0–100, got ${s.normalised}`);
			v.rating = s.normalised;
		} else if (s.rating && typeof s.rating === 'object') {
			const { value, scale } = s.rating;
			if (typeof value !== 'number' || typeof scale !== 'number' || !(scale > 0) || value < 0 || value > scale) {
				throw new MetricsInputError('scores.rating', 'expected {value, scale} with 0 ≤ value ≤ scale');
			}
			v.rating = (value / scale) * 100;
		}
	}

	/** Whether the record is a unit, and a defect, of the chosen defect definition. */
	private readDefectOf(v: ItemView): void {
		switch (this.defect) {
			case 'detractor':
				v.unit = v.nps >= 0;
				v.defect = v.nps >= 0 && v.nps <= 6;
				break;
			case 'complaint':
				v.unit = true;
				v.defect = v.complaint;
				break;
			case 'negative':
				v.unit = !Number.isNaN(v.sentiment);
				v.defect = v.sentiment === -1;
				break;
			case 'lowRating':
				v.unit = v.rating >= 0;
				v.defect = v.rating >= 0 && v.rating < this.lowRating;
				break;
		}
	}

	/** SLA state of a routed record: met, breached, or open and not yet due. */
	private readSlaOf(f: Record<string, any>, r: any, dueAt: unknown, v: ItemView): void {
		const due = typeof dueAt === 'string' ? (parseIsoInto(dueAt, this.instant) ? this.instant[0] : Date.parse(dueAt)) : parseTimestamp(dueAt as number);
		if (due === undefined || Number.isNaN(due)) throw new MetricsInputError('routing.dueAt', `cannot read ${JSON.stringify(dueAt)} as a date and time`);
		const doneRaw = r.resolvedAt ?? r.closedAt ?? (f.meta && typeof f.meta === 'object' ? f.meta.resolvedAt : undefined);
		const done = !doneRaw ? undefined : typeof doneRaw === 'string' ? parseIsoInstant(doneRaw) : parseTimestamp(doneRaw);
		if (done !== undefined && !Number.isNaN(done)) v.sla = done <= due ? 1 : 2;
		else {
			// Open: breached when already overdue at the reference time (asOf, else the clock when the
			// first open item was read, the same instant for the whole run).
			const ref = this.asOfFixed ?? (this.clock ??= Date.now());
			v.sla = ref > due ? 2 : 3;
		}
	}

	/** The key of a period index: the bucketer's, or the one period of a whole-range run. */
	private periodKey(period: number): string {
		return this.wholeRange ? WHOLE : this.bucketer.periodKeys[period];
	}

	private groupFor(d: DimState, key: string, label: string): Group {
		let g = d.groups.get(key);
		if (!g) {
			if (d.groups.size >= this.maxGroups) {
				key = OTHER;
				label = OTHER;
				g = d.groups.get(key);
			}
			if (!g) {
				g = { label, cells: new Map(), cellAt: [] };
				d.groups.set(key, g);
			}
		}
		return g;
	}

	private addGroup(d: DimState, key: string, label: string, v: ItemView, period: number): void {
		this.addCell(this.groupFor(d, key, label), v, period);
	}

	private addCell(g: Group, v: ItemView, period: number): void {
		let c = g.cellAt[period];
		if (!c) {
			c = new Acc();
			g.cellAt[period] = c;
			g.cells.set(this.periodKey(period), c);
		}
		c.add(v);
	}

	private addToDimension(di: number, f: Record<string, any>, v: ItemView, period: number, topics: unknown[] | undefined, locId: string | undefined): void {
		const d = this.dims[di];
		const field = d.spec.field;
		if (field === 'location') {
			if (locId === undefined) return;
			// The label (the first record's property name) is read only when the group is new.
			const g = d.groups.get(locId) ?? this.groupFor(d, locId, f.location.name ? String(f.location.name) : locId);
			this.addCell(g, v, period);
			return;
		}
		if (field === 'department') {
			const k = ownerKey(f.routing?.owner);
			if (k !== undefined) this.addGroup(d, k, k, v, period);
			return;
		}
		if (field === 'topic') {
			if (!topics) return;
			const level = d.spec.level ?? 1;
			for (const t of topics) {
				const p = topicPath(t);
				if (!p || p.length < level) continue;
				const node = this.trie.node(p, level);
				if (!node || node.dimStamps[di] === this.seq) continue;
				node.dimStamps[di] = this.seq;
				this.addGroup(d, node.key, node.name, v, period);
			}
			return;
		}
		if (field === 'intent') {
			const intents = f.analysis?.intents;
			if (!Array.isArray(intents)) return;
			const seen: string[] = [];
			for (const x of intents) {
				const k = intentName(x);
				if (k && !seen.includes(k)) {
					seen.push(k);
					this.addGroup(d, k, k, v, period);
				}
			}
			return;
		}
		const raw = getPath(f, d.parts);
		if (raw === undefined || raw === null || raw === '') return;
		if (Array.isArray(raw)) {
			const seen: string[] = [];
			for (const x of raw) {
				const k = typeof x === 'object' ? intentName(x) : String(x);
				if (k !== undefined && !seen.includes(k)) {
					seen.push(k);
					this.addGroup(d, k, k, v, period);
				}
			}
			return;
		}
		const k = typeof raw === 'object' ? (ownerKey(raw) ?? JSON.stringify(raw)) : String(raw);
		this.addGroup(d, k, k, v, period);
	}

	private verbatim(f: Record<string, any>, v: ItemView, t: number): Verbatim {
		const a = f.analysis;
		const text = typeof a?.redactedText === 'string' ? a.redactedText : redactText(typeof f.text === 'string' ? f.text : '');
		return {
			id: String(f.id ?? ''),
			text: shorten(text),
			occurredAt: isoInZone(t, this.timeZone),
			...(f.location?.name || f.location?.id ? { location: String(f.location.name ?? f.location.id) } : {}),
			...(f.source ? { source: String(f.source) } : {}),
			...(f.channel ? { channel: String(f.channel) } : {}),
			...(a?.sentiment?.label ? { sentiment: String(a.sentiment.label) } : {}),
			...(v.rating >= 0 ? { score: round(v.rating, 1) } : v.nps >= 0 ? { score: v.nps * 10 } : {}),
		};
	}

	private addTopics(f: Record<string, any>, v: ItemView, topics: unknown[], t: number): void {
		this.analysed++;
		const hasText = typeof f.text === 'string' && trimmedLength(f.text) > 0;
		// The verbatim is built only if a reservoir keeps it, and then once for all topics of the record.
		this.curF = f;
		this.curT = t;
		this.curMade = undefined;
		const make = this.makeCurrent;
		const score = v.rating >= 0 ? v.rating : v.nps >= 0 ? v.nps * 10 : -1;
		for (const topic of topics) {
			const path = topicPath(topic);
			if (!path) continue;
			const sign = sentimentSign((topic as Record<string, unknown>).sentiment);
			const depth = Math.min(path.length, this.topicDepth);
			for (let level = 1; level <= depth; level++) {
				const tn = this.trie.node(path, level);
				if (!tn) break;
				if (tn.stamp === this.seq) continue;
				tn.stamp = this.seq;
				let node = this.topics.get(tn);
				if (!node) {
					node = {
						node: tn,
						count: 0, positive: 0, negative: 0, neutral: 0, scoreN: 0, scoreSum: 0, detractors: 0, npsN: 0,
						samples: new Reservoir<Verbatim>(this.perTopic, this.random),
					};
					this.topics.set(tn, node);
				}
				node.count++;
				if (sign === 1) node.positive++;
				else if (sign === -1) node.negative++;
				else if (sign === 0) node.neutral++;
				if (score >= 0) {
					node.scoreN++;
					node.scoreSum += score;
				}
				if (v.nps >= 0) {
					node.npsN++;
					if (v.nps <= 6) node.detractors++;
				}
				if (hasText) node.samples.offer(make);
			}
		}
	}

	private offerNotable(f: Record<string, any>, v: ItemView, t: number): void {
		if (typeof f.text !== 'string' || trimmedLength(f.text) < 8) return;
		const score = v.rating >= 0 ? v.rating : v.nps >= 0 ? v.nps * 10 : NaN;
		if (Number.isNaN(score)) return;
		// Rank by score, then by sentiment score so that among equal scores the angriest comes first.
		const s = f.analysis?.sentiment?.score;
		const rank = score + (typeof s === 'number' ? Math.max(-1, Math.min(1, s)) * 0.5 : 0);
		if (this.worst.wants(rank)) this.worst.offer(rank, () => this.verbatim(f, v, t));
		if (this.best.wants(rank)) this.best.offer(rank, () => this.verbatim(f, v, t));
	}

	/** Period keys from the first to the last with data, gaps filled (at most 400). */
	private periodKeys(): string[] {
		if (!this.periods.size) return [];
		const keys = [...this.periods.keys()].sort();
		const out: string[] = [];
		let k = keys[0];
		const last = keys[keys.length - 1];
		while (out.length < 400) {
			out.push(k);
			if (k === last) break;
			k = nextPeriodKey(k, this.granularity as Granularity);
		}
		if (out[out.length - 1] !== last) return keys; // too many periods to fill: keep only those with data
		return out;
	}

	result(): MetricsResult {
		const asOf = this.asOfFixed ?? (Number.isFinite(this.maxT) ? this.maxT : undefined);
		// The series (periods, trends, changes, the control chart) run over `keys`; totals add up the
		// cells of `cellKeys`, which for period = none is the one period "all" and no series.
		const keys = this.wholeRange ? [] : this.periodKeys();
		const cellKeys = this.wholeRange ? (this.periods.size ? [WHOLE] : []) : keys;
		const empty = new Acc();
		const periods: PeriodResult[] = keys.map((k, i) => {
			const acc = this.periods.get(k) ?? empty;
			const { startMs, endMs } = periodBounds(k, this.granularity as Granularity, this.timeZone);
			const prev = i > 0 ? (this.periods.get(keys[i - 1]) ?? empty) : undefined;
			return {
				period: k,
				start: toIsoInZone(startMs, this.timeZone),
				end: toIsoInZone(endMs, this.timeZone),
				...summarise(acc, this.z, this.minSample),
				change: prev ? compare(prev, acc, this.alpha, this.minSample) : null,
			};
		});
		const lastTwo = keys.length >= 2 ? [this.periods.get(keys[keys.length - 2]) ?? empty, this.periods.get(keys[keys.length - 1]) ?? empty] : null;

		const breakdowns: Record<string, GroupResult[]> = {};
		for (const d of this.dims) {
			const rows: GroupResult[] = [];
			for (const [key, g] of d.groups) {
				const trend = keys.map((k) => {
					const c = g.cells.get(k);
					const s = c ? summarise(c, this.z, this.minSample) : undefined;
					return {
						period: k,
						n: c?.n ?? 0,
						nps: s?.nps.score ?? null,
						rating: s?.rating.mean ?? null,
						csatTopTwoBox: s?.csat.topTwoBox ?? null,
						complaintRate: s?.complaintRate ?? null,
					};
				});
				const change =
					keys.length >= 2 ? compare(g.cells.get(keys[keys.length - 2]) ?? empty, g.cells.get(keys[keys.length - 1]) ?? empty, this.alpha, this.minSample) : null;
				const total = new Acc();
				for (const k of cellKeys) {
					const c = g.cells.get(k);
					if (c) mergeInto(total, c);
				}
				rows.push({ key, label: g.label, ...summarise(total, this.z, this.minSample), trend, change });
			}
			rows.sort((a, b) => b.n - a.n || a.key.localeCompare(b.key));
			breakdowns[d.name] = rows;
		}

		const nodes: TopicNode[] = [];
		const countOf = (tn: TrieNode) => this.topics.get(tn)?.count ?? 0;
		for (const n of this.topics.values()) {
			const tn = n.node;
			const polar = n.positive + n.negative + n.neutral;
			const kids = [...tn.kids.values()].filter((k) => this.topics.has(k));
			kids.sort((a, b) => countOf(b) - countOf(a) || a.key.localeCompare(b.key));
			nodes.push({
				key: tn.key,
				name: tn.name,
				path: pathOf(tn),
				level: tn.level,
				parent: tn.parent ? tn.parent.key : null,
				count: n.count,
				share: this.analysed ? round((100 * n.count) / this.analysed, 2) : null,
				positive: n.positive,
				negative: n.negative,
				neutral: n.neutral,
				negativeShare: polar ? round((100 * n.negative) / polar, 2) : null,
				meanScore: n.scoreN ? round(n.scoreSum / n.scoreN, 2) : null,
				detractorShare: n.npsN ? round((100 * n.detractors) / n.npsN, 2) : null,
				children: kids.map((k) => k.key),
				verbatims: n.samples.items,
			});
		}
		nodes.sort((a, b) => a.level - b.level || b.count - a.count || a.key.localeCompare(b.key));
		const roots = nodes.filter((n) => n.level === 1).map((n) => n.key);

		const chart = pChart(keys.map((k) => ({ period: k, units: this.periods.get(k)?.units ?? 0, defects: this.periods.get(k)?.defects ?? 0 })));
		const all = new Acc();
		for (const k of cellKeys) {
			const c = this.periods.get(k);
			if (c) mergeInto(all, c);
		}
		const overall = summarise(all, this.z, this.minSample);
		const inv = this.options.invitations;
		const result: MetricsResult = {
			generatedAt: toIsoInZone(Date.now(), this.timeZone),
			asOf: asOf === undefined ? null : toIsoInZone(asOf, this.timeZone),
			timeZone: this.timeZone,
			granularity: this.granularity,
			metrics: [...this.families],
			confidence: this.confidence,
			alpha: this.alpha,
			minSample: this.minSample,
			records: this.records,
			skipped: this.skippedCount,
			filteredOut: this.filtered,
			range: {
				from: Number.isFinite(this.minT) ? toIsoInZone(this.minT, this.timeZone) : null,
				to: Number.isFinite(this.maxT) ? toIsoInZone(this.maxT, this.timeZone) : null,
			},
			overall: {
				...overall,
				distribution: {
					nps: Array.from(this.npsHist),
					csat: Array.from(this.csatHist),
					rating: Array.from(this.ratingHist),
				},
				surveyResponseRate: inv && inv > 0 ? round((100 * all.npsN) / inv, 2) : null,
			},
			periods,
			change: lastTwo ? compare(lastTwo[0], lastTwo[1], this.alpha, this.minSample) : null,
			breakdowns,
			topics: { analysed: this.analysed, depth: this.topicDepth, nodes, roots, truncated: this.trie.truncated },
			drivers: this.drivers ? this.drivers.result() : this.answerDrivers ? this.answerDrivers.result() : null,
			spc: {
				defect: this.defect,
				chart: chart.points,
				centerLine: chart.centerLine,
				sixSigma: sixSigma(all.defects, all.units, this.options.opportunitiesPerUnit ?? 1),
			},
			reputation: this.reputation && asOf !== undefined ? this.reputation.result(asOf) : null,
			verbatims: { negative: this.worst.values(), positive: this.best.values() },
		};
		if (this.families.length < METRIC_FAMILIES.length) this.leaveOutFamilies(result);
		return result;
	}

	/** Removes the figures of the families not asked for: they were not read, so their zeros would mislead. */
	private leaveOutFamilies(r: MetricsResult): void {
		const off = METRIC_FAMILIES.filter((m) => !this.families.includes(m));
		const keys = off.flatMap((m) => FAMILY_KEYS[m]);
		const changeKeys = off.flatMap((m) => FAMILY_CHANGE_KEYS[m] ?? []);
		const drop = (o: object | null | undefined, ks: string[]) => {
			if (o) for (const k of ks) delete (o as Record<string, unknown>)[k];
		};
		drop(r.overall, keys);
		// The distributions are keyed by family (nps, csat, rating).
		drop(r.overall.distribution, off);
		drop(r.change, changeKeys);
		for (const p of r.periods) {
			drop(p, keys);
			drop(p.change, changeKeys);
		}
		for (const rows of Object.values(r.breakdowns)) {
			for (const g of rows) {
				drop(g, keys);
				drop(g.change, changeKeys);
				for (const t of g.trend) drop(t, changeKeys);
			}
		}
		if (off.includes('defects')) delete (r as Partial<MetricsResult>).spc;
	}
}

/** One-shot helper: aggregate an array or any iterable of Feedback records. */
export function computeMetrics(records: Iterable<unknown>, options: MetricsOptions = {}): MetricsResult {
	const agg = new MetricsAggregator(options);
	for (const r of records) agg.add(r);
	return agg.result();
}
