/* eslint-disable n8n-nodes-base/node-filename-against-convention */
import { NodeConnectionTypes, type INodeTypeDescription } from 'n8n-workflow';

import { PLATFORM_OPTIONS } from '../helpers/platforms';
import * as getMany from './getMany.operation';
import * as get from './get.operation';
import * as reply from './reply.operation';
import * as deleteReply from './deleteReply.operation';
import * as ratingSummary from './ratingSummary.operation';
import * as importRows from './import.operation';
import * as draftReply from './draftReply.operation';

export const versionDescription: INodeTypeDescription = {
	displayName: 'CX Review',
	name: 'cxReview',
	group: ['transform'],
	version: 1,
	subtitle: '={{ $parameter["operation"] }}',
	description: 'List and reply to online reviews, summarise ratings, import OTA review exports and draft replies',
	defaults: { name: 'CX Review' },
	inputs: [NodeConnectionTypes.Main],
	outputs: [NodeConnectionTypes.Main],
	usableAsTool: true,
	credentials: [
		{ name: 'cxGoogleBusinessProfileOAuth2Api', required: true, displayOptions: { show: { platform: ['google'], operation: ['getMany', 'get', 'reply', 'updateReply', 'deleteReply', 'ratingSummary'] } } },
		{ name: 'cxTrustpilotApi', required: true, displayOptions: { show: { platform: ['trustpilot'], operation: ['getMany', 'get', 'reply', 'updateReply', 'deleteReply', 'ratingSummary'] } } },
		{ name: 'cxBookingReviewApi', required: true, displayOptions: { show: { platform: ['booking'], operation: ['getMany', 'get', 'reply', 'updateReply', 'deleteReply', 'ratingSummary'] } } },
		{ name: 'cxExpediaRapidApi', required: true, displayOptions: { show: { platform: ['expedia'], operation: ['getMany', 'get', 'reply', 'updateReply', 'deleteReply', 'ratingSummary'] } } },
		{ name: 'cxTripadvisorContentApi', required: true, displayOptions: { show: { platform: ['tripadvisor'], operation: ['getMany', 'get', 'reply', 'updateReply', 'deleteReply', 'ratingSummary'] } } },
		{ name: 'cxOpenAiCompatibleApi', required: true, displayOptions: { show: { operation: ['draftReply'], engine: ['llm'] } } },
	],
	properties: [
		{
			displayName: 'Operation',
			name: 'operation',
			type: 'options',
			noDataExpression: true,
			options: [
				{ name: 'Delete Reply', value: 'deleteReply', action: 'Delete the reply to a review', description: 'Google Business Profile and Trustpilot' },
				{ name: 'Draft Reply', value: 'draftReply', action: 'Draft a reply to a review', description: 'A reply in the review’s language from templates (optionally an LLM), for approval before posting' },
				{ name: 'Get', value: 'get', action: 'Get a review', description: 'One review by its ID' },
				{ name: 'Get Many', value: 'getMany', action: 'Get many reviews', description: 'Reviews of one or more locations, all pages' },
				{ name: 'Import Export File Rows', value: 'import', action: 'Import review export rows', description: 'Ctrip/Trip.com, Meituan, Dianping, Fliggy or Qunar back-office exports (rows from Extract From File)' },
				{ name: 'Rating Summary', value: 'ratingSummary', action: 'Summarise ratings per location', description: 'Average, distribution, reply rate and negative share per location' },
				{ name: 'Reply', value: 'reply', action: 'Reply to a review', description: 'Post a public reply (Google Business Profile, Trustpilot, Booking.com)' },
				{ name: 'Update Reply', value: 'updateReply', action: 'Update the reply to a review', description: 'Replace an existing reply' },
			],
			default: 'getMany',
		},
		{
			displayName: 'Platform',
			name: 'platform',
			type: 'options',
			noDataExpression: true,
			options: PLATFORM_OPTIONS,
			default: 'google',
			displayOptions: { show: { operation: ['getMany', 'get'] } },
		},
		{
			displayName: 'Platform',
			name: 'platform',
			type: 'options',
			noDataExpression: true,
			options: [{ name: 'From Input Items (Feedback Records)', value: 'input' }, ...PLATFORM_OPTIONS],
			default: 'input',
			displayOptions: { show: { operation: ['ratingSummary'] } },
			description: 'Summarise the Feedback records coming in (e.g. after an import), or read the platform',
		},
		{
			displayName: 'Platform',
			name: 'platform',
			type: 'options',
			noDataExpression: true,
			options: PLATFORM_OPTIONS.filter((p) => ['google', 'trustpilot', 'booking'].includes(p.value)),
			default: 'google',
			displayOptions: { show: { operation: ['reply', 'updateReply'] } },
		},
		{
			displayName: 'Platform',
			name: 'platform',
			type: 'options',
			noDataExpression: true,
			options: PLATFORM_OPTIONS.filter((p) => ['google', 'trustpilot'].includes(p.value)),
			default: 'google',
			displayOptions: { show: { operation: ['deleteReply'] } },
		},
		...getMany.description,
		...get.description,
		...reply.description,
		...deleteReply.description,
		...ratingSummary.description,
		...importRows.description,
		...draftReply.description,
	],
};
