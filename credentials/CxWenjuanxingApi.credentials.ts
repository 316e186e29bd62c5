import type { Icon, ICredentialType, INodeProperties } from 'n8n-workflow';

/** Wenjuanxing (问卷星) data-push key (推送密钥), used to check the `sign` of pushed responses. */
// Wenjuanxing offers no API call to test a push key with; it is checked on the first push.
// eslint-disable-next-line @n8n/community-nodes/credential-test-required
export class CxWenjuanxingApi implements ICredentialType {
	name = 'cxWenjuanxingApi';
	displayName = 'CX Wenjuanxing (问卷星) Push API';
	icon: Icon = 'file:cxWenjuanxing.svg';
	documentationUrl = 'https://github.com/n8n-nodes-cxloop/n8n-nodes-cxloop/blob/main/docs/nodes/cx-survey-trigger.md#wenjuanxing';
	properties: INodeProperties[] = [
		{
			displayName: 'Push Key (推送密钥)',
			name: 'pushKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'Given by Wenjuanxing support for the data-push API (尊享版)',
		},
	];
}
