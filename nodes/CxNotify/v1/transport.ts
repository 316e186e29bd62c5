/**
 * Posting to a chat robot: n8n's `httpRequestWithAuthentication` with the robot's credential, full
 * responses (status, body) so the platform's error codes can be mapped, never an exception for a
 * non-2xx status. The webhook URL and secret come from the credential and are scrubbed from every
 * error message.
 */
import { createHash } from 'node:crypto';
import { NodeOperationError, type IDataObject, type IExecuteFunctions } from 'n8n-workflow';

import type { Platform } from '../../engine/notify/errors';
import { scrub } from '../../engine/notify/signature';

export interface Robot {
	platform: Platform;
	/** Stable, non-secret id of the robot (hash of its webhook URL) for the rate limiter. */
	id: string;
	secrets: string[];
	send(body: Record<string, unknown>): Promise<{ status: number; body: unknown; headers: Record<string, unknown> }>;
}

export async function robotCredentials(ctx: IExecuteFunctions, credentialType: string): Promise<{ url: string; secret: string; id: string }> {
	const c = await ctx.getCredentials(credentialType);
	const url = String(c.webhookUrl ?? '').trim();
	if (!/^https?:\/\//.test(url)) throw new Error('The robot credential needs a Webhook URL starting with https://');
	return { url, secret: String(c.secret ?? '').trim(), id: createHash('sha256').update(url).digest('hex').slice(0, 16) };
}

export async function postJson(
	ctx: IExecuteFunctions,
	credentialType: string,
	url: string,
	body: Record<string, unknown>,
	secrets: string[],
): Promise<{ status: number; body: unknown; headers: Record<string, unknown> }> {
	try {
		const res = (await ctx.helpers.httpRequestWithAuthentication.call(ctx, credentialType, {
			method: 'POST',
			url,
			body: body as IDataObject,
			headers: { 'Content-Type': 'application/json; charset=utf-8' },
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
		})) as { statusCode: number; body: unknown; headers: Record<string, unknown> };
		let out = res.body;
		if (typeof out === 'string' && /^\s*[{[]/.test(out)) {
			try {
				out = JSON.parse(out);
			} catch {
				// plain text answer (Slack "ok", Teams "1")
			}
		}
		return { status: res.statusCode, body: out, headers: res.headers ?? {} };
	} catch (e) {
		throw new NodeOperationError(ctx.getNode(), scrub(`Could not reach the robot: ${(e as Error).message}`, secrets));
	}
}
