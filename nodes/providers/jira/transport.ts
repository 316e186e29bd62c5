import type { IExecuteFunctions } from 'n8n-workflow';
import { TICKET_RETRY, type TicketApi } from '../../engine/cases/provider';
import { baseUrlRequester, credentialBaseUrl } from '../../shared/http';
import { jiraApi, type JiraSettings } from './api';

export const JIRA_CREDENTIAL = 'cxJiraServiceManagementApi';

export async function jiraTicketing(ctx: IExecuteFunctions, settings: Omit<JiraSettings, 'deployment'>): Promise<TicketApi> {
	const base = await credentialBaseUrl(ctx, JIRA_CREDENTIAL);
	const creds = await ctx.getCredentials(JIRA_CREDENTIAL);
	return jiraApi(baseUrlRequester(ctx, JIRA_CREDENTIAL, base, TICKET_RETRY), base, { ...settings, deployment: creds.deployment === 'server' ? 'server' : 'cloud' });
}
