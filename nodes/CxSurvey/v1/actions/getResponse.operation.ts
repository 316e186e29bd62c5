import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { forEachItem } from '../../../shared/execute';
import { scoreFieldsProperty, surveyLocator } from '../helpers/descriptions';
import { invalid, mappingOf, outputProperties, surveyIdOf, toFeedback } from '../helpers/output';
import { getResponse, type ApiPlatform } from '../helpers/platforms';

const properties: INodeProperties[] = [
	surveyLocator(),
	{
		displayName: 'Response ID',
		name: 'responseId',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. a3a12ec67a1365927098a606107fac15, 114252966812, R_3k…',
		description: 'Typeform: the response token; SurveyMonkey: response ID; Qualtrics: ResponseID; Formbricks: response ID; LimeSurvey: response ID',
	},
	scoreFieldsProperty,
	...outputProperties(['getResponse']),
];

export const description = updateDisplayOptions({ show: { operation: ['getResponse'] } }, properties);

export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await forEachItem(this, async (_item, i) => {
		const platform = this.getNodeParameter('platform', i) as ApiPlatform;
		const surveyId = surveyIdOf(this, i);
		const responseId = String(this.getNodeParameter('responseId', i)).trim();
		if (!responseId) throw new NodeOperationError(this.getNode(), `Item ${i}: "Response ID" is empty`, { itemIndex: i });
		const found = await getResponse(this, platform, surveyId, responseId, mappingOf(this, i));
		if (!found) {
			throw new NodeOperationError(this.getNode(), `Item ${i}: response "${responseId}" was not found in survey "${surveyId}"`, { itemIndex: i });
		}
		if (this.getNodeParameter('output', i, 'feedback') === 'raw') return found.raw;
		const fb = toFeedback(this, found.draft, found.raw, i, `response ${responseId}`);
		if (!fb.ok) throw invalid(this, i, fb);
		return fb.json;
	});
}
