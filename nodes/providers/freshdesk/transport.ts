import type { IExecuteFunctions } from 'n8n-workflow';
import { TICKET_RETRY, type TicketApi } from '../../engine/cases/provider';
import { baseUrlRequester, credentialBaseUrl } from '../../shared/http';
import { freshdeskApi, type FreshdeskSettings } from './api';

export const FRESHDESK_CREDENTIAL = 'cxFreshdeskApi';

export async function freshdeskTicketing(ctx: IExecuteFunctions, settings: FreshdeskSettings): Promise<TicketApi> {
	const base = await credentialBaseUrl(ctx, FRESHDESK_CREDENTIAL);
	return freshdeskApi(baseUrlRequester(ctx, FRESHDESK_CREDENTIAL, base, TICKET_RETRY), base, settings);
}
