import type { Icon, IAuthenticateGeneric, ICredentialTestRequest, ICredentialType, INodeProperties } from 'n8n-workflow';

/**
 * Trustpilot: API key for reading, plus an OAuth access token of a business user for the private
 * endpoints (replies). Trustpilot grants API access to paying business accounts.
 */
export class CxTrustpilotApi implements ICredentialType {
	name = 'cxTrustpilotApi';

	displayName = 'CX Trustpilot API';

	icon: Icon = 'file:cxTrustpilot.svg';

	documentationUrl = 'https://developers.trustpilot.com/';

	properties: INodeProperties[] = [
		{ displayName: 'API Key', name: 'apiKey', type: 'string', typeOptions: { password: true }, default: '', required: true },
		{
			displayName: 'Access Token',
			name: 'accessToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description: 'OAuth access token of a business user; needed to post or delete replies',
		},
		{
			displayName: 'Business User ID',
			name: 'businessUserId',
			type: 'string',
			default: '',
			description: 'Shown as the author of replies (authorBusinessUserId)',
		},
		{ displayName: 'Base URL', name: 'baseUrl', type: 'string', default: 'https://api.trustpilot.com' },
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			headers: {
				apikey: '={{$credentials.apiKey}}',
				Authorization: '=Bearer {{$credentials.accessToken}}',
			},
		},
	};

	test: ICredentialTestRequest = {
		request: { baseURL: '={{$credentials.baseUrl}}', url: '/v1/business-units/find', qs: { name: 'trustpilot.com' } },
	};
}
