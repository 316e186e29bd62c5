import { chain, runWorkflow } from '../harness/n8n';
import { startMockServer, type MockServer, type RecordedRequest } from '../harness/mockServer';

/** A fake model: answers every text of the request with a fixed analysis. */
function answerFor(req: RecordedRequest, overrides: Record<string, unknown> = {}) {
	const user = req.body.messages.find((m: any) => m.role === 'user').content as string;
	const count = (user.match(/### text \d+/g) ?? []).length;
	const results = Array.from({ length: count }, (_, index) => ({
		index,
		sentiment: { label: 'negative', score: -0.7 },
		topics: [
			{ id: 'rooms.bath.shower.hot_water', sentiment: 'negative', evidence: '没有热水' },
			{ id: 'made.up.topic', sentiment: 'neutral', evidence: 'x' },
		],
		intents: [{ intent: 'complaint', evidence: '没有热水' }],
		urgency: { level: 'high', reasons: ['guest in house without hot water'] },
		badReviewRisk: { level: 'medium', reasons: ['negative stay'] },
		keyPhrases: ['没有热水'],
		...overrides,
	}));
	return { status: 200, body: { id: 'x', object: 'chat.completion', choices: [{ index: 0, message: { role: 'assistant', content: JSON.stringify({ results }) } }] } };
}

const llmNode = (_server: MockServer, llmOptions: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) =>
	chain({
		type: 'cxAnalyze',
		parameters: { operation: 'analyze', engine: 'llm', llmOptions },
		credentials: { cxOpenAiCompatibleApi: { id: '1', name: 'LLM' } },
		...extra,
	});

const creds = (server: MockServer) => ({ cxOpenAiCompatibleApi: { baseUrl: `${server.url}/v1`, apiKey: 'sk-test', model: 'qwen-plus' } });

describe('CX Analyze node (LLM engine against a local OpenAI-compatible server)', () => {
	let server: MockServer;
	afterEach(async () => server?.close());

	it('sends redacted text with the tree in the prompt and maps the validated answer', async () => {
		server = await startMockServer({ 'POST /v1/chat/completions': (req) => answerFor(req) });
		const r = await runWorkflow(llmNode(server), {
			input: [{ text: '电话13812345678，淋浴没有热水！' }],
			credentials: creds(server),
		});
		const [call] = server.calls('POST /v1/chat/completions');
		expect(call.headers.authorization).toBe('Bearer sk-test');
		expect(call.body.model).toBe('qwen-plus');
		expect(call.body.response_format).toEqual({ type: 'json_object' });
		expect(call.rawBody).not.toContain('13812345678');
		expect(call.rawBody).toContain('[PHONE]');
		expect(call.body.messages[0].content).toContain('rooms.bath.shower | 淋浴 | Shower');
		const a = r.json('Step 1')[0].analysis as any;
		expect(a.engine).toBe('llm');
		expect(a.sentiment).toMatchObject({ label: 'negative', score: -0.7 });
		expect(a.topics).toHaveLength(1);
		expect(a.topics[0]).toMatchObject({ id: 'rooms.bath.shower.hot_water', owner: 'ENG', sentiment: 'negative', path: ['客房', '卫浴', '淋浴', '淋浴·热水'] });
		expect(a.droppedTopics).toEqual(['made.up.topic']);
		expect(a.intents[0].intent).toBe('complaint');
		expect(a.urgency.level).toBe('high');
		expect(a.pii).toEqual([{ kind: 'cnMobile', count: 1 }]);
	});

	it('retries once when the answer is invalid, then succeeds', async () => {
		server = await startMockServer({
			'POST /v1/chat/completions': (req, nth) =>
				nth === 0 ? { body: { choices: [{ message: { content: 'Sure! The sentiment is negative.' } }] } } : answerFor(req),
		});
		const r = await runWorkflow(llmNode(server), { input: [{ text: 'no hot water in the shower' }], credentials: creds(server) });
		expect(server.calls('POST /v1/chat/completions')).toHaveLength(2);
		const retry = server.calls('POST /v1/chat/completions')[1].body.messages;
		expect(retry[retry.length - 1].content).toMatch(/invalid/);
		expect((r.json('Step 1')[0].analysis as any).engine).toBe('llm');
	});

	it('reports a per-item error after the retry also fails, or falls back to offline when asked', async () => {
		server = await startMockServer({ 'POST /v1/chat/completions': (req) => answerFor(req, { sentiment: { label: 'angry', score: 5 } }) });
		const r = await runWorkflow(llmNode(server, {}, { continueOnFail: true }), { input: [{ text: '房间很脏' }, { text: '' }], credentials: creds(server) });
		const out = r.json('Step 1');
		expect(out[0].error).toMatch(/did not match the expected schema after one retry/);
		expect((out[1].analysis as any).noText).toBe(true);
		expect(server.calls('POST /v1/chat/completions')).toHaveLength(2);

		const r2 = await runWorkflow(llmNode(server, { onFailure: 'offline' }), { input: [{ text: '房间很脏' }], credentials: creds(server) });
		const a = r2.json('Step 1')[0].analysis as any;
		expect(a.engine).toBe('offline');
		expect(a.llmError).toMatch(/schema/);
		expect(a.sentiment.label).toBe('negative');
	});

	it('batches texts and limits concurrency', async () => {
		let inFlight = 0;
		let maxInFlight = 0;
		server = await startMockServer({
			'POST /v1/chat/completions': async (req) => {
				inFlight++;
				maxInFlight = Math.max(maxInFlight, inFlight);
				await new Promise((res) => setTimeout(res, 30));
				inFlight--;
				return answerFor(req);
			},
		});
		const input = Array.from({ length: 7 }, (_, i) => ({ text: `房间${i}没有热水` }));
		const r = await runWorkflow(llmNode(server, { batchSize: 2, concurrency: 2 }), { input, credentials: creds(server) });
		expect(server.calls('POST /v1/chat/completions')).toHaveLength(4);
		expect(maxInFlight).toBeLessThanOrEqual(2);
		expect(r.json('Step 1')).toHaveLength(7);
		expect(r.items('Step 1').map((i) => i.pairedItem)).toEqual(input.map((_, item) => ({ item })));
	});

	it('waits and retries on 429 with Retry-After', async () => {
		server = await startMockServer({
			'POST /v1/chat/completions': (req, nth) => (nth === 0 ? { status: 429, headers: { 'retry-after': '0' }, body: { error: { message: 'rate limited' } } } : answerFor(req)),
		});
		const r = await runWorkflow(llmNode(server), { input: [{ text: 'dirty room' }], credentials: creds(server) });
		expect(server.calls('POST /v1/chat/completions')).toHaveLength(2);
		expect((r.json('Step 1')[0].analysis as any).engine).toBe('llm');
	});

	it('sends the raw text when redaction before sending is off', async () => {
		server = await startMockServer({ 'POST /v1/chat/completions': (req) => answerFor(req) });
		await runWorkflow(llmNode(server, { redactBeforeSending: false, model: 'deepseek-chat', jsonMode: false }), {
			input: [{ text: 'mail me at a@b.com' }],
			credentials: creds(server),
		});
		const [call] = server.calls('POST /v1/chat/completions');
		expect(call.rawBody).toContain('a@b.com');
		expect(call.body.model).toBe('deepseek-chat');
		expect(call.body.response_format).toBeUndefined();
	});
});
