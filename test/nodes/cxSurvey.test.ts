/**
 * CX Survey through the in-process n8n: complete pagination on every platform (≥ 3 pages), the
 * Qualtrics export flow, 429 + Retry-After, invitations, errors and Continue On Fail.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IDataObject } from 'n8n-workflow';
import { chain, runWorkflow } from '../harness/n8n';
import { startMockServer, type MockServer } from '../harness/mockServer';
import { performRequest } from '../harness/webhookContext';
import { listSearch } from '../../nodes/CxSurvey/v1/methods';

const FIX = join(__dirname, '..', 'fixtures', 'surveys');
const fx = (name: string) => JSON.parse(readFileSync(join(FIX, name), 'utf8'));
const rl = (value: string) => ({ __rl: true, mode: 'id', value });

let server: MockServer | undefined;
afterEach(async () => {
	await server?.close();
	server = undefined;
});

const CRED: Record<string, string> = {
	typeform: 'cxTypeformApi',
	surveymonkey: 'cxSurveyMonkeyApi',
	qualtrics: 'cxQualtricsApi',
	formbricks: 'cxFormbricksApi',
	limesurvey: 'cxLimeSurveyApi',
};
const nodeCredentials = (platform: unknown) => ({ [CRED[String(platform)]]: { id: '1', name: `${String(platform)} test` } });
const survey = (parameters: IDataObject, name = 'S') => chain({ type: 'cxSurvey', name, parameters, credentials: nodeCredentials(parameters.platform) });

describe('Typeform', () => {
	/** 2,100 responses, newest first, served 1,000 at a time behind the `before` cursor. */
	function typeformItems(n: number): IDataObject[] {
		const base = fx('typeform-responses-item.json');
		return Array.from({ length: n }, (_, i) => ({
			...base,
			token: `tok${String(n - i).padStart(5, '0')}`,
			response_id: `tok${String(n - i).padStart(5, '0')}`,
			submitted_at: new Date(Date.parse('2026-11-20T08:15:42Z') - i * 60_000).toISOString().replace(/\.000Z$/, 'Z'),
		}));
	}

	it('reads every page with the `before` cursor after waiting out a 429', async () => {
		const items = typeformItems(2100);
		server = await startMockServer({
			'GET /forms/:id': { body: fx('typeform-form.json') },
			'GET /forms/:id/responses': (req, nth) => {
				if (nth === 0) return { status: 429, headers: { 'retry-after': '1' }, body: { code: 'TOO_MANY_REQUESTS' } };
				const size = Number(req.query.page_size);
				const start = req.query.before ? items.findIndex((x) => x.token === req.query.before) + 1 : 0;
				return { body: { total_items: items.length, page_count: Math.ceil(items.length / size), items: items.slice(start, start + size) } };
			},
		});
		const r = await runWorkflow(survey({ platform: 'typeform', operation: 'getManyResponses', survey: rl('lT4Z3j'), returnAll: true }), {
			credentials: { cxTypeformApi: { accessToken: 'tfp', baseUrl: server.url } },
		});
		const calls = server.calls('GET /forms/:id/responses');
		expect(calls).toHaveLength(4); // 429, then 3 pages
		expect(calls.map((c) => c.query.before)).toEqual([undefined, undefined, 'tok01101', 'tok00101']);
		expect(calls[1].query).toMatchObject({ page_size: '1000', completed: 'true' });
		expect(calls[1].headers.authorization).toBe('Bearer tfp');
		const out = r.json('S');
		expect(out).toHaveLength(2100);
		expect(new Set(out.map((f) => f.id)).size).toBe(2100);
		expect(out[0]).toMatchObject({ id: 'typeform:tok02100', scores: { nps: 3, csat: 2 }, location: { id: 'SH-PUDONG' } });
		expect((out[0].answers as IDataObject[])[0]).toMatchObject({ question: 'How likely are you to recommend us to a friend?' });
		expect(r.items('S')[2099].pairedItem).toEqual({ item: 0 });
	});

	it('honours a limit and the date filters; a personalised link is the Typeform "invitation"', async () => {
		const items = typeformItems(30);
		server = await startMockServer({
			'GET /forms/:id': { body: fx('typeform-form.json') },
			'GET /forms/:id/responses': (req) => ({ body: { total_items: 30, page_count: 1, items: items.slice(0, Number(req.query.page_size)) } }),
		});
		const r = await runWorkflow(
			survey({ platform: 'typeform', operation: 'getManyResponses', survey: rl('lT4Z3j'), returnAll: false, limit: 5, filters: { since: '2026-11-01T00:00:00Z', until: '2026-11-21T00:00:00Z' } }),
			{ credentials: { cxTypeformApi: { accessToken: 'tfp', baseUrl: server.url } } },
		);
		expect(r.json('S')).toHaveLength(5);
		expect(server.calls('GET /forms/:id/responses')[0].query).toMatchObject({ page_size: '5', since: '2026-11-01T00:00:00Z', until: '2026-11-21T00:00:00Z' });

		const link = await runWorkflow(
			survey({ platform: 'typeform', operation: 'sendInvitation', survey: rl('lT4Z3j'), contextFields: { field: [{ name: 'booking_id', value: 'BK 1' }, { name: 'property_id', value: 'SH-PUDONG' }] } }),
			{ credentials: { cxTypeformApi: { accessToken: 'tfp', baseUrl: server.url } } },
		);
		expect(link.json('S')[0]).toEqual({ platform: 'typeform', surveyId: 'lT4Z3j', link: 'https://form.typeform.com/to/lT4Z3j#booking_id=BK+1&property_id=SH-PUDONG', sent: false });
	});

	it('gets one response by token (included_response_ids, partial responses too) as Feedback or raw', async () => {
		server = await startMockServer({
			'GET /forms/:id': { body: fx('typeform-form.json') },
			'GET /forms/:id/responses': (req) => ({ body: { total_items: 1, page_count: 1, items: req.query.included_response_ids === 'tok1' ? [{ ...fx('typeform-responses-item.json'), token: 'tok1' }] : [] } }),
		});
		const creds = { cxTypeformApi: { accessToken: 'tfp', baseUrl: server.url } };
		const one = await runWorkflow(survey({ platform: 'typeform', operation: 'getResponse', survey: rl('lT4Z3j'), responseId: 'tok1' }), { credentials: creds });
		expect(one.json('S')[0]).toMatchObject({ id: 'typeform:tok1', scores: { nps: 3 } });
		expect(server.calls('GET /forms/:id/responses')[0].query).toEqual({ page_size: '1', included_response_ids: 'tok1' });
		const raw = await runWorkflow(survey({ platform: 'typeform', operation: 'getResponse', survey: rl('lT4Z3j'), responseId: 'tok1', output: 'raw' }), { credentials: creds });
		expect(raw.json('S')[0]).toMatchObject({ token: 'tok1', hidden: { property_id: 'SH-PUDONG' } });
		const missing = await runWorkflow(survey({ platform: 'typeform', operation: 'getResponse', survey: rl('lT4Z3j'), responseId: 'nope' }), { credentials: creds });
		expect(missing.error('S')?.message).toBe('Item 0: response "nope" was not found in survey "lT4Z3j"');
	});

	it('names the bad response and field, or skips it with Skip Invalid Responses', async () => {
		const good = fx('typeform-responses-item.json');
		const bad = { ...good, token: 'bad1', submitted_at: 'not a date' };
		server = await startMockServer({
			'GET /forms/:id': { body: fx('typeform-form.json') },
			'GET /forms/:id/responses': { body: { total_items: 2, page_count: 1, items: [good, bad] } },
		});
		const creds = { cxTypeformApi: { accessToken: 'tfp', baseUrl: server.url } };
		const params = { platform: 'typeform', operation: 'getManyResponses', survey: rl('lT4Z3j'), returnAll: true };
		const failed = await runWorkflow(survey(params), { credentials: creds });
		expect(failed.error('S')?.message).toBe('Item 0: response #1 (bad1) is not a valid Feedback record — occurredAt: cannot read "not a date" as a date and time');
		const skipped = await runWorkflow(survey({ ...params, options: { skipInvalid: true } }), { credentials: creds });
		expect(skipped.json('S').map((f) => f.id)).toEqual(['typeform:a3a12ec67a1365927098a606107fac15']);
	});

	it('lists forms for the editor dropdown (listSearch)', async () => {
		server = await startMockServer({
			'GET /forms': (req) => ({
				body: { total_items: 3, page_count: 2, items: req.query.page === '1' ? [{ id: 'a', title: 'Stay' }, { id: 'b', title: 'Spa' }] : [{ id: 'c', title: 'F&B' }] },
			}),
		});
		const creds = { accessToken: 'tfp', baseUrl: server.url };
		const ctx: any = {
			getCurrentNodeParameter: () => 'typeform',
			getCredentials: async () => creds,
			getNode: () => ({ name: 'S' }),
			helpers: { httpRequestWithAuthentication: async (_t: string, o: any) => await performRequest({ ...o, headers: { ...o.headers, authorization: 'Bearer tfp' } }) },
		};
		const res = await listSearch.searchSurveys.call(ctx, 'S');
		expect(res.results.map((x) => x.value)).toEqual(['a', 'b', 'c']);
		expect(res.results[0].name).toBe('Stay (a)');
		expect(server.calls('GET /forms')[0].query).toMatchObject({ search: 'S', page: '1' });
	});
});

describe('SurveyMonkey', () => {
	it('follows links.next across 3 pages of /responses/bulk with the survey details', async () => {
		const base = fx('surveymonkey-response-simple.json');
		const all = Array.from({ length: 250 }, (_, i) => ({ ...base, id: String(900000 + i) }));
		server = await startMockServer({
			'GET /v3/surveys/:id/details': { body: fx('surveymonkey-survey-details.json') },
			'GET /v3/surveys/:id/responses/bulk': (req) => {
				const page = Number(req.query.page ?? 1);
				const per = Number(req.query.per_page);
				const data = all.slice((page - 1) * per, page * per);
				const next = page * per < all.length ? `${server!.url}/v3/surveys/315912301/responses/bulk?page=${page + 1}&per_page=${per}` : undefined;
				return { body: { data, per_page: per, page, total: all.length, links: { self: '', ...(next ? { next } : {}) } } };
			},
		});
		const r = await runWorkflow(
			survey({ platform: 'surveymonkey', operation: 'getManyResponses', survey: rl('315912301'), returnAll: true, filters: { since: '2026-11-01T00:00:00Z' } }),
			{ credentials: { cxSurveyMonkeyApi: { accessToken: 'sm', baseUrl: server.url } } },
		);
		const calls = server.calls('GET /v3/surveys/:id/responses/bulk');
		expect(calls.map((c) => c.query.page)).toEqual([undefined, '2', '3']);
		expect(calls[0].query).toMatchObject({ per_page: '100', simple: 'true', start_modified_at: '2026-11-01T00:00:00' });
		const out = r.json('S');
		expect(out).toHaveLength(250);
		expect(out[249]).toMatchObject({ id: 'surveymonkey:900249', scores: { nps: 10 } });
	});

	it('sends an invitation through an e-mail collector (message → recipient → send)', async () => {
		server = await startMockServer({
			'POST /v3/collectors/:id/messages': { status: 201, body: { id: 'M1', status: 'not_sent', type: 'invite' } },
			'POST /v3/collectors/:id/messages/:mid/recipients': (req) => ({ status: 201, body: { id: 'R9', email: req.body.email } }),
			'POST /v3/collectors/:id/messages/:mid/send': { body: { id: 'M1', status: 'sending', scheduled_date: '2026-11-23T12:00:00+00:00' } },
		});
		const r = await runWorkflow(
			survey({ platform: 'surveymonkey', operation: 'sendInvitation', collectorId: 'C77', email: 'guest@example.com', firstName: 'Li', subject: 'How was your stay?', contextFields: { field: [{ name: 'booking_id', value: 'BK-1' }] } }),
			{ credentials: { cxSurveyMonkeyApi: { accessToken: 'sm', baseUrl: server.url } } },
		);
		expect(r.json('S')[0]).toMatchObject({ platform: 'surveymonkey', collectorId: 'C77', messageId: 'M1', recipientId: 'R9', status: 'sending' });
		expect(server.calls('POST /v3/collectors/:id/messages/:mid/recipients')[0].body).toEqual({ email: 'guest@example.com', first_name: 'Li', custom_fields: { booking_id: 'BK-1' } });
		expect(server.calls('POST /v3/collectors/:id/messages')[0].body).toEqual({ type: 'invite', subject: 'How was your stay?' });
	});
});

describe('Qualtrics', () => {
	it('runs the export flow: start → poll until complete → download the uncompressed JSON file', async () => {
		const resp = fx('qualtrics-response.json').result;
		const file = { responses: [resp, { ...resp, responseId: 'R_2' }, { ...resp, responseId: 'R_3', values: { ...resp.values, QID1: 10, QID1_NPS_GROUP: 3 } }] };
		server = await startMockServer({
			'GET /API/v3/surveys/:id': { body: fx('qualtrics-survey.json') },
			'POST /API/v3/surveys/:id/export-responses': { body: { result: { progressId: 'ES_1', percentComplete: 0, status: 'inProgress' }, meta: {} } },
			'GET /API/v3/surveys/:id/export-responses/ES_1': (_r, nth) => ({
				body: { result: nth === 0 ? { fileId: null, percentComplete: 40, status: 'inProgress' } : { fileId: 'F_1', percentComplete: 100, status: 'complete' }, meta: {} },
			}),
			'GET /API/v3/surveys/:id/export-responses/F_1/file': { body: file },
		});
		const r = await runWorkflow(
			survey({ platform: 'qualtrics', operation: 'getManyResponses', survey: rl('SV_0ewrJmZ2ksVkFjE'), returnAll: true, filters: { since: '2026-11-01T00:00:00Z' } }),
			{ credentials: { cxQualtricsApi: { apiToken: 'qt', baseUrl: server.url } } },
		);
		expect(server.calls('POST /API/v3/surveys/:id/export-responses')[0].body).toEqual({ format: 'json', compress: false, useLabels: false, startDate: '2026-11-01T00:00:00Z' });
		expect(server.calls('GET /API/v3/surveys/:id/export-responses/ES_1')).toHaveLength(2);
		const out = r.json('S');
		expect(out.map((f) => f.id)).toEqual(['qualtrics:R_1LyVRpLMCTDKdiW', 'qualtrics:R_2', 'qualtrics:R_3']);
		expect(out[2]).toMatchObject({ scores: { nps: 10 }, meta: { ids: { survey: 'SV_0ewrJmZ2ksVkFjE' } } });
	});

	it('gets one response; a 404 becomes a clear API error, and Continue On Fail keeps going', async () => {
		server = await startMockServer({
			'GET /API/v3/surveys/:id': { body: fx('qualtrics-survey.json') },
			'GET /API/v3/surveys/:sid/responses/R_1LyVRpLMCTDKdiW': { body: fx('qualtrics-response.json') },
			'GET /API/v3/surveys/:sid/responses/R_missing': { status: 404, body: { meta: { httpStatus: '404 - Not Found', error: { errorMessage: 'Response not found', errorCode: 'RS_1' } } } },
		});
		const creds = { cxQualtricsApi: { apiToken: 'qt', baseUrl: server.url } };
		const params = { platform: 'qualtrics', operation: 'getResponse', survey: rl('SV_0ewrJmZ2ksVkFjE'), responseId: '={{ $json.rid }}' };
		const ok = await runWorkflow(survey(params), { credentials: creds, input: [{ rid: 'R_1LyVRpLMCTDKdiW' }] });
		expect(ok.json('S')[0]).toMatchObject({ id: 'qualtrics:R_1LyVRpLMCTDKdiW', scores: { nps: 2, csat: 2 } });

		const failed = await runWorkflow(survey(params), { credentials: creds, input: [{ rid: 'R_missing' }] });
		expect(failed.error('S')?.message).toContain('Qualtrics: get response: HTTP 404 — Response not found');

		const cont = await runWorkflow(chain({ type: 'cxSurvey', name: 'S', parameters: params, credentials: nodeCredentials('qualtrics'), onError: 'continueRegularOutput' }), {
			credentials: creds,
			input: [{ rid: 'R_missing' }, { rid: 'R_1LyVRpLMCTDKdiW' }],
		});
		const out = cont.items('S');
		expect(out[0].json.error).toContain('HTTP 404');
		expect(out[0].pairedItem).toEqual({ item: 0 });
		expect(out[1].json.id).toBe('qualtrics:R_1LyVRpLMCTDKdiW');
	});

	it('lists surveys across 3 pages following result.nextPage (offset)', async () => {
		const all = Array.from({ length: 250 }, (_, i) => ({ id: `SV_${String(i).padStart(4, '0')}`, name: i % 2 ? `Hotel stay ${i}` : `Spa ${i}`, ownerId: 'UR_1', isActive: true }));
		server = await startMockServer({
			'GET /API/v3/surveys': (req) => {
				const offset = Number(req.query.offset ?? 0);
				const next = offset + 100 < all.length ? `${server!.url}/API/v3/surveys?offset=${offset + 100}` : null;
				return { body: { result: { elements: all.slice(offset, offset + 100), nextPage: next }, meta: { httpStatus: '200 - OK' } } };
			},
		});
		const r = await runWorkflow(survey({ platform: 'qualtrics', operation: 'listSurveys', search: 'hotel', limit: 1000 }), {
			credentials: { cxQualtricsApi: { apiToken: 'qt', baseUrl: server.url } },
		});
		expect(server.calls('GET /API/v3/surveys').map((c) => c.query.offset)).toEqual([undefined, '100', '200']);
		expect(r.json('S')).toHaveLength(125);
		expect(r.json('S')[0]).toEqual({ platform: 'qualtrics', id: 'SV_0001', name: 'Hotel stay 1', isActive: true });
	});

	it('fails at once, with the wait asked for, when Retry-After is longer than a minute', async () => {
		server = await startMockServer({ 'GET /API/v3/surveys': { status: 429, headers: { 'retry-after': '3600' }, body: { meta: { error: { errorMessage: 'Too many requests' } } } } });
		const r = await runWorkflow(survey({ platform: 'qualtrics', operation: 'listSurveys', limit: 10 }), { credentials: { cxQualtricsApi: { apiToken: 'qt', baseUrl: server.url } } });
		expect(r.error('S')?.message).toContain('rate limited (HTTP 429); the service asks to wait 3600 s');
		expect(server.calls('GET /API/v3/surveys')).toHaveLength(1);
	});
});

describe('Formbricks', () => {
	it('pages with limit/skip until a short page', async () => {
		const base = fx('formbricks-webhook.json').data;
		const all = Array.from({ length: 250 }, (_, i) => ({ ...base, id: `resp${i}` }));
		server = await startMockServer({
			'GET /api/v1/management/surveys/:id': { body: fx('formbricks-survey.json') },
			'GET /api/v1/management/responses': (req) => ({ body: { data: all.slice(Number(req.query.skip), Number(req.query.skip) + Number(req.query.limit)) } }),
		});
		const r = await runWorkflow(survey({ platform: 'formbricks', operation: 'getManyResponses', survey: rl('cm3survey00001'), returnAll: true }), {
			credentials: { cxFormbricksApi: { apiKey: 'fbk', baseUrl: server.url } },
		});
		expect(server.calls('GET /api/v1/management/responses').map((c) => c.query.skip)).toEqual(['0', '100', '200']);
		expect(server.calls('GET /api/v1/management/responses')[0].query.surveyId).toBe('cm3survey00001');
		expect(r.json('S')).toHaveLength(250);
		expect(r.json('S')[0]).toMatchObject({ scores: { nps: 9 }, location: { id: 'HZ-WESTLAKE' } });
	});
});

describe('LimeSurvey', () => {
	function limeServer(extra: Record<string, (params: any[]) => unknown> = {}) {
		const exportB64 = Buffer.from(JSON.stringify(fx('limesurvey-export.json'))).toString('base64');
		const results: Record<string, (params: any[]) => unknown> = {
			get_session_key: () => 'sess-1',
			export_responses: () => exportB64,
			list_questions: () => fx('limesurvey-questions.json'),
			list_surveys: () => [{ sid: '123456', surveyls_title: 'Shenzhen stay', active: 'Y' }],
			release_session_key: () => 'OK',
			...extra,
		};
		return startMockServer({
			'POST /rc': (req) => ({ body: { id: req.body.id, result: results[req.body.method]?.(req.body.params) ?? { status: 'unknown method' }, error: null } }),
		});
	}

	it('exports responses (base64 JSON), filters by submit date, always releases the session', async () => {
		server = await limeServer();
		const r = await runWorkflow(
			survey({ platform: 'limesurvey', operation: 'getManyResponses', survey: rl('123456'), returnAll: true, filters: { since: '2026-11-20T10:00:00Z' }, options: { timeZone: 'UTC' } }),
			{ credentials: { cxLimeSurveyApi: { url: `${server.url}/rc`, username: 'u', password: 'p' } } },
		);
		expect(r.json('S').map((f) => f.id)).toEqual(['limesurvey:123456-42']);
		expect(server.calls('POST /rc').map((c) => c.body.method)).toEqual(['get_session_key', 'export_responses', 'list_questions', 'release_session_key']);
		expect(server.calls('POST /rc')[1].body.params).toEqual(['sess-1', 123456, 'json', null, 'complete', 'code', 'long']);
	});

	it('invites a participant (add_participants → invite_participants)', async () => {
		server = await limeServer({
			add_participants: (p) => [{ ...p[2][0], tid: '17', token: 'tokABC' }],
			invite_participants: () => ({ status: '0 left to send' }),
		});
		const r = await runWorkflow(survey({ platform: 'limesurvey', operation: 'sendInvitation', survey: rl('123456'), email: 'g@example.com', firstName: 'Wang', contextFields: { field: [{ name: 'attribute_1', value: 'BK-5' }] } }), {
			credentials: { cxLimeSurveyApi: { url: `${server.url}/rc`, username: 'u', password: 'p' } },
		});
		expect(r.json('S')[0]).toMatchObject({ platform: 'limesurvey', participantId: '17', token: 'tokABC' });
		const add = server.calls('POST /rc').find((c) => c.body.method === 'add_participants');
		expect(add?.body.params).toEqual(['sess-1', 123456, [{ email: 'g@example.com', firstname: 'Wang', lastname: '', attribute_1: 'BK-5' }], true]);
		expect(server.calls('POST /rc').find((c) => c.body.method === 'invite_participants')?.body.params).toEqual(['sess-1', 123456, [17]]);
	});
});
