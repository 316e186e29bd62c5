import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties, IAllExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { summariseRatings } from '../../../engine/reviews/summary';
import { reviewToFeedback } from '../../../engine/reviews/toFeedback';
import type { Feedback } from '../../../engine/feedback/schema';
import { locationProperties, resolveStreams, type ApiPlatform } from '../helpers/platforms';
import { wrapApiError } from './common';

const properties: INodeProperties[] = [
	...locationProperties({}),
	{
		displayName: 'Group By',
		name: 'groupBy',
		type: 'options',
		default: 'location',
		options: [
			{ name: 'Location', value: 'location' },
			{ name: 'Platform', value: 'platform' },
			{ name: 'Everything Together', value: 'all' },
		],
	},
	{
		displayName: 'Reviews Since',
		name: 'since',
		type: 'dateTime',
		default: '',
		displayOptions: { hide: { platform: ['input'] } },
		description: 'Only reviews created or edited since then; empty reads all reviews (every page)',
	},
];

export const description = updateDisplayOptions({ show: { operation: ['ratingSummary'] } }, properties);

export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	const platform = this.getNodeParameter('platform', 0) as ApiPlatform | 'input';
	const groupBy = this.getNodeParameter('groupBy', 0, 'location') as 'location' | 'platform' | 'all';
	const items = this.getInputData();
	if (platform === 'input') {
		const records: Feedback[] = [];
		const origin: number[] = [];
		items.forEach((item, i) => {
			const j = item.json as IDataObject;
			if (j && typeof j === 'object' && typeof j.occurredAt === 'string' && j.scores && typeof j.scores === 'object') {
				records.push(j as unknown as Feedback);
				origin.push(i);
			}
		});
		if (!records.length && items.length) {
			throw new NodeOperationError(this.getNode(), 'No Feedback records among the input items', {
				description: 'Rating Summary "From Input Items" expects items from CX Review Trigger, Get Many, Import or CX Normalize',
			});
		}
		const summaries = summariseRatings(records, groupBy);
		return summaries.map((s) => {
			const paired = records
				.map((r, k) => ({ r, k }))
				.filter(({ r }) =>
					groupBy === 'all'
						? true
						: groupBy === 'platform'
							? String(r.meta?.platform ?? r.source) === s.platform
							: String(r.meta?.platform ?? r.source) === s.platform && (r.location?.id ?? '(none)') === s.locationId,
				)
				.map(({ k }) => ({ item: origin[k] }));
			return { json: s as unknown as IDataObject, pairedItem: paired.length ? paired : { item: 0 } };
		});
	}
	const since = this.getNodeParameter('since', 0, '') as string;
	const sinceMs = since ? Date.parse(since) : undefined;
	const timeZone = this.getTimezone() || 'UTC';
	try {
		const streams = await resolveStreams(this as unknown as IAllExecuteFunctions, platform, (n, f) => this.getNodeParameter(n, 0, f));
		const out: INodeExecutionData[] = [];
		const all: Feedback[] = [];
		const platformFigures = new Map<string, { platformAverage?: number; platformTotal?: number }>();
		for (const s of streams) {
			const res = await s.fetch(sinceMs);
			platformFigures.set(s.locationId, { platformAverage: res.platformAverage, platformTotal: res.platformTotal });
			for (const r of res.reviews) {
				if (!r.locationName && s.locationName) r.locationName = s.locationName;
				if (!r.locationId) r.locationId = s.locationId;
				const f = reviewToFeedback(r, { timeZone });
				if (f.ok) all.push(f.feedback);
			}
			if (groupBy === 'location' && !res.reviews.length) {
				// A location without reviews still gets a line, so dashboards show it.
				out.push({
					json: { platform, locationId: s.locationId, locationName: s.locationName, count: 0, rated: 0, replied: 0, negative: 0, ...platformFigures.get(s.locationId) } as IDataObject,
					pairedItem: { item: 0 },
				});
			}
		}
		for (const s of summariseRatings(all, groupBy)) {
			const figures = groupBy === 'location' ? platformFigures.get(s.locationId) ?? {} : {};
			for (const [k, v] of Object.entries(figures)) if (v !== undefined) (s as unknown as IDataObject)[k] = v;
			out.push({ json: s as unknown as IDataObject, pairedItem: { item: 0 } });
		}
		return out;
	} catch (e) {
		throw wrapApiError(this, e, 0);
	}
}
