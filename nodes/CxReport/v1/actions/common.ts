import { NodeOperationError, type IDataObject, type IExecuteFunctions, type INodeExecutionData, type INodeProperties } from 'n8n-workflow';

import { METRIC_FAMILIES, type MetricsResult } from '../../../engine/metrics/aggregator';
import type { Lang } from '../../../engine/report/i18n';
import { renderReport, type ReportOptions } from '../../../engine/report/render';
import { getPath } from '../../../engine/path';

export const sharedProperties: INodeProperties[] = [
	{
		displayName: 'Metrics Field',
		name: 'metricsField',
		type: 'string',
		default: '',
		hint: 'Leave empty when the item is the output of CX Metrics → Summarize',
		description: 'Dot path of the field that holds the CX Metrics result',
	},
	{
		displayName: 'Language',
		name: 'language',
		type: 'options',
		default: 'en',
		options: [
			{ name: 'English', value: 'en' },
			{ name: 'Chinese (简体中文)', value: 'zh' },
		],
	},
	{ displayName: 'Title', name: 'title', type: 'string', default: '', placeholder: 'Weekly CX report · East China hotels', description: 'Empty uses a default title in the chosen language' },
	{ displayName: 'Subtitle', name: 'subtitle', type: 'string', default: '', placeholder: 'Prepared for the Monday operations meeting' },
	{ displayName: 'Put Output File in Field', name: 'binaryPropertyName', type: 'string', default: 'data', description: 'Name of the binary property that receives the HTML file' },
	{ displayName: 'File Name', name: 'fileName', type: 'string', default: 'cx-report.html' },
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Summary Text',
				name: 'summary',
				type: 'string',
				typeOptions: { rows: 4 },
				default: '',
				description: 'Replaces the generated summary, e.g. with text an LLM wrote from the "facts" of a previous run. One paragraph per line.',
			},
			{ displayName: 'Topics per Chart', name: 'topTopics', type: 'number', typeOptions: { minValue: 1, maxValue: 30 }, default: 10 },
		],
	},
];

export function readMetrics(ctx: IExecuteFunctions, item: INodeExecutionData, i: number): MetricsResult {
	const path = (ctx.getNodeParameter('metricsField', i, '') as string).trim();
	let v: unknown = getPath(item.json, path);
	if (typeof v === 'string') {
		try {
			v = JSON.parse(v);
		} catch {
			v = undefined;
		}
	}
	const m = v as Partial<MetricsResult> | undefined;
	// A run narrowed to some metric families (CX Metrics "Metrics") lacks figures the report draws.
	if (m && typeof m === 'object' && Array.isArray(m.metrics) && m.metrics.length < METRIC_FAMILIES.length) {
		throw new NodeOperationError(ctx.getNode(), `Item ${i}: the CX Metrics result holds only ${m.metrics.join(', ')}; a report needs every metric family`, {
			itemIndex: i,
			description: 'Leave "Metrics" empty (all) in the CX Metrics node that feeds CX Report.',
		});
	}
	if (!m || typeof m !== 'object' || !m.overall || !Array.isArray(m.periods) || !m.topics || !m.spc) {
		throw new NodeOperationError(ctx.getNode(), `Item ${i} holds no CX Metrics result${path ? ` in "${path}"` : ''}`, {
			itemIndex: i,
			description: 'Put a CX Metrics node with the operation "Summarize" before CX Report, or set "Metrics Field" to where its result is.',
		});
	}
	return m as MetricsResult;
}

export interface Built {
	json: IDataObject;
	binary: NonNullable<INodeExecutionData['binary']>;
	html: string;
	metrics: MetricsResult;
	/** The options the report was rendered with (for a second, printable rendering). */
	options: ReportOptions;
}

export async function build(
	ctx: IExecuteFunctions,
	item: INodeExecutionData,
	i: number,
	mode: 'report' | 'page',
	extra: Partial<ReportOptions> = {},
	metrics?: MetricsResult,
): Promise<Built> {
	const m = metrics ?? readMetrics(ctx, item, i);
	const o = ctx.getNodeParameter('options', i, {}) as IDataObject;
	const lang = ctx.getNodeParameter('language', i, 'en') as Lang;
	const options: ReportOptions = {
		lang,
		mode,
		title: (ctx.getNodeParameter('title', i, '') as string) || undefined,
		subtitle: (ctx.getNodeParameter('subtitle', i, '') as string) || undefined,
		summary: (o.summary as string) || undefined,
		topTopics: (o.topTopics as number) || undefined,
		...extra,
	};
	const rendered = renderReport(m, options);
	const fileName = (ctx.getNodeParameter('fileName', i, 'cx-report.html') as string) || 'cx-report.html';
	const prop = (ctx.getNodeParameter('binaryPropertyName', i, 'data') as string) || 'data';
	const binaryData = await ctx.helpers.prepareBinaryData(Buffer.from(rendered.html, 'utf8'), fileName, 'text/html; charset=utf-8');
	return {
		json: {
			fileName,
			language: lang,
			records: m.records,
			range: m.range as unknown as IDataObject,
			summary: rendered.summary.join('\n'),
			summaryHtml: rendered.summaryHtml,
			facts: rendered.facts as unknown as IDataObject,
			bytes: Buffer.byteLength(rendered.html, 'utf8'),
		},
		binary: { [prop]: binaryData },
		html: rendered.html,
		metrics: m,
		options,
	};
}
