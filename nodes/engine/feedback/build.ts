/**
 * From a loosely typed draft (what a preset or a user's JSONata mapping produces) to a validated
 * Feedback record: fills the derived fields (id, receivedAt, normalised score), reads timestamps in
 * the right time zone, and reports every problem with the path of the field that caused it.
 */
import { FeedbackSchema, type Feedback, type Scores } from './schema';
import { normaliseTimestamp, toIsoInZone, isValidTimeZone } from '../time';

export interface FeedbackIssue {
	/** Dotted path of the offending field, e.g. `scores.nps` or `occurredAt`. */
	path: string;
	message: string;
}

export type BuildResult = { ok: true; feedback: Feedback } | { ok: false; issues: FeedbackIssue[] };

export interface BuildOptions {
	/** Zone for naive timestamps and for the offset written into ISO strings. Default UTC. */
	timeZone?: string;
	/** Clock for receivedAt (tests pass a fixed one). */
	now?: () => number;
}

/** Maps the headline score to 0–100. Order of precedence: rating, nps, csat, ces. */
export function normaliseScore(scores: Scores): number | undefined {
	let v: number | undefined;
	if (scores.rating && scores.rating.scale > 0) v = (scores.rating.value / scores.rating.scale) * 100;
	else if (scores.nps !== undefined) v = scores.nps * 10;
	else if (scores.csat !== undefined) v = ((scores.csat - 1) / 4) * 100;
	else if (scores.ces !== undefined) v = ((scores.ces - 1) / 6) * 100;
	return v === undefined ? undefined : Math.round(v * 100) / 100;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
	return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Numbers arrive as strings from forms and spreadsheets ("9", " 4.5 "); empty means absent. */
function coerceNumber(v: unknown): unknown {
	if (typeof v === 'string') {
		const t = v.trim();
		if (t === '') return undefined;
		const n = Number(t);
		return Number.isFinite(n) ? n : v;
	}
	return v === null ? undefined : v;
}

function coerceString(v: unknown): unknown {
	if (typeof v === 'number' || typeof v === 'bigint') return String(v);
	return v === null ? undefined : v;
}

function dropUndefined<T extends Record<string, unknown>>(o: T): T {
	for (const k of Object.keys(o)) if (o[k] === undefined) delete o[k];
	return o;
}

export function buildFeedback(draft: unknown, options: BuildOptions = {}): BuildResult {
	const timeZone = options.timeZone ?? 'UTC';
	if (!isValidTimeZone(timeZone)) {
		return { ok: false, issues: [{ path: 'timeZone', message: `unknown time zone "${timeZone}"` }] };
	}
	if (!isPlainObject(draft)) {
		return {
			ok: false,
			issues: [{ path: '(record)', message: `expected an object, got ${draft === null ? 'null' : Array.isArray(draft) ? 'an array' : typeof draft}` }],
		};
	}
	const issues: FeedbackIssue[] = [];
	const now = (options.now ?? Date.now)();
	const d = draft as Record<string, any>;

	const time = (field: string, value: unknown, fallback?: number): string | undefined => {
		if (value === undefined || value === null || value === '') {
			return fallback === undefined ? undefined : toIsoInZone(fallback, timeZone);
		}
		const iso = normaliseTimestamp(value, timeZone);
		if (iso === undefined) issues.push({ path: field, message: `cannot read ${JSON.stringify(value)} as a date and time` });
		return iso;
	};

	const source = coerceString(d.source);
	const sourceId = coerceString(d.sourceId);
	const scoresIn = isPlainObject(d.scores) ? d.scores : {};
	const rating = isPlainObject(scoresIn.rating)
		? dropUndefined({ value: coerceNumber(scoresIn.rating.value), scale: coerceNumber(scoresIn.rating.scale) ?? 5 })
		: scoresIn.rating === undefined || scoresIn.rating === null || scoresIn.rating === ''
			? undefined
			: { value: coerceNumber(scoresIn.rating), scale: 5 };
	const scores = dropUndefined({
		nps: coerceNumber(scoresIn.nps),
		csat: coerceNumber(scoresIn.csat),
		ces: coerceNumber(scoresIn.ces),
		rating,
		normalised: coerceNumber(scoresIn.normalised),
	});
	if (d.scores !== undefined && d.scores !== null && !isPlainObject(d.scores)) {
		issues.push({ path: 'scores', message: 'expected an object with nps, csat, ces or rating' });
	}

	const text = d.text === undefined || d.text === null ? '' : Array.isArray(d.text) ? d.text.filter(Boolean).join('\n') : d.text;
	const location = isPlainObject(d.location)
		? dropUndefined({ id: coerceString(d.location.id), name: coerceString(d.location.name) })
		: d.location === undefined || d.location === null || d.location === ''
			? undefined
			: { id: coerceString(d.location) };

	const candidate: Record<string, unknown> = dropUndefined({
		id: d.id !== undefined && d.id !== null && d.id !== '' ? coerceString(d.id) : source && sourceId ? `${source}:${sourceId}` : undefined,
		source,
		sourceId,
		channel: d.channel,
		touchpoint: coerceString(d.touchpoint),
		occurredAt: time('occurredAt', d.occurredAt, now),
		receivedAt: time('receivedAt', d.receivedAt, now),
		location,
		customer: isPlainObject(d.customer)
			? dropUndefined({ ...d.customer, id: coerceString(d.customer.id), phone: coerceString(d.customer.phone) })
			: d.customer,
		scores,
		text: typeof text === 'string' ? text.trim() : text,
		language: d.language === null || d.language === '' ? undefined : d.language,
		answers: d.answers ?? [],
		meta: d.meta ?? {},
		analysis: d.analysis ?? undefined,
		routing: d.routing ?? undefined,
	});
	if (isPlainObject(candidate.meta) && candidate.meta.updatedAt !== undefined) {
		candidate.meta = { ...candidate.meta, updatedAt: time('meta.updatedAt', candidate.meta.updatedAt) };
	}
	if (isPlainObject(candidate.scores) && (candidate.scores as Scores).normalised === undefined) {
		const parsed = FeedbackSchema.shape.scores.safeParse(candidate.scores);
		if (parsed.success) {
			const n = normaliseScore(parsed.data);
			if (n !== undefined) (candidate.scores as Scores).normalised = n;
		}
	}

	const result = FeedbackSchema.safeParse(candidate);
	if (!result.success) {
		const reported = new Set(issues.map((i) => i.path));
		for (const issue of result.error.issues) {
			const path = issue.path.length ? issue.path.join('.') : '(record)';
			// A field we already explained (unreadable date), or the id that only follows from source + sourceId.
			if (reported.has(path) || (path === 'id' && (!source || !sourceId))) continue;
			issues.push({ path, message: describeIssue(issue) });
		}
	}
	if (issues.length) return { ok: false, issues: dedupeIssues(issues) };
	return { ok: true, feedback: (result as { data: Feedback }).data };
}

function describeIssue(issue: { code: string; message: string; input?: unknown }): string {
	if (issue.code === 'invalid_type' && issue.input === undefined) return 'is required';
	return issue.message;
}

function dedupeIssues(issues: FeedbackIssue[]): FeedbackIssue[] {
	const seen = new Set<string>();
	return issues.filter((i) => {
		const k = `${i.path}\u0000${i.message}`;
		if (seen.has(k)) return false;
		seen.add(k);
		return true;
	});
}

/** One line naming every failing field, for error messages shown in the n8n editor. */
export function formatIssues(issues: FeedbackIssue[]): string {
	return issues.map((i) => `${i.path}: ${i.message}`).join('; ');
}
