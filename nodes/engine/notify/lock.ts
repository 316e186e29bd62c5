/* eslint-disable @n8n/community-nodes/require-node-api-error -- engine code has no n8n imports by design; errors of `fn` are the node's own and pass through unchanged */
/**
 * A mutual-exclusion lock over one row of a "seen keys" store — in n8n, one row of the
 * deduplication store (table `processed_data`, primary key (workflowId, context)), which n8n lets a
 * community node create, read and delete, but only update by an unlocked read-modify-write.
 *
 * What the store guarantees, and what the lock builds on:
 * - `tryCreate`: n8n's `checkProcessedAndRecord` on a missing row is a plain INSERT. Of any number
 *   of concurrent INSERTs of one primary key exactly one commits; the others fail (SQLite: one
 *   writer + the key; PostgreSQL: the unique index). "My INSERT committed" = "I hold the lock".
 *   Every holder's content starts with the key `lock`, so a call that finds the row already there
 *   sees `lock` as processed and knows it did not create it.
 * - `count`: `getProcessedDataCount` is a pure read (a SELECT, no write), so waiting never touches
 *   the lock row.
 * - `remove`: `clearAllProcessedItems` is a DELETE of the row.
 *
 * Crash recovery: a holder that dies (process killed, worker lost) leaves its row behind. Each
 * holder writes `1 + (its creation second mod 60)` entries, so the row's entry count identifies the
 * instance to within its creation second. A waiter breaks the lock only after it has seen the row,
 * with the same count, at every poll for a whole lease (30 s): two different holders with the same
 * count would have to be created in the same wall-clock second, so this is one instance that is at
 * least a lease old. A live holder never gets there: it checks its own deadline (a third of the
 * lease) before every write it makes under the lock and gives up instead of writing late, and it
 * deletes the row only if less than the lease minus a margin has passed since it tried to create it
 * (after that the row may already belong to someone else). Stated assumption: no process stalls for
 * more than 20 s between checking its deadline and the database executing the write.
 *
 * Waiting is bounded (`maxWaitMs`, more than a lease so a stale lock is always broken within one
 * wait); a waiter that gives up reports "busy" and the caller does not send (it queues instead).
 */

export interface LockStore {
	/** Entries in the lock row; 0 when there is no row. Must not write. */
	count(): Promise<number>;
	/** Creates the row with these keys; true only if this call created it (false if it existed or the create failed). */
	tryCreate(keys: string[]): Promise<boolean>;
	/** Deletes the row. */
	remove(): Promise<void>;
}

export interface LockClock {
	now(): number;
	sleep(ms: number): Promise<void>;
	random(): number;
}

export interface LockOptions {
	/** How long an unchanged lock row must be seen before it counts as left by a crashed holder. */
	leaseMs?: number;
	/** How long to wait for the lock before giving up. */
	maxWaitMs?: number;
	/** Poll interval range while the lock is held by someone else. */
	pollMinMs?: number;
	pollMaxMs?: number;
}

export interface LockHandle {
	/** Throws LockExpiredError when the holder is past its deadline; call before every write under the lock. */
	check(): void;
	readonly acquiredAt: number;
	readonly deadline: number;
}

export class LockExpiredError extends Error {
	constructor() {
		super('held the rate-limit lock too long (the machine is overloaded); nothing was written');
		this.name = 'LockExpiredError';
	}
}

export type LockResult<T> = { ok: true; value: T; waitedMs: number; brokeStale: number } | { ok: false; reason: 'busy' | 'expired'; waitedMs: number; brokeStale: number };

export const LOCK_DEFAULTS = { leaseMs: 30_000, maxWaitMs: 45_000, pollMinMs: 20, pollMaxMs: 60 };

/** The keys a holder creates its row with: `lock`, then one per second of the minute (count = 1 + second + 1). */
export function lockKeys(nowMs: number): string[] {
	const stamp = 1 + (Math.floor(nowMs / 1000) % 60);
	const keys = ['lock'];
	for (let i = 1; i <= stamp; i++) keys.push(`t${i}`);
	return keys;
}

export async function withLock<T>(store: LockStore, fn: (h: LockHandle) => Promise<T>, o: LockOptions, clock: LockClock): Promise<LockResult<T>> {
	const leaseMs = o.leaseMs ?? LOCK_DEFAULTS.leaseMs;
	const maxWaitMs = o.maxWaitMs ?? LOCK_DEFAULTS.maxWaitMs;
	const pollMin = o.pollMinMs ?? LOCK_DEFAULTS.pollMinMs;
	const pollMax = Math.max(pollMin, o.pollMaxMs ?? LOCK_DEFAULTS.pollMaxMs);
	const holdMs = Math.floor(leaseMs / 3);
	const releaseBeforeMs = leaseMs - Math.min(5_000, Math.floor(leaseMs / 6));
	const start = clock.now();
	const pause = async () => await clock.sleep(pollMin + Math.floor(clock.random() * (pollMax - pollMin + 1)));
	let seen: { count: number; since: number } | undefined;
	let brokeStale = 0;
	while (clock.now() - start < maxWaitMs) {
		const c = await store.count();
		if (c === 0) {
			seen = undefined;
			const tried = clock.now();
			if (await store.tryCreate(lockKeys(tried))) {
				const handle: LockHandle = {
					acquiredAt: tried,
					deadline: tried + holdMs,
					check() {
						if (clock.now() > tried + holdMs) throw new LockExpiredError();
					},
				};
				try {
					const value = await fn(handle);
					return { ok: true, value, waitedMs: tried - start, brokeStale };
				} catch (e) {
					if (e instanceof LockExpiredError) return { ok: false, reason: 'expired', waitedMs: tried - start, brokeStale };
					throw e;
				} finally {
					// Past the lease the row may have been broken and re-created by another execution: leave it.
					if (clock.now() - tried < releaseBeforeMs) await store.remove();
				}
			}
			await pause();
			continue;
		}
		const now = clock.now();
		if (!seen || seen.count !== c) seen = { count: c, since: now };
		else if (now - seen.since >= leaseMs) {
			// The same holder for a whole lease: it crashed. Look once more after a short random pause
			// (a second waiter that came to the same conclusion may have broken it already).
			await clock.sleep(200 + Math.floor(clock.random() * 2800));
			if ((await store.count()) === c) {
				await store.remove();
				brokeStale++;
			}
			seen = undefined;
			continue;
		}
		await pause();
	}
	return { ok: false, reason: 'busy', waitedMs: clock.now() - start, brokeStale };
}

/** An in-memory lock row with the store's semantics (tests). */
export class MemoryLockStore implements LockStore {
	row: string[] | undefined;
	async count() {
		return this.row?.length ?? 0;
	}
	async tryCreate(keys: string[]) {
		if (this.row) return false;
		this.row = [...keys];
		return true;
	}
	async remove() {
		this.row = undefined;
	}
}
