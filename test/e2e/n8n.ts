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
	const rows = await api.get(`/rest/projects/${table.projectId}/data-tables/${table.id}/rows`, { params: { take: 1000 } });
	return rows.data.data.data;
}
