/**
 * The n8n side of the ticket providers: a Requester over `httpRequestWithAuthentication` with the
 * provider's credential (auth, proxy and n8n's axios), full responses so 429 + Retry-After is
 * honoured by `sendWithRetry`, and the base URL from the credential.
 */
import { sleep, type IDataObject, type IExecuteFunctions, type IHttpRequestOptions } from 'n8n-workflow';

import { sendWithRetry, type Requester } from '../../engine/cases/provider';

export async function baseUrlFrom(ctx: IExecuteFunctions, credentialType: string): Promise<string> {
	const creds = await ctx.getCredentials(credentialType);
	const base = String(creds.baseUrl ?? '').trim().replace(/\/+$/, '');
	if (!/^https?:\/\//.test(base)) throw new Error(`The ${credentialType} credential needs a Base URL starting with https://`);
	return base;
}

export function n8nRequester(ctx: IExecuteFunctions, credentialType: string, baseUrl: string): Requester {
	const send: Requester = async (r) => {
		const options: IHttpRequestOptions = {
			method: r.method,
			url: `${baseUrl}${r.path}`,
			json: true,
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
			headers: { Accept: 'application/json', ...(r.headers ?? {}) },
		};
		if (r.qs) options.qs = r.qs as IDataObject;
		if (r.body !== undefined) options.body = r.body as IDataObject;
		const res = (await ctx.helpers.httpRequestWithAuthentication.call(ctx, credentialType, options)) as {
			statusCode: number;
			headers: Record<string, unknown>;
			body: unknown;
		};
		let body = res.body;
		if (typeof body === 'string' && body && /^[[{]/.test(body.trim())) {
			try {
				body = JSON.parse(body);
			} catch {
				// keep the text
			}
		}
		return { status: res.statusCode, headers: res.headers ?? {}, body };
	};
	return (r) => sendWithRetry(send, r, { sleep });
}
