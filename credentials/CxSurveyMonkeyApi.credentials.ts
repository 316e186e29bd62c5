import type { Icon, IAuthenticateGeneric, ICredentialTestRequest, ICredentialType, INodeProperties } from 'n8n-workflow';

/**
 * SurveyMonkey app: an access token for the API, and the app's API key (or client ID) and secret,
 * which SurveyMonkey uses to sign webhook callbacks (Sm-Signature).
 */
export class CxSurveyMonkeyApi implements ICredentialType {
	name = 'cxSurveyMonkeyApi';
	displayName = 'CX SurveyMonkey API';
	icon: Icon = 'file:cxSurveyMonkey.svg';
	documentationUrl = 'https://github.com/n8n-nodes-cxloop/n8n-nodes-cxloop/blob/main/docs/nodes/cx-survey-trigger.md#surveymonkey';
	properties: INodeProperties[] = [
		{
			displayName: 'Access Token',
			name: 'accessToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'developer.surveymonkey.com › My Apps › your app › Settings › Access Token',
		},
		{
			displayName: 'API Key or Client ID',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description: 'Needed to verify webhook signatures (the key is "API key&API secret")',
		},
		{
			displayName: 'API Secret',
			name: 'apiSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description: 'Needed to verify webhook signatures',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://api.surveymonkey.com',
			description: 'Use https://api.eu.surveymonkey.com for EU accounts',
		},
	];
	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: { headers: { Authorization: '=Bearer {{$credentials.accessToken}}' } },
	};
	test: ICredentialTestRequest = {
		request: { baseURL: '={{$credentials.baseUrl}}', url: '/v3/users/me' },
	};
}
