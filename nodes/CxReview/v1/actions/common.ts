import { NodeOperationError, type IDataObject, type IExecuteFunctions, type INodeProperties } from 'n8n-workflow';
import { toNodeApiError } from '../../../shared/http';
import { reviewToFeedback } from '../../../engine/reviews/toFeedback';
import { formatIssues } from '../../../engine/feedback/build';
import type { Review } from '../../../engine/reviews/types';

export const reviewOutputOptions = (operations: string[]): INodeProperties => ({
	displayName: 'Options',
	name: 'options',
	type: 'collection',
	placeholder: 'Add option',
	default: {},
	displayOptions: { show: { operation: operations } },
	options: [
		{
			displayName: 'Include Reviewer Name',
			name: 'includeReviewer',
			type: 'boolean',
			default: false,
			description: 'Whether to copy the reviewer’s display name and platform ID into customer (personal data)',
		},
		{
			displayName: 'Time Zone',
			name: 'timeZone',
			type: 'string',
			default: '',
			placeholder: 'Asia/Shanghai',
			description: 'IANA zone for timestamps without one and for the offset of output dates. Empty uses the workflow time zone.',
		},
	],
});

export function readOptions(ctx: IExecuteFunctions, i: number): { includeReviewer: boolean; timeZone: string } {
	const o = ctx.getNodeParameter('options', i, {}) as IDataObject;
	return { includeReviewer: o.includeReviewer === true, timeZone: String(o.timeZone || ctx.getTimezone() || 'UTC') };
}

export function toFeedbackJson(ctx: IExecuteFunctions, review: Review, i: number, opts: { includeReviewer: boolean; timeZone: string }, meta?: Record<string, unknown>): IDataObject {
	const r = reviewToFeedback(review, { ...opts, meta });
	if (!r.ok) {
		throw new NodeOperationError(ctx.getNode(), `${review.platform} review ${review.reviewId}: ${formatIssues(r.issues)}`, {
			itemIndex: i,
			description: 'The platform returned a review this node cannot read; the fields above are the ones that failed.',
		});
	}
	return r.feedback as unknown as IDataObject;
}

/** HTTP failures from a provider as NodeApiError (status and the API's message shown in n8n). */
export function wrapApiError(ctx: IExecuteFunctions, error: unknown, itemIndex: number): Error {
	return toNodeApiError(ctx, error, { itemIndex });
}
