/**
 * The LLM-written summary, n8n side: sends the facts (numbers only) to an OpenAI-compatible chat API
 * with the node's credential, validates the answer (schema + hallucination guard), retries once with
 * the reason, and otherwise keeps the rule-based summary and says why.
 */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { MetricsResult } from '../../../engine/metrics/aggregator';
import { buildSummaryMessages, parseSummaryAnswer, type SummaryContext } from '../../../engine/report/llmSummary';
import type { Lang } from '../../../engine/report/i18n';
import { summaryFacts, summarySentences } from '../../../engine/report/summary';
import { chatCompletion, type ChatMessage } from '../../../providers/llm/transport';

export interface WrittenSummary {
	/** The summary, one sentence per line (the rule-based one when source is "rules"). */
	text: string;
	source: 'llm' | 'rules';
	/** Why the LLM's summary was not used. */
	warning?: string;
	/** Chat calls made (0 when there was nothing to summarise). */
	calls: number;
}

export async function writeSummaryWithLlm(ctx: IExecuteFunctions, m: MetricsResult, lang: Lang, itemIndex: number, llm: IDataObject): Promise<WrittenSummary> {
	const rules = summarySentences(m, lang);
	if (!m.records) return { text: rules.join('\n'), source: 'rules', warning: 'No records: nothing for the LLM to summarise.', calls: 0 };
	const sctx: SummaryContext = { facts: summaryFacts(m), confidencePercent: Math.round(m.confidence * 1000) / 10, alpha: m.alpha, minSample: m.minSample };
	const messages: ChatMessage[] = buildSummaryMessages(sctx, lang, rules);
	const options = {
		model: String(llm.model ?? '') || undefined,
		temperature: Number(llm.temperature ?? 0.2),
		jsonMode: llm.jsonMode !== false,
		timeoutMs: Number(llm.timeoutMs ?? 60_000) || 60_000,
		maxTokens: 1000,
	};
	let calls = 0;
	let reason: string;
	try {
		calls++;
		let content = await chatCompletion(ctx, messages, options, itemIndex);
		let parsed = parseSummaryAnswer(content, sctx);
		if (!parsed.ok) {
			// One retry, telling the model what was wrong.
			const retry: ChatMessage[] = [
				...messages,
				{ role: 'assistant', content: content.slice(0, 4000) },
				{ role: 'user', content: `That answer was rejected: ${parsed.error}. Answer again with the JSON object only, and use only numbers that appear in the facts.` },
			];
			calls++;
			content = await chatCompletion(ctx, retry, options, itemIndex);
			parsed = parseSummaryAnswer(content, sctx);
		}
		if (parsed.ok) return { text: parsed.sentences.join('\n'), source: 'llm', calls };
		reason = `the LLM's summary was rejected twice (${parsed.error})`;
	} catch (error) {
		reason = `the LLM could not be used (${(error as Error).message})`;
	}
	return { text: rules.join('\n'), source: 'rules', warning: `The summary was written by rules: ${reason}.`, calls };
}
