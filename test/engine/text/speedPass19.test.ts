/**
 * Stop 29, nineteenth speed pass: one appendOne for a clause's lists of one, inClauses giving each clause its qualifiers
 * and topic words as one slice per run, and topicMentions returning whether the cleanliness domain was mentioned (the
 * engine keeps no per-call mark). Each must agree with the slow path (a push per hit); self-written sentences; every
 * output is also checked against main by scripts/equiv-text.ts.
 */
import { analyzeText, getEngine } from '../../../nodes/engine/text';
import { appendOne, inClauses } from '../../../nodes/engine/text/analyze';

describe('appendOne: a missing or empty list becomes a list of one', () => {
	it('starts a list where there is none', () => {
		expect(appendOne(undefined, 'a')).toEqual(['a']);
	});
	it('never pushes to an empty list (a shared one stays empty)', () => {
		const shared: string[] = [];
		const list = appendOne(shared, 'a');
		expect(list).toEqual(['a']);
		expect(list).not.toBe(shared);
		expect(shared).toEqual([]);
	});
	it('pushes to a list that holds something, keeping it', () => {
		const held = ['a'];
		expect(appendOne(held, 'b')).toBe(held);
		expect(held).toEqual(['a', 'b']);
	});
});

type Clauses = Parameters<typeof inClauses>[1];
interface FakeHit {
	start: number;
	end: number;
	p: number;
}

/** The slow path: one push per hit, in the hits' order. */
function pushEach(hits: FakeHit[], segAt: Int32Array, n: number): Array<FakeHit[] | undefined> {
	const lists: Array<FakeHit[] | undefined> = new Array(n).fill(undefined);
	for (const h of hits) lists[segAt[h.start]] = appendOne(lists[segAt[h.start]], h);
	return lists;
}

function clausesOf(n: number): Clauses {
	return Array.from({ length: n }, () => ({ topics: undefined, quals: undefined })) as unknown as Clauses;
}

describe('inClauses: the same lists as a push per hit', () => {
	// Clauses of 4 characters each: offset i is in clause i >> 2.
	const segAtOf = (length: number) => Int32Array.from({ length }, (_, i) => i >> 2);
	it('runs in text order, a clause without hits left without a list', () => {
		const segAt = segAtOf(16);
		const hits: FakeHit[] = [0, 1, 2, 9, 12, 13].map((start) => ({ start, end: start + 1, p: start }));
		const segs = clausesOf(4);
		inClauses(hits as never, segs, segAt, 'topics');
		expect(segs.map((s) => s.topics)).toEqual(pushEach(hits, segAt, 4));
		expect(segs[1].topics).toBeUndefined();
		expect(segs[0].topics!.map((h) => h.start)).toEqual([0, 1, 2]);
	});
	it('a clause met again after another one gets its later hits pushed, in order', () => {
		const segAt = segAtOf(12);
		// A hit that starts in clause 0 after clause 1's (the scan orders by end): clause 0 is two runs.
		const hits: FakeHit[] = [0, 5, 6, 3, 9].map((start) => ({ start, end: start + 1, p: start }));
		const segs = clausesOf(3);
		inClauses(hits as never, segs, segAt, 'quals');
		expect(segs.map((s) => s.quals)).toEqual(pushEach(hits, segAt, 3));
		expect(segs[0].quals!.map((h) => h.start)).toEqual([0, 3]);
	});
	it('agrees with the slow path on random hit lists', () => {
		let seed = 7;
		const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
		for (let round = 0; round < 200; round++) {
			const length = 8 + Math.floor(next() * 40);
			const segAt = segAtOf(length);
			const hits: FakeHit[] = [];
			for (let i = 0; i < length; i++) if (next() < 0.4) hits.push({ start: i, end: i + 1, p: i });
			// now and then one out of text order
			if (hits.length > 2 && next() < 0.3) hits.push(hits.splice(Math.floor(next() * hits.length), 1)[0]);
			const segs = clausesOf((length >> 2) + 1);
			inClauses(hits as never, segs, segAt, 'topics');
			expect(segs.map((s) => s.topics)).toEqual(pushEach(hits, segAt, segs.length));
		}
	});
	it('no hits: no lists', () => {
		const segs = clausesOf(2);
		inClauses([], segs, segAtOf(8), 'quals');
		expect(segs.map((s) => s.quals)).toEqual([undefined, undefined]);
	});
});

describe('topic readings through the sliced lists (several qualifiers and topic words in a clause)', () => {
	const topics = (text: string) => Object.fromEntries(analyzeText(getEngine(), text, {}).topics.map((t) => [t.id, t.sentiment]));
	const rows: Array<[string, Record<string, string>]> = [
		['床单和枕套都很干净，卫生间的热水很足，就是隔音差', { 'rooms.bed.linen.sheet.clean': 'positive', 'rooms.bed.pillow.clean': 'positive', 'rooms.bath.shower': 'positive', 'rooms.noise.soundproof': 'negative' }],
		['空调制冷效果差，房间有异味，服务员也不理人', { 'rooms.climate.ac.temperature': 'negative', 'rooms.space.room.odor': 'negative', 'service.quality.staff.attitude.rude.ignoring': 'negative' }],
		['房間乾淨，床很舒服，位置離地鐵站很近', { 'rooms.space.room.clean': 'positive', 'rooms.bed.bed.comfort': 'positive', 'location.transport.metro.convenience': 'positive' }],
		['Bed was comfy, shower pressure weak, wifi slow in the room', { 'rooms.bed.bed': 'positive', 'rooms.bath.shower.pressure': 'negative', 'rooms.tech.wifi.signal': 'negative', 'rooms.space.room': 'neutral' }],
		['The room was spotless and quiet, the breakfast was cold and the staff were rude', { 'rooms.space.room.clean.stain': 'positive', 'fb.breakfast': 'negative', 'service.quality.staff.attitude.rude': 'negative' }],
		['早餐不错', { 'fb.breakfast': 'positive' }],
	];
	it.each(rows)('%s', (text, expected) => expect(topics(text)).toEqual(expected));
	it('one text leaves nothing for the next', () => {
		const first = rows.map(([text]) => topics(text));
		for (const [text] of [...rows].reverse()) topics(text);
		expect(rows.map(([text]) => topics(text))).toEqual(first);
	});
});

describe('topicMentions returns the cleanliness mark: the engine keeps no per-call state for it', () => {
	it('the engine holds no cleanMentioned', () => {
		expect(Object.keys(getEngine())).not.toContain('cleanMentioned');
	});
	it('a text with the domain and one without read as each alone, in either order', () => {
		const topics = (text: string) => Object.fromEntries(analyzeText(getEngine(), text, {}).topics.map((t) => [t.id, t.sentiment]));
		const clean = '房間乾淨，床很舒服，位置離地鐵站很近';
		const plain = '早餐不错';
		const alone = [topics(clean), topics(plain)];
		expect([topics(plain), topics(clean)]).toEqual([alone[1], alone[0]]);
		expect([topics(clean), topics(clean), topics(plain)]).toEqual([alone[0], alone[0], alone[1]]);
		expect(alone[0]['rooms.space.room.clean']).toBe('positive');
	});
});
