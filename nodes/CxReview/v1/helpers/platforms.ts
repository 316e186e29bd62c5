/**
 * Which reviews to read, per platform, for both CX Review (list, summary) and CX Review Trigger:
 * turns the node's parameters into "streams" (one per location / property / business unit) and
 * reads each through its provider transport.
 */
import { NodeOperationError, type IAllExecuteFunctions, type INodeProperties } from 'n8n-workflow';
import * as google from '../../../providers/google-business/transport';
import * as trustpilot from '../../../providers/trustpilot/transport';
import * as booking from '../../../providers/booking/transport';
import * as expedia from '../../../providers/expedia/transport';
import * as tripadvisor from '../../../providers/tripadvisor/transport';
import type { Review } from '../../../engine/reviews/types';

export type ApiPlatform = 'google' | 'trustpilot' | 'booking' | 'expedia' | 'tripadvisor';

export const PLATFORM_OPTIONS = [
	{ name: 'Google Business Profile', value: 'google' },
	{ name: 'Trustpilot', value: 'trustpilot' },
	{ name: 'Booking.com', value: 'booking' },
	{ name: 'Expedia (Read Only)', value: 'expedia' },
	{ name: 'Tripadvisor (Read Only)', value: 'tripadvisor' },
];


/** Location parameters; `show` adds the caller's displayOptions (e.g. the operation). */
export function locationProperties(show: Record<string, unknown[]> = {}, withScope = true): INodeProperties[] {
	const s = (platforms: string[], extra: Record<string, unknown[]> = {}) => ({ show: { ...show, platform: platforms, ...extra } });
	const props: INodeProperties[] = [
		{
			displayName: 'Account Name or ID',
			name: 'account',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getGoogleAccounts' },
			default: '',
			required: true,
			displayOptions: s(['google']),
			description:
				'The Business Profile account (accounts/…) whose locations to read. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
	];
	if (withScope) {
		props.push({
			displayName: 'Locations',
			name: 'locationScope',
			type: 'options',
			default: 'all',
			displayOptions: s(['google']),
			options: [
				{ name: 'All Locations of the Account', value: 'all' },
				{ name: 'Selected Locations', value: 'selected' },
			],
		});
	}
	props.push(
		{
			displayName: 'Location Names or IDs',
			name: 'locations',
			type: 'multiOptions',
			typeOptions: { loadOptionsMethod: 'getGoogleLocations', loadOptionsDependsOn: ['account'] },
			default: [],
			displayOptions: withScope ? s(['google'], { locationScope: ['selected'] }) : s(['google']),
			description:
				'Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
		},
		{
			displayName: 'Business Unit IDs',
			name: 'locationIds',
			type: 'string',
			default: '',
			required: true,
			displayOptions: s(['trustpilot']),
			placeholder: '5d1b7f0f0f0f0f0001a2b3c4',
			description: 'One or more Trustpilot business unit IDs, separated by commas',
		},
		{
			displayName: 'Property IDs',
			name: 'locationIds',
			type: 'string',
			default: '',
			required: true,
			displayOptions: s(['booking', 'expedia']),
			placeholder: '1234567, 7654321',
			description: 'One or more property (hotel) IDs on the platform, separated by commas',
		},
		{
			displayName: 'Location IDs',
			name: 'locationIds',
			type: 'string',
			default: '',
			required: true,
			displayOptions: s(['tripadvisor']),
			placeholder: '188151',
			description: 'One or more Tripadvisor location IDs, separated by commas',
		},
		{
			displayName: 'Review Language',
			name: 'language',
			type: 'string',
			default: '',
			displayOptions: s(['expedia', 'tripadvisor']),
			placeholder: 'en-US',
			description: 'Language of the reviews to read (these APIs serve one language per call). Empty: English.',
		},
	);
	return props;
}

export interface Stream {
	platform: ApiPlatform;
	/** platform:location, the key of the cursor per stream. */
	key: string;
	locationId: string;
	locationName?: string;
	/** Reviews updated at or after sinceMs (all when undefined), up to limit. */
	fetch(sinceMs?: number, limit?: number): Promise<{ reviews: Review[]; platformAverage?: number; platformTotal?: number }>;
}

export type ParamReader = (name: string, fallback?: unknown) => unknown;

function splitIds(v: unknown): string[] {
	const list = Array.isArray(v) ? v : String(v ?? '').split(/[,;\n]/);
	return [...new Set(list.map((x) => String(x).trim()).filter(Boolean))];
}

export async function resolveStreams(ctx: IAllExecuteFunctions, platform: ApiPlatform, param: ParamReader): Promise<Stream[]> {
	if (platform === 'google') {
		const account = String(param('account', '') ?? '');
		if (!account) throw new NodeOperationError(ctx.getNode(), 'Choose a Google Business Profile account', { description: 'Parameter "Account"' });
		const scope = String(param('locationScope', 'selected') ?? 'selected');
		const selected = splitIds(param('locations', [])).map(google.locationId);
		const all = scope === 'all' || selected.length ? await google.listLocations(ctx, account) : [];
		const infos =
			scope === 'all'
				? all
				: selected.map((id) => all.find((l) => google.locationId(l.name) === id) ?? { name: `locations/${id}` });
		if (!infos.length) {
			throw new NodeOperationError(ctx.getNode(), scope === 'all' ? `Account ${account} has no locations` : 'Choose at least one location', {
				description: 'Parameter "Locations"',
			});
		}
		return infos.map((info) => {
			const id = google.locationId(info.name);
			return {
				platform,
				key: `google:${id}`,
				locationId: id,
				locationName: info.title,
				async fetch(sinceMs, limit) {
					const r = await google.listReviews(ctx, account, info, { sinceMs, limit });
					return { reviews: r.reviews, platformAverage: r.averageRating, platformTotal: r.totalReviewCount };
				},
			};
		});
	}
	const ids = splitIds(param('locationIds', ''));
	if (!ids.length) {
		throw new NodeOperationError(ctx.getNode(), 'Enter at least one location / property / business unit ID', { description: 'Parameter "IDs"' });
	}
	const language = String(param('language', '') ?? '');
	return ids.map((id) => ({
		platform,
		key: `${platform}:${id}`,
		locationId: id,
		async fetch(sinceMs, limit) {
			let reviews: Review[];
			if (platform === 'trustpilot') reviews = await trustpilot.listReviews(ctx, id, { sinceMs, limit });
			else if (platform === 'booking') reviews = await booking.listReviews(ctx, id, { sinceMs, limit });
			else if (platform === 'expedia') reviews = await expedia.listReviews(ctx, id, { language, limit });
			else reviews = await tripadvisor.listReviews(ctx, id, { language: language.split('-')[0], limit });
			return { reviews };
		},
	}));
}
