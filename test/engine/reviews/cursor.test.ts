import { initialState, readState, selectChanges, sinceFor } from '../../../nodes/engine/reviews/cursor';
import type { Review } from '../../../nodes/engine/reviews/types';

const T0 = Date.parse('2026-11-20T00:00:00Z');
const at = (h: number) => new Date(T0 + h * 3_600_000).toISOString();
const rv = (id: string, h: number, extra: Partial<Review> = {}): Review => ({
	platform: 'google',
	reviewId: id,
	text: `text ${id}`,
	rating: { value: 4, scale: 5 },
	createdAt: at(h),
	updatedAt: at(h),
	...extra,
});

describe('review cursor', () => {
	it('emits new reviews after the floor, ignores older ones, and nothing twice', () => {
		const s0 = initialState(T0, 1); // floor = T0 - 1 day
		const a = selectChanges(s0, [rv('a', 1), rv('b', -48), rv('c', -2)], { now: T0 });
		expect(a.events.map((e) => [e.review.reviewId, e.event])).toEqual([
			['c', 'new'],
			['a', 'new'],
		]);
		const b = selectChanges(a.next, [rv('a', 1), rv('c', -2)], { now: T0 });
		expect(b.events).toEqual([]);
		expect(selectChanges(s0, [], { now: T0 }).next).not.toBe(s0); // pure
	});

	it('classifies edits: text, rating, reply, other', () => {
		const s = selectChanges(initialState(T0), [rv('a', 1)], { now: T0 }).next;
		const edited = selectChanges(s, [rv('a', 2, { text: 'new words', rating: { value: 2, scale: 5 } })], { now: T0, emitOn: ['new', 'edited', 'reply'] });
		expect(edited.events[0]).toMatchObject({ event: 'edited', changes: ['text', 'rating'] });
		const replied = selectChanges(s, [rv('a', 1, { reply: { text: 'Thanks' } })], { now: T0, emitOn: ['new', 'edited', 'reply'] });
		expect(replied.events[0].changes).toEqual(['reply']);
		const touched = selectChanges(s, [rv('a', 3)], { now: T0 });
		expect(touched.events[0].changes).toEqual(['other']);
		// Reply-only changes are not emitted unless asked, but are remembered.
		const quiet = selectChanges(s, [rv('a', 1, { reply: { text: 'Thanks' } })], { now: T0 });
		expect(quiet.events).toEqual([]);
		expect(selectChanges(quiet.next, [rv('a', 1, { reply: { text: 'Thanks' } })], { now: T0, emitOn: ['reply'] }).events).toEqual([]);
	});

	it('ignores a stale copy (older update time than the one remembered)', () => {
		const s = selectChanges(initialState(T0), [rv('a', 5, { text: 'v2' })], { now: T0 }).next;
		expect(selectChanges(s, [rv('a', 1, { text: 'v1' })], { now: T0 }).events).toEqual([]);
	});

	it('keeps the newest copy when a review appears twice in one poll', () => {
		const r = selectChanges(initialState(T0), [rv('a', 1, { text: 'v1' }), rv('a', 2, { text: 'v2' })], { now: T0 });
		expect(r.events).toHaveLength(1);
		expect(r.events[0].review.text).toBe('v2');
	});

	it('an old review edited after the floor counts as an edit, not as new', () => {
		const r = selectChanges(initialState(T0), [rv('a', 2, { createdAt: at(-100) })], { now: T0 });
		expect(r.events[0]).toMatchObject({ event: 'edited' });
	});

	it('bounds memory by evicting the oldest and raising the floor', () => {
		const many = Array.from({ length: 100 }, (_, k) => rv(`r${k}`, k + 1));
		const r = selectChanges(initialState(T0), many, { now: T0, maxEntries: 20 });
		expect(r.events).toHaveLength(100);
		expect(Object.keys(r.next.seen)).toHaveLength(20);
		expect(r.next.floor).toBe(T0 + 80 * 3_600_000);
		expect(selectChanges(r.next, many, { now: T0, maxEntries: 20 }).events).toEqual([]);
		expect(JSON.stringify(r.next).length).toBeLessThan(1600);
	});

	it('reads static data defensively and computes per-stream since with overlap', () => {
		expect(readState(undefined, T0, 2).firstRun).toBe(true);
		expect(readState({ v: 9 }, T0).state.floor).toBe(T0);
		const s = { ...initialState(T0 - 10 * 86_400_000), streams: { 'google:1': T0 } };
		expect(sinceFor(s, 'google:1', 3_600_000)).toBe(T0 - 3_600_000);
		expect(sinceFor(s, 'google:2', 3_600_000)).toBe(s.floor);
	});
});
