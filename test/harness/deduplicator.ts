/**
 * n8n's deduplication store, in memory, for the in-process harness. The real n8n keeps it in its
 * database (ProcessedData table); the semantics here follow n8n-core's contract for the two modes
 * our nodes use: `entries` (a set of seen values) and `latestIncrementalKey` / `latestDate` (a
 * high-water mark).
 */
import type {
	DeduplicationItemTypes,
	DeduplicationScope,
	ICheckProcessedContextData,
	ICheckProcessedOptions,
	IDataDeduplicator,
	IDeduplicationOutput,
} from 'n8n-workflow';

export class MemoryDeduplicator implements IDataDeduplicator {
	private readonly entries = new Map<string, string[]>();
	private readonly marks = new Map<string, DeduplicationItemTypes>();

	private key(scope: DeduplicationScope, ctx: ICheckProcessedContextData): string {
		return scope === 'node' ? `${ctx.workflow.id}:${ctx.node?.id ?? ctx.node?.name}` : ctx.workflow.id;
	}

	async checkProcessedAndRecord(
		items: DeduplicationItemTypes[],
		scope: DeduplicationScope,
		ctx: ICheckProcessedContextData,
		options: ICheckProcessedOptions,
	): Promise<IDeduplicationOutput> {
		const key = this.key(scope, ctx);
		const result: IDeduplicationOutput = { new: [], processed: [] };
		if (options.mode === 'entries') {
			const seen = this.entries.get(key) ?? [];
			const set = new Set(seen);
			for (const item of items) {
				const v = String(item);
				if (set.has(v)) result.processed.push(item);
				else {
					result.new.push(item);
					set.add(v);
					seen.push(v);
				}
			}
			const max = options.maxEntries ?? 10000;
			this.entries.set(key, seen.length > max ? seen.slice(seen.length - max) : seen);
			return result;
		}
		const asNumber = (v: DeduplicationItemTypes) =>
			options.mode === 'latestDate' ? new Date(v as string).getTime() : Number(v);
		let mark = this.marks.get(key);
		for (const item of items) {
			if (mark !== undefined && asNumber(item) <= asNumber(mark)) result.processed.push(item);
			else result.new.push(item);
		}
		for (const item of result.new) if (mark === undefined || asNumber(item) > asNumber(mark)) mark = item;
		if (mark !== undefined) this.marks.set(key, mark);
		return result;
	}

	async removeProcessed(
		items: DeduplicationItemTypes[],
		scope: DeduplicationScope,
		ctx: ICheckProcessedContextData,
	): Promise<void> {
		const key = this.key(scope, ctx);
		const drop = new Set(items.map(String));
		this.entries.set(
			key,
			(this.entries.get(key) ?? []).filter((v) => !drop.has(v)),
		);
	}

	async clearAllProcessedItems(scope: DeduplicationScope, ctx: ICheckProcessedContextData): Promise<void> {
		const key = this.key(scope, ctx);
		this.entries.delete(key);
		this.marks.delete(key);
	}

	async getProcessedDataCount(scope: DeduplicationScope, ctx: ICheckProcessedContextData): Promise<number> {
		return this.entries.get(this.key(scope, ctx))?.length ?? 0;
	}

	reset(): void {
		this.entries.clear();
		this.marks.clear();
	}
}
