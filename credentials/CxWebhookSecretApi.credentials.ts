import type { Icon, ICredentialType, INodeProperties } from 'n8n-workflow';

/** A shared secret for signed JSON webhooks (the CX Survey Trigger's "Any JSON" platform). */
// A shared secret has no service to test it against; it is checked on the first signed request.
// eslint-disable-next-line @n8n/community-nodes/credential-test-required
export class CxWebhookSecretApi implements ICredentialType {
	name = 'cxWebhookSecretApi';
	displayName = 'CX Webhook Shared Secret API';
	icon: Icon = 'file:cxWebhookSecret.svg';
	documentationUrl = 'https://github.com/n8n-nodes-cxloop/n8n-nodes-cxloop/blob/main/docs/nodes/cx-survey-trigger.md#any-json';
	properties: INodeProperties[] = [
		{
			displayName: 'Secret',
			name: 'secret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'The HMAC key the sender signs the raw body with',
		},
	];
}
