import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties, IAllExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { forEachItem } from '../../../shared/execute';
import { parseTimestamp } from '../../../engine/time';
import { locationProperties, resolveStreams, type ApiPlatform } from '../helpers/platforms';
import { readOptions, reviewOutputOptions, toFeedbackJson, wrapApiError } from './common';
import { returnAllAndLimit } from '../../../shared/descriptions';

const properties: INodeProperties[] = [
	...locationProperties({}),
	...returnAllAndLimit,
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add filter',
		default: {},
		options: [
			{ displayName: 'Updated Since', name: 'since', type: 'dateTime', default: '', description: 'Only reviews created or edited at or after this time' },
			{ displayName: 'Min Rating (0–100)', name: 'minScore', type: 'number', default: 0, description: 'Only reviews whose rating, on 0–100, is at least this (e.g. 60 = 3 of 5 stars)' },
			{ displayName: 'Max Rating (0–100)', name: 'maxScore', type: 'number', default: 100, description: 'Only reviews whose rating, on 0–100, is at most this (e.g. 40 = 2 of 5 stars)' },
			{ displayName: 'Only Unreplied', name: 'unrepliedOnly', type: 'boolean', default: false, description: 'Whether to return only reviews without a reply' },
		],
	},
];

export const description = [
	...updateDisplayOptions({ show: { operation: ['getMany'] } }, properties),
	reviewOutputOptions(['getMany', 'get']),
];

export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await forEachItem(this, async (_item, i) => {
		const platform = this.getNodeParameter('platform', i) as ApiPlatform;
		const returnAll = this.getNodeParameter('returnAll', i, false) as boolean;
		const limit = returnAll ? undefined : (this.getNodeParameter('limit', i, 50) as number);
		const filters = this.getNodeParameter('filters', i, {}) as IDataObject;
		const opts = readOptions(this, i);
		const sinceMs = filters.since ? parseTimestamp(filters.since, opts.timeZone) : undefined;
		const min = typeof filters.minScore === 'number' ? filters.minScore : 0;
		const max = typeof filters.maxScore === 'number' ? filters.maxScore : 100;
		const out: IDataObject[] = [];
		try {
			const streams = await resolveStreams(this as unknown as IAllExecuteFunctions, platform, (n, f) => this.getNodeParameter(n, i, f));
			for (const stream of streams) {
				// Filters apply after reading, so read everything that may match, then cut to the limit.
				const filtering = min > 0 || max < 100 || filters.unrepliedOnly === true;
				const { reviews } = await stream.fetch(sinceMs, filtering ? undefined : limit === undefined ? undefined : limit - out.length);
				for (const r of reviews) {
					if (limit !== undefined && out.length >= limit) break;
					if (sinceMs !== undefined && (parseTimestamp(r.updatedAt ?? r.createdAt, opts.timeZone) ?? 0) < sinceMs) continue;
					const score = r.rating ? (r.rating.value / r.rating.scale) * 100 : undefined;
					if ((min > 0 || max < 100) && (score === undefined || score < min || score > max)) continue;
					if (filters.unrepliedOnly === true && r.reply?.text) continue;
					if (!r.locationName && stream.locationName) r.locationName = stream.locationName;
					out.push(toFeedbackJson(this, r, i, opts));
				}
				if (limit !== undefined && out.length >= limit) break;
			}
		} catch (e) {
			throw wrapApiError(this, e, i);
		}
		return out;
	});
}
