/**
 * Per-robot rate limit over a shared "seen keys" store — in n8n, the deduplication store
 * (`checkProcessedAndRecord` in mode `entries`), which lives in n8n's database and is shared by
 * every execution and every queue-mode worker.
 *
 * Scheme (sliding window, token slots):
 * - Time is cut into buckets of `bucketMs` (10 s). A send claims a slot key
 *   `<robot>:s:<bucket>:<n>`, n = 1…limit.
 * - To decide, one call records the probe keys of the last ⌈window/bucket⌉+1 buckets (7 × 18 keys)
 *   plus the robot's block marker for this minute. Keys that were already there are the slots used
 *   in the window; a second call removes every probe key that was not claimed (and the slot keys of
 *   buckets that have left the window, so the row stays small). Every message claimed in the last
 *   60–70 s is counted, so no 60-second window sees more than `limit − safetyMargin` claims.
 * - When a robot answers "too fast" (DingTalk 130101 / 90030, WeCom 45009, HTTP 429) the node
 *   records block markers for the platform's block time (DingTalk 10 min) and queues instead.
 *
 * Concurrency: n8n's store updates a row by an unlocked read-modify-write, so every function here
 * that writes (`acquire`, `release`, `block`) must run while the caller holds the lock of
 * `lock.ts` (CX Notify does), which serialises all writes to the slot row. `beforeWrite` lets the
 * caller abort (throw) when it is past its lock deadline, before each write.
 */

export interface SlotStore {
	/** Records the keys; returns which were new and which were already recorded. */
	checkAndRecord(keys: string[]): Promise<{ new: string[]; processed: string[] }>;
	remove(keys: string[]): Promise<void>;
}

export interface LimitOptions {
	limit?: number;
	windowMs?: number;
	bucketMs?: number;
	/** Slots kept free for races with concurrent executions. */
	safetyMargin?: number;
}

export interface Grant {
	granted: number;
	/** Messages counted in the current window before this grant. */
	used: number;
	limit: number;
	blocked: boolean;
	/** When at least one slot frees up (ISO) if fewer were granted than wanted. */
	retryAt?: string;
	/** Claimed slot keys (release them with `release` if a send fails before reaching the robot). */
	keys: string[];
}

const MINUTE = 60_000;

export function robotKey(platform: string, id: string): string {
	// The id is a hash of the webhook, never the token itself.
	return `${platform}:${id}`;
}

/** Buckets behind the window whose slot keys each `acquire` also removes (5 minutes of them). */
const PRUNE_BUCKETS = 30;

export async function acquire(store: SlotStore, robot: string, want: number, now: number, o: LimitOptions = {}, beforeWrite: () => void = () => {}): Promise<Grant> {
	const limit = Math.max(1, (o.limit ?? 20) - (o.safetyMargin ?? 0));
	const windowMs = o.windowMs ?? MINUTE;
	const bucketMs = o.bucketMs ?? 10_000;
	const b = Math.floor(now / bucketMs);
	const span = Math.ceil(windowMs / bucketMs);
	const blockKey = `${robot}:blk:${Math.floor(now / MINUTE)}`;
	const probe: string[] = [blockKey];
	for (let k = b - span; k <= b; k++) for (let n = 1; n <= limit; n++) probe.push(`${robot}:s:${k}:${n}`);
	beforeWrite();
	const res = await store.checkAndRecord(probe);
	const seen = new Set(res.processed.map(String));
	const blocked = seen.has(blockKey);
	let used = 0;
	const usedPerBucket = new Map<number, number>();
	for (let k = b - span; k <= b; k++) {
		let c = 0;
		for (let n = 1; n <= limit; n++) if (seen.has(`${robot}:s:${k}:${n}`)) c++;
		usedPerBucket.set(k, c);
		used += c;
	}
	const granted = blocked ? 0 : Math.max(0, Math.min(want, limit - used));
	const keep: string[] = [];
	if (granted > 0) {
		for (let n = 1; n <= limit && keep.length < granted; n++) {
			const key = `${robot}:s:${b}:${n}`;
			if (!seen.has(key)) keep.push(key);
		}
	}
	const keepSet = new Set(keep);
	const release = res.new.map(String).filter((k) => !keepSet.has(k));
	for (let k = b - span - PRUNE_BUCKETS; k < b - span; k++) for (let n = 1; n <= limit; n++) release.push(`${robot}:s:${k}:${n}`);
	beforeWrite();
	await store.remove(release);
	let retryAt: string | undefined;
	if (granted < want) {
		if (blocked) retryAt = new Date((Math.floor(now / MINUTE) + 1) * MINUTE).toISOString();
		else {
			// The oldest bucket with a used slot leaves the window first.
			let free = now + bucketMs;
			for (let k = b - span; k <= b; k++) {
				if ((usedPerBucket.get(k) ?? 0) > 0) {
					free = (k + span + 1) * bucketMs;
					break;
				}
			}
			retryAt = new Date(free).toISOString();
		}
	}
	return { granted: keep.length, used, limit, blocked, retryAt, keys: keep };
}

/** Gives back slots claimed for sends that never reached the robot. Under the lock. */
export async function release(store: SlotStore, keys: string[], beforeWrite: () => void = () => {}): Promise<void> {
	if (!keys.length) return;
	beforeWrite();
	await store.remove(keys);
}

/** The block-marker keys for `minutes` from now (after a "too fast" answer). */
export function blockKeys(robot: string, now: number, minutes: number): string[] {
	const m = Math.floor(now / MINUTE);
	const keys: string[] = [];
	for (let i = 0; i <= Math.max(1, Math.ceil(minutes)); i++) keys.push(`${robot}:blk:${m + i}`);
	return keys;
}

/** Marks the robot as blocked for `minutes` from now. Under the lock. */
export async function block(store: SlotStore, robot: string, now: number, minutes: number, beforeWrite: () => void = () => {}): Promise<void> {
	beforeWrite();
	await store.checkAndRecord(blockKeys(robot, now, minutes));
}

/** An in-memory store with the same semantics (tests, benchmarks). */
export class MemorySlotStore implements SlotStore {
	readonly keys = new Set<string>();
	async checkAndRecord(keys: string[]) {
		const out = { new: [] as string[], processed: [] as string[] };
		for (const k of keys) {
			if (this.keys.has(k)) out.processed.push(k);
			else {
				this.keys.add(k);
				out.new.push(k);
			}
		}
		return out;
	}
	async remove(keys: string[]) {
		for (const k of keys) this.keys.delete(k);
	}
}

export interface DeliveryPlan {
	/** Indexes sent one message each. */
	individual: number[];
	/** Groups of indexes, one digest message each. */
	digests: number[][];
	/** Indexes neither sent nor digested now. */
	queued: number[];
	messages: number;
}

export interface PlanOptions {
	/** Above this many alerts in one run, send a digest instead (default 5). */
	digestThreshold?: number;
	/** Alerts per digest message (default 20). */
	digestSize?: number;
	/** In digest mode, this many most-urgent alerts still go out one by one (default 1). */
	urgentIndividually?: number;
}

/** How many messages a batch needs without limits. */
export function messagesWanted(priorities: string[], o: PlanOptions = {}): number {
	return plan(priorities, Number.MAX_SAFE_INTEGER, o).messages;
}

const RANK: Record<string, number> = { urgent: 0, high: 1, normal: 2, low: 3 };

/**
 * Splits a batch of alerts into individual messages, digests and a queue, given how many messages
 * may go out now. Most urgent first; order within a priority is kept.
 */
export function plan(priorities: string[], budget: number, o: PlanOptions = {}): DeliveryPlan {
	const n = priorities.length;
	const threshold = o.digestThreshold ?? 5;
	const size = Math.max(1, o.digestSize ?? 20);
	const order = priorities.map((p, i) => ({ i, r: RANK[p] ?? 2 })).sort((a, b) => a.r - b.r || a.i - b.i).map((x) => x.i);
	if (n === 0) return { individual: [], digests: [], queued: [], messages: 0 };
	if (n <= threshold && n <= budget) return { individual: order, digests: [], queued: [], messages: n };
	if (budget <= 0) return { individual: [], digests: [], queued: order, messages: 0 };
	if (n <= threshold) {
		// Few alerts but not enough budget: the first budget-1 one by one, the rest in one digest.
		if (budget === 1) return { individual: [], digests: [order], queued: [], messages: 1 };
		return { individual: order.slice(0, budget - 1), digests: [order.slice(budget - 1)], queued: [], messages: budget };
	}
	const urgentCount = order.filter((i) => RANK[priorities[i]] === 0).length;
	const indiv = Math.min(o.urgentIndividually ?? 1, urgentCount, budget - 1);
	const individual = order.slice(0, Math.max(0, indiv));
	const rest = order.slice(individual.length);
	const digests: number[][] = [];
	let k = 0;
	while (k < rest.length && individual.length + digests.length < budget) {
		digests.push(rest.slice(k, k + size));
		k += size;
	}
	const queued = rest.slice(k);
	return { individual, digests, queued, messages: individual.length + digests.length };
}
