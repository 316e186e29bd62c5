/**
 * CX Review Trigger + CX Review in a real n8n: a published workflow polls a local Trustpilot
 * stand-in every minute, drafts replies and posts them; the next poll emits only what changed (an
 * edited review and a new one, not our own reply), and a poll with nothing new starts no execution.
 * A second workflow does the same against a local Google Business Profile with the OAuth2 credential.
 */
import { parse } from 'flatted';
import { executions, rest, waitForExecutions } from './n8n';
import { startMockServer, type MockServer } from '../harness/mockServer';
import { ACCOUNT, LOC_SH, makeReview, startGoogleServer, type GoogleServer } from '../fixtures/reviews/googleServer';

const DAY = 86_400_000;
const iso = (msAgo: number) => new Date(Date.now() - msAgo).toISOString();

function reviewWorkflow(name: string, trigger: Record<string, unknown>, credentials: Record<string, unknown>, replyPlatform: string) {
	return {
		name,
		nodes: [
			{
				id: `${name}-t`,
				name: 'Reviews',
				type: 'n8n-nodes-cxloop.cxReviewTrigger',
				typeVersion: 1,
				position: [0, 0],
				parameters: { pollTimes: { item: [{ mode: 'everyMinute' }] }, emitOn: ['new', 'edited'], backfillDays: 7, options: {}, ...trigger },
				credentials,
			},
			{
				id: `${name}-d`,
				name: 'Draft Reply',
				type: 'n8n-nodes-cxloop.cxReview',
				typeVersion: 1,
				position: [240, 0],
				parameters: { operation: 'draftReply', engine: 'templates', manager: 'E2E Manager', managerTitle: 'General Manager', skipReplied: true, draftOptions: {} },
			},
			{
				id: `${name}-r`,
				name: 'Post Reply',
				type: 'n8n-nodes-cxloop.cxReview',
				typeVersion: 1,
				position: [480, 0],
				parameters: { operation: 'reply', platform: replyPlatform },
				credentials,
			},
		],
		connections: {
			Reviews: { main: [[{ node: 'Draft Reply', type: 'main', index: 0 }]] },
			'Draft Reply': { main: [[{ node: 'Post Reply', type: 'main', index: 0 }]] },
		},
		settings: { executionOrder: 'v1', saveDataSuccessExecution: 'all', saveDataErrorExecution: 'all' },
		active: false,
	};
}

async function publish(workflow: unknown): Promise<string> {
	const api = await rest();
	const created = await api.post('/rest/workflows', workflow);
	await api.post(`/rest/workflows/${created.data.data.id}/activate`, { versionId: created.data.data.versionId });
	return created.data.data.id;
}

/** JSON of the items a node emitted in one execution. */
async function nodeOutput(executionId: string, node: string): Promise<Array<Record<string, any>>> {
	const api = await rest();
	const exec = (await api.get(`/rest/executions/${executionId}`)).data.data;
	const data = typeof exec.data === 'string' ? parse(exec.data) : exec.data;
	const runs = data.resultData.runData[node] ?? [];
	return (runs[runs.length - 1]?.data?.main?.[0] ?? []).map((i: { json: Record<string, any> }) => i.json);
}

const sortedByStart = (list: Array<{ id: string }>) => [...list].sort((a, b) => Number(a.id) - Number(b.id));

describe('Review monitoring in a real n8n', () => {
	let trustpilot: MockServer;
	let google: GoogleServer;
	let tpWorkflow: string;
	let gWorkflow: string;
	const tpReviews: Array<Record<string, any>> = [
		{ id: 'tp1', stars: 2, title: 'Dirty room', text: 'The room was dirty and the staff were rude.', language: 'en', createdAt: iso(DAY), updatedAt: iso(DAY) },
		{ id: 'tp2', stars: 5, title: 'Lovely', text: 'Great breakfast.', language: 'en', createdAt: iso(2 * DAY), updatedAt: iso(2 * DAY), companyReply: { text: 'Thank you!', createdAt: iso(DAY) } },
		{ id: 'tp-old', stars: 3, text: 'Long ago.', createdAt: iso(40 * DAY), updatedAt: iso(40 * DAY) },
	];

	beforeAll(async () => {
		trustpilot = await startMockServer({
			'GET /v1/business-units/:id/reviews': () => ({ body: { reviews: tpReviews, links: [] } }),
			'POST /v1/private/reviews/:id/reply': (req) => {
				const r = tpReviews.find((x) => x.id === req.path.split('/')[4]);
				if (r) r.companyReply = { text: req.body.message, createdAt: new Date().toISOString() };
				return { status: 201, body: { reply: { message: req.body.message } } };
			},
		});
		google = await startGoogleServer({ [LOC_SH]: [makeReview(LOC_SH, 'g1', 'ONE', 'Noisy room, thin walls.', iso(DAY))] });
		const api = await rest();
		const tpCred = await api.post('/rest/credentials', {
			name: 'E2E Trustpilot',
			type: 'cxTrustpilotApi',
			data: { apiKey: 'tp-key', accessToken: 'tp-token', businessUserId: 'bu-user-1', baseUrl: trustpilot.url },
		});
		const gCred = await api.post('/rest/credentials', {
			name: 'E2E Google Business Profile',
			type: 'cxGoogleBusinessProfileOAuth2Api',
			data: {
				clientId: 'e2e-client',
				clientSecret: 'e2e-secret',
				apiBaseUrl: google.url,
				oauthTokenData: { access_token: 'ya29.e2e-token', token_type: 'Bearer', expires_in: 3599, refresh_token: 'e2e-refresh' },
			},
		});
		tpWorkflow = await publish(
			reviewWorkflow('E2E Trustpilot reviews', { platform: 'trustpilot', locationIds: 'bu-e2e' }, { cxTrustpilotApi: { id: tpCred.data.data.id, name: 'E2E Trustpilot' } }, 'trustpilot'),
		);
		gWorkflow = await publish(
			reviewWorkflow(
				'E2E Google reviews',
				{ platform: 'google', account: ACCOUNT, locationScope: 'all' },
				{ cxGoogleBusinessProfileOAuth2Api: { id: gCred.data.data.id, name: 'E2E Google Business Profile' } },
				'google',
			),
		);
	});

	afterAll(async () => {
		const api = await rest();
		for (const id of [tpWorkflow, gWorkflow]) if (id) await api.post(`/rest/workflows/${id}/deactivate`).catch(() => undefined);
		await trustpilot?.close();
		await google?.close();
	});

	it('first poll: emits the backfilled reviews, drafts and posts a reply to the unreplied one', async () => {
		const runs = await waitForExecutions(tpWorkflow, 1, 100_000);
		expect(runs.map((r) => r.status)).toEqual(['success']);
		const emitted = await nodeOutput(runs[0].id, 'Reviews');
		expect(emitted.map((j) => [j.id, j.meta.event]).sort()).toEqual([
			['trustpilot:tp1', 'new'],
			['trustpilot:tp2', 'new'],
		]);
		const posted = trustpilot.calls('POST /v1/private/reviews/:id/reply');
		expect(posted).toHaveLength(1);
		expect(posted[0].path).toBe('/v1/private/reviews/tp1/reply');
		expect(posted[0].headers.authorization).toBe('Bearer tp-token');
		expect(posted[0].body.authorBusinessUserId).toBe('bu-user-1');
		expect(posted[0].body.message).toMatch(/^Dear guest,[\s\S]*We are sorry that [\s\S]*E2E Manager/);
		expect(trustpilot.requests[0].headers.apikey).toBe('tp-key');
	}, 130_000);

	it('next poll: only the edited and the new review, not our own reply', async () => {
		tpReviews[1] = { ...tpReviews[1], text: 'Great breakfast. Edited: and a great pool.', updatedAt: new Date().toISOString() };
		tpReviews.push({ id: 'tp4', stars: 5, title: 'Perfect', text: 'Friendly staff, clean room.', language: 'en', createdAt: new Date().toISOString() });
		const runs = sortedByStart(await waitForExecutions(tpWorkflow, 2, 100_000));
		expect(runs).toHaveLength(2);
		const emitted = await nodeOutput(runs[1].id, 'Reviews');
		expect(emitted.map((j) => [j.sourceId, j.meta.event, j.meta.changes])).toEqual([
			['tp2', 'edited', ['text']],
			['tp4', 'new', []],
		]);
		const posted = trustpilot.calls('POST /v1/private/reviews/:id/reply');
		expect(posted.map((p) => p.path)).toEqual(['/v1/private/reviews/tp1/reply', '/v1/private/reviews/tp4/reply']);
	}, 130_000);

	it('a poll with nothing new starts no execution', async () => {
		const before = (await executions(tpWorkflow)).length;
		const reads = trustpilot.calls('GET /v1/business-units/:id/reviews').length;
		const until = Date.now() + 75_000;
		while (Date.now() < until && trustpilot.calls('GET /v1/business-units/:id/reviews').length === reads) await new Promise((r) => setTimeout(r, 1000));
		expect(trustpilot.calls('GET /v1/business-units/:id/reviews').length).toBeGreaterThan(reads); // it did poll
		await new Promise((r) => setTimeout(r, 3000));
		expect((await executions(tpWorkflow)).length).toBe(before);
	}, 100_000);

	it('Google Business Profile through the OAuth2 credential: polls and replies with the bearer token', async () => {
		const runs = await waitForExecutions(gWorkflow, 1, 30_000);
		expect(runs.map((r) => r.status)).toEqual(['success']);
		const put = google.calls('PUT /v4/accounts/:a/locations/:l/reviews/:r/reply');
		expect(put).toHaveLength(1);
		expect(put[0].path).toBe(`/v4/${ACCOUNT}/locations/${LOC_SH}/reviews/g1/reply`);
		expect(put[0].headers.authorization).toBe('Bearer ya29.e2e-token');
		expect(put[0].body.comment).toMatch(/noise level/);
	}, 60_000);
});
