import type { Icon, IAuthenticateGeneric, ICredentialTestRequest, ICredentialType, INodeProperties } from 'n8n-workflow';

/** Tripadvisor Content API key (read only; the key is tied to allowed domains or IPs). */
export class CxTripadvisorContentApi implements ICredentialType {
	name = 'cxTripadvisorContentApi';

	displayName = 'CX Tripadvisor Content API';

	icon: Icon = 'file:cxTripadvisor.svg';

	documentationUrl = 'https://tripadvisor-content-api.readme.io/reference/overview';

	properties: INodeProperties[] = [
		{ displayName: 'API Key', name: 'apiKey', type: 'string', typeOptions: { password: true }, default: '', required: true },
		{ displayName: 'Base URL', name: 'baseUrl', type: 'string', default: 'https://api.content.tripadvisor.com/api/v1' },
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: { qs: { key: '={{$credentials.apiKey}}' } },
	};

	test: ICredentialTestRequest = {
		request: { baseURL: '={{$credentials.baseUrl}}', url: '/location/search', qs: { searchQuery: 'hotel', language: 'en' } },
	};
}
