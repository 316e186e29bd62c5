import type { Icon, ICredentialTestRequest, ICredentialType, INodeProperties } from 'n8n-workflow';

/** CX WeCom Group Robot: the webhook URL holds the robot's token, so it is stored as a secret. */
export class CxWeComRobotApi implements ICredentialType {
	name = 'cxWeComRobotApi';
	displayName = 'CX WeCom Group Robot API';
	icon: Icon = 'file:cxWeCom.svg';
	documentationUrl = 'https://github.com/n8n-nodes-cxloop/n8n-nodes-cxloop/blob/main/docs/nodes/cx-notify.md#wecom';
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
			placeholder: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…',
			description: 'WeCom group › … › Add group robot › Webhook URL. The key in it is the secret (WeCom robots are not signed).',
		},
	];
	/** Posts an empty body: the robot answers with an error code and shows nothing in the group. */
	test: ICredentialTestRequest = {
		request: { method: 'POST', url: '={{$credentials.webhookUrl}}', body: {} },
		rules: [{ type: 'responseSuccessBody', properties: { key: 'errcode', value: 93000, message: 'The key in the webhook URL is invalid' } }],
	};
}
