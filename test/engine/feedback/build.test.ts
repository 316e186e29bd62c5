import { buildFeedback, normaliseScore } from '../../../nodes/engine/feedback/build';

const now = () => Date.UTC(2026, 10, 23, 8, 0, 0);

describe('buildFeedback', () => {
	it('builds a minimal record and derives id, times and the normalised score', () => {
		const r = buildFeedback({ source: 'kiosk', sourceId: 42, channel: 'survey', scores: { nps: '7' } }, { now });
		expect(r).toEqual({
			ok: true,
			feedback: {
				id: 'kiosk:42', source: 'kiosk', sourceId: '42', channel: 'survey',
				occurredAt: '2026-11-23T08:00:00Z', receivedAt: '2026-11-23T08:00:00Z',
				scores: { nps: 7, normalised: 70 }, text: '', answers: [], meta: {},
			},
		});
	});

	it('names every failing field', () => {
		const r = buildFeedback(
			{ source: 'x', channel: 'fax', occurredAt: 'last tuesday', scores: { nps: 10.5, csat: 0, rating: { value: 6, scale: 5 } } },
			{ now },
		);
		expect(r.ok).toBe(false);
		const paths = (r as { issues: Array<{ path: string }> }).issues.map((i) => i.path).sort();
		expect(paths).toEqual(['channel', 'occurredAt', 'scores.csat', 'scores.nps', 'scores.rating.value', 'sourceId'].sort());
	});

	it('rejects non-objects and unknown time zones clearly', () => {
		expect(buildFeedback(null)).toEqual({ ok: false, issues: [{ path: '(record)', message: 'expected an object, got null' }] });
		expect(buildFeedback([1])).toEqual({ ok: false, issues: [{ path: '(record)', message: 'expected an object, got an array' }] });
		expect(buildFeedback({}, { timeZone: 'Mars/Olympus' })).toEqual({ ok: false, issues: [{ path: 'timeZone', message: 'unknown time zone "Mars/Olympus"' }] });
	});

	it('reads a bare rating as stars out of 5, and joins text arrays', () => {
		const r = buildFeedback({ source: 's', sourceId: '1', channel: 'review', scores: { rating: '4' }, text: ['Great bed', '', 'noisy AC'] }, { now });
		expect(r.ok && r.feedback.scores).toEqual({ rating: { value: 4, scale: 5 }, normalised: 80 });
		expect(r.ok && r.feedback.text).toBe('Great bed\nnoisy AC');
	});

	it('keeps analysis and routing blocks, and unknown meta keys', () => {
		const r = buildFeedback(
			{ source: 's', sourceId: '1', channel: 'chat', meta: { ids: { chat: 'c-9' }, custom: 1 }, analysis: { sentiment: { label: 'negative', score: -0.6 } }, routing: { priority: 'high' } },
			{ now },
		);
		expect(r.ok && r.feedback.meta).toEqual({ ids: { chat: 'c-9' }, custom: 1 });
		expect(r.ok && r.feedback.analysis?.sentiment).toEqual({ label: 'negative', score: -0.6 });
		expect(r.ok && r.feedback.routing?.priority).toBe('high');
	});

	it('normalises each score kind to 0–100 with rating first', () => {
		expect(normaliseScore({ rating: { value: 8, scale: 10 }, nps: 2 })).toBe(80);
		expect(normaliseScore({ nps: 9 })).toBe(90);
		expect(normaliseScore({ csat: 4 })).toBe(75);
		expect(normaliseScore({ ces: 7 })).toBe(100);
		expect(normaliseScore({ ces: 2 })).toBe(16.67);
		expect(normaliseScore({})).toBeUndefined();
	});
});
