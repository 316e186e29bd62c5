/** Feishu / Lark custom bot: `timestamp` (seconds) and `sign` go into the JSON body. */
import type { IExecuteFunctions } from 'n8n-workflow';

import { feishuSign } from '../../engine/notify/signature';
import { postJson, robotCredentials, type Robot } from '../../CxNotify/v1/transport';

export const FEISHU_CREDENTIAL = 'cxFeishuBotApi';

export function signedFeishuBody(body: Record<string, unknown>, secret: string, timestampSeconds: number): Record<string, unknown> {
	if (!secret) return body;
	return { timestamp: String(timestampSeconds), sign: feishuSign(timestampSeconds, secret), ...body };
}

export async function feishuRobot(ctx: IExecuteFunctions): Promise<Robot> {
	const { url, secret, id } = await robotCredentials(ctx, FEISHU_CREDENTIAL);
	const secrets = [secret, url.split('/hook/')[1] ?? ''];
	return {
		platform: 'feishu',
		id: `feishu:${id}`,
		secrets,
		send: (body) => postJson(ctx, FEISHU_CREDENTIAL, url, signedFeishuBody(body, secret, Math.floor(Date.now() / 1000)), secrets),
	};
}
