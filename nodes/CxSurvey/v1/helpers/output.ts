import { NodeOperationError, type IDataObject, type IExecuteFunctions, type INodeProperties } from 'n8n-workflow';
import { buildFeedback, formatIssues } from '../../../engine/feedback/build';
import type { SurveyFieldMapping } from '../../../providers/typeform/normalize';

export const outputProperties = (operations: string[]): INodeProperties[] => [
	{
		displayName: 'Output',
		name: 'output',
		type: 'options',
		options: [
			{ name: 'Feedback Records', value: 'feedback', description: 'One validated Feedback record per response' },
			{ name: 'Raw Responses', value: 'raw', description: 'The platform’s own response objects' },
		],
		default: 'feedback',
		displayOptions: { show: { operation: operations } },
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		displayOptions: { show: { operation: operations } },
		options: [
			{
				displayName: 'Time Zone',
				name: 'timeZone',
				type: 'string',
				default: '',
				placeholder: 'Asia/Shanghai',
				description: 'IANA zone for timestamps without an offset (LimeSurvey, Wenjuanxing exports). Empty uses the workflow time zone.',
			},
			{
				displayName: 'Keep Raw Payload',
				name: 'keepRaw',
				type: 'boolean',
				default: false,
				description: 'Whether to keep the platform’s response under meta.raw (may contain personal data)',
			},
			{
				displayName: 'Skip Invalid Responses',
				name: 'skipInvalid',
				type: 'boolean',
				default: false,
				description: 'Whether to leave out responses that cannot become a valid Feedback record (they are logged) instead of failing',
			},
		],
	},
];

export function mappingOf(ctx: IExecuteFunctions, i: number): SurveyFieldMapping {
	const f = ctx.getNodeParameter('scoreFields', i, {}) as IDataObject;
	const m: SurveyFieldMapping = {};
	for (const k of ['npsField', 'csatField', 'cesField', 'ratingField', 'touchpoint'] as const) if (f[k]) m[k] = String(f[k]).trim();
	return m;
}

/** Validates a draft into a Feedback record; errors name the response and every bad field. */
export function toFeedback(
	ctx: IExecuteFunctions,
	draft: IDataObject,
	raw: IDataObject,
	i: number,
	label: string,
): { ok: true; json: IDataObject } | { ok: false; message: string; description: string } {
	const options = ctx.getNodeParameter('options', i, {}) as IDataObject;
	const timeZone = ((options.timeZone as string) || ctx.getTimezone() || 'UTC').trim();
	if (options.keepRaw) draft.meta = { ...((draft.meta as IDataObject) ?? {}), raw };
	const result = buildFeedback(draft, { timeZone });
	if (result.ok) return { ok: true, json: result.feedback as unknown as IDataObject };
	return {
		ok: false,
		message: `Item ${i}: ${label} is not a valid Feedback record — ${formatIssues(result.issues)}`,
		description: result.issues.map((x) => `• ${x.path}: ${x.message}`).join('\n'),
	};
}

export function invalid(ctx: IExecuteFunctions, i: number, r: { message: string; description: string }): NodeOperationError {
	return new NodeOperationError(ctx.getNode(), r.message, { itemIndex: i, description: r.description });
}

export function surveyIdOf(ctx: IExecuteFunctions, i: number): string {
	const id = String(ctx.getNodeParameter('survey', i, '', { extractValue: true }) ?? '').trim();
	if (!id) throw new NodeOperationError(ctx.getNode(), `Item ${i}: choose a survey`, { itemIndex: i });
	return id;
}
