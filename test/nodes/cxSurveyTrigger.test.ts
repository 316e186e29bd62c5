/**
 * CX Survey Trigger: webhook registration (checkExists / create / delete) against local vendor
 * servers, and webhook() with signed, unsigned, tampered, stale, malformed and oversized requests.
 */
import { createHash, createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IDataObject, INodeType } from 'n8n-workflow';
import { CxSurveyTrigger } from '../../nodes/CxSurveyTrigger/CxSurveyTrigger.node';
import { startMockServer, type MockServer } from '../harness/mockServer';
import { activate, callHook, callWebhook, type WebhookRequest } from '../harness/webhookContext';

const FIX = join(__dirname, '..', 'fixtures', 'surveys');
const raw = (name: string) => readFileSync(join(FIX, name), 'utf8');
const fx = (name: string) => JSON.parse(raw(name));
const rl = (value: string) => ({ __rl: true, mode: 'id', value });
const trigger = new CxSurveyTrigger().getNodeType(1) as INodeType;

let server: MockServer | undefined;
afterEach(async () => {
	await server?.close();
	server = undefined;
});

describe('description', () => {
	it('is a webhook trigger with no inputs, a HEAD (SurveyMonkey check, registered first) and a POST webhook', () => {
		expect(trigger.description.name).toBe('cxSurveyTrigger');
		expect(trigger.description.displayName).toBe('CX Survey Trigger');
		expect(trigger.description.inputs).toEqual([]);
		expect(trigger.description.webhooks?.map((w) => [w.name, w.httpMethod])).toEqual([
			['setup', 'HEAD'],
			['default', 'POST'],
		]);
	});
});

describe('Typeform', () => {
	async function typeformServer() {
		const hooks: IDataObject[] = [];
		server = await startMockServer({
			'GET /forms/:id/webhooks': () => ({ body: { items: hooks } }),
			'PUT /forms/:id/webhooks/:tag': (req) => {
				const tag = req.path.split('/').pop() as string;
				const i = hooks.findIndex((h) => h.tag === tag);
				const hook = { id: 'yRtagDm8AT', form_id: 'lT4Z3j', tag, url: req.body.url, enabled: req.body.enabled, verify_ssl: req.body.verify_ssl };
				if (i >= 0) hooks[i] = hook;
				else hooks.push(hook);
				return { body: hook };
			},
			'DELETE /forms/:id/webhooks/:tag': (req) => {
				const tag = req.path.split('/').pop();
				const i = hooks.findIndex((h) => h.tag === tag);
				if (i < 0) return { status: 404, body: { code: 'NOT_FOUND' } };
				hooks.splice(i, 1);
				return { status: 204 };
			},
		});
		return hooks;
	}

	it('registers with a generated secret on publish, verifies deliveries with it, removes it on unpublish', async () => {
		const hooks = await typeformServer();
		const staticData: IDataObject = {};
		const opts = {
			parameters: { platform: 'typeform', survey: rl('lT4Z3j'), options: {} },
			credentials: { cxTypeformApi: { accessToken: 'tfp_token', baseUrl: server!.url } },
			staticData,
		};
		expect(await activate(trigger, opts)).toEqual({ existed: false, created: true });
		const put = server!.calls('PUT /forms/:id/webhooks/:tag')[0];
		expect(put.path).toMatch(/^\/forms\/lT4Z3j\/webhooks\/cxloop-[0-9a-f]{12}$/);
		expect(put.headers.authorization).toBe('Bearer tfp_token');
		expect(put.body).toMatchObject({ url: 'https://n8n.example.com/webhook/b7e1c0de-0000-4000-8000-000000000001/webhook', enabled: true, verify_ssl: true });
		expect(put.body.secret).toMatch(/^[0-9a-f]{64}$/);
		expect(staticData.webhookSecret).toBe(put.body.secret);
		expect(hooks).toHaveLength(1);
		// Published again (restart): it exists, nothing is created twice.
		expect(await activate(trigger, opts)).toEqual({ existed: true, created: false });

		const body = raw('typeform-webhook.json');
		const sig = 'sha256=' + createHmac('sha256', String(staticData.webhookSecret)).update(body).digest('base64');
		const ok = await callWebhook(trigger, opts, { rawBody: body, headers: { 'content-type': 'application/json', 'typeform-signature': sig } });
		expect(ok.response.status).toBeUndefined();
		expect(ok.items).toHaveLength(1);
		expect(ok.items[0]).toMatchObject({
			id: 'typeform:a3a12ec67a1365927098a606107fac15',
			source: 'typeform',
			scores: { nps: 3, csat: 2 },
			location: { id: 'SH-PUDONG' },
			customer: { id: 'G-5521' },
			meta: { ids: { booking: 'BK-778812', room: '1208' } },
		});

		const unsigned = await callWebhook(trigger, opts, { rawBody: body, headers: { 'content-type': 'application/json' } });
		expect(unsigned.response.status).toBe(401);
		expect(unsigned.result).toEqual({ noWebhookResponse: true });
		expect(unsigned.items).toEqual([]);
		expect(unsigned.warnings.join()).toContain('no signature');

		const tampered = await callWebhook(trigger, opts, { rawBody: body.replace('"number": 3', '"number": 9'), headers: { 'typeform-signature': sig } });
		expect(tampered.response.status).toBe(401);
		expect(tampered.result.workflowData).toBeUndefined();

		expect(await callHook(trigger, 'delete', opts)).toBe(true);
		expect(server!.calls('DELETE /forms/:id/webhooks/:tag')).toHaveLength(1);
		expect(hooks).toHaveLength(0);
		expect(staticData).toEqual({});
		// After unpublishing, even a correctly signed old delivery is refused (no secret left).
		const after = await callWebhook(trigger, opts, { rawBody: body, headers: { 'typeform-signature': sig } });
		expect(after.response.status).toBe(401);
	});

	it('re-registers when the hook exists but the secret was lost, and ignores other event types', async () => {
		const hooks = await typeformServer();
		const staticData: IDataObject = {};
		const opts = { parameters: { platform: 'typeform', survey: rl('lT4Z3j') }, credentials: { cxTypeformApi: { accessToken: 't', baseUrl: server!.url } }, staticData };
		await activate(trigger, opts);
		delete staticData.webhookSecret;
		expect(await activate(trigger, opts)).toEqual({ existed: false, created: true });
		expect(hooks).toHaveLength(1);
		const body = JSON.stringify({ event_id: 'e', event_type: 'form_response_partial', form_response: {} });
		const sig = 'sha256=' + createHmac('sha256', String(staticData.webhookSecret)).update(body).digest('base64');
		const r = await callWebhook(trigger, opts, { rawBody: body, headers: { 'typeform-signature': sig } });
		expect(r.result).toEqual({ webhookResponse: { received: true, ignored: 'event form_response_partial' } });
	});
});

describe('SurveyMonkey', () => {
	const creds = () => ({ cxSurveyMonkeyApi: { accessToken: 'sm_token', apiKey: 'clientid', apiSecret: 'clientsecret', baseUrl: server!.url } });

	it('answers the HEAD check with 200 and starts nothing', async () => {
		const r = await callWebhook(trigger, { parameters: { platform: 'surveymonkey', survey: rl('315912301') } }, { webhookName: 'setup', method: 'HEAD' });
		expect(r.response).toMatchObject({ status: 200, ended: true });
		expect(r.result).toEqual({ noWebhookResponse: true });
	});

	it('registers, verifies Sm-Signature, fetches the full response (after a 429), and unregisters', async () => {
		const hooks: IDataObject[] = [];
		server = await startMockServer({
			'GET /v3/webhooks': () => ({ body: { data: hooks.map((h) => ({ id: h.id, name: h.name, href: '' })), per_page: 50, page: 1, total: hooks.length, links: {} } }),
			'GET /v3/webhooks/:id': (req) => ({ body: hooks.find((h) => h.id === req.path.split('/').pop()) ?? {} }),
			'POST /v3/webhooks': (req) => {
				const h = { id: '123456', ...req.body };
				hooks.push(h);
				return { status: 201, body: h };
			},
			'DELETE /v3/webhooks/:id': () => {
				hooks.pop();
				return { body: {} };
			},
			'GET /v3/surveys/:id/details': (_req, nth) =>
				nth === 0 ? { status: 429, headers: { 'retry-after': '1' }, body: { error: { message: 'Too many requests' } } } : { body: fx('surveymonkey-survey-details.json') },
			'GET /v3/surveys/:sid/responses/:rid/details': { body: fx('surveymonkey-response-simple.json') },
		});
		const staticData: IDataObject = {};
		const opts = { parameters: { platform: 'surveymonkey', survey: rl('315912301'), smEvent: 'response_completed' }, credentials: creds(), staticData };
		expect(await activate(trigger, opts)).toEqual({ existed: false, created: true });
		expect(server.calls('POST /v3/webhooks')[0].body).toEqual({
			name: 'n8n CX Survey Trigger (response_completed)',
			event_type: 'response_completed',
			object_type: 'survey',
			object_ids: ['315912301'],
			subscription_url: 'https://n8n.example.com/webhook/b7e1c0de-0000-4000-8000-000000000001/webhook',
		});
		expect(staticData.webhookId).toBe('123456');
		expect(await activate(trigger, opts)).toEqual({ existed: true, created: false });

		const body = raw('surveymonkey-webhook-event.json');
		const sig = createHmac('sha1', 'clientid&clientsecret').update(body).digest('base64');
		const unsigned = await callWebhook(trigger, opts, { rawBody: body });
		expect(unsigned.response.status).toBe(401);
		expect(server.calls('GET /v3/surveys/:id/details')).toHaveLength(0);

		const ok = await callWebhook(trigger, opts, { rawBody: body, headers: { 'sm-signature': sig, 'sm-apikey': 'clientid' } });
		expect(server.calls('GET /v3/surveys/:id/details')).toHaveLength(2); // 429, then success
		expect(ok.items).toHaveLength(1);
		expect(ok.items[0]).toMatchObject({ id: 'surveymonkey:114252966812', scores: { nps: 10 }, text: 'Friendly front desk and a great breakfast.', location: { id: 'BJ-CBD' } });

		expect(await callHook(trigger, 'delete', opts)).toBe(true);
		expect(server.calls('DELETE /v3/webhooks/:id')[0].path).toBe('/v3/webhooks/123456');
		expect(staticData).toEqual({});
	});
});

describe('Qualtrics', () => {
	it('subscribes to completed responses, reads the form-encoded callback and re-fetches the response', async () => {
		server = await startMockServer({
			'GET /API/v3/eventsubscriptions': { body: { result: { elements: [], nextPage: null }, meta: {} } },
			'POST /API/v3/eventsubscriptions': (req) => ({ body: { result: { id: 'SUB_abc', ...req.body }, meta: {} } }),
			'DELETE /API/v3/eventsubscriptions/:id': { body: { meta: { httpStatus: '200 - OK' } } },
			'GET /API/v3/surveys/:id': { body: fx('qualtrics-survey.json') },
			'GET /API/v3/surveys/:sid/responses/:rid': { body: fx('qualtrics-response.json') },
		});
		const staticData: IDataObject = {};
		const opts = {
			parameters: { platform: 'qualtrics', survey: rl('SV_0ewrJmZ2ksVkFjE') },
			credentials: { cxQualtricsApi: { apiToken: 'qt', baseUrl: server.url, sharedKey: 'k' } },
			staticData,
		};
		expect(await activate(trigger, opts)).toEqual({ existed: false, created: true });
		const post = server.calls('POST /API/v3/eventsubscriptions')[0];
		expect(post.headers['x-api-token']).toBe('qt');
		expect(post.body).toEqual({
			publicationUrl: 'https://n8n.example.com/webhook/b7e1c0de-0000-4000-8000-000000000001/webhook',
			topics: 'surveyengine.completedResponse.SV_0ewrJmZ2ksVkFjE',
			encrypt: false,
			sharedKey: 'k',
		});
		const r = await callWebhook(trigger, opts, { rawBody: raw('qualtrics-event.txt').trim(), headers: { 'content-type': 'application/x-www-form-urlencoded' } });
		expect(server.calls('GET /API/v3/surveys/:sid/responses/:rid')[0].path).toBe('/API/v3/surveys/SV_0ewrJmZ2ksVkFjE/responses/R_1LyVRpLMCTDKdiW');
		expect(r.items[0]).toMatchObject({ id: 'qualtrics:R_1LyVRpLMCTDKdiW', scores: { nps: 2 }, location: { id: 'SH-JINGAN' } });

		const other = await callWebhook(trigger, opts, {
			rawBody: 'Topic=x.surveyengine.completedResponse.SV_other&MSG=' + encodeURIComponent(JSON.stringify({ SurveyID: 'SV_other', ResponseID: 'R_1' })),
			headers: { 'content-type': 'application/x-www-form-urlencoded' },
		});
		expect(other.result).toEqual({ webhookResponse: { received: true, ignored: 'survey SV_other' } });
		expect(await callHook(trigger, 'delete', opts)).toBe(true);
		expect(server.calls('DELETE /API/v3/eventsubscriptions/:id')[0].path).toBe('/API/v3/eventsubscriptions/SUB_abc');
	});
});

describe('Formbricks', () => {
	it('registers for the chosen events, reads the payload with the survey, re-reads unsigned deliveries, checks Standard Webhooks when a secret is set', async () => {
		server = await startMockServer({
			'GET /api/v1/management/webhooks': { body: { data: [] } },
			'POST /api/v1/management/webhooks': (req) => ({ body: { data: { id: 'wh_1', ...req.body } } }),
			'DELETE /api/v1/management/webhooks/:id': { body: { data: { id: 'wh_1' } } },
			'GET /api/v1/management/surveys/:id': { body: fx('formbricks-survey.json') },
			'GET /api/v1/management/responses/:id': (req) =>
				req.path.endsWith('/cm3resp0000001') ? { body: { data: fx('formbricks-webhook.json').data } } : { status: 404, body: { code: 'not_found', message: 'Response not found' } },
		});
		const staticData: IDataObject = {};
		const opts = {
			parameters: { platform: 'formbricks', survey: rl('cm3survey00001'), formbricksTriggers: ['responseFinished'] },
			credentials: { cxFormbricksApi: { apiKey: 'fbk', baseUrl: server.url, webhookSecret: '' } },
			staticData,
		};
		expect(await activate(trigger, opts)).toEqual({ existed: false, created: true });
		expect(server.calls('POST /api/v1/management/webhooks')[0].body).toEqual({
			url: 'https://n8n.example.com/webhook/b7e1c0de-0000-4000-8000-000000000001/webhook',
			triggers: ['responseFinished'],
			surveyIds: ['cm3survey00001'],
			source: 'n8n',
		});
		expect(server.calls('POST /api/v1/management/webhooks')[0].headers['x-api-key']).toBe('fbk');
		const body = raw('formbricks-webhook.json');
		const r = await callWebhook(trigger, opts, { rawBody: body });
		expect(r.items[0]).toMatchObject({ id: 'formbricks:cm3resp0000001', scores: { nps: 9, rating: { value: 4, scale: 5 } }, location: { id: 'HZ-WESTLAKE' } });
		// Without a signing secret the response is read back: a forged delivery (unknown id) is refused.
		expect(server.calls('GET /api/v1/management/responses/:id')).toHaveLength(1);
		const forged = JSON.parse(body);
		forged.data.id = 'cm3forged00001';
		const f = await callWebhook(trigger, opts, { rawBody: JSON.stringify(forged) });
		expect(f.response.status).toBe(401);
		expect(f.items).toEqual([]);

		const signed = { ...opts, credentials: { cxFormbricksApi: { apiKey: 'fbk', baseUrl: server.url, webhookSecret: 'whsec_' + Buffer.from('k3y').toString('base64') } } };
		expect((await callWebhook(trigger, signed, { rawBody: body })).response.status).toBe(401);
		const ts = String(Math.floor(Date.now() / 1000));
		const sig = createHmac('sha256', Buffer.from('k3y')).update(`msg_9.${ts}.${body}`).digest('base64');
		const good = await callWebhook(trigger, signed, { rawBody: body, headers: { 'webhook-id': 'msg_9', 'webhook-timestamp': ts, 'webhook-signature': `v1,${sig}` } });
		expect(good.items).toHaveLength(1);
		expect(await callHook(trigger, 'delete', opts)).toBe(true);
		expect(server.calls('DELETE /api/v1/management/webhooks/:id')[0].path).toBe('/api/v1/management/webhooks/wh_1');
	});
});

describe('Wenjuanxing (问卷星)', () => {
	const opts = {
		parameters: { platform: 'wenjuanxing', verifySignature: true, scoreFields: { csatField: 'q1' }, npsOffset: 0 },
		credentials: { cxWenjuanxingApi: { pushKey: 'wjx-key' } },
	};
	it('nothing to register: checkExists answers true so n8n never calls create', async () => {
		expect(await activate(trigger, opts)).toEqual({ existed: true, created: false });
	});
	it('accepts a push with a valid sign and refuses one without', async () => {
		const push = fx('wenjuanxing-push.json');
		push.sign = createHash('sha1').update(push.activity + push.joinid + 'wjx-key').digest('hex');
		const ok = await callWebhook(trigger, opts, { rawBody: JSON.stringify(push) });
		expect(ok.items[0]).toMatchObject({ id: 'wenjuanxing:101812480275', occurredAt: '2026-11-22T10:01:59+08:00', scores: { csat: 3 }, location: { id: 'GZ-TIANHE' } });
		const bad = await callWebhook(trigger, opts, { rawBody: JSON.stringify({ ...push, sign: 'deadbeef' }) });
		expect(bad.response.status).toBe(401);
		const none = await callWebhook(trigger, opts, { rawBody: raw('wenjuanxing-push.json') });
		expect(none.response.status).toBe(401);
	});
});

describe('LimeSurvey', () => {
	it('verifies X-CX-Signature, reads the response back over RemoteControl and releases the session', async () => {
		const exportB64 = Buffer.from(JSON.stringify({ responses: [fx('limesurvey-export.json').responses[0]] })).toString('base64');
		server = await startMockServer({
			'POST /index.php/admin/remotecontrol': (req) => {
				const { method, params, id } = req.body;
				const results: Record<string, unknown> = {
					get_session_key: 'sess-1',
					export_responses: exportB64,
					list_questions: fx('limesurvey-questions.json'),
					release_session_key: 'OK',
				};
				if (method !== 'get_session_key' && params[0] !== 'sess-1') return { body: { id, result: { status: 'Invalid session key' }, error: null } };
				return { body: { id, result: results[method], error: null } };
			},
		});
		const opts = {
			parameters: { platform: 'limesurvey', verifySignature: true, options: { timeZone: 'Asia/Shanghai' } },
			credentials: { cxLimeSurveyApi: { url: `${server.url}/index.php/admin/remotecontrol`, username: 'admin', password: 'pw', webhookSecret: 'ls-secret' } },
		};
		const body = JSON.stringify({ surveyId: '123456', responseId: '41' });
		const sig = 'sha256=' + createHmac('sha256', 'ls-secret').update(body).digest('hex');
		expect((await callWebhook(trigger, opts, { rawBody: body })).response.status).toBe(401);
		const r = await callWebhook(trigger, opts, { rawBody: body, headers: { 'x-cx-signature': sig } });
		expect(r.items[0]).toMatchObject({ id: 'limesurvey:123456-41', occurredAt: '2026-11-20T09:12:00+08:00', scores: { nps: 6, csat: 2 } });
		const methods = server.calls('POST /index.php/admin/remotecontrol').map((c) => c.body.method);
		expect(methods).toEqual(['get_session_key', 'export_responses', 'list_questions', 'release_session_key']);
		const exp = server.calls('POST /index.php/admin/remotecontrol')[1].body.params;
		expect(exp).toEqual(['sess-1', 123456, 'json', null, 'all', 'code', 'long', 41, 41]);
	});
});

describe('Any JSON', () => {
	const now = () => String(Math.floor(Date.now() / 1000));
	const base = {
		parameters: {
			platform: 'json',
			verifySignature: true,
			signature: { header: 'X-Signature', algorithm: 'sha256', encoding: 'hex', prefix: 'sha256=', timestampHeader: 'X-Timestamp', maxAgeSeconds: 300 },
			jsonMapping: 'generic',
			scoreFields: { touchpoint: 'kiosk-lobby' },
			options: {},
		} as IDataObject,
		credentials: { cxWebhookSecretApi: { secret: 'json-secret' } },
	};
	const sign = (ts: string, body: string) => 'sha256=' + createHmac('sha256', 'json-secret').update(`${ts}.${body}`).digest('hex');
	const payload = JSON.stringify({ id: 'K-1', comment: '大堂很吵 lobby too noisy', nps: '4', hotel: 'CD-01', created_at: '2026-11-22T08:00:00Z' });

	it('accepts a fresh signed request and maps generic field names', async () => {
		const ts = now();
		const r = await callWebhook(trigger, base, { rawBody: payload, headers: { 'x-signature': sign(ts, payload), 'x-timestamp': ts } });
		expect(r.items[0]).toMatchObject({ id: 'json:K-1', scores: { nps: 4 }, text: '大堂很吵 lobby too noisy', location: { id: 'CD-01' }, touchpoint: 'kiosk-lobby' });
	});
	it('refuses a stale timestamp, a missing header, a wrong secret, a tampered body', async () => {
		const old = String(Math.floor(Date.now() / 1000) - 3600);
		const cases: WebhookRequest[] = [
			{ rawBody: payload, headers: { 'x-signature': sign(old, payload), 'x-timestamp': old } },
			{ rawBody: payload, headers: { 'x-timestamp': now() } },
			{ rawBody: payload, headers: { 'x-signature': sign(now(), payload) } },
			{ rawBody: payload, headers: { 'x-signature': 'sha256=' + createHmac('sha256', 'wrong').update(`${now()}.${payload}`).digest('hex'), 'x-timestamp': now() } },
			{ rawBody: payload.replace('4', '9'), headers: { 'x-signature': sign(now(), payload), 'x-timestamp': now() } },
		];
		for (const c of cases) {
			const r = await callWebhook(trigger, base, c);
			expect(r.response.status).toBe(401);
			expect(r.result).toEqual({ noWebhookResponse: true });
		}
	});
	it('maps with JSONata; an invalid record is answered 422 naming the field, or emitted as an error item', async () => {
		const p = { ...base, parameters: { ...base.parameters, verifySignature: false, jsonMapping: 'jsonata', expression: '{"source":"kiosk","sourceId":ref,"channel":"survey","scores":{"nps":score}}' } };
		const good = await callWebhook(trigger, p, { rawBody: JSON.stringify({ ref: 'A7', score: 8 }) });
		expect(good.items[0]).toMatchObject({ id: 'kiosk:A7', scores: { nps: 8 } });
		const bad = await callWebhook(trigger, p, { rawBody: JSON.stringify({ ref: 'A8', score: 42 }) });
		expect(bad.response.status).toBe(422);
		expect(bad.response.body).toMatchObject({ issues: [{ path: 'scores.nps' }] });
		expect(bad.result.workflowData).toBeUndefined();
		const emit = await callWebhook(trigger, { ...p, parameters: { ...p.parameters, options: { onInvalid: 'emit' } } }, { rawBody: JSON.stringify({ ref: 'A8', score: 42 }) });
		expect(emit.items[0]).toMatchObject({ error: expect.stringContaining('scores.nps'), payload: { ref: 'A8', score: 42 } });
	});
	it('answers 413 to a body over the limit and 422 to a body that is not JSON, without crashing', async () => {
		const p = { ...base, parameters: { ...base.parameters, verifySignature: false, options: { maxBodyKb: 1 } } };
		const huge = JSON.stringify({ id: 'big', comment: 'x'.repeat(5000) });
		const r = await callWebhook(trigger, p, { rawBody: huge });
		expect(r.response.status).toBe(413);
		expect(r.items).toEqual([]);
		const junk = await callWebhook(trigger, { ...p, parameters: { ...p.parameters, options: {} } }, { rawBody: '{"id": 1,,,', body: {} });
		expect(junk.response.status).toBe(422);
		expect(String((junk.response.body as IDataObject).error)).toContain('not valid JSON');
	});
});
