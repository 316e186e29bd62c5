import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { forEachItem } from '../../../shared/execute';
import { build } from './common';

const properties: INodeProperties[] = [
	{
		displayName:
			'Builds a self-contained HTML report (charts inline, no external files) as a binary file: attach it to an e-mail or send it to chat. "summary" and "facts" in the output are the written summary and the numbers behind it.',
		name: 'reportNotice',
		type: 'notice',
		default: '',
	},
];

export const description = updateDisplayOptions({ show: { operation: ['report'] } }, properties);

export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await forEachItem(this, async (item, i) => {
		const { json, binary } = await build(this, item, i, 'report');
		return { json, binary };
	});
}
