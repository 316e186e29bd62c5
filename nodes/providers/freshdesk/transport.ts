import type { IExecuteFunctions } from 'n8n-workflow';
import type { TicketApi } from '../../engine/cases/provider';
import { baseUrlFrom, n8nRequester } from '../../CxTicket/v1/transport';
import { freshdeskApi, type FreshdeskSettings } from './api';

export const FRESHDESK_CREDENTIAL = 'cxFreshdeskApi';

export async function freshdeskTicketing(ctx: IExecuteFunctions, settings: FreshdeskSettings): Promise<TicketApi> {
	const base = await baseUrlFrom(ctx, FRESHDESK_CREDENTIAL);
	return freshdeskApi(n8nRequester(ctx, FRESHDESK_CREDENTIAL, base), base, settings);
}
