import type { Icon, ICredentialTestRequest, ICredentialType, INodeProperties } from 'n8n-workflow';

/** CX DingTalk Robot: the webhook URL holds the robot's token, so it is stored as a secret. */
export class CxDingTalkRobotApi implements ICredentialType {
	name = 'cxDingTalkRobotApi';
	displayName = 'CX DingTalk Robot API';
	icon: Icon = 'file:cxDingTalk.svg';
	documentationUrl = 'https://github.com/n8n-nodes-cxloop/n8n-nodes-cxloop/blob/main/docs/nodes/cx-notify.md#dingtalk';
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
			placeholder: 'https://oapi.dingtalk.com/robot/send?access_token=…',
			description: 'DingTalk group › Settings › Bots › Custom robot › Webhook. Use the "Sign" security setting and paste its secret below.',
		},
		{
			displayName: 'Secret (加签)',
			name: 'secret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			placeholder: 'SEC…',
			description: 'Signs every message; never sent in clear and never written to output or logs',
		},
	];
	/** Posts an empty body: the robot answers with an error code and shows nothing in the group. */
	test: ICredentialTestRequest = {
		request: { method: 'POST', url: '={{$credentials.webhookUrl}}', body: {} },
		rules: [{ type: 'responseSuccessBody', properties: { key: 'errcode', value: 300001, message: 'The access token in the webhook URL is invalid' } }],
	};
}
