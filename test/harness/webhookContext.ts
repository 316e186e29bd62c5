/**
 * Hand-built n8n contexts for a trigger node's `webhook()` and `webhookMethods` (checkExists / create /
 * delete), so webhook triggers can be tested without an n8n server:
 *
 * - `httpRequestWithAuthentication` performs real HTTP (fetch) — point the credential's base URL at a
 *   `startMockServer()` — after applying the credential type's own `authenticate` (generic
 *   `={{$credentials.x}}` expressions resolved the way n8n does, or a function).
 * - `getResponseObject()` records what the node answered (status, body, ended) when it responds itself.
 * - Static data is a plain object the caller can share across calls (register → receive → delete).
 *
 * Only the options our transports use are emulated (method, url, qs, headers, body, json,
 * returnFullResponse, ignoreHttpStatusErrors); anything else throws, so a test never silently
 * exercises a path n8n would handle differently.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type {
	ICredentialDataDecryptedObject,
	ICredentialType,
	IDataObject,
	IHttpRequestOptions,
	INode,
	INodeType,
	IWebhookResponseData,
} from 'n8n-workflow';

const ROOT = resolve(__dirname, '..', '..');

export interface RecordedResponse {
	status?: number;
	body?: unknown;
	headers: Record<string, string>;
	ended: boolean;
}

export interface ContextOptions {
	/** Node parameters as the editor stores them (resource locators as `{ __rl, mode, value }`). */
	parameters: IDataObject;
	/** Credential data by credential type name. */
	credentials?: Record<string, ICredentialDataDecryptedObject>;
	/** Shared static data (`getWorkflowStaticData('node')`); pass the same object across calls. */
	staticData?: IDataObject;
	/** What getNodeWebhookUrl('default') answers. */
	webhookUrl?: string;
	timezone?: string;
	mode?: 'webhook' | 'manual' | 'trigger';
}

export interface WebhookRequest {
	/** Which entry of `description.webhooks` was hit: `default` (POST) or `setup` (HEAD). */
	webhookName?: string;
	method?: string;
	headers?: Record<string, string>;
	/** The raw body exactly as sent (what signatures are computed over). */
	rawBody?: string | Buffer;
	/** The body as n8n's parser would give it; default: JSON.parse(rawBody) or form fields. */
	body?: IDataObject;
	query?: IDataObject;
}

export interface WebhookCallResult {
	result: IWebhookResponseData;
	response: RecordedResponse;
	warnings: string[];
	/** JSON of the items the trigger emitted (empty when it started no execution). */
	items: IDataObject[];
}

const credentialCache = new Map<string, ICredentialType | undefined>();

/** Loads `credentials/<Name>.credentials.ts` for a credential type name such as `cxTypeformApi`. */
export function loadCredentialType(name: string): ICredentialType | undefined {
	if (credentialCache.has(name)) return credentialCache.get(name);
	const file = join(ROOT, 'credentials', `${name[0].toUpperCase()}${name.slice(1)}.credentials.ts`);
	let type: ICredentialType | undefined;
	if (existsSync(file)) {
		const mod = require(file);
		for (const C of Object.values(mod)) {
			if (typeof C !== 'function') continue;
			const inst = new (C as new () => ICredentialType)();
			if (inst?.name === name) type = inst;
		}
	}
	credentialCache.set(name, type);
	return type;
}

function resolveExpression(value: unknown, creds: ICredentialDataDecryptedObject): unknown {
	if (typeof value !== 'string' || !value.startsWith('=')) return value;
	return value.slice(1).replace(/\{\{\s*\$credentials(?:\.([\w$]+)|\[['"]([^'"]+)['"]\])\s*\}\}/g, (_m, a, b) => {
		const v = creds[(a ?? b) as string];
		return v === undefined || v === null ? '' : String(v);
	});
}

async function applyAuth(typeName: string, creds: ICredentialDataDecryptedObject, options: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const type = loadCredentialType(typeName);
	const auth = type?.authenticate;
	if (typeof auth === 'function') return await auth(creds, options);
	if (auth && auth.type === 'generic') {
		const out = { ...options } as IHttpRequestOptions & Record<string, any>;
		for (const [where, props] of Object.entries(auth.properties ?? {})) {
			const target = { ...(out[where] ?? {}) };
			for (const [k, v] of Object.entries(props as IDataObject)) target[k] = resolveExpression(v, creds);
			out[where] = target;
		}
		return out;
	}
	return options;
}

const SUPPORTED = new Set(['method', 'url', 'qs', 'headers', 'body', 'json', 'returnFullResponse', 'ignoreHttpStatusErrors', 'timeout']);

/** n8n's httpRequest, for the options our transports use, over real HTTP. */
export async function performRequest(options: IHttpRequestOptions): Promise<any> {
	for (const k of Object.keys(options)) {
		if (!SUPPORTED.has(k) && (options as any)[k] !== undefined) throw new Error(`webhookContext: request option "${k}" is not emulated`);
	}
	const url = new URL(options.url);
	for (const [k, v] of Object.entries(options.qs ?? {})) {
		if (v === undefined || v === null) continue;
		if (Array.isArray(v)) for (const x of v) url.searchParams.append(k, String(x));
		else url.searchParams.set(k, String(v));
	}
	const headers: Record<string, string> = {};
	for (const [k, v] of Object.entries(options.headers ?? {})) if (v !== undefined) headers[k.toLowerCase()] = String(v);
	let body: string | Buffer | undefined;
	if (options.body !== undefined && options.body !== null) {
		if (typeof options.body === 'string' || Buffer.isBuffer(options.body)) body = options.body as string | Buffer;
		else if (options.body instanceof URLSearchParams || String(headers['content-type'] ?? '').includes('x-www-form-urlencoded')) {
			body = new URLSearchParams(options.body as Record<string, string>).toString();
			headers['content-type'] ??= 'application/x-www-form-urlencoded';
		} else {
			body = JSON.stringify(options.body);
			headers['content-type'] ??= 'application/json';
		}
	}
	const res = await fetch(url, { method: options.method ?? 'GET', headers, body });
	const text = await res.text();
	let parsed: unknown = text;
	const ct = res.headers.get('content-type') ?? '';
	if (text && (ct.includes('json') || options.json)) {
		try {
			parsed = JSON.parse(text);
		} catch {
			parsed = text;
		}
	} else if (!text) parsed = ct.includes('json') ? {} : '';
	const resHeaders: Record<string, string> = {};
	res.headers.forEach((v, k) => (resHeaders[k] = v));
	if (!res.ok && !options.ignoreHttpStatusErrors) {
		const err = new Error(`Request failed with status code ${res.status}`) as Error & { httpCode: string; response: unknown };
		err.httpCode = String(res.status);
		err.response = { status: res.status, data: parsed, headers: resHeaders };
		throw err;
	}
	return options.returnFullResponse ? { body: parsed, headers: resHeaders, statusCode: res.status, statusMessage: res.statusText } : parsed;
}

function node(type: INodeType, parameters: IDataObject): INode {
	return {
		id: 'trigger-node',
		name: type.description.defaults?.name ?? type.description.displayName,
		type: `n8n-nodes-cxloop.${type.description.name}`,
		typeVersion: Array.isArray(type.description.version) ? Math.max(...type.description.version) : (type.description.version as number),
		position: [0, 0],
		parameters: parameters as INode['parameters'],
		webhookId: 'b7e1c0de-0000-4000-8000-000000000001',
	};
}

function getParameter(parameters: IDataObject, name: string, fallback?: unknown, opts?: { extractValue?: boolean }): any {
	const path = name.split('.');
	let v: any = parameters;
	for (const p of path) v = v === undefined || v === null ? undefined : v[p];
	if (v === undefined) {
		if (fallback !== undefined) return fallback;
		throw new Error(`webhookContext: parameter "${name}" is not set and has no fallback`);
	}
	if (opts?.extractValue && v && typeof v === 'object' && '__rl' in v) return v.value;
	return v;
}

function baseContext(type: INodeType, o: ContextOptions, warnings: string[]) {
	const staticData = o.staticData ?? {};
	const n = node(type, o.parameters);
	const credentials = o.credentials ?? {};
	const ctx: any = {
		getNode: () => n,
		getNodeParameter: (name: string, fallback?: unknown, opts?: { extractValue?: boolean }) => getParameter(o.parameters, name, fallback, opts),
		getWorkflowStaticData: (_kind: string) => staticData,
		getCredentials: async (typeName: string) => {
			const c = credentials[typeName];
			if (!c) throw new Error(`Node does not have any credentials of type "${typeName}" set`);
			return c;
		},
		getTimezone: () => o.timezone ?? 'UTC',
		getMode: () => o.mode ?? 'webhook',
		getActivationMode: () => 'activate',
		getNodeWebhookUrl: (_name: string) => o.webhookUrl ?? 'https://n8n.example.com/webhook/b7e1c0de-0000-4000-8000-000000000001/webhook',
		getWebhookDescription: (name: string) => type.description.webhooks?.find((w) => w.name === name),
		logger: {
			debug: () => {},
			info: () => {},
			warn: (m: string) => warnings.push(m),
			error: (m: string) => warnings.push(m),
		},
		continueOnFail: () => false,
	};
	ctx.helpers = {
		httpRequestWithAuthentication: async function (typeName: string, options: IHttpRequestOptions) {
			const creds = await ctx.getCredentials(typeName);
			return await performRequest(await applyAuth(typeName, creds, options));
		},
		httpRequest: async (options: IHttpRequestOptions) => await performRequest(options),
		returnJsonArray: (data: IDataObject | IDataObject[]) => (Array.isArray(data) ? data : [data]).map((json) => ({ json })),
	};
	return ctx;
}

/** Calls `webhook()` as n8n does for one incoming request. */
export async function callWebhook(type: INodeType, o: ContextOptions, req: WebhookRequest): Promise<WebhookCallResult> {
	if (!type.webhook) throw new Error('the node has no webhook()');
	const warnings: string[] = [];
	const ctx = baseContext(type, o, warnings);
	const rawBody = req.rawBody === undefined ? undefined : Buffer.isBuffer(req.rawBody) ? req.rawBody : Buffer.from(req.rawBody, 'utf8');
	const headers: Record<string, string> = {};
	for (const [k, v] of Object.entries(req.headers ?? {})) headers[k.toLowerCase()] = v;
	if (rawBody && headers['content-length'] === undefined) headers['content-length'] = String(rawBody.length);
	let body = req.body;
	if (body === undefined && rawBody) {
		const text = rawBody.toString('utf8');
		if (String(headers['content-type'] ?? '').includes('x-www-form-urlencoded')) body = Object.fromEntries(new URLSearchParams(text));
		else {
			try {
				body = JSON.parse(text);
			} catch {
				body = {};
			}
		}
	}
	const response: RecordedResponse = { headers: {}, ended: false };
	const res: any = {
		status(code: number) {
			response.status = code;
			return res;
		},
		setHeader(k: string, v: string) {
			response.headers[k.toLowerCase()] = v;
			return res;
		},
		send(b: unknown) {
			response.body = b;
			response.ended = true;
			return res;
		},
		json(b: unknown) {
			response.body = b;
			response.headers['content-type'] = 'application/json';
			response.ended = true;
			return res;
		},
		end(b?: unknown) {
			if (b !== undefined) response.body = b;
			response.ended = true;
			return res;
		},
	};
	const request = { method: req.method ?? 'POST', headers, body: body ?? {}, rawBody, query: req.query ?? {} };
	Object.assign(ctx, {
		getWebhookName: () => req.webhookName ?? 'default',
		getRequestObject: () => request,
		getResponseObject: () => res,
		getBodyData: () => body ?? {},
		getHeaderData: () => headers,
		getQueryData: () => req.query ?? {},
		getParamsData: () => ({}),
	});
	const result = await type.webhook.call(ctx);
	const items = (result.workflowData?.[0] ?? []).map((i) => i.json);
	return { result, response, warnings, items };
}

/** Calls one of `webhookMethods.default` as n8n does on publish / unpublish. */
export async function callHook(type: INodeType, method: 'checkExists' | 'create' | 'delete', o: ContextOptions, webhookName = 'default'): Promise<boolean> {
	const fn = type.webhookMethods?.[webhookName as 'default']?.[method];
	if (!fn) throw new Error(`the node has no webhookMethods.${webhookName}.${method}`);
	const ctx = baseContext(type, o, []);
	ctx.getWebhookName = () => webhookName;
	return await fn.call(ctx);
}

/** n8n's activation sequence: checkExists, then create when it answered false. */
export async function activate(type: INodeType, o: ContextOptions): Promise<{ existed: boolean; created: boolean }> {
	const existed = await callHook(type, 'checkExists', o);
	if (existed) return { existed, created: false };
	return { existed, created: await callHook(type, 'create', o) };
}
