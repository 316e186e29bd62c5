/**
 * The review trigger's memory: which reviews (and which version of each) have been emitted.
 *
 * State lives in the node's workflow static data, so it must stay small and JSON-serialisable:
 *   - `seen`: review key → [updatedMs, rating, textHash, replyHash], at most `maxEntries` of them
 *     (default 2000, about 50 bytes each);
 *   - `floor`: reviews last updated at or before this instant and not in `seen` count as emitted.
 *     It starts at "now − backfill days" on the first run and only moves forward when old entries
 *     are evicted (it becomes the newest evicted update time), so memory stays bounded without
 *     ever re-emitting an unchanged review. An evicted review that is later edited has a newer
 *     update time than the floor and is emitted again, as an edit, which is right.
 *   - `streams`: per stream (platform + location) the start time of the last successful fetch, so
 *     the next poll asks only for reviews updated since then (minus an overlap).
 *
 * `selectChanges` is pure: it returns the events and the next state and changes nothing in place.
 * The trigger writes the next state into static data only in production polls; n8n (2.41+) commits
 * static data only after a successful poll, so a failed or repeated poll window re-reads the same
 * reviews against the same state and emits each version exactly once.
 */
import { fnv1a, type Review } from './types';
import { parseTimestamp } from '../time';

export type ReviewEventType = 'new' | 'edited';
export type ReviewChange = 'text' | 'rating' | 'reply' | 'other';
/** What the user wants emitted: new reviews, edits of text or rating, reply added / changed / removed. */
export type EmitOn = 'new' | 'edited' | 'reply';

export interface CursorState {
	v: 1;
	floor: number;
	seen: Record<string, [number, number, string, string]>;
	streams: Record<string, number>;
}

export interface ReviewEvent {
	review: Review;
	event: ReviewEventType;
	/** Empty for new reviews. */
	changes: ReviewChange[];
	key: string;
}

export interface SelectOptions {
	now: number;
	emitOn?: EmitOn[];
	/** Upper bound of remembered review versions. Default 2000. */
	maxEntries?: number;
	/** Zone for naive source timestamps. Default UTC. */
	timeZone?: string;
}

/** About 50 bytes of static data each: 2000 ≈ 100 KB. */
export const DEFAULT_MAX_ENTRIES = 2000;

export function initialState(now: number, backfillDays = 0): CursorState {
	const days = Number.isFinite(backfillDays) && backfillDays > 0 ? backfillDays : 0;
	return { v: 1, floor: now - days * 86_400_000, seen: {}, streams: {} };
}

/** Reads static data written by any earlier version; anything unreadable starts afresh. */
export function readState(raw: unknown, now: number, backfillDays = 0): { state: CursorState; firstRun: boolean } {
	const r = raw as Partial<CursorState> | undefined;
	if (!r || r.v !== 1 || typeof r.floor !== 'number' || typeof r.seen !== 'object' || r.seen === null) {
		return { state: initialState(now, backfillDays), firstRun: true };
	}
	return { state: { v: 1, floor: r.floor, seen: { ...r.seen }, streams: { ...(r.streams ?? {}) } }, firstRun: false };
}

export function reviewKey(r: Review): string {
	return `${r.platform}:${r.reviewId}`;
}

export function updatedMs(r: Review, timeZone = 'UTC'): number {
	return parseTimestamp(r.updatedAt, timeZone) ?? parseTimestamp(r.createdAt, timeZone) ?? 0;
}

/** The compact version of a review that decides "changed or not". */
export function versionOf(r: Review, timeZone = 'UTC', updated?: number): [number, number, string, string] {
	const rating = r.rating ? Math.round((r.rating.value / r.rating.scale) * 1000) : -1;
	const text = fnv1a(`${r.title ?? ''}\u0000${r.text ?? ''}`);
	const reply = r.reply?.text ? fnv1a(r.reply.text) : '';
	return [updated ?? updatedMs(r, timeZone), rating, text, reply];
}

function diff(prev: [number, number, string, string], next: [number, number, string, string]): ReviewChange[] {
	const out: ReviewChange[] = [];
	if (prev[2] !== next[2]) out.push('text');
	if (prev[1] !== next[1]) out.push('rating');
	if (prev[3] !== next[3]) out.push('reply');
	if (!out.length && prev[0] !== next[0]) out.push('other');
	return out;
}

function wanted(ev: ReviewEvent, emitOn: EmitOn[]): boolean {
	if (ev.event === 'new') return emitOn.includes('new');
	if (ev.changes.some((c) => c === 'text' || c === 'rating' || c === 'other') && emitOn.includes('edited')) return true;
	return ev.changes.includes('reply') && emitOn.includes('reply');
}

export function selectChanges(
	state: CursorState,
	reviews: Review[],
	options: SelectOptions,
): { events: ReviewEvent[]; next: CursorState; ignored: number } {
	const tz = options.timeZone ?? 'UTC';
	const emitOn = options.emitOn ?? ['new', 'edited'];
	const max = Math.max(1, options.maxEntries ?? DEFAULT_MAX_ENTRIES);
	const seen = { ...state.seen };
	let floor = state.floor;

	// Timestamps are parsed once per review (sorting and comparing would parse them again and again).
	const msOf = new Map<Review, number>();
	const ms = (r: Review) => {
		let v = msOf.get(r);
		if (v === undefined) {
			v = updatedMs(r, tz);
			msOf.set(r, v);
		}
		return v;
	};
	// The same review may appear twice in one poll (pages shifting while we read): keep the newest.
	const latest = new Map<string, Review>();
	for (const r of reviews) {
		const k = reviewKey(r);
		const have = latest.get(k);
		if (!have || ms(r) >= ms(have)) latest.set(k, r);
	}

	const events: ReviewEvent[] = [];
	let ignored = 0;
	for (const [key, review] of latest) {
		const version = versionOf(review, tz, ms(review));
		const prev = seen[key];
		if (!prev) {
			if (version[0] <= floor) {
				ignored++;
				continue;
			}
			const created = parseTimestamp(review.createdAt, tz);
			const ev: ReviewEvent =
				created !== undefined && created <= floor
					? { review, event: 'edited', changes: ['other'], key }
					: { review, event: 'new', changes: [], key };
			seen[key] = version;
			if (wanted(ev, emitOn)) events.push(ev);
			else ignored++;
			continue;
		}
		const changes = diff(prev, version);
		if (!changes.length || version[0] < prev[0]) {
			// Unchanged, or an older copy (a cache behind the API): nothing to emit.
			ignored++;
			continue;
		}
		seen[key] = version;
		const ev: ReviewEvent = { review, event: 'edited', changes, key };
		if (wanted(ev, emitOn)) events.push(ev);
		else ignored++;
	}

	// Bound the memory: evict the least recently updated, and raise the floor to cover them.
	const keys = Object.keys(seen);
	if (keys.length > max) {
		keys.sort((a, b) => seen[a][0] - seen[b][0]);
		for (const k of keys.slice(0, keys.length - max)) {
			floor = Math.max(floor, seen[k][0]);
			delete seen[k];
		}
	}

	events.sort((a, b) => ms(a.review) - ms(b.review));
	return { events, next: { v: 1, floor, seen, streams: { ...state.streams } }, ignored };
}

/**
 * The `since` to ask a stream's API for: the last successful fetch of that stream minus an
 * overlap (reviews are indexed late, clocks differ), never before the floor.
 */
export function sinceFor(state: CursorState, stream: string, overlapMs: number): number {
	const last = state.streams[stream];
	return last === undefined ? state.floor : Math.max(state.floor, last - overlapMs);
}
