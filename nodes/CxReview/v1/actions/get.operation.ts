import type { IExecuteFunctions, INodeExecutionData, INodeProperties, IAllExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { forEachItem } from '../../../shared/execute';
import * as google from '../../../providers/google-business/transport';
import * as trustpilot from '../../../providers/trustpilot/transport';
import * as booking from '../../../providers/booking/transport';
import { locationProperties, resolveStreams, type ApiPlatform } from '../helpers/platforms';
import { readOptions, toFeedbackJson, wrapApiError } from './common';

const properties: INodeProperties[] = [
	{
		displayName: 'Review ID',
		name: 'reviewId',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'accounts/123/locations/456/reviews/AbC…',
		description: 'The review’s ID on the platform. For Google, the full review name (accounts/…/locations/…/reviews/…) or the ID with the location below.',
	},
	...locationProperties({}, false)
		.filter((p) => p.name !== 'locationIds' || (p.displayOptions?.show?.platform as string[]).some((x) => x !== 'trustpilot'))
		// With a full Google review name the account and location are not needed.
		.map((p) => (p.name === 'account' ? { ...p, required: false } : p)),
];

export const description = updateDisplayOptions({ show: { operation: ['get'] } }, properties);

export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await forEachItem(this, async (_item, i) => {
		const platform = this.getNodeParameter('platform', i) as ApiPlatform;
		const reviewId = String(this.getNodeParameter('reviewId', i) ?? '').trim();
		if (!reviewId) throw new NodeOperationError(this.getNode(), `Item ${i}: Review ID is empty`, { itemIndex: i });
		const opts = readOptions(this, i);
		const ctx = this as unknown as IAllExecuteFunctions;
		try {
			if (platform === 'google') {
				const name = reviewId.startsWith('accounts/')
					? reviewId
					: google.reviewName(this.getNodeParameter('account', i) as string, String((this.getNodeParameter('locations', i, []) as string[])[0] ?? ''), reviewId);
				return toFeedbackJson(this, await google.getReview(ctx, name), i, opts);
			}
			if (platform === 'trustpilot') return toFeedbackJson(this, await trustpilot.getReview(ctx, reviewId), i, opts);
			if (platform === 'booking') {
				const property = String(this.getNodeParameter('locationIds', i, '')).split(',')[0].trim();
				return toFeedbackJson(this, await booking.getReview(ctx, property, reviewId), i, opts);
			}
			// Expedia and Tripadvisor have no single-review endpoint: read the location and pick it.
			const streams = await resolveStreams(ctx, platform, (n, f) => this.getNodeParameter(n, i, f));
			for (const s of streams) {
				const found = (await s.fetch()).reviews.find((r) => r.reviewId === reviewId);
				if (found) return toFeedbackJson(this, found, i, opts);
			}
			throw new NodeOperationError(this.getNode(), `Item ${i}: review ${reviewId} not found among the recent reviews of ${streams.map((s) => s.locationId).join(', ')}`, { itemIndex: i });
		} catch (e) {
			throw wrapApiError(this, e, i);
		}
	});
}
