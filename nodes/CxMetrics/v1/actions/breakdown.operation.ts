import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { aggregate, flatChange, flatMetrics, output } from './common';

const properties: INodeProperties[] = [
	{
		displayName: 'Include Overall Row',
		name: 'includeOverall',
		type: 'boolean',
		default: true,
		description: 'Whether to start with a row for all records (dimension "all")',
	},
];

export const description = updateDisplayOptions({ show: { operation: ['breakdown'] } }, properties);

/** One flat row per group of each breakdown: ready for a table, a sheet or a Data Table upsert. */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	const a = aggregate(this);
	const r = a.result;
	const range = { from: r.range.from, to: r.range.to, currentPeriod: r.periods.length ? r.periods[r.periods.length - 1].period : null };
	const rows: IDataObject[] = [];
	if (this.getNodeParameter('includeOverall', 0, true)) {
		rows.push({ dimension: 'all', key: 'all', label: 'All', ...range, ...flatMetrics(r.overall), ...flatChange(r.change, r.metrics) });
	}
	for (const [dimension, groups] of Object.entries(r.breakdowns)) {
		for (const g of groups) rows.push({ dimension, key: g.key, label: g.label, ...range, ...flatMetrics(g), ...flatChange(g.change, r.metrics) });
	}
	return output(rows, a);
}
