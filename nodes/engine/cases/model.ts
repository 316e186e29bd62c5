/**
 * The case model every ticket provider maps to: new → open → pending → resolved → closed, with
 * owner, priority, due times, linked Feedback ids, notes, escalation and follow-up state. The
 * state machine is here (pure), so the built-in Data Table provider and the external adapters
 * agree on what "resolve" or "reopen" means.
 */
import type { Feedback } from '../feedback/schema';
import type { EscalationStep, Owner, Priority, RoutingResult } from '../routing/rules';
import { PRIORITIES } from '../routing/rules';
import { caseIdFromKey } from './ids';

export const CASE_STATUSES = ['new', 'open', 'pending', 'resolved', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export interface CaseNote {
	at: string;
	text: string;
	internal: boolean;
	author?: string;
}

export interface CaseEvent {
	at: string;
	action: CaseAction;
	from?: CaseStatus;
	to?: CaseStatus;
	by?: string;
}

export interface Case {
	id: string;
	dedupeKey: string;
	title: string;
	description: string;
	status: CaseStatus;
	priority: Priority;
	owner: Owner;
	createdAt: string;
	updatedAt: string;
	responseDueAt?: string;
	dueAt?: string;
	firstResponseAt?: string;
	resolvedAt?: string;
	closedAt?: string;
	escalationLevel: number;
	escalationChain: EscalationStep[];
	lastEscalatedAt?: string;
	feedbackIds: string[];
	customer?: { name?: string; email?: string; phone?: string; id?: string };
	location?: { id: string; name?: string };
	topics: string[];
	tags: string[];
	notes: CaseNote[];
	history: CaseEvent[];
	reopenCount: number;
	followUp?: { sentAt?: string; answeredAt?: string; satisfied?: boolean; feedbackId?: string };
	resolution?: string;
	/** Where the case lives when an external system holds it. */
	external?: { provider: string; id: string; url?: string; status?: string };
	timeZone?: string;
}

export type CaseAction =
	| 'create'
	| 'merge'
	| 'open'
	| 'pend'
	| 'resolve'
	| 'close'
	| 'reopen'
	| 'comment'
	| 'update'
	| 'escalate'
	| 'followUpSent'
	| 'followUpAnswered';

/** Which statuses each status-changing action may start from, and where it goes. */
export const TRANSITIONS: Partial<Record<CaseAction, { from: CaseStatus[]; to: CaseStatus }>> = {
	open: { from: ['new', 'pending'], to: 'open' },
	pend: { from: ['new', 'open'], to: 'pending' },
	resolve: { from: ['new', 'open', 'pending'], to: 'resolved' },
	close: { from: ['resolved'], to: 'closed' },
	reopen: { from: ['resolved', 'closed'], to: 'open' },
};

export function isOpenStatus(s: CaseStatus): boolean {
	return s === 'new' || s === 'open' || s === 'pending';
}

export function canTransition(from: CaseStatus, action: CaseAction): boolean {
	const t = TRANSITIONS[action];
	return !t || t.from.includes(from);
}

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** Case title: "[NPS 3] Room cleanliness · Hotel Shanghai" / "[NPS 3] 客房卫生 · 上海店". */
export function caseTitle(f: Feedback, topics: string[]): string {
	const s = f.scores ?? {};
	const score =
		s.nps !== undefined ? `NPS ${s.nps}` : s.csat !== undefined ? `CSAT ${s.csat}` : s.rating ? `${s.rating.value}/${s.rating.scale}` : f.channel;
	const topic = topics[0] ? ` ${topics[0]}` : '';
	const where = f.location ? ` · ${f.location.name ?? f.location.id}` : '';
	const text = !topic && f.text ? ` ${clip(((f.analysis?.redactedText as string | undefined) ?? f.text).replace(/\s+/g, ' '), 60)}` : '';
	return clip(`[${score}]${topic}${text}${where}`, 200);
}

export function topicLabels(f: Feedback): string[] {
	return (f.analysis?.topics ?? []).map((t) => (t.path?.length ? t.path[t.path.length - 1] : t.id));
}

export interface NewCaseOptions {
	now: string;
	/** Use the redacted text (default true when analysis has it). */
	redacted?: boolean;
	linkBase?: string;
}

export function caseDescription(f: Feedback, redacted = true): string {
	const text = (redacted ? (f.analysis?.redactedText as string | undefined) : undefined) ?? f.text ?? '';
	const lines = [text || '(no text)'];
	lines.push('');
	lines.push(`Feedback: ${f.id} (${f.channel}${f.touchpoint ? `, ${f.touchpoint}` : ''}) at ${f.occurredAt}`);
	if (f.meta?.url) lines.push(`Link: ${f.meta.url}`);
	return lines.join('\n');
}

/** A new case from a routed Feedback record. */
export function newCase(f: Feedback, routing: RoutingResult | undefined, opts: NewCaseOptions): Case {
	const topics = topicLabels(f);
	const key = routing?.dedupeKey ?? `fb:${f.id}`;
	const c: Case = {
		id: routing?.caseId ?? caseIdFromKey(key),
		dedupeKey: key,
		title: caseTitle(f, topics),
		description: caseDescription(f, opts.redacted !== false),
		status: 'new',
		priority: routing?.priority ?? 'normal',
		owner: routing?.owner ?? {},
		createdAt: opts.now,
		updatedAt: opts.now,
		responseDueAt: routing?.responseDueAt,
		dueAt: routing?.dueAt,
		escalationLevel: routing?.escalation?.level ?? 0,
		escalationChain: routing?.escalation?.chain ?? [],
		feedbackIds: [f.id],
		customer: f.customer ? { id: f.customer.id, name: f.customer.name, email: f.customer.email, phone: f.customer.phone } : undefined,
		location: f.location,
		topics,
		tags: routing?.tags ?? [],
		notes: [],
		history: [{ at: opts.now, action: 'create', to: 'new' }],
		reopenCount: 0,
		timeZone: routing?.sla?.timeZone,
	};
	return c;
}

export interface ApplyOptions {
	now: string;
	by?: string;
	text?: string;
	internal?: boolean;
	/** For update */
	patch?: Partial<Pick<Case, 'priority' | 'owner' | 'dueAt' | 'responseDueAt' | 'title' | 'tags' | 'resolution'>>;
	feedbackId?: string;
	satisfied?: boolean;
}

/** An action the case's state does not allow, or a case record that cannot be read. */
export class CaseTransitionError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'CaseTransitionError';
	}
}

/**
 * Applies an action and returns the new case (the input is not changed). Invalid transitions
 * throw with a message naming the case, its status and what is allowed.
 */
export function applyAction(c: Case, action: CaseAction, o: ApplyOptions): Case {
	const next: Case = structuredClone(c);
	const t = TRANSITIONS[action];
	if (t && !t.from.includes(c.status)) {
		throw new CaseTransitionError(
			`Cannot ${action} case ${c.id}: it is ${c.status} (${action} is allowed from ${t.from.join(', ')})`,
		);
	}
	const event: CaseEvent = { at: o.now, action, from: c.status, by: o.by };
	if (t) next.status = t.to;
	switch (action) {
		case 'open':
			next.firstResponseAt ??= o.now;
			break;
		case 'pend':
			next.firstResponseAt ??= o.now;
			break;
		case 'resolve':
			next.resolvedAt = o.now;
			next.firstResponseAt ??= o.now;
			if (o.text) next.resolution = o.text;
			break;
		case 'close':
			next.closedAt = o.now;
			break;
		case 'reopen':
			next.reopenCount += 1;
			next.resolvedAt = undefined;
			next.closedAt = undefined;
			next.followUp = undefined;
			break;
		case 'merge':
			if (o.feedbackId && !next.feedbackIds.includes(o.feedbackId)) next.feedbackIds.push(o.feedbackId);
			break;
		case 'update':
			if (o.patch) {
				const p = o.patch;
				if (p.priority !== undefined) {
					if (!PRIORITIES.includes(p.priority)) throw new CaseTransitionError(`Priority "${p.priority}" must be one of ${PRIORITIES.join(', ')}`);
					next.priority = p.priority;
				}
				if (p.owner) next.owner = { ...next.owner, ...p.owner };
				if (p.dueAt !== undefined) next.dueAt = p.dueAt;
				if (p.responseDueAt !== undefined) next.responseDueAt = p.responseDueAt;
				if (p.title) next.title = p.title;
				if (p.tags) next.tags = [...new Set([...next.tags, ...p.tags])];
				if (p.resolution) next.resolution = p.resolution;
			}
			break;
		case 'followUpSent':
			if (c.status !== 'resolved') throw new CaseTransitionError(`Follow-up for case ${c.id} needs it resolved (it is ${c.status})`);
			next.followUp = { ...(next.followUp ?? {}), sentAt: o.now };
			break;
		case 'followUpAnswered': {
			next.followUp = { ...(next.followUp ?? {}), answeredAt: o.now, satisfied: o.satisfied, feedbackId: o.feedbackId };
			if (o.satisfied && c.status === 'resolved') {
				next.status = 'closed';
				next.closedAt = o.now;
			} else if (!o.satisfied && (c.status === 'resolved' || c.status === 'closed')) {
				next.status = 'open';
				next.reopenCount += 1;
				next.resolvedAt = undefined;
				next.closedAt = undefined;
				// The customer is still unhappy: the case goes up one level of its escalation chain.
				const step = next.escalationChain.find((s) => s.level === c.escalationLevel + 1) ?? next.escalationChain[c.escalationLevel];
				if (step) {
					next.escalationLevel = c.escalationLevel + 1;
					next.lastEscalatedAt = o.now;
					next.owner = { ...next.owner, ...step.owner };
				}
			}
			break;
		}
		default:
			break;
	}
	if (o.text && (action === 'comment' || action === 'resolve' || action === 'reopen' || action === 'pend' || action === 'escalate')) {
		next.notes.push({ at: o.now, text: o.text, internal: o.internal ?? action !== 'comment', author: o.by });
	}
	event.to = next.status;
	next.history.push(event);
	if (next.history.length > 100) next.history.splice(0, next.history.length - 100);
	next.updatedAt = o.now;
	return next;
}

// ---- Data Table rows -------------------------------------------------------------------------
// A Data Table column is string, number, boolean or date. The case is stored as flat, filterable
// columns plus the whole case as JSON (`data`), so no field is lost and the Data Table node's
// filters (status, dueAt, owner) work without parsing JSON.

export const CASE_COLUMNS = [
	{ name: 'caseId', type: 'string' },
	{ name: 'dedupeKey', type: 'string' },
	{ name: 'status', type: 'string' },
	{ name: 'priority', type: 'string' },
	{ name: 'title', type: 'string' },
	{ name: 'ownerDepartment', type: 'string' },
	{ name: 'ownerPerson', type: 'string' },
	{ name: 'ownerQueue', type: 'string' },
	{ name: 'dueAt', type: 'string' },
	{ name: 'dueAtMs', type: 'number' },
	{ name: 'responseDueAt', type: 'string' },
	{ name: 'escalationLevel', type: 'number' },
	{ name: 'isOpen', type: 'boolean' },
	// Not createdAt / updatedAt: a Data Table reserves those names for its own system columns.
	{ name: 'openedAt', type: 'string' },
	{ name: 'changedAt', type: 'string' },
	{ name: 'resolvedAt', type: 'string' },
	{ name: 'customerEmail', type: 'string' },
	{ name: 'locationId', type: 'string' },
	{ name: 'feedbackIds', type: 'string' },
	{ name: 'externalId', type: 'string' },
	{ name: 'data', type: 'string' },
] as const;

export type CaseRow = Record<(typeof CASE_COLUMNS)[number]['name'], string | number | boolean | null>;

export function caseToRow(c: Case): CaseRow {
	const dueMs = c.dueAt ? Date.parse(c.dueAt) : NaN;
	return {
		caseId: c.id,
		dedupeKey: c.dedupeKey,
		status: c.status,
		priority: c.priority,
		title: c.title,
		ownerDepartment: c.owner.department ?? '',
		ownerPerson: c.owner.person ?? '',
		ownerQueue: c.owner.queue ?? '',
		dueAt: c.dueAt ?? '',
		dueAtMs: Number.isNaN(dueMs) ? null : dueMs,
		responseDueAt: c.responseDueAt ?? '',
		escalationLevel: c.escalationLevel,
		isOpen: isOpenStatus(c.status),
		openedAt: c.createdAt,
		changedAt: c.updatedAt,
		resolvedAt: c.resolvedAt ?? '',
		customerEmail: c.customer?.email ?? '',
		locationId: c.location?.id ?? '',
		feedbackIds: c.feedbackIds.join(','),
		externalId: c.external?.id ?? '',
		data: JSON.stringify(c),
	};
}

/** Reads a case back from a Data Table row (or from a case object passed as it is). */
export function caseFromRow(row: unknown): Case | undefined {
	if (!row || typeof row !== 'object') return undefined;
	const r = row as Record<string, unknown>;
	if (Object.keys(r).length === 0) return undefined;
	let c: Case | undefined;
	if (typeof r.data === 'string' && r.data) {
		try {
			c = JSON.parse(r.data) as Case;
		} catch {
			c = undefined;
		}
		if (!c) throw new CaseTransitionError(`Case row ${String(r.caseId ?? r.id ?? '')} has a "data" column that is not JSON`);
	} else if (typeof r.data === 'object' && r.data) c = r.data as Case;
	else if (typeof r.id === 'string' && typeof r.status === 'string' && Array.isArray(r.feedbackIds)) c = r as unknown as Case;
	if (!c) return undefined;
	if (!CASE_STATUSES.includes(c.status)) throw new Error(`Case ${c.id} has unknown status "${c.status}"`);
	// Columns edited by hand in the Data Table win over the JSON copy.
	if (typeof r.status === 'string' && CASE_STATUSES.includes(r.status as CaseStatus)) c.status = r.status as CaseStatus;
	if (typeof r.priority === 'string' && PRIORITIES.includes(r.priority as Priority)) c.priority = r.priority as Priority;
	c.notes ??= [];
	c.history ??= [];
	c.feedbackIds ??= [];
	c.tags ??= [];
	c.topics ??= [];
	c.escalationChain ??= [];
	c.escalationLevel ??= 0;
	c.reopenCount ??= 0;
	c.owner ??= {};
	return c;
}
