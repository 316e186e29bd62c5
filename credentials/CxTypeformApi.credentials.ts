import type { Icon, IAuthenticateGeneric, ICredentialTestRequest, ICredentialType, INodeProperties } from 'n8n-workflow';

/** Typeform personal access token (scopes: forms:read, responses:read, webhooks:read, webhooks:write). */
export class CxTypeformApi implements ICredentialType {
	name = 'cxTypeformApi';
	displayName = 'CX Typeform API';
	icon: Icon = 'file:cxTypeform.svg';
	documentationUrl = 'https://github.com/n8n-nodes-cxloop/n8n-nodes-cxloop/blob/main/docs/nodes/cx-survey-trigger.md#typeform';
	properties: INodeProperties[] = [
		{
			displayName: 'Personal Access Token',
			name: 'accessToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'Typeform › Account › Personal tokens. Scopes: forms:read, responses:read, webhooks:read, webhooks:write.',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://api.typeform.com',
			description: 'Use https://api.eu.typeform.com for accounts in the EU data centre',
		},
	];
	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: { headers: { Authorization: '=Bearer {{$credentials.accessToken}}' } },
	};
	test: ICredentialTestRequest = {
		request: { baseURL: '={{$credentials.baseUrl}}', url: '/me' },
	};
}
