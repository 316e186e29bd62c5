import type { Icon, IAuthenticateGeneric, ICredentialTestRequest, ICredentialType, INodeProperties } from 'n8n-workflow';

/** Zammad: an access token (Profile › Token Access) with ticket.agent permission. */
export class CxZammadApi implements ICredentialType {
	name = 'cxZammadApi';
	displayName = 'CX Zammad API';
	icon: Icon = 'file:cxZammad.svg';
	documentationUrl = 'https://github.com/n8n-nodes-cxloop/n8n-nodes-cxloop/blob/main/docs/nodes/cx-ticket.md#zammad';
	properties: INodeProperties[] = [
		{ displayName: 'Base URL', name: 'baseUrl', type: 'string', default: '', placeholder: 'https://support.example.com', required: true },
		{ displayName: 'Access Token', name: 'accessToken', type: 'string', typeOptions: { password: true }, default: '', required: true },
	];
	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: { headers: { Authorization: '=Token token={{$credentials.accessToken}}' } },
	};
	test: ICredentialTestRequest = { request: { baseURL: '={{$credentials.baseUrl}}', url: '/api/v1/users/me' } };
}
