/**
 * The closed loop in a real n8n: the committed templates "survey closed loop" (cxSurveyClosedLoop01),
 * "SLA watchdog" (cxSlaWatchdog01) and "alert sender" (cxAlertSender01), as globalSetup imported and
 * published them. Every alert of the first two goes through the alert sender's one CX Notify node; its
 * credentials (a local DingTalk-style robot, a local SMTP server) are created over n8n's REST API
 * (the templates ship without credentials).
 *
 *  (a) the same detractor delivered three times → one case row in cx_cases, one alert signed as
 *      DingTalk checks it (timestamp + HMAC-SHA256 sign with the robot's secret), one e-mail to the
 *      owner named by the routing rule, through n8n's Send Email node and SMTP credential;
 *  (b) resolving the case sends the follow-up invitation; a satisfied answer closes the case;
 *  (c) a case already past its due time escalates one level on the watchdog's next run (a manual
 *      execution of the watchdog through n8n's REST API, started from its schedule trigger, as the
 *      editor's "Execute workflow" does), and only one level: a second run right after changes nothing;
 *  (d) an unhappy follow-up answer reopens a resolved case, moves it up one level and alerts the new owner;
 *  (e2) 24 new cases, 6 deliveries at a time (in queue mode: spread over two workers), stay within
 *      the robot's 20 messages a minute; the alerts over the budget wait in the outbox Data Table;
 *  (f) every one of them reaches the robot exactly once, from the outbox, while the sender's
 *      scheduled drain and extra manual drains run over each other.
 *
 * Afterwards the workflows are saved back with the templates' nodes and the credentials are deleted
 * (see afterAll for what n8n does not let us put back).
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';
import {
	callWebhook,
	dataTableRows,
	executions,
	getWorkflow,
	info,
	nodeOutput,
	publicationStatus,
	publishWorkflow,
	rest,
	runManually,
	updateWorkflowNodes,
	waitForExecutions,
	waitForWebhook,
} from './n8n';

const ROOT = join(__dirname, '..', '..');
const LOOP = 'cxSurveyClosedLoop01';
const WATCHDOG = 'cxSlaWatchdog01';
const SENDER = 'cxAlertSender01';
const SECRET = 'SECe2e-closed-loop-secret';
const TOKEN = 'e2e-robot-token';
const CREDENTIAL_NAME = 'E2E capture robot (closed loop)';
const SMTP_CREDENTIAL_NAME = 'E2E capture SMTP (closed loop)';
const SMTP_USER = 'cx-alerts';
const SMTP_PASSWORD = 'e2e-smtp-password';

interface Captured {
	path: string;
	query: URLSearchParams;
	body: any;
	at: number;
}

/** A DingTalk custom robot and a survey tool's invitation API on 127.0.0.1, recording every request. */
async function startCapture(): Promise<{ server: Server; url: string; received: Captured[] }> {
	const received: Captured[] = [];
	const server = createServer((req, res) => {
		let raw = '';
		req.on('data', (c) => (raw += c));
		req.on('end', () => {
			const u = new URL(req.url ?? '/', 'http://127.0.0.1');
			let body: unknown = raw;
			try {
				body = JSON.parse(raw);
			} catch {
				/* keep the raw text */
			}
			received.push({ path: u.pathname, query: u.searchParams, body, at: Date.now() });
			res.writeHead(200, { 'content-type': 'application/json' });
			res.end(JSON.stringify(u.pathname === '/robot/send' ? { errcode: 0, errmsg: 'ok' } : { ok: true }));
		});
	});
	await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
	return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received };
}

interface Mail {
	to: string;
	from: string;
	subject: string;
	text: string;
	html: string;
	user?: string;
}

/** A local SMTP server (smtp-server) that accepts one login and parses every message (mailparser). */
async function startSmtp(): Promise<{ server: SMTPServer; port: number; mails: Mail[] }> {
	const mails: Mail[] = [];
	const server = new SMTPServer({
		disabledCommands: ['STARTTLS'],
		allowInsecureAuth: true,
		logger: false,
		onAuth(auth, _session, cb) {
			if (auth.username === SMTP_USER && auth.password === SMTP_PASSWORD) cb(null, { user: auth.username });
			else cb(new Error('invalid login'));
		},
		onData(stream, session, cb) {
			simpleParser(stream)
				.then((m) => {
					const to = Array.isArray(m.to) ? m.to.map((x) => x.text).join(', ') : (m.to?.text ?? '');
					mails.push({ to, from: m.from?.text ?? '', subject: m.subject ?? '', text: m.text ?? '', html: typeof m.html === 'string' ? m.html : '', user: session.user as string | undefined });
					cb();
				})
				.catch((e) => cb(e));
		},
	});
	await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
	return { server, port: (server.server.address() as AddressInfo).port, mails };
}

/** What the DingTalk robot checks: timestamp (ms) within an hour and sign = base64(HMAC-SHA256(secret, ts + "\n" + secret)). */
function dingTalkSignatureValid(m: Captured, secret: string): boolean {
	const ts = m.query.get('timestamp') ?? '';
	const sign = m.query.get('sign') ?? '';
	if (!/^\d{13}$/.test(ts) || Math.abs(Date.now() - Number(ts)) > 3600_000) return false;
	const expected = Buffer.from(createHmac('sha256', secret).update(`${ts}\n${secret}`).digest('base64'));
	const given = Buffer.from(sign);
	return given.length === expected.length && timingSafeEqual(given, expected);
}

const template = (file: string) => JSON.parse(readFileSync(join(ROOT, 'workflows', file), 'utf8'));

/** A Feedback record as CX Normalize → CX Analyze would hand it over (the template starts from a plain webhook). */
function feedback(n: string, over: { receivedAt: string; customer: Record<string, unknown>; booking: string }) {
	return {
		id: `typeform:e2e-loop-${n}`,
		source: 'typeform',
		sourceId: `e2e-loop-${n}`,
		channel: 'survey',
		occurredAt: over.receivedAt,
		receivedAt: over.receivedAt,
		location: { id: 'SH-01', name: '上海外滩店' },
		customer: over.customer,
		scores: { nps: 3, normalised: 30 },
		text: '房间很脏，投诉了两次没人管。电话 13800138000',
		answers: [],
		meta: { ids: { booking: over.booking } },
		analysis: {
			sentiment: { label: 'negative', score: -0.8 },
			topics: [{ id: 'rooms.cleanliness', path: ['Rooms', 'Cleanliness'], sentiment: 'negative' }],
			intents: ['complaint'],
			risk: 0.9,
			redactedText: '房间很脏，投诉了两次没人管。电话 [phone]',
		},
	};
}

/** An ISO time with the +08:00 offset, `minutesAgo` before now. */
function shanghaiIso(minutesAgo: number): string {
	const t = new Date(Date.now() - minutesAgo * 60_000 + 8 * 3600_000);
	return t.toISOString().replace(/\.\d{3}Z$/, '+08:00');
}

async function until<T>(probe: () => T | Promise<T>, done: (v: T) => boolean, what: string, timeoutMs = 15_000): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const v = await probe();
		if (done(v)) return v;
		if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
		await new Promise((r) => setTimeout(r, 100));
	}
}

/**
 * The published watchdog keeps running "every 5 minutes" during the test. n8n's Schedule Trigger fires
 * that at a fixed second of every 5th minute, derived from the workflow and node ids (n8n-nodes-base
 * Schedule/GenericFunctions: stableInt(`${workflowId}:${nodeId}`, 'second', 0, 60)). If it is due
 * within `windowMs`, wait until it has fired and finished, so that it cannot escalate the test's case
 * before the run the test starts (without a credential, its alert would go nowhere).
 */
async function clearOfScheduledWatchdog(windowMs: number): Promise<void> {
	const trigger = template('sla-watchdog.json').nodes.find((n: Record<string, any>) => n.type === 'n8n-nodes-base.scheduleTrigger');
	const second = createHash('sha256').update(`${WATCHDOG}:${trigger.id}:second`).digest().readUInt32BE(0) % 60;
	const now = Date.now();
	const slot = 5 * 60_000;
	let fire = Math.floor(now / slot) * slot + second * 1000;
	if (fire < now - 2000) fire += slot;
	if (fire - now > windowMs) return;
	await new Promise((r) => setTimeout(r, Math.max(0, fire - now) + 1500));
	await until(
		async () => (await executions(WATCHDOG)).filter((e) => ['running', 'new'].includes(e.status)).length,
		(running) => running === 0,
		'the scheduled watchdog run to finish',
	);
}

async function caseRow(caseId: string): Promise<Record<string, any>> {
	const rows = (await dataTableRows('cx_cases')).filter((r) => r.caseId === caseId);
	expect(rows).toHaveLength(1);
	return rows[0];
}

/** The burst cases each robot message is about (a card names its case twice: heading and link). */
const casesIn = (m: Captured): string[] => [...new Set(JSON.stringify(m.body).match(/CX-[0-9A-Z]{12}/g) ?? [])];

/** Execution ids each queue-mode worker logged as started ("Worker started execution <id>"). */
function executionsByWorker(): Array<Set<string>> {
	const logs = (info() as unknown as { workerLogs?: string[] }).workerLogs ?? [];
	return logs.map((f) => new Set([...readFileSync(f, 'utf8').matchAll(/Worker started execution (\d+)/g)].map((m) => m[1])));
}

describe('Closed loop (survey closed loop + SLA watchdog + alert sender) in a real n8n', () => {
	let capture: Awaited<ReturnType<typeof startCapture>>;
	let smtp: Awaited<ReturnType<typeof startSmtp>>;
	const credentialIds: string[] = [];
	const robot = () => capture.received.filter((m) => m.path === '/robot/send');
	const followUps = () => capture.received.filter((m) => m.path === '/follow-up');
	const timings: Record<string, unknown> = {};
	let caseA = '';
	/** The burst's alerts that went to the outbox (alert id → case id). */
	const queuedAlerts = new Map<string, string>();
	const burstCases: string[] = [];

	beforeAll(async () => {
		const t0 = Date.now();
		capture = await startCapture();
		smtp = await startSmtp();
		const api = await rest();
		const robotCred = (
			await api.post('/rest/credentials', {
				name: CREDENTIAL_NAME,
				type: 'cxDingTalkRobotApi',
				data: { webhookUrl: `${capture.url}/robot/send?access_token=${TOKEN}`, secret: SECRET },
			})
		).data.data;
		const smtpCred = (
			await api.post('/rest/credentials', {
				name: SMTP_CREDENTIAL_NAME,
				type: 'smtp',
				data: { user: SMTP_USER, password: SMTP_PASSWORD, host: '127.0.0.1', port: smtp.port, secure: false, disableStartTls: true },
			})
		).data.data;
		credentialIds.push(robotCred.id, smtpCred.id);
		// The sender with both credentials: its live version serves the closed loop's production runs,
		// its saved version the watchdog's manual runs.
		await updateWorkflowNodes(
			SENDER,
			template('alert-sender.json').nodes.map((n: Record<string, any>) => {
				if (n.type === 'n8n-nodes-cxloop.cxNotify' && n.parameters.operation === 'send') return { ...n, credentials: { cxDingTalkRobotApi: { id: robotCred.id, name: CREDENTIAL_NAME } } };
				if (n.type === 'n8n-nodes-base.emailSend') return { ...n, credentials: { smtp: { id: smtpCred.id, name: SMTP_CREDENTIAL_NAME } } };
				return n;
			}),
		);
		await publishWorkflow(SENDER);
		// The closed loop needs no credential any more; only its follow-up URL points at the capture server.
		await updateWorkflowNodes(
			LOOP,
			template('survey-closed-loop.json').nodes.map((n: Record<string, any>) => (n.name === 'Send Follow-up Survey' ? { ...n, parameters: { ...n.parameters, url: `${capture.url}/follow-up` } } : n)),
		);
		await publishWorkflow(LOOP);
		await waitForWebhook('cx/feedback');
		timings.setupMs = Date.now() - t0;
	});

	afterAll(async () => {
		const t0 = Date.now();
		try {
			// Back to the templates' nodes. The closed loop has no credential, so its template version is
			// published again. n8n's REST API refuses to publish a sender version whose CX Notify node has no
			// credential ("Missing required credential"), so the sender's live version stays the tested one,
			// and its credentials are deleted: its alerts then fail and wait in the outbox, as the template's do.
			await updateWorkflowNodes(LOOP, template('survey-closed-loop.json').nodes);
			await publishWorkflow(LOOP);
			await updateWorkflowNodes(SENDER, template('alert-sender.json').nodes);
			for (const id of credentialIds) await (await rest()).delete(`/rest/credentials/${id}`);
			for (const id of [LOOP, WATCHDOG, SENDER]) {
				const restored = await getWorkflow(id);
				const withCredentials = restored.nodes.filter((n) => n.credentials && Object.keys(n.credentials).length);
				if (withCredentials.length) throw new Error(`${id} still has credentials on ${withCredentials.map((n) => n.name)}`);
				if ((await publicationStatus(id)).status !== 'published') throw new Error(`${id} is no longer published`);
			}
		} finally {
			await new Promise((r) => capture?.server.close(r));
			await new Promise((r) => smtp?.server.close(() => r(undefined)));
			timings.restoreMs = Date.now() - t0;
			console.log(`[e2e closed loop] ${info().db}${(info() as any).workerLogs?.length ? ` + ${(info() as any).workerLogs.length} workers` : ''}: ${JSON.stringify(timings)}`);
		}
	});

	it('(a) the same detractor delivered three times makes one case, one signed alert and one e-mail to the owner', async () => {
		const t0 = Date.now();
		const earlier = new Set((await executions(LOOP)).map((e) => String(e.id)));
		const fb = feedback('a', {
			receivedAt: shanghaiIso(0),
			customer: { id: 'G-4201', name: '王女士', email: 'wang@example.com', inHouse: true },
			booking: 'BK-4201',
		});
		const answers: Array<Record<string, any>> = [];
		for (let i = 0; i < 3; i++) {
			const res = await callWebhook('cx/feedback', { body: fb });
			expect(res.status).toBe(200);
			answers.push(res.data);
		}
		expect(answers.map((a) => a.action)).toEqual(['created', 'unchanged', 'unchanged']);
		caseA = answers[0].caseId;
		expect(caseA).toMatch(/^CX-[0-9A-Z]{12}$/);
		expect(answers.every((a) => a.caseId === caseA)).toBe(true);

		// The webhook answers once the case is saved; the alert follows in the same execution (through the sender).
		const runs = (await waitForExecutions(LOOP, earlier.size + 3)).filter((r) => !earlier.has(String(r.id)));
		expect(runs.map((r) => [r.mode, r.status])).toEqual(Array(3).fill(['webhook', 'success']));

		const rows = (await dataTableRows('cx_cases')).filter((r) => r.caseId === caseA);
		expect(rows).toHaveLength(1);
		expect(rows[0]).toMatchObject({ status: 'new', isOpen: true, priority: 'urgent', ownerDepartment: 'Front Office 前厅部', escalationLevel: 0 });
		expect(rows[0].feedbackIds).toBe(fb.id);

		expect(robot()).toHaveLength(1);
		const [alert] = robot();
		expect(alert.query.get('access_token')).toBe(TOKEN);
		expect(dingTalkSignatureValid(alert, SECRET)).toBe(true);
		expect(dingTalkSignatureValid(alert, 'SECsome-other-secret')).toBe(false);
		expect(alert.body.msgtype).toBe('markdown');
		const text: string = alert.body.markdown.text;
		expect(text).toContain(caseA);
		expect(text).toContain('新客诉');
		expect(text).not.toContain('13800138000'); // the customer's words, redacted

		// The e-mail copy: to the owner named by the in-house rule, through the SMTP credential's login.
		const [mail] = await until(() => smtp.mails, (m) => m.length >= 1, 'the alert e-mail');
		expect(smtp.mails).toHaveLength(1);
		expect(mail).toMatchObject({ to: 'front-office@example.com', from: 'cx-alerts@example.com', user: SMTP_USER });
		expect(mail.subject.startsWith(`[CX] 新客诉 ${caseA} · `)).toBe(true);
		expect(mail.text).toContain('负责人: Front Office 前厅部 / Duty Manager 值班经理');
		expect(mail.text).toContain(`https://cx.example.com/cases/${caseA}`);
		expect(mail.text + mail.html).not.toContain('13800138000');
		expect(mail.html).toContain(`<h3>新客诉 ${caseA}</h3>`);
		expect(mail.text).not.toContain('n8n'); // no "sent automatically with n8n" footer
		timings.aMs = Date.now() - t0;
	});

	it('(b) resolving the case sends the follow-up invitation; a satisfied answer closes it', async () => {
		expect(caseA).not.toBe('');
		const t0 = Date.now();
		const res = await callWebhook('cx/case-resolved', { body: { caseId: caseA, resolution: '已重新打扫并升级房型' } });
		expect(res.status).toBe(200);
		expect(res.data).toMatchObject({ caseId: caseA, status: 'resolved' });

		expect(followUps()).toHaveLength(1);
		expect(followUps()[0].body).toEqual({ caseId: caseA, email: 'wang@example.com', name: '王女士', question: '您的问题解决了吗？Was your problem solved?' });
		const resolved = await caseRow(caseA);
		expect(resolved).toMatchObject({ status: 'resolved', isOpen: false });
		expect(JSON.parse(resolved.data)).toMatchObject({ resolution: '已重新打扫并升级房型', followUp: { sentAt: expect.any(String) } });

		const answer = await callWebhook('cx/follow-up-answer', { body: { caseId: caseA, satisfied: true } });
		expect(answer.status).toBe(200);
		expect(answer.data).toMatchObject({ caseId: caseA, action: 'closed', status: 'closed' });
		expect(await caseRow(caseA)).toMatchObject({ status: 'closed', isOpen: false });
		expect(robot()).toHaveLength(1); // a happy customer alerts nobody
		timings.bMs = Date.now() - t0;
	});

	it("(c) an overdue case escalates one level on the watchdog's next run, and only one", async () => {
		const t0 = Date.now();
		await clearOfScheduledWatchdog(12_000);
		// Received two days ago: its response and resolution due times are long past.
		const fb = feedback('c', {
			receivedAt: shanghaiIso(2 * 24 * 60),
			customer: { id: 'G-7702', name: '李先生', email: 'li@example.com', inHouse: false },
			booking: 'BK-7702',
		});
		const created = await callWebhook('cx/feedback', { body: fb });
		expect(created.status).toBe(200);
		expect(created.data.action).toBe('created');
		const caseB: string = created.data.caseId;
		await until(robot, (m) => m.length === 2, 'the new-case alert for the overdue case');
		const before = await caseRow(caseB);
		expect(before).toMatchObject({ isOpen: true, ownerDepartment: 'Guest Relations 宾客关系部', escalationLevel: 0 });
		expect(Date.parse(before.dueAt)).toBeLessThan(Date.now());

		const run = await runManually(WATCHDOG, 'Every 5 Minutes');
		expect(run.status).toBe('success');
		const escalations = robot().slice(2);
		expect(escalations).toHaveLength(1);
		expect(dingTalkSignatureValid(escalations[0], SECRET)).toBe(true);
		const text: string = escalations[0].body.markdown.text;
		expect(text).toContain('客诉升级');
		expect(text).toContain(caseB);
		expect(text).not.toContain(caseA); // the closed case is not touched

		const after = await caseRow(caseB);
		expect(after).toMatchObject({ isOpen: true, escalationLevel: 1, ownerDepartment: 'Hotel GM 总经理' });
		expect(await caseRow(caseA)).toMatchObject({ status: 'closed', escalationLevel: 0 });

		// One level per run: the next level is due 120 min after this escalation, so a second run escalates nothing.
		const again = await runManually(WATCHDOG, 'Every 5 Minutes');
		expect(again.status).toBe('success');
		expect(robot()).toHaveLength(3);
		expect(await caseRow(caseB)).toMatchObject({ escalationLevel: 1, ownerDepartment: 'Hotel GM 总经理' });
		timings.cMs = Date.now() - t0;
	});

	it('(d) an unhappy follow-up answer reopens the case, moves it up a level and tells the new owner', async () => {
		const t0 = Date.now();
		const fb = feedback('d', { receivedAt: shanghaiIso(0), customer: { id: 'G-9903', name: '赵女士', email: 'zhao@example.com', inHouse: true }, booking: 'BK-9903' });
		const created = await callWebhook('cx/feedback', { body: fb });
		expect(created.data.action).toBe('created');
		const caseC: string = created.data.caseId;
		await until(robot, (m) => m.length === 4, 'the new-case alert');
		expect((await callWebhook('cx/case-resolved', { body: { caseId: caseC, resolution: '已道歉并送果盘' } })).data).toMatchObject({ status: 'resolved' });
		expect(followUps().map((f) => f.body.caseId)).toEqual([caseA, caseC]);

		const answer = await callWebhook('cx/follow-up-answer', { body: { caseId: caseC, csat: 2 } });
		expect(answer.status).toBe(200);
		expect(answer.data).toMatchObject({ caseId: caseC, action: 'reopened', status: 'open' });
		const reopened = await until(robot, (m) => m.length === 5, 'the reopen alert');
		expect(dingTalkSignatureValid(reopened[4], SECRET)).toBe(true);
		expect(reopened[4].body.markdown.text).toContain('客诉重开');
		expect(reopened[4].body.markdown.text).toContain(caseC);
		expect(await caseRow(caseC)).toMatchObject({ status: 'open', isOpen: true, escalationLevel: 1, ownerDepartment: 'Hotel GM 总经理' });
		timings.dMs = Date.now() - t0;
	});

	it("(e2) 24 new cases, 6 deliveries at a time, stay within the robot's 20 messages a minute; the rest wait in the outbox", async () => {
		const t0 = Date.now();
		const BURST = 24;
		const CONCURRENCY = 6;
		const earlierLoop = new Set((await executions(LOOP)).map((e) => String(e.id)));
		const earlierSender = new Set((await executions(SENDER)).map((e) => String(e.id)));
		const sentBefore = robot().length;
		const answers: Array<{ status: number; action?: string; caseId?: string }> = [];
		let next = 0;
		const deliver = async () => {
			while (next < BURST) {
				const k = next++;
				const fb = feedback(`e2-${k}`, { receivedAt: shanghaiIso(0), customer: { id: `G-burst-${k}`, inHouse: false }, booking: `BK-burst-${k}` });
				const res = await callWebhook('cx/feedback', { body: fb });
				answers.push({ status: res.status, action: res.data?.action, caseId: res.data?.caseId });
			}
		};
		await Promise.all(Array.from({ length: CONCURRENCY }, deliver));
		expect(answers.map(({ status, action }) => ({ status, action }))).toEqual(Array(BURST).fill({ status: 200, action: 'created' }));
		burstCases.push(...answers.map((a) => a.caseId as string));
		const runs = (await waitForExecutions(LOOP, earlierLoop.size + BURST, 60_000)).filter((r) => !earlierLoop.has(String(r.id)));
		expect(runs.map((r) => r.status)).toEqual(Array(BURST).fill('success'));
		timings.burstMs = Date.now() - t0;

		// Each closed-loop run called the sender once ("integrated" executions of the sender).
		const senderRuns = (await executions(SENDER)).filter((e) => !earlierSender.has(String(e.id)) && e.mode === 'integrated');
		expect(senderRuns).toHaveLength(BURST);
		expect(senderRuns.every((e) => e.status === 'success')).toBe(true);
		const outputs = (await Promise.all(senderRuns.map((r) => nodeOutput(String(r.id), 'Send Alert')))).flat();
		const statuses: string[] = outputs.map((item) => item.notify?.status);
		const sent = statuses.filter((x) => x === 'sent').length;
		for (const item of outputs.filter((x) => x.notify?.status === 'queued')) queuedAlerts.set(item.notify.alertId, item.caseId);
		expect(sent + queuedAlerts.size).toBe(BURST);
		expect(queuedAlerts.size).toBeGreaterThan(0);
		expect(robot().length - sentBefore).toBe(sent);
		// The alerts that did not go out are held in the outbox, due when the window has room again.
		const held = (await dataTableRows('cx_alert_outbox')).filter((r) => queuedAlerts.has(r.alertId));
		expect(held).toHaveLength(queuedAlerts.size);
		expect(held.every((r) => ['queued', 'sending', 'sent'].includes(r.status) && JSON.parse(r.item).caseId === queuedAlerts.get(r.alertId))).toBe(true);

		const times = robot().map((m) => m.at);
		const maxIn60s = Math.max(...times.map((t) => times.filter((x) => x >= t && x < t + 60_000).length));
		expect(maxIn60s).toBeLessThanOrEqual(20);
		const workers = executionsByWorker();
		if (workers.length) {
			// queue mode: both workers ran closed-loop executions of the burst (and the sender inside them)
			const perWorker = workers.map((w) => runs.filter((r) => w.has(String(r.id))).length);
			timings.burstRunsPerWorker = perWorker;
			expect(perWorker.reduce((a, b) => a + b, 0)).toBe(BURST);
			expect(perWorker.every((n) => n > 0)).toBe(true);
		}
		Object.assign(timings, { burstSent: sent, burstQueued: queuedAlerts.size, robotMaxIn60sAfterBurst: maxIn60s });
	});

	it('(f) every alert held in the outbox reaches the robot exactly once, while drains run over each other', async () => {
		expect(queuedAlerts.size).toBeGreaterThan(0);
		const t0 = Date.now();
		const mentions = (caseId: string) => robot().filter((m) => casesIn(m).includes(caseId)).length;
		const pending = () => [...queuedAlerts.values()].filter((c) => mentions(c) === 0);
		// The sender's own schedule drains every minute; extra manual drains (the editor's "Execute
		// workflow" on its schedule trigger) make drains overlap, as a slow drain would.
		let manualDrains = 0;
		let drainsDone = false;
		const extraDrains = (async () => {
			while (!drainsDone) {
				await new Promise((r) => setTimeout(r, 12_000));
				if (drainsDone) break;
				await Promise.all([runManually(SENDER, 'Every Minute', 60_000), runManually(SENDER, 'Every Minute', 60_000)]);
				manualDrains += 2;
			}
		})();
		try {
			await until(pending, (p) => p.length === 0, 'every queued alert to reach the robot', 210_000);
			await until(
				async () => (await dataTableRows('cx_alert_outbox')).filter((r) => queuedAlerts.has(r.alertId) && r.status !== 'sent').length,
				(n) => n === 0,
				'the outbox rows to be marked sent',
				60_000,
			);
		} finally {
			drainsDone = true;
			await extraDrains;
		}
		// One more drain after everything went out: nothing is sent twice.
		const before = robot().length;
		expect((await runManually(SENDER, 'Every Minute', 60_000)).status).toBe('success');
		expect(robot().length).toBe(before);
		for (const c of burstCases) expect(mentions(c)).toBe(1);
		const rows = (await dataTableRows('cx_alert_outbox')).filter((r) => queuedAlerts.has(r.alertId));
		expect(rows).toHaveLength(queuedAlerts.size);
		expect(rows.every((r) => r.status === 'sent' && r.sentAt)).toBe(true);

		// Every message this file put on the robot, in any 60 s: within DingTalk's 20 (the sender aims at 20 − 2).
		const times = robot().map((m) => m.at);
		const maxIn60s = Math.max(...times.map((t) => times.filter((x) => x >= t && x < t + 60_000).length));
		expect(maxIn60s).toBeLessThanOrEqual(20);
		Object.assign(timings, { fMs: Date.now() - t0, manualDrains, robotMessages: times.length, robotMaxIn60s: maxIn60s });
	}, 330_000);
});
