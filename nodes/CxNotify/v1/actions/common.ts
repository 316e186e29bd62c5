/**
 * What CX Notify's operations share: the parameters that say which alert an item carries, and how an
 * item (a CX Ticket or CX Route output, a case row, a case or a routed Feedback record) becomes an
 * alert with a stable id.
 */
import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { createHash } from 'node:crypto';

import { caseFromRow } from '../../../engine/cases/model';
import { FeedbackSchema, type Feedback } from '../../../engine/feedback/schema';
import { alertFromCase, alertFromFeedback, type Alert, type AlertKind } from '../../../engine/notify/cards';
import type { Owner } from '../../../engine/routing/rules';

/** Alert Field, Language and Alert Type: the first parameters of every operation. */
export const alertProperties: INodeProperties[] = [
	{
		displayName: 'Alert Field',
		name: 'alertField',
		type: 'string',
		default: '',
		placeholder: 'case',
		hint: 'Leave empty to read the item: a CX Ticket or CX Route output, a case row, or a routed Feedback record',
		description: 'Dot path of the case or Feedback record in the item',
	},
	{
		displayName: 'Language',
		name: 'language',
		type: 'options',
		options: [
			{ name: '中文', value: 'zh' },
			{ name: 'English', value: 'en' },
		],
		default: 'zh',
	},
	{
		displayName: 'Alert Type',
		name: 'kind',
		type: 'options',
		options: [
			{ name: 'Automatic', value: 'auto', description: 'Escalation when the case was escalated, otherwise new case' },
			{ name: 'Case Reopened', value: 'reopened' },
			{ name: 'Case Resolved', value: 'resolved' },
			{ name: 'Escalation', value: 'escalation' },
			{ name: 'Follow-Up Answer', value: 'followUp' },
			{ name: 'New Case', value: 'new' },
			{ name: 'Reminder', value: 'reminder' },
		],
		default: 'auto',
	},
];

export const linkBaseOption: INodeProperties = { displayName: 'Case Link Base URL', name: 'linkBase', type: 'string', default: '', placeholder: 'https://cx.example.com/case/', description: 'The case ID is appended; empty uses the ticket URL or the feedback link' };
export const quoteLengthOption: INodeProperties = { displayName: 'Quote Length', name: 'quoteLength', type: 'number', default: 200, description: 'Characters of the customer\'s (redacted) words to show' };

export function list(v: unknown): string[] {
	return typeof v === 'string' ? v.split(/[,;，\s]+/).map((s) => s.trim()).filter(Boolean) : [];
}

/** Reads a CX Ticket / CX Route output, a case row, a case or a routed Feedback record. */
export function alertFromItem(raw: unknown, opts: { kind: AlertKind | 'auto'; linkBase?: string; mobiles: string[]; userIds: string[]; atAll: boolean; quoteLength: number }): Alert {
	if (!raw || typeof raw !== 'object') throw new Error('nothing to alert about (expected a case or a Feedback record)');
	const r = raw as IDataObject;
	const kind = opts.kind === 'auto' ? undefined : opts.kind;
	const base = { linkBase: opts.linkBase || undefined, extraMobiles: opts.mobiles, extraUserIds: opts.userIds, atAll: opts.atAll, quoteLength: opts.quoteLength };
	// CX Route "escalate overdue" output: tell the new owner.
	const c = caseFromRow(r.case ?? r.row ?? r);
	if (c) {
		const notify = r.notify as Owner | undefined;
		const withOwner = notify ? { ...c, owner: { ...c.owner, ...notify } } : c;
		const a = alertFromCase(withOwner, { ...base, kind: kind ?? (r.decision === 'escalate' || c.escalationLevel > 0 ? 'escalation' : r.action === 'reopened' ? 'reopened' : 'new'), reason: (r.reason as string) || undefined });
		if (!a.link && typeof r.url === 'string') a.link = r.url;
		return a;
	}
	const parsed = FeedbackSchema.safeParse(r);
	if (parsed.success) return alertFromFeedback({ ...(r as object), ...parsed.data } as Feedback, { ...base, kind: kind ?? 'new' });
	// An external-ticket CX Ticket output: enough for a short card.
	if (typeof r.caseId === 'string' || typeof r.externalId === 'string') {
		const t = (r.ticket ?? {}) as IDataObject;
		return {
			kind: kind ?? (r.action === 'reopened' ? 'reopened' : 'new'),
			caseId: (r.caseId as string) || undefined,
			title: String(t.title ?? r.caseId ?? r.externalId),
			owner: (r.owner as Owner) ?? undefined,
			priority: String(r.priority ?? 'normal'),
			dueAt: (r.dueAt as string) || undefined,
			link: opts.linkBase && r.caseId ? `${opts.linkBase}${encodeURIComponent(String(r.caseId))}` : ((r.url as string) ?? undefined),
			mentions: { mobiles: [...(((r.owner as Owner) ?? {}).mobiles ?? []), ...opts.mobiles], userIds: [...(((r.owner as Owner) ?? {}).userIds ?? []), ...opts.userIds], emails: [], all: opts.atAll },
		};
	}
	throw new Error(`not a case or Feedback record (${parsed.error.issues.slice(0, 2).map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')})`);
}

/**
 * A stable id for one alert (for the outbox and for "sent exactly once"): the case, the kind, the
 * escalation level and the case's last change, so the same alert re-sent from the outbox keeps its
 * id and a later event on the same case gets a new one.
 */
export function alertId(raw: unknown, alert: Alert): string {
	const r = (raw && typeof raw === 'object' ? raw : {}) as IDataObject;
	const row = (r.row ?? {}) as IDataObject;
	const c = (r.case ?? {}) as IDataObject;
	const stamp = String(row.changedAt ?? r.changedAt ?? c.updatedAt ?? r.updatedAt ?? r.receivedAt ?? '');
	const subject = alert.caseId ?? String(r.id ?? r.externalId ?? '');
	const hash = createHash('sha256').update(JSON.stringify([subject, alert.kind, alert.escalationLevel ?? 0, stamp, alert.title])).digest('hex').slice(0, 12);
	return `${subject || 'alert'}/${alert.kind}/${hash}`;
}
