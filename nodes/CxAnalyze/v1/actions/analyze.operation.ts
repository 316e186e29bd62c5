import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import {
	MAX_TEXT_DEFAULT,
	analyzeText,
	emptyAnalysis,
	redactPii,
	type AnalyzeOptions,
	type FullAnalysis,
	type OfflineEngine,
	type PiiOptions,
} from '../../../engine/text';
import { findTurns, type DialogueTurn } from '../../../engine/text/dialogue';
import { buildMessages, dialogueForPrompt, parseAnswer, toAnalysis, treeForPrompt } from '../../../engine/text/llm';
import { chatCompletion } from '../../../providers/llm/transport';
import { forEachItem } from '../../../shared/execute';
import { engineFor, piiOptionsOf, readPath, readText, setPath, textFieldProperty, treeProperties } from './common';

const properties: INodeProperties[] = [
	{
		displayName: 'Engine',
		name: 'engine',
		type: 'options',
		default: 'offline',
		options: [
			{ name: 'Offline (Built-In Rules)', value: 'offline', description: 'Deterministic, no network, thousands of texts a second' },
			{ name: 'LLM (OpenAI-Compatible)', value: 'llm', description: 'OpenAI, DeepSeek, Qwen, Ollama, vLLM … through a credential; output schema-checked' },
		],
		description: 'Which engine reads the text. PII redaction and language detection are always done offline.',
	},
	textFieldProperty,
	...treeProperties,
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		options: [
			{
				displayName: 'Agent Labels',
				name: 'agentLabels',
				type: 'string',
				default: '',
				placeholder: 'Anna, Speaker 1',
				description:
					'Comma-separated speaker labels of the agent side besides the built-in ones (客服, 坐席, 前台, Agent, Support, Rep, Operator, Host …). Unknown labels count as the customer.',
			},
			{
				displayName: 'Customer Labels',
				name: 'customerLabels',
				type: 'string',
				default: '',
				placeholder: 'John, Speaker 2',
				description: 'Comma-separated speaker labels of the customer side besides the built-in ones (客户, 顾客, 用户, 客人, 我, Customer, Client, Guest, Caller …)',
			},
			{
				displayName: 'Dialogue',
				name: 'dialogue',
				type: 'options',
				default: 'auto',
				options: [
					{
						name: 'Auto-Detect',
						value: 'auto',
						description: 'A text with speaker-labelled turns of both sides ("客服：…", "Customer: …") is read from the customer turns; any other text as a whole',
					},
					{ name: 'Whole Text', value: 'off', description: 'Read every text as one voice, labels or not' },
					{ name: 'Always a Dialogue', value: 'force', description: 'Any labelled turn makes a dialogue, even with one side only; unknown labels count as the customer' },
				],
				description: 'Chats, call transcripts and ticket threads: read the customer\'s sentiment, topics, intents and risk from the customer turns only, and add the agent\'s sentiment and the customer\'s trend from start to end (both engines; the LLM gets the turns with their sides)',
			},
			{
				displayName: 'Explain Clauses',
				name: 'explain',
				type: 'boolean',
				default: false,
				description: 'Whether to add each clause with its score and weight (offline engine), to see why a text got its sentiment',
			},
			{
				displayName: 'Extend Tree (JSON)',
				name: 'treeExtension',
				type: 'json',
				default: '{ "nodes": [] }',
				description: 'Add terms to existing nodes (same ID) or new nodes under "parent". See docs/indicator-tree.md.',
			},
			{
				displayName: 'Extra PII Patterns',
				name: 'customPatterns',
				type: 'string',
				typeOptions: { rows: 2 },
				default: '',
				placeholder: 'VIP\\d{6}',
				description: 'Regular expressions, one per line, whose matches are redacted too (membership numbers, booking references …)',
			},
			{
				displayName: 'Guest In-House Field',
				name: 'inHouseField',
				type: 'string',
				default: 'customer.inHouse',
				description: 'Dot path of a true/false field: a guest still in house raises urgency and bad-review risk',
			},
			{
				displayName: 'Max Text Length',
				name: 'maxLength',
				type: 'number',
				typeOptions: { minValue: 100 },
				default: MAX_TEXT_DEFAULT,
				description: 'Longer texts are cut to this many characters and flagged "truncated"',
			},
			{
				displayName: 'Max Topic Depth',
				name: 'maxDepth',
				type: 'number',
				typeOptions: { minValue: 0 },
				default: 0,
				description: 'Roll deeper topics up to their ancestor at this level (1 = top level). 0 reports the most specific topic.',
			},
			{
				displayName: 'Output Field',
				name: 'outputField',
				type: 'string',
				default: 'analysis',
				description: 'Where the result goes in the item (Feedback records use "analysis")',
			},
			{
				displayName: 'Redact PII',
				name: 'redactPii',
				type: 'boolean',
				default: true,
				description: 'Whether to add a redacted copy of the text and the kinds of personal data found (never the values)',
			},
			{
				displayName: 'Redact Room Numbers',
				name: 'roomNumbers',
				type: 'boolean',
				default: false,
				description: 'Whether room numbers ("1208房", "room 1208") count as personal data',
			},
			{
				displayName: 'Replace Text With Redacted',
				name: 'replaceText',
				type: 'boolean',
				default: false,
				description: 'Whether to overwrite the text field with the redacted text, so later nodes never see the personal data',
			},
			{
				displayName: 'Topic Names In',
				name: 'namesIn',
				type: 'options',
				default: 'auto',
				options: [
					{ name: 'Language of the Text', value: 'auto' },
					{ name: 'Chinese', value: 'zh' },
					{ name: 'English', value: 'en' },
				],
			},
			{
				displayName: 'Topic Subtree Name or ID',
				name: 'subtree',
				type: 'options',
				typeOptions: { loadOptionsMethod: 'getSubtrees', loadOptionsDependsOn: ['treeSource', 'customTree'] },
				default: '',
				description:
					'Only report topics under this node. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			},
		],
	},
	{
		displayName: 'LLM Options',
		name: 'llmOptions',
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		displayOptions: { show: { engine: ['llm'] } },
		options: [
			{ displayName: 'Batch Size', name: 'batchSize', type: 'number', typeOptions: { minValue: 1, maxValue: 50 }, default: 5, description: 'Texts per request' },
			{ displayName: 'Concurrency', name: 'concurrency', type: 'number', typeOptions: { minValue: 1, maxValue: 20 }, default: 2, description: 'Requests in flight at once' },
			{ displayName: 'JSON Mode', name: 'jsonMode', type: 'boolean', default: true, description: 'Whether to send response_format json_object (turn off for servers that reject it)' },
			{ displayName: 'Model', name: 'model', type: 'string', default: '', placeholder: 'deepseek-chat', description: 'Overrides the model of the credential' },
			{
				displayName: 'On Failure',
				name: 'onFailure',
				type: 'options',
				default: 'error',
				options: [
					{ name: 'Error for the Item', value: 'error', description: 'The item fails (or carries an error with Continue On Fail)' },
					{ name: 'Use the Offline Engine', value: 'offline', description: 'The item gets the offline analysis, marked with the LLM error' },
				],
				description: 'What happens when the model still answers wrongly after one retry, or the API fails',
			},
			{ displayName: 'Prompt Tree Depth', name: 'promptDepth', type: 'number', typeOptions: { minValue: 1, maxValue: 12 }, default: 3, description: 'Tree levels listed in the prompt (deeper trees cost more tokens)' },
			{ displayName: 'Redact Before Sending', name: 'redactBeforeSending', type: 'boolean', default: true, description: 'Whether to remove personal data from the text before it leaves n8n' },
			{ displayName: 'Temperature', name: 'temperature', type: 'number', typeOptions: { minValue: 0, maxValue: 2, numberPrecision: 2 }, default: 0 },
			{ displayName: 'Timeout (Ms)', name: 'timeoutMs', type: 'number', typeOptions: { minValue: 1000 }, default: 60000 },
		],
	},
];

export const description = updateDisplayOptions({ show: { operation: ['analyze'] } }, properties);

interface Prepared {
	item: IDataObject;
	path: string;
	text: string;
	empty: boolean;
	truncated: boolean;
	originalLength: number;
	options: IDataObject;
	engine: OfflineEngine;
	inHouse: boolean;
	pii?: PiiOptions;
	/** Redaction before sending to the LLM: room numbers and Extra PII Patterns as set, whether or not Redact PII is on. */
	sendPii: PiiOptions;
}

function prepare(ctx: IExecuteFunctions, item: IDataObject, i: number): Prepared {
	const options = ctx.getNodeParameter('options', i, {}) as IDataObject;
	const maxLength = Number(options.maxLength ?? MAX_TEXT_DEFAULT) || MAX_TEXT_DEFAULT;
	const t = readText(ctx, item, i, maxLength);
	const ext = options.treeExtension;
	const extension = ext === undefined || ext === '' || (typeof ext === 'string' && /^\s*\{\s*"nodes"\s*:\s*\[\s*\]\s*\}\s*$/.test(ext)) ? undefined : ext;
	const engine = engineFor(ctx, i, extension);
	const inHouseValue = readPath(item, String(options.inHouseField ?? 'customer.inHouse'));
	const sendPii = piiOptionsOf(options);
	// An invalid Extra PII Pattern is this item's error, before anything is analysed or sent.
	if (sendPii.customPatterns) {
		try {
			redactPii('', sendPii);
		} catch (e) {
			throw new NodeOperationError(ctx.getNode(), `Item ${i}: ${(e as Error).message}`, { itemIndex: i });
		}
	}
	return { item, ...t, options, engine, inHouse: inHouseValue === true || inHouseValue === 'true', pii: options.redactPii === false ? undefined : sendPii, sendPii };
}

function output(p: Prepared, analysis: Record<string, unknown>, extra: IDataObject = {}): IDataObject {
	const field = String(p.options.outputField || 'analysis');
	const out: IDataObject = { ...p.item };
	const topics = (analysis.topics as Array<{ id: string; owner?: string; sentiment: string }>) ?? [];
	const result: IDataObject = {
		...analysis,
		...(p.truncated ? { truncated: true, originalLength: p.originalLength } : {}),
		topicIds: topics.map((t) => t.id),
		negativeTopicIds: topics.filter((t) => t.sentiment === 'negative').map((t) => t.id),
		owners: [...new Set(topics.filter((t) => t.sentiment === 'negative' && t.owner).map((t) => t.owner as string))],
		...extra,
	} as IDataObject;
	setPath(out, field, result);
	if (out.language === undefined && typeof analysis.language === 'string' && analysis.language !== 'und' && 'channel' in out) out.language = analysis.language;
	if (p.options.replaceText === true && typeof result.redactedText === 'string') setPath(out, p.path, result.redactedText);
	return out;
}

/** A comma-separated list of labels (、 ， ; too). */
function labelList(value: unknown): string[] | undefined {
	const list = String(value ?? '')
		.split(/[,，、;；\n]/)
		.map((s) => s.trim())
		.filter(Boolean);
	return list.length ? list : undefined;
}

/** The options Dialogue, Agent Labels and Customer Labels, for both engines. */
function dialogueOptions(p: Prepared): Pick<AnalyzeOptions, 'dialogue' | 'agentLabels' | 'customerLabels'> {
	const mode = p.options.dialogue;
	return {
		dialogue: mode === 'off' || mode === 'force' ? mode : 'auto',
		agentLabels: labelList(p.options.agentLabels),
		customerLabels: labelList(p.options.customerLabels),
	};
}

function offline(p: Prepared, subtree: string | undefined, maxDepth: number | undefined): FullAnalysis {
	return analyzeText(p.engine, p.text, {
		...dialogueOptions(p),
		inHouse: p.inHouse,
		subtree,
		maxDepth,
		namesIn: (p.options.namesIn as 'auto' | 'zh' | 'en') ?? 'auto',
		explain: p.options.explain === true,
		pii: p.pii,
	});
}

function subtreeAndDepth(ctx: IExecuteFunctions, p: Prepared, i: number) {
	const subtree = String(p.options.subtree ?? '').trim() || undefined;
	const maxDepth = Number(p.options.maxDepth ?? 0) || undefined;
	if (subtree !== undefined && !p.engine.flat.byId.has(subtree)) {
		throw new NodeOperationError(ctx.getNode(), `Item ${i}: the tree has no node "${subtree}" (option "Topic Subtree")`, { itemIndex: i });
	}
	return { subtree, maxDepth };
}

async function mapLimit<T>(tasks: Array<() => Promise<T>>, limit: number): Promise<T[]> {
	const results = new Array<T>(tasks.length);
	let next = 0;
	const worker = async () => {
		while (next < tasks.length) {
			const k = next++;
			results[k] = await tasks[k]();
		}
	};
	await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
	return results;
}

/** Per-item LLM settings: items with equal settings can share one request. */
interface LlmSettings {
	key: string;
	subtree?: string;
	promptDepth: number;
	redactFirst: boolean;
	onFailure: string;
	chat: { model?: string; temperature: number; jsonMode: boolean; timeoutMs: number };
}

function llmSettings(ctx: IExecuteFunctions, p: Prepared, i: number, engineId: number): LlmSettings {
	const llm = ctx.getNodeParameter('llmOptions', i, {}) as IDataObject;
	const { subtree } = subtreeAndDepth(ctx, p, i);
	const promptDepth = Number(llm.promptDepth ?? 3) || 3;
	const redactFirst = llm.redactBeforeSending !== false;
	const onFailure = String(llm.onFailure ?? 'error');
	const chat = {
		model: String(llm.model ?? '') || undefined,
		temperature: Number(llm.temperature ?? 0),
		jsonMode: llm.jsonMode !== false,
		timeoutMs: Number(llm.timeoutMs ?? 60000) || 60000,
	};
	// Max depth is applied to each item's answer after the call, so it does not split batches.
	const key = JSON.stringify([engineId, subtree ?? null, promptDepth, redactFirst, onFailure, chat]);
	return { key, subtree, promptDepth, redactFirst, onFailure, chat };
}

/**
 * LLM engine: prepares every item, groups items whose tree and model settings agree (one prompt
 * carries one tree, so a batch never mixes trees, subtrees or prompt depths), sends the groups in
 * batches with a concurrency limit, one retry per invalid answer.
 */
async function runLlm(ctx: IExecuteFunctions): Promise<INodeExecutionData[]> {
	const items = ctx.getInputData();
	// Batch size and concurrency shape the whole run, so the first item's values apply.
	const llm0 = ctx.getNodeParameter('llmOptions', 0, {}) as IDataObject;
	const batchSize = Math.max(1, Math.min(50, Number(llm0.batchSize ?? 5) || 5));
	const concurrency = Math.max(1, Math.min(20, Number(llm0.concurrency ?? 2) || 2));
	const prepared: Array<Prepared | Error> = [];
	const settings: LlmSettings[] = [];
	const results = new Map<number, IDataObject | Error>();
	const groups = new Map<string, number[]>();
	const engineIds = new Map<OfflineEngine, number>();
	for (let i = 0; i < items.length; i++) {
		try {
			const p = prepare(ctx, items[i].json, i);
			let engineId = engineIds.get(p.engine);
			if (engineId === undefined) engineIds.set(p.engine, (engineId = engineIds.size));
			const s = llmSettings(ctx, p, i, engineId);
			prepared.push(p);
			settings[i] = s;
			if (p.empty) results.set(i, output(p, { ...emptyAnalysis(), engine: 'llm' }));
			else {
				const g = groups.get(s.key);
				if (g) g.push(i);
				else groups.set(s.key, [i]);
			}
		} catch (e) {
			prepared.push(e as Error);
			results.set(i, e as Error);
		}
	}
	const batches: number[][] = [];
	for (const group of groups.values()) for (let k = 0; k < group.length; k += batchSize) batches.push(group.slice(k, k + batchSize));
	const tasks = batches.map((batch) => async () => {
		const first = prepared[batch[0]] as Prepared;
		const s = settings[batch[0]];
		const treeText = treeForPrompt(first.engine.flat, { subtree: s.subtree, depth: s.promptDepth });
		// A dialogue (same detection and options as the offline engine) is sent as its turns with their
		// sides, each turn redacted; it stays one text of the batch.
		const turnsOf: Array<DialogueTurn[] | undefined> = [];
		const dialogues = new Set<number>();
		const texts = batch.map((i, k) => {
			const p = prepared[i] as Prepared;
			const send = (t: string) => (s.redactFirst ? redactPii(t, p.sendPii).text : t);
			const turns = findTurns(p.text, dialogueOptions(p));
			turnsOf[k] = turns;
			if (!turns) return send(p.text);
			dialogues.add(k);
			return dialogueForPrompt(p.text, turns, send);
		});
		const messages = buildMessages(texts, treeText);
		const chatOptions = s.chat;
		let failure: Error | undefined;
		try {
			let content = await chatCompletion(ctx, messages, chatOptions, batch[0]);
			let parsed = parseAnswer(content, batch.length, dialogues);
			if (!parsed.ok) {
				// One retry, telling the model what was wrong.
				const needs = dialogues.size ? `, with the "dialogue" part for text ${[...dialogues].join(', ')}` : '';
				const retry = [
					...messages,
					{ role: 'assistant' as const, content: content.slice(0, 4000) },
					{ role: 'user' as const, content: `That answer was invalid (${parsed.error}). Answer again with the JSON object only, one result per text index 0..${batch.length - 1}${needs}.` },
				];
				content = await chatCompletion(ctx, retry, chatOptions, batch[0]);
				parsed = parseAnswer(content, batch.length, dialogues);
			}
			if (parsed.ok) {
				batch.forEach((i, k) => {
					const p = prepared[i] as Prepared;
					const base = offline(p, undefined, undefined); // language + PII
					const namesIn = p.options.namesIn === 'zh' || p.options.namesIn === 'en' ? (p.options.namesIn as 'zh' | 'en') : base.language === 'en' ? 'en' : 'zh';
					const { droppedTopics, ...a } = toAnalysis(parsed.items[k], p.engine.flat, base.language, namesIn, turnsOf[k]);
					const { maxDepth, subtree: st } = subtreeAndDepth(ctx, p, i);
					a.topics = a.topics
						.filter((t) => !st || t.pathIds.includes(st))
						.map((t) => (maxDepth && t.depth > maxDepth ? { ...t, id: t.pathIds[maxDepth - 1], depth: maxDepth, path: t.path.slice(0, maxDepth), pathIds: t.pathIds.slice(0, maxDepth) } : t));
					results.set(
						i,
						output(p, {
							...a,
							...(base.redactedText !== undefined ? { redactedText: base.redactedText, pii: base.pii } : {}),
							engine: 'llm',
							...(droppedTopics.length ? { droppedTopics } : {}),
						}),
					);
				});
				return;
			}
			failure = new Error(`The model's answer did not match the expected schema after one retry: ${parsed.error}`);
		} catch (e) {
			failure = e as Error;
		}
		for (const i of batch) {
			const p = prepared[i] as Prepared;
			if (s.onFailure === 'offline') {
				const { subtree, maxDepth } = subtreeAndDepth(ctx, p, i);
				results.set(i, output(p, { ...offline(p, subtree, maxDepth), engine: 'offline', llmError: failure.message }));
			} else results.set(i, failure);
		}
	});
	await mapLimit(tasks, concurrency);
	return await forEachItem(ctx, (_item, i) => {
		const r = results.get(i);
		if (r instanceof Error) {
			if (r instanceof NodeOperationError || (r as { name?: string }).name === 'NodeApiError') throw r;
			throw new NodeOperationError(ctx.getNode(), `Item ${i}: ${r.message}`, { itemIndex: i });
		}
		return r;
	});
}

export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	const engine = this.getNodeParameter('engine', 0, 'offline') as string;
	if (engine === 'llm') return await runLlm(this);
	return await forEachItem(this, (item, i) => {
		const p = prepare(this, item.json, i);
		if (p.empty) return output(p, { ...emptyAnalysis(), engine: 'offline' });
		const { subtree, maxDepth } = subtreeAndDepth(this, p, i);
		return output(p, { ...offline(p, subtree, maxDepth), engine: 'offline' });
	});
}
