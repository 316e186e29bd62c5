/**
 * One Aho-Corasick automaton over every term the engine knows (sentiment lexicon, negators, degree
 * words, indicator-tree terms and qualifiers, intent and risk markers), run once over the raw text.
 * No word segmenter: Chinese domain words (客服, 入住, 性价比) are matched exactly as written.
 *
 * - ASCII letters are folded to lower case and Traditional Chinese characters to Simplified while
 *   scanning, one code unit for one, so match offsets are offsets in the original text.
 * - Latin terms only match on word boundaries; a term written with a trailing `*` matches as a prefix
 *   ("clean*" matches clean, cleaner, cleanliness).
 *
 * Terms are added to a trie of Maps; build() compiles it into flat typed arrays, because the scan
 * runs for every text and is the engine's innermost loop:
 * - every code unit maps (folding included) to a dense symbol, 0 for a character that occurs in no
 *   term — such a character sends the scan straight back to the root;
 * - states are numbered breadth first, so the shallow states where most steps are share cache lines;
 * - transitions out of the root are one table indexed by symbol; a state with one transition (most of
 *   them) holds it in its own record; one with up to SHORT_EDGES has them as a sorted run in one flat
 *   array (breadth-first, so the hot shallow states' runs share cache lines); the few others' are one
 *   open-addressing hash table keyed by (state, symbol), key and target side by side, and a 30-bit mask
 *   per such state (symbol mod 30) answers most "no transition" without a look into that table;
 * - the terms that end at each state (own and inherited through failure links) are one flat list.
 * Matches go into a reusable MatchBuffer instead of a callback and objects per match.
 */
import { foldChar } from './fold';

/** Matches of one scan as parallel arrays (start, end, term index), in order of end offset. */
export class MatchBuffer {
	start = new Int32Array(64);
	end = new Int32Array(64);
	term = new Int32Array(64);
	count = 0;

	push(start: number, end: number, term: number): void {
		if (this.count === this.start.length) this.grow();
		this.start[this.count] = start;
		this.end[this.count] = end;
		this.term[this.count] = term;
		this.count++;
	}

	private grow(): void {
		const n = this.start.length * 2;
		const copy = (a: Int32Array) => {
			const b = new Int32Array(n);
			b.set(a);
			return b;
		};
		this.start = copy(this.start);
		this.end = copy(this.end);
		this.term = copy(this.term);
	}
}

const isWordCode = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c === 39;

/** Latin letter, digit or apostrophe after folding, for every code unit (word-boundary checks). */
const WORD = new Uint8Array(65536);
for (let c = 0; c < 65536; c++) WORD[c] = isWordCode(foldChar(c)) ? 1 : 0;

const CHECK_START = 1;
const CHECK_END = 2;
/**
 * A state's only transition in its record: target in the low bits, symbol above. build() chooses the split per
 * automaton (`targetBits`: the fewest bits that number every state), so the packing holds while states ×
 * symbols, each rounded up to a power of two, stay within 2^31 (stop 18, speed eleventh pass; until then a fixed
 * 17 bits, and the stop-17 lexicon had 126,583 of those 131,072 states): 524,288 states at up to 4,096 symbols
 * (the engine has about 2,650). Past that the automaton keeps every transition in the hash table (correct, slower),
 * up to states × symbols = MAX_KEYS: the hash table's keys (state × symbols + symbol) must be exact in an Int32, and
 * build() throws beyond (before, such keys silently missed their transitions).
 */
const MAX_KEYS = 2 ** 31;
/** The sign bit of a branching state's record. */
const BRANCHING = 1 << 31;
/** With BRANCHING: its transitions are in the hash table, and the record's other 30 bits are a mask of their symbols mod 30. */
const HASHED = 1 << 30;
/**
 * A branching state of at most this many transitions (almost all of them) keeps them as a sorted run in `edges`: its
 * record holds the run's start and length - 1 (SHORT_COUNT_BITS) below the BRANCHING bit (stop 17, speed tenth pass).
 */
const SHORT_EDGES = 8;
const SHORT_COUNT_BITS = 3;
const SHORT_COUNT_MASK = (1 << SHORT_COUNT_BITS) - 1;

/** The symbol of a code unit in the rank table (see Automaton.symWords): its bit, then the bits set below it. */
function symbolOf(words: Int32Array, list: Uint16Array, code: number): number {
	const bits = words[(code >> 5) << 1];
	const b = code & 31;
	if (((bits >>> b) & 1) === 0) return 0;
	let x = bits & ~(-1 << b);
	x = x - ((x >>> 1) & 0x55555555);
	x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
	x = (x + (x >>> 4)) & 0x0f0f0f0f;
	return list[words[((code >> 5) << 1) + 1] + (Math.imul(x, 0x01010101) >>> 24)];
}

export class Automaton<P> {
	// Build time: a trie of Maps keyed by folded code unit.
	private next: Array<Map<number, number>> = [new Map()];
	private own: number[][] = [[]];
	private readonly termIndex = new Map<string, number>();
	private readonly payloads: P[][] = [];
	private readonly lens: number[] = [];
	private readonly flags: number[] = [];

	// Compiled by build().
	/**
	 * Code unit → symbol (0: in no term), as a rank table: per 32 code units a bit set of those in some term
	 * and the index in `symList` of the first of them (interleaved, one read for both). 16 KB and the list
	 * (5 KB for the engine's 2,652 code units), where a Uint16 table per code unit is 128 KB and the text's
	 * every character would miss the cache.
	 */
	private symWords = new Int32Array(4096);
	private symList = new Uint16Array(0);
	/**
	 * The symbols of the 128 ASCII code units, read directly (no rank count): an English text is almost all
	 * ASCII, and the scan's step for it is then one array read shorter (stop 17).
	 */
	private asciiSym = new Uint16Array(128);
	private symbols = 1;
	/** Bits of a packed transition's target (the fewest that number every state); its symbol is above them. */
	private targetBits = 17;
	private rootNext = new Int32Array(1);
	/**
	 * Per state s, at 3s: its failure link, the start of its terms in outTerms (they end where the next
	 * state's begin, at 3s + 4), and its transitions: 0 for none; its only one packed as symbol << targetBits | target
	 * (positive); for a state with up to SHORT_EDGES, the sign bit, its run's start in `edges` and its length - 1;
	 * for a state with more, the sign bit, HASHED and a 30-bit mask of their symbols (mod 30), which answers most
	 * "no transition" without a look into the hash table (a miss there costs more than the rest of the step).
	 * One array, so a step reads one cache line of state data. Most states of the trie lie inside one term and
	 * have one transition (speed, fifth pass): with it in the record a step along a term reads no hash table.
	 * The stop-17 lexicon (126,583 states) had doubled the hash table to 1 MB; the runs (about 160 KB) and a
	 * 128 KB table of the ~430 widest states now stay in cache better between the engine's other work (speed,
	 * tenth pass).
	 */
	private states = new Int32Array(4);
	/** Transitions of the short branching states, packed as a single one is, each state's run sorted by symbol. */
	private edges = new Int32Array(0);
	/** Transitions out of the other branching states (not the root): key, target, key, target … (one cache line per probe). */
	private hash = new Int32Array(2).fill(-1);
	private hashShift = 31;
	private hashMask = 0;
	private outTerms = new Int32Array(0);
	/** Per term: its length << 2 | its word-boundary checks (one read per match). */
	private termInfo = new Int32Array(0);
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
			idx = this.payloads.length;
			this.termIndex.set(key, idx);
			this.payloads.push([]);
			this.lens.push(folded.length);
			this.flags.push((isWordCode(folded.charCodeAt(0)) ? CHECK_START : 0) | (!prefix && isWordCode(folded.charCodeAt(folded.length - 1)) ? CHECK_END : 0));
			let s = 0;
			for (let i = 0; i < folded.length; i++) {
				const c = folded.charCodeAt(i);
				let t = this.next[s].get(c);
				if (t === undefined) {
					t = this.next.length;
					this.next.push(new Map());
					this.own.push([]);
					this.next[s].set(c, t);
				}
				s = t;
			}
			this.own[s].push(idx);
		}
		this.payloads[idx].push(payload);
	}

	get size(): number {
		return this.payloads.length;
	}

	/**
	 * Adds, for every term that holds one of the given words (whole word, case folded), the same term with that word
	 * spelt another way, carrying the same payloads ("worth it" → "worht it"). Terms of up to `maxWords` words: a typo
	 * inside a longer phrase is rare twice over, and each variant grows the automaton. Call once, after every add().
	 */
	addSpellings(variants: ReadonlyMap<string, readonly string[]>, maxWords: number): void {
		for (const [key, idx] of [...this.termIndex]) {
			const prefix = key.endsWith('*');
			const ws = (prefix ? key.slice(0, -1) : key).split(' ');
			if (ws.length > maxWords) continue;
			for (let w = 0; w < ws.length; w++) {
				const other = variants.get(ws[w]);
				if (!other) continue;
				for (const v of other) {
					const term = [...ws.slice(0, w), v, ...ws.slice(w + 1)].join(' ') + (prefix ? '*' : '');
					if (this.termIndex.has(term)) continue;
					for (const p of this.payloads[idx]) this.add(term, p);
				}
			}
		}
	}

	/** The index of a term written exactly so (case folded; not a prefix term), -1 if none. */
	termOf(word: string): number {
		let folded = '';
		for (let i = 0; i < word.length; i++) folded += String.fromCharCode(foldChar(word.charCodeAt(i)));
		return this.termIndex.get(folded) ?? -1;
	}

	/** The payloads of a term (index from a MatchBuffer), in the order they were added. */
	payloadsOf(term: number): readonly P[] {
		return this.payloads[term];
	}

	build(): this {
		if (this.built) return this;
		const next = this.next;
		const n = next.length;

		// Symbols: one per distinct folded code unit of any term; every code unit folds onto one.
		const symOf = new Map<number, number>();
		for (const m of next) for (const c of m.keys()) if (!symOf.has(c)) symOf.set(c, symOf.size + 1);
		this.symbols = symOf.size + 1;
		const list: number[] = [];
		for (let w = 0; w < 2048; w++) {
			this.symWords[2 * w + 1] = list.length;
			for (let b = 0; b < 32; b++) {
				const sc = symOf.get(foldChar(32 * w + b)) ?? 0;
				if (sc === 0) continue;
				this.symWords[2 * w] |= 1 << b;
				list.push(sc);
			}
		}
		this.symList = Uint16Array.from(list);
		for (let c = 0; c < 128; c++) this.asciiSym[c] = symOf.get(foldChar(c)) ?? 0;

		// Failure links and inherited outputs, breadth first (same order as the terms were added).
		const fail = new Int32Array(n);
		const out: number[][] = this.own;
		const queue: number[] = [];
		for (const t of next[0].values()) queue.push(t);
		for (let qi = 0; qi < queue.length; qi++) {
			const s = queue[qi];
			for (const [c, t] of next[s]) {
				let f = fail[s];
				while (f > 0 && !next[f].has(c)) f = fail[f];
				const g = next[f].get(c);
				fail[t] = g !== undefined && g !== t ? g : 0;
				if (out[fail[t]].length) out[t] = out[t].concat(out[fail[t]]);
				queue.push(t);
			}
		}
		// States are numbered breadth first for the compiled tables (id[old] = new): the shallow states, where
		// most steps of a scan are, then share cache lines.
		const bfs = [0, ...queue];
		const id = new Int32Array(n);
		for (let k = 0; k < n; k++) id[bfs[k]] = k;
		this.rootNext = new Int32Array(this.symbols);
		for (const [c, t] of next[0]) this.rootNext[symOf.get(c)!] = id[t];

		if (n * this.symbols > MAX_KEYS) throw new Error(`Automaton too large: ${n} states × ${this.symbols} symbols exceed 2^31`);
		// A state's only transition goes into its record when symbol and target fit the packing: the target in the
		// fewest bits that number every state, the symbol in the 31 - targetBits above it (the record stays positive); at
		// most 27 target bits, so a short run's start (< states) shifted by SHORT_COUNT_BITS stays below HASHED.
		let tb = 1;
		while (1 << tb < n) tb++;
		this.targetBits = tb;
		const packs = tb <= 27 && this.symbols <= 1 << (31 - tb);
		// A branching state of up to SHORT_EDGES transitions keeps them packed as the single one is, sorted by symbol, in
		// `edges` (states in breadth-first order, so the shallow states' runs share cache lines); only the few states with
		// more go to the hash table (or all branching states when the packing does not fit).
		const short = (s: number) => packs && next[s].size <= SHORT_EDGES;
		let hashed = 0,
			listed = 0;
		for (let s = 1; s < n; s++) {
			if (next[s].size === 0 || (packs && next[s].size === 1)) continue;
			if (short(s)) listed += next[s].size;
			else hashed += next[s].size;
		}
		// Other transitions: open addressing on key = state * symbols + symbol.
		let bits = 4;
		// Load factor ≤ 0.6: the masks below keep most misses out of the table, and a smaller table stays in cache.
		while ((1 << bits) * 0.6 < hashed) bits++;
		const size = 1 << bits;
		this.hashShift = 32 - bits;
		this.hashMask = size - 1;
		const hash = (this.hash = new Int32Array(2 * size).fill(-1));
		const states = (this.states = new Int32Array(3 * n + 3));
		const edgeList = (this.edges = new Int32Array(listed));
		listed = 0;
		for (let k = 1; k < n; k++) {
			const edgesOut = next[bfs[k]];
			if (edgesOut.size === 0) continue;
			if (packs && edgesOut.size === 1) {
				for (const [c, t] of edgesOut) states[3 * k + 2] = (symOf.get(c)! << tb) | id[t];
				continue;
			}
			if (short(bfs[k])) {
				const run = [...edgesOut].map(([c, t]) => (symOf.get(c)! << tb) | id[t]).sort((a, b) => a - b);
				states[3 * k + 2] = BRANCHING | (listed << SHORT_COUNT_BITS) | (run.length - 1);
				for (const e of run) edgeList[listed++] = e;
				continue;
			}
			for (const [c, t] of edgesOut) {
				const sc = symOf.get(c)!;
				states[3 * k + 2] |= BRANCHING | HASHED | (1 << sc % 30);
				const key = k * this.symbols + sc;
				let h = Math.imul(key, 0x9e3779b1) >>> this.hashShift;
				while (hash[2 * h] !== -1) h = (h + 1) & this.hashMask;
				hash[2 * h] = key;
				hash[2 * h + 1] = id[t];
			}
		}

		let total = 0;
		for (let k = 0; k < n; k++) {
			states[3 * k] = id[fail[bfs[k]]];
			states[3 * k + 1] = total;
			total += out[bfs[k]].length;
		}
		states[3 * n + 1] = total;
		this.outTerms = new Int32Array(total);
		for (let k = 0, j = 0; k < n; k++) for (const t of out[bfs[k]]) this.outTerms[j++] = t;
		this.termInfo = Int32Array.from(this.lens, (len, t) => (len << 2) | this.flags[t]);

		// The build-time trie is no longer needed.
		this.next = [];
		this.own = [];
		this.built = true;
		return this;
	}

	/**
	 * Every match (overlaps included) into `buf` (cleared first), in order of end offset; matches that
	 * end at the same offset in the order of the state's output list (own terms first).
	 */
	/** Whether some term can begin at text[i] (a cheap test before scanning a short range). */
	startsAt(text: string, i: number): boolean {
		const c = symbolOf(this.symWords, this.symList, text.charCodeAt(i));
		return c !== 0 && this.rootNext[c] !== 0;
	}

	scan(text: string, buf: MatchBuffer, from = 0, to = text.length): number {
		if (!this.built) this.build();
		const { symWords, symList, asciiSym, rootNext, states, edges, hash, hashShift, hashMask, symbols, outTerms, termInfo, targetBits } = this;
		const targetMask = (1 << targetBits) - 1;
		buf.count = 0;
		// Word boundaries are read in the whole text, also when only [from, to) is scanned.
		const n = text.length;
		let s = 0;
		for (let i = from; i < to; i++) {
			const code = text.charCodeAt(i);
			const c = code < 128 ? asciiSym[code] : symbolOf(symWords, symList, code);
			if (c === 0) {
				// A character of no term: no state has a transition on it.
				s = 0;
				continue;
			}
			for (;;) {
				if (s === 0) {
					s = rootNext[c];
					break;
				}
				const r = 3 * s;
				const x = states[r + 2];
				let t = 0;
				if (x > 0) {
					if (x >>> targetBits === c) t = x & targetMask;
				} else if (x !== 0 && (x & HASHED) === 0) {
					// A short sorted run of packed transitions (x === 0, a state of none, goes on to the mask: 0).
					const from = (x & ~BRANCHING) >>> SHORT_COUNT_BITS;
					const last = from + (x & SHORT_COUNT_MASK);
					for (let e = from; e <= last; e++) {
						const y = edges[e];
						const ys = y >>> targetBits;
						if (ys >= c) {
							if (ys === c) t = y & targetMask;
							break;
						}
					}
				} else if ((x & (1 << c % 30)) !== 0) {
					const key = s * symbols + c;
					let h = Math.imul(key, 0x9e3779b1) >>> hashShift;
					for (;;) {
						const k = hash[2 * h];
						if (k === key) {
							t = hash[2 * h + 1];
							break;
						}
						if (k === -1) break;
						h = (h + 1) & hashMask;
					}
				}
				if (t !== 0) {
					s = t;
					break;
				}
				s = states[r];
			}
			const oe = states[3 * s + 4];
			for (let k = states[3 * s + 1]; k < oe; k++) {
				const term = outTerms[k];
				const end = i + 1;
				const info = termInfo[term];
				const start = end - (info >> 2);
				const f = info & 3;
				if (f !== 0) {
					if (f & CHECK_START && start > 0 && WORD[text.charCodeAt(start - 1)] === 1) continue;
					if (f & CHECK_END && end < n && WORD[text.charCodeAt(end)] === 1) continue;
				}
				buf.push(start, end, term);
			}
		}
		return buf.count;
	}
}

/**
 * Longest-leftmost selection: of overlapping matches keep the one that starts first, and of those
 * starting at the same place the longest ("不错" wins over "不" and "错"); of equal ones the first.
 * Input in any order; sorts `matches` in place. The definition the engine follows: it walks the
 * order of orderByStart() instead, which selects the same (see the automaton tests).
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

/**
 * The order of a buffer's matches by start, longest first, then scan order — the order the stable
 * sort of longestLeftmost() gives — as indexes into the buffer, in `order` (grown when too short).
 * Matches come out of the scan ordered by end, so they are almost ordered by start already: an
 * insertion sort moves each one only past the overlapping matches before it.
 */
export function orderByStart(buf: MatchBuffer, order: Int32Array): Int32Array {
	const n = buf.count;
	if (order.length < n) order = new Int32Array(Math.max(n, order.length * 2));
	const { start, end } = buf;
	for (let i = 0; i < n; i++) {
		const s = start[i],
			e = end[i];
		let j = i - 1;
		while (j >= 0) {
			const o = order[j];
			if (start[o] < s || (start[o] === s && end[o] >= e)) break;
			order[j + 1] = o;
			j--;
		}
		order[j + 1] = i;
	}
	return order;
}
