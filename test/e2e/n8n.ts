/**
 * Client for the real n8n started by globalSetup: webhooks (as a survey platform would call them) and
 * n8n's own REST API, logged in as the owner, to check what n8n stored and executed.
 */
import axios, { type AxiosInstance, type AxiosResponse } from 'axios';
import { readFileSync } from 'node:fs';

export interface E2EInfo {
	baseUrl: string;
	owner: { email: string; password: string };
	userFolder: string;
	db: string;
	workflows: Array<{ id: string; name: string; file: string }>;
}

export function info(): E2EInfo {
	const file = process.env.CXLOOP_E2E_INFO;
	if (!file) throw new Error('CXLOOP_E2E_INFO is not set: run the e2e suite with `npm run test:e2e`');
	return JSON.parse(readFileSync(file, 'utf8'));
}

/** POST/GET to a production webhook; never throws on HTTP status so tests can assert 401/422. */
export async function callWebhook(
	path: string,
	options: { method?: string; body?: unknown; headers?: Record<string, string>; raw?: string } = {},
): Promise<AxiosResponse> {
	return axios.request({
		url: `${info().baseUrl}/webhook/${path}`,
		method: options.method ?? 'POST',
		data: options.raw ?? options.body,
		headers: { 'content-type': 'application/json', ...(options.headers ?? {}) },
		validateStatus: () => true,
		transformRequest: options.raw !== undefined ? [(d) => d] : undefined,
	});
}

let session: AxiosInstance | undefined;

/** n8n's internal REST API as the owner (cookie session). */
export async function rest(): Promise<AxiosInstance> {
	if (session) return session;
	const { baseUrl, owner } = info();
	const login = await axios.post(`${baseUrl}/rest/login`, { emailOrLdapLoginId: owner.email, password: owner.password });
	const cookie = (login.headers['set-cookie'] ?? []).map((c: string) => c.split(';')[0]).join('; ');
	session = axios.create({ baseURL: `${baseUrl}`, headers: { cookie } });
	return session;
}

export interface ExecutionSummary {
	id: string;
	workflowId: string;
	status: string;
	mode: string;
}

export async function executions(workflowId: string): Promise<ExecutionSummary[]> {
	const api = await rest();
	const r = await api.get('/rest/executions', { params: { filter: JSON.stringify({ workflowId }), limit: 250 } });
	return r.data.data.results;
}

/** Waits until the workflow has at least `count` finished executions (webhooks answer before n8n saves). */
export async function waitForExecutions(workflowId: string, count: number, timeoutMs = 20000): Promise<ExecutionSummary[]> {
	const until = Date.now() + timeoutMs;
	let list: ExecutionSummary[] = [];
	while (Date.now() < until) {
		list = (await executions(workflowId)).filter((e) => !['running', 'new', 'waiting'].includes(e.status));
		if (list.length >= count) return list;
		await new Promise((r) => setTimeout(r, 250));
	}
	return list;
}

export async function dataTableRows(tableName: string): Promise<Array<Record<string, any>>> {
	const api = await rest();
	const tables = (await api.get('/rest/data-tables-global', { params: { take: 100 } })).data.data.data as Array<any>;
	const table = tables.find((t) => t.name === tableName);
	if (!table) return [];
	// n8n serves at most 250 rows a page (MAX_ITEMS_PER_PAGE): read every page.
	const out: Array<Record<string, any>> = [];
	for (let skip = 0; ; skip += 250) {
		const page = (await api.get(`/rest/projects/${table.projectId}/data-tables/${table.id}/rows`, { params: { take: 250, skip } })).data.data;
		out.push(...page.data);
		if (page.data.length < 250 || out.length >= page.count) return out;
	}
}

/** A workflow as n8n's REST API returns it (the fields the e2e tests touch). */
export interface StoredWorkflow {
	id: string;
	name: string;
	nodes: Array<Record<string, any>>;
	connections: Record<string, unknown>;
	versionId: string;
	activeVersionId: string | null;
	active: boolean;
}

export async function getWorkflow(workflowId: string): Promise<StoredWorkflow> {
	const api = await rest();
	return (await api.get(`/rest/workflows/${workflowId}`)).data.data;
}

/** Saves new nodes into the workflow (its draft; the published version changes only on publish). */
export async function updateWorkflowNodes(workflowId: string, nodes: Array<Record<string, any>>): Promise<StoredWorkflow> {
	const api = await rest();
	const current = await getWorkflow(workflowId);
	const r = await api.patch(`/rest/workflows/${workflowId}`, { nodes, connections: current.connections, versionId: current.versionId });
	return r.data.data;
}

async function pollUntil<T>(probe: () => Promise<T>, done: (v: T) => boolean, what: string, timeoutMs: number): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const v = await probe();
		if (done(v)) return v;
		if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what} (last: ${JSON.stringify(v)})`);
		await new Promise((r) => setTimeout(r, 200));
	}
}

export interface PublicationStatus {
	status: 'published' | 'not_published' | 'in_progress' | 'partial' | 'failed';
	liveVersionId: string | null;
	pendingVersionId: string | null;
}

export async function publicationStatus(workflowId: string): Promise<PublicationStatus> {
	const api = await rest();
	return (await api.get(`/rest/workflows/${workflowId}/publication-status`)).data.data;
}

/**
 * Publishes a version of the workflow (default: its current draft) and waits until n8n reports that
 * version live: n8n 2.40 applies publications asynchronously, through an outbox the server polls.
 */
export async function publishWorkflow(workflowId: string, versionId?: string, timeoutMs = 20000): Promise<string> {
	const api = await rest();
	const version = versionId ?? (await getWorkflow(workflowId)).versionId;
	await api.post(`/rest/workflows/${workflowId}/activate`, { versionId: version }).catch((e) => {
		throw new Error(`publishing ${workflowId} (version ${version}) failed: HTTP ${e.response?.status} ${JSON.stringify(e.response?.data)}`);
	});
	await pollUntil(
		() => publicationStatus(workflowId),
		(s) => s.status === 'published' && s.liveVersionId === version,
		`version ${version} of ${workflowId} to be live`,
		timeoutMs,
	);
	return version;
}

/** Unpublishes the workflow and waits until its triggers are gone. */
export async function unpublishWorkflow(workflowId: string, timeoutMs = 20000): Promise<void> {
	const api = await rest();
	await api.post(`/rest/workflows/${workflowId}/deactivate`, {});
	await pollUntil(() => publicationStatus(workflowId), (s) => s.status === 'not_published', `${workflowId} to be unpublished`, timeoutMs);
}

/**
 * Waits until a POST-only production webhook is registered: a GET to it is then answered "not
 * registered for GET requests" instead of "not registered" (webhooks register a few seconds after
 * n8n reports ready).
 */
export async function waitForWebhook(path: string, timeoutMs = 30000): Promise<void> {
	await pollUntil(
		async () => {
			const r = await callWebhook(path, { method: 'GET' });
			return `${r.status} ${typeof r.data === 'string' ? r.data : JSON.stringify(r.data)}`;
		},
		(s) => /not registered for GET|Did you mean to make a POST/i.test(s),
		`webhook ${path} to be registered`,
		timeoutMs,
	);
}

/**
 * Runs the workflow (its saved draft) once as a manual execution started from the given trigger
 * node, as the editor's "Execute workflow" does, and waits for it to finish (in queue mode a worker
 * runs it).
 */
export async function runManually(workflowId: string, triggerName: string, timeoutMs = 30000): Promise<ExecutionSummary> {
	const api = await rest();
	const r = await api.post(`/rest/workflows/${workflowId}/run`, { triggerToStartFrom: { name: triggerName } });
	const executionId = String(r.data.data.executionId ?? '');
	if (!executionId) throw new Error(`manual run of ${workflowId} started no execution: ${JSON.stringify(r.data)}`);
	return pollUntil(
		async () => (await executions(workflowId)).find((e) => String(e.id) === executionId),
		(e) => !!e && !['running', 'new', 'waiting'].includes(e.status),
		`manual execution ${executionId} of ${workflowId} to finish`,
		timeoutMs,
	) as Promise<ExecutionSummary>;
}

/** JSON of the items a node emitted (main output 0, last run) in one execution. */
export async function nodeOutput(executionId: string, node: string): Promise<Array<Record<string, any>>> {
	const { parse } = await import('flatted');
	const api = await rest();
	const exec = (await api.get(`/rest/executions/${executionId}`)).data.data;
	const data = typeof exec.data === 'string' ? parse(exec.data) : exec.data;
	const runs = data.resultData.runData[node] ?? [];
	return (runs[runs.length - 1]?.data?.main?.[0] ?? []).map((i: { json: Record<string, any> }) => i.json);
}
