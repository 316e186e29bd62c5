import type { IExecuteFunctions } from 'n8n-workflow';
import type { TicketApi } from '../../engine/cases/provider';
import { baseUrlFrom, n8nRequester } from '../../CxTicket/v1/transport';
import { serviceNowApi, type ServiceNowSettings } from './api';

export const SERVICENOW_CREDENTIAL = 'cxServiceNowApi';

export async function serviceNowTicketing(ctx: IExecuteFunctions, settings: ServiceNowSettings): Promise<TicketApi> {
	const base = await baseUrlFrom(ctx, SERVICENOW_CREDENTIAL);
	return serviceNowApi(n8nRequester(ctx, SERVICENOW_CREDENTIAL, base), base, settings);
}
