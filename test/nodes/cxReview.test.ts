/**
 * CX Review through the in-process n8n against local vendor servers: list (all pages, filters),
 * get, reply / update / delete reply, rating summary, imports of OTA exports with per-row errors and
 * cross-import duplicates, and reply drafting (templates and an OpenAI-compatible LLM).
 */
import { chain, memoryDeduplicator, runWorkflow } from '../harness/n8n';
import { startMockServer, type MockServer } from '../harness/mockServer';
import { ACCOUNT, LOC_HZ, LOC_SH, fixture, makeReview, startGoogleServer, type GoogleServer } from '../fixtures/reviews/googleServer';
import { readExport } from '../engine/reviews/csv';

const DAY = 86_400_000;
const iso = (msAgo: number) => new Date(Date.now() - msAgo).toISOString();

describe('CX Review — Google Business Profile', () => {
	let server: GoogleServer;
	let credentials: Record<string, any>;
	beforeEach(async () => {
		server = await startGoogleServer({
			[LOC_SH]: [
				makeReview(LOC_SH, 'sh1', 'TWO', 'The room was not clean.', iso(2 * DAY)),
				makeReview(LOC_SH, 'sh2', 'FIVE', 'Lovely', iso(3 * DAY), { reviewReply: { comment: 'Thanks!', updateTime: iso(DAY) } }),
			],
			[LOC_HZ]: Array.from({ length: 55 }, (_, k) => makeReview(LOC_HZ, `hz${k}`, k < 5 ? 'ONE' : 'FOUR', 'ok', iso(k * 3_600_000))),
		});
		credentials = { cxGoogleBusinessProfileOAuth2Api: { apiBaseUrl: server.url } };
	});
	afterEach(async () => server.close());

	const step = (parameters: Record<string, any>, extra: Record<string, unknown> = {}) =>
		chain({ type: 'cxReview', parameters, credentials: { cxGoogleBusinessProfileOAuth2Api: { id: '1', name: 'g' } }, ...extra });

	it('Get Many reads every page of every location (Return All)', async () => {
		const r = await runWorkflow(step({ operation: 'getMany', platform: 'google', account: ACCOUNT, locationScope: 'all', returnAll: true }), { credentials });
		const out = r.json('Step 1');
		expect(out).toHaveLength(57);
		expect(server.calls('GET /v4/accounts/:a/locations/:l/reviews').map((c) => c.query.pageToken ?? null)).toEqual([null, null, '50']);
		expect(r.items('Step 1')[0].pairedItem).toEqual({ item: 0 });
		expect(out[0]).toMatchObject({ source: 'google', location: { id: LOC_SH, name: 'Harbour Hotel Shanghai Bund' } });
	});

	it('Get Many honours the limit and filters (low ratings without reply)', async () => {
		const r = await runWorkflow(
			step({ operation: 'getMany', platform: 'google', account: ACCOUNT, locationScope: 'all', returnAll: false, limit: 4, filters: { maxScore: 40, unrepliedOnly: true } }),
			{ credentials },
		);
		expect(r.json('Step 1').map((j) => j.sourceId)).toEqual(['sh1', 'hz0', 'hz1', 'hz2']);
	});

	it('Get one review by its full name', async () => {
		const r = await runWorkflow(step({ operation: 'get', platform: 'google', reviewId: `${ACCOUNT}/locations/${LOC_SH}/reviews/sh2` }), { credentials });
		expect(r.json('Step 1')[0]).toMatchObject({ sourceId: 'sh2', meta: { reply: { state: 'replied', text: 'Thanks!' } } });
	});

	it('reply, update reply and delete reply map the Feedback record by default', async () => {
		const feedback = { sourceId: 'sh1', meta: { ids: { resourceName: `${ACCOUNT}/locations/${LOC_SH}/reviews/sh1` } }, draft: { text: 'We are sorry …' } };
		const wf = step({ operation: 'reply', platform: 'google', reviewId: '={{ $json.meta?.ids?.resourceName ?? $json.sourceId }}', text: '={{ $json.draft?.text }}' });
		const r = await runWorkflow(wf, { credentials, input: [feedback] });
		expect(server.calls('PUT /v4/accounts/:a/locations/:l/reviews/:r/reply')[0].body).toEqual({ comment: 'We are sorry …' });
		expect(r.json('Step 1')[0]).toMatchObject({ platform: 'google', reply: { state: 'replied', text: 'We are sorry …', at: '2026-11-23T10:00:00Z' } });
		await runWorkflow(step({ operation: 'updateReply', platform: 'google', reviewId: feedback.meta.ids.resourceName, text: 'Updated' }), { credentials });
		expect(server.db[LOC_SH][0].reviewReply.comment).toBe('Updated');
		const d = await runWorkflow(step({ operation: 'deleteReply', platform: 'google', reviewId: feedback.meta.ids.resourceName }), { credentials });
		expect(d.json('Step 1')[0]).toMatchObject({ deleted: true, reply: { state: 'none' } });
		expect(server.db[LOC_SH][0].reviewReply).toBeUndefined();
	});

	it('a bad item fails alone with Continue On Fail (naming the item), the others are posted', async () => {
		const r = await runWorkflow(step({ operation: 'reply', platform: 'google', reviewId: '={{ $json.id }}', text: 'Thanks' }, { continueOnFail: true }), {
			credentials,
			input: [{ id: 'sh1' }, { id: `${ACCOUNT}/locations/${LOC_SH}/reviews/sh2` }, { id: `${ACCOUNT}/locations/${LOC_SH}/reviews/missing` }],
		});
		const out = r.items('Step 1');
		expect(out[0].json.error).toMatch(/Item 0: Google needs the full review name/);
		expect(out[1].json).toMatchObject({ reviewId: `${ACCOUNT}/locations/${LOC_SH}/reviews/sh2` });
		expect(out[2].json.error).toMatch(/404/);
		expect(out.map((o) => o.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
	});

	it('rating summary per location from the platform, with Google’s own figures', async () => {
		const r = await runWorkflow(step({ operation: 'ratingSummary', platform: 'google', account: ACCOUNT, locationScope: 'all', groupBy: 'location' }), { credentials });
		const out = r.json('Step 1');
		expect(out).toHaveLength(2);
		expect(out.find((s) => s.locationId === LOC_HZ)).toMatchObject({ count: 55, rated: 55, negative: 5, platformTotal: 55, platformAverage: 3.7, locationName: 'Harbour Hotel Hangzhou West Lake' });
		expect(out.find((s) => s.locationId === LOC_SH)).toMatchObject({ count: 2, average: 3.5, replied: 1, replyRate: 0.5 });
	});
});

describe('CX Review — Trustpilot, Booking.com, Expedia, Tripadvisor', () => {
	let server: MockServer;
	afterEach(async () => server?.close());

	it('Trustpilot: list (pages until a short page) and reply with the API key and token', async () => {
		const page = fixture('trustpilot/reviews.json');
		server = await startMockServer({
			'GET /v1/business-units/:id/reviews': (req) => ({ body: req.query.page === '1' ? { ...page, reviews: Array.from({ length: 100 }, (_, k) => ({ ...page.reviews[k % 2], id: `tp${k}` })) } : page }),
			'POST /v1/private/reviews/:id/reply': (req) => ({ status: 201, body: { reply: { message: req.body.message, createdAt: '2026-11-23T10:00:00Z' } } }),
		});
		const credentials = { cxTrustpilotApi: { apiKey: 'KEY', accessToken: 'TOKEN', businessUserId: 'bu-user', baseUrl: server.url } };
		const creds = { cxTrustpilotApi: { id: '1', name: 't' } };
		const list = await runWorkflow(chain({ type: 'cxReview', parameters: { operation: 'getMany', platform: 'trustpilot', locationIds: 'bu1', returnAll: true }, credentials: creds }), { credentials });
		expect(list.json('Step 1')).toHaveLength(102);
		const calls = server.calls('GET /v1/business-units/:id/reviews');
		expect(calls.map((c) => c.query.page)).toEqual(['1', '2']);
		expect(calls[0].headers.apikey).toBe('KEY');
		expect(calls[0].headers.authorization).toBe('Bearer TOKEN');
		await runWorkflow(chain({ type: 'cxReview', parameters: { operation: 'reply', platform: 'trustpilot', reviewId: 'tp1', text: 'Thank you' }, credentials: creds }), { credentials });
		expect(server.calls('POST /v1/private/reviews/:id/reply')[0].body).toEqual({ message: 'Thank you', authorBusinessUserId: 'bu-user' });
	});

	it('Booking.com: cursor pages, Basic auth, reply by property and review', async () => {
		const list = fixture('booking/reviews.json');
		server = await startMockServer({
			'GET /properties/:p/reviews': (req) =>
				req.query.page_token === 'p2' ? { body: { data: { reviews: [list.data.reviews[1]] }, meta: {} } } : { body: { data: { reviews: [list.data.reviews[0]] }, meta: { next_page: 'p2' } } },
			'POST /properties/:p/reviews/:r/reply': { body: { data: { success: true } } },
		});
		const credentials = { cxBookingReviewApi: { username: 'machine', password: 'secret', baseUrl: server.url } };
		const creds = { cxBookingReviewApi: { id: '1', name: 'b' } };
		const r = await runWorkflow(chain({ type: 'cxReview', parameters: { operation: 'getMany', platform: 'booking', locationIds: '1234567', returnAll: true }, credentials: creds }), { credentials });
		expect(r.json('Step 1').map((j) => j.sourceId)).toEqual(['r-77881234', 'r-77881240']);
		expect(server.requests[0].headers.authorization).toBe(`Basic ${Buffer.from('machine:secret').toString('base64')}`);
		await runWorkflow(
			chain({ type: 'cxReview', parameters: { operation: 'reply', platform: 'booking', reviewId: 'r-77881234', propertyId: '1234567', text: 'Grazie' }, credentials: creds }),
			{ credentials },
		);
		expect(server.calls('POST /properties/:p/reviews/:r/reply')[0]).toMatchObject({ path: '/properties/1234567/reviews/r-77881234/reply', body: { reply: 'Grazie' } });
	});

	it('Expedia: signed request; Tripadvisor: key in the query, offset pages', async () => {
		server = await startMockServer({
			'GET /properties/:p/guest-reviews': { body: fixture('expedia/guest-reviews.json') },
			'GET /location/:id/reviews': (req) => {
				const one = fixture('tripadvisor/reviews.json').data[0];
				const offset = Number(req.query.offset ?? 0);
				const n = offset === 0 ? 5 : 2;
				return { body: { data: Array.from({ length: n }, (_, k) => ({ ...one, id: String(offset + k) })) } };
			},
		});
		const credentials = {
			cxExpediaRapidApi: { apiKey: 'ek', sharedSecret: 'es', baseUrl: server.url },
			cxTripadvisorContentApi: { apiKey: 'tk', baseUrl: server.url },
		};
		const ex = await runWorkflow(
			chain({ type: 'cxReview', parameters: { operation: 'getMany', platform: 'expedia', locationIds: '1234', returnAll: true }, credentials: { cxExpediaRapidApi: { id: '1', name: 'e' } } }),
			{ credentials },
		);
		expect(ex.json('Step 1')).toHaveLength(2);
		expect(String(server.calls('GET /properties/:p/guest-reviews')[0].headers.authorization)).toMatch(/^EAN APIKey=ek,Signature=[0-9a-f]{128},timestamp=\d+$/);
		const ta = await runWorkflow(
			chain({ type: 'cxReview', parameters: { operation: 'getMany', platform: 'tripadvisor', locationIds: '188151', returnAll: true }, credentials: { cxTripadvisorContentApi: { id: '1', name: 't' } } }),
			{ credentials },
		);
		expect(ta.json('Step 1')).toHaveLength(7);
		const taCalls = server.calls('GET /location/:id/reviews');
		expect(taCalls.map((c) => [c.query.key, c.query.offset ?? '0'])).toEqual([
			['tk', '0'],
			['tk', '5'],
		]);
	});
});

describe('CX Review — import of OTA exports', () => {
	beforeEach(() => memoryDeduplicator.reset());
	const importStep = (parameters: Record<string, unknown> = {}) => chain({ type: 'cxReview', parameters: { operation: 'import', preset: 'ctrip', ...parameters } });

	it('imports good rows, reports bad rows by row number, and skips them on the next import', async () => {
		const rows = readExport('ctrip-ebooking-export.csv');
		const r = await runWorkflow(importStep(), { input: rows, workflowId: 'imp' });
		const out = r.items('Step 1');
		const good = out.filter((o) => !o.json.error);
		const bad = out.filter((o) => o.json.error);
		expect(good.map((o) => o.json.id)).toEqual(['ctrip:1288430175', 'ctrip:1288431102', 'ctrip:1288433569']);
		expect(good.map((o) => (o.json.meta as any).importRow)).toEqual([2, 3, 4]);
		expect(bad.map((o) => [o.json.row, o.pairedItem])).toEqual([
			[5, { item: 3 }],
			[6, { item: 4 }],
		]);
		expect(bad[0].json.error).toMatch(/^Row 5: 总评分/);
		// A later, overlapping export: only the new review comes through.
		const next = [...rows.slice(1, 3), { ...rows[0], 点评ID: '1288439999', 点评内容: '新的点评' }];
		const r2 = await runWorkflow(importStep(), { input: next, workflowId: 'imp' });
		expect(r2.json('Step 1').map((j) => j.id)).toEqual(['ctrip:1288439999']);
		const r3 = await runWorkflow(importStep({ duplicates: 'mark' }), { input: rows.slice(0, 1), workflowId: 'imp' });
		expect((r3.json('Step 1')[0].meta as any).duplicate).toBe(true);
	});

	it('"Stop the Workflow" fails on the first bad row, naming it', async () => {
		const r = await runWorkflow(importStep({ preset: 'fliggy', onBadRow: 'fail' }), { input: readExport('fliggy-export.csv'), workflowId: 'imp2' }).catch((e) => e);
		const err = r.error ? r.error('Step 1') : r;
		expect(String(err?.message)).toMatch(/^Row 3: 评分: 9 is outside the 0–5 scale/);
	});

	it('a JSONata mapping imports any other layout', async () => {
		const r = await runWorkflow(
			importStep({ preset: 'custom', mapping: '{"platform": "tongcheng", "reviewId": `编号`, "hotelName": `酒店`, "createdAt": `时间`, "rating": `分数`, "text": `内容`}' }),
			{ input: [{ 编号: 'T1', 酒店: '港湾酒店', 时间: '2026-11-20 10:00', 分数: '4', 内容: '不错' }, { 编号: 'T2', 酒店: '港湾酒店', 时间: 'yesterday', 分数: '4', 内容: 'x' }], workflowId: 'imp3' },
		);
		const out = r.json('Step 1');
		expect(out[0]).toMatchObject({ id: 'tongcheng:T1', occurredAt: '2026-11-20T10:00:00+08:00', scores: { rating: { value: 4, scale: 5 } } });
		expect(out[1].error).toMatch(/^Row 3: createdAt/);
	});

	it('rating summary from imported Feedback items', async () => {
		const wf = chain(
			{ type: 'cxReview', parameters: { operation: 'import', preset: 'ctrip', duplicates: 'keep', onBadRow: 'skip' } },
			{ type: 'cxReview', parameters: { operation: 'ratingSummary', platform: 'input', groupBy: 'location' } },
		);
		const r = await runWorkflow(wf, { input: readExport('ctrip-ebooking-export.csv'), workflowId: 'imp4' });
		expect(r.json('Step 2')).toEqual([
			expect.objectContaining({ platform: 'ctrip', locationId: '2561873', count: 3, average: 3.77, replied: 1, negative: 1 }),
		]);
		expect(r.items('Step 2')[0].pairedItem).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
	});
});

describe('CX Review — draft reply', () => {
	const draftStep = (parameters: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) =>
		chain(
			{ type: 'cxReview', parameters: { operation: 'import', preset: 'ctrip', duplicates: 'keep', onBadRow: 'skip' } },
			{ type: 'cxReview', parameters: { operation: 'draftReply', manager: '王芳', managerTitle: '总经理', ...parameters }, ...extra },
		);

	it('drafts in the review’s language, skips reviews already replied', async () => {
		const r = await runWorkflow(draftStep(), { input: readExport('ctrip-ebooking-export.csv') });
		const [replied, complaint, english] = r.json('Step 2') as any[];
		expect(replied.draft).toEqual({ skipped: true, reason: 'the review already has a reply' });
		expect(complaint.draft).toMatchObject({ language: 'zh', sentiment: 'negative', engine: 'templates', limit: 1000 });
		expect(complaint.meta.reply).toEqual({ state: 'draft', text: complaint.draft.text });
		expect(complaint.draft.text).toContain('港湾酒店(上海外滩店)');
		expect(english.draft.language).toBe('en');
		expect(english.draft.text).toMatch(/^Dear guest,/);
	});

	it('LLM engine: uses the model’s reply, falls back to the template when it offers compensation', async () => {
		let answer = '感谢您的反馈，对于房间异味和隔音问题我们深表歉意。';
		const llm = await startMockServer({ 'POST /v1/chat/completions': () => ({ body: { choices: [{ message: { role: 'assistant', content: answer } }] } }) });
		try {
			const credentials = { cxOpenAiCompatibleApi: { apiKey: 'sk-test', baseUrl: `${llm.url}/v1`, model: 'gpt-4o-mini' } };
			const wf = draftStep({ engine: 'llm', draftOptions: { model: 'qwen2.5-7b-instruct', tone: 'formal and courteous' } }, { credentials: { cxOpenAiCompatibleApi: { id: '1', name: 'llm' } } });
			const r = await runWorkflow(wf, { input: readExport('ctrip-ebooking-export.csv').slice(1, 2), credentials });
			expect((r.json('Step 2')[0] as any).draft).toMatchObject({ engine: 'llm', text: answer });
			const req = llm.calls('POST /v1/chat/completions')[0];
			expect(req.body.model).toBe('qwen2.5-7b-instruct');
			expect(req.body.messages[0].content).toMatch(/Do not offer or mention any refund/);
			answer = '非常抱歉，我们将为您办理退款并赠送优惠券。';
			const r2 = await runWorkflow(wf, { input: readExport('ctrip-ebooking-export.csv').slice(1, 2), credentials });
			const d = (r2.json('Step 2')[0] as any).draft;
			expect(d.engine).toBe('templates');
			expect(d.warnings.join(' ')).toMatch(/LLM draft rejected \(the model mentioned compensation/);
		} finally {
			await llm.close();
		}
	});

	it('names the item when the input is not a Feedback record', async () => {
		const r = await runWorkflow(chain({ type: 'cxReview', parameters: { operation: 'draftReply' }, continueOnFail: true }), { input: [{ foo: 1 }] });
		expect(r.json('Step 1')[0].error).toMatch(/Item 0: not a Feedback record/);
	});
});

describe('CX Review — import → draft in one workflow', () => {
	it('bad-row error items pass Draft Reply untouched', async () => {
		memoryDeduplicator.reset();
		const r = await runWorkflow(
			chain({ type: 'cxReview', parameters: { operation: 'import', preset: 'ctrip' } }, { type: 'cxReview', parameters: { operation: 'draftReply' } }),
			{ input: readExport('ctrip-ebooking-export.csv'), workflowId: 'imp-draft' },
		);
		const out = r.json('Step 2') as any[];
		expect(out).toHaveLength(5);
		expect(out.filter((o) => o.error).map((o) => o.row)).toEqual([5, 6]);
		expect(out.filter((o) => o.draft && !o.draft.skipped)).toHaveLength(2);
	});
});

describe('CX Review — reply after Draft Reply', () => {
	it('passes over reviews Draft Reply skipped (already replied) instead of posting anything', async () => {
		const r = await runWorkflow(
			chain({ type: 'cxReview', parameters: { operation: 'reply', platform: 'google' }, credentials: { cxGoogleBusinessProfileOAuth2Api: { id: '1', name: 'g' } } }),
			{ input: [{ sourceId: 'x', meta: { ids: { resourceName: 'accounts/1/locations/2/reviews/x' }, reply: { state: 'replied', text: 'old' } }, draft: { skipped: true, reason: 'the review already has a reply' } }], credentials: { cxGoogleBusinessProfileOAuth2Api: { apiBaseUrl: 'http://127.0.0.1:9' } } },
		);
		expect(r.json('Step 1')).toEqual([{ platform: 'google', reviewId: 'accounts/1/locations/2/reviews/x', operation: 'reply', skipped: true, reason: 'the review already has a reply' }]);
	});
});
