import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { forEachItem } from '../../../shared/execute';
import { checkLlmReply, draftReply, llmMessages, type DraftInput } from '../../../engine/reviews/draft';
import { chatCompletion } from '../../../providers/llm/transport';
import type { ReplyTemplates, TemplateLanguage } from '../../../engine/reviews/templates';

const properties: INodeProperties[] = [
	{
		displayName: 'Engine',
		name: 'engine',
		type: 'options',
		default: 'templates',
		options: [
			{ name: 'Templates', value: 'templates', description: 'Built-in English and Chinese templates keyed by sentiment and topics; works offline' },
			{ name: 'LLM (OpenAI-Compatible)', value: 'llm', description: 'A chat model rewrites the template draft with the same facts; checked for compensation wording, falls back to the template' },
		],
	},
	{ displayName: 'Property Name', name: 'property', type: 'string', default: '={{ $json.location?.name ?? "" }}', description: 'Used in the thanks and the signature' },
	{ displayName: 'Manager Name', name: 'manager', type: 'string', default: '', placeholder: 'Li Wei', description: 'Signature; empty leaves the reply unsigned' },
	{ displayName: 'Manager Title', name: 'managerTitle', type: 'string', default: '', placeholder: 'General Manager' },
	{
		displayName: 'Guest Name',
		name: 'guestName',
		type: 'string',
		default: '={{ $json.customer?.name ?? "" }}',
		description: 'Empty greets "Dear guest" (the trigger only passes names when asked to)',
	},
	{
		displayName: 'Contact for Follow-Up',
		name: 'contact',
		type: 'string',
		default: '',
		placeholder: 'gm@hotel.example',
		description: 'Offered in replies to complaints and mixed reviews',
	},
	{
		displayName: 'Action Taken',
		name: 'action',
		type: 'string',
		default: '',
		placeholder: 'We have replaced the shower heads on that floor.',
		description: 'What was actually done, in the reply’s language. Empty: the reply says the comments will be shared with the team in charge. Never filled in automatically.',
	},
	{
		displayName: 'Skip Reviews Already Replied',
		name: 'skipReplied',
		type: 'boolean',
		default: true,
		description: 'Whether to pass reviews that already have a reply through without a draft (draft.skipped = true)',
	},
	{
		displayName: 'Options',
		name: 'draftOptions',
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		options: [
			{
				displayName: 'Custom Templates (JSON)',
				name: 'templates',
				type: 'json',
				default: '{}',
				description: 'Override template sentences per language, e.g. {"en": {"inviteBackPositive": "See you at {property} again!"}}. Placeholders: {guestName} {property} {manager} {managerTitle} {praised} {issues} {departments} {contact} {action}.',
			},
			{ displayName: 'Max Length', name: 'maxLength', type: 'number', default: 0, description: 'Characters; 0 uses the platform’s limit (Google 4096, Booking.com 1000, Meituan 500 …)' },
			{ displayName: 'Model (LLM)', name: 'model', type: 'string', default: '', description: 'Overrides the model of the OpenAI-Compatible API credential' },
			{
				displayName: 'Reply Language',
				name: 'replyLanguage',
				type: 'options',
				default: 'auto',
				options: [
					{ name: 'Same as the Review', value: 'auto' },
					{ name: 'English', value: 'en' },
					{ name: 'Chinese', value: 'zh' },
				],
			},
			{
				displayName: 'Tone (LLM)',
				name: 'tone',
				type: 'options',
				default: 'warm and professional',
				options: [
					{ name: 'Warm and Professional', value: 'warm and professional' },
					{ name: 'Formal', value: 'formal and courteous' },
					{ name: 'Concise', value: 'brief and friendly' },
				],
			},
		],
	},
];

export const description = updateDisplayOptions({ show: { operation: ['draftReply'] } }, properties);

function parseTemplates(ctx: IExecuteFunctions, raw: unknown, i: number): Partial<Record<TemplateLanguage, Partial<ReplyTemplates>>> | undefined {
	if (raw === undefined || raw === '' || raw === null) return undefined;
	if (typeof raw === 'object') return raw as Partial<Record<TemplateLanguage, Partial<ReplyTemplates>>>;
	try {
		const v = JSON.parse(String(raw));
		return v && typeof v === 'object' ? v : undefined;
	} catch (e) {
		throw new NodeOperationError(ctx.getNode(), `Item ${i}: Custom Templates is not valid JSON: ${(e as Error).message}`, { itemIndex: i });
	}
}

export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await forEachItem(this, async (item, i) => {
		const fb = item.json as IDataObject;
		// Error items from upstream (bad import rows, Continue On Fail) pass through untouched.
		if (fb.error !== undefined && typeof fb.text !== 'string') return item;
		if (typeof fb.text !== 'string' || !fb.scores || typeof fb.scores !== 'object') {
			throw new NodeOperationError(this.getNode(), `Item ${i}: not a Feedback record (text and scores are required)`, {
				itemIndex: i,
				description: 'Draft Reply expects items from CX Review Trigger, CX Review Get Many / Import, CX Normalize or CX Analyze',
			});
		}
		const meta = (fb.meta ?? {}) as IDataObject;
		const reply = meta.reply as IDataObject | undefined;
		if (this.getNodeParameter('skipReplied', i, true) && reply?.state === 'replied') {
			return { ...fb, draft: { skipped: true, reason: 'the review already has a reply' } };
		}
		const engine = this.getNodeParameter('engine', i, 'templates') as 'templates' | 'llm';
		const o = this.getNodeParameter('draftOptions', i, {}) as IDataObject;
		const input: DraftInput = {
			text: fb.text,
			language: (fb.language as string) || undefined,
			platform: String(meta.platform ?? fb.source ?? ''),
			score: typeof (fb.scores as IDataObject).normalised === 'number' ? ((fb.scores as IDataObject).normalised as number) : undefined,
			analysis: fb.analysis as DraftInput['analysis'],
			guestName: (this.getNodeParameter('guestName', i, '') as string) || undefined,
			property: (this.getNodeParameter('property', i, '') as string) || undefined,
			manager: (this.getNodeParameter('manager', i, '') as string) || undefined,
			managerTitle: (this.getNodeParameter('managerTitle', i, '') as string) || undefined,
			contact: (this.getNodeParameter('contact', i, '') as string) || undefined,
			action: (this.getNodeParameter('action', i, '') as string) || undefined,
			maxLength: typeof o.maxLength === 'number' && o.maxLength > 0 ? o.maxLength : undefined,
			replyLanguage: o.replyLanguage === 'en' || o.replyLanguage === 'zh' ? o.replyLanguage : undefined,
			templates: parseTemplates(this, o.templates, i),
		};
		const d = draftReply(input);
		let text = d.text;
		let usedEngine: string = 'templates';
		const warnings = [...d.warnings];
		if (engine === 'llm') {
			try {
				// The one OpenAI-compatible transport (providers/llm): credential, 429 + Retry-After, errors.
				const content = await chatCompletion(this, llmMessages(input, d, String(o.tone || 'warm and professional')), { model: (o.model as string) || undefined, temperature: 0.3, jsonMode: false }, i);
				const checked = checkLlmReply(content, input, d.limit);
				if (checked.ok) {
					text = checked.text;
					usedEngine = 'llm';
				} else warnings.push(`LLM draft rejected (${checked.reason}); the template draft is used`);
			} catch (e) {
				warnings.push(`LLM unavailable (${(e as Error).message}); the template draft is used`);
			}
		}
		return {
			...fb,
			meta: { ...meta, reply: { state: 'draft', text } },
			draft: {
				text,
				language: d.language,
				languageFallback: d.languageFallback,
				sentiment: d.sentiment,
				praised: d.praised,
				issues: d.issues,
				length: text.length,
				limit: d.limit,
				engine: usedEngine,
				trimmed: d.trimmed,
				warnings,
			},
		};
	});
}
