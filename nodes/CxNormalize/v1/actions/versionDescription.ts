/* eslint-disable n8n-nodes-base/node-filename-against-convention */
import { NodeConnectionTypes, type INodeTypeDescription } from 'n8n-workflow';

import * as preset from './preset.operation';
import * as jsonataMapping from './jsonata.operation';

export const versionDescription: INodeTypeDescription = {
	displayName: 'CX Normalize',
	name: 'cxNormalize',
	group: ['transform'],
	version: 1,
	subtitle: '={{ $parameter["operation"] === "jsonata" ? "JSONata mapping" : "Preset: " + $parameter["preset"] }}',
	description: 'Turn survey responses, reviews, tickets, call transcripts or any JSON into Feedback records',
	defaults: { name: 'CX Normalize' },
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
					name: 'Map With Preset',
					value: 'preset',
					action: 'Map a payload with a preset',
					description: 'Use a built-in mapping for survey tools, helpdesk tickets (Zendesk, Freshdesk, Zammad), chat transcripts, speech-to-text call transcripts or generic JSON',
				},
				{
					name: 'Map With JSONata',
					value: 'jsonata',
					action: 'Map a payload with a mapping expression',
					description: 'Describe the mapping yourself, for any JSON or spreadsheet row',
				},
			],
			default: 'preset',
		},
		...preset.description,
		...jsonataMapping.description,
	],
};
