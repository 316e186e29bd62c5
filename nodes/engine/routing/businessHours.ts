/**
 * Business-hours arithmetic for SLA due times: "4 working hours from now" in a property's time
 * zone, skipping nights, weekends and public holidays, honouring extra working days (China's 调休
 * make-up days fall on weekends). Built on nodes/engine/time.ts (Intl), so DST is handled by the
 * runtime's tz database. No n8n imports.
 */
import { isValidTimeZone, wallClock, zonedTimeToEpoch } from '../time';

/** [start, end) in minutes after local midnight, e.g. [540, 1080] = 09:00–18:00. */
export type Interval = [number, number];

export interface BusinessCalendar {
	timeZone: string;
	/** Working intervals per weekday, 0 = Sunday … 6 = Saturday. A missing or empty day is closed. */
	week: Record<number, Interval[]>;
	/** Closed dates, YYYY-MM-DD in the calendar's zone. */
	holidays?: string[];
	/** Make-up working days (YYYY-MM-DD) that follow `workdayHours` even when they fall on a weekend. */
	extraWorkdays?: string[];
	/** Hours used on extra working days; defaults to Monday's. */
	workdayHours?: Interval[];
	/** Round the clock: every minute counts (holidays ignored). */
	allDay?: boolean;
}

export interface CalendarInput {
	timeZone?: string;
	/** "24x7" or "business" (default business). */
	mode?: '24x7' | 'business';
	/** Working days, 0–6 or names (mon, tue … / 周一 …). Default Monday–Friday. */
	days?: Array<number | string>;
	/** "09:00" */
	start?: string;
	/** "18:00" ("24:00" allowed). */
	end?: string;
	/** Optional lunch break, e.g. "12:00-13:00". */
	breakTime?: string;
	/** Comma / space / newline separated dates, or an array. */
	holidays?: string | string[];
	extraWorkdays?: string | string[];
}

const DAY_NAMES: Record<string, number> = {
	sun: 0, sunday: 0, 周日: 0, 星期日: 0, 周天: 0,
	mon: 1, monday: 1, 周一: 1, 星期一: 1,
	tue: 2, tuesday: 2, 周二: 2, 星期二: 2,
	wed: 3, wednesday: 3, 周三: 3, 星期三: 3,
	thu: 4, thursday: 4, 周四: 4, 星期四: 4,
	fri: 5, friday: 5, 周五: 5, 星期五: 5,
	sat: 6, saturday: 6, 周六: 6, 星期六: 6,
};

export function parseClock(s: string, field = 'time'): number {
	const m = /^(\d{1,2}):(\d{2})$/.exec(String(s).trim());
	if (!m) throw new Error(`${field} "${s}" is not a time of day like 09:00`);
	const h = Number(m[1]);
	const min = Number(m[2]);
	if (h > 24 || min > 59 || (h === 24 && min > 0)) throw new Error(`${field} "${s}" is not a valid time of day`);
	return h * 60 + min;
}

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

export function parseDateList(v: string | string[] | undefined, field: string): string[] {
	if (v === undefined || v === null || v === '') return [];
	const list = Array.isArray(v) ? v : String(v).split(/[\s,;，；]+/);
	const out: string[] = [];
	for (const raw of list) {
		const d = String(raw).trim();
		if (!d) continue;
		if (!DATE_RE.test(d)) throw new Error(`${field}: "${d}" is not a date like 2026-10-01`);
		out.push(d);
	}
	return out;
}

/** Builds a calendar from the simple form a node's UI collects. */
export function buildCalendar(input: CalendarInput = {}): BusinessCalendar {
	const timeZone = input.timeZone || 'UTC';
	if (!isValidTimeZone(timeZone)) throw new Error(`Unknown time zone "${timeZone}" (use an IANA name such as Asia/Shanghai)`);
	if (input.mode === '24x7') return { timeZone, week: {}, allDay: true };
	const start = parseClock(input.start ?? '09:00', 'Business hours start');
	const end = parseClock(input.end ?? '18:00', 'Business hours end');
	if (end <= start) throw new Error(`Business hours end (${input.end}) must be after start (${input.start})`);
	let hours: Interval[] = [[start, end]];
	if (input.breakTime) {
		const [bs, be] = input.breakTime.split('-').map((x, i) => parseClock(x, i ? 'Break end' : 'Break start'));
		if (!(be > bs)) throw new Error(`Break "${input.breakTime}" must end after it starts`);
		hours = [
			[start, Math.max(start, Math.min(bs, end))],
			[Math.min(end, Math.max(be, start)), end],
		].filter(([a, b]) => b > a) as Interval[];
	}
	const days = (input.days ?? [1, 2, 3, 4, 5]).map((d) => {
		if (typeof d === 'number' || /^\d$/.test(String(d))) {
			const n = Number(d);
			if (n < 0 || n > 6) throw new Error(`Working day ${d} must be 0 (Sunday) to 6 (Saturday)`);
			return n;
		}
		const n = DAY_NAMES[String(d).trim().toLowerCase()];
		if (n === undefined) throw new Error(`Unknown working day "${d}"`);
		return n;
	});
	const week: Record<number, Interval[]> = {};
	for (const d of days) week[d] = hours;
	return {
		timeZone,
		week,
		holidays: parseDateList(input.holidays, 'Holidays'),
		extraWorkdays: parseDateList(input.extraWorkdays, 'Extra working days'),
		workdayHours: hours,
	};
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Working intervals, as epoch ms, on the local date y-m-d. */
function intervalsOn(cal: BusinessCalendar, y: number, m: number, d: number): Array<[number, number]> {
	const key = `${y}-${pad(m)}-${pad(d)}`;
	let local: Interval[] | undefined;
	if (cal.extraWorkdays?.includes(key)) local = cal.workdayHours ?? cal.week[1];
	else if (cal.holidays?.includes(key)) local = [];
	else local = cal.week[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
	if (!local?.length) return [];
	return local.map(([a, b]) => [
		zonedTimeToEpoch({ year: y, month: m, day: d, hour: Math.floor(a / 60), minute: a % 60 }, cal.timeZone),
		b >= 1440
			? zonedTimeToEpoch(nextDate(y, m, d), cal.timeZone)
			: zonedTimeToEpoch({ year: y, month: m, day: d, hour: Math.floor(b / 60), minute: b % 60 }, cal.timeZone),
	]);
}

function nextDate(y: number, m: number, d: number): { year: number; month: number; day: number } {
	const t = new Date(Date.UTC(y, m - 1, d + 1));
	return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** Search horizon: a calendar with no working time at all must fail, not loop. */
const MAX_DAYS = 800;

function hasWorkingTime(cal: BusinessCalendar): boolean {
	return cal.allDay === true || Object.values(cal.week).some((v) => v?.length) || (cal.extraWorkdays?.length ?? 0) > 0;
}

/**
 * The instant `minutes` working minutes after `fromMs`. Starting outside business hours, the clock
 * starts at the next opening. `minutes` = 0 gives the next working instant.
 */
export function addBusinessMinutes(fromMs: number, minutes: number, cal: BusinessCalendar): number {
	if (!Number.isFinite(minutes) || minutes < 0) throw new Error(`SLA minutes must be a number ≥ 0 (got ${minutes})`);
	if (cal.allDay) return fromMs + minutes * 60000;
	if (!hasWorkingTime(cal)) throw new Error('The business calendar has no working hours');
	let remaining = Math.round(minutes * 60000);
	const w = wallClock(fromMs, cal.timeZone);
	let date = { year: w.year, month: w.month, day: w.day };
	// Start one day back: an interval ending after midnight local time is not possible, but a DST
	// shift can make the first interval of `date` begin before `fromMs`'s local date boundary.
	for (let i = 0; i < MAX_DAYS; i++) {
		for (const [a, b] of intervalsOn(cal, date.year, date.month, date.day)) {
			const s = Math.max(a, fromMs);
			if (b <= s) continue;
			if (remaining === 0) return s;
			const avail = b - s;
			if (remaining <= avail) return s + remaining;
			remaining -= avail;
		}
		date = nextDate(date.year, date.month, date.day);
	}
	throw new Error(`SLA of ${minutes} working minutes does not fit in ${MAX_DAYS} days of this calendar`);
}

/** Working minutes between two instants (0 when `toMs` ≤ `fromMs`). */
export function businessMinutesBetween(fromMs: number, toMs: number, cal: BusinessCalendar): number {
	if (toMs <= fromMs) return 0;
	if (cal.allDay) return (toMs - fromMs) / 60000;
	let total = 0;
	const w = wallClock(fromMs, cal.timeZone);
	let date = { year: w.year, month: w.month, day: w.day };
	for (let i = 0; i < MAX_DAYS * 5; i++) {
		const dayStart = zonedTimeToEpoch(date, cal.timeZone);
		if (dayStart >= toMs) break;
		for (const [a, b] of intervalsOn(cal, date.year, date.month, date.day)) {
			const s = Math.max(a, fromMs);
			const e = Math.min(b, toMs);
			if (e > s) total += e - s;
		}
		date = nextDate(date.year, date.month, date.day);
	}
	return Math.round(total / 60000);
}

/** True when `atMs` falls inside working hours. */
export function isBusinessTime(atMs: number, cal: BusinessCalendar): boolean {
	if (cal.allDay) return true;
	const w = wallClock(atMs, cal.timeZone);
	return intervalsOn(cal, w.year, w.month, w.day).some(([a, b]) => atMs >= a && atMs < b);
}
