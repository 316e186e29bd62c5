import type { IExecuteFunctions, INodeExecutionData, INodeProperties, IAllExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { forEachItem } from '../../../shared/execute';
import * as google from '../../../providers/google-business/transport';
import * as trustpilot from '../../../providers/trustpilot/transport';
import { wrapApiError } from './common';

const properties: INodeProperties[] = [
	{
		displayName: 'Review ID',
		name: 'reviewId',
		type: 'string',
		default: '={{ $json.meta?.ids?.resourceName ?? $json.sourceId }}',
		required: true,
		description: 'The review whose reply to delete (Google: accounts/…/locations/…/reviews/…)',
	},
];

export const description = updateDisplayOptions({ show: { operation: ['deleteReply'] } }, properties);

export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await forEachItem(this, async (_item, i) => {
		const platform = this.getNodeParameter('platform', i) as 'google' | 'trustpilot';
		const reviewId = String(this.getNodeParameter('reviewId', i) ?? '').trim();
		if (!reviewId) throw new NodeOperationError(this.getNode(), `Item ${i}: Review ID is empty`, { itemIndex: i });
		const ctx = this as unknown as IAllExecuteFunctions;
		try {
			if (platform === 'google') {
				if (!reviewId.startsWith('accounts/')) {
					throw new NodeOperationError(this.getNode(), `Item ${i}: Google needs the full review name (accounts/…/locations/…/reviews/…)`, { itemIndex: i });
				}
				await google.deleteReply(ctx, reviewId);
			} else {
				await trustpilot.deleteReply(ctx, reviewId);
			}
		} catch (e) {
			throw wrapApiError(this, e, i);
		}
		return { platform, reviewId, reply: { state: 'none' }, deleted: true };
	});
}
