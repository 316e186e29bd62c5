import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, sleep, updateDisplayOptions } from 'n8n-workflow';

import { applyAction, isOpenStatus, newCase, type Case } from '../../../engine/cases/model';
import { caseIdFromKey } from '../../../engine/cases/ids';
import type { RoutingResult } from '../../../engine/routing/rules';
import { forEachItem } from '../../../shared/execute';
import { caseOutput, nowIso, provider, readCaseParam, readFeedbackParam, ticketApi, ticketOutput, wrapProviderError } from './common';

const properties: INodeProperties[] = [
	{
		displayName: 'Feedback',
		name: 'feedback',
		type: 'json',
		default: '={{ $json }}',
		description: 'The routed Feedback record (output of CX Route)',
		hint: 'After a Data Table lookup, point this at the CX Route output: {{ $(\'CX Route\').item.json }}',
	},
	{
		displayName: 'Existing Case Row',
		name: 'existingCase',
		type: 'json',
		default: '',
		displayOptions: { show: { provider: ['dataTable'] } },
		description: 'The case-table row for routing.caseId if there is one (Data Table › Get Row(s) with "Always Output Data"). Empty = look-up found nothing.',
	},
	{
		displayName: 'Options',
		name: 'createOptions',
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		options: [
			{
				displayName: 'Reopen on New Feedback',
				name: 'reopen',
				type: 'boolean',
				default: true,
				description: 'Whether new feedback on a resolved or closed case reopens it',
			},
			{ displayName: 'Requester Email', name: 'requesterEmail', type: 'string', placeholder: 'name@email.com', default: '', description: 'Overrides the customer e-mail as the ticket requester' },
		],
	},
];

export const description = updateDisplayOptions({ show: { operation: ['create'] } }, properties);

/** "Seen this delivery before" across executions and workers: n8n's deduplication store (database). */
async function firstDelivery(ctx: IExecuteFunctions, key: string): Promise<boolean> {
	// n8n inserts the store's row on first use without a lock: two executions starting together both
	// try the INSERT and one fails on the unique key. The row exists then, so a retry succeeds.
	for (let attempt = 0; ; attempt++) {
		try {
			const res = await ctx.helpers.checkProcessedAndRecord([key], 'node', { mode: 'entries', maxEntries: 10000 });
			return res.new.length > 0;
		} catch (e) {
			if (attempt >= 3) throw new NodeOperationError(ctx.getNode(), `n8n's deduplication store failed: ${(e as Error).message}`);
			await sleep(50 + Math.floor(Math.random() * 100));
		}
	}
}

export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	const p = provider(this);
	const apiCache: { api?: Awaited<ReturnType<typeof ticketApi>> } = {};
	return await forEachItem(this, async (_item, i) => {
		const f = readFeedbackParam(this, i);
		const routing = f.routing as unknown as RoutingResult | undefined;
		const opts = this.getNodeParameter('createOptions', i, {}) as IDataObject;
		const now = nowIso(this, routing?.sla?.timeZone);
		const fresh = newCase(f, routing, { now });
		const caseId = routing?.caseId ?? caseIdFromKey(fresh.dedupeKey);
		const deliveryKey = `${caseId}|${f.id}`;
		const first = await firstDelivery(this, deliveryKey);
		const alert = !!(routing as { alert?: boolean } | undefined)?.alert;

		if (p === 'dataTable') {
			const existing = readCaseParam(this, 'existingCase', i, false);
			if (existing && existing.id !== caseId) {
				// The look-up returned some other row: treat as not found rather than merge into the wrong case.
				return caseOutput('created', fresh, { isNew: true, alert, note: `Existing row ${existing.id} ignored: it is not ${caseId}` });
			}
			if (!existing) {
				return caseOutput(first ? 'created' : 'unchanged', fresh, {
					isNew: first,
					alert: first && alert,
					...(first ? {} : { note: 'Same feedback delivered again before its case row was saved' }),
				});
			}
			if (existing.feedbackIds.includes(f.id)) return caseOutput('unchanged', existing, { isNew: false, alert: false, note: 'Feedback already linked to this case' });
			let merged: Case = applyAction(existing, 'merge', { now, feedbackId: f.id });
			let action = 'merged';
			if (!isOpenStatus(merged.status) && opts.reopen !== false) {
				merged = applyAction(merged, 'reopen', { now, text: `Reopened: new feedback ${f.id}`, internal: true });
				action = 'reopened';
			}
			return caseOutput(action, merged, { isNew: false, alert: action === 'reopened' && alert });
		}

		try {
			apiCache.api ??= await ticketApi(this, p, i);
			const api = apiCache.api;
			const found = await api.findByCaseId(caseId);
			if (found) {
				if (!first) return ticketOutput('unchanged', found, { caseId, isNew: false, alert: false });
				const quote = ((f.analysis?.redactedText as string | undefined) ?? f.text ?? '').slice(0, 1000);
				await api.comment(found.id, `Further feedback ${f.id} (${f.occurredAt}):\n${quote}`, true);
				let t = found;
				let action = 'merged';
				if ((found.status === 'resolved' || found.status === 'closed') && opts.reopen !== false) {
					t = await api.setStatus(found.id, 'open', `Reopened: new feedback ${f.id}`);
					action = 'reopened';
				}
				return ticketOutput(action, t, { caseId, isNew: false, alert: action === 'reopened' && alert });
			}
			if (!first) {
				// Seen before but not yet visible in the provider's search (eventually consistent search
				// indexes): do not risk a second ticket.
				return { action: 'unchanged', provider: p, caseId, isNew: false, alert: false, note: 'Same feedback delivered again; its ticket is not searchable yet' };
			}
			const created = await api.create({ case: fresh, requesterEmail: (opts.requesterEmail as string) || undefined });
			return ticketOutput('created', created, { caseId, isNew: true, alert, dueAt: fresh.dueAt ?? null, owner: fresh.owner as IDataObject });
		} catch (e) {
			// Forget this delivery so a retry is not mistaken for a duplicate.
			if (first) await this.helpers.removeProcessed([deliveryKey], 'node', { mode: 'entries' });
			throw wrapProviderError(this, e, i);
		}
	});
}
