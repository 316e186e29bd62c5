import type { Icon, ICredentialType, INodeProperties } from 'n8n-workflow';

/**
 * Google Business Profile (reviews of all locations of an account). OAuth2 with the
 * business.manage scope; the Google Cloud project needs Business Profile API access approved by
 * Google (see docs/connect-review-sites.md).
 */
export class CxGoogleBusinessProfileOAuth2Api implements ICredentialType {
	name = 'cxGoogleBusinessProfileOAuth2Api';

	extends = ['oAuth2Api'];

	displayName = 'CX Google Business Profile OAuth2 API';

	icon: Icon = 'file:cxGoogleBusinessProfile.svg';

	documentationUrl = 'https://developers.google.com/my-business/content/basic-setup';

	properties: INodeProperties[] = [
		{ displayName: 'Grant Type', name: 'grantType', type: 'hidden', default: 'authorizationCode' },
		{ displayName: 'Authorization URL', name: 'authUrl', type: 'hidden', default: 'https://accounts.google.com/o/oauth2/v2/auth' },
		{ displayName: 'Access Token URL', name: 'accessTokenUrl', type: 'hidden', default: 'https://oauth2.googleapis.com/token' },
		{ displayName: 'Scope', name: 'scope', type: 'hidden', default: 'https://www.googleapis.com/auth/business.manage' },
		{ displayName: 'Auth URI Query Parameters', name: 'authQueryParameters', type: 'hidden', default: 'access_type=offline&prompt=consent' },
		{ displayName: 'Authentication', name: 'authentication', type: 'hidden', default: 'body' },
		{
			displayName: 'API Base URL',
			name: 'apiBaseUrl',
			type: 'string',
			default: '',
			placeholder: 'https://mybusiness.googleapis.com',
			description: 'Leave empty to use Google. Set only to route all Business Profile calls through a proxy or a test server.',
		},
	];
}
