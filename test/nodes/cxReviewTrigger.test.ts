/**
 * CX Review Trigger against a local Google Business Profile server: multi-location polling, new
 * and edited reviews, a repeated window, pagination, 429 + Retry-After, "Fetch test event" and the
 * bounded memory in static data.
 */
import { runPoll } from '../harness/pollContext';
import { runWorkflow } from '../harness/n8n';
import { ACCOUNT, LOC_HZ, LOC_SH, makeReview, startGoogleServer, type GoogleServer } from '../fixtures/reviews/googleServer';

const DAY = 86_400_000;
const iso = (msAgo: number) => new Date(Date.now() - msAgo).toISOString();

function seed() {
	const hz = Array.from({ length: 60 }, (_, k) =>
		makeReview(LOC_HZ, `hz${String(k).padStart(2, '0')}`, k % 5 === 0 ? 'TWO' : 'FIVE', k % 5 === 0 ? 'Noisy room, thin walls.' : 'Lovely view of the lake.', iso(DAY + k * 3_600_000)),
	);
	return {
		[LOC_SH]: [
			makeReview(LOC_SH, 'sh1', 'TWO', 'The room was not clean, hair in the bathroom.', iso(2 * DAY)),
			makeReview(LOC_SH, 'sh2', 'FIVE', '早餐很丰富，前台服务热情。', iso(3 * DAY), {
				reviewReply: { comment: '感谢您的好评！', updateTime: iso(3 * DAY - 3_600_000) },
			}),
			makeReview(LOC_SH, 'sh3', 'FOUR', '', iso(4 * DAY)),
			makeReview(LOC_SH, 'old', 'THREE', 'Long ago.', iso(40 * DAY)),
		],
		[LOC_HZ]: hz,
	};
}

const params = (extra: Record<string, unknown> = {}) => ({
	platform: 'google',
	account: ACCOUNT,
	locationScope: 'all',
	emitOn: ['new', 'edited'],
	backfillDays: 7,
	options: {},
	...extra,
});

describe('CX Review Trigger (Google Business Profile)', () => {
	let server: GoogleServer;
	let credentials: Record<string, any>;
	beforeEach(async () => {
		server = await startGoogleServer(seed());
		credentials = { cxGoogleBusinessProfileOAuth2Api: { apiBaseUrl: server.url } };
	});
	afterEach(async () => server.close());

	it('first poll backfills N days across all locations of the account, reading every page', async () => {
		const staticData = {};
		const r = await runPoll({ type: 'cxReviewTrigger', parameters: params() }, { credentials, staticData });
		expect(r.json).toHaveLength(63);
		const ids = r.json.map((j) => j.sourceId);
		expect(ids).toContain('sh1');
		expect(ids).not.toContain('old');
		expect(server.calls('GET /v1/accounts/:a/locations')).toHaveLength(1);
		// 60 reviews at Hangzhou: two pages of 50.
		const hzCalls = server.calls('GET /v4/accounts/:a/locations/:l/reviews').filter((c) => c.path.includes(LOC_HZ));
		expect(hzCalls.map((c) => c.query.pageToken ?? null)).toEqual([null, '50']);
		expect(hzCalls[0].query.orderBy).toBe('updateTime desc');
		const sh1 = r.json.find((j) => j.sourceId === 'sh1') as any;
		expect(sh1).toMatchObject({
			id: 'google:sh1',
			source: 'google',
			channel: 'review',
			location: { id: LOC_SH, name: 'Harbour Hotel Shanghai Bund' },
			scores: { rating: { value: 2, scale: 5 }, normalised: 40 },
			meta: { event: 'new', changes: [], reply: { state: 'none' }, ids: { resourceName: `${ACCOUNT}/locations/${LOC_SH}/reviews/sh1` } },
		});
		expect(sh1.customer).toBeUndefined(); // no reviewer name unless asked
		const sh2 = r.json.find((j) => j.sourceId === 'sh2') as any;
		expect(sh2.meta.reply).toMatchObject({ state: 'replied', text: '感谢您的好评！' });
		// Emitted oldest first.
		const times = r.json.map((j) => Date.parse((j as any).meta.updatedAt));
		expect([...times].sort((a, b) => a - b)).toEqual(times);
	});

	it('a second poll with nothing new emits nothing and reads only the first page', async () => {
		const staticData = {};
		await runPoll({ type: 'cxReviewTrigger', parameters: params() }, { credentials, staticData });
		const before = server.requests.length;
		const r = await runPoll({ type: 'cxReviewTrigger', parameters: params() }, { credentials, staticData });
		expect(r.result).toBeNull();
		const calls = server.requests.slice(before).filter((c) => c.path.endsWith('/reviews'));
		expect(calls).toHaveLength(2); // one page per location: the rest is older than the cursor
	});

	it('emits an edited review once, as an edit, with what changed', async () => {
		const staticData = {};
		await runPoll({ type: 'cxReviewTrigger', parameters: params() }, { credentials, staticData });
		const r1 = server.db[LOC_SH].find((r) => r.reviewId === 'sh1')!;
		r1.comment = 'Update: the manager moved us to a clean room. Still, the first room was dirty.';
		r1.starRating = 'THREE';
		r1.updateTime = iso(0);
		server.db[LOC_HZ].push(makeReview(LOC_HZ, 'hzNew', 'FIVE', 'Great stay', iso(0)));
		const r = await runPoll({ type: 'cxReviewTrigger', parameters: params() }, { credentials, staticData });
		expect(r.json.map((j) => [j.sourceId, (j as any).meta.event, (j as any).meta.changes])).toEqual(
			expect.arrayContaining([
				['sh1', 'edited', ['text', 'rating']],
				['hzNew', 'new', []],
			]),
		);
		expect(r.json).toHaveLength(2);
		const again = await runPoll({ type: 'cxReviewTrigger', parameters: params() }, { credentials, staticData });
		expect(again.result).toBeNull();
	});

	it('reply changes are emitted only when asked for', async () => {
		const staticData = {};
		await runPoll({ type: 'cxReviewTrigger', parameters: params() }, { credentials, staticData });
		const r1 = server.db[LOC_SH].find((r) => r.reviewId === 'sh1')!;
		r1.reviewReply = { comment: 'We are sorry …', updateTime: iso(0) };
		const snapshot = JSON.parse(JSON.stringify(staticData));
		const quiet = await runPoll({ type: 'cxReviewTrigger', parameters: params() }, { credentials, staticData });
		expect(quiet.result).toBeNull();
		const loud = await runPoll(
			{ type: 'cxReviewTrigger', parameters: params({ emitOn: ['new', 'edited', 'reply'] }) },
			{ credentials, staticData: snapshot },
		);
		expect(loud.json.map((j) => [j.sourceId, (j as any).meta.changes])).toEqual([['sh1', ['reply']]]);
	});

	it('a failed poll leaves the cursor as it was; the repeated window emits every review exactly once', async () => {
		const staticData = {};
		await runPoll({ type: 'cxReviewTrigger', parameters: params() }, { credentials, staticData });
		server.db[LOC_SH].push(makeReview(LOC_SH, 'sh9', 'ONE', 'Dirty towels', iso(0)));
		server.db[LOC_HZ].push(makeReview(LOC_HZ, 'hz99', 'FIVE', 'Perfect', iso(0)));
		const committed = JSON.stringify(staticData);
		server.throttle.count = 99; // every review call fails: the poll fails
		server.throttle.retryAfter = '120'; // longer than we wait: fail fast with a clear message
		await expect(runPoll({ type: 'cxReviewTrigger', parameters: params() }, { credentials, staticData })).rejects.toThrow(/429|rate limited/i);
		expect(JSON.stringify(staticData)).toBe(committed);
		server.throttle.count = 0;
		const r = await runPoll({ type: 'cxReviewTrigger', parameters: params() }, { credentials, staticData });
		expect(r.json.map((j) => j.sourceId).sort()).toEqual(['hz99', 'sh9']);
		const again = await runPoll({ type: 'cxReviewTrigger', parameters: params() }, { credentials, staticData });
		expect(again.result).toBeNull();
	});

	it('n8n replaying an uncommitted window (same state, same data) emits the same records, with the same ids', async () => {
		const staticData = {};
		await runPoll({ type: 'cxReviewTrigger', parameters: params() }, { credentials, staticData });
		server.db[LOC_SH].push(makeReview(LOC_SH, 'sh10', 'FOUR', 'Good', iso(0)));
		const staged = JSON.parse(JSON.stringify(staticData));
		const first = await runPoll({ type: 'cxReviewTrigger', parameters: params() }, { credentials, staticData: JSON.parse(JSON.stringify(staged)) });
		const replay = await runPoll({ type: 'cxReviewTrigger', parameters: params() }, { credentials, staticData: staged });
		expect(replay.json.map((j) => j.id)).toEqual(first.json.map((j) => j.id));
		expect(replay.json.map((j) => j.id)).toEqual(['google:sh10']);
	});

	it('waits for Retry-After on 429 and carries on', async () => {
		server.throttle.count = 1;
		server.throttle.retryAfter = '1';
		const r = await runPoll({ type: 'cxReviewTrigger', parameters: params({ locationScope: 'selected', locations: [LOC_SH] }) }, { credentials, staticData: {} });
		expect(r.json.map((j) => j.sourceId).sort()).toEqual(['sh1', 'sh2', 'sh3']);
		const calls = server.calls('GET /v4/accounts/:a/locations/:l/reviews');
		expect(calls).toHaveLength(2); // the 429, then the retry
	});

	it('stops reading further locations when n8n\'s poll budget runs out; the next poll picks them up', async () => {
		const staticData = {};
		const first = await runPoll({ type: 'cxReviewTrigger', parameters: params() }, { credentials, staticData, pollBudgetMs: 0 });
		const locs = new Set(first.json.map((j) => (j as any).location.id));
		expect(locs.size).toBe(1);
		const second = await runPoll({ type: 'cxReviewTrigger', parameters: params() }, { credentials, staticData });
		expect(second.json.length + first.json.length).toBe(63);
		expect(new Set(second.json.map((j) => (j as any).location.id)).has([...locs][0])).toBe(false);
	});

	it('"Fetch test event" returns one sample and does not touch the cursor', async () => {
		const staticData = {};
		const r = await runPoll({ type: 'cxReviewTrigger', parameters: params() }, { credentials, staticData, mode: 'manual' });
		expect(r.json).toHaveLength(1);
		expect((r.json[0] as any).meta.event).toBe('sample');
		expect(staticData).toEqual({});
	});

	it('keeps memory bounded and still emits nothing twice', async () => {
		const staticData: any = {};
		const p = params({ options: { maxEntries: 10 } });
		const first = await runPoll({ type: 'cxReviewTrigger', parameters: p }, { credentials, staticData });
		expect(first.json).toHaveLength(63);
		expect(Object.keys(staticData['node:Trigger'].reviewCursor.seen)).toHaveLength(10);
		expect(JSON.stringify(staticData).length).toBeLessThan(2000);
		expect((await runPoll({ type: 'cxReviewTrigger', parameters: p }, { credentials, staticData })).result).toBeNull();
		// An evicted (old) review that is edited now comes back, as an edit.
		const oldest = server.db[LOC_HZ].find((r) => r.reviewId === 'hz59')!;
		expect(staticData['node:Trigger'].reviewCursor.seen['google:hz59']).toBeUndefined();
		oldest.comment = 'Edited: the lake view made up for the noise.';
		oldest.updateTime = iso(0);
		const r = await runPoll({ type: 'cxReviewTrigger', parameters: p }, { credentials, staticData });
		expect(r.json.map((j) => [j.sourceId, (j as any).meta.event])).toEqual([['hz59', 'edited']]);
	});

	it('runs inside a workflow in the editor (manual) through the in-process n8n', async () => {
		const wf = {
			nodes: [
				{ id: 't', name: 'Reviews', type: 'n8n-nodes-cxloop.cxReviewTrigger', typeVersion: 1, position: [0, 0] as [number, number], parameters: params(), credentials: { cxGoogleBusinessProfileOAuth2Api: { id: '1', name: 'g' } } },
			],
			connections: {},
		};
		const r = await runWorkflow(wf, { credentials, mode: 'manual', startNode: 'Reviews' });
		expect(r.json('Reviews')).toHaveLength(1);
		expect(r.json('Reviews')[0]).toMatchObject({ source: 'google', channel: 'review' });
	});

	it('includes the reviewer name only when asked', async () => {
		const r = await runPoll(
			{ type: 'cxReviewTrigger', parameters: params({ locationScope: 'selected', locations: [LOC_SH], options: { includeReviewer: true } }) },
			{ credentials, staticData: {} },
		);
		expect((r.json.find((j) => j.sourceId === 'sh1') as any).customer).toEqual({ name: 'Guest sh1' });
	});
});

describe('CX Review Trigger (Booking.com, Trustpilot)', () => {
	it('Booking.com: asks for reviews since the last poll minus the overlap, emits an edit once', async () => {
		const { startMockServer } = await import('../harness/mockServer');
		const reviews: any[] = [
			{ review_id: 'b1', created_timestamp: iso(DAY), last_change_timestamp: iso(DAY), scoring: { review_score: 9 }, content: { positive: 'Great', language_code: 'en' } },
			{ review_id: 'b2', created_timestamp: iso(2 * DAY), scoring: { review_score: 4 }, content: { negative: 'Dirty room', language_code: 'en' } },
		];
		const server = await startMockServer({ 'GET /properties/:p/reviews': () => ({ body: { data: { reviews } } }) });
		try {
			const credentials = { cxBookingReviewApi: { username: 'u', password: 'p', baseUrl: server.url } };
			const p = { platform: 'booking', locationIds: '1234567, 7654321', emitOn: ['new', 'edited'], backfillDays: 3, options: { overlapMinutes: 10 } };
			const staticData = {};
			const first = await runPoll({ type: 'cxReviewTrigger', parameters: p }, { credentials, staticData });
			// Two properties: the same review ids at both (this mock answers alike), deduplicated by platform id.
			expect(first.json.map((j) => j.sourceId).sort()).toEqual(['b1', 'b2']);
			expect(server.requests.map((r) => r.path).sort()).toEqual(['/properties/1234567/reviews', '/properties/7654321/reviews']);
			const since0 = Date.parse(server.requests[0].query.since);
			expect(Math.abs(since0 - (Date.now() - 3 * DAY))).toBeLessThan(60_000);
			reviews[0] = { ...reviews[0], last_change_timestamp: iso(0), scoring: { review_score: 6 } };
			const second = await runPoll({ type: 'cxReviewTrigger', parameters: p }, { credentials, staticData });
			expect(second.json.map((j) => [j.sourceId, (j as any).meta.event, (j as any).meta.changes])).toEqual([['b1', 'edited', ['rating']]]);
			const since2 = Date.parse(server.requests[server.requests.length - 1].query.since);
			expect(Date.now() - since2).toBeGreaterThanOrEqual(10 * 60_000 - 1000);
			expect(Date.now() - since2).toBeLessThan(11 * 60_000);
			expect((await runPoll({ type: 'cxReviewTrigger', parameters: p }, { credentials, staticData })).result).toBeNull();
		} finally {
			await server.close();
		}
	});

	it('"Skip That Location" emits the others and reads the failed one again next time', async () => {
		const { startMockServer } = await import('../harness/mockServer');
		let failing = true;
		const server = await startMockServer({
			'GET /v1/business-units/:id/reviews': (req) =>
				req.path.includes('bad') && failing
					? { status: 500, body: { message: 'boom' } }
					: { body: { reviews: [{ id: `${req.path.split('/')[3]}-r1`, stars: 2, text: 'meh', createdAt: iso(DAY), updatedAt: iso(DAY) }] } },
		});
		try {
			const credentials = { cxTrustpilotApi: { apiKey: 'k', baseUrl: server.url } };
			const p = { platform: 'trustpilot', locationIds: 'good,bad', emitOn: ['new'], backfillDays: 7, options: { onLocationError: 'skip' } };
			const staticData = {};
			const r1 = await runPoll({ type: 'cxReviewTrigger', parameters: p }, { credentials, staticData });
			expect(r1.json.map((j) => j.sourceId)).toEqual(['good-r1']);
			failing = false;
			const r2 = await runPoll({ type: 'cxReviewTrigger', parameters: p }, { credentials, staticData });
			expect(r2.json.map((j) => j.sourceId)).toEqual(['bad-r1']);
		} finally {
			await server.close();
		}
	});
});
