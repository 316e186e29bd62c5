import { NodeOperationError, type IDataObject, type IExecuteFunctions, type INodeProperties } from 'n8n-workflow';

import { FeedbackSchema, type Feedback } from '../../../engine/feedback/schema';
import { buildCalendar, type BusinessCalendar } from '../../../engine/routing/businessHours';
import { PRIORITIES, type EscalationStep, type Owner } from '../../../engine/routing/rules';
import { parseTimestamp } from '../../../engine/time';

export const priorityOptions = [
	{ name: 'Urgent', value: 'urgent' },
	{ name: 'High', value: 'high' },
	{ name: 'Normal', value: 'normal' },
	{ name: 'Low', value: 'low' },
];

/** Business hours, shared by both operations. */
export const businessHoursProperty: INodeProperties = {
	displayName: 'Business Hours',
	name: 'businessHours',
	type: 'collection',
	placeholder: 'Set business hours',
	default: {},
	description: 'SLA clocks run only inside these hours. Default: Monday–Friday 09:00–18:00 in the workflow time zone.',
	options: [
		{ displayName: 'Break', name: 'breakTime', type: 'string', default: '', placeholder: '12:00-13:00', description: 'Optional daily break that does not count' },
		{
			displayName: 'Clock',
			name: 'mode',
			type: 'options',
			default: 'business',
			options: [
				{ name: 'Business Hours', value: 'business', description: 'Only working hours count' },
				{ name: 'Around the Clock (24x7)', value: '24x7', description: 'Every minute counts (front desk, call centre)' },
			],
		},
		{ displayName: 'Closes At', name: 'end', type: 'string', default: '18:00', placeholder: '18:00', description: '24:00 for midnight' },
		{
			displayName: 'Extra Working Days',
			name: 'extraWorkdays',
			type: 'string',
			default: '',
			placeholder: '2026-09-27',
			description: 'Make-up working days (调休) that count even on a weekend',
		},
		{ displayName: 'Holidays', name: 'holidays', type: 'string', default: '', placeholder: '2026-10-01, 2026-10-02', description: 'Closed dates (YYYY-MM-DD), comma or line separated' },
		{ displayName: 'Opens At', name: 'start', type: 'string', default: '09:00', placeholder: '09:00' },
		{ displayName: 'Time Zone', name: 'timeZone', type: 'string', default: '', placeholder: 'Asia/Shanghai', description: 'IANA time zone of the property or team. Empty uses the workflow time zone.' },
		{
			displayName: 'Working Days',
			name: 'days',
			type: 'multiOptions',
			default: [1, 2, 3, 4, 5],
			options: [
				{ name: 'Monday 周一', value: 1 },
				{ name: 'Tuesday 周二', value: 2 },
				{ name: 'Wednesday 周三', value: 3 },
				{ name: 'Thursday 周四', value: 4 },
				{ name: 'Friday 周五', value: 5 },
				{ name: 'Saturday 周六', value: 6 },
				{ name: 'Sunday 周日', value: 0 },
			],
		},
	],
};

export function readCalendar(ctx: IExecuteFunctions, i: number): BusinessCalendar {
	const bh = ctx.getNodeParameter('businessHours', i, {}) as IDataObject;
	try {
		return buildCalendar({
			timeZone: ((bh.timeZone as string) || ctx.getTimezone() || 'UTC').trim(),
			mode: (bh.mode as 'business' | '24x7') ?? 'business',
			days: (bh.days as number[]) ?? undefined,
			start: (bh.start as string) || undefined,
			end: (bh.end as string) || undefined,
			breakTime: (bh.breakTime as string) || undefined,
			holidays: (bh.holidays as string) || undefined,
			extraWorkdays: (bh.extraWorkdays as string) || undefined,
		});
	} catch (e) {
		throw new NodeOperationError(ctx.getNode(), `Business Hours: ${(e as Error).message}`, { itemIndex: i });
	}
}

export function splitList(v: unknown): string[] {
	if (Array.isArray(v)) return v.map(String).map((s) => s.trim()).filter(Boolean);
	if (typeof v !== 'string') return [];
	return v
		.split(/[,;，；\n]+/)
		.map((s) => s.trim())
		.filter(Boolean);
}

export function ownerFrom(o: IDataObject): Owner {
	const owner: Owner = {};
	if (o.department) owner.department = String(o.department);
	if (o.person) owner.person = String(o.person);
	if (o.queue) owner.queue = String(o.queue);
	const mobiles = splitList(o.mentionMobiles);
	const userIds = splitList(o.mentionUserIds);
	const emails = splitList(o.mentionEmails);
	if (mobiles.length) owner.mobiles = mobiles;
	if (userIds.length) owner.userIds = userIds;
	if (emails.length) owner.emails = emails;
	return owner;
}

/**
 * "Hotel GM, Group CX Centre" → two steps, each after `afterMinutes`. A step may name a person
 * after a colon: "Hotel GM:Mr Li".
 */
export function chainFromText(text: string, afterMinutes: number | undefined): EscalationStep[] {
	return splitList(text).map((s, idx) => {
		const [department, person] = s.split(/[:：]/).map((x) => x.trim());
		const owner: Owner = { department };
		if (person) owner.person = person;
		return { level: idx + 1, owner, afterMinutes: idx === 0 ? 0 : (afterMinutes ?? 0) };
	});
}

export function parseJsonParam<T>(ctx: IExecuteFunctions, name: string, value: unknown, i: number): T {
	if (typeof value !== 'string') return value as T;
	try {
		return JSON.parse(value) as T;
	} catch (e) {
		throw new NodeOperationError(ctx.getNode(), `"${name}" is not valid JSON: ${(e as Error).message}`, { itemIndex: i });
	}
}

import { getPath as pick } from '../../../engine/path';

/** The value at a dot path, or the whole item for an empty path. */
export { pick };

export function readFeedback(ctx: IExecuteFunctions, item: IDataObject, path: string, i: number): Feedback {
	const raw = pick(item, path);
	if (raw === undefined || raw === null || typeof raw !== 'object') {
		throw new NodeOperationError(ctx.getNode(), `Item ${i} has no Feedback record${path ? ` in field "${path}"` : ''}`, {
			itemIndex: i,
			description: 'Put CX Normalize (and CX Analyze) before this node, or set "Feedback Field" to where the record is.',
		});
	}
	const parsed = FeedbackSchema.safeParse(raw);
	if (!parsed.success) {
		const issues = parsed.error.issues.map((x) => `${x.path.join('.') || '(root)'}: ${x.message}`);
		throw new NodeOperationError(ctx.getNode(), `Item ${i}: not a valid Feedback record — ${issues.slice(0, 3).join('; ')}`, {
			itemIndex: i,
			description: issues.map((s) => `• ${s}`).join('\n'),
		});
	}
	// Keep fields the schema does not know (analysis extras) — the schema strips unknown top-level keys.
	return { ...(raw as object), ...parsed.data } as Feedback;
}

export function referenceTime(ctx: IExecuteFunctions, v: unknown, i: number): number {
	if (v === undefined || v === null || v === '') return Date.now();
	const t = parseTimestamp(v as string);
	if (t === undefined) throw new NodeOperationError(ctx.getNode(), `"Reference Time" ${String(v)} is not a date`, { itemIndex: i });
	return t;
}

export function isPriority(v: unknown): v is (typeof PRIORITIES)[number] {
	return typeof v === 'string' && (PRIORITIES as readonly string[]).includes(v);
}
