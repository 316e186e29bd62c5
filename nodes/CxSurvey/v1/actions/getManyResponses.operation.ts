import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { forEachItem } from '../../../shared/execute';
import { normaliseTimestamp } from '../../../engine/time';
import { scoreFieldsProperty, surveyLocator } from '../helpers/descriptions';
import { invalid, mappingOf, outputProperties, surveyIdOf, toFeedback } from '../helpers/output';
import { getResponses, type ApiPlatform } from '../helpers/platforms';
import { returnAllAndLimit } from '../../../shared/descriptions';

const properties: INodeProperties[] = [
	surveyLocator(),
	...returnAllAndLimit,
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add filter',
		default: {},
		options: [
			{ displayName: 'Submitted After', name: 'since', type: 'dateTime', default: '', description: 'Only responses submitted (or, for SurveyMonkey, modified) after this time' },
			{ displayName: 'Submitted Before', name: 'until', type: 'dateTime', default: '', description: 'Only responses submitted before this time' },
		],
	},
	scoreFieldsProperty,
	...outputProperties(['getManyResponses']),
];

export const description = updateDisplayOptions({ show: { operation: ['getManyResponses'] } }, properties);

function isoOrUndefined(ctx: IExecuteFunctions, v: unknown, field: string, i: number): string | undefined {
	if (v === undefined || v === null || v === '') return undefined;
	const iso = normaliseTimestamp(v, ctx.getTimezone() || 'UTC');
	if (!iso) throw new NodeOperationError(ctx.getNode(), `Item ${i}: filters.${field} is not a date: ${JSON.stringify(v)}`, { itemIndex: i });
	return new Date(iso).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await forEachItem(this, async (_item, i) => {
		const platform = this.getNodeParameter('platform', i) as ApiPlatform;
		const surveyId = surveyIdOf(this, i);
		const returnAll = this.getNodeParameter('returnAll', i, false) as boolean;
		const limit = returnAll ? undefined : (this.getNodeParameter('limit', i, 50) as number);
		const filters = this.getNodeParameter('filters', i, {}) as IDataObject;
		const since = isoOrUndefined(this, filters.since, 'since', i);
		const until = isoOrUndefined(this, filters.until, 'until', i);
		const { rows, toDraft } = await getResponses(this, platform, surveyId, { since, until, limit }, mappingOf(this, i));
		if (this.getNodeParameter('output', i, 'feedback') === 'raw') return rows;
		const skipInvalid = !!(this.getNodeParameter('options', i, {}) as IDataObject).skipInvalid;
		const out: IDataObject[] = [];
		const skipped: IDataObject[] = [];
		for (const [n, row] of rows.entries()) {
			let draft: IDataObject;
			try {
				draft = toDraft(row);
			} catch (e) {
				const r = { message: `Item ${i}: response #${n} cannot be read — ${(e as Error).message}`, description: '' };
				if (skipInvalid) {
					skipped.push({ index: n, error: r.message });
					continue;
				}
				throw invalid(this, i, r);
			}
			const fb = toFeedback(this, draft, row, i, `response #${n} (${String(draft.sourceId ?? '?')})`);
			if (fb.ok) out.push(fb.json);
			else if (skipInvalid) skipped.push({ index: n, id: draft.sourceId as string, error: fb.message });
			else throw invalid(this, i, fb);
		}
		if (skipped.length) {
			this.logger.warn(`CX Survey: left out ${skipped.length} invalid response(s) of survey ${surveyId}`, { skipped });
		}
		return out;
	});
}
