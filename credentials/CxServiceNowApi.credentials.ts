import type { Icon, IAuthenticateGeneric, ICredentialTestRequest, ICredentialType, INodeProperties } from 'n8n-workflow';

/** ServiceNow: a user with the itil role (Basic auth). */
export class CxServiceNowApi implements ICredentialType {
	name = 'cxServiceNowApi';
	displayName = 'CX ServiceNow API';
	icon: Icon = 'file:cxServiceNow.svg';
	documentationUrl = 'https://github.com/n8n-nodes-cxloop/n8n-nodes-cxloop/blob/main/docs/nodes/cx-ticket.md#servicenow';
	properties: INodeProperties[] = [
		{ displayName: 'Instance URL', name: 'baseUrl', type: 'string', default: '', placeholder: 'https://acme.service-now.com', required: true },
		{ displayName: 'Username', name: 'username', type: 'string', default: '', required: true },
		{ displayName: 'Password', name: 'password', type: 'string', typeOptions: { password: true }, default: '', required: true },
	];
	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: { auth: { username: '={{$credentials.username}}', password: '={{$credentials.password}}' } },
	};
	test: ICredentialTestRequest = { request: { baseURL: '={{$credentials.baseUrl}}', url: '/api/now/table/sys_user?sysparm_limit=1' } };
}
