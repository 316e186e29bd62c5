import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { aggregate, output } from './common';

const properties: INodeProperties[] = [
	{
		displayName:
			'Outputs one item with every figure: overall, per period, per breakdown, topic tree with sampled verbatims, key drivers, control chart and reputation. Feed it to CX Report.',
		name: 'summarizeNotice',
		type: 'notice',
		default: '',
	},
];

export const description = updateDisplayOptions({ show: { operation: ['summarize'] } }, properties);

export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	const a = aggregate(this);
	const json = { ...(a.result as unknown as IDataObject), ...(a.errors.length ? { errors: a.errors } : {}) };
	return output([json], a);
}
