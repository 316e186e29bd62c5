import {
	NodeConnectionTypes,
	NodeOperationError,
	type IAllExecuteFunctions,
	type IDataObject,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeBaseDescription,
	type INodeTypeDescription,
	type IPollFunctions,
} from 'n8n-workflow';

import { PLATFORM_OPTIONS, locationProperties, resolveStreams, type ApiPlatform } from '../../CxReview/v1/helpers/platforms';
import { loadOptions } from '../../CxReview/v1/methods';
import { DEFAULT_MAX_ENTRIES, readState, selectChanges, sinceFor, type EmitOn } from '../../engine/reviews/cursor';
import { toNodeApiError } from '../../shared/http';
import { reviewToFeedback } from '../../engine/reviews/toFeedback';
import { formatIssues } from '../../engine/feedback/build';
import type { Review } from '../../engine/reviews/types';

// The icon comes from the versioned wrapper's base description (CxReviewTrigger.node.ts).
// eslint-disable-next-line @n8n/community-nodes/icon-validation
export class CxReviewTriggerV1 implements INodeType {
	description: INodeTypeDescription;

	constructor(baseDescription: INodeTypeBaseDescription) {
		this.description = {
			...baseDescription,
			displayName: 'CX Review Trigger',
			name: 'cxReviewTrigger',
			group: ['trigger'],
			version: 1,
			subtitle: '={{ $parameter["platform"] }}',
			defaults: { name: 'CX Review Trigger' },
			polling: true,
			inputs: [],
			outputs: [NodeConnectionTypes.Main],
			credentials: [
				{ name: 'cxGoogleBusinessProfileOAuth2Api', required: true, displayOptions: { show: { platform: ['google'] } } },
				{ name: 'cxTrustpilotApi', required: true, displayOptions: { show: { platform: ['trustpilot'] } } },
				{ name: 'cxBookingReviewApi', required: true, displayOptions: { show: { platform: ['booking'] } } },
				{ name: 'cxExpediaRapidApi', required: true, displayOptions: { show: { platform: ['expedia'] } } },
				{ name: 'cxTripadvisorContentApi', required: true, displayOptions: { show: { platform: ['tripadvisor'] } } },
			],
			properties: [
				{ displayName: 'Platform', name: 'platform', type: 'options', noDataExpression: true, options: PLATFORM_OPTIONS, default: 'google' },
				...locationProperties({}),
				{
					displayName: 'Trigger On',
					name: 'emitOn',
					type: 'multiOptions',
					default: ['new', 'edited'],
					options: [
						{ name: 'New Review', value: 'new' },
						{ name: 'Edited Review (Text or Rating)', value: 'edited' },
						{ name: 'Reply Added, Changed or Removed', value: 'reply', description: 'Includes your own replies: filter on meta.changes to avoid loops' },
					],
				},
				{
					displayName: 'Backfill Days on First Run',
					name: 'backfillDays',
					type: 'number',
					typeOptions: { minValue: 0 },
					default: 0,
					description: 'On its first poll the trigger emits the reviews of the last N days; 0 starts from now',
				},
				{
					displayName: 'Options',
					name: 'options',
					type: 'collection',
					placeholder: 'Add option',
					default: {},
					options: [
						{ displayName: 'Include Reviewer Name', name: 'includeReviewer', type: 'boolean', default: false, description: 'Whether to copy the reviewer’s display name and platform ID into customer (personal data)' },
						{
							displayName: 'On Location Error',
							name: 'onLocationError',
							type: 'options',
							default: 'fail',
							options: [
								{ name: 'Fail the Poll (Retried Next Time)', value: 'fail' },
								{ name: 'Skip That Location This Time', value: 'skip', description: 'The other locations are emitted; the failed one is read again from where it was' },
							],
						},
						{
							displayName: 'Overlap (Minutes)',
							name: 'overlapMinutes',
							type: 'number',
							default: 60,
							description: 'Each poll re-reads this much before the previous one, for reviews the platform indexes late; duplicates are filtered',
						},
						{
							displayName: 'Remembered Review Versions',
							name: 'maxEntries',
							type: 'number',
							default: DEFAULT_MAX_ENTRIES,
							description: 'Upper bound of the memory kept in the workflow’s static data (about 50 bytes each, saved with the workflow)',
						},
						{ displayName: 'Time Zone', name: 'timeZone', type: 'string', default: '', placeholder: 'Asia/Shanghai', description: 'IANA zone for output dates; empty uses the workflow time zone' },
					],
				},
			],
		};
	}

	methods = { loadOptions };

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const platform = this.getNodeParameter('platform') as ApiPlatform;
		const emitOn = this.getNodeParameter('emitOn', ['new', 'edited']) as EmitOn[];
		const backfillDays = Number(this.getNodeParameter('backfillDays', 0) ?? 0);
		const o = this.getNodeParameter('options', {}) as IDataObject;
		const timeZone = String(o.timeZone || this.getTimezone() || 'UTC');
		const includeReviewer = o.includeReviewer === true;
		const overlapMs = Math.max(0, Number(o.overlapMinutes ?? 60)) * 60_000;
		const maxEntries = Number(o.maxEntries ?? DEFAULT_MAX_ENTRIES) || DEFAULT_MAX_ENTRIES;
		const onLocationError = (o.onLocationError as string) || 'fail';
		const ctx = this as unknown as IAllExecuteFunctions;
		const wrap = (e: unknown, where: string) => toNodeApiError(this, e, { prefix: where });

		let streams;
		try {
			streams = await resolveStreams(ctx, platform, (n, f) => this.getNodeParameter(n, f));
		} catch (e) {
			throw wrap(e, 'Reading the locations');
		}

		const toItem = (review: Review, meta: Record<string, unknown>, locationName?: string): INodeExecutionData => {
			if (!review.locationName && locationName) review.locationName = locationName;
			const r = reviewToFeedback(review, { timeZone, includeReviewer, meta });
			if (r.ok) return { json: r.feedback as unknown as IDataObject };
			// A review we cannot read must not block the ones after it: emit what went wrong.
			return {
				json: {
					error: `${review.platform} review ${review.reviewId}: ${formatIssues(r.issues)}`,
					source: review.platform,
					sourceId: review.reviewId,
					meta: meta as IDataObject,
				},
			};
		};

		if (this.getMode() === 'manual') {
			// "Fetch test event": one recent review as a sample; the cursor is neither read nor moved.
			for (const s of streams) {
				let reviews: Review[];
				try {
					reviews = (await s.fetch(undefined, 1)).reviews;
				} catch (e) {
					throw wrap(e, `Location ${s.locationId}`);
				}
				if (reviews.length) return [[toItem(reviews[0], { event: 'sample', changes: [] }, s.locationName)]];
			}
			throw new NodeOperationError(this.getNode(), 'No reviews found for the chosen locations', {
				description: 'The trigger works, but there is no review to show as a sample yet.',
			});
		}

		const staticData = this.getWorkflowStaticData('node');
		const now = Date.now();
		const { state } = readState(staticData.reviewCursor, now, backfillDays);
		const reviews: Review[] = [];
		const names = new Map<string, string | undefined>();
		const fetched: string[] = [];
		const failures: string[] = [];
		// n8n gives each poll a time budget; stop reading before it runs out and leave the remaining
		// locations (their cursors untouched) to the next poll.
		const budget = typeof this.getPollBudgetMs === 'function' ? this.getPollBudgetMs() : 5 * 60_000;
		const deadline = now + budget * 0.7;
		const postponed: string[] = [];
		for (const s of streams) {
			if (fetched.length && Date.now() > deadline) {
				postponed.push(s.locationId);
				continue;
			}
			try {
				const res = await s.fetch(sinceFor(state, s.key, overlapMs));
				for (const r of res.reviews) {
					if (!r.locationId) r.locationId = s.locationId;
					names.set(`${r.platform}:${r.reviewId}`, s.locationName);
				}
				reviews.push(...res.reviews);
				fetched.push(s.key);
			} catch (e) {
				if (onLocationError !== 'skip') throw wrap(e, `Location ${s.locationId}`);
				failures.push(`${s.locationId}: ${(e as Error).message}`);
			}
		}
		const { events, next } = selectChanges(state, reviews, { now, emitOn, maxEntries, timeZone });
		for (const k of fetched) next.streams[k] = now;
		staticData.reviewCursor = next as unknown as IDataObject;
		if (failures.length) this.logger?.warn?.(`CX Review Trigger skipped locations this poll: ${failures.join('; ')}`);
		if (postponed.length) this.logger?.info?.(`CX Review Trigger left ${postponed.length} locations to the next poll (time budget)`);
		if (!events.length) return null;
		return [events.map((ev) => toItem(ev.review, { event: ev.event, changes: ev.changes }, names.get(ev.key)))];
	}
}
