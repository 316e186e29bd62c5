import type { IExecuteFunctions } from 'n8n-workflow';
import type { TicketApi } from '../../engine/cases/provider';
import { baseUrlFrom, n8nRequester } from '../../CxTicket/v1/transport';
import { redmineApi, type RedmineSettings } from './api';

export const REDMINE_CREDENTIAL = 'cxRedmineApi';

export async function redmineTicketing(ctx: IExecuteFunctions, settings: RedmineSettings): Promise<TicketApi> {
	const base = await baseUrlFrom(ctx, REDMINE_CREDENTIAL);
	return redmineApi(n8nRequester(ctx, REDMINE_CREDENTIAL, base), base, settings);
}
