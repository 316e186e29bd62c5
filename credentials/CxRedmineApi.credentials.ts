import type { Icon, IAuthenticateGeneric, ICredentialTestRequest, ICredentialType, INodeProperties } from 'n8n-workflow';

/** Redmine: the REST API key (My account › API access key; the REST API must be enabled by an admin). */
export class CxRedmineApi implements ICredentialType {
	name = 'cxRedmineApi';
	displayName = 'CX Redmine API';
	icon: Icon = 'file:cxRedmine.svg';
	documentationUrl = 'https://github.com/n8n-nodes-cxloop/n8n-nodes-cxloop/blob/main/docs/nodes/cx-ticket.md#redmine';
	properties: INodeProperties[] = [
		{ displayName: 'Base URL', name: 'baseUrl', type: 'string', default: '', placeholder: 'https://redmine.example.com', required: true },
		{ displayName: 'API Key', name: 'apiKey', type: 'string', typeOptions: { password: true }, default: '', required: true },
	];
	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: { headers: { 'X-Redmine-API-Key': '={{$credentials.apiKey}}' } },
	};
	test: ICredentialTestRequest = { request: { baseURL: '={{$credentials.baseUrl}}', url: '/users/current.json' } };
}
