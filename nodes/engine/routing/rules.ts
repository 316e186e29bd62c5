/**
 * Routing rules: an ordered list of (condition → outcome). The outcome names the owner
 * (department / person / queue), the priority, the SLA (response and resolution, in business
 * minutes of a calendar), the escalation chain and whether to alert now. Default owners come from
 * the indicator tree: each topic can carry a department (the KPI decomposition).
 */
import type { Feedback } from '../feedback/schema';
import { addBusinessMinutes, type BusinessCalendar } from './businessHours';
import { ConditionError, conditionToExpression, evaluateCondition, type ConditionSpec } from './conditions';
import { dedupeKey, type DedupeOptions } from './dedupe';
import { caseIdFromKey } from '../cases/ids';
import { parseTimestamp, toIsoInZone } from '../time';

export const PRIORITIES = ['urgent', 'high', 'normal', 'low'] as const;
export type Priority = (typeof PRIORITIES)[number];
export const PRIORITY_RANK: Record<Priority, number> = { urgent: 0, high: 1, normal: 2, low: 3 };

export interface Owner {
	department?: string;
	person?: string;
	queue?: string;
	/** For @mentions in chat alerts. */
	mobiles?: string[];
	userIds?: string[];
	emails?: string[];
}

export interface EscalationStep {
	/** 1 = first escalation. */
	level: number;
	/** Who owns the case from this level on (merged over the current owner). */
	owner: Owner;
	/** Minutes (wall clock) after the previous step — or after the due time for level 1 — before this step applies. */
	afterMinutes?: number;
	/** New resolution SLA from the moment of escalation, in business minutes. */
	resolutionMinutes?: number;
}

export interface Sla {
	responseMinutes?: number;
	resolutionMinutes?: number;
}

export interface RuleOutcome {
	owner?: Owner;
	priority?: Priority;
	sla?: Sla;
	escalation?: EscalationStep[];
	alert?: boolean;
	tags?: string[];
	/** Stop evaluating later rules even in "all matches" mode. */
	stop?: boolean;
}

export interface Rule {
	name: string;
	/** A preset or a raw JSONata expression. */
	condition: ConditionSpec | string;
	outcome: RuleOutcome;
	enabled?: boolean;
}

export interface TopicOwner {
	/** Topic id (exact) or an id prefix (`room` matches `room.cleanliness`). */
	topic: string;
	owner: Owner;
	priority?: Priority;
}

export interface RouteOptions {
	mode?: 'first' | 'all';
	calendar: BusinessCalendar;
	/** Clock: epoch ms (default: Feedback.receivedAt, else now). */
	now?: number;
	/** SLA starts at receivedAt (default) or at occurredAt or now. */
	slaFrom?: 'receivedAt' | 'occurredAt' | 'now';
	/** Indicator-tree owners; used when no matched rule names an owner. */
	topicOwners?: TopicOwner[];
	/** Outcome when nothing matches (default: no owner, normal priority, no alert). */
	fallback?: RuleOutcome;
	dedupe?: DedupeOptions;
	casePrefix?: string;
}

export interface RoutingResult {
	owner: Owner;
	priority: Priority;
	/** Resolution due time (ISO, in the calendar's zone). */
	dueAt?: string;
	responseDueAt?: string;
	sla: Sla & { timeZone: string; businessHours: boolean };
	escalation: { level: number; chain: EscalationStep[] };
	alert: boolean;
	tags: string[];
	matchedRules: string[];
	/** Where the owner came from: a rule name, `topic:<id>` or `fallback`. */
	ownerSource: string;
	/** sha256 of the dedupe basis (the basis itself names the customer, so it is not output). */
	dedupeKey: string;
	caseId: string;
	routedAt: string;
}

function hasOwner(o?: Owner): boolean {
	return !!o && !!(o.department || o.person || o.queue);
}

function uniq<T>(a: T[]): T[] {
	return [...new Set(a)];
}

export function mergeOwner(base: Owner | undefined, over: Owner | undefined): Owner {
	const out: Owner = { ...(base ?? {}) };
	if (!over) return out;
	for (const k of ['department', 'person', 'queue'] as const) if (over[k]) out[k] = over[k];
	for (const k of ['mobiles', 'userIds', 'emails'] as const) if (over[k]?.length) out[k] = uniq([...(over[k] ?? [])]);
	return out;
}

/** The indicator-tree owner of the most specific, most negative matching topic. */
export function ownerFromTopics(f: Feedback, topicOwners: TopicOwner[] = []): { owner: Owner; topic: string; priority?: Priority } | undefined {
	const topics = (f.analysis?.topics ?? []) as Array<{ id: string; path?: string[]; sentiment?: string; department?: string; owner?: unknown }>;
	const ordered = [...topics].sort((a, b) => (a.sentiment === 'negative' ? 0 : 1) - (b.sentiment === 'negative' ? 0 : 1));
	for (const t of ordered) {
		let best: TopicOwner | undefined;
		for (const to of topicOwners) {
			if (t.id === to.topic || t.id.startsWith(`${to.topic}.`) || t.path?.includes(to.topic)) {
				if (!best || to.topic.length > best.topic.length) best = to;
			}
		}
		if (best) return { owner: best.owner, topic: t.id, priority: best.priority };
		// The indicator tree may carry the department on the topic itself.
		if (typeof t.department === 'string' && t.department) return { owner: { department: t.department }, topic: t.id };
		if (t.owner && typeof t.owner === 'object' && hasOwner(t.owner as Owner)) return { owner: t.owner as Owner, topic: t.id };
	}
	return undefined;
}

export function validateRule(r: Rule, index: number): void {
	if (!r || typeof r !== 'object') throw new Error(`Rule ${index + 1} is not an object`);
	if (!r.outcome || typeof r.outcome !== 'object') throw new Error(`Rule ${index + 1} ("${r.name}") has no outcome`);
	const p = r.outcome.priority;
	if (p !== undefined && !PRIORITIES.includes(p)) throw new Error(`Rule ${index + 1} ("${r.name}"): priority "${p}" must be one of ${PRIORITIES.join(', ')}`);
	for (const k of ['responseMinutes', 'resolutionMinutes'] as const) {
		const v = r.outcome.sla?.[k];
		if (v !== undefined && (typeof v !== 'number' || !Number.isFinite(v) || v < 0)) throw new Error(`Rule ${index + 1} ("${r.name}"): sla.${k} must be a number ≥ 0`);
	}
	(r.outcome.escalation ?? []).forEach((s, i) => {
		if (!hasOwner(s.owner)) throw new Error(`Rule ${index + 1} ("${r.name}"): escalation step ${i + 1} needs an owner (department, person or queue)`);
	});
}

export async function route(f: Feedback, rules: Rule[], options: RouteOptions): Promise<RoutingResult> {
	const mode = options.mode ?? 'first';
	const tz = options.calendar.timeZone;
	const matched: Rule[] = [];
	for (let i = 0; i < rules.length; i++) {
		const r = rules[i];
		if (r.enabled === false) continue;
		validateRule(r, i);
		const expr = typeof r.condition === 'string' ? r.condition : conditionToExpression(r.condition);
		const ok = await evaluateCondition(expr, f).catch((e: Error) => new ConditionError(`Rule ${i + 1} ("${r.name}"): ${e.message}`));
		if (ok instanceof ConditionError) throw ok;
		if (!ok) continue;
		matched.push(r);
		if (mode === 'first' || r.outcome.stop) break;
	}

	// Combine outcomes: the first matching rule that sets a field wins, except priority (the most
	// urgent), SLA (the shortest), alert (any) and tags (union).
	let owner: Owner | undefined;
	let ownerSource = 'none';
	let priority: Priority | undefined;
	const sla: Sla = {};
	let chain: EscalationStep[] | undefined;
	let alert = false;
	const tags: string[] = [];
	for (const r of matched) {
		const o = r.outcome;
		if (!hasOwner(owner) && hasOwner(o.owner)) {
			owner = o.owner;
			ownerSource = r.name;
		}
		if (o.priority && (!priority || PRIORITY_RANK[o.priority] < PRIORITY_RANK[priority])) priority = o.priority;
		for (const k of ['responseMinutes', 'resolutionMinutes'] as const) {
			const v = o.sla?.[k];
			if (v !== undefined && (sla[k] === undefined || v < (sla[k] as number))) sla[k] = v;
		}
		if (!chain && o.escalation?.length) chain = o.escalation;
		if (o.alert) alert = true;
		tags.push(...(o.tags ?? []));
	}
	if (!hasOwner(owner)) {
		const fromTopic = ownerFromTopics(f, options.topicOwners);
		if (fromTopic) {
			owner = mergeOwner(fromTopic.owner, owner);
			ownerSource = `topic:${fromTopic.topic}`;
			if (!priority && fromTopic.priority) priority = fromTopic.priority;
		}
	}
	if (matched.length === 0 && options.fallback) {
		const fb = options.fallback;
		if (!hasOwner(owner) && hasOwner(fb.owner)) {
			owner = fb.owner;
			ownerSource = 'fallback';
		}
		priority ??= fb.priority;
		sla.responseMinutes ??= fb.sla?.responseMinutes;
		sla.resolutionMinutes ??= fb.sla?.resolutionMinutes;
		chain ??= fb.escalation;
		alert = alert || !!fb.alert;
		tags.push(...(fb.tags ?? []));
	}

	const now = options.now ?? Date.now();
	const fromWhat = options.slaFrom ?? 'receivedAt';
	const start =
		fromWhat === 'now' ? now : (parseTimestamp(fromWhat === 'occurredAt' ? f.occurredAt : f.receivedAt) ?? now);
	const due = (m?: number) => (m === undefined ? undefined : toIsoInZone(addBusinessMinutes(start, m, options.calendar), tz));
	const dk = dedupeKey(f, { timeZone: tz, ...(options.dedupe ?? {}) });
	const steps = (chain ?? []).map((s, i) => ({ ...s, level: s.level || i + 1 }));

	return {
		owner: owner ?? {},
		priority: priority ?? 'normal',
		dueAt: due(sla.resolutionMinutes),
		responseDueAt: due(sla.responseMinutes),
		sla: { ...sla, timeZone: tz, businessHours: !options.calendar.allDay },
		escalation: { level: 0, chain: steps },
		alert,
		tags: uniq(tags),
		matchedRules: matched.map((r) => r.name),
		ownerSource,
		dedupeKey: dk.key,
		caseId: caseIdFromKey(dk.key, options.casePrefix),
		routedAt: toIsoInZone(now, tz),
	};
}
