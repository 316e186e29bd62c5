/** DingTalk custom robot: signed with the secret (timestamp in ms + HMAC-SHA256 of `ts\nsecret`). */
import type { IExecuteFunctions } from 'n8n-workflow';

import { dingTalkSign } from '../../engine/notify/signature';
import { postJson, robotCredentials, type Robot } from '../../CxNotify/v1/transport';

export const DINGTALK_CREDENTIAL = 'cxDingTalkRobotApi';

export function signedDingTalkUrl(webhookUrl: string, secret: string, timestampMs: number): string {
	if (!secret) return webhookUrl;
	const sign = encodeURIComponent(dingTalkSign(timestampMs, secret));
	return `${webhookUrl}${webhookUrl.includes('?') ? '&' : '?'}timestamp=${timestampMs}&sign=${sign}`;
}

export async function dingTalkRobot(ctx: IExecuteFunctions): Promise<Robot> {
	const { url, secret, id } = await robotCredentials(ctx, DINGTALK_CREDENTIAL);
	const token = new URL(url).searchParams.get('access_token') ?? '';
	const secrets = [secret, token];
	return {
		platform: 'dingtalk',
		id: `dingtalk:${id}`,
		secrets,
		send: (body) => postJson(ctx, DINGTALK_CREDENTIAL, signedDingTalkUrl(url, secret, Date.now()), body, secrets),
	};
}
