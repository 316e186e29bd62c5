/**
 * One Aho-Corasick automaton over every term the engine knows (sentiment lexicon, negators, degree
 * words, indicator-tree terms and qualifiers, intent and risk markers), run once over the raw text.
 * No word segmenter: Chinese domain words (客服, 入住, 性价比) are matched exactly as written.
 *
 * - ASCII letters are folded to lower case and Traditional Chinese characters to Simplified while
 *   scanning, one code unit for one, so match offsets are offsets in the original text.
 * - Latin terms only match on word boundaries; a term written with a trailing `*` matches as a prefix
 *   ("clean*" matches clean, cleaner, cleanliness).
 */
import { foldChar } from './fold';

export interface TermOptions {
	/** Trailing `*`: no word boundary is required after a Latin term. */
	prefix?: boolean;
}

export interface Match<P> {
	start: number;
	end: number;
	payload: P;
}

interface Term<P> {
	len: number;
	/** Word-boundary checks for Latin letters/digits at the edges. */
	checkStart: boolean;
	checkEnd: boolean;
	payloads: P[];
}

const isWordCode = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c === 39;

export class Automaton<P> {
	private readonly next: Array<Map<number, number>> = [new Map()];
	private fail: Int32Array = new Int32Array(1);
	/** Transitions out of the root as a flat table (most steps of a scan start there). */
	private root: Int32Array = new Int32Array(65536);
	/** Term indexes that end at each state (own and inherited through failure links). */
	private out: number[][] = [[]];
	private readonly terms: Term<P>[] = [];
	private readonly termIndex = new Map<string, number>();
	private built = false;

	/** Adds a term with a payload; the same term may carry several payloads. */
	add(raw: string, payload: P): void {
		if (this.built) throw new Error('Automaton already built');
		let text = raw.trim();
		let prefix = false;
		if (text.endsWith('*')) {
			prefix = true;
			text = text.slice(0, -1);
		}
		if (!text) return;
		let folded = '';
		for (let i = 0; i < text.length; i++) folded += String.fromCharCode(foldChar(text.charCodeAt(i)));
		const key = folded + (prefix ? '*' : '');
		let idx = this.termIndex.get(key);
		if (idx === undefined) {
			idx = this.terms.length;
			this.termIndex.set(key, idx);
			this.terms.push({
				len: folded.length,
				checkStart: isWordCode(folded.charCodeAt(0)),
				checkEnd: !prefix && isWordCode(folded.charCodeAt(folded.length - 1)),
				payloads: [],
			});
			let s = 0;
			for (let i = 0; i < folded.length; i++) {
				const c = folded.charCodeAt(i);
				let t = this.next[s].get(c);
				if (t === undefined) {
					t = this.next.length;
					this.next.push(new Map());
					this.out.push([]);
					this.next[s].set(c, t);
				}
				s = t;
			}
			this.out[s].push(idx);
		}
		this.terms[idx].payloads.push(payload);
	}

	get size(): number {
		return this.terms.length;
	}

	build(): this {
		const n = this.next.length;
		this.fail = new Int32Array(n);
		const queue: number[] = [];
		for (const t of this.next[0].values()) queue.push(t);
		for (let qi = 0; qi < queue.length; qi++) {
			const s = queue[qi];
			for (const [c, t] of this.next[s]) {
				let f = this.fail[s];
				while (f > 0 && !this.next[f].has(c)) f = this.fail[f];
				const g = this.next[f].get(c);
				this.fail[t] = g !== undefined && g !== t ? g : 0;
				if (this.out[this.fail[t]].length) this.out[t] = this.out[t].concat(this.out[this.fail[t]]);
				queue.push(t);
			}
		}
		this.root = new Int32Array(65536);
		for (const [c, t] of this.next[0]) this.root[c] = t;
		this.built = true;
		return this;
	}

	/** Every match (overlaps included), in order of end offset. */
	scan(text: string, onMatch: (start: number, end: number, payloads: readonly P[]) => void): void {
		if (!this.built) this.build();
		const next = this.next;
		const fail = this.fail;
		const out = this.out;
		const terms = this.terms;
		const root = this.root;
		let s = 0;
		const n = text.length;
		for (let i = 0; i < n; i++) {
			const c = foldChar(text.charCodeAt(i));
			if (s === 0) s = root[c];
			else {
				let t = next[s].get(c);
				while (t === undefined && s > 0) {
					s = fail[s];
					t = s === 0 ? root[c] : next[s].get(c);
				}
				s = t ?? 0;
			}
			const o = out[s];
			if (o.length === 0) continue;
			for (let k = 0; k < o.length; k++) {
				const term = terms[o[k]];
				const end = i + 1;
				const start = end - term.len;
				if (term.checkStart && start > 0 && isWordCode(foldChar(text.charCodeAt(start - 1)))) continue;
				if (term.checkEnd && end < n && isWordCode(foldChar(text.charCodeAt(end)))) continue;
				onMatch(start, end, term.payloads);
			}
		}
	}
}

/**
 * Longest-leftmost selection: of overlapping matches keep the one that starts first, and of those
 * starting at the same place the longest ("不错" wins over "不" and "错"). Input in any order.
 */
export function longestLeftmost<T extends { start: number; end: number }>(matches: T[]): T[] {
	if (matches.length < 2) return matches;
	matches.sort((a, b) => a.start - b.start || b.end - a.end);
	const kept: T[] = [];
	let lastEnd = -1;
	for (const m of matches) {
		if (m.start >= lastEnd) {
			kept.push(m);
			lastEnd = m.end;
		}
	}
	return kept;
}
