import type { IExecuteFunctions } from 'n8n-workflow';
import { TICKET_RETRY, type TicketApi } from '../../engine/cases/provider';
import { baseUrlRequester, credentialBaseUrl } from '../../shared/http';
import { redmineApi, type RedmineSettings } from './api';

export const REDMINE_CREDENTIAL = 'cxRedmineApi';

export async function redmineTicketing(ctx: IExecuteFunctions, settings: RedmineSettings): Promise<TicketApi> {
	const base = await credentialBaseUrl(ctx, REDMINE_CREDENTIAL);
	return redmineApi(baseUrlRequester(ctx, REDMINE_CREDENTIAL, base, TICKET_RETRY), base, settings);
}
