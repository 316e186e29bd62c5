import type { Icon, IAuthenticateGeneric, ICredentialTestRequest, ICredentialType, INodeProperties } from 'n8n-workflow';

/** Freshdesk: API key (Profile settings › Your API Key), sent as Basic `apiKey:X`. */
export class CxFreshdeskApi implements ICredentialType {
	name = 'cxFreshdeskApi';
	displayName = 'CX Freshdesk API';
	icon: Icon = 'file:cxFreshdesk.svg';
	documentationUrl = 'https://github.com/n8n-nodes-cxloop/n8n-nodes-cxloop/blob/main/docs/nodes/cx-ticket.md#freshdesk';
	properties: INodeProperties[] = [
		{ displayName: 'Base URL', name: 'baseUrl', type: 'string', default: '', placeholder: 'https://acme.freshdesk.com', required: true },
		{ displayName: 'API Key', name: 'apiKey', type: 'string', typeOptions: { password: true }, default: '', required: true },
	];
	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: { auth: { username: '={{$credentials.apiKey}}', password: 'X' } },
	};
	test: ICredentialTestRequest = { request: { baseURL: '={{$credentials.baseUrl}}', url: '/api/v2/agents/me' } };
}
