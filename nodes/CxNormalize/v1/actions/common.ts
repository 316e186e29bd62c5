import { NodeOperationError, type IDataObject, type IExecuteFunctions, type INodeProperties } from 'n8n-workflow';
import { buildFeedback, formatIssues } from '../../../engine/feedback/build';
import { getPath } from '../../../engine/path';

/** Options shared by both operations. */
export const outputOptions: INodeProperties = {
	displayName: 'Options',
	name: 'options',
	type: 'collection',
	placeholder: 'Add option',
	default: {},
	options: [
		{
			displayName: 'Time Zone',
			name: 'timeZone',
			type: 'string',
			default: '',
			placeholder: 'Asia/Shanghai',
			description:
				'IANA time zone for timestamps that carry none (e.g. "2024-05-01 10:00" from an export) and for the offset written into dates. Empty uses the workflow time zone.',
		},
		{
			displayName: 'Keep Raw Payload',
			name: 'keepRaw',
			type: 'boolean',
			default: false,
			description: 'Whether to keep the original payload under meta.raw (may contain personal data)',
		},
		{
			displayName: 'Put Output In Field',
			name: 'outputField',
			type: 'string',
			default: '',
			placeholder: 'feedback',
			description: 'Empty replaces the item with the Feedback record; a name keeps the item and adds the record under that field',
		},
	],
};

/** The part of the item holding the payload: the whole item, or a field such as `body` from a Webhook. */
export const inputFieldProperty: INodeProperties = {
	displayName: 'Input Field',
	name: 'inputField',
	type: 'string',
	default: '',
	placeholder: 'body',
	hint: 'Leave empty to read the whole item. After a Webhook node, use "body".',
	description: 'Dot path of the field that holds the payload',
};

export function readInput(ctx: IExecuteFunctions, item: IDataObject, itemIndex: number): unknown {
	const path = (ctx.getNodeParameter('inputField', itemIndex, '') as string).trim();
	if (!path) return item;
	const v = getPath(item, path);
	if (v === undefined) {
		throw new NodeOperationError(ctx.getNode(), `Item ${itemIndex} has no field "${path}"`, {
			itemIndex,
			description: `Check "Input Field". The item has: ${Object.keys(item).slice(0, 12).join(', ') || '(no fields)'}`,
		});
	}
	return v;
}

/** Validates a draft and shapes the output item; a failed validation names every offending field. */
export function finishFeedback(
	ctx: IExecuteFunctions,
	draft: unknown,
	rawPayload: unknown,
	item: IDataObject,
	itemIndex: number,
): IDataObject {
	const options = ctx.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const timeZone = ((options.timeZone as string) || ctx.getTimezone() || 'UTC').trim();
	if (options.keepRaw && draft && typeof draft === 'object') {
		const d = draft as IDataObject;
		d.meta = { ...((d.meta as IDataObject) ?? {}), raw: rawPayload as IDataObject };
	}
	const result = buildFeedback(draft, { timeZone });
	if (!result.ok) {
		throw new NodeOperationError(ctx.getNode(), `Item ${itemIndex}: invalid Feedback — ${formatIssues(result.issues)}`, {
			itemIndex,
			description: result.issues.map((i) => `• ${i.path}: ${i.message}`).join('\n'),
		});
	}
	const feedback = result.feedback as unknown as IDataObject;
	const field = ((options.outputField as string) ?? '').trim();
	return field ? { ...item, [field]: feedback } : feedback;
}
