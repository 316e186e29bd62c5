/**
 * The contract every external ticket provider implements. The provider APIs are plain TypeScript
 * over a `Requester` (method, path, body → status, headers, body), so they run against local replay
 * servers in tests; nodes/shared/http.ts supplies a Requester built on `httpRequestWithAuthentication`
 * with the node's credential and the retry rules of nodes/engine/http/retry.ts (TICKET_RETRY).
 */
import type { RetryPolicy } from '../http/retry';
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

/**
 * The ticket providers' retry policy for nodes/engine/http/retry.ts: 429 (and 503 only with a
 * Retry-After) waited out as told, up to 3 times and 60 s per wait; backoff capped at the same 60 s.
 * Failures throw HttpStatusError: `POST /api/v2/tickets failed with HTTP 422: Validation failed — …`.
 */
export const TICKET_RETRY: RetryPolicy = { maxRetries: 3, maxWaitMs: 60_000, maxBackoffMs: 60_000, retry503: 'with-retry-after' };

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
