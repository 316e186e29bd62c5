import type { Icon, IAuthenticateGeneric, ICredentialTestRequest, ICredentialType, INodeProperties } from 'n8n-workflow';

/** Formbricks management API key (cloud or self-hosted). */
export class CxFormbricksApi implements ICredentialType {
	name = 'cxFormbricksApi';
	displayName = 'CX Formbricks API';
	icon: Icon = 'file:cxFormbricks.svg';
	documentationUrl = 'https://github.com/n8n-nodes-cxloop/n8n-nodes-cxloop/blob/main/docs/nodes/cx-survey-trigger.md#formbricks';
	properties: INodeProperties[] = [
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'Formbricks › Organization settings › API Keys (read and write on the environment)',
		},
		{
			displayName: 'Host',
			name: 'baseUrl',
			type: 'string',
			default: 'https://app.formbricks.com',
			description: 'Your Formbricks URL when self-hosted',
		},
		{
			displayName: 'Webhook Signing Secret',
			name: 'webhookSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description:
				'Optional. When set, callbacks must carry a valid Standard Webhooks signature (webhook-id / webhook-timestamp / webhook-signature). Only newer Formbricks versions sign callbacks.',
		},
	];
	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: { headers: { 'x-api-key': '={{$credentials.apiKey}}' } },
	};
	test: ICredentialTestRequest = {
		request: { baseURL: '={{$credentials.baseUrl}}', url: '/api/v1/management/me' },
	};
}
