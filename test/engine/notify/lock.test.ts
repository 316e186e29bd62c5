/**
 * The robot limiter's lock against a simulation of n8n's deduplication store under load (virtual
 * time, every SQL statement taking 5–250 ms, executions interleaving at every statement): mutual
 * exclusion, no live lock ever broken, the budget exact, a crashed holder recovered after the lease.
 * A reconstruction of the first protocol (break after 5 s of one's own waiting) runs through the same
 * simulation to show that it catches the bug CI saw.
 */
import { acquire, type SlotStore } from '../../../nodes/engine/notify/rateLimit';
import { lockKeys, withLock, type LockStore } from '../../../nodes/engine/notify/lock';
import { prng, SimProcessedData, VirtualTime } from '../../harness/simStore';

const LOCK = 'wf:n:notify';
const SLOTS = 'wf:';

function world(seed: number, latency: [number, number] = [5, 250]) {
	const rnd = prng(seed);
	const time = new VirtualTime(rnd);
	const db = new SimProcessedData(time, () => latency[0] + Math.floor(rnd() * (latency[1] - latency[0])));
	const slots: SlotStore = {
		checkAndRecord: (keys) => db.checkProcessedAndRecord(keys, SLOTS, 5000),
		remove: (keys) => db.removeProcessed(keys, SLOTS),
	};
	const lock: LockStore = {
		count: () => db.getProcessedDataCount(LOCK),
		tryCreate: async (keys) => {
			try {
				const r = await db.checkProcessedAndRecord(keys, LOCK, 100);
				return r.processed.length === 0 && r.new.length === keys.length;
			} catch {
				return false;
			}
		},
		remove: () => db.clearAllProcessedItems(LOCK),
	};
	return { rnd, time, db, slots, lock };
}

/** Largest number of events within any `windowMs`. */
function maxInWindow(times: number[], windowMs = 60_000): number {
	return Math.max(0, ...times.map((t) => times.filter((x) => x >= t && x < t + windowMs).length));
}

type W = ReturnType<typeof world>;

/** `n` executions, arriving over `spreadMs`, each claiming one slot of robot r (20/min − 2) under the lock. */
function executions(w: W, n: number, spreadMs: number, critical: (w: W, fn: () => Promise<number>) => Promise<{ granted: number; broke: number; status: string }>) {
	const stats = { holders: 0, maxHolders: 0, claims: [] as number[], broke: 0, statuses: [] as string[] };
	const tasks = Array.from({ length: n }, async () => {
		await w.time.sleep(Math.floor(w.rnd() * spreadMs));
		const r = await critical(w, async () => {
			stats.holders++;
			stats.maxHolders = Math.max(stats.maxHolders, stats.holders);
			try {
				const g = await acquire(w.slots, 'dingtalk:r', 1, w.time.now(), { limit: 20, safetyMargin: 2 });
				if (g.granted) stats.claims.push(w.time.now());
				return g.granted;
			} finally {
				stats.holders--;
			}
		});
		stats.broke += r.broke;
		stats.statuses.push(r.status);
	});
	return { stats, tasks };
}

const current = async (w: W, fn: () => Promise<number>) => {
	const r = await withLock(w.lock, async () => await fn(), {}, w.time);
	return { granted: r.ok ? r.value : 0, broke: r.brokeStale, status: r.ok ? 'done' : r.reason };
};

/** The first protocol, as committed before this change (send.operation.ts): INSERT-or-fail lock, broken after 5 s of the waiter's own waiting. */
const firstProtocol = async (w: W, fn: () => Promise<number>) => {
	const take = async () => {
		try {
			return (await w.db.checkProcessedAndRecord(['cxnotify-lock'], LOCK, 10)).new.length > 0;
		} catch {
			return false;
		}
	};
	const started = w.time.now();
	let broke = 0;
	while (!(await take())) {
		if (w.time.now() - started > 5000) {
			await w.db.clearAllProcessedItems(LOCK);
			broke++;
			continue;
		}
		await w.time.sleep(20 + Math.floor(w.rnd() * 40));
	}
	try {
		return { granted: await fn(), broke, status: 'done' };
	} finally {
		await w.db.clearAllProcessedItems(LOCK);
	}
};

describe('robot limiter lock over a simulated n8n deduplication store', () => {
	it.each([1, 2, 3])('30 overlapping executions on a slow database (seed %i): one holder at a time, no lock broken, exactly 18 slots in 60 s', async (seed) => {
		const w = world(seed);
		const { stats, tasks } = executions(w, 30, 20_000, current);
		await w.time.run(tasks);
		expect(stats.maxHolders).toBe(1);
		expect(stats.broke).toBe(0);
		expect(stats.statuses.every((s) => s === 'done')).toBe(true);
		expect(stats.claims).toHaveLength(18); // the budget, not less: nothing lost to races either
		expect(maxInWindow(stats.claims)).toBe(18);
		expect(w.db.rows.has(LOCK)).toBe(false);
	});

	it.each([1, 2])('100 executions over a minute (seed %i): one holder at a time, no lock broken, never more than 18 in 60 s; the few that wait too long give up', async (seed) => {
		const w = world(seed);
		const { stats, tasks } = executions(w, 100, 60_000, current);
		await w.time.run(tasks);
		expect(stats.maxHolders).toBe(1);
		expect(stats.broke).toBe(0);
		// Saturated (a holder needs ~1 s of statements here): a few give up after 45 s and queue their alert.
		expect(stats.statuses.filter((s) => s !== 'done' && s !== 'busy')).toEqual([]);
		expect(stats.statuses.filter((s) => s === 'done').length).toBeGreaterThanOrEqual(90);
		expect(maxInWindow(stats.claims)).toBe(18);
	});

	it('the simulation catches the first protocol: under the same load its waiters break live locks and the robot gets 21 in 60 s', async () => {
		const w = world(1);
		const { stats, tasks } = executions(w, 100, 60_000, firstProtocol);
		await w.time.run(tasks);
		expect(stats.broke).toBeGreaterThan(0);
		expect(stats.maxHolders).toBeGreaterThan(1);
		expect(maxInWindow(stats.claims)).toBeGreaterThan(18);
	});

	it('a holder that crashed leaves its row: it is broken once, after the 30 s lease, and the budget still holds', async () => {
		const w = world(7);
		w.db.rows.set(LOCK, lockKeys(0)); // left by an execution killed at t = 0
		const { stats, tasks } = executions(w, 12, 5_000, current);
		const firstClaim = () => Math.min(...stats.claims);
		await w.time.run(tasks);
		expect(stats.broke).toBeGreaterThanOrEqual(1);
		expect(stats.maxHolders).toBe(1);
		expect(stats.statuses.every((s) => s === 'done')).toBe(true);
		expect(firstClaim()).toBeGreaterThanOrEqual(30_000);
		expect(stats.claims).toHaveLength(12);
		expect(w.db.rows.has(LOCK)).toBe(false);
	});

	it('a waiter gives up ("busy") rather than send without the lock', async () => {
		const w = world(3);
		// A lock row that keeps changing (a live, very busy holder): never stale, never free.
		let alive = true;
		const churn = (async () => {
			while (alive) {
				w.db.rows.set(LOCK, lockKeys(w.time.now()));
				await w.time.sleep(1000);
			}
		})();
		const waiter = withLock(w.lock, async () => 'sent', { maxWaitMs: 45_000 }, w.time).then((r) => {
			alive = false;
			return r;
		});
		await w.time.run([waiter, churn]);
		expect(await waiter).toMatchObject({ ok: false, reason: 'busy', brokeStale: 0 });
	});

	it('a holder past its deadline writes nothing and reports "expired"; it still frees the lock', async () => {
		const w = world(4);
		const writes: string[] = [];
		const r = withLock(
			w.lock,
			async (h) => {
				await w.time.sleep(11_000); // stalled for longer than a third of the lease
				h.check();
				writes.push('late');
				return 1;
			},
			{},
			w.time,
		);
		await w.time.run([r]);
		expect(await r).toMatchObject({ ok: false, reason: 'expired' });
		expect(writes).toEqual([]);
		expect(w.db.rows.has(LOCK)).toBe(false);
	});

	it('lock rows carry their creation second: 2 to 61 entries', () => {
		expect(lockKeys(0)).toHaveLength(2);
		expect(lockKeys(59_999)).toHaveLength(61);
		expect(lockKeys(60_000)).toHaveLength(2);
		expect(lockKeys(1_234)[0]).toBe('lock');
	});
});
