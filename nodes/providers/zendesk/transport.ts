import type { IExecuteFunctions } from 'n8n-workflow';
import { TICKET_RETRY, type TicketApi } from '../../engine/cases/provider';
import { baseUrlRequester, credentialBaseUrl } from '../../shared/http';
import { zendeskApi } from './api';

export const ZENDESK_CREDENTIAL = 'cxZendeskApi';

export async function zendeskTicketing(ctx: IExecuteFunctions): Promise<TicketApi> {
	const base = await credentialBaseUrl(ctx, ZENDESK_CREDENTIAL);
	return zendeskApi(baseUrlRequester(ctx, ZENDESK_CREDENTIAL, base, TICKET_RETRY), base);
}
