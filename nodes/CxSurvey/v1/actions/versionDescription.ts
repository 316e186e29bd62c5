/* eslint-disable n8n-nodes-base/node-filename-against-convention */
import { NodeConnectionTypes, type INodeTypeDescription } from 'n8n-workflow';

import { apiPlatformOptions, platformCredentials } from '../helpers/descriptions';
import * as listSurveys from './listSurveys.operation';
import * as getResponse from './getResponse.operation';
import * as getManyResponses from './getManyResponses.operation';
import * as sendInvitation from './sendInvitation.operation';

export const versionDescription: INodeTypeDescription = {
	displayName: 'CX Survey',
	name: 'cxSurvey',
	group: ['input'],
	version: 1,
	subtitle: '={{ $parameter["operation"] + " · " + $parameter["platform"] }}',
	description: 'List surveys, read responses as Feedback records and send survey invitations',
	defaults: { name: 'CX Survey' },
	inputs: [NodeConnectionTypes.Main],
	outputs: [NodeConnectionTypes.Main],
	usableAsTool: true,
	credentials: platformCredentials,
	properties: [
		{
			displayName: 'Platform',
			name: 'platform',
			type: 'options',
			noDataExpression: true,
			options: apiPlatformOptions,
			default: 'typeform',
		},
		{
			displayName: 'Operation',
			name: 'operation',
			type: 'options',
			noDataExpression: true,
			options: [
				{ name: 'Get Many Responses', value: 'getManyResponses', action: 'Get many responses', description: 'Every response of a survey (complete pagination or export), as Feedback records' },
				{ name: 'Get Response', value: 'getResponse', action: 'Get a response', description: 'One response by its ID, as a Feedback record' },
				{ name: 'List Surveys', value: 'listSurveys', action: 'List surveys', description: 'The surveys (forms) of the account' },
				{ name: 'Send Invitation', value: 'sendInvitation', action: 'Send a survey invitation', description: 'Invite a contact to a survey (event-triggered survey)' },
			],
			default: 'getManyResponses',
		},
		...listSurveys.description,
		...getResponse.description,
		...getManyResponses.description,
		...sendInvitation.description,
	],
};
