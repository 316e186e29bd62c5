import {
	explicitOffsetMinutes,
	normaliseTimestamp,
	parseTimestamp,
	toIsoInZone,
	wallClock,
	zoneOffsetMinutes,
	zonedTimeToEpoch,
} from '../../nodes/engine/time';

describe('time zones over Intl', () => {
	it('knows fixed and DST offsets', () => {
		expect(zoneOffsetMinutes(Date.UTC(2026, 0, 15), 'Asia/Shanghai')).toBe(480);
		expect(zoneOffsetMinutes(Date.UTC(2026, 0, 15), 'Europe/London')).toBe(0);
		expect(zoneOffsetMinutes(Date.UTC(2026, 6, 15), 'Europe/London')).toBe(60);
		expect(zoneOffsetMinutes(Date.UTC(2026, 6, 15), 'America/New_York')).toBe(-240);
		expect(zoneOffsetMinutes(Date.UTC(2026, 6, 15), 'Asia/Kolkata')).toBe(330);
	});

	it('reads the wall clock and weekday in a zone', () => {
		// 2026-11-22T20:30Z is Monday 04:30 in Shanghai
		expect(wallClock(Date.UTC(2026, 10, 22, 20, 30), 'Asia/Shanghai')).toEqual({
			year: 2026, month: 11, day: 23, hour: 4, minute: 30, second: 0, weekday: 1,
		});
	});

	it('turns local time into an instant, across DST changes', () => {
		expect(new Date(zonedTimeToEpoch({ year: 2026, month: 5, day: 1, hour: 10 }, 'Asia/Shanghai')).toISOString()).toBe('2026-05-01T02:00:00.000Z');
		// London, 29 March 2026: 01:00 → 02:00 (gap). 00:30 is GMT, 03:00 is BST.
		expect(new Date(zonedTimeToEpoch({ year: 2026, month: 3, day: 29, hour: 0, minute: 30 }, 'Europe/London')).toISOString()).toBe('2026-03-29T00:30:00.000Z');
		expect(new Date(zonedTimeToEpoch({ year: 2026, month: 3, day: 29, hour: 3 }, 'Europe/London')).toISOString()).toBe('2026-03-29T02:00:00.000Z');
		// 01:30 does not exist: shifted forward by the gap to 02:30 BST = 01:30Z
		expect(new Date(zonedTimeToEpoch({ year: 2026, month: 3, day: 29, hour: 1, minute: 30 }, 'Europe/London')).toISOString()).toBe('2026-03-29T01:30:00.000Z');
		// New York, 1 November 2026: 01:30 happens twice; either reading is a real instant of that wall time
		const ambiguous = zonedTimeToEpoch({ year: 2026, month: 11, day: 1, hour: 1, minute: 30 }, 'America/New_York');
		expect(wallClock(ambiguous, 'America/New_York')).toMatchObject({ hour: 1, minute: 30 });
	});

	it('parses the timestamp forms sources send', () => {
		const sh = 'Asia/Shanghai';
		const expected = Date.UTC(2026, 10, 2, 13, 30);
		expect(parseTimestamp('2026-11-02 21:30', sh)).toBe(expected);
		expect(parseTimestamp('2026/11/2 21:30:00', sh)).toBe(expected);
		expect(parseTimestamp('2026年11月2日 21时30分', sh)).toBe(expected);
		expect(parseTimestamp('2026-11-02T21:30:00+08:00', 'UTC')).toBe(expected);
		expect(parseTimestamp('Mon, 02 Nov 2026 13:30:00 +0000', sh)).toBe(expected);
		expect(parseTimestamp(expected / 1000, sh)).toBe(expected);
		expect(parseTimestamp(String(expected), sh)).toBe(expected);
		expect(parseTimestamp('2026-11-02', sh)).toBe(Date.UTC(2026, 10, 1, 16, 0));
	});

	it('rejects what is not a time', () => {
		for (const bad of ['', '  ', 'yesterday', '2026-13-01 10:00', '2026-11-02 25:00', {}, [], null, undefined, NaN, -5, true]) {
			expect(parseTimestamp(bad as unknown, 'UTC')).toBeUndefined();
		}
	});

	it('writes ISO 8601 with the zone offset, keeping a stated offset', () => {
		expect(toIsoInZone(Date.UTC(2026, 10, 2, 13, 30), 'Asia/Shanghai')).toBe('2026-11-02T21:30:00+08:00');
		expect(toIsoInZone(Date.UTC(2026, 10, 2, 13, 30), 'UTC')).toBe('2026-11-02T13:30:00Z');
		expect(toIsoInZone(Date.UTC(2026, 6, 2, 13, 30), 'America/New_York')).toBe('2026-07-02T09:30:00-04:00');
		expect(explicitOffsetMinutes('2026-11-02T21:30:00+08:00')).toBe(480);
		expect(explicitOffsetMinutes('2026-11-02T21:30:00-0330')).toBe(-210);
		expect(explicitOffsetMinutes('2026-11-02 21:30')).toBeUndefined();
		expect(normaliseTimestamp('2026-11-02T21:30:00+08:00', 'Europe/Paris')).toBe('2026-11-02T21:30:00+08:00');
		expect(normaliseTimestamp('2026-11-02 21:30', 'Europe/Paris')).toBe('2026-11-02T21:30:00+01:00');
	});
});
