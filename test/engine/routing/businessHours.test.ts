import { addBusinessMinutes, buildCalendar, businessMinutesBetween, isBusinessTime } from '../../../nodes/engine/routing/businessHours';
import { toIsoInZone, zonedTimeToEpoch } from '../../../nodes/engine/time';

const sh = buildCalendar({ timeZone: 'Asia/Shanghai', start: '09:00', end: '18:00' });
const at = (iso: string) => Date.parse(iso);
const due = (fromIso: string, minutes: number, cal = sh) => toIsoInZone(addBusinessMinutes(at(fromIso), minutes, cal), cal.timeZone);

describe('business-hours SLA arithmetic', () => {
	it('adds within the same working day', () => {
		expect(due('2026-11-23T10:00:00+08:00', 120)).toBe('2026-11-23T12:00:00+08:00');
	});
	it('carries over the night', () => {
		// Monday 17:00 + 4 h → 1 h Monday, 3 h Tuesday from 09:00
		expect(due('2026-11-23T17:00:00+08:00', 240)).toBe('2026-11-24T12:00:00+08:00');
	});
	it('starts at the next opening when received at night', () => {
		expect(due('2026-11-23T22:30:00+08:00', 60)).toBe('2026-11-24T10:00:00+08:00');
		expect(due('2026-11-24T03:00:00+08:00', 0)).toBe('2026-11-24T09:00:00+08:00');
	});
	it('skips the weekend', () => {
		// Friday 2026-11-27 16:00 + 3 h → 2 h Friday, 1 h Monday
		expect(due('2026-11-27T16:00:00+08:00', 180)).toBe('2026-11-30T10:00:00+08:00');
		// received Saturday
		expect(due('2026-11-28T11:00:00+08:00', 30)).toBe('2026-11-30T09:30:00+08:00');
	});
	it('ends exactly at closing time rather than at the next opening', () => {
		expect(due('2026-11-23T09:00:00+08:00', 540)).toBe('2026-11-23T18:00:00+08:00');
	});
	it('skips holidays and honours make-up working days (调休)', () => {
		const cal = buildCalendar({
			timeZone: 'Asia/Shanghai',
			holidays: '2026-10-01,2026-10-02,2026-10-05,2026-10-06,2026-10-07',
			extraWorkdays: ['2026-10-10'],
		});
		// Wed 2026-09-30 17:00 + 2 h → 1 h on 30 Sep, then holidays 1–7 Oct (3–4 Oct weekend), Thu 8 Oct 10:00
		expect(due('2026-09-30T17:00:00+08:00', 120, cal)).toBe('2026-10-08T10:00:00+08:00');
		// Fri 9 Oct 17:30 + 1 h → 30 min Friday, Saturday 10 Oct is a make-up working day
		expect(due('2026-10-09T17:30:00+08:00', 60, cal)).toBe('2026-10-10T09:30:00+08:00');
	});
	it('handles a lunch break', () => {
		const cal = buildCalendar({ timeZone: 'Asia/Shanghai', start: '09:00', end: '18:00', breakTime: '12:00-13:30' });
		expect(due('2026-11-23T11:00:00+08:00', 120, cal)).toBe('2026-11-23T14:30:00+08:00');
	});
	it('computes in the calendar zone, whatever zone the input is in', () => {
		const ny = buildCalendar({ timeZone: 'America/New_York' });
		// 2026-11-23 22:00Z = 17:00 New York → 1 h Monday, 1 h Tuesday
		expect(due('2026-11-23T22:00:00Z', 120, ny)).toBe('2026-11-24T10:00:00-05:00');
	});
	it('crosses a daylight-saving change with wall-clock opening hours', () => {
		const ldn = buildCalendar({ timeZone: 'Europe/London' });
		// Fri 2026-10-23 17:00 BST + 2 h → Mon 26 Oct 10:00 GMT (clocks went back on Sunday 25 Oct)
		expect(due('2026-10-23T17:00:00+01:00', 120, ldn)).toBe('2026-10-26T10:00:00Z');
		const ny = buildCalendar({ timeZone: 'America/New_York', mode: '24x7' });
		// 24x7 counts real elapsed minutes across the spring-forward gap
		const from = zonedTimeToEpoch({ year: 2026, month: 3, day: 8, hour: 1 }, 'America/New_York');
		expect(toIsoInZone(addBusinessMinutes(from, 120, ny), 'America/New_York')).toBe('2026-03-08T04:00:00-04:00');
	});
	it('counts working minutes between two instants', () => {
		expect(businessMinutesBetween(at('2026-11-27T16:00:00+08:00'), at('2026-11-30T10:00:00+08:00'), sh)).toBe(180);
		expect(businessMinutesBetween(at('2026-11-28T10:00:00+08:00'), at('2026-11-28T12:00:00+08:00'), sh)).toBe(0);
	});
	it('knows whether an instant is in business hours', () => {
		expect(isBusinessTime(at('2026-11-23T09:00:00+08:00'), sh)).toBe(true);
		expect(isBusinessTime(at('2026-11-23T18:00:00+08:00'), sh)).toBe(false);
		expect(isBusinessTime(at('2026-11-28T10:00:00+08:00'), sh)).toBe(false);
	});
	it('rejects bad calendars with a clear message', () => {
		expect(() => buildCalendar({ timeZone: 'Mars/Olympus' })).toThrow(/Unknown time zone/);
		expect(() => buildCalendar({ start: '18:00', end: '09:00' })).toThrow(/must be after start/);
		expect(() => buildCalendar({ holidays: '2026/10/01' })).toThrow(/Holidays/);
		expect(() => buildCalendar({ days: ['funday'] })).toThrow(/Unknown working day/);
		expect(() => addBusinessMinutes(0, 10, buildCalendar({ days: [] }))).toThrow(/no working hours/);
	});
	it('accepts Chinese day names', () => {
		const cal = buildCalendar({ timeZone: 'Asia/Shanghai', days: ['周一', '周二', '周三', '周四', '周五', '周六'] });
		expect(due('2026-11-27T17:00:00+08:00', 120, cal)).toBe('2026-11-28T10:00:00+08:00');
	});
});
