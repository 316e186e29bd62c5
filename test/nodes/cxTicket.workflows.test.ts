/**
 * The prebuilt templates themselves (workflows/*.json), run in-process with stand-ins for n8n's
 * built-in nodes (test/fixtures/tickets/n8nFakes.ts) and a local DingTalk capture server.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runWorkflow, memoryDeduplicator, type WorkflowJson } from '../harness/n8n';
import { startMockServer, type MockServer } from '../harness/mockServer';
import { builtinFakes, FakeDataTable, FakeEmailSend, FakeExecuteWorkflow, FakeHttpRequest, FakeRespond, runTemplate } from '../fixtures/tickets/n8nFakes';
import { feedback } from '../fixtures/tickets/feedback';
import { verifyDingTalk } from '../../nodes/engine/notify/signature';

const load = (name: string): WorkflowJson => {
	const wf = JSON.parse(readFileSync(join(__dirname, '..', '..', 'workflows', name), 'utf8'));
	for (const n of wf.nodes) if (n.type === 'n8n-nodes-cxloop.cxNotify') n.credentials = { cxDingTalkRobotApi: { id: '1', name: 'robot' } };
	return wf;
};

let server: MockServer;
const SECRET = 'SECloop';
beforeEach(async () => {
	memoryDeduplicator.reset();
	FakeDataTable.reset();
	FakeHttpRequest.calls = [];
	FakeRespond.responses = [];
	FakeEmailSend.sent = [];
	FakeExecuteWorkflow.runs = [];
	robotAnswer = () => ({ body: { errcode: 0, errmsg: 'ok' } });
	server = await startMockServer({ 'POST /robot/send': () => robotAnswer() });
	FakeExecuteWorkflow.credentials = { cxDingTalkRobotApi: { webhookUrl: `${server.url}/robot/send?access_token=t1`, secret: SECRET } };
});
let robotAnswer: () => { status?: number; body?: unknown };
afterEach(() => server.close());

const run = (wf: WorkflowJson, startNode: string, input: any[]) =>
	runWorkflow(wf, {
		startNode,
		input,
		mode: 'webhook',
		extraNodeTypes: builtinFakes as any,
		workflowId: wf.id,
		credentials: { cxDingTalkRobotApi: { webhookUrl: `${server.url}/robot/send?access_token=t1`, secret: SECRET } },
	});

describe('workflows/survey-closed-loop.json', () => {
	it('static checks: id, node types, no credentials', () => {
		const raw = readFileSync(join(__dirname, '..', '..', 'workflows', 'survey-closed-loop.json'), 'utf8');
		const wf = JSON.parse(raw);
		expect(wf.id).toBe('cxSurveyClosedLoop01');
		expect(raw).not.toContain('"credentials"');
		expect(wf.nodes.map((n: any) => n.type)).toEqual(expect.arrayContaining(['n8n-nodes-cxloop.cxRoute', 'n8n-nodes-cxloop.cxTicket', 'n8n-nodes-base.executeWorkflow', 'n8n-nodes-base.dataTable']));
		// every alert goes through the one alert sender: no CX Notify node of its own
		expect(wf.nodes.filter((n: any) => n.type === 'n8n-nodes-cxloop.cxNotify')).toEqual([]);
		expect(wf.nodes.filter((n: any) => n.type === 'n8n-nodes-base.executeWorkflow').map((n: any) => n.parameters.workflowId.value)).toEqual(['cxAlertSender01', 'cxAlertSender01']);
	});

	it('the same detractor three times → one case row and one signed alert; resolve → follow-up; unhappy answer → reopen + escalation alert', async () => {
		const wf = load('survey-closed-loop.json');
		const f = feedback({ receivedAt: '2026-01-05T10:00:05+08:00', occurredAt: '2026-01-05T09:00:00+08:00' });
		for (let k = 0; k < 3; k++) {
			const r = await run(wf, 'Feedback In', [{ body: f }]);
			if (r.run.data.resultData.error) throw r.run.data.resultData.error;
			expect(r.json('Create Case')[0].action).toBe(k === 0 ? 'created' : 'unchanged');
		}
		expect(FakeDataTable.rows).toHaveLength(1);
		expect(FakeRespond.responses.map((x: any) => x.action)).toEqual(['created', 'unchanged', 'unchanged']);
		const row = FakeDataTable.rows[0] as any;
		expect(row).toMatchObject({ status: 'new', priority: 'urgent', ownerDepartment: 'Front Office 前厅部', isOpen: true });
		const alerts = server.calls('POST /robot/send');
		expect(alerts).toHaveLength(1);
		expect(verifyDingTalk(alerts[0].query.timestamp, encodeURIComponent(alerts[0].query.sign), SECRET)).toBe(true);
		expect(alerts[0].body.markdown.text).toContain(row.caseId);
		// the owner's e-mail copy (the in-house rule names front-office@example.com), redacted
		expect(FakeEmailSend.sent).toHaveLength(1);
		expect(FakeEmailSend.sent[0]).toMatchObject({ to: 'front-office@example.com', subject: expect.stringContaining(`新客诉 ${row.caseId}`) });
		expect(FakeEmailSend.sent[0].text).not.toMatch(/1380013\d{4}/);

		const resolved = await run(wf, 'Case Resolved', [{ body: { caseId: row.caseId, resolution: '已重新清洁并升级房型' } }]);
		if (resolved.run.data.resultData.error) throw resolved.run.data.resultData.error;
		expect(FakeHttpRequest.calls).toEqual([{ url: expect.any(String), body: expect.objectContaining({ caseId: row.caseId, email: 'wang@example.com' }) }]);
		expect(FakeDataTable.rows[0]).toMatchObject({ status: 'resolved', isOpen: false });
		expect(JSON.parse((FakeDataTable.rows[0] as any).data).followUp.sentAt).toBeDefined();

		const answer = await run(wf, 'Follow-up Answer', [{ body: { caseId: row.caseId, csat: 2 } }]);
		if (answer.run.data.resultData.error) throw answer.run.data.resultData.error;
		expect(FakeDataTable.rows[0]).toMatchObject({ status: 'open', escalationLevel: 1, ownerDepartment: 'Hotel GM 总经理' });
		const all = server.calls('POST /robot/send');
		expect(all).toHaveLength(2);
		expect(all[1].body.markdown.text).toContain('客诉重开');
	});

	it('a satisfied answer closes the case without an alert', async () => {
		const wf = load('survey-closed-loop.json');
		await run(wf, 'Feedback In', [{ body: feedback() }]);
		const caseId = (FakeDataTable.rows[0] as any).caseId;
		await run(wf, 'Case Resolved', [{ body: { caseId } }]);
		await run(wf, 'Follow-up Answer', [{ body: { caseId, satisfied: true } }]);
		expect(FakeDataTable.rows[0]).toMatchObject({ status: 'closed', isOpen: false });
		expect(server.calls('POST /robot/send')).toHaveLength(1);
	});
});

describe('workflows/sla-watchdog.json', () => {
	it('an overdue case escalates one level on the next run and the next owner is told; the run after waits', async () => {
		const loop = load('survey-closed-loop.json');
		await run(loop, 'Feedback In', [{ body: feedback({ receivedAt: '2026-01-05T10:00:05+08:00' }) }]);
		expect(server.calls('POST /robot/send')).toHaveLength(1);
		const wd = load('sla-watchdog.json');
		expect(wd.id).toBe('cxSlaWatchdog01');
		const r = await run(wd, 'Every 5 Minutes', [{}]);
		if (r.run.data.resultData.error) throw r.run.data.resultData.error;
		expect(r.json('Escalate Overdue')).toHaveLength(1);
		expect(FakeDataTable.rows[0]).toMatchObject({ escalationLevel: 1, ownerDepartment: 'Hotel GM 总经理' });
		const calls = server.calls('POST /robot/send');
		expect(calls).toHaveLength(2);
		expect(calls[1].body.markdown.text).toContain('客诉升级');
		expect(calls[1].body.markdown.text).toContain('Hotel GM');
		// level 2 needs 60 more minutes: the immediate next run escalates nothing
		const again = await run(wd, 'Every 5 Minutes', [{}]);
		expect(again.json('Escalate Overdue')).toHaveLength(0);
		expect(server.calls('POST /robot/send')).toHaveLength(2);
	});
});

describe('workflows/alert-sender.json (the one CX Notify node, the outbox, e-mail)', () => {
	const SENDER = 'cxAlertSender01';
	const outbox = () => FakeDataTable.table('cx_alert_outbox');
	const detractor = (n: number, over: Record<string, unknown> = {}) =>
		feedback({
			id: `typeform:burst-${n}`,
			sourceId: `burst-${n}`,
			routing: { owner: { department: 'Guest Relations' }, priority: 'high', caseId: `CX-BURST${String(n).padStart(7, '0')}`, alert: true, sla: { timeZone: 'Asia/Shanghai' } },
			...over,
		} as any);
	/** The cases each robot message is about (a card names its case twice: heading and link). */
	const caseIdsIn = (calls: Array<{ body: any }>) => calls.flatMap((c) => [...new Set((c.body.markdown.text as string).match(/CX-BURST\d{7}/g) ?? [])]);
	const claimed = (r: Awaited<ReturnType<typeof runTemplate>>) => (r.run.data.resultData.runData.Claim ? r.json('Claim') : []);
	/** "A minute later": the robot's window is empty again and every held alert is due. */
	const aMinuteLater = () => {
		memoryDeduplicator.reset();
		for (const r of outbox()) if (r.status === 'queued') r.dueAtMs = Date.now() - 1;
	};

	it('static checks: one sending CX Notify node, no credentials, an outbox with a compare-and-set claim', () => {
		const raw = readFileSync(join(__dirname, '..', '..', 'workflows', 'alert-sender.json'), 'utf8');
		const wf = JSON.parse(raw);
		expect(wf.id).toBe(SENDER);
		expect(raw).not.toContain('"credentials"');
		const notify = wf.nodes.filter((n: any) => n.type === 'n8n-nodes-cxloop.cxNotify');
		expect(notify.filter((n: any) => n.parameters.operation === 'send').map((n: any) => n.name)).toEqual(['Send Alert']);
		const claim = wf.nodes.find((n: any) => n.name === 'Claim');
		expect(claim.parameters.filters.conditions.map((c: any) => c.keyName)).toEqual(['alertId', 'status', 'dueAtMs']);
	});

	it('over the budget: alerts wait in the outbox and go out once when due, as a digest when many; a second drain sends nothing', async () => {
		const first = await runTemplate(SENDER, 'Alerts In', Array.from({ length: 25 }, (_, i) => detractor(i)));
		const statuses = first.json('Send Alert').map((x: any) => x.notify.status);
		// 25 alerts in one call: one digest per 20 — 2 messages, nothing queued
		expect(statuses.filter((x) => x === 'digested')).toHaveLength(25);
		expect(server.calls('POST /robot/send')).toHaveLength(2);
		// 20 more, one call each: 16 slots are left this minute (20 − 2 margin − 2 used)
		for (let i = 25; i < 45; i++) await runTemplate(SENDER, 'Alerts In', [detractor(i)]);
		expect(server.calls('POST /robot/send')).toHaveLength(18);
		const held = outbox();
		expect(held).toHaveLength(4);
		expect(held.every((r) => r.status === 'queued' && (r.dueAtMs as number) > Date.now() + 30_000 && r.failures === 0)).toBe(true);
		expect(JSON.parse(held[0].item as string)).toMatchObject({ id: expect.stringMatching(/^typeform:burst-/) });

		// not due yet: the drain claims nothing
		const early = await runTemplate(SENDER, 'Every Minute', [{}], 'trigger');
		expect(claimed(early)).toEqual([]);
		expect(server.calls('POST /robot/send')).toHaveLength(18);

		aMinuteLater();
		const drain = await runTemplate(SENDER, 'Every Minute', [{}], 'trigger');
		expect(drain.json('Send Alert').map((x: any) => x.notify.status)).toEqual(['sent', 'sent', 'sent', 'sent']);
		expect(outbox().every((r) => r.status === 'sent' && r.sentAt)).toBe(true);
		const again = await runTemplate(SENDER, 'Every Minute', [{}], 'trigger');
		expect(claimed(again)).toEqual([]);
		// every one of the 45 cases reached the robot exactly once
		const ids = caseIdsIn(server.calls('POST /robot/send'));
		expect(ids).toHaveLength(45);
		expect(new Set(ids).size).toBe(45);
	});

	it('many due at once go out as a digest', async () => {
		memoryDeduplicator.reset();
		for (let i = 0; i < 18; i++) await runTemplate(SENDER, 'Alerts In', [detractor(i)]);
		for (let i = 18; i < 26; i++) await runTemplate(SENDER, 'Alerts In', [detractor(i)]);
		expect(outbox()).toHaveLength(8);
		aMinuteLater();
		const drain = await runTemplate(SENDER, 'Every Minute', [{}], 'trigger');
		expect(drain.json('Send Alert').map((x: any) => x.notify.status)).toEqual(Array(8).fill('digested'));
		const calls = server.calls('POST /robot/send');
		expect(calls).toHaveLength(19);
		expect(calls[18].body.markdown.text).toContain('CX 告警汇总 (8)');
		expect(new Set(caseIdsIn(calls)).size).toBe(26);
	});

	it('a row claimed by another run is left alone until its claim expires; then it goes out once', async () => {
		for (let i = 0; i < 19; i++) await runTemplate(SENDER, 'Alerts In', [detractor(i)]);
		expect(outbox()).toHaveLength(1);
		memoryDeduplicator.reset();
		const row = outbox()[0];
		Object.assign(row, { status: 'sending', claim: 'other-run', dueAtMs: Date.now() + 600_000 });
		await runTemplate(SENDER, 'Every Minute', [{}], 'trigger');
		expect(server.calls('POST /robot/send')).toHaveLength(18);
		row.dueAtMs = Date.now() - 1; // that run died: its 10-minute claim has run out
		const drain = await runTemplate(SENDER, 'Every Minute', [{}], 'trigger');
		expect(claimed(drain)).toHaveLength(1);
		expect(server.calls('POST /robot/send')).toHaveLength(19);
		expect(row).toMatchObject({ status: 'sent' });
	});

	it('a robot that fails: kept for 5 retries, 5 minutes apart, then given up ("dead")', async () => {
		robotAnswer = () => ({ body: { errcode: 300001, errmsg: 'token is not exist' } });
		await runTemplate(SENDER, 'Alerts In', [detractor(1)]);
		const row = outbox()[0];
		expect(row).toMatchObject({ status: 'queued', failures: 1 });
		expect(row.dueAtMs as number).toBeGreaterThan(Date.now() + 240_000);
		for (let k = 2; k <= 5; k++) {
			row.dueAtMs = Date.now() - 1;
			await runTemplate(SENDER, 'Every Minute', [{}], 'trigger');
			expect(row).toMatchObject({ status: k < 5 ? 'queued' : 'dead', failures: k });
		}
		row.dueAtMs = Date.now() - 1;
		await runTemplate(SENDER, 'Every Minute', [{}], 'trigger');
		expect(server.calls('POST /robot/send')).toHaveLength(5);
	});
});
