/**
 * CX Ticket against a REAL Redmine (Debian bookworm package `redmine` 5.0.4 + `redmine-sqlite`),
 * started by this test: rackup/WEBrick as www-data on a free port, the REST API switched on and the
 * admin's API key read with `rails runner`. About 17 s on this project's machines.
 *
 * Runs when either
 *  - CXLOOP_REDMINE_URL and CXLOOP_REDMINE_KEY point at a Redmine (project `guest-care`), or
 *  - the Debian package is installed and prepared by `scripts/setup-redmine.sh` (as root; .ci/run
 *    does it; see docs/nodes/cx-ticket.md#redmine) and the test runs as root (it starts Redmine as
 *    www-data).
 * Otherwise it is skipped with the reason and the command to run; the replay-server tests in
 * cxTicket.test.ts still cover the provider.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { randomBytes } from 'node:crypto';
import { chain, runWorkflow, memoryDeduplicator } from '../harness/n8n';
import { feedback } from '../fixtures/tickets/feedback';
import { buildCalendar } from '../../nodes/engine/routing/businessHours';
import { route } from '../../nodes/engine/routing/rules';

const REDMINE = '/usr/share/redmine';
const env = { ...process.env, BUNDLER_VERSION: '2.3.15', REDMINE_INSTANCE: 'default', RAILS_ENV: 'production' };
const asWwwData = (cmd: string) => ['www-data', '-s', '/bin/sh', '-c', `cd ${REDMINE} && ${cmd}`];

const SETUP = 'run `sudo scripts/setup-redmine.sh` (Debian bookworm; installs and prepares redmine 5.0.4 on SQLite), or set CXLOOP_REDMINE_URL and CXLOOP_REDMINE_KEY';

function why(): string | undefined {
	if (process.env.CXLOOP_REDMINE_URL && process.env.CXLOOP_REDMINE_KEY) return undefined;
	if (!existsSync(`${REDMINE}/config.ru`)) return `Debian redmine package not installed: ${SETUP}`;
	if (!existsSync(`${REDMINE}/Gemfile.local`)) return `redmine installed but not prepared (no Gemfile.local with webrick): ${SETUP}`;
	if (process.getuid?.() !== 0) return 'must run as root to start Redmine as www-data (or set CXLOOP_REDMINE_URL and CXLOOP_REDMINE_KEY)';
	return undefined;
}
const skip = why();
const d = skip ? describe.skip : describe;
if (skip) console.log(`Real Redmine test skipped: ${skip}`);

async function freePort(): Promise<number> {
	return new Promise((resolve) => {
		const s = createServer();
		s.listen(0, '127.0.0.1', () => {
			const port = (s.address() as { port: number }).port;
			s.close(() => resolve(port));
		});
	});
}

d('CX Ticket — real Redmine (Debian package)', () => {
	let url = process.env.CXLOOP_REDMINE_URL ?? '';
	let key = process.env.CXLOOP_REDMINE_KEY ?? '';
	let server: ChildProcess | undefined;
	const run = (operation: string, input: any[], extra: Record<string, unknown> = {}) =>
		runWorkflow(
			chain({ type: 'cxTicket', name: 'T', parameters: { provider: 'redmine', operation, providerSettings: { projectId: 'guest-care' }, ...extra }, credentials: { cxRedmineApi: { id: '1', name: 'r' } } }),
			{ input, credentials: { cxRedmineApi: { baseUrl: url, apiKey: key } } },
		);

	beforeAll(async () => {
		if (url) return;
		const ruby =
			"Setting.rest_api_enabled = '1'; " +
			"Project.find_by(identifier: 'guest-care') || Project.create!(name: 'Guest Care', identifier: 'guest-care', tracker_ids: Tracker.pluck(:id), is_public: true); " +
			"puts User.find_by(login: 'admin').api_key";
		key = execFileSync('su', asWwwData(`bundle exec rails runner "${ruby}"`), { env, encoding: 'utf8', timeout: 120_000 }).trim().split('\n').pop()!;
		const port = await freePort();
		server = spawn('su', asWwwData(`exec bundle exec rackup -s webrick -o 127.0.0.1 -p ${port} -E production config.ru`), { env, detached: true, stdio: 'ignore' });
		server.unref();
		url = `http://127.0.0.1:${port}`;
		for (let i = 0; i < 240; i++) {
			try {
				if ((await fetch(`${url}/issue_statuses.json`, { headers: { 'X-Redmine-API-Key': key } })).ok) return;
			} catch {
				// not up yet
			}
			await new Promise((r) => setTimeout(r, 250));
		}
		throw new Error('Redmine did not come up within 60 s');
	}, 180_000);

	afterAll(() => {
		if (server?.pid) process.kill(-server.pid, 'SIGTERM');
	});

	beforeEach(() => memoryDeduplicator.reset());

	it('create is idempotent, merge comments, resolve / reopen / close follow the Redmine statuses, search finds it', async () => {
		const run1 = randomBytes(4).toString('hex');
		// The real clock: Redmine sets an issue's start date to its own today and refuses a due date
		// before it, so the feedback and its SLA must not be dated in the past.
		const now = Date.now();
		const f = feedback({ location: { id: `sh-${run1}`, name: 'Test hotel' }, occurredAt: new Date(now - 60_000).toISOString(), receivedAt: new Date(now).toISOString() });
		const routing = await route(f, [{ name: 'D', condition: { type: 'detractor' }, outcome: { priority: 'urgent', sla: { resolutionMinutes: 240 } } }], {
			calendar: buildCalendar({ timeZone: 'Asia/Shanghai' }),
			now,
		});
		const routed = { ...f, routing };
		const created = await run('create', [routed]);
		if (created.error('T')) throw created.error('T');
		const t = created.json('T')[0];
		expect(t).toMatchObject({ action: 'created', caseId: routing.caseId, status: 'new', priority: 'urgent', url: expect.stringContaining(`${url}/issues/`) });
		const again = await run('create', [routed, routed]);
		expect(again.json('T').map((x) => x.action)).toEqual(['unchanged', 'unchanged']);
		memoryDeduplicator.reset(); // even without the dedupe store, the search finds the issue
		const merged = await run('create', [{ ...routed, id: 'typeform:resp-2', sourceId: 'resp-2' }]);
		expect(merged.json('T')[0]).toMatchObject({ action: 'merged', externalId: t.externalId });
		const resolved = await run('resolve', [{}], { ticketId: routing.caseId, text: 'Room re-cleaned' });
		if (resolved.error('T')) throw resolved.error('T');
		expect(resolved.json('T')[0]).toMatchObject({ status: 'resolved', ticket: { rawStatus: 'Resolved' } });
		const reopened = await run('reopen', [{}], { ticketId: t.externalId });
		expect(reopened.json('T')[0]).toMatchObject({ status: 'open', ticket: { rawStatus: 'In Progress' } });
		const found = await run('search', [{}], { filter: 'open', returnAll: true });
		expect(found.json('T').map((x) => x.caseId)).toContain(routing.caseId);
		const closed = await run('close', [{}], { ticketId: t.externalId, text: 'done' });
		expect(closed.json('T')[0]).toMatchObject({ status: 'closed', ticket: { rawStatus: 'Closed' } });
		const journals: any = await (await fetch(`${url}/issues/${t.externalId}.json?include=journals`, { headers: { 'X-Redmine-API-Key': key } })).json();
		expect(journals.issue.journals.some((j: any) => String(j.notes).includes('typeform:resp-2') && j.private_notes)).toBe(true);
	}, 120_000);
});
