/**
 * The prebuilt templates themselves (workflows/*.json), run in-process with stand-ins for n8n's
 * built-in nodes (test/fixtures/tickets/n8nFakes.ts) and a local DingTalk capture server.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runWorkflow, memoryDeduplicator, type WorkflowJson } from '../harness/n8n';
import { startMockServer, type MockServer } from '../harness/mockServer';
import { builtinFakes, FakeDataTable, FakeHttpRequest, FakeRespond } from '../fixtures/tickets/n8nFakes';
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
	server = await startMockServer({ 'POST /robot/send': { body: { errcode: 0, errmsg: 'ok' } } });
});
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
		expect(wf.nodes.map((n: any) => n.type)).toEqual(expect.arrayContaining(['n8n-nodes-cxloop.cxRoute', 'n8n-nodes-cxloop.cxTicket', 'n8n-nodes-cxloop.cxNotify', 'n8n-nodes-base.dataTable']));
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
