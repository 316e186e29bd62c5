/**
 * "Escalate overdue": given open cases and the clock, which ones move up one level, who owns them
 * now and who is told. One level per run at most, so a watchdog that runs every few minutes walks
 * the chain step by step (and a missed run never skips a level).
 */
import { applyAction, isOpenStatus, type Case } from '../cases/model';
import { addBusinessMinutes, type BusinessCalendar } from './businessHours';
import { mergeOwner, type EscalationStep, type Owner } from './rules';
import { toIsoInZone } from '../time';

export interface EscalationDecision {
	caseId: string;
	/** escalate: moved up; overdue: overdue but waiting for the step's delay or the chain is exhausted; ok: not overdue. */
	decision: 'escalate' | 'overdue' | 'ok' | 'closed';
	reason: string;
	overdueMinutes: number;
	fromLevel: number;
	toLevel: number;
	/** The new owner after escalation (the person to tell). */
	notify?: Owner;
	previousOwner?: Owner;
	case: Case;
}

export interface EscalateOptions {
	now: number;
	/** Chain used when a case carries none. */
	defaultChain?: EscalationStep[];
	/** Recompute the resolution due time after escalating (step.resolutionMinutes) in this calendar. */
	calendar?: BusinessCalendar;
	/** Also count a missed first response (responseDueAt without firstResponseAt) as overdue (default true). */
	responseCounts?: boolean;
}

function ms(iso?: string): number | undefined {
	if (!iso) return undefined;
	const t = Date.parse(iso);
	return Number.isNaN(t) ? undefined : t;
}

export function evaluateEscalation(c: Case, o: EscalateOptions): EscalationDecision {
	const base = { caseId: c.id, fromLevel: c.escalationLevel, toLevel: c.escalationLevel, overdueMinutes: 0, case: c };
	if (!isOpenStatus(c.status)) return { ...base, decision: 'closed', reason: `case is ${c.status}` };
	const due = ms(c.dueAt);
	const responseDue = o.responseCounts === false || c.firstResponseAt ? undefined : ms(c.responseDueAt);
	const deadlines = [due, responseDue].filter((x): x is number => x !== undefined && x < o.now);
	if (deadlines.length === 0) return { ...base, decision: 'ok', reason: due === undefined && responseDue === undefined ? 'no due time' : 'not overdue' };
	const breachedAt = Math.min(...deadlines);
	const overdueMinutes = Math.floor((o.now - breachedAt) / 60000);
	const which = responseDue !== undefined && responseDue < o.now && (due === undefined || responseDue <= due) ? 'response' : 'resolution';
	const chain = c.escalationChain?.length ? c.escalationChain : (o.defaultChain ?? []);
	const step = chain.find((s) => s.level === c.escalationLevel + 1) ?? chain[c.escalationLevel];
	if (!step) {
		return { ...base, overdueMinutes, decision: 'overdue', reason: `${which} overdue by ${overdueMinutes} min; no escalation level ${c.escalationLevel + 1} in the chain` };
	}
	const since = c.escalationLevel === 0 ? breachedAt : (ms(c.lastEscalatedAt) ?? breachedAt);
	const wait = (step.afterMinutes ?? 0) * 60000;
	if (o.now < since + wait) {
		return {
			...base,
			overdueMinutes,
			decision: 'overdue',
			reason: `${which} overdue by ${overdueMinutes} min; level ${c.escalationLevel + 1} applies after ${step.afterMinutes} min`,
		};
	}
	const toLevel = c.escalationLevel + 1;
	const nowIso = toIsoInZone(o.now, c.timeZone ?? o.calendar?.timeZone ?? 'UTC');
	let next = applyAction(c, 'escalate', {
		now: nowIso,
		text: `Escalated to level ${toLevel} (${which} overdue by ${overdueMinutes} min)`,
		internal: true,
		by: 'sla-watchdog',
	});
	next.escalationLevel = toLevel;
	next.lastEscalatedAt = nowIso;
	next.owner = mergeOwner(c.owner, step.owner);
	if (step.resolutionMinutes !== undefined && o.calendar) {
		next = { ...next, dueAt: toIsoInZone(addBusinessMinutes(o.now, step.resolutionMinutes, o.calendar), o.calendar.timeZone) };
	}
	return {
		...base,
		case: next,
		toLevel,
		overdueMinutes,
		decision: 'escalate',
		reason: `${which} overdue by ${overdueMinutes} min: level ${c.escalationLevel} → ${toLevel}`,
		notify: step.owner,
		previousOwner: c.owner,
	};
}
