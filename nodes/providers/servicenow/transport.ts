import type { IExecuteFunctions } from 'n8n-workflow';
import { TICKET_RETRY, type TicketApi } from '../../engine/cases/provider';
import { baseUrlRequester, credentialBaseUrl } from '../../shared/http';
import { serviceNowApi, type ServiceNowSettings } from './api';

export const SERVICENOW_CREDENTIAL = 'cxServiceNowApi';

export async function serviceNowTicketing(ctx: IExecuteFunctions, settings: ServiceNowSettings): Promise<TicketApi> {
	const base = await credentialBaseUrl(ctx, SERVICENOW_CREDENTIAL);
	return serviceNowApi(baseUrlRequester(ctx, SERVICENOW_CREDENTIAL, base, TICKET_RETRY), base, settings);
}
