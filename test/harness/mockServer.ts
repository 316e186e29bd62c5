/**
 * A local HTTP server that stands in for a vendor API in tests: routes answer with the vendor's
 * documented payloads, and every request is recorded (method, path, query, headers, raw body) so a
 * test can assert what our node sent. Listens on 127.0.0.1 with a free port.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
	method: string;
	/** Path without the query string. */
	path: string;
	query: Record<string, string>;
	headers: IncomingHttpHeaders;
	rawBody: string;
	/** Parsed JSON body, or form fields for x-www-form-urlencoded, else undefined. */
	body: any;
}

export interface MockResponse {
	status?: number;
	headers?: Record<string, string>;
	/** Objects are sent as JSON; strings and Buffers as they are. */
	body?: unknown;
}

export type MockHandler = (req: RecordedRequest, nth: number) => MockResponse | Promise<MockResponse>;

/** `"GET /v3/surveys"` (exact path) or `"GET /v3/surveys/:id"` (`:name` matches one segment). */
export type Routes = Record<string, MockHandler | MockResponse>;

export interface MockServer {
	url: string;
	requests: RecordedRequest[];
	/** Requests whose method and path match `"METHOD /path"` (same pattern syntax as routes). */
	calls(route: string): RecordedRequest[];
	close(): Promise<void>;
}

function compile(route: string): { method: string; re: RegExp } {
	const [method, path] = route.split(/\s+/, 2);
	const re = new RegExp('^' + path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:(\w+)/g, '[^/]+') + '/?$');
	return { method: method.toUpperCase(), re };
}

export async function startMockServer(routes: Routes): Promise<MockServer> {
	const compiled = Object.entries(routes).map(([k, h]) => ({ ...compile(k), key: k, handler: h }));
	const counts = new Map<string, number>();
	const requests: RecordedRequest[] = [];
	const server: Server = createServer((req, res) => {
		const chunks: Buffer[] = [];
		req.on('data', (c) => chunks.push(c));
		req.on('end', async () => {
			const url = new URL(req.url ?? '/', 'http://127.0.0.1');
			const rawBody = Buffer.concat(chunks).toString('utf8');
			let body: any;
			const ct = String(req.headers['content-type'] ?? '');
			try {
				if (ct.includes('json') && rawBody) body = JSON.parse(rawBody);
				else if (ct.includes('x-www-form-urlencoded')) body = Object.fromEntries(new URLSearchParams(rawBody));
			} catch {
				body = undefined;
			}
			const rec: RecordedRequest = {
				method: req.method ?? 'GET',
				path: url.pathname,
				query: Object.fromEntries(url.searchParams),
				headers: req.headers,
				rawBody,
				body,
			};
			requests.push(rec);
			const route = compiled.find((r) => r.method === rec.method && r.re.test(rec.path));
			if (!route) {
				res.writeHead(404, { 'content-type': 'application/json' });
				res.end(JSON.stringify({ error: `no mock route for ${rec.method} ${rec.path}` }));
				return;
			}
			const nth = counts.get(route.key) ?? 0;
			counts.set(route.key, nth + 1);
			try {
				const out = typeof route.handler === 'function' ? await route.handler(rec, nth) : route.handler;
				const isRaw = typeof out.body === 'string' || Buffer.isBuffer(out.body);
				const headers = { ...(isRaw || out.body === undefined ? {} : { 'content-type': 'application/json' }), ...(out.headers ?? {}) };
				res.writeHead(out.status ?? 200, headers);
				res.end(out.body === undefined ? undefined : isRaw ? (out.body as string) : JSON.stringify(out.body));
			} catch (e) {
				res.writeHead(500, { 'content-type': 'application/json' });
				res.end(JSON.stringify({ error: String(e) }));
			}
		});
	});
	await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		requests,
		calls(route: string) {
			const { method, re } = compile(route);
			return requests.filter((r) => r.method === method && re.test(r.path));
		},
		close: () =>
			new Promise<void>((r) => {
				server.closeAllConnections?.();
				server.close(() => r());
			}),
	};
}
