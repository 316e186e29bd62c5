/** Slack incoming webhook: the URL is the secret; answers "ok" or an error text. */
import type { IExecuteFunctions } from 'n8n-workflow';

import { postJson, robotCredentials, type Robot } from '../../CxNotify/v1/transport';

export const SLACK_CREDENTIAL = 'cxSlackWebhookApi';

export async function slackRobot(ctx: IExecuteFunctions): Promise<Robot> {
	const { url, id } = await robotCredentials(ctx, SLACK_CREDENTIAL);
	const secrets = [new URL(url).pathname];
	return { platform: 'slack', id: `slack:${id}`, secrets, send: (body) => postJson(ctx, SLACK_CREDENTIAL, url, body, secrets) };
}
