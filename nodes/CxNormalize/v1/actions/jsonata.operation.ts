import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';
import jsonata from 'jsonata';

import { forEachItem } from '../../../shared/execute';
import { finishFeedback, inputFieldProperty, outputOptions, readInput } from './common';

export const EXAMPLE_MAPPING = `{
  "source": "kiosk",
  "sourceId": $string(id),
  "channel": "survey",
  "occurredAt": submittedAt,
  "location": { "id": hotelCode, "name": hotelName },
  "customer": { "id": guestId, "inHouse": stayStatus = "in_house" },
  "scores": { "nps": $number(recommend), "csat": $number(satisfaction) },
  "text": comment
}`;

const properties: INodeProperties[] = [
	inputFieldProperty,
	{
		displayName: 'Mapping (JSONata)',
		name: 'expression',
		type: 'string',
		typeOptions: { rows: 12, editor: 'codeNodeEditor' as any, editorLanguage: 'json' as any },
		default: EXAMPLE_MAPPING,
		required: true,
		noDataExpression: true,
		description:
			'A <a href="https://docs.jsonata.org/overview">JSONata</a> expression evaluated on the payload that returns the Feedback fields (source, sourceId, channel, occurredAt, location, customer, scores, text, answers, meta)',
	},
	outputOptions,
];

export const description = updateDisplayOptions({ show: { operation: ['jsonata'] } }, properties);

export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	// Compile once per distinct expression; the parameter may differ per item only through expressions.
	const compiled = new Map<string, ReturnType<typeof jsonata>>();
	return await forEachItem(this, async (item, i) => {
		const source = this.getNodeParameter('expression', i) as string;
		let expr = compiled.get(source);
		if (!expr) {
			try {
				expr = jsonata(source);
			} catch (e) {
				const err = e as { message: string; position?: number };
				throw new NodeOperationError(this.getNode(), `The JSONata mapping does not parse: ${err.message}`, {
					itemIndex: i,
					description: err.position !== undefined ? `At character ${err.position}` : undefined,
				});
			}
			compiled.set(source, expr);
		}
		const payload = readInput(this, item.json, i);
		let draft: unknown;
		try {
			draft = await expr.evaluate(payload);
		} catch (e) {
			throw new NodeOperationError(this.getNode(), `Item ${i}: the JSONata mapping failed — ${(e as Error).message}`, { itemIndex: i });
		}
		if (draft === undefined) {
			throw new NodeOperationError(this.getNode(), `Item ${i}: the JSONata mapping returned nothing`, {
				itemIndex: i,
				description: 'The expression must return an object with at least source, sourceId and channel',
			});
		}
		return finishFeedback(this, draft, payload, item.json, i);
	});
}
