import type { IExecuteFunctions } from 'n8n-workflow';
import type { TicketApi } from '../../engine/cases/provider';
import { baseUrlFrom, n8nRequester } from '../../CxTicket/v1/transport';
import { zammadApi, type ZammadSettings } from './api';

export const ZAMMAD_CREDENTIAL = 'cxZammadApi';

export async function zammadTicketing(ctx: IExecuteFunctions, settings: ZammadSettings): Promise<TicketApi> {
	const base = await baseUrlFrom(ctx, ZAMMAD_CREDENTIAL);
	return zammadApi(n8nRequester(ctx, ZAMMAD_CREDENTIAL, base), base, settings);
}
