import { NodeOperationError, type IDataObject, type IExecuteFunctions, type INodeProperties } from 'n8n-workflow';

import { TextInputError, TreeValidationError, checkText, getEngine, type OfflineEngine, type PiiOptions } from '../../../engine/text';

/** Dot-path field holding the text (Feedback records keep it in "text"). */
export const textFieldProperty: INodeProperties = {
	displayName: 'Text Field',
	name: 'textField',
	type: 'string',
	default: 'text',
	required: true,
	hint: 'Feedback records from CX Normalize keep their text in "text". Use a dot path for nested fields, e.g. "body.comment".',
	description: 'Dot path of the field that holds the text to analyse',
};

export const treeProperties: INodeProperties[] = [
	{
		displayName: 'Indicator Tree',
		name: 'treeSource',
		type: 'options',
		default: 'hotel',
		options: [
			{ name: 'Custom (JSON)', value: 'custom', description: 'Your own tree in the format of docs/indicator-tree.md' },
			{ name: 'Hotel (Built-In)', value: 'hotel', description: '11 domains, 7 levels, 3,500+ indicators (2,600+ leaves) with owning departments' },
			{ name: 'Restaurant & Food Delivery (Built-In)', value: 'restaurant', description: 'Food, drinks, service, environment, price, location, delivery, ordering channels: 6 levels, 2,000+ leaf indicators with owning departments' },
			{ name: 'Retail & E-Commerce (Built-In)', value: 'retail', description: 'Product, price & promotions, order & payment, logistics, after-sales, customer service, store, app & website; 6 levels, 300+ leaves' },
			{ name: 'Telecom (Built-In)', value: 'telecom', description: 'Operators (运营商): network, billing, plans, devices & SIM, service channels, complaints, privacy & spam; 6 levels, 400+ leaves' },
		],
		description: 'The topic taxonomy used to find topics and their owning departments',
	},
	{
		displayName: 'Custom Tree (JSON)',
		name: 'customTree',
		type: 'json',
		default: '{\n  "id": "my-tree",\n  "name": { "zh": "我的指标体系", "en": "My tree" },\n  "nodes": []\n}',
		typeOptions: { rows: 10 },
		displayOptions: { show: { treeSource: ['custom'] } },
		description: 'A whole indicator tree. It is validated; errors name the node and the field.',
	},
];

import { getPath as readPath, setPath } from '../../../engine/path';

export { readPath, setPath };

/** Reads and checks the text of one item; wrong types and binary junk become per-item errors. */
export function readText(ctx: IExecuteFunctions, item: IDataObject, itemIndex: number, maxChars: number) {
	const path = ((ctx.getNodeParameter('textField', itemIndex, 'text') as string) || 'text').trim();
	const value = readPath(item, path);
	if (value === undefined) {
		throw new NodeOperationError(ctx.getNode(), `Item ${itemIndex} has no field "${path}"`, {
			itemIndex,
			description: `Check "Text Field". The item has: ${Object.keys(item).slice(0, 12).join(', ') || '(no fields)'}`,
		});
	}
	try {
		return { path, ...checkText(value, path, maxChars) };
	} catch (e) {
		const message = e instanceof TextInputError ? e.message : (e as Error).message;
		throw new NodeOperationError(ctx.getNode(), `Item ${itemIndex}: ${message}`, { itemIndex });
	}
}

/** The offline engine for this item's tree parameters (compiled engines are cached by tree). */
export function engineFor(ctx: IExecuteFunctions, itemIndex: number, extension?: unknown): OfflineEngine {
	const source = ctx.getNodeParameter('treeSource', itemIndex, 'hotel') as string;
	const customTree = source === 'custom' ? ctx.getNodeParameter('customTree', itemIndex) : undefined;
	try {
		return getEngine({ tree: source, customTree, extension });
	} catch (e) {
		if (e instanceof TreeValidationError) {
			throw new NodeOperationError(ctx.getNode(), e.message, {
				itemIndex,
				description: e.issues.map((i) => `• ${i}`).join('\n'),
			});
		}
		throw new NodeOperationError(ctx.getNode(), (e as Error).message, { itemIndex });
	}
}


/** The Room Numbers and Extra PII Patterns options (one pattern a line) as redaction options. */
export function piiOptionsOf(options: IDataObject): PiiOptions {
	const custom = String(options.customPatterns ?? '')
		.split('\n')
		.map((s) => s.trim())
		.filter(Boolean);
	return { roomNumbers: options.roomNumbers === true, ...(custom.length ? { customPatterns: custom } : {}) };
}
