/**
 * CX Report's LLM-written summary against a local fake OpenAI-compatible server: the model sees the
 * facts only, its answer is schema-checked, a summary with a number that is not in the facts is
 * rejected (hallucination guard), retried once, and otherwise the rule-based summary is kept with a
 * warning saying why.
 */
import { binaryBytes, chain, runWorkflow } from '../harness/n8n';
import { startMockServer, type MockServer, type RecordedRequest } from '../harness/mockServer';
import { metricsStep, sampleFeedback } from '../engine/report/sample';


const RECORDS = sampleFeedback(800);

const reportNode = (extra: Record<string, unknown> = {}, llmOptions: Record<string, unknown> = {}) => ({
	type: 'cxReport',
	name: 'Report',
	parameters: { operation: 'report', language: 'en', summaryWriter: 'llm', llmOptions, ...extra },
	credentials: { cxOpenAiCompatibleApi: { id: '1', name: 'LLM' } },
});
const creds = (server: MockServer) => ({ cxOpenAiCompatibleApi: { baseUrl: `${server.url}/v1`, apiKey: 'sk-test', model: 'qwen-plus' } });

/** The facts JSON the node put in the prompt. */
function factsOf(req: RecordedRequest): any {
	const user: string = req.body.messages.find((m: any) => m.role === 'user').content;
	return JSON.parse(user.split('\n')[1]);
}

/** A model that writes a correct summary from the facts it was given (numbers copied or rounded). */
function goodAnswer(req: RecordedRequest) {
	const f = factsOf(req);
	const sentences = [
		`NPS for ${f.period} stood at ${f.nps.score.toFixed(1)}, with a margin of error of ±${f.nps.marginOfError.toFixed(1)} points on ${f.nps.responses} responses.`,
		`Against ${f.previousPeriod} the change is ${f.nps.change.verdict}.`,
		`Complaints made up ${f.complaintRate.value.toFixed(1)}% of feedback; "${f.topNegativeTopic.name}" drew the most negative mentions.`,
	];
	return reply({ sentences });
}
const reply = (content: unknown) => ({ body: { id: 'x', object: 'chat.completion', choices: [{ index: 0, message: { role: 'assistant', content: typeof content === 'string' ? content : JSON.stringify(content) } }] } });
const invented = reply({ sentences: ['NPS jumped by 37.5 points this week, the best result in 12 months.'] });

describe('CX Report: LLM-written summary (local OpenAI-compatible server)', () => {
	let server: MockServer;
	afterEach(async () => server?.close());

	it('sends only the facts, and a valid answer becomes the summary of the report', async () => {
		server = await startMockServer({ 'POST /v1/chat/completions': (req) => goodAnswer(req) });
		const r = await runWorkflow(chain(metricsStep, reportNode()), { input: RECORDS, credentials: creds(server) });
		const [call] = server.calls('POST /v1/chat/completions');
		expect(call.headers.authorization).toBe('Bearer sk-test');
		expect(call.body).toMatchObject({ model: 'qwen-plus', response_format: { type: 'json_object' } });
		// The prompt holds the numbers, never a customer's words (nor their phone number).
		const prompt = call.body.messages.map((m: any) => m.content).join('\n');
		const texts = [...new Set(RECORDS.map((x) => x.text).filter(Boolean))] as string[];
		expect(texts.length).toBeGreaterThan(5);
		for (const t of texts) expect(prompt).not.toContain(t.slice(0, 12));
		expect(prompt).not.toContain('13800138000');
		expect(factsOf(call).period).toBe('2026-W47');

		const [item] = r.items('Report');
		expect(item.json.summarySource).toBe('llm');
		expect(item.json.summaryWarning).toBeUndefined();
		const summary = String(item.json.summary);
		expect(summary.split('\n')).toHaveLength(3);
		expect(summary).toMatch(/^NPS for 2026-W47 stood at -?\d+\.\d, with a margin of error of ±\d+\.\d points/);
		const html = (await binaryBytes(item.binary!.data)).toString('utf8');
		expect(html).toContain(`<p>${summary.split('\n')[0]}</p>`);
		expect(String(item.json.summaryHtml)).toContain('NPS for 2026-W47');
	});

	it('rejects a summary with a number that is not in the facts, retries once with the reason, and uses the good second answer', async () => {
		server = await startMockServer({ 'POST /v1/chat/completions': (req, nth) => (nth === 0 ? invented : goodAnswer(req)) });
		const r = await runWorkflow(chain(metricsStep, reportNode()), { input: RECORDS, credentials: creds(server) });
		const calls = server.calls('POST /v1/chat/completions');
		expect(calls).toHaveLength(2);
		const retry = calls[1].body.messages;
		expect(retry[retry.length - 2]).toMatchObject({ role: 'assistant' });
		expect(retry[retry.length - 1].content).toMatch(/rejected: it states numbers that are not in the facts: 37\.5, 12/);
		expect(r.json('Report')[0]).toMatchObject({ summarySource: 'llm' });
	});

	it('falls back to the rule-based summary, and says why, when both answers invent numbers', async () => {
		server = await startMockServer({ 'POST /v1/chat/completions': () => invented });
		const r = await runWorkflow(chain(metricsStep, reportNode({ language: 'zh' })), { input: RECORDS, credentials: creds(server) });
		expect(server.calls('POST /v1/chat/completions')).toHaveLength(2);
		const out = r.json('Report')[0] as any;
		expect(out.summarySource).toBe('rules');
		expect(out.summaryWarning).toMatch(/^The summary was written by rules: the LLM's summary was rejected twice \(it states numbers that are not in the facts: 37\.5, 12\)\.$/);
		expect(out.summary).toMatch(/^2026-W47 NPS 为/);
	});

	it('falls back too when the answer is not the JSON asked for, or the server fails', async () => {
		server = await startMockServer({ 'POST /v1/chat/completions': () => reply('Sure! NPS went up.') });
		let out = (await runWorkflow(chain(metricsStep, reportNode()), { input: RECORDS, credentials: creds(server) })).json('Report')[0] as any;
		expect(out.summarySource).toBe('rules');
		expect(out.summaryWarning).toMatch(/rejected twice \(not JSON/);
		await server.close();

		server = await startMockServer({ 'POST /v1/chat/completions': { status: 500, body: { error: { message: 'model overloaded' } } } });
		out = (await runWorkflow(chain(metricsStep, reportNode()), { input: RECORDS, credentials: creds(server) })).json('Report')[0] as any;
		expect(server.calls('POST /v1/chat/completions')).toHaveLength(1);
		expect(out.summarySource).toBe('rules');
		expect(out.summaryWarning).toMatch(/^The summary was written by rules: the LLM could not be used \(/);
		expect(out.summary).toMatch(/^NPS in 2026-W47 was/);
		expect(JSON.stringify(out)).not.toContain('sk-test');
	});

	it('Summary Text written by hand wins, and no LLM is called', async () => {
		server = await startMockServer({ 'POST /v1/chat/completions': (req) => goodAnswer(req) });
		const r = await runWorkflow(chain(metricsStep, reportNode({ options: { summary: 'Written by the GM.' } })), { input: RECORDS, credentials: creds(server) });
		expect(server.requests).toHaveLength(0);
		expect(r.json('Report')[0]).toMatchObject({ summarySource: 'manual', summary: 'Written by the GM.' });
	});
});
