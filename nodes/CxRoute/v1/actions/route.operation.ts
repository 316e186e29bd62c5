import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { type ConditionPreset, type ConditionSpec } from '../../../engine/routing/conditions';
import { route, type Rule, type RuleOutcome, type TopicOwner } from '../../../engine/routing/rules';
import { forEachItem } from '../../../shared/execute';
import {
	businessHoursProperty,
	chainFromText,
	isPriority,
	ownerFrom,
	parseJsonParam,
	priorityOptions,
	readCalendar,
	readFeedback,
	referenceTime,
	splitList,
} from './common';

const conditionOptions: Array<{ name: string; value: ConditionPreset; description: string }> = [
	{ name: 'Always', value: 'always', description: 'Every record' },
	{ name: 'Detractor (NPS 0–6)', value: 'detractor', description: 'Scores.nps ≤ 6' },
	{ name: 'Passive (NPS 7–8)', value: 'passive', description: 'Scores.nps 7 or 8' },
	{ name: 'Promoter (NPS 9–10)', value: 'promoter', description: 'Scores.nps ≥ 9' },
	{ name: 'Low CSAT', value: 'lowCsat', description: 'Scores.csat ≤ threshold (default 2)' },
	{ name: 'Low Score (0–100)', value: 'lowScore', description: 'Scores.normalised ≤ threshold (default 40)' },
	{ name: 'Negative Sentiment', value: 'negativeSentiment', description: 'Analysis.sentiment.label = negative' },
	{ name: 'Negative on Topic', value: 'negativeOnTopic', description: 'A topic (ID, ID prefix or name on its path) with negative sentiment' },
	{ name: 'Mentions Topic', value: 'topic', description: 'A topic (ID, ID prefix or name on its path), any sentiment' },
	{ name: 'Complaint Intent', value: 'complaintIntent', description: 'Analysis.intents contains complaint' },
	{ name: 'Intent', value: 'intent', description: 'Analysis.intents contains the given intent (need, inquiry, opportunity, praise …)' },
	{ name: 'Bad-Review Risk ≥ Threshold', value: 'riskAtLeast', description: 'Analysis.risk (score) ≥ threshold (default 0.7)' },
	{ name: 'Guest in House', value: 'inHouse', description: 'Customer.inHouse = true' },
	{ name: 'Channel Is', value: 'channel', description: 'Survey, review, call, ticket, chat, social, inspection' },
	{ name: 'Location Is', value: 'location', description: 'Location.ID equals the value' },
	{ name: 'JSONata Expression', value: 'expression', description: 'Any JSONata expression over the Feedback record' },
];

const ruleValues: INodeProperties[] = [
	{ displayName: 'Rule Name', name: 'name', type: 'string', default: '', placeholder: 'In-house detractor', required: true },
	{ displayName: 'Condition', name: 'condition', type: 'options', options: conditionOptions, default: 'detractor' },
	{
		displayName: 'Value',
		name: 'value',
		type: 'string',
		default: '',
		placeholder: 'room.cleanliness',
		displayOptions: { show: { condition: ['negativeOnTopic', 'topic', 'intent', 'channel', 'location'] } },
		description: 'Topic ID or name, intent, channel or location ID',
	},
	{
		displayName: 'Threshold',
		name: 'threshold',
		type: 'number',
		typeOptions: { numberPrecision: 2 },
		default: 0.7,
		displayOptions: { show: { condition: ['lowCsat', 'lowScore', 'riskAtLeast'] } },
		description: 'CSAT ≤ threshold, score ≤ threshold, or risk ≥ threshold',
	},
	{
		displayName: 'Expression',
		name: 'expression',
		type: 'string',
		typeOptions: { rows: 2 },
		default: '',
		placeholder: 'scores.nps <= 6 and customer.tier = "gold"',
		displayOptions: { show: { condition: ['expression'] } },
		description: 'JSONata over the Feedback record; true routes it',
	},
	{ displayName: 'Owner Department', name: 'department', type: 'string', default: '', placeholder: 'Housekeeping' },
	{ displayName: 'Owner Person', name: 'person', type: 'string', default: '' },
	{ displayName: 'Owner Queue', name: 'queue', type: 'string', default: '' },
	{ displayName: 'Priority', name: 'priority', type: 'options', options: [{ name: '(Not Set)', value: '' }, ...priorityOptions], default: '' },
	{ displayName: 'Response SLA (Minutes)', name: 'responseMinutes', type: 'number', default: 0, description: 'Working minutes to first response; 0 = none' },
	{ displayName: 'Resolution SLA (Minutes)', name: 'resolutionMinutes', type: 'number', default: 0, description: 'Working minutes to resolution; 0 = none' },
	{ displayName: 'Alert Now', name: 'alert', type: 'boolean', default: false, description: 'Whether to flag the record for a real-time alert (routing.alert)' },
	{
		displayName: 'Escalate To',
		name: 'escalateTo',
		type: 'string',
		default: '',
		placeholder: 'Hotel GM, Group CX Centre',
		description: 'Escalation chain, in order; "Department:Person" names a person',
	},
	{ displayName: 'Minutes Between Escalation Levels', name: 'escalateAfterMinutes', type: 'number', default: 60 },
	{ displayName: 'Mention Mobiles', name: 'mentionMobiles', type: 'string', default: '', placeholder: '13800000000', description: 'Comma-separated mobiles to @mention in chat alerts' },
	{ displayName: 'Mention User IDs', name: 'mentionUserIds', type: 'string', default: '', description: 'Comma-separated chat user IDs to @mention' },
	{ displayName: 'Owner E-Mails', name: 'mentionEmails', type: 'string', default: '', placeholder: 'duty-manager@hotel.example', description: 'Comma-separated e-mail addresses of the owner: e-mail alerts (CX Notify → Compose E-Mail) and Teams @mentions' },
	{ displayName: 'Tags', name: 'tags', type: 'string', default: '', description: 'Comma-separated tags for the case' },
	{ displayName: 'Stop After This Rule', name: 'stop', type: 'boolean', default: false, description: 'Whether to stop evaluating later rules when this one matches (in "All Matches" mode)' },
];

const properties: INodeProperties[] = [
	{
		displayName: 'Feedback Field',
		name: 'feedbackField',
		type: 'string',
		default: '',
		placeholder: 'feedback',
		hint: 'Leave empty when the item is the Feedback record (after CX Normalize / CX Analyze)',
		description: 'Dot path of the Feedback record in the item',
	},
	{
		displayName: 'Define Rules',
		name: 'rulesSource',
		type: 'options',
		options: [
			{ name: 'In This Form', value: 'ui' },
			{ name: 'As JSON', value: 'json', description: 'An array of rules: {name, condition, outcome}; see the node docs' },
		],
		default: 'ui',
	},
	{
		displayName: 'Rules',
		name: 'rules',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true, sortable: true },
		placeholder: 'Add rule',
		default: {},
		displayOptions: { show: { rulesSource: ['ui'] } },
		description: 'Evaluated in order',
		options: [{ name: 'rule', displayName: 'Rule', values: ruleValues }],
	},
	{
		displayName: 'Rules (JSON)',
		name: 'rulesJson',
		type: 'json',
		default:
			'[\n  {\n    "name": "Detractor",\n    "condition": { "type": "detractor" },\n    "outcome": { "owner": { "department": "Guest Relations" }, "priority": "high", "sla": { "responseMinutes": 30, "resolutionMinutes": 240 }, "alert": true }\n  }\n]',
		displayOptions: { show: { rulesSource: ['json'] } },
		description: 'Condition: a preset {type, value, threshold} or a JSONata string',
	},
	{
		displayName: 'Match',
		name: 'matchMode',
		type: 'options',
		options: [
			{ name: 'First Matching Rule', value: 'first' },
			{ name: 'All Matching Rules', value: 'all', description: 'Owner from the first rule naming one; most urgent priority; shortest SLA; alert if any rule alerts' },
		],
		default: 'first',
	},
	{
		displayName: 'Topic Owners (Indicator Tree)',
		name: 'topicOwners',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add topic owner',
		default: {},
		description: 'Default owner per indicator-tree topic when no matching rule names one (KPI decomposition). A topic matches its sub-topics.',
		options: [
			{
				name: 'owner',
				displayName: 'Topic Owner',
				values: [
					{
						displayName: 'Department',
						name: 'department',
						type: 'string',
						default: '',
					},
					{
						displayName: 'Mention Mobiles',
						name: 'mentionMobiles',
						type: 'string',
						default: '',
					},
					{
						displayName: 'Owner E-Mails',
						name: 'mentionEmails',
						type: 'string',
						default: '',
					},
					{
						displayName: 'Person',
						name: 'person',
						type: 'string',
						default: '',
					},
					{
						displayName: 'Priority',
						name: 'priority',
						type: 'options',
						options: [
							{
								name: '(Not Set)',
								value: '',
							},
						],
						default: '',
					},
					{
						displayName: 'Topic',
						name: 'topic',
						type: 'string',
						default: '',
						placeholder: 'room.cleanliness',
					},
			],
			},
		],
	},
	businessHoursProperty,
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		options: [
			{
				displayName: 'Case Grouping',
				name: 'dedupe',
				type: 'options',
				default: 'stay',
				options: [
					{ name: 'Same Customer, Same Stay / Order', value: 'stay', description: 'Repeated feedback about one stay opens one case' },
					{ name: 'Same Customer Within a Window', value: 'customer' },
					{ name: 'One Case per Feedback Record', value: 'feedback' },
				],
			},
			{ displayName: 'Case ID Prefix', name: 'casePrefix', type: 'string', default: 'CX' },
			{ displayName: 'Fallback Owner Department', name: 'fallbackDepartment', type: 'string', default: '', description: 'Owner when nothing matches and no topic owner applies' },
			{ displayName: 'Fallback Priority', name: 'fallbackPriority', type: 'options', options: [{ name: '(Not Set)', value: '' }, ...priorityOptions], default: '' },
			{ displayName: 'Fallback Resolution SLA (Minutes)', name: 'fallbackResolutionMinutes', type: 'number', default: 0 },
			{ displayName: 'Grouping Window (Days)', name: 'windowDays', type: 'number', default: 7, description: 'When no stay / order ID is known' },
			{ displayName: 'Only Output Routed Records', name: 'onlyMatched', type: 'boolean', default: false, description: 'Whether to drop records no rule matched' },
			{ displayName: 'Reference Time', name: 'now', type: 'string', default: '', description: 'Clock for "SLA Starts At: Now" and routedAt (ISO); empty = now' },
			{
				displayName: 'SLA Starts At',
				name: 'slaFrom',
				type: 'options',
				default: 'receivedAt',
				options: [
					{ name: 'Received Time', value: 'receivedAt' },
					{ name: 'Occurred Time', value: 'occurredAt' },
					{ name: 'Now', value: 'now' },
				],
			},
			{ displayName: 'Topic Owners (JSON)', name: 'topicOwnersJson', type: 'json', default: '[]', description: 'Array of {topic, owner: {department, person}, priority}; added after the form entries' },
		],
	},
];

export const description = updateDisplayOptions({ show: { operation: ['route'] } }, properties);

function num(v: unknown): number | undefined {
	const n = Number(v);
	return v === '' || v === undefined || v === null || !Number.isFinite(n) || n <= 0 ? undefined : n;
}

export function rulesFromForm(list: IDataObject[]): Rule[] {
	return list.map((r, idx) => {
		const condition: ConditionSpec = {
			type: (r.condition as ConditionPreset) ?? 'always',
			value: (r.value as string) || undefined,
			threshold: r.threshold === undefined ? undefined : Number(r.threshold),
			expression: (r.expression as string) || undefined,
		};
		const outcome: RuleOutcome = { owner: ownerFrom(r), alert: !!r.alert, stop: !!r.stop };
		if (isPriority(r.priority)) outcome.priority = r.priority;
		const responseMinutes = num(r.responseMinutes);
		const resolutionMinutes = num(r.resolutionMinutes);
		if (responseMinutes !== undefined || resolutionMinutes !== undefined) outcome.sla = { responseMinutes, resolutionMinutes };
		const chain = chainFromText((r.escalateTo as string) ?? '', num(r.escalateAfterMinutes));
		if (chain.length) outcome.escalation = chain;
		const tags = splitList(r.tags);
		if (tags.length) outcome.tags = tags;
		return { name: (r.name as string) || `Rule ${idx + 1}`, condition, outcome };
	});
}

export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await forEachItem(this, async (item, i) => {
		const source = this.getNodeParameter('rulesSource', i, 'ui') as string;
		let rules: Rule[];
		if (source === 'json') {
			const parsed = parseJsonParam<unknown>(this, 'Rules (JSON)', this.getNodeParameter('rulesJson', i), i);
			if (!Array.isArray(parsed)) throw new NodeOperationError(this.getNode(), '"Rules (JSON)" must be an array of rules', { itemIndex: i });
			rules = parsed as Rule[];
		} else {
			rules = rulesFromForm(((this.getNodeParameter('rules', i, {}) as IDataObject).rule as IDataObject[]) ?? []);
		}
		const options = this.getNodeParameter('options', i, {}) as IDataObject;
		const topicOwners: TopicOwner[] = (((this.getNodeParameter('topicOwners', i, {}) as IDataObject).owner as IDataObject[]) ?? [])
			.filter((o) => o.topic)
			.map((o) => ({ topic: String(o.topic), owner: ownerFrom(o), priority: isPriority(o.priority) ? o.priority : undefined }));
		if (options.topicOwnersJson) {
			const extra = parseJsonParam<TopicOwner[]>(this, 'Topic Owners (JSON)', options.topicOwnersJson, i);
			if (!Array.isArray(extra)) throw new NodeOperationError(this.getNode(), '"Topic Owners (JSON)" must be an array', { itemIndex: i });
			topicOwners.push(...extra);
		}
		const fallback: RuleOutcome | undefined =
			options.fallbackDepartment || options.fallbackPriority || options.fallbackResolutionMinutes
				? {
						owner: options.fallbackDepartment ? { department: String(options.fallbackDepartment) } : undefined,
						priority: isPriority(options.fallbackPriority) ? options.fallbackPriority : undefined,
						sla: num(options.fallbackResolutionMinutes) ? { resolutionMinutes: num(options.fallbackResolutionMinutes) } : undefined,
					}
				: undefined;
		const feedbackField = (this.getNodeParameter('feedbackField', i, '') as string).trim();
		const feedback = readFeedback(this, item.json, feedbackField, i);
		const calendar = readCalendar(this, i);
		let routing;
		try {
			routing = await route(feedback, rules, {
				mode: this.getNodeParameter('matchMode', i, 'first') as 'first' | 'all',
				calendar,
				now: referenceTime(this, options.now, i),
				slaFrom: (options.slaFrom as 'receivedAt') ?? 'receivedAt',
				topicOwners,
				fallback,
				dedupe: { strategy: (options.dedupe as 'stay') ?? 'stay', windowDays: (options.windowDays as number) ?? 7 },
				casePrefix: (options.casePrefix as string) || 'CX',
			});
		} catch (e) {
			throw new NodeOperationError(this.getNode(), `Item ${i}: ${(e as Error).message}`, { itemIndex: i });
		}
		if (options.onlyMatched && routing.matchedRules.length === 0) return null;
		const routed = { ...feedback, routing } as unknown as IDataObject;
		return feedbackField ? { ...item.json, [feedbackField]: routed } : routed;
	});
}
