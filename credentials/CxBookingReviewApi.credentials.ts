import type { Icon, IAuthenticateGeneric, ICredentialType, INodeProperties } from 'n8n-workflow';

/**
 * Booking.com Guest Review API: a Connectivity Partner machine account with the review-api
 * permission (Basic auth). Only connectivity partners get one; see docs/connect-review-sites.md.
 */
// No side-effect-free endpoint of the Review API is documented openly [U], so there is no credential
// test; the first list call shows a wrong machine account as HTTP 401.
// eslint-disable-next-line @n8n/community-nodes/credential-test-required
export class CxBookingReviewApi implements ICredentialType {
	name = 'cxBookingReviewApi';

	displayName = 'CX Booking.com Review API';

	icon: Icon = 'file:cxBooking.svg';

	documentationUrl = 'https://developers.booking.com/connectivity/docs/review-api';

	properties: INodeProperties[] = [
		{ displayName: 'Machine Account Username', name: 'username', type: 'string', default: '', required: true },
		{ displayName: 'Password', name: 'password', type: 'string', typeOptions: { password: true }, default: '', required: true },
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://supply-xml.booking.com/review-api',
			description: 'The Review API root your connectivity contract names',
		},
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			auth: { username: '={{$credentials.username}}', password: '={{$credentials.password}}' },
		},
	};
}
