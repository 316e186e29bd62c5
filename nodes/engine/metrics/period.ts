/**
 * Calendar periods (day, ISO week, month, quarter) in a chosen time zone, fast enough for a million
 * timestamps: the zone offset is looked up once per UTC day (per quarter hour on the rare days that
 * hold a transition; every real transition falls on a quarter hour) and the civil date is then pure
 * integer arithmetic.
 */
import { zonedTimeToEpoch, zoneOffsetMinutes } from '../time';

export type Granularity = 'day' | 'week' | 'month' | 'quarter';
export const GRANULARITIES: Granularity[] = ['day', 'week', 'month', 'quarter'];

const DAY = 86_400_000;
const QUARTER_HOUR = 900_000;

/** Civil date from days since 1970-01-01 (H. Hinnant's algorithm). */
export function civilFromDays(z: number): { year: number; month: number; day: number } {
	z += 719468;
	const era = Math.floor(z / 146097);
	const doe = z - era * 146097;
	const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
	const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
	const mp = Math.floor((5 * doy + 2) / 153);
	const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
	const month = mp < 10 ? mp + 3 : mp - 9;
	return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Days since 1970-01-01 of a civil date. */
export function daysFromCivil(year: number, month: number, day: number): number {
	const y = month <= 2 ? year - 1 : year;
	const era = Math.floor(y / 400);
	const yoe = y - era * 400;
	const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
	const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
	return era * 146097 + doe - 719468;
}

const pad = (n: number, l = 2) => String(n).padStart(l, '0');

/** Period key of a local civil day: 2026-11-23, 2026-W48, 2026-11, 2026-Q4. */
export function periodKeyOfDay(days: number, granularity: Granularity): string {
	if (granularity === 'week') {
		const isoWeekday = ((((days + 3) % 7) + 7) % 7) + 1; // 1970-01-01 was a Thursday (ISO 4)
		const thursday = days - isoWeekday + 4;
		const t = civilFromDays(thursday);
		const jan1 = daysFromCivil(t.year, 1, 1);
		const week = Math.floor((thursday - jan1) / 7) + 1;
		return `${t.year}-W${pad(week)}`;
	}
	const c = civilFromDays(days);
	if (granularity === 'day') return `${c.year}-${pad(c.month)}-${pad(c.day)}`;
	if (granularity === 'month') return `${c.year}-${pad(c.month)}`;
	return `${c.year}-Q${Math.floor((c.month - 1) / 3) + 1}`;
}

/** First local day (days since epoch) of a period key. */
export function periodStartDay(key: string): number {
	let m = /^(\d{4})-W(\d{2})$/.exec(key);
	if (m) {
		const year = Number(m[1]);
		const jan4 = daysFromCivil(year, 1, 4);
		const isoWeekday = ((((jan4 + 3) % 7) + 7) % 7) + 1;
		return jan4 - (isoWeekday - 1) + (Number(m[2]) - 1) * 7;
	}
	m = /^(\d{4})-Q([1-4])$/.exec(key);
	if (m) return daysFromCivil(Number(m[1]), (Number(m[2]) - 1) * 3 + 1, 1);
	m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(key);
	if (m) return daysFromCivil(Number(m[1]), Number(m[2]), m[3] ? Number(m[3]) : 1);
	throw new Error(`not a period key: ${key}`);
}

/** The key of the period that follows `key`. */
export function nextPeriodKey(key: string, granularity: Granularity): string {
	const start = periodStartDay(key);
	if (granularity === 'day') return periodKeyOfDay(start + 1, granularity);
	if (granularity === 'week') return periodKeyOfDay(start + 7, granularity);
	const c = civilFromDays(start);
	const months = granularity === 'month' ? 1 : 3;
	const m0 = c.month - 1 + months;
	return periodKeyOfDay(daysFromCivil(c.year + Math.floor(m0 / 12), (m0 % 12) + 1, 1), granularity);
}

/** Start and end instants (ISO with the zone's offset computed by the caller) of a period. */
export function periodBounds(key: string, granularity: Granularity, timeZone: string): { startMs: number; endMs: number } {
	const s = civilFromDays(periodStartDay(key));
	const e = civilFromDays(periodStartDay(nextPeriodKey(key, granularity)));
	return {
		startMs: zonedTimeToEpoch({ year: s.year, month: s.month, day: s.day }, timeZone),
		endMs: zonedTimeToEpoch({ year: e.year, month: e.month, day: e.day }, timeZone),
	};
}

/**
 * Reads an ISO 8601 instant with an offset (2026-11-23T10:00:00+08:00, …Z, fractions) by hand, which
 * is several times faster than Date.parse; anything else goes to Date.parse. NaN when unreadable.
 */
const dg = (s: string, i: number) => s.charCodeAt(i) - 48;

/** daysFromCivil(year, month, 1), from a table for 1900–2155 (daysFromCivil is linear in the day). */
const MONTH_TABLE_FROM = 1900;
const monthTable = new Int32Array(256 * 12).fill(-0x7fffffff);
function monthStartDays(year: number, month: number): number {
	const i = (year - MONTH_TABLE_FROM) * 12 + month - 1;
	if (i < 0 || i >= monthTable.length) return daysFromCivil(year, month, 1);
	let d = monthTable[i];
	if (d === -0x7fffffff) {
		d = daysFromCivil(year, month, 1);
		monthTable[i] = d;
	}
	return d;
}

/**
 * The hand-written part of parseIsoInstant: writes the instant to `out[0]` and returns true, or
 * returns false for anything it does not read (the caller then tries Date.parse). Writing to a typed
 * array rather than returning the number spares a heap-allocated number per call on the hot path.
 */
export function parseIsoInto(s: string, out: Float64Array): boolean {
	const n = s.length;
	if (n >= 17 && s.charCodeAt(4) === 45 && s.charCodeAt(7) === 45 && (s.charCodeAt(10) === 84 || s.charCodeAt(10) === 32) && s.charCodeAt(13) === 58) {
		const year = dg(s, 0) * 1000 + dg(s, 1) * 100 + dg(s, 2) * 10 + dg(s, 3);
		const month = dg(s, 5) * 10 + dg(s, 6);
		const day = dg(s, 8) * 10 + dg(s, 9);
		const hour = dg(s, 11) * 10 + dg(s, 12);
		const minute = dg(s, 14) * 10 + dg(s, 15);
		let i = 16;
		let second = 0;
		let ms = 0;
		if (s.charCodeAt(i) === 58) {
			second = dg(s, 17) * 10 + dg(s, 18);
			i = 19;
			if (s.charCodeAt(i) === 46) {
				// Milliseconds: the first three digits as an integer; further digits are truncated.
				i++;
				let k = 0;
				// The usual three digits (toISOString) without the loop.
				if (i + 3 < n) {
					const a = dg(s, i);
					const b = dg(s, i + 1);
					const c = dg(s, i + 2);
					if (a >= 0 && a <= 9 && b >= 0 && b <= 9 && c >= 0 && c <= 9) {
						ms = a * 100 + b * 10 + c;
						k = 3;
						i += 3;
					}
				}
				while (i < n) {
					const c = s.charCodeAt(i) - 48;
					if (c < 0 || c > 9) break;
					if (k < 3) ms = ms * 10 + c;
					k++;
					i++;
				}
				if (k === 1) ms *= 100;
				else if (k === 2) ms *= 10;
			}
		}
		let offset = NaN;
		const z = s.charCodeAt(i);
		if ((z === 90 || z === 122) && i === n - 1) offset = 0;
		else if ((z === 43 || z === 45) && (n - i === 6 || n - i === 5)) {
			const colon = n - i === 6 ? 1 : 0;
			const oh = dg(s, i + 1) * 10 + dg(s, i + 2);
			const om = dg(s, i + 3 + colon) * 10 + dg(s, i + 4 + colon);
			offset = (z === 45 ? -1 : 1) * (oh * 60 + om);
		}
		const ok =
			year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59 &&
			second >= 0 && second <= 60 && Number.isFinite(offset);
		if (ok) {
			out[0] = ((monthStartDays(year, month) + day - 1) * 86400 + hour * 3600 + minute * 60 + second - offset * 60) * 1000 + ms;
			return true;
		}
	}
	return false;
}

const scratch = new Float64Array(1);

export function parseIsoInstant(s: string): number {
	return parseIsoInto(s, scratch) ? scratch[0] : Date.parse(s);
}

/** Per zone: the offset of each UTC day, or NaN when the day holds a transition (then per quarter hour). */
const dayOffsetCache = new Map<string, Map<number, number>>();
const quarterOffsetCache = new Map<string, Map<number, number>>();

/** Offset of `timeZone` at `epochMs`, in milliseconds, cached. */
export function offsetMs(epochMs: number, timeZone: string): number {
	let days = dayOffsetCache.get(timeZone);
	if (!days) {
		days = new Map();
		dayOffsetCache.set(timeZone, days);
	}
	const d = Math.floor(epochMs / DAY);
	let off = days.get(d);
	if (off === undefined) {
		if (days.size > 100_000) days.clear();
		const a = zoneOffsetMinutes(d * DAY, timeZone);
		const b = zoneOffsetMinutes(d * DAY + DAY - 1000, timeZone);
		off = a === b ? a * 60_000 : NaN;
		days.set(d, off);
	}
	if (!Number.isNaN(off)) return off;
	let quarters = quarterOffsetCache.get(timeZone);
	if (!quarters) {
		quarters = new Map();
		quarterOffsetCache.set(timeZone, quarters);
	}
	const q = Math.floor(epochMs / QUARTER_HOUR);
	let qo = quarters.get(q);
	if (qo === undefined) {
		if (quarters.size > 100_000) quarters.clear();
		qo = zoneOffsetMinutes(q * QUARTER_HOUR, timeZone) * 60_000;
		quarters.set(q, qo);
	}
	return qo;
}

/**
 * toIsoInZone (engine/time.ts) with the cached offset instead of two Intl look-ups: the same text,
 * for the verbatims the aggregator stamps while it streams.
 */
export function isoInZone(epochMs: number, timeZone: string): string {
	const off = offsetMs(epochMs, timeZone);
	if (off === 0) return new Date(epochMs).toISOString().replace('.000Z', 'Z');
	const local = Math.floor((epochMs + off) / 1000);
	const days = Math.floor(local / 86400);
	const c = civilFromDays(days);
	const sec = local - days * 86400;
	const abs = Math.abs(off / 60_000);
	return (
		`${pad(c.year, 4)}-${pad(c.month)}-${pad(c.day)}T${pad(Math.floor(sec / 3600))}:${pad(Math.floor(sec / 60) % 60)}:${pad(sec % 60)}` +
		`${off >= 0 ? '+' : '-'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
	);
}

/** Days covered by the flat per-day caches of a bucketer (about 110 years around the first instant). */
const SPAN = 40_000;
const UNKNOWN = 1e15;

/**
 * Maps instants to local days and period keys in one zone. Hot path of the metrics engine: the
 * per-UTC-day offset and the per-local-day key sit in flat arrays indexed by day, so a lookup is two
 * array reads; instants outside the span fall back to the shared caches.
 */
export class PeriodBucketer {
	private base = NaN;
	private readonly offsets = new Float64Array(SPAN).fill(UNKNOWN);
	private readonly keys: Array<string | undefined> = new Array<string | undefined>(SPAN).fill(undefined);
	/** Per local day: the index of its period in `periodKeys` (-1 not yet seen). */
	private readonly ids = new Int32Array(SPAN).fill(-1);
	private readonly idByKey = new Map<string, number>();
	/** Period keys in the order first seen; `index()` returns positions in this list. */
	readonly periodKeys: string[] = [];

	constructor(
		readonly timeZone: string,
		readonly granularity: Granularity,
	) {}

	/** Local civil day (days since 1970-01-01) of an instant. */
	localDay(epochMs: number): number {
		const d = Math.floor(epochMs / DAY);
		if (Number.isNaN(this.base)) this.base = d - SPAN / 2;
		const i = d - this.base;
		if (i >= 0 && i < SPAN) {
			let off = this.offsets[i];
			if (off === UNKNOWN) {
				off = offsetMs(d * DAY, this.timeZone);
				const end = offsetMs(d * DAY + DAY - 1000, this.timeZone);
				off = off === end ? off : NaN;
				this.offsets[i] = off;
			}
			if (!Number.isNaN(off)) return Math.floor((epochMs + off) / DAY);
		}
		return Math.floor((epochMs + offsetMs(epochMs, this.timeZone)) / DAY);
	}

	/**
	 * Small dense integer standing for the period of an instant (its position in `periodKeys`), so
	 * that callers keep per-period state in arrays instead of maps keyed by strings.
	 */
	index(epochMs: number): number {
		const day = this.localDay(epochMs);
		const i = day - this.base;
		if (i >= 0 && i < SPAN) {
			let id = this.ids[i];
			if (id < 0) {
				id = this.indexOfKey(this.key(epochMs));
				this.ids[i] = id;
			}
			return id;
		}
		return this.indexOfKey(periodKeyOfDay(day, this.granularity));
	}

	indexOfKey(key: string): number {
		let id = this.idByKey.get(key);
		if (id === undefined) {
			id = this.periodKeys.length;
			this.periodKeys.push(key);
			this.idByKey.set(key, id);
		}
		return id;
	}

	key(epochMs: number): string {
		const day = this.localDay(epochMs);
		const i = day - this.base;
		if (i >= 0 && i < SPAN) {
			let k = this.keys[i];
			if (k === undefined) {
				k = periodKeyOfDay(day, this.granularity);
				this.keys[i] = k;
			}
			return k;
		}
		return periodKeyOfDay(day, this.granularity);
	}
}
