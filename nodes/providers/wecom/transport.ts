/** WeCom group robot: no signature, the key in the webhook URL is the secret. */
import type { IExecuteFunctions } from 'n8n-workflow';

import { postJson, robotCredentials, type Robot } from '../../CxNotify/v1/transport';

export const WECOM_CREDENTIAL = 'cxWeComRobotApi';

export async function weComRobot(ctx: IExecuteFunctions): Promise<Robot> {
	const { url, id } = await robotCredentials(ctx, WECOM_CREDENTIAL);
	const secrets = [new URL(url).searchParams.get('key') ?? ''];
	return { platform: 'wecom', id: `wecom:${id}`, secrets, send: (body) => postJson(ctx, WECOM_CREDENTIAL, url, body, secrets) };
}
