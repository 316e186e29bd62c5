import type { IExecuteFunctions } from 'n8n-workflow';
import type { TicketApi } from '../../engine/cases/provider';
import { baseUrlFrom, n8nRequester } from '../../CxTicket/v1/transport';
import { zendeskApi } from './api';

export const ZENDESK_CREDENTIAL = 'cxZendeskApi';

export async function zendeskTicketing(ctx: IExecuteFunctions): Promise<TicketApi> {
	const base = await baseUrlFrom(ctx, ZENDESK_CREDENTIAL);
	return zendeskApi(n8nRequester(ctx, ZENDESK_CREDENTIAL, base), base);
}
