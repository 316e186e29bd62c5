/* eslint-disable n8n-nodes-base/node-filename-against-convention */
import { NodeConnectionTypes, type INodeTypeDescription } from 'n8n-workflow';

import * as report from './report.operation';
import * as page from './page.operation';
import { sharedProperties } from './common';

export const versionDescription: INodeTypeDescription = {
	displayName: 'CX Report',
	name: 'cxReport',
	group: ['transform'],
	version: 1,
	subtitle: '={{ $parameter["operation"] === "page" ? "Dashboard page" : "Report file (" + ($parameter["outputFormat"] || "html").toUpperCase().replace("BOTH", "HTML + PDF") + ")" }}',
	description: 'Render a CX report or a drill-down dashboard page (HTML with charts) from CX Metrics',
	defaults: { name: 'CX Report' },
	inputs: [NodeConnectionTypes.Main],
	outputs: [NodeConnectionTypes.Main],
	usableAsTool: true,
	credentials: [
		{
			name: 'cxOpenAiCompatibleApi',
			required: true,
			displayOptions: { show: { operation: ['report'], summaryWriter: ['llm'] } },
		},
	],
	properties: [
		{
			displayName: 'Operation',
			name: 'operation',
			type: 'options',
			noDataExpression: true,
			options: [
				{
					name: 'Build Dashboard Page',
					value: 'page',
					action: 'Build a dashboard page',
					description: 'An interactive page with filters and topic drill-down, to serve from a webhook',
				},
				{
					name: 'Build Report File',
					value: 'report',
					action: 'Build a report file',
					description: 'A self-contained HTML report to e-mail or post to chat',
				},
			],
			default: 'report',
		},
		...report.description,
		...page.description,
		...sharedProperties,
	],
};
