import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { caseFromRow, isOpenStatus } from '../../../engine/cases/model';
import { parseTimestamp } from '../../../engine/time';
import { caseOutput, provider, ticketApi, ticketOutput, wrapProviderError } from './common';
import { returnAllAndLimit } from '../../../shared/descriptions';

const properties: INodeProperties[] = [
	{
		displayName: 'Filter',
		name: 'filter',
		type: 'options',
		options: [
			{ name: 'Open Cases', value: 'open' },
			{ name: 'Overdue Cases', value: 'overdue', description: 'Open and past the resolution (or missed response) due time' },
			{ name: 'All Cases', value: 'all' },
		],
		default: 'open',
	},
	...returnAllAndLimit,
	{
		displayName: 'Reference Time',
		name: 'now',
		type: 'string',
		default: '',
		description: 'Clock for "Overdue" (ISO); empty = now',
		displayOptions: { show: { filter: ['overdue'] } },
	},
];

export const description = updateDisplayOptions({ show: { operation: ['search'] } }, properties);

/**
 * Built-in case table: filters the case rows given as input (read them with the Data Table node).
 * External providers: lists tickets filed by this package, once, whatever the number of input items.
 */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	const p = provider(this);
	const filter = this.getNodeParameter('filter', 0) as string;
	const limit = (this.getNodeParameter('returnAll', 0, false) as boolean) ? Number.MAX_SAFE_INTEGER : (this.getNodeParameter('limit', 0, 50) as number);
	const nowRaw = this.getNodeParameter('now', 0, '') as string;
	const now = nowRaw ? parseTimestamp(nowRaw) : Date.now();
	if (now === undefined) throw new NodeOperationError(this.getNode(), `"Reference Time" ${nowRaw} is not a date`);
	const overdue = (dueAt?: string, responseDueAt?: string, responded?: boolean) => {
		const d = dueAt ? Date.parse(dueAt) : NaN;
		const r = responseDueAt && !responded ? Date.parse(responseDueAt) : NaN;
		return (!Number.isNaN(d) && d < now) || (!Number.isNaN(r) && r < now);
	};
	const out: INodeExecutionData[] = [];
	if (p === 'dataTable') {
		const items = this.getInputData();
		for (let i = 0; i < items.length && out.length < limit; i++) {
			let c;
			try {
				c = caseFromRow(items[i].json);
			} catch (e) {
				if (this.continueOnFail()) {
					out.push({ json: { error: (e as Error).message }, pairedItem: { item: i } });
					continue;
				}
				throw new NodeOperationError(this.getNode(), `Item ${i}: ${(e as Error).message}`, { itemIndex: i });
			}
			if (!c) continue;
			if (filter !== 'all' && !isOpenStatus(c.status)) continue;
			if (filter === 'overdue' && !overdue(c.dueAt, c.responseDueAt, !!c.firstResponseAt)) continue;
			out.push({ json: caseOutput('found', c), pairedItem: { item: i } });
		}
		return out;
	}
	try {
		const api = await ticketApi(this, p, 0);
		const list = await api.search({ open: filter !== 'all', limit });
		for (const t of list) {
			// Providers do not all expose due times; "overdue" on external tickets uses what they return.
			if (filter === 'overdue' && !overdue(t.dueAt)) continue;
			out.push({ json: ticketOutput('found', t), pairedItem: { item: 0 } });
		}
		return out;
	} catch (e) {
		throw wrapProviderError(this, e, 0);
	}
}
