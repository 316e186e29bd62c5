/**
 * The prebuilt review-monitoring workflow: importable shape (id, no credentials, known node types,
 * connections), and its CX nodes run with their saved parameters against a local Google server:
 * trigger → CX Analyze → Draft Reply → Post Reply (the Slack approval in between is n8n's own).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runWorkflow, type WorkflowJson } from '../harness/n8n';
import { runPoll } from '../harness/pollContext';
import { ACCOUNT, LOC_SH, makeReview, startGoogleServer, type GoogleServer } from '../fixtures/reviews/googleServer';
import { CxAnalyze } from '../../nodes/CxAnalyze/CxAnalyze.node';

const wf = JSON.parse(readFileSync(join(__dirname, '..', '..', 'workflows', 'review-monitoring.json'), 'utf8'));
const node = (name: string) => wf.nodes.find((n: any) => n.name === name);

describe('workflows/review-monitoring.json', () => {
	it('is importable: id, no credentials, known node types, valid connections', () => {
		expect(wf.id).toMatch(/^\w+$/);
		expect(JSON.stringify(wf)).not.toMatch(/"credentials"/);
		for (const n of wf.nodes) expect(n.type).toMatch(/^(n8n-nodes-cxloop\.(cxReviewTrigger|cxReview|cxAnalyze)|n8n-nodes-base\.(if|slack|scheduleTrigger))$/);
		const names = new Set(wf.nodes.map((n: any) => n.name));
		for (const [from, c] of Object.entries<any>(wf.connections)) {
			expect(names.has(from)).toBe(true);
			for (const out of c.main) for (const link of out) expect(names.has(link.node)).toBe(true);
		}
	});

	describe('its CX nodes with their saved parameters', () => {
		let server: GoogleServer;
		beforeEach(async () => {
			const now = Date.now();
			server = await startGoogleServer({
				[LOC_SH]: [
					makeReview(LOC_SH, 'w1', 'TWO', 'The room was dirty and the bathroom smelled. Staff were friendly though.', new Date(now - 3_600_000).toISOString()),
					makeReview(LOC_SH, 'w2', 'FIVE', 'Perfect stay!', new Date(now - 7_200_000).toISOString(), { reviewReply: { comment: 'Thanks!', updateTime: new Date(now).toISOString() } }),
				],
			});
		});
		afterEach(async () => server.close());

		it('trigger → analyse → draft → post reply', async () => {
			const credentials = { cxGoogleBusinessProfileOAuth2Api: { apiBaseUrl: server.url } };
			const params = { ...node('New or Edited Review').parameters, account: ACCOUNT };
			const polled = await runPoll({ type: 'cxReviewTrigger', parameters: params }, { credentials, staticData: {} });
			expect(polled.json.map((j) => j.sourceId)).toEqual(['w2', 'w1']);
			const toReply = polled.json.filter((j: any) => j.meta.reply.state !== 'replied'); // "Needs a Reply?"

			const sub: WorkflowJson = {
				nodes: [
					{ id: 's', name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
					...['CX Analyze', 'Draft Reply', 'Post Reply'].map((n) => ({ ...node(n), credentials: n === 'Post Reply' ? { cxGoogleBusinessProfileOAuth2Api: { id: '1', name: 'g' } } : undefined })),
				],
				connections: {
					Start: { main: [[{ node: 'CX Analyze', type: 'main', index: 0 }]] },
					'CX Analyze': { main: [[{ node: 'Draft Reply', type: 'main', index: 0 }]] },
					'Draft Reply': { main: [[{ node: 'Post Reply', type: 'main', index: 0 }]] },
				},
			};
			const r = await runWorkflow(sub, { input: toReply, credentials, extraNodeTypes: { 'n8n-nodes-cxloop.cxAnalyze': new CxAnalyze() } });
			const draft = r.json('Draft Reply')[0] as any;
			expect(draft.analysis.sentiment.label).toBe('negative');
			expect(draft.draft).toMatchObject({ language: 'en', sentiment: 'negative', engine: 'templates' });
			expect(draft.draft.issues).toEqual(expect.arrayContaining(['cleanliness']));
			expect(draft.draft.text).toContain('Harbour Hotel Shanghai Bund');
			const put = server.calls('PUT /v4/accounts/:a/locations/:l/reviews/:r/reply');
			expect(put).toHaveLength(1);
			expect(put[0].path).toBe(`/v4/${ACCOUNT}/locations/${LOC_SH}/reviews/w1/reply`);
			expect(put[0].body.comment).toBe(draft.draft.text);
		});

		it('daily digest: yesterday’s reviews of all locations → rating summary per location', async () => {
			const credentials = { cxGoogleBusinessProfileOAuth2Api: { apiBaseUrl: server.url } };
			const get = { ...node("Yesterday's Reviews"), parameters: { ...node("Yesterday's Reviews").parameters, account: ACCOUNT }, credentials: { cxGoogleBusinessProfileOAuth2Api: { id: '1', name: 'g' } } };
			const sub: WorkflowJson = {
				nodes: [{ id: 's', name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} }, get, node('Rating Summary')],
				connections: {
					Start: { main: [[{ node: "Yesterday's Reviews", type: 'main', index: 0 }]] },
					"Yesterday's Reviews": { main: [[{ node: 'Rating Summary', type: 'main', index: 0 }]] },
				},
			};
			const r = await runWorkflow(sub, { credentials });
			expect(r.json('Rating Summary')).toEqual([
				expect.objectContaining({ platform: 'google', locationId: LOC_SH, locationName: 'Harbour Hotel Shanghai Bund', count: 2, average: 3.5, negative: 1, replied: 1 }),
			]);
		});
	});
});
