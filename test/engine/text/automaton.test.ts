import { Automaton, MatchBuffer, longestLeftmost, orderByStart } from '../../../nodes/engine/text/automaton';
import { foldText, isJsSpace } from '../../../nodes/engine/text/fold';

function matches(a: Automaton<string>, text: string) {
	const out: Array<{ start: number; end: number; p: string }> = [];
	const buf = new MatchBuffer();
	const n = a.scan(text, buf);
	for (let i = 0; i < n; i++) for (const p of a.payloadsOf(buf.term[i])) out.push({ start: buf.start[i], end: buf.end[i], p });
	return out;
}

/**
 * Seeded random words over 70 CJK symbols (transition masks, symbol mod 32, collide), or over `size` characters from
 * U+3400 that fold onto themselves: reproducible test automata.
 */
function randomWords(seed: number, size = 70) {
	const alphabet =
		size === 70
			? Array.from({ length: 70 }, (_, i) => String.fromCharCode(0x4e00 + i * 3))
			: Array.from({ length: 3 * size }, (_, i) => String.fromCharCode(0x3400 + i)).filter((ch) => foldText(ch) === ch).slice(0, size);
	const rand = (n: number) => {
		seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
		return (seed >>> 16) % n;
	};
	const word = (len: number) => Array.from({ length: len }, () => alphabet[rand(alphabet.length)]).join('');
	return { rand, word };
}

describe('Aho-Corasick automaton', () => {
	const a = new Automaton<string>();
	for (const t of ['客服', '入住', '性价比', '性价比高', '价比', 'clean*', 'room']) a.add(t, t);
	a.build();

	it('finds every term, overlaps included, on raw Chinese text without a segmenter', () => {
		const found = matches(a, '客服说入住的性价比高').map((m) => m.p);
		expect(found).toEqual(expect.arrayContaining(['客服', '入住', '性价比', '性价比高', '价比']));
	});

	it('scans a range: matches that start in it, word boundaries read in the whole text', () => {
		const buf = new MatchBuffer();
		const text = '客服说入住的性价比高';
		const n = a.scan(text, buf, 3, 9);
		const found = Array.from({ length: n }, (_, i) => text.slice(buf.start[i], buf.end[i]));
		// 性价比高 ends past the range; 客服 lies before it.
		expect(found.sort()).toEqual(['价比', '入住', '性价比'].sort());
		const m = a.scan('the bedroom', buf, 7, 11);
		expect(m).toBe(0); // "room" inside "bedroom" is no word
		expect(a.scan('a room', buf, 2, 6)).toBe(1);
	});

	it('tells where a term can begin', () => {
		expect(a.startsAt('说客服', 1)).toBe(true);
		expect(a.startsAt('说客服', 0)).toBe(false);
		expect(a.startsAt('Room', 0)).toBe(true);
	});

	it('keeps the longest leftmost match', () => {
		const kept = longestLeftmost(matches(a, '性价比高').map((m) => ({ ...m })));
		expect(kept.map((m) => m.p)).toEqual(['性价比高']);
	});

	it('reports overlapping terms through failure links', () => {
		const c = new Automaton<string>();
		for (const t of ['房间', '间隔', '隔音', '房间隔音', '音']) c.add(t, t);
		expect(matches(c, '房间隔音').map((m) => m.p).sort()).toEqual(['房间', '房间隔音', '间隔', '隔音', '音'].sort());
	});

	it('respects Latin word boundaries, folds case and allows prefix terms', () => {
		expect(matches(a, 'The ROOM was Cleaner than the bathroom').map((m) => m.p)).toEqual(['room', 'clean*']);
	});

	it('folds full-width letters and Traditional characters, keeping offsets', () => {
		const b = new Automaton<string>();
		b.add('服务', 's');
		b.add('wifi', 'w');
		const text = '這家的服務很好，ＷＩＦＩ也快';
		const m = matches(b, text);
		expect(m.map((x) => text.slice(x.start, x.end))).toEqual(['服務', 'ＷＩＦＩ']);
		expect(foldText('這個房間')).toBe('这个房间');
	});

	it('reports matches in order of end offset and grows its buffer', () => {
		const b = new Automaton<string>();
		for (const t of ['好', '不错', '很不错', '错']) b.add(t, t);
		const text = '很不错'.repeat(40);
		const m = matches(b, text);
		expect(m).toHaveLength(120);
		expect(m.every((x, i) => i === 0 || x.end >= m[i - 1].end)).toBe(true);
	});

	it('orderByStart + one greedy pass selects what longestLeftmost selects, ties in scan order', () => {
		let seed = 7;
		const rnd = (n: number) => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n;
		for (let round = 0; round < 200; round++) {
			const buf = new MatchBuffer();
			// Random matches emitted in order of end, as a scan emits them (duplicate spans included).
			const list: Array<{ start: number; end: number; id: number }> = [];
			for (let end = 1; end < 40; end++) for (let k = rnd(3); k > 0; k--) list.push({ start: Math.max(0, end - 1 - rnd(5)), end, id: list.length });
			for (const m of list) buf.push(m.start, m.end, m.id);
			const order = orderByStart(buf, new Int32Array(4));
			const greedy: number[] = [];
			let last = -1;
			for (let k = 0; k < buf.count; k++) {
				const i = order[k];
				if (buf.start[i] >= last) {
					greedy.push(buf.term[i]);
					last = buf.end[i];
				}
			}
			expect(greedy).toEqual(longestLeftmost(list.map((m) => ({ ...m }))).map((m) => m.id));
		}
	});
});

describe('compiled automaton tables (transition masks, breadth-first states)', () => {
	// Terms over an alphabet of 70 symbols, so transition masks (symbol mod 32) collide, with states of one
	// child and of many, deep chains and shared suffixes; checked against a naive search of every term.
	const { rand, word } = randomWords(7);
	const terms = new Set<string>();
	while (terms.size < 3000) terms.add(word(1 + rand(6)));
	const a = new Automaton<string>();
	for (const t of terms) a.add(t, t);
	a.build();

	it('gives a state of no transition none, whatever the first sorted run holds', () => {
		// 甲 is branching (its run, the first in the array, begins with 乙); 丁 is a leaf: after it, 乙 starts afresh.
		const small = new Automaton<string>();
		for (const t of ['甲乙', '甲丙', '丁']) small.add(t, t);
		small.build();
		expect(matches(small, '丁乙').map((m) => m.p)).toEqual(['丁']);
		expect(matches(small, '丁甲乙').map((m) => m.p)).toEqual(['丁', '甲乙']);
	});

	it('holds branching states of both kinds: short sorted runs and hashed transitions (speed, tenth pass)', () => {
		const { states, edges } = a as unknown as { states: Int32Array; edges: Int32Array };
		let runs = 0,
			hashed = 0;
		for (let r = 3 * 1 + 2; r < states.length - 3; r += 3) {
			if (states[r] >= 0) continue;
			if ((states[r] & (1 << 30)) === 0) runs++;
			else hashed++;
		}
		expect(runs).toBeGreaterThan(100);
		expect(hashed).toBeGreaterThan(10);
		expect(edges.length).toBeGreaterThan(2 * runs);
	});

	it('finds exactly the occurrences a naive search finds, in order of end offset', () => {
		for (let k = 0; k < 40; k++) {
			const text = word(200);
			const expected: string[] = [];
			for (let end = 1; end <= text.length; end++)
				for (let start = end - 1; start >= Math.max(0, end - 6); start--) if (terms.has(text.slice(start, end))) expected.push(`${start}-${end}`);
			const got = matches(a, text).map((m) => `${m.start}-${m.end}`);
			expect(got.slice().sort()).toEqual(expected.slice().sort());
			expect(got.map((g) => Number(g.split('-')[1]))).toEqual(got.map((g) => Number(g.split('-')[1])).sort((x, y) => x - y));
		}
	});
});

describe('compiled automaton tables beyond 2^17 states (the packing widened, speed eleventh pass)', () => {
	// Until stop 18 a state's only transition was packed into its record with a 17-bit target, and a larger automaton
	// kept every transition in the hash table. The split is now chosen per automaton: long terms over 70 symbols give
	// ~170,000 states, packed with 18-bit targets; texts hold planted terms, checked against a naive search.
	const { rand, word } = randomWords(11);
	const terms = new Set<string>();
	while (terms.size < 5000) terms.add(word(30 + rand(10)));
	while (terms.size < 7000) terms.add(word(1 + rand(3)));
	const list = [...terms];
	const a = new Automaton<string>();
	for (const t of list) a.add(t, t);
	a.build();

	it('has more states than 17 bits number, and still packs single transitions and short runs', () => {
		const { states, targetBits } = a as unknown as { states: Int32Array; targetBits: number };
		expect(states.length / 3).toBeGreaterThan(1 << 17);
		expect(targetBits).toBe(18);
		let single = 0,
			runs = 0;
		for (let r = 3 * 1 + 2; r < states.length - 3; r += 3) {
			if (states[r] > 0) single++;
			else if (states[r] < 0 && (states[r] & (1 << 30)) === 0) runs++;
		}
		expect(single).toBeGreaterThan(1 << 17);
		expect(runs).toBeGreaterThan(100);
	});

	it('finds exactly the occurrences a naive search finds', () => {
		for (let k = 0; k < 20; k++) {
			const text = word(20) + list[rand(5000)] + word(20) + list[rand(5000)].slice(0, 25) + list[rand(5000)];
			const expected: string[] = [];
			for (let end = 1; end <= text.length; end++) for (let start = end - 1; start >= Math.max(0, end - 40); start--) if (terms.has(text.slice(start, end))) expected.push(`${start}-${end}`);
			expect(matches(a, text).map((m) => `${m.start}-${m.end}`).sort()).toEqual(expected.sort());
		}
	});
});

describe('compiled automaton tables with more symbols than the packing holds (hash table only)', () => {
	// ~94,000 states (17-bit targets) over ~18,000 symbols (more than the 2^14 above them): every transition goes to
	// the hash table, whose keys (state × symbols + symbol) still fit an Int32; past that, build() throws.
	const { rand, word } = randomWords(5, 18000);
	const terms = new Set<string>();
	while (terms.size < 2500) terms.add(word(28 + rand(4)));
	while (terms.size < 20000) terms.add(word(1 + rand(2)));
	const list = [...terms];
	const a = new Automaton<string>();
	for (const t of list) a.add(t, t);
	a.build();

	it('keeps no transition in a record', () => {
		const { states, symbols } = a as unknown as { states: Int32Array; symbols: number };
		const n = states.length / 3 - 1;
		expect(n).toBeGreaterThan(1 << 16);
		expect(n).toBeLessThanOrEqual(1 << 17);
		expect(symbols).toBeGreaterThan(1 << 14);
		for (let r = 3 * 1 + 2; r < states.length - 3; r += 3) if (states[r] !== 0) expect(states[r] & (3 << 30)).toBe(3 << 30);
	});

	it('finds exactly the occurrences a naive search finds', () => {
		for (let k = 0; k < 20; k++) {
			const text = word(30) + list[rand(2500)] + word(10) + list[rand(2500)].slice(0, 20) + list[rand(2500)] + word(30);
			const expected: string[] = [];
			for (let end = 1; end <= text.length; end++) for (let start = end - 1; start >= Math.max(0, end - 32); start--) if (terms.has(text.slice(start, end))) expected.push(`${start}-${end}`);
			expect(matches(a, text).map((m) => `${m.start}-${m.end}`).sort()).toEqual(expected.sort());
		}
	});

	it('throws where states × symbols exceed 2^31 (keys would no longer be exact)', () => {
		const big = new Automaton<string>();
		for (const t of list) big.add(t, t);
		for (let k = 0; k < 3000; k++) big.add(word(30), 'x');
		expect(() => big.build()).toThrow(/too large/);
	});
});

describe('symbol rank table (a bit set per 32 code units and a list of their symbols)', () => {
	// Every code unit of U+4E00–U+4E3F is a term (all 32 bits of two words, bit 31 included), every third one
	// after it, U+FFFF (the last word), upper-case and full-width letters fold onto their terms.
	const terms: string[] = [];
	for (let c = 0x4e00; c < 0x4e40; c++) terms.push(String.fromCharCode(c));
	for (let c = 0x4e40; c < 0x4f00; c += 3) terms.push(String.fromCharCode(c));
	terms.push('\uffff', 'q', '乾');
	const a = new Automaton<string>();
	for (const t of terms) a.add(t, t);
	a.build();

	it.each([
		['一', true],
		['丟', true],
		['丿', true],
		['乀', true],
		['乁', false],
		['乃', true],
		['\uffff', true],
		['\ufffe', false],
		['Q', true],
		['ｑ', true],
		['r', false],
	])('%s is a term: %s', (ch, found) => {
		expect(matches(a, ch).length > 0).toBe(found);
		expect(a.startsAt(ch, 0)).toBe(found);
	});

	it('gives each code unit its term, and is small', () => {
		for (let c = 0x4e00; c < 0x4f00; c++) {
			const ch = String.fromCharCode(c);
			// Traditional forms fold onto their Simplified ones (丟 → 丢): both terms match either.
			const expected = terms.filter((t) => foldText(t) === foldText(ch));
			expect(matches(a, ch).map((m) => m.p).sort()).toEqual(expected.sort());
		}
		const t = a as unknown as { symWords: Int32Array; symList: Uint16Array };
		expect(t.symWords.byteLength + t.symList.byteLength).toBeLessThan(20000);
	});
});

describe('ASCII symbols read from their own table (stop 17)', () => {
	// Every printable ASCII character but a few is a term of its own; letters fold: upper case onto lower case.
	const absent = new Set(['q', 'Q', '#', '~']);
	const terms: string[] = [];
	for (let c = 33; c < 127; c++) if (!absent.has(String.fromCharCode(c)) && (c < 65 || c > 90)) terms.push(String.fromCharCode(c));
	const a = new Automaton<string>();
	for (const t of terms) a.add(t, `${t}`);
	a.build();

	it('gives every ASCII code unit the symbol the rank table gives it (what startsAt reads)', () => {
		const differ: number[] = [];
		for (let c = 0; c < 128; c++) {
			const ch = String.fromCharCode(c);
			if (matches(a, ch).length > 0 !== a.startsAt(ch, 0)) differ.push(c);
		}
		expect(differ).toEqual([]);
		expect(matches(a, 'Q').length).toBe(0);
		expect(matches(a, 'A').map((m) => m.p)).toEqual(['a']);
		expect(matches(a, '~').length).toBe(0);
	});

	it('folds upper case and full-width letters onto the same terms in words, offsets kept', () => {
		const b = new Automaton<string>();
		for (const t of ['great room', 'wi-fi', "don't"]) b.add(t, t);
		b.build();
		expect(matches(b, 'A GREAT ROOM, WI-FI; DON\'T!').map((m) => [m.p, m.start, m.end])).toEqual([
			['great room', 2, 12],
			['wi-fi', 14, 19],
			["don't", 21, 26],
		]);
		expect(matches(b, 'ｇｒｅａｔ ｒｏｏｍ').map((m) => m.p)).toEqual(['great room']);
	});
});

describe('isJsSpace', () => {
	it('agrees with RegExp \\s and String.prototype.trim on every UTF-16 code unit', () => {
		const differ: number[] = [];
		for (let c = 0; c < 65536; c++) {
			const ch = String.fromCharCode(c);
			if (isJsSpace(c) !== /\s/.test(ch) || isJsSpace(c) !== (ch.trim() === '')) differ.push(c);
		}
		expect(differ).toEqual([]);
	});
});
