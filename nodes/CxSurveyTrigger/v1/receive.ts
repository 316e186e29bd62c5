/**
 * What the trigger does with one request: size check, signature check over the raw body (401 and no
 * execution when it fails), platform payload → Feedback draft (fetching the full response where the
 * callback only carries ids: SurveyMonkey, Qualtrics, LimeSurvey), validation, output.
 */
import jsonata from 'jsonata';
import type { IDataObject, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { buildFeedback, formatIssues, type FeedbackIssue } from '../../engine/feedback/build';
import {
	describeFailure,
	headerValue,
	verifyHmac,
	verifyStandardWebhook,
	verifySurveyMonkey,
	verifyTypeform,
	verifyWenjuanxing,
	type DigestEncoding,
	type HmacAlgorithm,
	type VerifyResult,
} from '../../engine/signature';
import type { SurveyFieldMapping } from '../../providers/typeform/normalize';
import { typeformToDraft } from '../../providers/typeform/normalize';
import { surveyMonkeyToDraft } from '../../providers/surveymonkey/normalize';
import { qualtricsToDraft } from '../../providers/qualtrics/normalize';
import { formbricksToDraft } from '../../providers/formbricks/normalize';
import { wenjuanxingToDraft } from '../../providers/wenjuanxing/normalize';
import { limeSurveyToDraft } from '../../providers/limesurvey/normalize';
import { jsonToDraft } from '../../providers/json/normalize';
import * as surveymonkey from '../../providers/surveymonkey/transport';
import * as qualtrics from '../../providers/qualtrics/transport';
import * as formbricks from '../../providers/formbricks/transport';
import { getResponse } from '../../CxSurvey/v1/helpers/platforms';
import type { TriggerPlatform } from './webhookMethods';

type Obj = Record<string, any>;

/** A payload we accept but do not turn into a record (other events, other surveys). */
class Ignored {
	constructor(readonly reason: string) {}
}

/** A delivery the platform does not vouch for (re-read found nothing): answered 401 like a bad signature. */
class Unauthenticated {
	constructor(readonly reason: string) {}
}

/** Errors for payloads we cannot read: answered 422 (or emitted as an error item), never a crash. */
const invalidPayloads = new WeakSet<Error>();
function invalidPayload(ctx: IWebhookFunctions, message: string): NodeOperationError {
	const e = new NodeOperationError(ctx.getNode(), message);
	invalidPayloads.add(e);
	return e;
}

/** Anything else thrown while receiving, as an n8n error (n8n answers 500, so the platform retries). */
function asNodeError(ctx: IWebhookFunctions, e: unknown): NodeApiError | NodeOperationError {
	if (e instanceof NodeApiError || e instanceof NodeOperationError) return e;
	return new NodeOperationError(ctx.getNode(), e as Error);
}

function respond(ctx: IWebhookFunctions, status: number, body: string | IDataObject): IWebhookResponseData {
	const res = ctx.getResponseObject();
	res.status(status);
	if (typeof body === 'string') res.send(body);
	else res.json(body);
	return { noWebhookResponse: true };
}

function rawBodyOf(ctx: IWebhookFunctions): Buffer | undefined {
	const raw = (ctx.getRequestObject() as unknown as { rawBody?: Buffer | string }).rawBody;
	if (raw === undefined || raw === null) return undefined;
	return Buffer.isBuffer(raw) ? raw : Buffer.from(String(raw), 'utf8');
}

function mappingOf(ctx: IWebhookFunctions): SurveyFieldMapping {
	const f = ctx.getNodeParameter('scoreFields', {}) as IDataObject;
	const m: SurveyFieldMapping = {};
	for (const k of ['npsField', 'csatField', 'cesField', 'ratingField', 'touchpoint'] as const) if (f[k]) m[k] = String(f[k]).trim();
	return m;
}

function configuredSurvey(ctx: IWebhookFunctions): string {
	return String(ctx.getNodeParameter('survey', '', { extractValue: true }) ?? '').trim();
}

/** The body as an object: n8n's parsed body, else the raw body read as JSON or a form. */
function bodyOf(ctx: IWebhookFunctions, raw: Buffer | undefined): Obj {
	const parsed = ctx.getBodyData() as Obj;
	if (parsed && typeof parsed === 'object' && Object.keys(parsed).length) return parsed;
	if (!raw || !raw.length) throw invalidPayload(ctx, 'the request has no body');
	const text = raw.toString('utf8').trim();
	if (text.startsWith('{') || text.startsWith('[')) {
		try {
			return JSON.parse(text);
		} catch (e) {
			throw invalidPayload(ctx, `the body is not valid JSON (${(e as Error).message})`);
		}
	}
	if (text.includes('=')) return Object.fromEntries(new URLSearchParams(text));
	throw invalidPayload(ctx, 'the body is neither JSON nor a form');
}

async function verify(ctx: IWebhookFunctions, platform: TriggerPlatform, raw: Buffer, headers: Obj, body: () => Obj): Promise<VerifyResult | undefined> {
	switch (platform) {
		case 'typeform': {
			const sd = ctx.getWorkflowStaticData('node');
			return verifyTypeform(raw, headerValue(headers, 'typeform-signature'), sd.webhookSecret as string | undefined);
		}
		case 'surveymonkey': {
			const c = await ctx.getCredentials(surveymonkey.SURVEYMONKEY_CREDENTIAL);
			return verifySurveyMonkey(raw, headerValue(headers, 'sm-signature'), c.apiKey as string, c.apiSecret as string);
		}
		case 'formbricks': {
			const c = await ctx.getCredentials(formbricks.FORMBRICKS_CREDENTIAL);
			return c.webhookSecret ? verifyStandardWebhook(raw, headers, String(c.webhookSecret)) : undefined;
		}
		case 'wenjuanxing': {
			if (!ctx.getNodeParameter('verifySignature', true)) return undefined;
			const c = await ctx.getCredentials('cxWenjuanxingApi');
			return verifyWenjuanxing(body(), c.pushKey as string);
		}
		case 'limesurvey': {
			if (!ctx.getNodeParameter('verifySignature', true)) return undefined;
			const c = await ctx.getCredentials('cxLimeSurveyApi');
			return verifyHmac({ rawBody: raw, secret: c.webhookSecret as string, signature: headerValue(headers, 'x-cx-signature'), algorithm: 'sha256', encoding: 'hex', prefix: 'sha256=' });
		}
		case 'json': {
			if (!ctx.getNodeParameter('verifySignature', true)) return undefined;
			const c = await ctx.getCredentials('cxWebhookSecretApi');
			const s = ctx.getNodeParameter('signature', {}) as IDataObject;
			const tsHeader = String(s.timestampHeader ?? '').trim();
			return verifyHmac({
				rawBody: raw,
				secret: c.secret as string,
				signature: headerValue(headers, String(s.header || 'X-Signature')),
				algorithm: (s.algorithm as HmacAlgorithm) || 'sha256',
				encoding: (s.encoding as DigestEncoding) || 'hex',
				prefix: (s.prefix as string) || undefined,
				timestamp: tsHeader ? { value: headerValue(headers, tsHeader), maxAgeSeconds: (s.maxAgeSeconds as number) || 300 } : undefined,
			});
		}
		case 'qualtrics':
			// Qualtrics' HMAC scheme is not documented; the response is re-read through the API instead.
			return undefined;
	}
}

interface Received {
	draft: Obj;
	raw: Obj;
}

async function toDrafts(ctx: IWebhookFunctions, platform: TriggerPlatform, body: Obj, mapping: SurveyFieldMapping): Promise<Received[] | Ignored | Unauthenticated> {
	const wanted = configuredSurvey(ctx);
	switch (platform) {
		case 'typeform': {
			if (body.event_type && body.event_type !== 'form_response') return new Ignored(`event ${body.event_type}`);
			if (!body.form_response || typeof body.form_response !== 'object') throw invalidPayload(ctx, 'form_response is missing');
			return [{ draft: typeformToDraft(body, mapping), raw: body }];
		}
		case 'surveymonkey': {
			const event = String(body.event_type ?? '');
			if (body.object_type !== 'response' || !event.startsWith('response_') || event === 'response_deleted') return new Ignored(`event ${event || '(none)'}`);
			const sid = String(body.resources?.survey_id ?? body.filter_id ?? '');
			const rid = String(body.object_id ?? body.resources?.respondent_id ?? '');
			if (!sid || !rid) throw invalidPayload(ctx, 'resources.survey_id or object_id is missing');
			if (wanted && sid !== wanted) return new Ignored(`survey ${sid}`);
			const details = await surveymonkey.getSurveyDetails(ctx, sid);
			const response = await surveymonkey.getResponseDetails(ctx, sid, rid);
			return [{ draft: surveyMonkeyToDraft(response, details, mapping), raw: { event: body, response } }];
		}
		case 'qualtrics': {
			let msg: Obj = body;
			if (typeof body.MSG === 'string') {
				try {
					msg = JSON.parse(body.MSG);
				} catch {
					throw invalidPayload(ctx, 'MSG is not JSON');
				}
			}
			const topic = String(body.Topic ?? '');
			if (topic && !topic.includes('completedResponse')) return new Ignored(`topic ${topic}`);
			const sid = String(msg.SurveyID ?? '');
			const rid = String(msg.ResponseID ?? '');
			if (!sid || !rid) throw invalidPayload(ctx, 'SurveyID or ResponseID is missing');
			if (wanted && sid !== wanted) return new Ignored(`survey ${sid}`);
			const survey = { ...(await qualtrics.getSurvey(ctx, sid)), id: sid };
			const response = await qualtrics.getResponse(ctx, sid, rid);
			return [{ draft: qualtricsToDraft(response, survey, mapping), raw: { event: msg, response } }];
		}
		case 'formbricks': {
			const allowed = ctx.getNodeParameter('formbricksTriggers', ['responseFinished']) as string[];
			if (body.event && allowed.length && !allowed.includes(String(body.event))) return new Ignored(`event ${body.event}`);
			const data = body.data ?? {};
			if (typeof data !== 'object' || data === null) throw invalidPayload(ctx, 'data is missing');
			const sid = String(data.surveyId ?? '');
			if (wanted && sid && sid !== wanted) return new Ignored(`survey ${sid}`);
			const creds = await ctx.getCredentials(formbricks.FORMBRICKS_CREDENTIAL);
			let payload: Obj = body;
			if (!creds.webhookSecret) {
				// Unsigned deliveries are authenticated by reading the response back: a forged one is unknown.
				if (!data.id) throw invalidPayload(ctx, 'data.id is missing');
				const stored = await formbricks.findResponse(ctx, String(data.id));
				if (!stored) return new Unauthenticated(`Formbricks has no response ${String(data.id)}`);
				payload = { ...body, data: { ...data, ...stored } };
			}
			let survey: Obj | undefined;
			try {
				survey = sid ? await formbricks.getSurvey(ctx, sid) : undefined;
			} catch {
				survey = undefined; // question types are a nicety; the answers still arrive
			}
			return [{ draft: formbricksToDraft(payload, survey, mapping), raw: payload }];
		}
		case 'wenjuanxing': {
			const npsOffset = ctx.getNodeParameter('npsOffset', 0) as number;
			return [{ draft: wenjuanxingToDraft(body, { ...mapping, npsOffset }), raw: body }];
		}
		case 'limesurvey': {
			const sid = String(body.surveyId ?? body.sid ?? body.survey_id ?? '');
			const rid = String(body.responseId ?? body.response_id ?? body.srid ?? body.id ?? '');
			if (body.submitdate !== undefined && rid) return [{ draft: limeSurveyToDraft(body, [], { ...mapping, surveyId: sid || undefined }), raw: body }];
			if (!sid || !rid) throw invalidPayload(ctx, 'surveyId and responseId are missing');
			const found = await getResponse(ctx, 'limesurvey', sid, rid, mapping);
			if (!found) throw invalidPayload(ctx, `LimeSurvey has no response ${rid} in survey ${sid}`);
			return [{ draft: found.draft, raw: { event: body, response: found.raw } }];
		}
		case 'json': {
			const list = Array.isArray(body) ? body : [body];
			const mode = ctx.getNodeParameter('jsonMapping', 'generic') as string;
			const out: Received[] = [];
			let expr: ReturnType<typeof jsonata> | undefined;
			if (mode === 'jsonata') {
				try {
					expr = jsonata(ctx.getNodeParameter('expression', '') as string);
				} catch (e) {
					throw invalidPayload(ctx, `the JSONata mapping does not parse: ${(e as Error).message}`);
				}
			}
			for (const item of list) {
				let draft: unknown;
				if (expr) {
					try {
						draft = await expr.evaluate(item);
					} catch (e) {
						throw invalidPayload(ctx, `the JSONata mapping failed: ${(e as Error).message}`);
					}
				} else draft = jsonToDraft(item, {});
				if (!draft || typeof draft !== 'object') throw invalidPayload(ctx, 'the mapping returned no object');
				out.push({ draft: { ...(draft as Obj), touchpoint: (draft as Obj).touchpoint ?? mapping.touchpoint }, raw: item });
			}
			return out;
		}
	}
}

export async function receive(this: IWebhookFunctions): Promise<IWebhookResponseData> {
	if (this.getWebhookName() === 'setup') {
		// SurveyMonkey's HEAD check of the subscription URL.
		this.getResponseObject().status(200).end();
		return { noWebhookResponse: true };
	}
	const platform = this.getNodeParameter('platform') as TriggerPlatform;
	const options = this.getNodeParameter('options', {}) as IDataObject;
	const headers = this.getHeaderData() as Obj;
	let raw = rawBodyOf(this);
	const maxBytes = Math.max(1, Number(options.maxBodyKb ?? 1024)) * 1024;
	const declared = Number(headerValue(headers, 'content-length') ?? 0);
	if ((raw?.length ?? 0) > maxBytes || declared > maxBytes) {
		return respond(this, 413, { error: `payload larger than ${options.maxBodyKb ?? 1024} KB` });
	}
	// n8n keeps the raw body for webhooks; re-serialising is only a fallback (it can only make checks fail, never pass).
	raw ??= Buffer.from(JSON.stringify(this.getBodyData() ?? {}), 'utf8');

	let body: Obj | undefined;
	const getBody = () => (body ??= bodyOf(this, raw));
	let check: VerifyResult | undefined;
	try {
		check = await verify(this, platform, raw, headers, getBody);
	} catch (e) {
		if (!invalidPayloads.has(e as Error)) throw asNodeError(this, e);
		check = { ok: false, reason: 'missing-signature' };
	}
	if (check && !check.ok) {
		this.logger.warn(`CX Survey Trigger (${platform}): rejected a request — ${describeFailure(check.reason)}`);
		return respond(this, 401, 'Unauthorized');
	}

	const onInvalid = (options.onInvalid as string) || 'reject';
	const invalid = (message: string, issues: FeedbackIssue[], payload: unknown): IWebhookResponseData => {
		this.logger.warn(`CX Survey Trigger (${platform}): invalid payload — ${message}`);
		if (onInvalid === 'emit') {
			return { workflowData: [this.helpers.returnJsonArray([{ error: message, issues: issues as unknown as IDataObject[], payload: payload as IDataObject }])] };
		}
		return respond(this, 422, { error: message, issues: issues as unknown as IDataObject[] });
	};

	let received: Received[] | Ignored | Unauthenticated;
	try {
		received = await toDrafts(this, platform, getBody(), mappingOf(this));
	} catch (e) {
		if (e instanceof NodeApiError) throw asNodeError(this, e);
		return invalid((e as Error).message, [], body ?? raw.toString('utf8').slice(0, 2000));
	}
	if (received instanceof Ignored) return { webhookResponse: { received: true, ignored: received.reason } };
	if (received instanceof Unauthenticated) {
		this.logger.warn(`CX Survey Trigger (${platform}): rejected a request — ${received.reason}`);
		return respond(this, 401, 'Unauthorized');
	}

	const timeZone = ((options.timeZone as string) || this.getTimezone() || 'UTC').trim();
	const items: IDataObject[] = [];
	for (const [n, r] of received.entries()) {
		if (options.includeRaw) r.draft.meta = { ...(r.draft.meta ?? {}), raw: r.raw };
		const result = buildFeedback(r.draft, { timeZone });
		if (!result.ok) {
			const label = received.length > 1 ? `record ${n}: ` : '';
			return invalid(`${label}not a valid Feedback record — ${formatIssues(result.issues)}`, result.issues, r.raw);
		}
		items.push(result.feedback as unknown as IDataObject);
	}
	return { workflowData: [this.helpers.returnJsonArray(items)] };
}
