/* eslint-disable n8n-nodes-base/node-filename-against-convention */
import { NodeConnectionTypes, type INodeTypeDescription } from 'n8n-workflow';

import * as route from './route.operation';
import * as escalateOverdue from './escalate.operation';

export const versionDescription: INodeTypeDescription = {
	displayName: 'CX Route',
	name: 'cxRoute',
	group: ['transform'],
	version: 1,
	subtitle: '={{ $parameter["operation"] === "escalateOverdue" ? "Escalate overdue cases" : "Route feedback" }}',
	description: 'Assign owner, priority, SLA due time and escalation to feedback; escalate overdue cases',
	defaults: { name: 'CX Route' },
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
					name: 'Route Feedback',
					value: 'route',
					action: 'Route feedback to an owner with an SLA',
					description: 'Apply the rules: owner, priority, response and resolution due times, escalation chain, alert',
				},
				{
					name: 'Escalate Overdue Cases',
					value: 'escalateOverdue',
					action: 'Escalate overdue cases one level',
					description: 'Given open cases and the clock, move overdue ones up one level and say who to tell',
				},
			],
			default: 'route',
		},
		...route.description,
		...escalateOverdue.description,
	],
};
