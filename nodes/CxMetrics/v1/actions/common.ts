import {
	NodeOperationError,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
	type IPairedItemData,
} from 'n8n-workflow';

import {
	METRIC_FAMILIES,
	MetricsAggregator,
	MetricsInputError,
	type MetricFamily,
	type DefectDefinition,
	type DimensionSpec,
	type MetricsOptions,
	type MetricsResult,
} from '../../../engine/metrics/aggregator';
import type { GroupMetrics, PeriodChange } from '../../../engine/metrics/accumulator';
import type { DriverOutcome } from '../../../engine/metrics/drivers';
import { GRANULARITIES, type Granularity } from '../../../engine/metrics/period';
import { getPath } from '../../../engine/path';

/** Parameters every operation shares: where the records are, the calendar, breakdowns, filters, options. */
export const sharedProperties: INodeProperties[] = [
	{
		displayName: 'Input Field',
		name: 'inputField',
		type: 'string',
		default: '',
		placeholder: 'feedback',
		hint: 'Leave empty when each item is a Feedback record (CX Normalize / CX Analyze output). A field holding the record as JSON text (a Data Table column) is parsed.',
		description: 'Dot path of the field that holds the Feedback record',
	},
	{
		displayName: 'Period',
		name: 'period',
		type: 'options',
		default: 'week',
		description: 'Calendar period for the trend, period-over-period changes and the control chart',
		options: [
			{ name: 'Day', value: 'day' },
			{ name: 'Month', value: 'month' },
			{ name: 'Quarter', value: 'quarter' },
			{ name: 'Week (ISO, Monday to Sunday)', value: 'week' },
			{ name: 'Whole Range (No Trend)', value: 'none', description: 'One set of figures for all records: no trend, no period-over-period change, no control chart; fastest' },
		],
	},
	{
		displayName: 'Metrics',
		name: 'metrics',
		type: 'multiOptions',
		default: [],
		description: 'Metric families to compute; empty computes all. Fewer families read less of each record and leave the other columns out.',
		options: [
			{ name: 'CES', value: 'ces' },
			{ name: 'Complaint Rate', value: 'complaints' },
			{ name: 'CSAT', value: 'csat' },
			{ name: 'Defects (SPC / Six Sigma)', value: 'defects' },
			{ name: 'NPS', value: 'nps' },
			{ name: 'Rating (0–100)', value: 'rating' },
			{ name: 'Review Response Rate', value: 'responses' },
			{ name: 'Sentiment', value: 'sentiment' },
			{ name: 'SLA Compliance', value: 'sla' },
		],
	},
	{
		displayName: 'Time Zone',
		name: 'timeZone',
		type: 'string',
		default: '',
		placeholder: 'Asia/Shanghai',
		description: 'IANA time zone whose calendar defines days, weeks, months and quarters. Empty uses the workflow time zone.',
	},
	{
		displayName: 'Breakdowns',
		name: 'breakdowns',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true, sortable: true },
		default: {},
		placeholder: 'Add Breakdown',
		description: 'Split the figures by property, department, touchpoint, topic or any field',
		options: [
			{
				name: 'dimension',
				displayName: 'Breakdown',
				values: [
					{
						displayName: 'By',
						name: 'field',
						type: 'options',
						default: 'location',
						options: [
							{ name: 'Channel', value: 'channel' },
							{ name: 'Custom Field Path', value: 'custom' },
							{ name: 'Customer Segment', value: 'customer.segment' },
							{ name: 'Department (Routing Owner)', value: 'department' },
							{ name: 'Intent', value: 'intent' },
							{ name: 'Property / Location', value: 'location' },
							{ name: 'Source', value: 'source' },
							{ name: 'Topic (Indicator Tree)', value: 'topic' },
							{ name: 'Touchpoint', value: 'touchpoint' },
						],
					},
					{
						displayName: 'Topic Level',
						name: 'level',
						type: 'number',
						typeOptions: { minValue: 1, maxValue: 7 },
						default: 1,
						description: 'Level of the indicator tree: 1 = top (Room), 2 = Room › Cleanliness, …',
						displayOptions: { show: { field: ['topic'] } },
					},
					{
						displayName: 'Field Path',
						name: 'path',
						type: 'string',
						default: '',
						placeholder: 'customer.tier',
						description: 'Dot path into the Feedback record; an array field counts the record once per value',
						displayOptions: { show: { field: ['custom'] } },
					},
				],
			},
		],
	},
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{ displayName: 'From', name: 'from', type: 'dateTime', default: '', description: 'Only records that occurred at or after this time' },
			{ displayName: 'To', name: 'to', type: 'dateTime', default: '', description: 'Only records that occurred before this time' },
			{
				displayName: 'Property IDs',
				name: 'locations',
				type: 'string',
				default: '',
				placeholder: 'SH01, BJ02',
				description: 'Comma-separated location IDs; empty keeps all',
			},
			{
				displayName: 'Channels',
				name: 'channels',
				type: 'multiOptions',
				default: [],
				options: ['survey', 'review', 'call', 'ticket', 'chat', 'social', 'inspection'].map((c) => ({ name: c[0].toUpperCase() + c.slice(1), value: c })),
			},
		],
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{ displayName: 'As Of', name: 'asOf', type: 'dateTime', default: '', description: 'Reference time for SLA states and reputation recency. Empty: the latest record.' },
			{
				displayName: 'Confidence Level',
				name: 'confidence',
				type: 'options',
				default: 0.95,
				options: [
					{ name: '90%', value: 0.9 },
					{ name: '95%', value: 0.95 },
					{ name: '99%', value: 0.99 },
				],
				description: 'For margins of error and confidence intervals',
			},
			{
				displayName: 'Defect Definition (SPC / Six Sigma)',
				name: 'defect',
				type: 'options',
				default: 'detractor',
				options: [
					{ name: 'Complaint', value: 'complaint', description: 'A record with a complaint intent; every record is a unit' },
					{ name: 'Detractor (NPS 0–6)', value: 'detractor', description: 'Units are NPS answers' },
					{ name: 'Low Rating', value: 'lowRating', description: 'A 0–100 rating below the threshold; units are rated records' },
					{ name: 'Negative Sentiment', value: 'negative', description: 'Units are records with a sentiment' },
				],
			},
			{ displayName: 'Driver Level', name: 'driverLevel', type: 'number', typeOptions: { minValue: 1, maxValue: 7 }, default: 1, description: 'Indicator-tree level whose topics are the key drivers' },
			{
				displayName: 'Driver Outcome',
				name: 'driverOutcome',
				type: 'options',
				default: 'nps',
				options: [
					{ name: 'NPS Answer (0–10)', value: 'nps' },
					{ name: 'Rating (0–100)', value: 'rating' },
					{ name: 'CSAT (1–5)', value: 'csat' },
				],
			},
			{
				displayName: 'Driver Questions',
				name: 'driverQuestions',
				type: 'string',
				default: '',
				placeholder: 'Cleanliness, Breakfast, Check-in speed',
				description: 'For numeric-answer drivers: the questions (title or ID, comma-separated) to use; empty uses every numeric answer except the NPS question',
			},
			{
				displayName: 'Driver Source',
				name: 'driverSource',
				type: 'options',
				default: 'topics',
				options: [
					{ name: 'Indicator-Tree Topics', value: 'topics', description: 'Topic sentiment from CX Analyze' },
					{ name: 'Numeric Answers (Sub-Scores)', value: 'answers', description: 'Survey answers such as "cleanliness 1–5"' },
				],
			},
			{ displayName: 'Low Rating Threshold', name: 'lowRatingThreshold', type: 'number', default: 60, description: 'For the Low Rating defect: ratings below this (0–100) are defects' },
			{ displayName: 'Max Drivers', name: 'maxDrivers', type: 'number', typeOptions: { minValue: 1, maxValue: 50 }, default: 15 },
			{ displayName: 'Max Groups per Breakdown', name: 'maxGroups', type: 'number', default: 500, description: 'Further values are pooled as "(other)"' },
			{ displayName: 'Min Driver Mentions', name: 'minMentions', type: 'number', default: 10 },
			{ displayName: 'Minimum Sample', name: 'minSample', type: 'number', default: 30, description: 'Groups and periods with fewer records are flagged and their changes are not tested' },
			{ displayName: 'Opportunities per Unit', name: 'opportunitiesPerUnit', type: 'number', typeOptions: { minValue: 1 }, default: 1, description: 'Defect opportunities per record, for DPMO' },
			{ displayName: 'Reputation Half-Life (Days)', name: 'halfLifeDays', type: 'number', typeOptions: { minValue: 1 }, default: 90, description: 'A review this old counts half as much as a new one' },
			{ displayName: 'Reputation Prior Weight', name: 'priorWeight', type: 'number', typeOptions: { minValue: 0 }, default: 5, description: 'Sites and properties are shrunk towards the overall mean with the weight of this many reviews' },
			{ displayName: 'Significance Level', name: 'alpha', type: 'number', typeOptions: { minValue: 0.001, maxValue: 0.2, numberPrecision: 3 }, default: 0.05, description: 'A change is significant when p is below this' },
			{ displayName: 'Survey Invitations Sent', name: 'invitations', type: 'number', default: 0, description: 'For the survey response rate (responses ÷ invitations); 0 leaves it out' },
			{ displayName: 'Topic Depth', name: 'topicDepth', type: 'number', typeOptions: { minValue: 1, maxValue: 7 }, default: 4, description: 'Levels of the indicator tree kept for drill-down' },
			{ displayName: 'Verbatims per Topic', name: 'verbatimsPerTopic', type: 'number', typeOptions: { minValue: 0, maxValue: 50 }, default: 5, description: 'Redacted comments sampled per topic for drill-down' },
		],
	},
];

export function metricsOptions(ctx: IExecuteFunctions): MetricsOptions {
	const period = ctx.getNodeParameter('period', 0, 'week') as Granularity | 'none';
	if (period !== 'none' && !GRANULARITIES.includes(period)) {
		throw new NodeOperationError(ctx.getNode(), `Unknown period "${period}"`, { description: 'Use day, week, month, quarter or none (whole range)' });
	}
	const metrics = ctx.getNodeParameter('metrics', 0, []) as MetricFamily[];
	const unknown = metrics.filter((m) => !METRIC_FAMILIES.includes(m));
	if (unknown.length) {
		throw new NodeOperationError(ctx.getNode(), `Unknown metric family "${unknown[0]}"`, { description: `Use any of ${METRIC_FAMILIES.join(', ')}` });
	}
	const timeZone = ((ctx.getNodeParameter('timeZone', 0, '') as string) || ctx.getTimezone() || 'UTC').trim();
	const rows = ((ctx.getNodeParameter('breakdowns', 0, {}) as IDataObject).dimension ?? []) as IDataObject[];
	const dimensions: DimensionSpec[] = rows.map((r, i) => {
		const field = r.field as string;
		if (field === 'custom') {
			const path = String(r.path ?? '').trim();
			if (!path) throw new NodeOperationError(ctx.getNode(), `Breakdown ${i + 1}: the field path is empty`);
			return { field: path };
		}
		if (field === 'topic') return { field, level: Number(r.level ?? 1) };
		return { field };
	});
	const filters = ctx.getNodeParameter('filters', 0, {}) as IDataObject;
	const o = ctx.getNodeParameter('options', 0, {}) as IDataObject;
	// Each operation computes only the sections it outputs, so the engine reads only what they need
	// (Breakdown Rows for NPS over the whole range never reads a record's text, topics or dates).
	const operation = ctx.getNodeParameter('operation', 0, 'summarize') as string;
	const all = operation === 'summarize';
	const sections = {
		drivers: all || operation === 'drivers',
		reputation: all || operation === 'reputation',
		topics: all,
	};
	const list = (v: unknown) =>
		(Array.isArray(v) ? v.map(String) : String(v ?? '').split(','))
			.map((s) => s.trim())
			.filter(Boolean);
	return {
		timeZone,
		period,
		...(metrics.length ? { metrics } : {}),
		dimensions,
		minSample: o.minSample as number | undefined,
		confidence: o.confidence as number | undefined,
		alpha: o.alpha as number | undefined,
		defect: o.defect as DefectDefinition | undefined,
		lowRatingThreshold: o.lowRatingThreshold as number | undefined,
		opportunitiesPerUnit: o.opportunitiesPerUnit as number | undefined,
		drivers: sections.drivers && {
			...(o.driverSource === 'answers' ? { source: 'answers' as const, questions: list(o.driverQuestions) } : {}),
			...(o.driverOutcome ? { outcome: o.driverOutcome as DriverOutcome } : {}),
			...(o.driverLevel ? { level: o.driverLevel as number } : {}),
			...(o.maxDrivers ? { max: o.maxDrivers as number } : {}),
			...(o.minMentions !== undefined ? { minMentions: o.minMentions as number } : {}),
		},
		reputation: sections.reputation && {
			...(o.halfLifeDays ? { halfLifeDays: o.halfLifeDays as number } : {}),
			...(o.priorWeight !== undefined ? { priorWeight: o.priorWeight as number } : {}),
		},
		topicDepth: sections.topics ? (o.topicDepth as number | undefined) : 0,
		...(sections.topics ? {} : { notableVerbatims: 0 }),
		verbatimsPerTopic: o.verbatimsPerTopic as number | undefined,
		maxGroups: o.maxGroups as number | undefined,
		asOf: (o.asOf as string) || undefined,
		invitations: (o.invitations as number) || undefined,
		filter: {
			from: (filters.from as string) || undefined,
			to: (filters.to as string) || undefined,
			locations: list(filters.locations),
			channels: list(filters.channels),
		},
	};
}

/** The record of one item; `undefined` when the field is absent, `Error` when its text is not JSON. */
function readRecord(item: IDataObject, path: string): unknown {
	if (!path) return item;
	const v = getPath(item, path);
	if (typeof v === 'string') {
		try {
			return JSON.parse(v);
		} catch {
			return new MetricsInputError(path, 'holds text that is not JSON');
		}
	}
	return v;
}

export interface Aggregation {
	result: MetricsResult;
	/** Every output item is paired with every input item (an aggregate, as n8n's Summarize node does). */
	pairedItem: IPairedItemData[];
	errors: Array<{ item: number; field: string; message: string }>;
}

/**
 * Streams every input item through the metrics engine. An unreadable record stops the node with an
 * error naming the item and the field, or, with Continue On Fail, is skipped and reported.
 */
export function aggregate(ctx: IExecuteFunctions): Aggregation {
	const items = ctx.getInputData();
	const options = metricsOptions(ctx);
	let agg: MetricsAggregator;
	try {
		agg = new MetricsAggregator(options);
	} catch (e) {
		throw new NodeOperationError(ctx.getNode(), (e as Error).message, { description: 'Check the Time Zone, Filters and As Of parameters' });
	}
	const path = (ctx.getNodeParameter('inputField', 0, '') as string).trim();
	const errors: Aggregation['errors'] = [];
	for (let i = 0; i < items.length; i++) {
		// An empty item is what a node set to "Always Output Data" emits when it found nothing.
		if (Object.keys(items[i].json).length === 0) continue;
		try {
			let record = readRecord(items[i].json, path);
			if (record === undefined) record = new MetricsInputError(path, 'is missing');
			if (record instanceof MetricsInputError) {
				// A bad record is reported below exactly like one the engine rejects.
				 
				throw record;
			}
			agg.add(record);
		} catch (e) {
			const field = e instanceof MetricsInputError ? e.field : '(record)';
			const message = e instanceof MetricsInputError ? e.message : (e as Error).message;
			if (ctx.continueOnFail()) {
				agg.skip();
				if (errors.length < 20) errors.push({ item: i, field, message });
				continue;
			}
			throw new NodeOperationError(ctx.getNode(), `Item ${i}: ${message}`, {
				itemIndex: i,
				description: `The field "${field}" of item ${i} cannot be used for metrics. Items should be Feedback records (CX Normalize output)${path ? ` under "${path}"` : ''}.`,
			});
		}
	}
	return { result: agg.result(), pairedItem: items.map((_, i) => ({ item: i })), errors };
}

export function output(rows: IDataObject[], a: Aggregation): INodeExecutionData[] {
	return rows.map((json) => ({ json, pairedItem: a.pairedItem }));
}

/**
 * Flat columns of one group's figures, for tables, spreadsheets and Data Tables. The columns of a
 * metric family the run did not compute (CX Metrics "Metrics") are left out.
 */
export function flatMetrics(g: GroupMetrics): IDataObject {
	const p: Partial<GroupMetrics> = g;
	return {
		n: g.n,
		lowSample: g.lowSample,
		...(p.nps && {
			nps: p.nps.score,
			npsMarginOfError: p.nps.marginOfError,
			npsLow: p.nps.ci?.[0] ?? null,
			npsHigh: p.nps.ci?.[1] ?? null,
			npsResponses: p.nps.responses,
			promoters: p.nps.promoters,
			passives: p.nps.passives,
			detractors: p.nps.detractors,
		}),
		...(p.csat && { csatMean: p.csat.mean, csatTopTwoBox: p.csat.topTwoBox, csatResponses: p.csat.responses }),
		...(p.ces && { cesMean: p.ces.mean, cesEasyShare: p.ces.easyShare }),
		...(p.rating && { ratingMean: p.rating.mean, ratingMarginOfError: p.rating.marginOfError, ratingResponses: p.rating.responses }),
		...(p.complaintRate !== undefined && { complaints: g.complaints, complaintRate: g.complaintRate }),
		...(p.response && { reviewResponseRate: p.response.rate }),
		...(p.sentiment && { negativeShare: p.sentiment.negativeShare }),
		...(p.sla && { slaCompliance: p.sla.compliance, slaMet: p.sla.met, slaBreached: p.sla.breached, slaOpen: p.sla.open }),
	};
}

/** Flat change columns; those of a family the run did not compute are left out. */
export function flatChange(c: PeriodChange | null, families: readonly MetricFamily[] = METRIC_FAMILIES): IDataObject {
	const p: Partial<PeriodChange> | null = c;
	const has = (m: MetricFamily) => families.includes(m);
	return {
		...(has('nps') && { npsChange: p?.nps?.delta ?? null, npsChangeVerdict: p?.nps?.verdict ?? null, npsChangePValue: p?.nps?.pValue ?? null }),
		...(has('rating') && { ratingChange: p?.rating?.delta ?? null, ratingChangeVerdict: p?.rating?.verdict ?? null }),
		...(has('csat') && { csatTopTwoBoxChange: p?.csatTopTwoBox?.delta ?? null, csatTopTwoBoxChangeVerdict: p?.csatTopTwoBox?.verdict ?? null }),
		...(has('complaints') && { complaintRateChange: p?.complaintRate?.delta ?? null, complaintRateChangeVerdict: p?.complaintRate?.verdict ?? null }),
	};
}
