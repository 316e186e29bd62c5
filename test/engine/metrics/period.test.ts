import { civilFromDays, daysFromCivil, isoInZone, nextPeriodKey, parseIsoInstant, periodKeyOfDay, periodStartDay, PeriodBucketer } from '../../../nodes/engine/metrics/period';
import { toIsoInZone } from '../../../nodes/engine/time';

describe('calendar arithmetic', () => {
	it('days ↔ civil dates agree with Date.UTC over four centuries', () => {
		for (let d = -150000; d < 150000; d += 37) {
			const c = civilFromDays(d);
			expect(Date.UTC(c.year, c.month - 1, c.day) / 86400000).toBe(d);
			expect(daysFromCivil(c.year, c.month, c.day)).toBe(d);
		}
	});

	it('period keys and their starts', () => {
		const d = daysFromCivil(2026, 11, 23); // a Monday
		expect(periodKeyOfDay(d, 'week')).toBe('2026-W48');
		expect(periodKeyOfDay(d + 6, 'week')).toBe('2026-W48');
		expect(periodKeyOfDay(d + 7, 'week')).toBe('2026-W49');
		expect(periodStartDay('2026-W48')).toBe(d);
		expect(periodKeyOfDay(daysFromCivil(2021, 1, 3), 'week')).toBe('2020-W53');
		expect(periodKeyOfDay(d, 'quarter')).toBe('2026-Q4');
		expect(nextPeriodKey('2026-Q4', 'quarter')).toBe('2027-Q1');
		expect(nextPeriodKey('2026-12', 'month')).toBe('2027-01');
		expect(nextPeriodKey('2026-W53', 'week')).toBe('2027-W01');
		expect(nextPeriodKey('2028-02-28', 'day')).toBe('2028-02-29');
	});
});

describe('isoInZone (cached offsets)', () => {
	it('writes the same text as toIsoInZone, DST days and fractional seconds included', () => {
		const zones = ['UTC', 'Asia/Shanghai', 'Europe/London', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'America/St_Johns'];
		// 2026-03-08 and 2026-11-01 (US), 2026-03-29 and 2026-10-25 (EU): every quarter hour around them,
		// plus pseudo-random instants over two years, some with milliseconds.
		const instants: number[] = [];
		for (const day of ['2026-03-08', '2026-11-01', '2026-03-29', '2026-10-25', '2026-04-05']) {
			const t0 = Date.parse(`${day}T00:00:00Z`) - 86400000;
			for (let q = 0; q < 4 * 24 * 3; q++) instants.push(t0 + q * 900000 + (q % 7) * 1000);
		}
		let x = 12345;
		for (let i = 0; i < 2000; i++) {
			x = (x * 1103515245 + 12345) % 2147483648;
			instants.push(Date.UTC(2025, 0, 1) + (x % (730 * 86400)) * 1000 + (i % 3 === 0 ? x % 1000 : 0));
		}
		for (const tz of zones) for (const t of instants) expect(`${tz} ${isoInZone(t, tz)}`).toBe(`${tz} ${toIsoInZone(t, tz)}`);
	});
});

describe('parseIsoInstant', () => {
	it('agrees with Date.parse on ISO instants with offsets', () => {
		for (const s of [
			'2026-11-23T10:00:00+08:00',
			'2026-11-23T10:00:00.123Z',
			'2026-11-23T10:00:00.5-05:30',
			'2026-11-23T10:00Z',
			'2026-11-23 10:00:00+0800',
			'1999-12-31T23:59:59Z',
		]) {
			expect([s, parseIsoInstant(s)]).toEqual([s, Date.parse(s.replace(' ', 'T').replace(/([+-]\d{2})(\d{2})$/, '$1:$2'))]);
		}
	});

	it('falls back to Date.parse for other shapes', () => {
		expect(parseIsoInstant('Mon, 23 Nov 2026 10:00:00 GMT')).toBe(Date.UTC(2026, 10, 23, 10));
		expect(Number.isNaN(parseIsoInstant('yesterday'))).toBe(true);
	});
});

describe('PeriodBucketer', () => {
	it('puts instants around a DST switch into the right local day', () => {
		const b = new PeriodBucketer('Europe/London', 'day');
		// 2026-03-29 01:00 UTC the clocks go from 01:00 GMT to 02:00 BST.
		expect(b.key(Date.parse('2026-03-28T23:59:59Z'))).toBe('2026-03-28');
		expect(b.key(Date.parse('2026-03-29T00:30:00Z'))).toBe('2026-03-29');
		expect(b.key(Date.parse('2026-10-24T23:30:00Z'))).toBe('2026-10-25'); // 00:30 BST
		expect(b.key(Date.parse('2026-10-25T23:30:00Z'))).toBe('2026-10-25'); // 23:30 GMT
		// Lord Howe Island shifts by 30 minutes at 02:00 local.
		const l = new PeriodBucketer('Australia/Lord_Howe', 'day');
		expect(l.key(Date.parse('2026-10-03T13:29:00Z'))).toBe('2026-10-03'); // 23:59 +10:30
		expect(l.key(Date.parse('2026-10-03T13:31:00Z'))).toBe('2026-10-04');
	});
});
