/**
 * Transport for OpenAI-compatible chat APIs (/v1/chat/completions) through n8n's request helper
 * with the node's `cxOpenAiCompatibleApi` credential. Honours 429 + Retry-After (up to two waits, at
 * most 30 s each) and wraps other failures as NodeApiError.
 */
import { NodeApiError, NodeOperationError, sleep, type IExecuteFunctions, type JsonObject } from 'n8n-workflow';

import { retryAfterMs } from '../../engine/http/retry';

export const LLM_CREDENTIAL = 'cxOpenAiCompatibleApi';

export interface ChatMessage {
	role: 'system' | 'user' | 'assistant';
	content: string;
}

export interface ChatOptions {
	model?: string;
	temperature?: number;
	jsonMode?: boolean;
	timeoutMs?: number;
	maxTokens?: number;
}

interface ChatResponse {
	choices?: Array<{ message?: { content?: string | null } }>;
}

/** How long to wait before retrying a failed call: only a 429, as its Retry-After says (1 s without one), at most 30 s. */
function waitAfter(error: any): number | undefined {
	const status = error?.httpCode ?? error?.response?.status ?? error?.cause?.response?.status ?? error?.statusCode;
	if (String(status) !== '429') return undefined;
	return Math.min(30_000, retryAfterMs(error?.response?.headers ?? error?.cause?.response?.headers) ?? 1000);
}

/** One chat completion; returns the assistant message text. */
export async function chatCompletion(ctx: IExecuteFunctions, messages: ChatMessage[], options: ChatOptions = {}, itemIndex = 0): Promise<string> {
	const creds = await ctx.getCredentials(LLM_CREDENTIAL, itemIndex);
	const baseUrl = String(creds.baseUrl ?? '').replace(/\/+$/, '');
	if (!baseUrl) throw new NodeOperationError(ctx.getNode(), 'The OpenAI-compatible credential has no Base URL', { itemIndex });
	const model = options.model || String(creds.model ?? '');
	const body: Record<string, unknown> = { model, messages, temperature: options.temperature ?? 0 };
	if (options.jsonMode !== false) body.response_format = { type: 'json_object' };
	if (options.maxTokens) body.max_tokens = options.maxTokens;
	for (let attempt = 0; ; attempt++) {
		try {
			const res = (await ctx.helpers.httpRequestWithAuthentication.call(ctx, LLM_CREDENTIAL, {
				method: 'POST',
				url: `${baseUrl}/chat/completions`,
				body,
				json: true,
				timeout: options.timeoutMs ?? 60_000,
			})) as ChatResponse;
			const content = res?.choices?.[0]?.message?.content;
			if (typeof content !== 'string') throw new NodeOperationError(ctx.getNode(), 'The chat API answered without choices[0].message.content', { itemIndex });
			return content;
		} catch (error) {
			const wait = waitAfter(error);
			if (wait !== undefined && attempt < 2) {
				await sleep(wait);
				continue;
			}
			// Already an n8n error with the node and item attached.
			// eslint-disable-next-line @n8n/community-nodes/require-node-api-error
			if (error instanceof NodeApiError || error instanceof NodeOperationError) throw error;
			if ((error as any)?.response || (error as any)?.httpCode) throw new NodeApiError(ctx.getNode(), error as JsonObject, { itemIndex });
			throw new NodeOperationError(ctx.getNode(), (error as Error).message, { itemIndex });
		}
	}
}
