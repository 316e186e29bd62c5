import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { MAX_TEXT_DEFAULT, redactPii } from '../../../engine/text';
import { forEachItem } from '../../../shared/execute';
import { piiOptionsOf, readText, setPath, textFieldProperty } from './common';

const properties: INodeProperties[] = [
	textFieldProperty,
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		options: [
			{
				displayName: 'Extra PII Patterns',
				name: 'customPatterns',
				type: 'string',
				typeOptions: { rows: 2 },
				default: '',
				placeholder: 'VIP\\d{6}',
				description: 'Regular expressions, one per line, whose matches are redacted too',
			},
			{
				displayName: 'Mask',
				name: 'mask',
				type: 'string',
				default: '',
				placeholder: '***',
				description: 'Replace every match with this text instead of a typed placeholder such as [PHONE]',
			},
			{
				displayName: 'Output Field',
				name: 'outputField',
				type: 'string',
				default: 'redactedText',
				description: 'Field for the redacted text; the kinds found go to "piiFound"',
			},
			{
				displayName: 'Redact Room Numbers',
				name: 'roomNumbers',
				type: 'boolean',
				default: false,
				description: 'Whether room numbers ("1208房", "room 1208") count as personal data',
			},
			{
				displayName: 'Replace Text',
				name: 'replaceText',
				type: 'boolean',
				default: false,
				description: 'Whether to overwrite the text field itself',
			},
		],
	},
];

export const description = updateDisplayOptions({ show: { operation: ['redact'] } }, properties);

export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await forEachItem(this, (item, i) => {
		const options = this.getNodeParameter('options', i, {}) as IDataObject;
		const t = readText(this, item.json, i, MAX_TEXT_DEFAULT * 10);
		let r;
		try {
			r = redactPii(t.text, { ...piiOptionsOf(options), ...(options.mask ? { mask: String(options.mask) } : {}) });
		} catch (e) {
			throw new NodeOperationError(this.getNode(), `Item ${i}: ${(e as Error).message}`, { itemIndex: i });
		}
		const out: IDataObject = { ...item.json };
		if (options.replaceText === true) setPath(out, t.path, r.text);
		else setPath(out, String(options.outputField || 'redactedText'), r.text);
		out.piiFound = r.found;
		return out;
	});
}
