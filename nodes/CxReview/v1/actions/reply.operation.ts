import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties, IAllExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { forEachItem } from '../../../shared/execute';
import * as google from '../../../providers/google-business/transport';
import * as trustpilot from '../../../providers/trustpilot/transport';
import * as booking from '../../../providers/booking/transport';
import { REPLY_LIMITS } from '../../../engine/reviews/templates';
import { wrapApiError } from './common';

const properties: INodeProperties[] = [
	{
		displayName: 'Review ID',
		name: 'reviewId',
		type: 'string',
		default: '={{ $json.meta?.ids?.resourceName ?? $json.sourceId }}',
		required: true,
		description:
			'The review to answer. After CX Review Trigger or Get Many the default expression picks it from the Feedback record (Google needs the full name accounts/…/locations/…/reviews/…).',
	},
	{
		displayName: 'Property ID',
		name: 'propertyId',
		type: 'string',
		default: '={{ $json.location?.id }}',
		required: true,
		displayOptions: { show: { platform: ['booking'] } },
		description: 'The Booking.com property the review belongs to',
	},
	{
		displayName: 'Reply Text',
		name: 'text',
		type: 'string',
		typeOptions: { rows: 5 },
		default: '={{ $json.draft?.text ?? "" }}',
		required: true,
		description: 'The public reply. After Draft Reply (and an approval) the default expression uses the draft; items that Draft Reply skipped (already replied) are passed over.',
	},
	{
		displayName: 'Author Business User ID',
		name: 'authorBusinessUserId',
		type: 'string',
		default: '',
		displayOptions: { show: { platform: ['trustpilot'] } },
		description: 'Trustpilot business user shown as the author; empty uses the one in the credential',
	},
];

export const description = updateDisplayOptions({ show: { operation: ['reply', 'updateReply'] } }, properties);

export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	const operation = this.getNodeParameter('operation', 0) as string;
	return await forEachItem(this, async (item, i) => {
		const platform = this.getNodeParameter('platform', i) as 'google' | 'trustpilot' | 'booking';
		const reviewId = String(this.getNodeParameter('reviewId', i) ?? '').trim();
		const text = String(this.getNodeParameter('text', i) ?? '').trim();
		const draft = (item.json.draft ?? {}) as IDataObject;
		if (!text && draft.skipped === true) {
			return { platform, reviewId, operation, skipped: true, reason: String(draft.reason ?? 'Draft Reply skipped this review') };
		}
		if (!reviewId) throw new NodeOperationError(this.getNode(), `Item ${i}: Review ID is empty`, { itemIndex: i, description: 'Map the review’s ID (Feedback sourceId or meta.ids.resourceName)' });
		if (!text) throw new NodeOperationError(this.getNode(), `Item ${i}: Reply Text is empty`, { itemIndex: i, description: 'Map the draft (draft.text) or type a reply' });
		const limit = REPLY_LIMITS[platform];
		if (platform === 'google' && text.length > limit) {
			throw new NodeOperationError(this.getNode(), `Item ${i}: the reply has ${text.length} characters; Google accepts at most ${limit}`, { itemIndex: i });
		}
		const ctx = this as unknown as IAllExecuteFunctions;
		const at = new Date().toISOString();
		let response: unknown;
		try {
			if (platform === 'google') {
				if (!reviewId.startsWith('accounts/')) {
					throw new NodeOperationError(this.getNode(), `Item ${i}: Google needs the full review name (accounts/…/locations/…/reviews/…), got "${reviewId}"`, {
						itemIndex: i,
						description: 'Use {{ $json.meta.ids.resourceName }} from the Feedback record',
					});
				}
				response = await google.putReply(ctx, reviewId, text);
			} else if (platform === 'trustpilot') {
				if (operation === 'updateReply') await trustpilot.deleteReply(ctx, reviewId).catch(() => undefined);
				response = await trustpilot.postReply(ctx, reviewId, text, (this.getNodeParameter('authorBusinessUserId', i, '') as string) || undefined);
			} else {
				const propertyId = String(this.getNodeParameter('propertyId', i) ?? '').trim();
				if (!propertyId) throw new NodeOperationError(this.getNode(), `Item ${i}: Property ID is empty`, { itemIndex: i });
				response = await booking.postReply(ctx, propertyId, reviewId, text);
			}
		} catch (e) {
			throw wrapApiError(this, e, i);
		}
		const result: IDataObject = {
			platform,
			reviewId,
			operation,
			reply: { state: 'replied', text, at: (response as IDataObject)?.updateTime ?? at },
			response: (response ?? {}) as IDataObject,
		};
		return result;
	});
}
