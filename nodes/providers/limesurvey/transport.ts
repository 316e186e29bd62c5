/**
 * LimeSurvey RemoteControl 2 (JSON-RPC) transport: a session key per run, list_surveys,
 * list_questions, export_responses (base64 JSON), add_participants + invite_participants.
 * RemoteControl reports errors inside `result` as `{ status: "…" }`; those become node errors.
 * Limits: none built in (self-hosted); HTTP 429 from a proxy is honoured.
 */
import { NodeOperationError, type IDataObject } from 'n8n-workflow';
import { apiCall, type RequestContext } from '../json/http';
import type { SurveySummary } from '../typeform/transport';

export const LIMESURVEY_CREDENTIAL = 'cxLimeSurveyApi';

let rpcId = 0;

async function rpc<T = any>(ctx: RequestContext, url: string, method: string, params: unknown[]): Promise<T> {
	const { body } = await apiCall(ctx, LIMESURVEY_CREDENTIAL, {
		method: 'POST',
		url,
		body: { method, params, id: ++rpcId },
		headers: { 'content-type': 'application/json' },
		label: `LimeSurvey: ${method}`,
	});
	const parsed = typeof body === 'string' ? JSON.parse(body) : body;
	if (parsed?.error) throw new NodeOperationError(ctx.getNode(), `LimeSurvey: ${method} failed — ${JSON.stringify(parsed.error)}`);
	const result = parsed?.result;
	if (result && typeof result === 'object' && !Array.isArray(result) && typeof result.status === 'string' && Object.keys(result).length === 1) {
		// "No Data, survey table does not exist." / "No surveys found" are empty answers, not failures.
		if (/^no (data|surveys|participants|questions)/i.test(result.status)) return [] as unknown as T;
		// Mailing calls and release_session_key report success as a status ("OK", "3 left to send").
		if (/^(ok|-?\d+ left to send)$/i.test(result.status.trim())) return result as T;
		throw new NodeOperationError(ctx.getNode(), `LimeSurvey: ${method} — ${result.status}`);
	}
	return result as T;
}

/** Runs `fn` with a session key and always releases it. */
export async function withSession<T>(ctx: RequestContext, fn: (call: <R = any>(method: string, ...params: unknown[]) => Promise<R>) => Promise<T>): Promise<T> {
	const c = await ctx.getCredentials(LIMESURVEY_CREDENTIAL);
	const url = String(c.url ?? '').trim();
	if (!url) throw new NodeOperationError(ctx.getNode(), 'The LimeSurvey credential needs the RemoteControl URL');
	const key = await rpc<string>(ctx, url, 'get_session_key', [c.username, c.password]);
	if (typeof key !== 'string' || !key) throw new NodeOperationError(ctx.getNode(), 'LimeSurvey: no session key (check user name and password)');
	try {
		return await fn((method, ...params) => rpc(ctx, url, method, [key, ...params]));
	} finally {
		await rpc(ctx, url, 'release_session_key', [key]).catch(() => undefined);
	}
}

export async function listSurveys(ctx: RequestContext, search?: string, limit = Infinity): Promise<SurveySummary[]> {
	const rows = await withSession(ctx, (call) => call<IDataObject[]>('list_surveys'));
	const s = search?.toLowerCase();
	return (Array.isArray(rows) ? rows : [])
		.filter((r) => !s || String(r.surveyls_title ?? '').toLowerCase().includes(s) || String(r.sid) === search)
		.slice(0, limit)
		.map((r) => ({ id: String(r.sid), name: String(r.surveyls_title ?? r.sid), active: r.active }));
}

/** Decodes export_responses' base64 JSON; both the LS 3–5 shape (`[{ "<id>": {…} }]`) and LS 6 (`[{…}]`). */
export function decodeExport(base64: unknown): IDataObject[] {
	if (typeof base64 !== 'string' || !base64) return [];
	const doc = JSON.parse(Buffer.from(base64, 'base64').toString('utf8'));
	const rows: unknown[] = Array.isArray(doc?.responses) ? doc.responses : Array.isArray(doc) ? doc : [];
	const out: IDataObject[] = [];
	for (const r of rows) {
		if (!r || typeof r !== 'object') continue;
		const o = r as IDataObject;
		const keys = Object.keys(o);
		if (keys.length === 1 && o[keys[0]] && typeof o[keys[0]] === 'object' && !Array.isArray(o[keys[0]])) {
			out.push({ id: keys[0], ...(o[keys[0]] as IDataObject) });
		} else out.push(o);
	}
	return out;
}

export interface LimeExportQuery {
	since?: string;
	until?: string;
	limit?: number;
	completion?: 'complete' | 'incomplete' | 'all';
	fromResponseId?: number;
	toResponseId?: number;
	language?: string;
}

/**
 * All responses through export_responses (one call returns the whole set, base64), filtered by
 * submit date here. Also returns the question list so the normaliser knows question types.
 */
export async function exportResponses(ctx: RequestContext, surveyId: string, q: LimeExportQuery = {}): Promise<{ rows: IDataObject[]; questions: IDataObject[] }> {
	return await withSession(ctx, async (call) => {
		const params: unknown[] = [Number(surveyId), 'json', q.language ?? null, q.completion ?? 'complete', 'code', 'long'];
		if (q.fromResponseId !== undefined || q.toResponseId !== undefined) params.push(q.fromResponseId ?? null, q.toResponseId ?? null);
		const encoded = await call('export_responses', ...params);
		const questions = await call<IDataObject[]>('list_questions', Number(surveyId)).catch(() => [] as IDataObject[]);
		const since = q.since ? Date.parse(q.since) : undefined;
		const until = q.until ? Date.parse(q.until) : undefined;
		let rows = decodeExport(encoded);
		if (since !== undefined || until !== undefined) {
			rows = rows.filter((r) => {
				const t = Date.parse(String(r.submitdate ?? '').replace(' ', 'T'));
				if (Number.isNaN(t)) return false;
				return (since === undefined || t >= since) && (until === undefined || t <= until);
			});
		}
		return { rows: q.limit !== undefined ? rows.slice(0, q.limit) : rows, questions: Array.isArray(questions) ? questions : [] };
	});
}

/** Adds a participant (with a token) and sends the invitation e-mail. */
export async function inviteParticipant(
	ctx: RequestContext,
	surveyId: string,
	p: { email: string; firstName?: string; lastName?: string; attributes?: IDataObject },
): Promise<IDataObject> {
	return await withSession(ctx, async (call) => {
		const participant: IDataObject = { email: p.email, firstname: p.firstName ?? '', lastname: p.lastName ?? '', ...(p.attributes ?? {}) };
		const added = await call<IDataObject[]>('add_participants', Number(surveyId), [participant], true);
		const first = Array.isArray(added) ? added[0] : undefined;
		if (!first || first.errors) {
			throw new NodeOperationError(ctx.getNode(), `LimeSurvey: could not add the participant — ${JSON.stringify(first?.errors ?? added)}`);
		}
		const tid = first.tid;
		const invited = await call('invite_participants', Number(surveyId), [Number(tid)]);
		return { platform: 'limesurvey', surveyId, participantId: String(tid), token: first.token, result: invited as IDataObject };
	});
}
