import { chain, runWorkflow, memoryDeduplicator } from '../harness/n8n';
import { startMockServer, type MockServer } from '../harness/mockServer';
import { feedback } from '../fixtures/tickets/feedback';
import { zendeskFake, freshdeskFake, jiraFake, serviceNowFake, zammadFake, redmineFake, type Fake } from '../fixtures/tickets/fakes';
import { buildCalendar } from '../../nodes/engine/routing/businessHours';
import { route } from '../../nodes/engine/routing/rules';
import type { Feedback } from '../../nodes/engine/feedback/schema';

async function routed(over: Parameters<typeof feedback>[0] = {}): Promise<Feedback> {
	const f = feedback(over);
	const routing = await route(
		f,
		[{ name: 'Detractor', condition: { type: 'detractor' }, outcome: { owner: { department: 'Front Office' }, priority: 'high', sla: { resolutionMinutes: 240 }, alert: true } }],
		{ calendar: buildCalendar({ timeZone: 'Asia/Shanghai' }), now: Date.parse('2026-11-23T10:00:05+08:00') },
	);
	return { ...f, routing } as unknown as Feedback;
}

beforeEach(() => memoryDeduplicator.reset());

describe('CX Ticket — built-in case table (Data Table rows)', () => {
	const create = (extra: Record<string, unknown> = {}) =>
		chain({ type: 'cxTicket', name: 'Ticket', parameters: { provider: 'dataTable', operation: 'create', ...extra } });

	it('creates once: the same feedback three times → one "created", then "unchanged" (dedupe store, no row yet)', async () => {
		const f = await routed();
		const wf = create();
		const r1 = await runWorkflow(wf, { input: [f as any] });
		const r2 = await runWorkflow(wf, { input: [f as any, f as any] });
		const a = r1.json('Ticket')[0];
		expect(a).toMatchObject({ action: 'created', isNew: true, alert: true, status: 'new', priority: 'high', caseId: (f.routing as any).caseId });
		expect(a.row).toMatchObject({ caseId: (f.routing as any).caseId, status: 'new', isOpen: true, ownerDepartment: 'Front Office' });
		expect(r2.json('Ticket').map((x) => x.action)).toEqual(['unchanged', 'unchanged']);
		expect(r2.json('Ticket').every((x) => x.alert === false)).toBe(true);
		// the row is identical, so an upsert keyed on caseId is idempotent
		expect((r2.json('Ticket')[0].row as any).caseId).toBe((a.row as any).caseId);
	});

	it('with the existing row: same feedback → unchanged; new feedback of the same stay → merged; on a closed case → reopened', async () => {
		const f = await routed();
		const r1 = await runWorkflow(create(), { input: [f as any] });
		const row = r1.json('Ticket')[0].row as any;
		const same = await runWorkflow(create({ existingCase: JSON.stringify(row) }), { input: [f as any] });
		expect(same.json('Ticket')[0]).toMatchObject({ action: 'unchanged', alert: false });
		const f2 = await routed({ id: 'typeform:resp-2', sourceId: 'resp-2' });
		expect((f2.routing as any).caseId).toBe((f.routing as any).caseId);
		const merged = await runWorkflow(create({ existingCase: row }), { input: [f2 as any] });
		expect(merged.json('Ticket')[0]).toMatchObject({ action: 'merged', alert: false });
		expect((merged.json('Ticket')[0].case as any).feedbackIds).toEqual(['typeform:resp-1', 'typeform:resp-2']);
		const closed = { ...row, status: 'closed' };
		const f3 = await routed({ id: 'typeform:resp-3', sourceId: 'resp-3' });
		const re = await runWorkflow(create({ existingCase: closed }), { input: [f3 as any] });
		expect(re.json('Ticket')[0]).toMatchObject({ action: 'reopened', status: 'open', alert: true });
	});

	it('walks resolve → follow-up sent → answered (satisfied closes, unhappy reopens) on rows', async () => {
		const f = await routed();
		const row = (await runWorkflow(create(), { input: [f as any] })).json('Ticket')[0].row as any;
		const op = (operation: string, extra: Record<string, unknown> = {}) => chain({ type: 'cxTicket', name: 'T', parameters: { provider: 'dataTable', operation, ...extra } });
		const resolved = (await runWorkflow(op('resolve', { text: 'Room re-cleaned; apology call made' }), { input: [row] })).json('T')[0];
		expect(resolved).toMatchObject({ action: 'resolved', status: 'resolved', row: { status: 'resolved', isOpen: false } });
		const sent = (await runWorkflow(op('followUp', { followUpEvent: 'sent' }), { input: [resolved.row as any] })).json('T')[0];
		expect((sent.case as any).followUp.sentAt).toBeDefined();
		const happy = (await runWorkflow(op('followUp', { followUpEvent: 'answered', satisfied: true }), { input: [sent.row as any] })).json('T')[0];
		expect(happy).toMatchObject({ action: 'closed', status: 'closed', alert: false });
		const unhappy = (await runWorkflow(op('followUp', { followUpEvent: 'answered', satisfied: false }), { input: [sent.row as any] })).json('T')[0];
		expect(unhappy).toMatchObject({ action: 'reopened', status: 'open', alert: true, case: { reopenCount: 1 } });
		// an invalid transition names the case
		const bad = await runWorkflow(op('close'), { input: [row] });
		expect(bad.error('T')?.message).toMatch(/Cannot close case CX-\w+: it is new/);
	});

	it('comments, updates and searches overdue rows', async () => {
		const f = await routed();
		const row = (await runWorkflow(create(), { input: [f as any] })).json('Ticket')[0].row as any;
		const op = (operation: string, extra: Record<string, unknown> = {}) => chain({ type: 'cxTicket', name: 'T', parameters: { provider: 'dataTable', operation, ...extra } });
		const c = (await runWorkflow(op('comment', { text: '已致电客人', internal: true }), { input: [row] })).json('T')[0];
		expect((c.case as any).notes).toEqual([expect.objectContaining({ text: '已致电客人', internal: true })]);
		const u = (await runWorkflow(op('update', { updateFields: { priority: 'urgent', department: 'Housekeeping', status: 'pending' } }), { input: [row] })).json('T')[0];
		expect(u).toMatchObject({ status: 'pending', priority: 'urgent', row: { ownerDepartment: 'Housekeeping' } });
		const s = await runWorkflow(op('search', { filter: 'overdue', now: '2026-11-23T15:00:00+08:00' }), { input: [row, { ...row, caseId: 'x', data: JSON.stringify({ ...JSON.parse(row.data), id: 'CX-000000000002', dueAt: '2026-11-24T10:00:00+08:00' }) }] });
		expect(s.json('T').map((x) => x.caseId)).toEqual([row.caseId]);
	});
});

interface ProviderCase {
	name: string;
	provider: string;
	credType: string;
	creds: Record<string, unknown>;
	settings?: Record<string, unknown>;
	fake: () => Fake;
	authCheck: (h: Record<string, unknown>) => void;
}

const providers: ProviderCase[] = [
	{
		name: 'Zendesk',
		provider: 'zendesk',
		credType: 'cxZendeskApi',
		creds: { email: 'agent@acme.com', apiToken: 'zd-token' },
		fake: () => zendeskFake(),
		authCheck: (h) => expect(h.authorization).toBe(`Basic ${Buffer.from('agent@acme.com/token:zd-token').toString('base64')}`),
	},
	{
		name: 'Freshdesk',
		provider: 'freshdesk',
		credType: 'cxFreshdeskApi',
		creds: { apiKey: 'fd-key' },
		fake: () => freshdeskFake(),
		authCheck: (h) => expect(h.authorization).toBe(`Basic ${Buffer.from('fd-key:X').toString('base64')}`),
	},
	{
		name: 'Jira Service Management',
		provider: 'jira',
		credType: 'cxJiraServiceManagementApi',
		creds: { deployment: 'cloud', email: 'bot@acme.com', apiToken: 'jira-token' },
		settings: { serviceDeskId: '1', requestTypeId: '10' },
		fake: () => jiraFake(),
		authCheck: (h) => expect(h.authorization).toBe(`Basic ${Buffer.from('bot@acme.com:jira-token').toString('base64')}`),
	},
	{
		name: 'ServiceNow',
		provider: 'servicenow',
		credType: 'cxServiceNowApi',
		creds: { username: 'cx.bot', password: 'sn-pass' },
		fake: () => serviceNowFake(),
		authCheck: (h) => expect(h.authorization).toBe(`Basic ${Buffer.from('cx.bot:sn-pass').toString('base64')}`),
	},
	{
		name: 'Zammad',
		provider: 'zammad',
		credType: 'cxZammadApi',
		creds: { accessToken: 'zm-token' },
		settings: { group: 'Guest Care' },
		fake: () => zammadFake(),
		authCheck: (h) => expect(h.authorization).toBe('Token token=zm-token'),
	},
	{
		name: 'Redmine',
		provider: 'redmine',
		credType: 'cxRedmineApi',
		creds: { apiKey: 'rm-key' },
		settings: { projectId: 'guest-care' },
		fake: () => redmineFake(),
		authCheck: (h) => expect(h['x-redmine-api-key']).toBe('rm-key'),
	},
];

describe.each(providers)('CX Ticket — $name (local replay server)', (pc) => {
	let server: MockServer;
	let fake: Fake;
	beforeEach(async () => {
		fake = pc.fake();
		server = await startMockServer(fake.routes);
	});
	afterEach(() => server.close());
	const run = (operation: string, input: any[], extra: Record<string, unknown> = {}) =>
		runWorkflow(
			chain({
				type: 'cxTicket',
				name: 'T',
				parameters: { provider: pc.provider, operation, providerSettings: pc.settings ?? {}, ...extra },
				credentials: { [pc.credType]: { id: '1', name: pc.name } },
			}),
			{ input, credentials: { [pc.credType]: { baseUrl: server.url, ...pc.creds } } },
		);

	it('create is idempotent: the same detractor three times → one ticket; another stay feedback → a comment', async () => {
		const f = await routed();
		const caseId = (f.routing as any).caseId;
		const r1 = await run('create', [f]);
		const t1 = r1.json('T')[0];
		if (r1.error('T')) throw r1.error('T');
		expect(t1).toMatchObject({ action: 'created', isNew: true, alert: true, caseId, status: expect.stringMatching(/new|open/), priority: 'high' });
		expect(t1.externalId).toBeTruthy();
		expect(String(t1.url)).toContain(server.url);
		const r2 = await run('create', [f, f]);
		expect(r2.json('T').map((x) => x.action)).toEqual(['unchanged', 'unchanged']);
		expect(fake.tickets.size).toBe(1);
		const f2 = await routed({ id: 'typeform:resp-2', sourceId: 'resp-2' });
		const r3 = await run('create', [f2]);
		expect(r3.json('T')[0]).toMatchObject({ action: 'merged', externalId: t1.externalId });
		expect(fake.tickets.size).toBe(1);
		expect(fake.comments.some((c) => c.body.includes('typeform:resp-2') && c.internal)).toBe(true);
		pc.authCheck(server.requests[0].headers as Record<string, unknown>);
		// nothing secret or personal leaks into the ticket subject
		const t = [...fake.tickets.values()][0];
		expect(JSON.stringify(t)).not.toContain('13800138000');
	});

	it('resolve, reopen, comment, update, get and search by case id', async () => {
		const f = await routed();
		const caseId = (f.routing as any).caseId;
		const id = (await run('create', [f])).json('T')[0].externalId;
		const resolved = await run('resolve', [{}], { ticketId: caseId, text: 'Room re-cleaned' });
		if (resolved.error('T')) throw resolved.error('T');
		expect(resolved.json('T')[0]).toMatchObject({ action: 'resolved', status: 'resolved', externalId: id });
		const reopened = await run('reopen', [{}], { ticketId: id, text: 'Guest not satisfied' });
		expect(reopened.json('T')[0]).toMatchObject({ status: 'open' });
		const commented = await run('comment', [{}], { ticketId: id, text: '已回电', internal: false });
		expect(commented.json('T')[0].action).toBe('commented');
		expect(fake.comments.some((c) => c.body === '已回电' && !c.internal)).toBe(true);
		const updated = await run('update', [{}], { ticketId: id, updateFields: { priority: 'low' } });
		expect(updated.json('T')[0]).toMatchObject({ priority: 'low' });
		const got = await run('get', [{}], { ticketId: id });
		expect(got.json('T')[0]).toMatchObject({ externalId: id, caseId });
		const found = await run('search', [{}], { filter: 'open', returnAll: true });
		expect(found.json('T').map((x) => x.caseId)).toEqual([caseId]);
		const happy = await run('followUp', [{}], { ticketId: id, followUpEvent: 'answered', satisfied: false });
		expect(happy.json('T')[0]).toMatchObject({ action: 'reopened', alert: true });
	});
});

describe('CX Ticket — HTTP behaviour', () => {
	it('honours 429 + Retry-After (Zendesk) and still creates exactly one ticket', async () => {
		const fake = zendeskFake({ rateLimitFirstCreate: true });
		const server = await startMockServer(fake.routes);
		try {
			const r = await runWorkflow(
				chain({ type: 'cxTicket', name: 'T', parameters: { provider: 'zendesk', operation: 'create' }, credentials: { cxZendeskApi: { id: '1', name: 'z' } } }),
				{ input: [(await routed()) as any], credentials: { cxZendeskApi: { baseUrl: server.url, email: 'a@b.c', apiToken: 't' } } },
			);
			expect(r.json('T')[0].action).toBe('created');
			expect(server.calls('POST /api/v2/tickets.json')).toHaveLength(2);
			expect(fake.tickets.size).toBe(1);
		} finally {
			await server.close();
		}
	});

	it('wraps vendor errors with their message and status; a failed create is retried later (not taken for a duplicate)', async () => {
		let fail = true;
		const fake = freshdeskFake();
		const server = await startMockServer({
			...fake.routes,
			'POST /api/v2/tickets': (req, nth) => (fail ? { status: 500, body: { description: 'Internal error', errors: [] } } : (fake.routes['POST /api/v2/tickets'] as any)(req, nth)),
		});
		const wf = chain({ type: 'cxTicket', name: 'T', parameters: { provider: 'freshdesk', operation: 'create' }, credentials: { cxFreshdeskApi: { id: '1', name: 'f' } } });
		const opts = { credentials: { cxFreshdeskApi: { baseUrl: server.url, apiKey: 'k' } } };
		try {
			const f = await routed();
			const r = await runWorkflow(wf, { input: [f as any], ...opts });
			expect(r.error('T')?.message).toMatch(/POST \/api\/v2\/tickets failed with HTTP 500: Internal error/);
			fail = false;
			const again = await runWorkflow(wf, { input: [f as any], ...opts });
			expect(again.json('T')[0].action).toBe('created');
			const noEmail = await runWorkflow(wf, { input: [(await routed({ id: 'x:1', sourceId: '1', customer: { id: 'c-9' } })) as any], ...opts });
			expect(noEmail.error('T')?.message).toMatch(/Freshdesk needs a requester e-mail/);
		} finally {
			await server.close();
		}
	});
});
