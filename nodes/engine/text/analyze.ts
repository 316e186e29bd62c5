/**
 * The offline CX Analyze engine: one pass of one automaton over the raw text, then clause-level
 * sentiment (negation, degree, contrast, concession, wishes, emoji), indicator-tree topics with
 * per-topic sentiment, intents with evidence, urgency and bad-review risk with reasons, and key
 * phrases. Deterministic, no network, no n8n imports.
 */
import { Automaton, MatchBuffer, longestLeftmost } from './automaton';
import { detectLanguage, type Language } from './language';
import { lexiconTerms, type LexEntry } from './lexicon';
import { INTENTS, URGENT_NOW, intentTerms, riskTerms, type Intent, type RiskReason } from './markers';
import { eachNode, flattenTree, type FlatTree, type IndicatorTree } from './tree';

type Payload =
	| { L: 0; e: LexEntry }
	| { L: 1; node: number }
	| { L: 2; set: number }
	| { L: 3; intent: Intent; w: number }
	| { L: 4; reason: RiskReason; sev: number }
	| { L: 5 };

interface Hit<P> {
	start: number;
	end: number;
	p: P;
}

export type SentimentLabel = 'positive' | 'neutral' | 'negative';

export interface TopicResult {
	id: string;
	name: string;
	/** Names from the top of the tree down to this node, in the text's language. */
	path: string[];
	pathIds: string[];
	depth: number;
	owner?: string;
	sentiment: SentimentLabel;
	score: number;
	mentions: number;
	/** The clause the topic was first found in. */
	evidence: string;
	/** [start, end) of the first mention in the analysed text. */
	span: [number, number];
}

export interface IntentResult {
	intent: Intent;
	confidence: number;
	evidence: string;
}

export interface RiskFactor {
	reason: RiskReason | 'negative' | 'inHouse' | 'complaint' | 'urgentWording' | 'model';
	evidence?: string;
	weight: number;
}

export interface OfflineAnalysis {
	language: Language;
	sentiment: { label: SentimentLabel; score: number; positive: number; negative: number };
	topics: TopicResult[];
	intents: IntentResult[];
	primaryIntent: Intent | 'none';
	urgency: { level: 'low' | 'medium' | 'high' | 'critical'; score: number; reasons: RiskFactor[] };
	risk: { badReview: { level: 'low' | 'medium' | 'high'; score: number; reasons: RiskFactor[] } };
	keyPhrases: string[];
	clauses?: Array<{ text: string; score: number; weight: number }>;
}

export interface AnalyzeOptions {
	/** Guest still in house (raises urgency and bad-review risk). */
	inHouse?: boolean;
	/** Only report topics under this node id (inclusive). */
	subtree?: string;
	/** Roll topics deeper than this up to their ancestor at this depth (1 = top level). */
	maxDepth?: number;
	/** Language of names in topic paths: the text's (auto), zh or en. */
	namesIn?: 'auto' | 'zh' | 'en';
	/** Include per-clause scores (debugging, explanations). */
	explain?: boolean;
	/** Score threshold for positive / negative labels (default 0.15 for Chinese, 0.1 for English). */
	threshold?: number;
	/** Weight of negative opinions against positive ones (default 1.2: complaints weigh more). */
	negativeWeight?: number;
}

interface Segment {
	start: number;
	end: number;
	sentence: number;
	weight: number;
	afterContrast: boolean;
	mildContrast: boolean;
	concessive: boolean;
	wish: boolean;
	unmet: boolean;
	/** The clause ends with a question mark. */
	question: boolean;
	raw: number;
	/** Signed opinion tokens in the segment. */
	ops: Array<{ start: number; end: number; v: number }>;
	topics: Array<{ start: number; end: number; node: number }>;
	quals?: Map<number, Array<{ start: number; end: number }>>;
	mentions: Array<{ node: number; start: number; end: number }>;
}

const isCjk = (c: number) => c >= 0x2e80 && c <= 0x9fff;
/** Clause breaks: ， 、 ； ： and their ASCII forms. Sentence breaks: 。！？!? and newlines (and ". "). */
function breakKind(text: string, i: number): 0 | 1 | 2 {
	const c = text.charCodeAt(i);
	switch (c) {
		case 0x3002: // 。
		case 0xff01: // ！
		case 0xff1f: // ？
		case 33: // !
		case 63: // ?
		case 10:
		case 13:
		case 0x2026: // …
			return 2;
		case 46: {
			// "." ends a sentence unless it sits inside a number or an abbreviation-like token.
			const next = text.charCodeAt(i + 1);
			return Number.isNaN(next) || next === 32 || next === 10 || isCjk(next) || next === 46 ? 2 : 0;
		}
		case 0xff0c: // ，
		case 44: // ,
		case 0x3001: // 、
		case 0xff1b: // ；
		case 59: // ;
		case 0xff1a: // ：
		case 58: // :
		case 0xff5e: // ～
		case 126: // ~
		case 0x2014: // —
		case 40:
		case 41:
		case 0xff08:
		case 0xff09:
			return 1;
		case 32:
		case 0x3000: {
			// A space between Chinese characters separates clauses; between English words it does not.
			let j = i - 1;
			while (j >= 0 && text.charCodeAt(j) === 32) j--;
			return j >= 0 && isCjk(text.charCodeAt(j)) ? 1 : 0;
		}
		default:
			return 0;
	}
}

/** Weight of praise words in a question (complaint words keep theirs). */
const QUESTION_PRAISE = 0.1;
const CLAUSE_CAP = 1.5;
const THRESHOLD_EN = 0.1;
const THRESHOLD_ZH = 0.15;
const OR_NOR = /^\s*,?\s*(or|nor)\s+$/i;
const MULTI_SPACE = /\s\s|[\n\r\t]/;
const clip = (s: string, n = 120) => {
	let t = s.trim();
	if (MULTI_SPACE.test(t)) t = t.replace(/\s+/g, ' ');
	return t.length > n ? t.slice(0, n - 1) + '…' : t;
};

export class OfflineEngine {
	readonly flat: FlatTree;
	private readonly automaton = new Automaton<Payload>();
	private readonly matches = new MatchBuffer();
	/** Qualifier set of each node (-1: none). */
	private qualSetOf: Int32Array;

	constructor(tree: IndicatorTree) {
		this.flat = flattenTree(tree);
		for (const { term, entry } of lexiconTerms()) this.automaton.add(term, { L: 0, e: entry });
		const qualSets = new Map<string, number>();
		this.qualSetOf = new Int32Array(this.flat.nodes.length).fill(-1);
		eachNode(tree, (n, i) => {
			for (const t of [...(n.terms?.zh ?? []), ...(n.terms?.en ?? [])]) this.automaton.add(t, { L: 1, node: i });
			const w = [...(n.with?.zh ?? []), ...(n.with?.en ?? [])];
			if (w.length) {
				// Nodes with the same qualifier list share one set (an attribute reused by many aspects).
				const key = w.join('\u0001');
				let set = qualSets.get(key);
				if (set === undefined) {
					set = qualSets.size;
					qualSets.set(key, set);
					for (const t of w) this.automaton.add(t, { L: 2, set });
				}
				this.qualSetOf[i] = set;
			}
		});
		for (const { term, intent, weight } of intentTerms()) this.automaton.add(term, { L: 3, intent, w: weight });
		for (const { term, reason, severity } of riskTerms()) this.automaton.add(term, { L: 4, reason, sev: severity });
		for (const term of URGENT_NOW) this.automaton.add(term, { L: 5 });
		this.automaton.build();
	}

	private chains: Array<{ ids: string[]; zh: string[]; en: string[] } | undefined> = [];
	/** Ids and names from the root down to a node (computed once per node). */
	private chainOf(idx: number) {
		let c = this.chains[idx];
		if (!c) {
			const nodes = [...this.flat.nodes[idx].ancestors, idx].map((i) => this.flat.nodes[i]);
			c = { ids: nodes.map((x) => x.id), zh: nodes.map((x) => x.name.zh), en: nodes.map((x) => x.name.en) };
			this.chains[idx] = c;
		}
		return c;
	}

	get termCount(): number {
		return this.automaton.size;
	}

	analyze(text: string, options: AnalyzeOptions = {}): OfflineAnalysis {
		const { language } = detectLanguage(text);
		const latin = language === 'en' || language === 'other';
		const gap = latin ? 20 : 3;

		// 1. One scan, hits split by layer.
		const sent: Hit<LexEntry>[] = [];
		const topics: Hit<number>[] = [];
		const quals: Hit<number>[] = [];
		const intents: Hit<{ intent: Intent; w: number }>[] = [];
		const risks: Hit<{ reason: RiskReason; sev: number }>[] = [];
		const extraTopics: Hit<number>[] = [];
		let urgentWords = 0;
		const flatNodes = this.flat.nodes;
		const buf = this.matches;
		const nm = this.automaton.scan(text, buf);
		for (let mi = 0; mi < nm; mi++) {
			const start = buf.start[mi],
				end = buf.end[mi],
				payloads = this.automaton.payloadsOf(buf.term[mi]);
			let topicNodes: number[] | undefined;
			for (const p of payloads) {
				switch (p.L) {
					case 0:
						sent.push({ start, end, p: p.e });
						break;
					case 1:
						(topicNodes ??= []).push(p.node);
						break;
					case 2:
						quals.push({ start, end, p: p.set });
						break;
					case 3:
						intents.push({ start, end, p: { intent: p.intent, w: p.w } });
						break;
					case 4:
						risks.push({ start, end, p: { reason: p.reason, sev: p.sev } });
						break;
					default:
						urgentWords++;
				}
			}
			if (topicNodes) {
				// A term shared by a node and its descendant means the descendant; unrelated nodes all count.
				const keep = topicNodes.length === 1 ? topicNodes : topicNodes.filter((a) => !topicNodes!.some((b) => b !== a && flatNodes[b].ancestors.includes(a)));
				topics.push({ start, end, p: keep[0] });
				for (let k = 1; k < keep.length; k++) extraTopics.push({ start, end, p: keep[k] });
			}
		}
		const sentHits = longestLeftmost(sent);
		const topicHits = longestLeftmost(topics);
		if (extraTopics.length) {
			for (const x of extraTopics) if (topicHits.some((t) => t.start === x.start && t.end === x.end)) topicHits.push(x);
			topicHits.sort((a, b) => a.start - b.start);
		}

		// 2. Segments (clauses), split further at contrast words.
		const segs: Segment[] = [];
		const cuts: number[] = [];
		const mildCut = new Set<number>();
		for (const h of sentHits)
			if (h.p.k === 'c') {
				cuts.push(h.start);
				if (h.p.mild) mildCut.add(h.start);
			}
		let ci = 0;
		let sentence = 0;
		let segStart = 0;
		const pushSeg = (start: number, end: number, afterContrast: boolean) => {
			if (end > start)
				segs.push({ start, end, sentence, weight: 1, afterContrast, mildContrast: afterContrast && mildCut.has(start), concessive: false, wish: false, unmet: false, question: false, raw: 0, ops: [], topics: [], mentions: [] });
		};
		const opinionStarts = sentHits.filter((h) => h.p.k === 's').map((h) => h.start);
		const hasOpinion = (a: number, b: number) => {
			let lo = 0,
				hi = opinionStarts.length;
			while (lo < hi) {
				const mid = (lo + hi) >> 1;
				if (opinionStarts[mid] < a) lo = mid + 1;
				else hi = mid;
			}
			return lo < opinionStarts.length && opinionStarts[lo] < b;
		};
		let nextIsContrast = false;
		for (let i = 0; i <= text.length; i++) {
			while (ci < cuts.length && cuts[ci] < i) ci++;
			// Cut at a contrast word only when the clause so far holds an opinion ("房间却很脏" stays whole).
			if (ci < cuts.length && cuts[ci] === i && i > segStart && hasOpinion(segStart, i)) {
				pushSeg(segStart, i, nextIsContrast);
				segStart = i;
				nextIsContrast = true;
				ci++;
				continue;
			} else if (ci < cuts.length && cuts[ci] === i) {
				nextIsContrast = true;
				ci++;
			}
			const kind = i === text.length ? 2 : breakKind(text, i);
			if (kind) {
				pushSeg(segStart, i, nextIsContrast);
				nextIsContrast = false;
				segStart = i + 1;
				if (kind === 2) sentence++;
			}
		}
		if (!segs.length) pushSeg(0, text.length, false);

		// Assign hits to segments (both lists are ordered by start).
		const segOf = (pos: number): number => {
			let lo = 0,
				hi = segs.length - 1;
			while (lo < hi) {
				const mid = (lo + hi + 1) >> 1;
				if (segs[mid].start <= pos) lo = mid;
				else hi = mid - 1;
			}
			return lo;
		};

		// 3. Opinion tokens with negation and degree, per segment.
		const negs: Hit<LexEntry>[] = [];
		/** Negators that already flipped an opinion word ("价格不贵" is not a complaint about price). */
		const usedNegs = new Set<Hit<LexEntry>>();
		let lastNeg: Hit<LexEntry> | undefined;
		let wideNeg = false;
		let compNeg: { start: number; end: number; v: number } | undefined;
		let cmpEndNeg: Hit<LexEntry> | undefined;
		let negEnd = -100,
			negCount = 0,
			degEnd = -100,
			deg = 1,
			curSeg = -1;
		for (let k = 0; k < sentHits.length; k++) {
			const h = sentHits[k];
			const si = segOf(h.start);
			if (si !== curSeg) {
				curSeg = si;
				negEnd = degEnd = -100;
				negCount = 0;
				wideNeg = false;
				compNeg = cmpEndNeg = undefined;
				deg = 1;
			}
			const seg = segs[si];
			const e = h.p;
			switch (e.k) {
				case 'n':
					if (e.post) {
						// "一点耐心都没有", "一点问题都没有": with no opinion word right after it, it negates the one before it.
						const nxt = sentHits[k + 1];
						const prev = seg.ops[seg.ops.length - 1];
						if (!(nxt && nxt.p.k === 's' && nxt.start - h.end <= gap && segOf(nxt.start) === si) && prev && prev.v !== 0 && h.start - prev.end <= 6) {
							prev.v = prev.v > 0 ? -0.7 * prev.v : -0.35 * prev.v;
							prev.end = h.end;
							break;
						}
					}
					if (e.comp) {
						// "不如朋友推荐的好": reaches the next opinion in the clause; alone it is a mild complaint.
						compNeg = { start: h.start, end: h.end, v: e.comp };
						seg.ops.push(compNeg);
					} else compNeg = undefined;
					if (e.cmpEnd) cmpEndNeg = h;
					if (e.wide) wideNeg = true;
					negs.push(h);
					lastNeg = h;
					negCount = h.start - negEnd <= gap ? negCount + 1 : 1;
					negEnd = h.end;
					break;
				case 'd':
					deg = h.start - degEnd <= gap ? deg * e.v : e.v;
					degEnd = h.end;
					// "没有以前那么香", "不是特别好": a degree word right after a negator carries its scope.
					if (negCount > 0 && h.start - negEnd <= (latin ? 1 : e.comp ? 8 : gap)) negEnd = h.end;
					break;
				case 'x':
					negCount = 0;
					negEnd = -100;
					break;
				case 'cc':
					seg.concessive = true;
					break;
				case 'h':
					seg.wish = true;
					if (e.flip && !seg.unmet) {
						seg.unmet = true;
						// "要是再多点就好了": the wish itself says something is missing.
						seg.ops.push({ start: h.start, end: h.end, v: -0.5 });
					}
					break;
				case 'c':
					// "nothing fancy but really good": a contrast word ends the negation's scope.
					negCount = 0;
					negEnd = -100;
					if (e.v) seg.ops.push({ start: h.start, end: h.end, v: e.v });
					break;
				case 's': {
					const nxt = sentHits[k + 1];
					if (e.asDegree && nxt && nxt.start === h.end && nxt.p.k === 's') {
						deg = e.asDegree;
						degEnd = h.end;
						break;
					}
					if (e.post) {
						// 发热严重, 疼得厉害: intensifies the opinion just before it in the clause.
						const prev = seg.ops[seg.ops.length - 1];
						if (prev && prev.v !== 0 && h.start - prev.end <= gap + 1) {
							prev.v *= e.post;
							prev.end = h.end;
							break;
						}
					}
					let v = e.v;
					let negated = negCount > 0 && (wideNeg || h.start - negEnd <= gap) && negCount % 2 === 1;
					if (compNeg) {
						// The comparative's own weight gives way to the opinion it negates.
						if (!negated) {
							negated = true;
							lastNeg = undefined;
						}
						compNeg.v = 0;
						compNeg = undefined;
					} else if (!negated && cmpEndNeg && v > 0 && h.start - cmpEndNeg.end <= 8 && clauseEndsAt(text, h.end, seg.end)) {
						negated = true;
					}
					const degreed = h.start - degEnd <= gap ? deg : 1;
					if (negated) {
						v = v > 0 ? -0.7 * v : 0.35 * -v;
						if (lastNeg) usedNegs.add(lastNeg);
					} else v *= degreed;
					seg.ops.push({ start: h.start, end: h.end, v });
					// "not warm or attentive", "neither clean nor quiet": the negation carries over or / nor.
					const nx = sentHits[k + 1];
					const carry = negated && latin && nx && nx.p.k === 's' && nx.start - h.end <= 6 && OR_NOR.test(text.slice(h.end, nx.start));
					if (carry) {
						negEnd = nx.start;
					} else if (!wideNeg) {
						negCount = 0;
						negEnd = -100;
					}
					deg = 1;
					degEnd = -100;
					break;
				}
			}
		}

		// 3b. Topics: refine each mention by qualifiers in its clause, drop mentions that are another
		// mention's qualifier or ancestor, and read "没有热水" / "no hot water" as a complaint.
		const flat = this.flat;
		for (const q of quals) {
			const s = segs[segOf(q.start)];
			s.quals ??= new Map();
			const list = s.quals.get(q.p);
			if (list) list.push({ start: q.start, end: q.end });
			else s.quals.set(q.p, [{ start: q.start, end: q.end }]);
		}
		for (const t of topicHits) segs[segOf(t.start)].topics.push({ start: t.start, end: t.end, node: t.p });
		for (const s of segs) {
			if (!s.topics.length) continue;
			const refined = s.topics.map((t) => {
				let node = t.node,
					start = t.start,
					end = t.end;
				const used: Array<{ start: number; end: number }> = [];
				for (let guard = 0; guard < 16; guard++) {
					let pick = -1,
						pickSpan: { start: number; end: number } | undefined,
						best = Infinity;
					if (!s.quals) break;
					for (const c of flat.nodes[node].qualified) {
						for (const sp of s.quals?.get(this.qualSetOf[c]) ?? []) {
							if (sp.start < t.end && sp.end > t.start) continue; // the topic word itself
							const d = sp.start >= end ? sp.start - end : start - sp.end;
							if (d < best) {
								best = d;
								pick = c;
								pickSpan = sp;
							}
						}
					}
					if (pick < 0 || !pickSpan) break;
					node = pick;
					used.push(pickSpan);
					start = Math.min(start, pickSpan.start);
					end = Math.max(end, pickSpan.end);
				}
				return { node, start, end, termStart: t.start, termEnd: t.end, used };
			});
			// Two mentions refined by the same qualifier word: it belongs to the nearer one.
			const gapTo = (m: (typeof refined)[number], u: { start: number; end: number }) => (u.start >= m.termEnd ? u.start - m.termEnd : m.termStart - u.end);
			const sharesCloser = (o: (typeof refined)[number], m: (typeof refined)[number], j: number, i: number) =>
				o.used.some((u) => m.used.some((v) => v.start === u.start) && (gapTo(o, u) < gapTo(m, u) || (gapTo(o, u) === gapTo(m, u) && j < i)));
			const kept = refined.filter(
				(m, i) =>
					!refined.some(
						(o, j) =>
							j !== i &&
							(o.used.some((u) => u.start < m.termEnd && u.end > m.termStart) ||
								flat.nodes[o.node].ancestors.includes(m.node) ||
								sharesCloser(o, m, j, i) ||
								(o.node === m.node && j < i)),
					),
			);
			for (const m of kept) {
				s.mentions.push({ node: m.node, start: m.start, end: m.end });
				if (negs.length && isNegatedMention(usedNegs.size ? negs.filter((n) => !usedNegs.has(n)) : negs, s.start, m, latin ? 2 : 1)) s.ops.push({ start: m.start, end: m.end, v: -0.6 });
			}
		}

		// 4. Clause weights: contrast, concession, wishes.
		for (let i = 0; i < segs.length; i++) {
			const s = segs[i];
			if (s.afterContrast) {
				const [before, after] = s.mildContrast ? [1, 0.8] : [0.5, 1.5];
				for (let j = i - 1; j >= 0 && segs[j].sentence === s.sentence; j--) {
					segs[j].weight *= before;
					if (segs[j].afterContrast) break;
				}
				for (let j = i; j < segs.length && segs[j].sentence === s.sentence && (j === i || !segs[j].afterContrast); j++) segs[j].weight *= after;
			}
			if (s.concessive) s.weight *= 0.5;
			// A question asks, it does not judge ("请问早餐好吃吗？").
			const after = text.charCodeAt(s.end);
			if (after === 63 || after === 0xff1f) s.question = true;
			if (s.wish) s.weight *= 0.6;
		}
		let pos = 0,
			neg = 0,
			raw = 0;
		const negWeight = options.negativeWeight ?? 1.2;
		for (const s of segs) {
			for (const o of s.ops) {
				// An unmet wish ("要是再快点就好了", "would be nice if…") reads as a mild complaint.
				if (s.unmet && o.v > 0) o.v = -0.3 * o.v;
				else if (o.v < 0) o.v *= negWeight;
				// A question does not praise ("请问早餐好吃吗？"), but a complaint asked as a question
				// ("怎么这么慢？", "is this a joke?") is still a complaint.
				if (s.question && o.v > 0) o.v *= QUESTION_PRAISE;
				s.raw += o.v;
			}
			// Each clause is one bounded vote: one gushing phrase does not outweigh several complaints
			// in a long mixed review (calibrated on the dev parts; no dev set got worse).
			const w = Math.sign(s.raw) * Math.min(Math.abs(s.raw), CLAUSE_CAP) * s.weight;
			raw += w;
			if (w > 0) pos += w;
			else neg -= w;
		}
		const score = round(raw / (Math.abs(raw) + 2));
		// The neutral band, calibrated per language on the dev parts of the evaluation sets (docs/nodes/cx-analyze.md).
		const threshold = options.threshold ?? (latin ? THRESHOLD_EN : THRESHOLD_ZH);
		const label: SentimentLabel = score >= threshold ? 'positive' : score <= -threshold ? 'negative' : 'neutral';

		// 5. Topic sentiment: each opinion goes to the nearest mention in its clause; aggregate by node.
		const subtreeIdx = options.subtree !== undefined ? flat.byId.get(options.subtree) : undefined;
		if (options.subtree !== undefined && subtreeIdx === undefined) throw new Error(`Unknown subtree id "${options.subtree}"`);
		const namesIn: 'zh' | 'en' = options.namesIn === 'zh' || options.namesIn === 'en' ? options.namesIn : latin ? 'en' : 'zh';
		const agg = new Map<number, { score: number; mentions: number; evidence: string; span: [number, number] }>();
		const phrases: Array<{ text: string; w: number }> = [];
		for (const s of segs) {
			const ms = s.mentions;
			if (!ms.length) continue;
			const perTopic = new Array<number>(ms.length).fill(0);
			const nearest = new Array<number>(ms.length).fill(Infinity);
			const nearestOp: Array<{ start: number; end: number } | undefined> = new Array(ms.length);
			for (const o of s.ops) {
				let best = -1,
					bestD = Infinity;
				for (let j = 0; j < ms.length; j++) {
					const t = ms[j];
					const d = o.start >= t.end ? o.start - t.end : t.start >= o.end ? (t.start - o.end) * (latin ? 1 : 1.5) + 0.5 : 0;
					if (d < bestD) {
						bestD = d;
						best = j;
					}
				}
				if (best >= 0) {
					perTopic[best] += o.v * s.weight;
					if (bestD < nearest[best]) {
						nearest[best] = bestD;
						nearestOp[best] = o;
					}
				}
			}
			ms.forEach((t, j) => {
				let node = t.node;
				if (subtreeIdx !== undefined && node !== subtreeIdx && !flat.nodes[node].ancestors.includes(subtreeIdx)) return;
				if (options.maxDepth && flat.nodes[node].depth > options.maxDepth) node = flat.nodes[node].ancestors[options.maxDepth - 1];
				const v = perTopic[j];
				const cur = agg.get(node);
				if (cur) {
					cur.score += v;
					cur.mentions++;
				} else agg.set(node, { score: v, mentions: 1, evidence: clip(text.slice(s.start, s.end)), span: [t.start, t.end] });
				const op = nearestOp[j];
				const a = op ? Math.min(op.start, t.start) : t.start;
				const b = op ? Math.max(op.end, t.end) : t.end;
				if (b - a <= (latin ? 32 : 10)) phrases.push({ text: clip(text.slice(a, b), 40), w: Math.abs(v) + 0.5 });
			});
		}
		const topicResults: TopicResult[] = [...agg.entries()]
			.sort((a, b) => a[1].span[0] - b[1].span[0])
			.map(([idx, a]) => {
				const n = flat.nodes[idx];
				const chain = this.chainOf(idx);
				const ts = round(a.score / (Math.abs(a.score) + 1));
				return {
					id: n.id,
					name: n.name[namesIn],
					path: (namesIn === 'zh' ? chain.zh : chain.en).slice(),
					pathIds: chain.ids.slice(),
					depth: n.depth,
					...(n.owner ? { owner: n.owner } : {}),
					sentiment: ts >= 0.1 ? 'positive' : ts <= -0.1 ? 'negative' : 'neutral',
					score: ts,
					mentions: a.mentions,
					evidence: a.evidence,
					span: a.span,
				};
			});

		// 6. Intents.
		const segTexts = new Map<Segment, string>();
		const segText = (s: Segment) => {
			let t = segTexts.get(s);
			if (t === undefined) segTexts.set(s, (t = clip(text.slice(s.start, s.end))));
			return t;
		};
		const intentScore = new Map<Intent, { w: number; seg: Segment }>();
		const addIntent = (intent: Intent, w: number, seg: Segment) => {
			const cur = intentScore.get(intent);
			if (cur) cur.w += w;
			else intentScore.set(intent, { w, seg });
		};
		for (const h of longestLeftmost(intents)) {
			const s = segs[segOf(h.start)];
			const segScore = s.raw;
			if (h.p.intent === 'opportunity' && h.p.w < 1 && segScore < 0) continue;
			if (h.p.intent === 'praise' && segScore < 0) continue;
			addIntent(h.p.intent, h.p.w, s);
		}
		let mostNeg: Segment | undefined, mostPos: Segment | undefined;
		for (const s of segs) {
			const v = s.raw * s.weight;
			if (v < 0 && (!mostNeg || v < mostNeg.raw * mostNeg.weight)) mostNeg = s;
			if (v > 0 && (!mostPos || v > mostPos.raw * mostPos.weight)) mostPos = s;
		}
		if (mostNeg && (score <= -0.3 || mostNeg.raw * mostNeg.weight <= -1.5)) addIntent('complaint', 1, mostNeg);
		if (mostPos && score >= 0.4) addIntent('praise', 1, mostPos);
		const intentResults: IntentResult[] = INTENTS.filter((i) => (intentScore.get(i)?.w ?? 0) >= 1).map((i) => {
			const x = intentScore.get(i)!;
			return { intent: i, confidence: round(Math.min(1, 0.5 + x.w / 4)), evidence: segText(x.seg) };
		});
		const primary = [...intentResults].sort((a, b) => b.confidence - a.confidence || INTENTS.indexOf(a.intent) - INTENTS.indexOf(b.intent))[0];

		// 7. Urgency and bad-review risk.
		const riskHits = longestLeftmost(risks);
		const byReason = new Map<RiskReason, RiskFactor>();
		for (const h of riskHits) {
			// Risk words that are negated ("没有蟑螂", "no bugs") do not count.
			const before = text.slice(Math.max(0, h.start - (latin ? 4 : 2)), h.start).toLowerCase();
			if (/没有|没|无|不|no |not /.test(before)) continue;
			if (!byReason.has(h.p.reason)) byReason.set(h.p.reason, { reason: h.p.reason, weight: h.p.sev, evidence: segText(segs[segOf(h.start)]) });
		}
		const reasons = [...byReason.values()];
		const negativity = Math.max(0, -score);
		const severity = reasons.reduce((m, r) => Math.max(m, r.weight), 0);
		const isComplaint = intentResults.some((i) => i.intent === 'complaint');
		const urgencyFactors: RiskFactor[] = [...reasons];
		let urgency = severity * 0.6 + negativity * 0.3;
		if (options.inHouse) {
			urgency += 0.15;
			urgencyFactors.push({ reason: 'inHouse', weight: 0.15 });
		}
		if (urgentWords > 0 && (isComplaint || severity > 0)) {
			urgency += 0.1;
			urgencyFactors.push({ reason: 'urgentWording', weight: 0.1 });
		}
		if (negativity > 0) urgencyFactors.push({ reason: 'negative', weight: round(negativity * 0.3), ...(mostNeg ? { evidence: segText(mostNeg) } : {}) });
		urgency = round(Math.min(1, urgency));
		const urgencyLevel = urgency >= 0.75 ? 'critical' : urgency >= 0.5 ? 'high' : urgency >= 0.25 ? 'medium' : 'low';

		const badFactors: RiskFactor[] = [];
		let bad = negativity * 0.5;
		if (negativity > 0) badFactors.push({ reason: 'negative', weight: round(negativity * 0.5), ...(mostNeg ? { evidence: segText(mostNeg) } : {}) });
		if (isComplaint) {
			bad += 0.15;
			badFactors.push({ reason: 'complaint', weight: 0.15, evidence: intentResults.find((i) => i.intent === 'complaint')!.evidence });
		}
		for (const r of reasons) {
			const w = r.reason === 'reviewThreat' || r.reason === 'churn' ? 0.4 : r.weight * 0.25;
			bad += w;
			badFactors.push({ ...r, weight: round(w) });
		}
		if (options.inHouse && (negativity > 0 || reasons.length)) {
			bad += 0.1;
			badFactors.push({ reason: 'inHouse', weight: 0.1 });
		}
		bad = round(Math.min(1, bad));
		const badLevel = bad >= 0.6 ? 'high' : bad >= 0.3 ? 'medium' : 'low';

		// 8. Key phrases: topic + nearest opinion spans, then strong opinion spans.
		if (phrases.length < 3) {
			for (const s of segs)
				for (const o of s.ops)
					if (Math.abs(o.v) >= 1) {
						const a = Math.max(s.start, o.start - (latin ? 12 : 3));
						phrases.push({ text: clip(text.slice(a, o.end), 40), w: Math.abs(o.v) });
					}
		}
		const seen = new Set<string>();
		const keyPhrases = phrases
			.sort((a, b) => b.w - a.w)
			.map((p) => trimPunct(p.text))
			.filter((p) => p.length >= 2 && !seen.has(p) && (seen.add(p), true))
			.slice(0, 8);

		const out: OfflineAnalysis = {
			language,
			sentiment: { label, score, positive: round(pos), negative: round(neg) },
			topics: topicResults,
			intents: intentResults,
			primaryIntent: primary?.intent ?? 'none',
			urgency: { level: urgencyLevel, score: urgency, reasons: urgencyFactors },
			risk: { badReview: { level: badLevel, score: bad, reasons: badFactors } },
			keyPhrases,
		};
		if (options.explain) out.clauses = segs.map((s) => ({ text: segText(s), score: round(s.raw), weight: round(s.weight) }));
		return out;
	}

	/** Sentiment only (same result as analyze().sentiment, skipping the rest is not worth a second path). */
	sentiment(text: string) {
		return this.analyze(text).sentiment;
	}
}

/** Whitespace and punctuation (ASCII, CJK and full-width) at the edges of a key phrase. */
function isEdgePunct(c: number): boolean {
	return (
		c <= 0x2f ||
		(c >= 0x3a && c <= 0x40) ||
		(c >= 0x5b && c <= 0x60) ||
		(c >= 0x7b && c <= 0x7f) ||
		(c >= 0x2000 && c <= 0x206f) ||
		(c >= 0x3000 && c <= 0x303f) ||
		(c >= 0xff00 && c <= 0xff0f) ||
		(c >= 0xff1a && c <= 0xff20) ||
		(c >= 0xff3b && c <= 0xff40) ||
		(c >= 0xff5b && c <= 0xff65)
	);
}
function trimPunct(s: string): string {
	let a = 0,
		b = s.length;
	while (a < b && isEdgePunct(s.charCodeAt(a))) a++;
	while (b > a && isEdgePunct(s.charCodeAt(b - 1))) b--;
	return a === 0 && b === s.length ? s : s.slice(a, b);
}

/** "没有热水" / "no hot water": a negator right before the topic word or its qualifier. */
function isNegatedMention(
	negs: Array<{ start: number; end: number }>,
	segStart: number,
	m: { end: number; termStart: number; used: Array<{ start: number }> },
	maxGap: number,
): boolean {
	for (const n of negs) {
		if (n.start < segStart || n.end > m.end) continue;
		if (m.termStart >= n.start && m.termStart - n.end <= maxGap) return true;
		for (const u of m.used) if (u.start >= n.start && u.start - n.end <= maxGap) return true;
	}
	return false;
}

/** Only sentence-final particles (了的呢啊吧呀啦) between pos and the end of the clause. */
function clauseEndsAt(text: string, pos: number, end: number): boolean {
	for (let i = pos; i < end; i++) if (!'了的呢啊吧呀啦哦嘛'.includes(text[i])) return false;
	return true;
}

function round(x: number): number {
	return Math.round(x * 1000) / 1000;
}
