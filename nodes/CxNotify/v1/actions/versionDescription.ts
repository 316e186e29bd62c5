/* eslint-disable n8n-nodes-base/node-filename-against-convention */
import { NodeConnectionTypes, type INodeTypeDescription } from 'n8n-workflow';

import * as send from './send.operation';

export const versionDescription: INodeTypeDescription = {
	displayName: 'CX Notify',
	name: 'cxNotify',
	group: ['output'],
	version: 1,
	subtitle: '={{ "Alert via " + $parameter["platform"] }}',
	description: 'Real-time alerts to DingTalk, WeCom, Feishu/Lark, Slack and Teams robots, with rate limits and digests',
	defaults: { name: 'CX Notify' },
	inputs: [NodeConnectionTypes.Main],
	outputs: [NodeConnectionTypes.Main],
	usableAsTool: true,
	credentials: [
		{ name: 'cxDingTalkRobotApi', required: true, displayOptions: { show: { platform: ['dingtalk'] } } },
		{ name: 'cxWeComRobotApi', required: true, displayOptions: { show: { platform: ['wecom'] } } },
		{ name: 'cxFeishuBotApi', required: true, displayOptions: { show: { platform: ['feishu'] } } },
		{ name: 'cxSlackWebhookApi', required: true, displayOptions: { show: { platform: ['slack'] } } },
		{ name: 'cxTeamsWebhookApi', required: true, displayOptions: { show: { platform: ['teams'] } } },
	],
	properties: [
		{
			displayName: 'Platform',
			name: 'platform',
			type: 'options',
			noDataExpression: true,
			options: [
				{ name: 'DingTalk 钉钉 (Custom Robot, Signed)', value: 'dingtalk' },
				{ name: 'Feishu 飞书 / Lark (Custom Bot, Signed)', value: 'feishu' },
				{ name: 'Microsoft Teams (Incoming Webhook)', value: 'teams' },
				{ name: 'Slack (Incoming Webhook)', value: 'slack' },
				{ name: 'WeCom 企业微信 (Group Robot)', value: 'wecom' },
			],
			default: 'dingtalk',
		},
		{
			displayName: 'Operation',
			name: 'operation',
			type: 'options',
			noDataExpression: true,
			options: [
				{
					name: 'Send Alert',
					value: 'send',
					action: 'Send a case alert',
					description: 'One message card per case (or a digest when many arrive at once), within the robot\'s rate limit',
				},
			],
			default: 'send',
		},
		{
			displayName: 'For e-mail alerts use n8n\'s Send Email node; this node\'s output carries notify.status (sent, digested, queued, failed) for routing queued alerts to a retry.',
			name: 'emailNotice',
			type: 'notice',
			default: '',
		},
		...send.description,
	],
};
