/**
 * Key-driver analysis over indicator-tree topics, from streamed sufficient statistics.
 *
 * Each record gives one driver value per topic (at the chosen tree level): +1 when the topic is
 * mentioned positively, −1 negatively, 0 neutral or not mentioned (several mentions are averaged),
 * and an outcome y: the NPS answer (0–10), the 0–100 rating or CSAT. Only records with the outcome
 * count. Kept per driver: Σx, Σx², Σxy and mention counts; per pair of drivers that occur together:
 * Σxᵢxⱼ (sparse: a record updates only the pairs it mentions). That is all a correlation matrix needs,
 * so nothing is stored per record.
 *
 * Importance = Johnson's relative weights (the share of R² each driver accounts for, robust to
 * correlated drivers), beside the plain Pearson correlation and the standardised regression
 * coefficient. Performance = positive share of the polar mentions (positive / (positive + negative)).
 * The importance–performance quadrant splits at the mean importance and mean performance of the
 * drivers shown: high importance + low performance = "fix" (priority), high + high = "strength",
 * low + low = "monitor", low + high = "maintain" (possible over-investment).
 */
import type { ItemView } from './accumulator';
import { relativeWeights } from './stats';
import { pathOf, topicPath, type TopicTrie, type TrieNode } from './topics';

export type DriverOutcome = 'nps' | 'rating' | 'csat';

export interface DriverOptions {
	outcome: DriverOutcome;
	/** Indicator-tree level whose topics are the drivers (1 = top). */
	level: number;
	/** Drivers reported (those mentioned most). */
	max: number;
	/** Minimum mentions for a driver to be reported. */
	minMentions: number;
	/** Distinct drivers tracked while streaming. */
	track: number;
}

export type Quadrant = 'fix' | 'strength' | 'monitor' | 'maintain';

export interface DriverRow {
	key: string;
	name: string;
	path: string[];
	mentions: number;
	positive: number;
	negative: number;
	/** Pearson correlation of the driver value with the outcome. */
	correlation: number;
	/** Standardised regression coefficient. */
	beta: number;
	/** Johnson's raw relative weight (sums to R² over drivers). */
	relativeWeight: number;
	/** Relative weight as a percentage of R² — the "importance" axis. */
	importance: number;
	/** Positive share of polar mentions, 0–100 — the "performance" axis. Null when never polar. */
	performance: number | null;
	/** Mean outcome when mentioned negatively, and otherwise. */
	outcomeWhenNegative: number | null;
	outcomeOtherwise: number | null;
	quadrant: Quadrant | null;
}

export interface DriverResult {
	method: string;
	outcome: DriverOutcome;
	level: number;
	/** Records with the outcome. */
	n: number;
	r2: number | null;
	importanceThreshold: number | null;
	performanceThreshold: number | null;
	drivers: DriverRow[];
	note?: string;
}

interface DriverStat {
	node: TrieNode;
	sx: number;
	sxx: number;
	sxy: number;
	mentions: number;
	positive: number;
	negative: number;
	negN: number;
	negY: number;
}

const r4 = (x: number) => Math.round(x * 1e4) / 1e4;

export class DriverAccumulator {
	readonly opts: DriverOptions;
	private n = 0;
	private sy = 0;
	private syy = 0;
	private readonly stats: DriverStat[] = [];
	private readonly pairs = new Map<number, number>();
	private untracked = 0;
	// Per-record scratch, reused.
	private readonly ids: number[] = [];
	private readonly sum: number[] = [];
	private readonly cnt: number[] = [];

	constructor(opts: Partial<DriverOptions>) {
		this.opts = { outcome: 'nps', level: 1, max: 15, minMentions: 10, track: 1000, ...opts };
	}

	outcomeOf(v: ItemView): number | undefined {
		const y = this.opts.outcome === 'nps' ? v.nps : this.opts.outcome === 'csat' ? v.csat : v.rating;
		return y >= 0 ? y : undefined;
	}

	/** `seq` numbers the record (each record must have a new one); `trie` resolves topic paths. */
	add(topics: unknown[], y: number, trie: TopicTrie, seq: number): void {
		this.n++;
		this.sy += y;
		this.syy += y * y;
		const { ids, sum, cnt } = this;
		let m = 0; // entries of ids/sum/cnt used by this record (the arrays are reused, never shrunk)
		const level = this.opts.level;
		for (const t of topics) {
			const path = topicPath(t);
			if (!path || path.length < level) continue;
			const node = trie.node(path, level);
			if (!node) {
				this.untracked++;
				continue;
			}
			let i = node.driverIndex;
			if (i < 0) {
				if (this.stats.length >= this.opts.track) {
					this.untracked++;
					continue;
				}
				i = this.stats.length;
				node.driverIndex = i;
				this.stats.push({ node, sx: 0, sxx: 0, sxy: 0, mentions: 0, positive: 0, negative: 0, negN: 0, negY: 0 });
			}
			const sentiment = (t as Record<string, unknown>).sentiment;
			const s = sentiment === 'positive' ? 1 : sentiment === 'negative' ? -1 : 0;
			const first = node.driverStamp !== seq;
			node.driverStamp = seq;
			let at = -1;
			if (!first) for (let q = 0; q < m; q++) if (ids[q] === i) at = q;
			if (at < 0) {
				ids[m] = i;
				sum[m] = s;
				cnt[m] = 1;
				m++;
			} else {
				sum[at] += s;
				cnt[at]++;
			}
		}
		for (let a = 0; a < m; a++) {
			const st = this.stats[ids[a]];
			const x = sum[a] / cnt[a];
			st.mentions++;
			if (x > 0) st.positive++;
			else if (x < 0) {
				st.negative++;
				st.negN++;
				st.negY += y;
			}
			if (x !== 0) {
				st.sx += x;
				st.sxx += x * x;
				st.sxy += x * y;
				for (let b = 0; b < m; b++) {
					if (b === a) continue;
					const xb = sum[b] / cnt[b];
					if (xb === 0 || ids[a] > ids[b]) continue;
					const k = ids[a] * 65536 + ids[b];
					this.pairs.set(k, (this.pairs.get(k) ?? 0) + x * xb);
				}
			}
		}
	}

	result(): DriverResult {
		const { outcome, level, max, minMentions } = this.opts;
		const method = "Johnson's relative weights (share of R²) on topic sentiment (+1/0/−1) against the outcome";
		const base: DriverResult = { method, outcome, level, n: this.n, r2: null, importanceThreshold: null, performanceThreshold: null, drivers: [] };
		const n = this.n;
		if (n < 3) return { ...base, note: 'too few records with the outcome' };
		const my = this.sy / n;
		const vy = this.syy / n - my * my;
		if (!(vy > 1e-12)) return { ...base, note: 'the outcome does not vary' };
		const chosen = this.stats
			.map((s, i) => ({ s, i }))
			.filter(({ s }) => s.mentions >= minMentions && s.sxx / n - (s.sx / n) ** 2 > 1e-12)
			.sort((a, b) => b.s.mentions - a.s.mentions || a.s.node.key.localeCompare(b.s.node.key))
			.slice(0, max);
		if (!chosen.length) return { ...base, note: `no topic at level ${level} has ${minMentions} or more mentions with a sentiment` };
		const k = chosen.length;
		const mean = chosen.map(({ s }) => s.sx / n);
		const sd = chosen.map(({ s }, j) => Math.sqrt(s.sxx / n - mean[j] * mean[j]));
		const R = Array.from({ length: k }, () => new Array<number>(k).fill(0));
		const r = new Array<number>(k);
		for (let a = 0; a < k; a++) {
			R[a][a] = 1;
			r[a] = (chosen[a].s.sxy / n - mean[a] * my) / (sd[a] * Math.sqrt(vy));
			for (let b = a + 1; b < k; b++) {
				const ia = chosen[a].i;
				const ib = chosen[b].i;
				const sxx = this.pairs.get(Math.min(ia, ib) * 65536 + Math.max(ia, ib)) ?? 0;
				const c = (sxx / n - mean[a] * mean[b]) / (sd[a] * sd[b]);
				R[a][b] = c;
				R[b][a] = c;
			}
		}
		const rows: DriverRow[] = chosen.map(({ s }) => {
			const polar = s.positive + s.negative;
			const otherN = n - s.negN;
			return {
				key: s.node.key,
				name: s.node.name,
				path: pathOf(s.node),
				mentions: s.mentions,
				positive: s.positive,
				negative: s.negative,
				correlation: 0,
				beta: 0,
				relativeWeight: 0,
				importance: 0,
				performance: polar ? Math.round((10000 * s.positive) / polar) / 100 : null,
				outcomeWhenNegative: s.negN ? Math.round((100 * s.negY) / s.negN) / 100 : null,
				outcomeOtherwise: otherN ? Math.round((100 * (this.sy - s.negY)) / otherN) / 100 : null,
				quadrant: null,
			};
		});
		const done = finish(base, rows, R, r);
		return this.untracked ? { ...done, note: `${this.untracked} mentions of topics beyond the first ${this.opts.track} were not tracked` } : done;
	}
}

/** Importance (relative weights), correlation, beta and quadrant for drivers whose R and r are known. */
function finish(base: DriverResult, rows: DriverRow[], R: number[][], r: number[]): DriverResult {
	const rw = relativeWeights(R, r);
	rows.forEach((x, j) => {
		x.correlation = r4(r[j]);
		x.beta = r4(rw.betas[j]);
		x.relativeWeight = r4(rw.weights[j]);
		x.importance = rw.r2 > 0 ? Math.round((10000 * rw.weights[j]) / rw.r2) / 100 : 0;
	});
	const withPerf = rows.filter((x) => x.performance !== null);
	const impT = rows.reduce((a, x) => a + x.importance, 0) / rows.length;
	const perfT = withPerf.length ? withPerf.reduce((a, x) => a + (x.performance as number), 0) / withPerf.length : null;
	for (const x of rows) {
		if (x.performance === null || perfT === null) continue;
		const hi = x.importance >= impT;
		const good = x.performance >= perfT;
		x.quadrant = hi ? (good ? 'strength' : 'fix') : good ? 'maintain' : 'monitor';
	}
	rows.sort((a, b) => b.importance - a.importance || a.key.localeCompare(b.key));
	return {
		...base,
		r2: r4(rw.r2),
		importanceThreshold: Math.round(impT * 100) / 100,
		performanceThreshold: perfT === null ? null : Math.round(perfT * 100) / 100,
		drivers: rows,
	};
}

interface AnswerStat {
	key: string;
	n: number;
	sx: number;
	sxx: number;
	sxy: number;
	sy: number;
	min: number;
	max: number;
}

interface PairStat {
	n: number;
	sa: number;
	sb: number;
	sab: number;
}

/**
 * Key drivers over numeric sub-scores (survey answers such as "cleanliness 1–5"). Unanswered
 * questions are mean-imputed, which one pass can do exactly: with μ the mean of the answers given,
 * a missing value contributes zero deviation, so
 *   n·cov(xᵢ, xⱼ) = Σ_both xᵢxⱼ − μⱼΣ_both xᵢ − μᵢΣ_both xⱼ + n_both·μᵢμⱼ
 *   n·cov(xᵢ, y)  = Σ_i xᵢy − μᵢΣ_i y − μ_yΣ_i xᵢ + nᵢ·μᵢμ_y
 *   n·var(xᵢ)     = Σ_i xᵢ² − nᵢμᵢ²
 * with the sums over records where the values are present. Per pair of questions answered together
 * it keeps n, Σxᵢ, Σxⱼ, Σxᵢxⱼ. Performance = the mean answer on the observed range, 0–100.
 * (Mean imputation shrinks the variance of rarely answered questions; their importance is a
 * lower bound.)
 */
export class AnswerDriverAccumulator {
	readonly opts: DriverOptions & { questions: string[] };
	private n = 0;
	private sy = 0;
	private syy = 0;
	private readonly index = new Map<string, number>();
	private readonly stats: AnswerStat[] = [];
	private readonly pairs = new Map<number, PairStat>();
	private readonly wanted: Set<string> | undefined;
	private readonly idx: number[] = [];
	private readonly val: number[] = [];

	constructor(opts: Partial<DriverOptions> & { questions?: string[] }) {
		this.opts = { outcome: 'nps', level: 0, max: 15, minMentions: 10, track: 200, questions: [], ...opts };
		this.wanted = this.opts.questions.length ? new Set(this.opts.questions) : undefined;
	}

	outcomeOf(v: ItemView): number | undefined {
		const y = this.opts.outcome === 'nps' ? v.nps : this.opts.outcome === 'csat' ? v.csat : v.rating;
		return y >= 0 ? y : undefined;
	}

	add(answers: unknown, y: number): void {
		this.n++;
		this.sy += y;
		this.syy += y * y;
		if (!Array.isArray(answers)) return;
		let m = 0;
		for (const a of answers) {
			if (!a || typeof a !== 'object') continue;
			const o = a as Record<string, unknown>;
			if (o.type === 'nps') continue; // the outcome itself
			const key = String(o.questionId ?? o.question ?? '');
			if (!key || (this.wanted && !this.wanted.has(key) && !this.wanted.has(String(o.question)))) continue;
			const x = typeof o.value === 'number' ? o.value : typeof o.value === 'string' && o.value.trim() !== '' ? Number(o.value) : NaN;
			if (!Number.isFinite(x)) continue;
			let i = this.index.get(key);
			if (i === undefined) {
				if (this.stats.length >= this.opts.track) continue;
				i = this.stats.length;
				this.index.set(key, i);
				this.stats.push({ key: String(o.question ?? key), n: 0, sx: 0, sxx: 0, sxy: 0, sy: 0, min: x, max: x });
			}
			let dup = false;
			for (let q = 0; q < m; q++) if (this.idx[q] === i) dup = true;
			if (dup) continue;
			const st = this.stats[i];
			st.n++;
			st.sx += x;
			st.sxx += x * x;
			st.sxy += x * y;
			st.sy += y;
			if (x < st.min) st.min = x;
			if (x > st.max) st.max = x;
			this.idx[m] = i;
			this.val[m] = x;
			m++;
		}
		for (let a = 0; a < m; a++) {
			for (let b = 0; b < m; b++) {
				if (this.idx[a] >= this.idx[b]) continue;
				const k = this.idx[a] * 65536 + this.idx[b];
				let p = this.pairs.get(k);
				if (!p) this.pairs.set(k, (p = { n: 0, sa: 0, sb: 0, sab: 0 }));
				p.n++;
				p.sa += this.val[a];
				p.sb += this.val[b];
				p.sab += this.val[a] * this.val[b];
			}
		}
	}

	result(): DriverResult {
		const { outcome, max, minMentions } = this.opts;
		const method = "Johnson's relative weights (share of R²) on numeric answers (mean-imputed) against the outcome";
		const base: DriverResult = { method, outcome, level: 0, n: this.n, r2: null, importanceThreshold: null, performanceThreshold: null, drivers: [] };
		const n = this.n;
		if (n < 3) return { ...base, note: 'too few records with the outcome' };
		const my = this.sy / n;
		const vy = this.syy / n - my * my;
		if (!(vy > 1e-12)) return { ...base, note: 'the outcome does not vary' };
		const mu = (s: AnswerStat) => s.sx / s.n;
		const varOf = (s: AnswerStat) => (s.sxx - s.n * mu(s) ** 2) / n;
		const chosen = this.stats
			.map((s, i) => ({ s, i }))
			.filter(({ s }) => s.n >= minMentions && varOf(s) > 1e-12)
			.sort((a, b) => b.s.n - a.s.n || a.s.key.localeCompare(b.s.key))
			.slice(0, max);
		if (!chosen.length) return { ...base, note: `no numeric answer has ${minMentions} or more responses that vary` };
		const k = chosen.length;
		const sd = chosen.map(({ s }) => Math.sqrt(varOf(s)));
		const R = Array.from({ length: k }, () => new Array<number>(k).fill(0));
		const r = new Array<number>(k);
		for (let a = 0; a < k; a++) {
			const A = chosen[a].s;
			const ma = mu(A);
			R[a][a] = 1;
			r[a] = (A.sxy - ma * A.sy - my * A.sx + A.n * ma * my) / n / (sd[a] * Math.sqrt(vy));
			for (let b = a + 1; b < k; b++) {
				const B = chosen[b].s;
				const mb = mu(B);
				const ia = chosen[a].i;
				const ib = chosen[b].i;
				const p = this.pairs.get(Math.min(ia, ib) * 65536 + Math.max(ia, ib));
				let c = 0;
				if (p) {
					// p.sa belongs to the lower index.
					const [sa, sb] = ia < ib ? [p.sa, p.sb] : [p.sb, p.sa];
					c = (p.sab - mb * sa - ma * sb + p.n * ma * mb) / n / (sd[a] * sd[b]);
				}
				R[a][b] = c;
				R[b][a] = c;
			}
		}
		const rows: DriverRow[] = chosen.map(({ s }) => ({
			key: s.key,
			name: s.key,
			path: [s.key],
			mentions: s.n,
			positive: 0,
			negative: 0,
			correlation: 0,
			beta: 0,
			relativeWeight: 0,
			importance: 0,
			performance: s.max > s.min ? Math.round((10000 * (mu(s) - s.min)) / (s.max - s.min)) / 100 : null,
			outcomeWhenNegative: null,
			outcomeOtherwise: null,
			quadrant: null,
		}));
		return finish(base, rows, R, r);
	}
}
