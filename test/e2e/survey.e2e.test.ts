/**
 * CX Survey Trigger in a real n8n: publishing the workflow registers the webhook on (a local stand-in
 * for) Typeform with a generated secret; a delivery signed with that secret is stored as one Feedback
 * row; an unsigned or tampered one is answered 401 and starts no execution; unpublishing removes the
 * webhook from Typeform.
 */
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { callWebhook, dataTableRows, executions, rest, waitForExecutions } from './n8n';
import { startMockServer, type MockServer } from '../harness/mockServer';

const ROOT = join(__dirname, '..', '..');
const FIXTURE = readFileSync(join(ROOT, 'test', 'fixtures', 'surveys', 'typeform-webhook.json'), 'utf8');
const WEBHOOK_ID = '4b1d0c3e-5a7f-4e21-9c0d-7e2f1a000e2e';

async function until(condition: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (!condition()) {
		if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
		await new Promise((r) => setTimeout(r, 200));
	}
}

/** The trigger followed by the intake template's own "store as Feedback row" nodes (Data Table upsert). */
function surveyWorkflow(credentialId: string) {
	const intake = JSON.parse(readFileSync(join(ROOT, 'workflows', 'survey-intake.json'), 'utf8'));
	const pick = (name: string) => {
		const n = intake.nodes.find((x: { name: string }) => x.name === name);
		return JSON.parse(JSON.stringify(n).replace(/\$\('CX Normalize'\)/g, "$('CX Survey Trigger')"));
	};
	const ensure = { ...pick('Ensure Feedback Table'), id: 'e2e-ensure' };
	const store = { ...pick('Store Feedback'), id: 'e2e-store' };
	return {
		name: 'E2E Typeform survey trigger',
		nodes: [
			{
				id: 'e2e-trigger',
				name: 'CX Survey Trigger',
				type: 'n8n-nodes-cxloop.cxSurveyTrigger',
				typeVersion: 1,
				position: [0, 0],
				webhookId: WEBHOOK_ID,
				parameters: { platform: 'typeform', survey: { __rl: true, mode: 'id', value: 'lT4Z3j' }, scoreFields: {}, options: {} },
				credentials: { cxTypeformApi: { id: credentialId, name: 'E2E Typeform' } },
			},
			ensure,
			store,
		],
		connections: {
			'CX Survey Trigger': { main: [[{ node: ensure.name, type: 'main', index: 0 }]] },
			[ensure.name]: { main: [[{ node: store.name, type: 'main', index: 0 }]] },
		},
		settings: { executionOrder: 'v1', saveDataSuccessExecution: 'all', saveDataErrorExecution: 'all' },
		active: false,
	};
}

describe('CX Survey Trigger (Typeform) in a real n8n', () => {
	let typeform: MockServer;
	let workflowId: string;
	const hooks: Array<Record<string, unknown>> = [];

	beforeAll(async () => {
		typeform = await startMockServer({
			'GET /forms/:id/webhooks': () => ({ body: { items: hooks } }),
			'PUT /forms/:id/webhooks/:tag': (req) => {
				const hook = { id: 'yRtagDm8AT', form_id: 'lT4Z3j', tag: req.path.split('/').pop(), url: req.body.url, enabled: true };
				hooks.splice(0, hooks.length, hook);
				return { body: hook };
			},
			'DELETE /forms/:id/webhooks/:tag': () => {
				hooks.splice(0, hooks.length);
				return { status: 204 };
			},
		});
		const api = await rest();
		const cred = await api.post('/rest/credentials', {
			name: 'E2E Typeform',
			type: 'cxTypeformApi',
			data: { accessToken: 'tfp_e2e', baseUrl: typeform.url },
		});
		const created = await api.post('/rest/workflows', surveyWorkflow(cred.data.data.id));
		workflowId = created.data.data.id;
		await api.post(`/rest/workflows/${workflowId}/activate`, { versionId: created.data.data.versionId });
		// n8n 2.40 applies a publication asynchronously (an outbox polled by the server): wait for the registration.
		await until(() => typeform.calls('PUT /forms/:id/webhooks/:tag').length > 0, 'the webhook registration on publish');
	});

	afterAll(async () => {
		await typeform?.close();
	});

	it('registered the webhook on publish, with the production URL and a secret', () => {
		const put = typeform.calls('PUT /forms/:id/webhooks/:tag');
		expect(put).toHaveLength(1);
		expect(put[0].headers.authorization).toBe('Bearer tfp_e2e');
		expect(put[0].body.url).toMatch(new RegExp(`/webhook/${WEBHOOK_ID}/webhook$`));
		expect(put[0].body.secret).toMatch(/^[0-9a-f]{64}$/);
	});

	it('stores one Feedback record for a signed delivery; unsigned or tampered ones get 401 and no execution', async () => {
		const secret = typeform.calls('PUT /forms/:id/webhooks/:tag')[0].body.secret as string;
		const sig = 'sha256=' + createHmac('sha256', secret).update(FIXTURE).digest('base64');
		const path = `${WEBHOOK_ID}/webhook`;

		// SurveyMonkey's HEAD check is answered by the same trigger (the "setup" webhook) without an execution.
		const head = await callWebhook(path, { method: 'HEAD' });
		expect(head.status).toBe(200);

		const unsigned = await callWebhook(path, { raw: FIXTURE });
		expect(unsigned.status).toBe(401);
		const tampered = await callWebhook(path, { raw: FIXTURE.replace('"number": 3', '"number": 9'), headers: { 'typeform-signature': sig } });
		expect(tampered.status).toBe(401);

		const ok = await callWebhook(path, { raw: FIXTURE, headers: { 'typeform-signature': sig } });
		expect(ok.status).toBe(200);
		const runs = await waitForExecutions(workflowId, 1);
		expect(runs).toHaveLength(1);
		expect(runs[0].status).toBe('success');

		const rows = (await dataTableRows('cx_feedback')).filter((r) => r.feedback_id === 'typeform:a3a12ec67a1365927098a606107fac15');
		expect(rows).toHaveLength(1);
		expect(rows[0]).toMatchObject({ source: 'typeform', channel: 'survey', location_id: 'SH-PUDONG', nps: 3, csat: 2, score: 30 });
		expect(JSON.parse(rows[0].record)).toMatchObject({ customer: { id: 'G-5521' }, meta: { ids: { booking: 'BK-778812', room: '1208' } } });

		// The 401s and the HEAD started nothing: still exactly one execution a moment later.
		await new Promise((r) => setTimeout(r, 1000));
		expect(await executions(workflowId)).toHaveLength(1);
	});

	it('removes the webhook from Typeform when unpublished', async () => {
		const api = await rest();
		await api.post(`/rest/workflows/${workflowId}/deactivate`, {});
		await until(() => typeform.calls('DELETE /forms/:id/webhooks/:tag').length > 0, 'the webhook removal on unpublish');
		expect(typeform.calls('DELETE /forms/:id/webhooks/:tag')).toHaveLength(1);
		expect(hooks).toHaveLength(0);
	});
});
