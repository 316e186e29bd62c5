/* eslint-disable n8n-nodes-base/node-filename-against-convention */
import { NodeConnectionTypes, type INodeTypeDescription } from 'n8n-workflow';

import * as analyze from './analyze.operation';
import * as redact from './redact.operation';
import * as listTopics from './listTopics.operation';

export const versionDescription: INodeTypeDescription = {
	displayName: 'CX Analyze',
	name: 'cxAnalyze',
	group: ['transform'],
	version: 1,
	subtitle: '={{ $parameter["operation"] === "analyze" ? "Analyze (" + ($parameter["engine"] || "offline") + ")" : $parameter["operation"] === "redact" ? "Redact PII" : "List topics" }}',
	description: 'Sentiment, indicator-tree topics, intent, urgency, bad-review risk, PII redaction and key phrases for Chinese and English feedback',
	defaults: { name: 'CX Analyze' },
	inputs: [NodeConnectionTypes.Main],
	outputs: [NodeConnectionTypes.Main],
	usableAsTool: true,
	credentials: [
		{
			name: 'cxOpenAiCompatibleApi',
			required: true,
			displayOptions: { show: { operation: ['analyze'], engine: ['llm'] } },
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
					name: 'Analyze Text',
					value: 'analyze',
					action: 'Analyze feedback text',
					description: 'Language, sentiment, topics with per-topic sentiment, intents, urgency, bad-review risk, PII redaction, key phrases',
				},
				{
					name: 'Redact PII',
					value: 'redact',
					action: 'Redact personal data from text',
					description: 'Replace phone numbers, ID numbers, bank cards, e-mail addresses and room numbers with placeholders',
				},
				{
					name: 'List Topics',
					value: 'listTopics',
					action: 'List the topics of an indicator tree',
					description: 'One item per node of the indicator tree (for lookups, dashboards and checking a custom tree)',
				},
			],
			default: 'analyze',
		},
		...analyze.description,
		...redact.description,
		...listTopics.description,
	],
};
