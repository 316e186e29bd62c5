/** Microsoft Teams incoming webhook (Workflows or legacy connector): Adaptive Card attachments. */
import type { IExecuteFunctions } from 'n8n-workflow';

import { postJson, robotCredentials, type Robot } from '../../CxNotify/v1/transport';

export const TEAMS_CREDENTIAL = 'cxTeamsWebhookApi';

export async function teamsRobot(ctx: IExecuteFunctions): Promise<Robot> {
	const { url, id } = await robotCredentials(ctx, TEAMS_CREDENTIAL);
	const u = new URL(url);
	const secrets = [u.search.slice(1), u.pathname];
	return { platform: 'teams', id: `teams:${id}`, secrets, send: (body) => postJson(ctx, TEAMS_CREDENTIAL, url, body, secrets) };
}
