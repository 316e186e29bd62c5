import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { aggregate, output } from './common';

const properties: INodeProperties[] = [
	{
		displayName:
			'Outputs the review reputation index (recency-weighted, volume-aware; formula in the docs) overall, per review site and per property. Only records with channel "review" and a rating count.',
		name: 'reputationNotice',
		type: 'notice',
		default: '',
	},
];

export const description = updateDisplayOptions({ show: { operation: ['reputation'] } }, properties);

export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	const a = aggregate(this);
	const rep = a.result.reputation;
	if (!rep) return output([{ scope: 'overall', index: null, reviews: 0 }], a);
	const rows: IDataObject[] = [
		{ scope: 'overall', key: 'all', label: 'All sites', reviews: rep.reviews, index: rep.index, prior: rep.prior, halfLifeDays: rep.halfLifeDays, priorWeight: rep.priorWeight, asOf: a.result.asOf, formula: rep.formula },
		...rep.sites.map((s) => ({ scope: 'site', ...s })),
		...rep.locations.map((s) => ({ scope: 'location', ...s })),
	];
	return output(rows, a);
}
