import type { Icon, ICredentialType, INodeProperties } from 'n8n-workflow';

/** CX Microsoft Teams Incoming Webhook: the webhook URL holds the robot's token, so it is stored as a secret. */
// Not testable without posting a message into the channel, which a credential test must not do.
// eslint-disable-next-line @n8n/community-nodes/credential-test-required
export class CxTeamsWebhookApi implements ICredentialType {
	name = 'cxTeamsWebhookApi';
	displayName = 'CX Microsoft Teams Incoming Webhook API';
	icon: Icon = 'file:cxTeams.svg';
	documentationUrl = 'https://github.com/n8n-nodes-cxloop/n8n-nodes-cxloop/blob/main/docs/nodes/cx-notify.md#teams';
	properties: INodeProperties[] = [
		// The webhook URL carries the robot's token: whoever has it can post to the group.
		// eslint-disable-next-line @n8n/community-nodes/credential-unnecessary-password
		{
			displayName: 'Webhook URL',
			name: 'webhookUrl',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			placeholder: 'https://…/workflows/…',
			description: 'Teams channel › Workflows › "Post to a channel when a webhook request is received" (or a legacy Incoming Webhook connector) › URL.',
		},
	];
}
