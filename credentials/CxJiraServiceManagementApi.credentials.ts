import type { Icon, ICredentialDataDecryptedObject, ICredentialTestRequest, ICredentialType, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

/**
 * Jira Service Management. Cloud: account e-mail + API token (Basic). Data Center / Server: a
 * personal access token (Bearer) — leave the e-mail empty.
 */
export class CxJiraServiceManagementApi implements ICredentialType {
	name = 'cxJiraServiceManagementApi';
	displayName = 'CX Jira Service Management API';
	icon: Icon = 'file:cxJira.svg';
	documentationUrl = 'https://github.com/n8n-nodes-cxloop/n8n-nodes-cxloop/blob/main/docs/nodes/cx-ticket.md#jira-service-management';
	properties: INodeProperties[] = [
		{ displayName: 'Base URL', name: 'baseUrl', type: 'string', default: '', placeholder: 'https://acme.atlassian.net', required: true },
		{
			displayName: 'Deployment',
			name: 'deployment',
			type: 'options',
			options: [
				{ name: 'Cloud', value: 'cloud' },
				{ name: 'Data Center / Server', value: 'server' },
			],
			default: 'cloud',
		},
		{ displayName: 'Email', name: 'email', type: 'string', placeholder: 'name@email.com', default: '', displayOptions: { show: { deployment: ['cloud'] } } },
		{ displayName: 'API Token', name: 'apiToken', type: 'string', typeOptions: { password: true }, default: '', displayOptions: { show: { deployment: ['cloud'] } } },
		// eslint-disable-next-line @n8n/community-nodes/credential-unnecessary-password -- a Jira personal access token is a secret
		{ displayName: 'Personal Access Token', name: 'pat', type: 'string', typeOptions: { password: true }, default: '', displayOptions: { show: { deployment: ['server'] } } },
	];
	async authenticate(credentials: ICredentialDataDecryptedObject, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		const authorization =
			credentials.deployment === 'server'
				? `Bearer ${String(credentials.pat ?? '')}`
				: `Basic ${Buffer.from(`${String(credentials.email ?? '')}:${String(credentials.apiToken ?? '')}`).toString('base64')}`;
		return { ...requestOptions, headers: { ...(requestOptions.headers ?? {}), Authorization: authorization } };
	}
	test: ICredentialTestRequest = { request: { baseURL: '={{$credentials.baseUrl}}', url: '/rest/api/2/myself' } };
}
