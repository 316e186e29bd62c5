import type { Icon, IAuthenticateGeneric, ICredentialTestRequest, ICredentialType, INodeProperties } from 'n8n-workflow';

/** Zendesk Support: agent e-mail + API token (Admin Center › Apps and integrations › Zendesk API). */
export class CxZendeskApi implements ICredentialType {
	name = 'cxZendeskApi';
	displayName = 'CX Zendesk API';
	icon: Icon = 'file:cxZendesk.svg';
	documentationUrl = 'https://github.com/n8n-nodes-cxloop/n8n-nodes-cxloop/blob/main/docs/nodes/cx-ticket.md#zendesk';
	properties: INodeProperties[] = [
		{ displayName: 'Base URL', name: 'baseUrl', type: 'string', default: '', placeholder: 'https://acme.zendesk.com', required: true },
		{ displayName: 'Agent Email', name: 'email', type: 'string', placeholder: 'name@email.com', default: '', required: true },
		{ displayName: 'API Token', name: 'apiToken', type: 'string', typeOptions: { password: true }, default: '', required: true },
	];
	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: { auth: { username: '={{$credentials.email}}/token', password: '={{$credentials.apiToken}}' } },
	};
	test: ICredentialTestRequest = { request: { baseURL: '={{$credentials.baseUrl}}', url: '/api/v2/users/me.json' } };
}
