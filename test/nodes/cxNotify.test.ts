import { chain, runWorkflow, memoryDeduplicator } from '../harness/n8n';
import { startMockServer, type MockServer, type RecordedRequest } from '../harness/mockServer';
import { feedback } from '../fixtures/tickets/feedback';
import { verifyDingTalk, verifyFeishu } from '../../nodes/engine/notify/signature';
import { newCase, caseToRow } from '../../nodes/engine/cases/model';

const SECRET = 'SECtest-9f8e7d';
const routedFeedback = (n = 1, priority = 'high') =>
	feedback({
		id: `typeform:resp-${n}`,
		sourceId: `resp-${n}`,
		routing: { owner: { department: '前厅部', mobiles: ['13800000001'] }, priority, dueAt: '2026-11-23T12:00:05+08:00', caseId: `CX-${String(n).padStart(12, '0')}`, alert: true, sla: { timeZone: 'Asia/Shanghai' } },
	} as any);

let server: MockServer;
let answer: (req: RecordedRequest, nth: number) => { status?: number; body?: unknown };
beforeEach(async () => {
	memoryDeduplicator.reset();
	answer = () => ({ body: { errcode: 0, errmsg: 'ok' } });
	server = await startMockServer({
		'POST /robot/send': (r, n) => answer(r, n),
		'POST /cgi-bin/webhook/send': { body: { errcode: 0, errmsg: 'ok' } },
		'POST /open-apis/bot/v2/hook/:token': { body: { StatusCode: 0, StatusMessage: 'success', code: 0, msg: 'success', data: {} } },
		'POST /services/T000/B000/XXXX': { body: 'ok' },
		'POST /workflows/teams': { status: 202, body: '' },
	});
});
afterEach(() => server.close());

const notify = (platform: string, cred: string, parameters: Record<string, unknown> = {}, name = 'Notify') =>
	chain({ type: 'cxNotify', name, parameters: { platform, operation: 'send', ...parameters }, credentials: { [cred]: { id: '1', name: 'robot' } } });

const dingCreds = () => ({ cxDingTalkRobotApi: { webhookUrl: `${server.url}/robot/send?access_token=tok-123`, secret: SECRET } });

describe('CX Notify (in-process n8n, local robot capture server)', () => {
	it('DingTalk: signed markdown card with @mention; signature verifies; no secret in output', async () => {
		const r = await runWorkflow(notify('dingtalk', 'cxDingTalkRobotApi'), { input: [routedFeedback()], credentials: dingCreds() });
		const [req] = server.calls('POST /robot/send');
		expect(req.query.access_token).toBe('tok-123');
		expect(verifyDingTalk(req.query.timestamp, encodeURIComponent(req.query.sign), SECRET)).toBe(true);
		expect(verifyDingTalk(req.query.timestamp, encodeURIComponent(req.query.sign), 'SECwrong')).toBe(false);
		expect(req.body).toMatchObject({ msgtype: 'markdown', at: { atMobiles: ['13800000001'], isAtAll: false } });
		expect(req.body.markdown.text).toContain('新客诉 CX-000000000001');
		expect(req.body.markdown.text).toContain('[phone]');
		expect(req.rawBody).not.toContain('13800138000');
		const [out] = r.json('Notify');
		expect(out.notify).toMatchObject({ status: 'sent', platform: 'dingtalk' });
		expect(JSON.stringify(r.run.data.resultData)).not.toMatch(/SECtest|tok-123/);
	});

	it('Feishu: sign and timestamp in the body, verifiable with the secret', async () => {
		await runWorkflow(notify('feishu', 'cxFeishuBotApi', { language: 'en' }), {
			input: [routedFeedback()],
			credentials: { cxFeishuBotApi: { webhookUrl: `${server.url}/open-apis/bot/v2/hook/abc-def`, secret: 'test-secret' } },
		});
		const [req] = server.calls('POST /open-apis/bot/v2/hook/:token');
		expect(verifyFeishu(req.body.timestamp, req.body.sign, 'test-secret')).toBe(true);
		expect(req.body).toMatchObject({ msg_type: 'interactive', card: { header: { template: 'orange', title: { content: 'New case CX-000000000001' } } } });
	});

	it('WeCom, Slack and Teams bodies', async () => {
		await runWorkflow(notify('wecom', 'cxWeComRobotApi'), { input: [routedFeedback()], credentials: { cxWeComRobotApi: { webhookUrl: `${server.url}/cgi-bin/webhook/send?key=k1` } } });
		expect(server.calls('POST /cgi-bin/webhook/send')[0].body).toMatchObject({ msgtype: 'text', text: { mentioned_mobile_list: ['13800000001'] } });
		const s = await runWorkflow(notify('slack', 'cxSlackWebhookApi', { language: 'en' }), { input: [routedFeedback()], credentials: { cxSlackWebhookApi: { webhookUrl: `${server.url}/services/T000/B000/XXXX` } } });
		expect(s.json('Notify')[0].notify).toMatchObject({ status: 'sent' });
		expect(server.calls('POST /services/T000/B000/XXXX')[0].body.blocks[0].text.text).toBe('New case CX-000000000001');
		const t = await runWorkflow(notify('teams', 'cxTeamsWebhookApi', { language: 'en' }), { input: [routedFeedback()], credentials: { cxTeamsWebhookApi: { webhookUrl: `${server.url}/workflows/teams?sig=zzz` } } });
		expect(t.json('Notify')[0].notify).toMatchObject({ status: 'sent' });
		expect(server.calls('POST /workflows/teams')[0].body.attachments[0].content.type).toBe('AdaptiveCard');
	});

	it('a burst of 100 alerts: at most 18 messages (20/min minus margin), a digest instead of a flood, nothing lost', async () => {
		const input = Array.from({ length: 100 }, (_, i) => routedFeedback(i + 1, i === 42 ? 'urgent' : 'normal'));
		const r = await runWorkflow(notify('dingtalk', 'cxDingTalkRobotApi'), { input, credentials: dingCreds() });
		const out = r.json('Notify');
		expect(out).toHaveLength(100);
		const calls = server.calls('POST /robot/send');
		expect(calls.length).toBeLessThanOrEqual(18);
		const by = (s: string) => out.filter((x: any) => x.notify.status === s).length;
		expect(by('sent')).toBe(1); // the urgent one
		expect((out[42] as any).notify.status).toBe('sent');
		expect(by('digested')).toBe(99);
		expect(calls.length).toBe(1 + 5);
		expect(calls[1].body.markdown.text).toContain('CX 告警汇总');
		expect(r.items('Notify').map((x) => (x.pairedItem as any).item)).toEqual(Array.from({ length: 100 }, (_, i) => i));
		// the limit holds across executions (state in the deduplication store): 12 slots remain this minute
		const staticData = {};
		const second = await runWorkflow(notify('dingtalk', 'cxDingTalkRobotApi', { options: { digestThreshold: 100 } }), { input: Array.from({ length: 30 }, (_, i) => routedFeedback(200 + i)), credentials: dingCreds(), staticData });
		const out2 = second.json('Notify');
		expect(server.calls('POST /robot/send').length).toBe(18);
		expect(out2.filter((x: any) => x.notify.status === 'sent')).toHaveLength(11);
		expect(out2.filter((x: any) => x.notify.status === 'digested')).toHaveLength(19);
		const third = await runWorkflow(notify('dingtalk', 'cxDingTalkRobotApi'), { input: [routedFeedback(300)], credentials: dingCreds() });
		expect(third.json('Notify')[0].notify).toMatchObject({ status: 'queued', reason: 'rate limit reached' });
		expect(server.calls('POST /robot/send').length).toBe(18);
	});

	it('DingTalk 130101 (send too fast): the rest is queued and the robot blocked for 10 minutes', async () => {
		answer = (_r, n) => (n >= 1 ? { body: { errcode: 130101, errmsg: 'send too fast, exceed 20 times per minute' } } : { body: { errcode: 0, errmsg: 'ok' } });
		const r = await runWorkflow(notify('dingtalk', 'cxDingTalkRobotApi'), { input: [routedFeedback(1), routedFeedback(2), routedFeedback(3)], credentials: dingCreds() });
		expect(r.json('Notify').map((x: any) => x.notify.status)).toEqual(['sent', 'queued', 'queued']);
		expect((r.json('Notify')[1] as any).notify.reason).toMatch(/throttled for 10 minutes/);
		expect(server.calls('POST /robot/send')).toHaveLength(2);
		answer = () => ({ body: { errcode: 0, errmsg: 'ok' } });
		const later = await runWorkflow(notify('dingtalk', 'cxDingTalkRobotApi'), { input: [routedFeedback(4)], credentials: dingCreds() });
		expect(later.json('Notify')[0].notify).toMatchObject({ status: 'queued', reason: 'robot throttled' });
		expect(server.calls('POST /robot/send')).toHaveLength(2);
	});

	it('a bad signature (310000) is a clear error that names the credential and leaks no secret', async () => {
		answer = () => ({ body: { errcode: 310000, errmsg: 'sign not match, more: [https://ding-doc.dingtalk.com/doc#/serverapi2/qf2nxq]' } });
		const r = await runWorkflow(notify('dingtalk', 'cxDingTalkRobotApi'), { input: [routedFeedback()], credentials: dingCreds() });
		const err = r.error('Notify') as any;
		expect(err.message).toMatch(/security check failed/);
		expect(JSON.stringify(err)).not.toMatch(/SECtest|tok-123/);
		const cof = await runWorkflow({ ...notify('dingtalk', 'cxDingTalkRobotApi'), nodes: notify('dingtalk', 'cxDingTalkRobotApi').nodes.map((n) => (n.name === 'Notify' ? { ...n, continueOnFail: true } : n)) }, { input: [routedFeedback()], credentials: dingCreds() });
		expect(cof.json('Notify')[0].notify).toMatchObject({ status: 'failed', code: 310000 });
	});

	it('escalation output from CX Route: tells the new owner with the reason', async () => {
		const c = newCase(routedFeedback() as any, undefined, { now: '2026-11-23T10:00:00+08:00' });
		const esc = { caseId: c.id, decision: 'escalate', reason: 'response overdue by 16 min: level 0 → 1', notify: { department: 'Hotel GM', mobiles: ['13700000000'] }, case: { ...c, escalationLevel: 1 }, row: caseToRow({ ...c, escalationLevel: 1 }) };
		await runWorkflow(notify('dingtalk', 'cxDingTalkRobotApi', { options: { linkBase: 'https://cx.example.com/c/' } }), { input: [esc as any], credentials: dingCreds() });
		const body = server.calls('POST /robot/send')[0].body;
		expect(body.markdown.text).toContain('客诉升级');
		expect(body.markdown.text).toContain('Hotel GM');
		expect(body.markdown.text).toContain('response overdue by 16 min');
		expect(body.at.atMobiles).toEqual(['13700000000']);
		expect(body.markdown.text).toContain(`https://cx.example.com/c/${c.id}`);
	});

	it('names the item that is not a case or Feedback record', async () => {
		const r = await runWorkflow(notify('dingtalk', 'cxDingTalkRobotApi'), { input: [{ hello: 'world' }], credentials: dingCreds() });
		expect(r.error('Notify')?.message).toMatch(/Item 0: not a case or Feedback record/);
	});
});

describe('CX Notify: per-item errors, alert ids, the lock row, e-mail', () => {
	const noCredential = (continueOnFail: boolean) => {
		const wf = chain({ type: 'cxNotify', name: 'Notify', parameters: { platform: 'dingtalk', operation: 'send' }, continueOnFail });
		return wf;
	};

	it('no credential selected: every item fails on its own; with Continue On Fail nothing is lost and the rest of the batch is kept', async () => {
		const input = [routedFeedback(1), { hello: 'not an alert' }, routedFeedback(2)];
		const r = await runWorkflow(noCredential(true), { input });
		const out = r.json('Notify');
		expect(out).toHaveLength(3);
		expect(r.items('Notify').map((x) => (x.pairedItem as any).item)).toEqual([0, 1, 2]);
		expect(out[0]).toMatchObject({ id: 'typeform:resp-1', notify: { status: 'failed', platform: 'dingtalk', code: 'NO_CREDENTIAL' } });
		expect((out[0] as any).notify.error).toMatch(/^Item 0: no usable robot credential/);
		expect((out[0] as any).notify.alertId).toMatch(/^CX-000000000001\/new\//);
		expect(out[1].error).toMatch(/^Item 1: not a case or Feedback record/);
		expect((out[2] as any).notify.error).toMatch(/^Item 2: no usable robot credential/);
		expect(server.calls('POST /robot/send')).toHaveLength(0);
		expect(r.run.data.resultData.error).toBeUndefined();
	});

	it('no credential selected, without Continue On Fail: the error names the first alert item', async () => {
		const r = await runWorkflow(noCredential(false), { input: [routedFeedback(1)] });
		const err = r.error('Notify') as any;
		expect(err.message).toMatch(/^Item 0: no usable robot credential/);
		expect(err.context?.itemIndex ?? err.itemIndex).toBe(0);
	});

	it('alert ids are stable for the same alert and differ between alerts; the lock row is gone after the run', async () => {
		const a = await runWorkflow(notify('dingtalk', 'cxDingTalkRobotApi'), { input: [routedFeedback(5), routedFeedback(6)], credentials: dingCreds(), workflowId: 'wf-ids' });
		const ids = a.json('Notify').map((x: any) => x.notify.alertId);
		expect(new Set(ids).size).toBe(2);
		const b = await runWorkflow(notify('dingtalk', 'cxDingTalkRobotApi'), { input: [routedFeedback(5)], credentials: dingCreds(), workflowId: 'wf-ids' });
		expect((b.json('Notify')[0] as any).notify.alertId).toBe(ids[0]);
		const node = b.workflow.getNode('Notify')!;
		expect(await memoryDeduplicator.getProcessedDataCount('node', { workflow: b.workflow, node } as any)).toBe(0);
		expect(await memoryDeduplicator.getProcessedDataCount('workflow', { workflow: b.workflow, node } as any)).toBe(3);
	});

	it("n8n's store failing: nothing is sent without the lock, every alert comes out queued (for the outbox), none lost", async () => {
		const original = memoryDeduplicator.getProcessedDataCount.bind(memoryDeduplicator);
		memoryDeduplicator.getProcessedDataCount = async () => {
			throw new Error('SQLITE_BUSY: database is locked');
		};
		try {
			const r = await runWorkflow(notify('dingtalk', 'cxDingTalkRobotApi'), { input: [routedFeedback(1), routedFeedback(2)], credentials: dingCreds() });
			const out = r.json('Notify') as any[];
			expect(out.map((x) => x.notify.status)).toEqual(['queued', 'queued']);
			expect(out[0].notify.reason).toMatch(/^rate limiter unavailable \(.*database is locked.*\); not sent$/);
			expect(Date.parse(out[0].notify.retryAt)).toBeGreaterThan(Date.now());
			expect(server.calls('POST /robot/send')).toHaveLength(0);
		} finally {
			memoryDeduplicator.getProcessedDataCount = original;
		}
	});

	it('Compose E-mail: the card as an e-mail to the owner (else the fallback, plus copies), redacted and HTML-escaped; no credential needed', async () => {
		const withEmail = feedback({
			id: 'typeform:resp-9',
			sourceId: 'resp-9',
			text: '前台态度很差，电话 13800138000',
			routing: { owner: { department: '前厅部', person: '<b>值班经理</b>', emails: ['duty@hotel.example'] }, priority: 'urgent', dueAt: '2026-11-23T12:00:05+08:00', caseId: 'CX-000000000009', alert: true, sla: { timeZone: 'Asia/Shanghai' } },
		} as any);
		const noEmail = routedFeedback(10);
		const wf = chain({ type: 'cxNotify', name: 'Compose', parameters: { operation: 'compose', language: 'zh', options: { copyTo: 'cx-team@hotel.example, not-an-address', fallbackTo: 'gm@hotel.example', linkBase: 'https://cx.example.com/c/' } } });
		const r = await runWorkflow(wf, { input: [withEmail, noEmail] });
		const [a, b] = r.json('Compose') as any[];
		expect(a.email.to).toBe('duty@hotel.example, cx-team@hotel.example');
		expect(a.email.subject).toMatch(/^\[CX\] 新客诉 CX-000000000009 · /);
		expect(a.email.text).toContain('负责人: 前厅部 / <b>值班经理</b>');
		expect(a.email.text).toContain('https://cx.example.com/c/CX-000000000009');
		expect(a.email.text).not.toContain('13800138000');
		expect(a.email.html).toContain('&lt;b&gt;');
		expect(a.email.html).not.toContain('<b>值班经理');
		expect(a.email.alertId).toMatch(/^CX-000000000009\/new\//);
		expect(b.email.to).toBe('gm@hotel.example, cx-team@hotel.example');
		expect(server.calls('POST /robot/send')).toHaveLength(0);
	});
});
