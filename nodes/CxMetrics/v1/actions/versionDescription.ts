/* eslint-disable n8n-nodes-base/node-filename-against-convention */
import { NodeConnectionTypes, type INodeTypeDescription } from 'n8n-workflow';

import * as summarize from './summarize.operation';
import * as breakdown from './breakdown.operation';
import * as trend from './trend.operation';
import * as drivers from './drivers.operation';
import * as reputation from './reputation.operation';
import { sharedProperties } from './common';

export const versionDescription: INodeTypeDescription = {
	displayName: 'CX Metrics',
	name: 'cxMetrics',
	group: ['transform'],
	version: 1,
	subtitle: '={{ $parameter["operation"] + " · " + $parameter["period"] }}',
	description: 'NPS, CSAT, CES, rating, complaint rate, reputation, key drivers and control charts from Feedback records',
	defaults: { name: 'CX Metrics' },
	inputs: [NodeConnectionTypes.Main],
	outputs: [NodeConnectionTypes.Main],
	usableAsTool: true,
	properties: [
		{
			displayName: 'Operation',
			name: 'operation',
			type: 'options',
			noDataExpression: true,
			options: [
				{
					name: 'Breakdown Rows',
					value: 'breakdown',
					action: 'Compute metrics per group',
					description: 'One row per property, department, topic … with change and significance',
				},
				{
					name: 'Key Drivers',
					value: 'drivers',
					action: 'Find the key drivers of NPS or rating',
					description: 'Topic importance against performance',
				},
				{
					name: 'Period Rows',
					value: 'trend',
					action: 'Compute metrics per period',
					description: 'One row per day, week, month or quarter, with control limits',
				},
				{
					name: 'Reputation Index',
					value: 'reputation',
					action: 'Compute the review reputation index',
					description: 'Across review sites and per property',
				},
				{
					name: 'Summarize',
					value: 'summarize',
					action: 'Summarize all metrics in one item',
					description: 'Every figure in one item, for CX Report or an AI agent',
				},
			],
			default: 'summarize',
		},
		...summarize.description,
		...breakdown.description,
		...trend.description,
		...drivers.description,
		...reputation.description,
		...sharedProperties,
	],
};
