/**
 * Time-zone arithmetic on top of the runtime's Intl (full ICU in Node), so the engine needs no date
 * library. Sources send naive local times ("2020-10-22 12:31:40", Ctrip exports) that only mean
 * something together with the property's time zone.
 */

const formatterCache = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
	let f = formatterCache.get(timeZone);
	if (!f) {
		f = new Intl.DateTimeFormat('en-US', {
			timeZone,
			hourCycle: 'h23',
			year: 'numeric',
			month: '2-digit',
			day: '2-digit',
			hour: '2-digit',
			minute: '2-digit',
			second: '2-digit',
		});
		formatterCache.set(timeZone, f);
	}
	return f;
}

/** True when `timeZone` is an IANA zone name the runtime knows (Asia/Shanghai, Europe/London, UTC …). */
export function isValidTimeZone(timeZone: string): boolean {
	try {
		formatter(timeZone);
		return true;
	} catch {
		return false;
	}
}

export interface WallClock {
	year: number;
	month: number; // 1–12
	day: number;
	hour: number;
	minute: number;
	second: number;
	/** 0 = Sunday … 6 = Saturday */
	weekday: number;
}

/** The wall-clock reading in `timeZone` at instant `epochMs`. */
export function wallClock(epochMs: number, timeZone: string): WallClock {
	const parts: Record<string, number> = {};
	for (const p of formatter(timeZone).formatToParts(new Date(epochMs))) {
		if (p.type !== 'literal') parts[p.type] = Number(p.value);
	}
	const { year, month, day, hour, minute, second } = parts;
	const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
	return { year, month, day, hour, minute, second, weekday };
}

/** Offset of `timeZone` from UTC at instant `epochMs`, in minutes (Asia/Shanghai → 480). */
export function zoneOffsetMinutes(epochMs: number, timeZone: string): number {
	const w = wallClock(epochMs, timeZone);
	const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
	return Math.round((asUtc - Math.floor(epochMs / 1000) * 1000) / 60000);
}

/**
 * The instant at which the wall clock in `timeZone` reads the given local time. For a time that
 * falls in a DST gap the result is shifted forward by the gap, as most calendars do.
 */
export function zonedTimeToEpoch(
	local: { year: number; month: number; day: number; hour?: number; minute?: number; second?: number; ms?: number },
	timeZone: string,
): number {
	const naiveUtc = Date.UTC(
		local.year,
		local.month - 1,
		local.day,
		local.hour ?? 0,
		local.minute ?? 0,
		local.second ?? 0,
		local.ms ?? 0,
	);
	// Two passes converge for every real zone (the offset at the guess and at the corrected guess).
	let guess = naiveUtc - zoneOffsetMinutes(naiveUtc, timeZone) * 60000;
	const second = naiveUtc - zoneOffsetMinutes(guess, timeZone) * 60000;
	if (second !== guess) guess = Math.max(guess, second);
	return guess;
}

const NAIVE_RE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T\s]+(\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:\.(\d{1,3}))?)?)?$/;

/** "2026年11月2日 21时30分5秒" → "2026-11-2 21:30:5" so one pattern reads both forms. */
function unChinese(s: string): string {
	if (!/[年月日时時点點分秒]/.test(s)) return s;
	return s
		.replace(/\s*年\s*/g, '-')
		.replace(/\s*月\s*/g, '-')
		.replace(/\s*[日号]\s*/g, ' ')
		.replace(/\s*[时時点點]\s*/g, ':')
		.replace(/\s*分\s*/g, ':')
		.replace(/\s*秒\s*/g, '')
		.replace(/:$/, '')
		.replace(/(\d{1,2}:\d{1,2}):?$/, '$1')
		.replace(/ (\d{1,2})$/, ' $1:00')
		.trim();
}

const HAS_ZONE_RE = /(?:Z|[+-]\d{2}:?\d{2})$/i;

/**
 * Parses a timestamp from a source into epoch milliseconds.
 * - ISO strings with an offset or Z, RFC 2822 strings: taken as they are.
 * - Naive local times ("2024-05-01 10:00", "2024/5/1 10:00:00", "2024年5月1日 10时00分"): read in `timeZone`.
 * - Numbers: epoch seconds (< 1e11) or milliseconds.
 * Returns undefined when the value cannot be read as a time.
 */
export function parseTimestamp(value: unknown, timeZone = 'UTC'): number | undefined {
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.getTime();
	if (typeof value === 'number') {
		if (!Number.isFinite(value) || value < 0) return undefined;
		return value < 1e11 ? value * 1000 : value;
	}
	if (typeof value !== 'string') return undefined;
	const s = value.trim();
	if (!s) return undefined;
	if (/^\d{9,13}$/.test(s)) return parseTimestamp(Number(s), timeZone);
	const naive = NAIVE_RE.exec(unChinese(s));
	if (naive && !HAS_ZONE_RE.test(s)) {
		const [, y, mo, d, h, mi, se, ms] = naive;
		const local = {
			year: Number(y),
			month: Number(mo),
			day: Number(d),
			hour: h ? Number(h) : 0,
			minute: mi ? Number(mi) : 0,
			second: se ? Number(se) : 0,
			ms: ms ? Number(ms.padEnd(3, '0')) : 0,
		};
		if (local.month < 1 || local.month > 12 || local.day < 1 || local.day > 31 || local.hour > 23 || local.minute > 59 || local.second > 60) {
			return undefined;
		}
		return zonedTimeToEpoch(local, timeZone);
	}
	const t = Date.parse(s);
	return Number.isNaN(t) ? undefined : t;
}

/** ISO 8601 with the zone's offset (2024-05-01T10:00:00+08:00), or Z for UTC. */
export function toIsoInZone(epochMs: number, timeZone = 'UTC'): string {
	const offset = zoneOffsetMinutes(epochMs, timeZone);
	if (offset === 0) return new Date(epochMs).toISOString().replace('.000Z', 'Z');
	const w = wallClock(epochMs, timeZone);
	const pad = (n: number, l = 2) => String(n).padStart(l, '0');
	const sign = offset >= 0 ? '+' : '-';
	const abs = Math.abs(offset);
	return (
		`${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}` +
		`${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
	);
}

/** The offset written in an ISO/RFC 3339 string ("…+08:00" → 480, "…Z" → 0), or undefined if none. */
export function explicitOffsetMinutes(value: string): number | undefined {
	const m = /(?:([+-])(\d{2}):?(\d{2})|(Z))$/i.exec(value.trim());
	if (!m || !/\d{2}:\d{2}/.test(value)) return undefined;
	if (m[4]) return 0;
	return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

/** ISO 8601 at a fixed offset in minutes (0 → Z). */
export function toIsoAtOffset(epochMs: number, offsetMinutes: number): string {
	if (offsetMinutes === 0) return new Date(epochMs).toISOString().replace('.000Z', 'Z');
	const shifted = new Date(epochMs + offsetMinutes * 60000).toISOString().slice(0, 19);
	const abs = Math.abs(offsetMinutes);
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${shifted}${offsetMinutes >= 0 ? '+' : '-'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/**
 * Reads a source timestamp and writes it as ISO 8601: a value that states its own offset keeps it
 * (a review written at 21:30+08:00 stays so); naive values and epochs are written in `timeZone`.
 */
export function normaliseTimestamp(value: unknown, timeZone = 'UTC'): string | undefined {
	const ms = parseTimestamp(value, timeZone);
	if (ms === undefined) return undefined;
	const offset = typeof value === 'string' ? explicitOffsetMinutes(value) : undefined;
	return offset === undefined ? toIsoInZone(ms, timeZone) : toIsoAtOffset(ms, offset);
}
