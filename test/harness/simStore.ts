/**
 * A discrete-event simulation of n8n 2.40.7's deduplication store under concurrency, for engine
 * tests of the robot limiter's lock: virtual time, and every database statement taking a random
 * time, so executions interleave as they do on a loaded machine. The helpers follow
 * `dist/deduplication/deduplication-helper.js` statement by statement:
 * - checkProcessedAndRecord: SELECT the row; none → INSERT (fails if another INSERT of the key
 *   committed first: the primary key); else UPDATE with the read value plus the new entries
 *   (a read-modify-write without a lock), trimmed to maxEntries;
 * - removeProcessed: SELECT, then UPDATE without the given entries;
 * - clearAllProcessedItems: DELETE; getProcessedDataCount: SELECT.
 */
import type { LockClock } from '../../nodes/engine/notify/lock';
import { mulberry32 } from '../../nodes/engine/metrics/stats';

export class VirtualTime implements LockClock {
	t = 0;
	private seq = 0;
	private queue: Array<{ at: number; seq: number; resolve: () => void }> = [];
	constructor(private readonly rnd: () => number) {}
	now() {
		return this.t;
	}
	random() {
		return this.rnd();
	}
	sleep(ms: number): Promise<void> {
		return new Promise((resolve) => {
			this.queue.push({ at: this.t + Math.max(0, ms), seq: this.seq++, resolve });
		});
	}
	/** Runs until every task has finished (or virtual time passes `limitMs`). */
	async run(tasks: Array<Promise<unknown>>, limitMs = 3_600_000): Promise<void> {
		let done = false;
		const all = Promise.allSettled(tasks).then(() => (done = true));
		for (;;) {
			await new Promise((r) => setImmediate(r));
			if (done) break;
			if (!this.queue.length) throw new Error('simulation stalled: tasks wait on nothing');
			this.queue.sort((a, b) => a.at - b.at || a.seq - b.seq);
			const next = this.queue.shift()!;
			this.t = next.at;
			if (this.t > limitMs) throw new Error('simulation ran past its time limit');
			next.resolve();
		}
		await all;
	}
}

/** Seeded PRNG so a failing schedule can be replayed. */
export const prng = mulberry32;

export class SimProcessedData {
	readonly rows = new Map<string, string[]>();
	statements = 0;
	constructor(
		private readonly time: VirtualTime,
		private readonly latency: () => number,
	) {}
	private async stmt(): Promise<void> {
		this.statements++;
		await this.time.sleep(this.latency());
	}
	private async select(ctx: string): Promise<string[] | undefined> {
		await this.stmt();
		const r = this.rows.get(ctx);
		return r ? [...r] : undefined;
	}
	async checkProcessedAndRecord(items: string[], ctx: string, maxEntries?: number): Promise<{ new: string[]; processed: string[] }> {
		const row = await this.select(ctx);
		if (!row) {
			await this.stmt();
			if (this.rows.has(ctx)) throw new Error('duplicate key value violates unique constraint "PK_processed_data"');
			const data = [...items];
			if (maxEntries) data.splice(0, data.length - maxEntries);
			this.rows.set(ctx, data);
			return { new: [...items], processed: [] };
		}
		const seen = new Set(row);
		const out = { new: [] as string[], processed: [] as string[] };
		for (const k of items) {
			if (seen.has(k)) out.processed.push(k);
			else {
				out.new.push(k);
				row.push(k);
			}
		}
		if (maxEntries) row.splice(0, row.length - maxEntries);
		await this.stmt();
		if (this.rows.has(ctx)) this.rows.set(ctx, row); // UPDATE … WHERE key: no row, no effect
		return out;
	}
	async removeProcessed(items: string[], ctx: string): Promise<void> {
		const row = await this.select(ctx);
		if (!row) return;
		for (const k of items) {
			const i = row.indexOf(k);
			if (i !== -1) row.splice(i, 1);
		}
		await this.stmt();
		if (this.rows.has(ctx)) this.rows.set(ctx, row);
	}
	async clearAllProcessedItems(ctx: string): Promise<void> {
		await this.stmt();
		this.rows.delete(ctx);
	}
	async getProcessedDataCount(ctx: string): Promise<number> {
		return (await this.select(ctx))?.length ?? 0;
	}
}
