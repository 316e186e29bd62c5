/**
 * The contract every external ticket provider implements, and the HTTP plumbing they share. The
 * provider APIs are plain TypeScript over a `Requester` (method, path, body → status, headers,
 * body), so they run against local replay servers in tests; the n8n transport supplies a
 * Requester built on `httpRequestWithAuthentication` with the node's credential.
 */
import type { Case, CaseStatus } from './model';
import type { Priority } from '../routing/rules';

export interface HttpRequest {
	method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
	/** Path under the service base URL, may carry a pre-encoded query string. */
	path: string;
	qs?: Record<string, string | number | boolean>;
	body?: unknown;
	headers?: Record<string, string>;
}

export interface HttpResponse {
	status: number;
	headers: Record<string, unknown>;
	body: any;
}

export type Requester = (r: HttpRequest) => Promise<HttpResponse>;

export class TicketHttpError extends Error {
	constructor(
		message: string,
		readonly status: number,
		readonly body: unknown,
		readonly request: string,
	) {
		super(message);
		this.name = 'TicketHttpError';
	}
}

/** Retry-After is seconds or an HTTP date. */
export function retryAfterMs(headers: Record<string, unknown>, now = Date.now()): number | undefined {
	const raw = headers['retry-after'] ?? headers['Retry-After'];
	const v = Array.isArray(raw) ? raw[0] : raw;
	if (v === undefined || v === null || v === '') return undefined;
	const n = Number(v);
	if (Number.isFinite(n)) return Math.max(0, n * 1000);
	const t = Date.parse(String(v));
	return Number.isNaN(t) ? undefined : Math.max(0, t - now);
}

/** The vendor's own error text from the common error shapes. */
export function vendorMessage(body: unknown): string {
	if (!body) return '';
	if (typeof body === 'string') return body.slice(0, 300);
	const b = body as Record<string, any>;
	const parts: string[] = [];
	if (typeof b.error === 'string') parts.push(b.error);
	if (b.error && typeof b.error === 'object') parts.push([b.error.message, b.error.detail].filter(Boolean).join(': '));
	if (typeof b.description === 'string') parts.push(b.description);
	if (typeof b.message === 'string') parts.push(b.message);
	if (Array.isArray(b.errors)) parts.push(b.errors.map((e: any) => (typeof e === 'string' ? e : [e.field, e.message ?? e.code].filter(Boolean).join(': '))).join('; '));
	else if (b.errors && typeof b.errors === 'object') parts.push(Object.entries(b.errors).map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join('; '));
	if (Array.isArray(b.errorMessages) && b.errorMessage !== undefined) parts.push(b.errorMessage);
	if (Array.isArray(b.errorMessages)) parts.push(b.errorMessages.join('; '));
	if (typeof b.details === 'string') parts.push(b.details);
	return parts.filter(Boolean).join(' — ').slice(0, 500);
}

export interface RetryOptions {
	maxRetries?: number;
	/** Longest single wait; a longer Retry-After fails with a clear message instead of hanging. */
	maxWaitMs?: number;
	/** How to wait (n8n's `sleep` in nodes; the engine has no timer of its own). */
	sleep: (ms: number) => Promise<void>;
}

/**
 * Sends, honouring 429 (and 503 with Retry-After) by waiting as told, up to `maxRetries` times;
 * any other status ≥ 400 throws a TicketHttpError carrying the vendor's message.
 */
export async function sendWithRetry(send: Requester, r: HttpRequest, o: RetryOptions): Promise<HttpResponse> {
	const max = o.maxRetries ?? 3;
	const maxWait = o.maxWaitMs ?? 60_000;
	const sleep = o.sleep;
	for (let attempt = 0; ; attempt++) {
		const res = await send(r);
		const retryable = res.status === 429 || (res.status === 503 && retryAfterMs(res.headers) !== undefined);
		if (retryable && attempt < max) {
			const wait = retryAfterMs(res.headers) ?? Math.min(maxWait, 1000 * 2 ** attempt);
			if (wait > maxWait) {
				throw new TicketHttpError(`Rate limited: the service asks to wait ${Math.round(wait / 1000)} s (more than ${maxWait / 1000} s)`, res.status, res.body, `${r.method} ${r.path}`);
			}
			await sleep(wait);
			continue;
		}
		if (res.status >= 400) {
			const msg = vendorMessage(res.body);
			const hint =
				res.status === 401 ? ' (check the credential)' : res.status === 403 ? ' (the account lacks permission)' : res.status === 404 ? ' (not found)' : res.status === 429 ? ' (still rate limited after retries)' : '';
			throw new TicketHttpError(`${r.method} ${r.path.split('?')[0]} failed with HTTP ${res.status}${hint}${msg ? `: ${msg}` : ''}`, res.status, res.body, `${r.method} ${r.path}`);
		}
		return res;
	}
}

export interface ExternalTicket {
	provider: string;
	/** The id the API uses (number as string, Jira key, ServiceNow sys_id). */
	id: string;
	/** The human number where it differs (ServiceNow INC…, Jira key). */
	number?: string;
	url?: string;
	caseId?: string;
	title: string;
	status: CaseStatus;
	rawStatus: string;
	priority: Priority;
	rawPriority?: string;
	createdAt?: string;
	updatedAt?: string;
	/** Resolution due time where the provider keeps one (Zendesk due_at, Freshdesk due_by, Redmine due_date). */
	dueAt?: string;
	assignee?: string;
}

export interface CreateTicketInput {
	case: Case;
	/** Requester e-mail (defaults to the case customer's). */
	requesterEmail?: string;
	requesterName?: string;
}

export interface TicketPatch {
	priority?: Priority;
	title?: string;
}

export interface SearchQuery {
	/** Only open (new / open / pending) tickets. */
	open?: boolean;
	limit: number;
}

export interface TicketApi {
	readonly provider: string;
	findByCaseId(caseId: string): Promise<ExternalTicket | undefined>;
	create(input: CreateTicketInput): Promise<ExternalTicket>;
	get(id: string): Promise<ExternalTicket>;
	update(id: string, patch: TicketPatch): Promise<ExternalTicket>;
	comment(id: string, text: string, internal: boolean): Promise<void>;
	setStatus(id: string, status: CaseStatus, note?: string): Promise<ExternalTicket>;
	/** Tickets filed by this package (tagged / labelled / correlated), newest first. */
	search(q: SearchQuery): Promise<ExternalTicket[]>;
}

/** `[CX-…] title` — the case id in the subject makes the ticket findable by text search too. */
export function subjectWithCaseId(c: Case): string {
	return c.title.includes(c.id) ? c.title : `[${c.id}] ${c.title}`;
}

export function caseIdInText(text: string | undefined): string | undefined {
	const m = /\b([A-Z][A-Z0-9]{0,9}-[0-9A-HJKMNP-TV-Z]{12})\b/.exec(text ?? '');
	return m?.[1];
}

export function escapeHtml(s: string): string {
	return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The case description as simple HTML (Freshdesk, Zendesk html_body). */
export function descriptionHtml(c: Case): string {
	return c.description
		.split('\n')
		.map((l) => escapeHtml(l))
		.join('<br>');
}

/** Case details appended to the ticket body: owner, due times, feedback ids. */
export function caseFacts(c: Case): string {
	const lines = [`Case: ${c.id}`, `Priority: ${c.priority}`];
	const owner = [c.owner.department, c.owner.person, c.owner.queue].filter(Boolean).join(' / ');
	if (owner) lines.push(`Owner: ${owner}`);
	if (c.responseDueAt) lines.push(`Response due: ${c.responseDueAt}`);
	if (c.dueAt) lines.push(`Resolution due: ${c.dueAt}`);
	lines.push(`Feedback: ${c.feedbackIds.join(', ')}`);
	return lines.join('\n');
}
