import type { IExecuteFunctions } from 'n8n-workflow';
import { TICKET_RETRY, type TicketApi } from '../../engine/cases/provider';
import { baseUrlRequester, credentialBaseUrl } from '../../shared/http';
import { zammadApi, type ZammadSettings } from './api';

export const ZAMMAD_CREDENTIAL = 'cxZammadApi';

export async function zammadTicketing(ctx: IExecuteFunctions, settings: ZammadSettings): Promise<TicketApi> {
	const base = await credentialBaseUrl(ctx, ZAMMAD_CREDENTIAL);
	return zammadApi(baseUrlRequester(ctx, ZAMMAD_CREDENTIAL, base, TICKET_RETRY), base, settings);
}
