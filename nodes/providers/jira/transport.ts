import type { IExecuteFunctions } from 'n8n-workflow';
import type { TicketApi } from '../../engine/cases/provider';
import { baseUrlFrom, n8nRequester } from '../../CxTicket/v1/transport';
import { jiraApi, type JiraSettings } from './api';

export const JIRA_CREDENTIAL = 'cxJiraServiceManagementApi';

export async function jiraTicketing(ctx: IExecuteFunctions, settings: Omit<JiraSettings, 'deployment'>): Promise<TicketApi> {
	const base = await baseUrlFrom(ctx, JIRA_CREDENTIAL);
	const creds = await ctx.getCredentials(JIRA_CREDENTIAL);
	return jiraApi(n8nRequester(ctx, JIRA_CREDENTIAL, base), base, { ...settings, deployment: creds.deployment === 'server' ? 'server' : 'cloud' });
}
