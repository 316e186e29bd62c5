import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { forEachItem } from '../../../shared/execute';
import { listSurveys, type ApiPlatform } from '../helpers/platforms';

const properties: INodeProperties[] = [
	{
		displayName: 'Search',
		name: 'search',
		type: 'string',
		default: '',
		description: 'Only surveys whose name contains this text',
	},
	{
		displayName: 'Limit',
		name: 'limit',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 50,
		description: 'Max number of results to return',
	},
];

export const description = updateDisplayOptions({ show: { operation: ['listSurveys'] } }, properties);

export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await forEachItem(this, async (_item, i) => {
		const platform = this.getNodeParameter('platform', i) as ApiPlatform;
		const search = (this.getNodeParameter('search', i, '') as string).trim();
		const limit = this.getNodeParameter('limit', i, 50) as number;
		const surveys = await listSurveys(this, platform, search || undefined, limit);
		return surveys.map((s) => ({ platform, ...s }));
	});
}
