import type { Icon, ICredentialTestRequest, ICredentialType, INodeProperties } from 'n8n-workflow';

/** CX Feishu / Lark Bot: the webhook URL holds the robot's token, so it is stored as a secret. */
export class CxFeishuBotApi implements ICredentialType {
	name = 'cxFeishuBotApi';
	displayName = 'CX Feishu / Lark Bot API';
	icon: Icon = 'file:cxFeishu.svg';
	documentationUrl = 'https://github.com/n8n-nodes-cxloop/n8n-nodes-cxloop/blob/main/docs/nodes/cx-notify.md#feishu';
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
			placeholder: 'https://open.feishu.cn/open-apis/bot/v2/hook/…',
			description: 'Feishu group › Settings › Bots › Custom bot › Webhook (Lark: open.larksuite.com). Turn on "Set signature verification" and paste the secret below.',
		},
		{
			displayName: 'Signature Secret (签名校验)',
			name: 'secret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			placeholder: '',
			description: 'Signs every message; never sent in clear and never written to output or logs',
		},
	];
	/** Posts an empty body: the robot answers with an error code and shows nothing in the group. */
	test: ICredentialTestRequest = {
		request: { method: 'POST', url: '={{$credentials.webhookUrl}}', body: {} },
		rules: [{ type: 'responseSuccessBody', properties: { key: 'code', value: 19001, message: 'The webhook URL is invalid' } }],
	};
}
