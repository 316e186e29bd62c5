import type { Icon, IAuthenticateGeneric, ICredentialTestRequest, ICredentialType, INodeProperties } from 'n8n-workflow';

/** Qualtrics API token (Account Settings › Qualtrics IDs) and data centre. */
export class CxQualtricsApi implements ICredentialType {
	name = 'cxQualtricsApi';
	displayName = 'CX Qualtrics API';
	icon: Icon = 'file:cxQualtrics.svg';
	documentationUrl = 'https://github.com/n8n-nodes-cxloop/n8n-nodes-cxloop/blob/main/docs/nodes/cx-survey-trigger.md#qualtrics';
	properties: INodeProperties[] = [
		{
			displayName: 'API Token',
			name: 'apiToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
		},
		{
			displayName: 'Data Center ID',
			name: 'dataCenter',
			type: 'string',
			default: '',
			placeholder: 'fra1',
			description: 'The part before .qualtrics.com in your account URL (Account Settings › Qualtrics IDs › User › Datacenter ID)',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: '',
			placeholder: 'https://fra1.qualtrics.com',
			description: 'Overrides the data centre (e.g. a vanity domain). Leave empty to use https://{datacenter}.qualtrics.com.',
		},
		{
			displayName: 'Event Subscription Shared Key',
			name: 'sharedKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description: 'Sent to Qualtrics when the trigger subscribes. Optional: the trigger re-reads every response through the API.',
		},
	];
	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: { headers: { 'X-API-TOKEN': '={{$credentials.apiToken}}' } },
	};
	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl || ("https://" + $credentials.dataCenter + ".qualtrics.com")}}',
			url: '/API/v3/whoami',
		},
	};
}
