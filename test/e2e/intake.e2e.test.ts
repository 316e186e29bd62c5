import { callWebhook, dataTableRows, info, waitForExecutions } from './n8n';

const WORKFLOW = 'cxSurveyIntake01';

describe('Survey intake workflow in a real n8n', () => {
	it('stores a posted survey response as a Feedback record and answers with its id', async () => {
		const body = { id: 'e2e-1', nps: 3, comment: '房间隔音太差，前台态度很好', property: 'SH-PUDONG', submitted_at: '2026-11-20 09:30:00' };
		const res = await callWebhook('cx/survey-response', { body });
		expect(res.status).toBe(201);
		expect(res.data).toEqual({ id: 'webhook:e2e-1', stored: true });

		const rows = await dataTableRows('cx_feedback');
		const row = rows.find((r) => r.feedback_id === 'webhook:e2e-1');
		expect(row).toMatchObject({ source: 'webhook', channel: 'survey', location_id: 'SH-PUDONG', nps: 3, score: 30, text: '房间隔音太差，前台态度很好' });
		const record = JSON.parse(row!.record);
		expect(record).toMatchObject({ id: 'webhook:e2e-1', scores: { nps: 3 }, occurredAt: '2026-11-20T09:30:00Z' });
	});

	it('is idempotent: the same response delivered three times is one row', async () => {
		for (let i = 0; i < 3; i++) {
			const res = await callWebhook('cx/survey-response', { body: { id: 'e2e-dup', rating: 2, comment: 'Wi-Fi kept dropping' } });
			expect(res.status).toBe(201);
		}
		const rows = (await dataTableRows('cx_feedback')).filter((r) => r.feedback_id === 'webhook:e2e-dup');
		expect(rows).toHaveLength(1);
		expect(rows[0]).toMatchObject({ score: 40, text: 'Wi-Fi kept dropping' });
	});

	it('answers 422 naming the field for an invalid response, and stores nothing', async () => {
		const res = await callWebhook('cx/survey-response', { body: { id: 'e2e-bad', nps: 42 } });
		expect(res.status).toBe(422);
		expect(res.data.error).toMatch(/scores\.nps/);
		const rows = (await dataTableRows('cx_feedback')).filter((r) => r.feedback_id === 'webhook:e2e-bad');
		expect(rows).toHaveLength(0);
		const runs = await waitForExecutions(WORKFLOW, 5);
		expect(runs.length).toBeGreaterThanOrEqual(5);
		expect(runs.every((r) => r.status === 'success')).toBe(true);
	});
});

describe('execution mode', () => {
	it('ran every intake execution in the mode the suite was started in', async () => {
		const { mode } = info() as ReturnType<typeof info> & { mode: string };
		const runs = await waitForExecutions(WORKFLOW, 1);
		expect(runs.length).toBeGreaterThan(0);
		// In queue mode the main process only enqueues; a finished run proves the worker executed it.
		expect(runs.every((r) => r.mode === 'webhook')).toBe(true);
		expect(['regular', 'queue']).toContain(mode);
	});
});
