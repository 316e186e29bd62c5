/* eslint-disable n8n-nodes-base/node-filename-against-convention */
import { NodeConnectionTypes, type INodeTypeDescription } from 'n8n-workflow';

import * as compose from './compose.operation';
import * as send from './send.operation';

export const versionDescription: INodeTypeDescription = {
	displayName: 'CX Notify',
	name: 'cxNotify',
	group: ['output'],
	version: 1,
	subtitle: '={{ $parameter["operation"] === "compose" ? "Compose e-mail" : "Alert via " + $parameter["platform"] }}',
	description: 'Real-time alerts to DingTalk, WeCom, Feishu/Lark, Slack and Teams robots, with rate limits and digests, and the same alerts as e-mails',
	defaults: { name: 'CX Notify' },
	inputs: [NodeConnectionTypes.Main],
	outputs: [NodeConnectionTypes.Main],
	usableAsTool: true,
	credentials: [
		{ name: 'cxDingTalkRobotApi', required: true, displayOptions: { show: { platform: ['dingtalk'], operation: ['send'] } } },
		{ name: 'cxWeComRobotApi', required: true, displayOptions: { show: { platform: ['wecom'], operation: ['send'] } } },
		{ name: 'cxFeishuBotApi', required: true, displayOptions: { show: { platform: ['feishu'], operation: ['send'] } } },
		{ name: 'cxSlackWebhookApi', required: true, displayOptions: { show: { platform: ['slack'], operation: ['send'] } } },
		{ name: 'cxTeamsWebhookApi', required: true, displayOptions: { show: { platform: ['teams'], operation: ['send'] } } },
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
			displayOptions: { show: { operation: ['send'] } },
		},
		{
			displayName: 'Operation',
			name: 'operation',
			type: 'options',
			noDataExpression: true,
			options: [
				{
					name: 'Compose Email',
					value: 'compose',
					action: 'Compose an alert email',
					description: 'The same card as an e-mail (to, subject, text, HTML) for n8n\'s Send Email node; sends nothing',
				},
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
			displayName: 'Send every alert to a robot through ONE CX Notify node (the "CX · Alert sender" template): its budget and lock are per node. Alerts over the budget come out as notify.status = queued, for the outbox.',
			name: 'emailNotice',
			type: 'notice',
			default: '',
			displayOptions: { show: { operation: ['send'] } },
		},
		...send.description,
		...compose.description,
	],
};
