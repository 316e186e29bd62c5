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

	it("honours every item's own tree, subtree and depth settings (items are grouped by settings, not batched under the first)", async () => {
		// The fake model answers each text with one rooms topic and one breakfast topic; the request
		// records which tree it was shown, so each answer can be checked against its item's settings.
		server = await startMockServer({
			'POST /v1/chat/completions': (req) =>
				answerFor(req, {
					topics: [
						{ id: 'rooms.bath.shower.hot_water', sentiment: 'negative', evidence: '没有热水' },
						{ id: 'fb.breakfast', sentiment: 'positive', evidence: '早餐' },
						{ id: 'shop.till', sentiment: 'negative', evidence: '收银' },
					],
				}),
		});
		const shopTree = JSON.stringify({
			id: 'shop',
			name: { zh: '门店', en: 'Shop' },
			nodes: [{ id: 'shop', name: { zh: '门店', en: 'Shop' }, children: [{ id: 'shop.till', name: { zh: '收银', en: 'Till' } }] }],
		});
		const input = [
			{ text: 'A 没有热水', subtree: 'rooms', depth: 2, pd: 2, tree: 'hotel' },
			{ text: 'B 早餐不错', subtree: 'fb', depth: 0, pd: 3, tree: 'hotel' },
			{ text: 'C 没有热水', subtree: 'rooms', depth: 2, pd: 2, tree: 'hotel' },
			{ text: 'D 早餐一般', subtree: '', depth: 0, pd: 1, tree: 'hotel' },
			{ text: 'E 收银慢', subtree: '', depth: 0, pd: 3, tree: 'custom' },
		];
		const r = await runWorkflow(
			chain({
				type: 'cxAnalyze',
				parameters: {
					operation: 'analyze',
					engine: 'llm',
					treeSource: '={{ $json.tree }}',
					customTree: shopTree,
					options: { subtree: '={{ $json.subtree }}', maxDepth: '={{ $json.depth }}' },
					llmOptions: { batchSize: 5, promptDepth: '={{ $json.pd }}' },
				},
				credentials: { cxOpenAiCompatibleApi: { id: '1', name: 'LLM' } },
			}),
			{ input, credentials: creds(server) },
		);
		const calls = server.calls('POST /v1/chat/completions');
		// Four groups: rooms/2 (A, C), fb/3 (B), whole hotel tree/1 (D), custom tree (E).
		expect(calls).toHaveLength(4);
		const promptOf = (letter: string) => {
			const call = calls.find((c) => c.body.messages[1].content.includes(`\n${letter} `));
			expect(call).toBeDefined();
			return call!.body.messages[0].content as string;
		};
		const treeLines = (prompt: string) => prompt.slice(prompt.indexOf('Indicator tree')).split('\n').slice(1);
		// A and C share one request whose tree is the rooms subtree down to level 2.
		expect(calls.find((c) => c.body.messages[1].content.includes('\nA '))!.body.messages[1].content).toContain('\nC ');
		const roomsLines = treeLines(promptOf('A'));
		expect(roomsLines.every((l) => l.trim().startsWith('rooms'))).toBe(true);
		expect(roomsLines.some((l) => l.trim().startsWith('rooms.bath |'))).toBe(true);
		expect(roomsLines.some((l) => l.trim().startsWith('rooms.bath.shower |'))).toBe(false);
		const fbLines = treeLines(promptOf('B'));
		expect(fbLines.every((l) => l.trim().startsWith('fb'))).toBe(true);
		expect(fbLines.some((l) => l.trim().startsWith('fb.breakfast.'))).toBe(true);
		const topLines = treeLines(promptOf('D'));
		expect(topLines.some((l) => l.startsWith('rooms |'))).toBe(true);
		expect(topLines.some((l) => l.startsWith('fb |'))).toBe(true);
		expect(topLines.some((l) => l.includes('.'))).toBe(false);
		expect(treeLines(promptOf('E'))).toEqual(['shop | 门店 | Shop', '  shop.till | 收银 | Till']);

		const out = r.json('Step 1').map((j) => (j.analysis as any).topics.map((t: any) => t.id));
		expect(out[0]).toEqual(['rooms.bath']);
		expect(out[1]).toEqual(['fb.breakfast']);
		expect(out[2]).toEqual(['rooms.bath']);
		expect(out[3]).toEqual(['rooms.bath.shower.hot_water', 'fb.breakfast']);
		expect(out[4]).toEqual(['shop.till']);
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

/** A fake model for dialogues: every text gets the fixed analysis; texts sent as "(dialogue)" also get `part` (unless it is undefined). */
function dialogueAnswerFor(req: RecordedRequest, part: unknown, overrides: Record<string, unknown> = {}) {
	const user = req.body.messages.find((m: any) => m.role === 'user').content as string;
	const headers = user.match(/### text \d+( \(dialogue\))?/g) ?? [];
	const answer = answerFor(req, overrides);
	const body = JSON.parse(answer.body.choices[0].message.content);
	headers.forEach((h, k) => {
		if (h.endsWith('(dialogue)') && part !== undefined) body.results[k].dialogue = part;
	});
	answer.body.choices[0].message.content = JSON.stringify(body);
	return answer;
}

describe('CX Analyze node (LLM engine): dialogues', () => {
	let server: MockServer;
	afterEach(async () => server?.close());

	const chat =
		'[10:01:02] Agent: Thank you for contacting us, I am happy to help!\n' +
		'[10:01:20] Customer: The room was dirty and the air conditioning was broken all night. Call me on 13812345678.\n' +
		'[10:02:00] Agent: I am so sorry for the inconvenience, we really appreciate your patience.\n' +
		'[10:02:30] Customer: Fixed now, great job, thank you';
	const part = { agentSentiment: { label: 'positive', score: 0.8 }, customerStart: { label: 'negative', score: -0.8 }, customerEnd: { label: 'positive', score: 0.5 } };

	it('sends a dialogue as its turns with their sides (redacted), plain texts as before, and maps the dialogue part', async () => {
		server = await startMockServer({ 'POST /v1/chat/completions': (req) => dialogueAnswerFor(req, part) });
		const r = await runWorkflow(llmNode(server), { input: [{ text: chat }, { text: '电话13812345678，淋浴没有热水！' }], credentials: creds(server) });
		const calls = server.calls('POST /v1/chat/completions');
		// A dialogue is one text of the batch.
		expect(calls).toHaveLength(1);
		const [system, user] = calls[0].body.messages;
		expect(user.content).toBe(
			'### text 0 (dialogue)\n' +
				'[agent] Thank you for contacting us, I am happy to help!\n' +
				'[customer] The room was dirty and the air conditioning was broken all night. Call me on [PHONE].\n' +
				'[agent] I am so sorry for the inconvenience, we really appreciate your patience.\n' +
				'[customer] Fixed now, great job, thank you\n\n' +
				'### text 1\n电话[PHONE]，淋浴没有热水！',
		);
		expect(calls[0].rawBody).not.toContain('13812345678');
		expect(system.content).toMatch(/CUSTOMER's turns only/);

		const [d, plain] = r.json('Step 1').map((j) => j.analysis as any);
		expect(d.engine).toBe('llm');
		expect(d.sentiment).toMatchObject({ label: 'negative', score: -0.7 });
		expect(d.dialogue).toEqual({
			turns: 4,
			customerTurns: 2,
			agentTurns: 2,
			speakers: [
				{ label: 'Agent', side: 'agent', turns: 2 },
				{ label: 'Customer', side: 'customer', turns: 2 },
			],
			agentSentiment: { label: 'positive', score: 0.8, positive: 0.8, negative: 0 },
			customerStart: { label: 'negative', score: -0.8 },
			customerEnd: { label: 'positive', score: 0.5 },
			trend: 'improved',
		});
		// Redaction of the output covers the whole text, as with the offline engine.
		expect(d.redactedText).toContain('[PHONE]');
		expect(d.pii).toEqual([{ kind: 'cnMobile', count: 1 }]);
		expect(plain.engine).toBe('llm');
		expect(plain.dialogue).toBeUndefined();

		// The same shape as the offline engine's field.
		const off = await runWorkflow(chain({ type: 'cxAnalyze', parameters: { operation: 'analyze' } }), { input: [{ text: chat }] });
		const od = (off.json('Step 1')[0].analysis as any).dialogue;
		expect(Object.keys(d.dialogue)).toEqual(Object.keys(od));
		expect(Object.keys(d.dialogue.agentSentiment)).toEqual(Object.keys(od.agentSentiment));
		expect(d.dialogue.speakers).toEqual(od.speakers);
	});

	it('a plain-text batch is sent exactly as before: no dialogue rules, no dialogue field even if the model adds one', async () => {
		server = await startMockServer({ 'POST /v1/chat/completions': (req) => answerFor(req, { dialogue: part }) });
		const r = await runWorkflow(llmNode(server), { input: [{ text: '房间很脏' }, { text: '前台：态度很差\n房间：很脏' }], credentials: creds(server) });
		const [call] = server.calls('POST /v1/chat/completions');
		expect(call.body.messages[1].content).toBe('### text 0\n房间很脏\n\n### text 1\n前台：态度很差\n房间：很脏');
		expect(call.body.messages[0].content).not.toMatch(/dialogue/i);
		for (const j of r.json('Step 1')) expect((j.analysis as any).dialogue).toBeUndefined();
	});

	it('a missing dialogue part is sent back once; a valid second answer is used', async () => {
		server = await startMockServer({ 'POST /v1/chat/completions': (req, nth) => dialogueAnswerFor(req, nth === 0 ? undefined : part) });
		const r = await runWorkflow(llmNode(server), { input: [{ text: chat }], credentials: creds(server) });
		const calls = server.calls('POST /v1/chat/completions');
		expect(calls).toHaveLength(2);
		const retry = calls[1].body.messages;
		expect(retry[retry.length - 1].content).toMatch(/no "dialogue" part for text 0/);
		expect(retry[retry.length - 1].content).toMatch(/with the "dialogue" part for text 0/);
		const a = r.json('Step 1')[0].analysis as any;
		expect(a.engine).toBe('llm');
		expect(a.dialogue.trend).toBe('improved');
	});

	it('an invalid dialogue part twice: the item fails, or gets the offline dialogue analysis with Use the Offline Engine', async () => {
		const wrong = { ...part, customerEnd: { label: 'relieved', score: 2 } };
		server = await startMockServer({ 'POST /v1/chat/completions': (req) => dialogueAnswerFor(req, wrong) });
		const r = await runWorkflow(llmNode(server, {}, { continueOnFail: true }), { input: [{ text: chat }, { text: 'the bed was hard' }], credentials: creds(server) });
		const out = r.json('Step 1');
		expect(server.calls('POST /v1/chat/completions')).toHaveLength(2);
		// One request, so both texts of the batch fail with it.
		expect(out[0].error).toMatch(/after one retry: .*dialogue\.customerEnd/);
		expect(out[1].error).toMatch(/after one retry/);

		const r2 = await runWorkflow(llmNode(server, { onFailure: 'offline' }), { input: [{ text: chat }], credentials: creds(server) });
		const a = r2.json('Step 1')[0].analysis as any;
		expect(a.engine).toBe('offline');
		expect(a.llmError).toMatch(/dialogue\.customerEnd/);
		const off = await runWorkflow(chain({ type: 'cxAnalyze', parameters: { operation: 'analyze' } }), { input: [{ text: chat }] });
		const o = off.json('Step 1')[0].analysis as any;
		expect(a.dialogue).toEqual(o.dialogue);
		expect(a.dialogue).toMatchObject({ turns: 4, customerStart: { label: 'negative' }, customerEnd: { label: 'positive' }, trend: 'improved' });
		expect(a.sentiment).toEqual(o.sentiment);
	});

	it('follows the Dialogue, Agent Labels and Customer Labels options', async () => {
		server = await startMockServer({ 'POST /v1/chat/completions': (req) => dialogueAnswerFor(req, part) });
		const whole = await runWorkflow(llmNode(server, {}, { parameters: { operation: 'analyze', engine: 'llm', options: { dialogue: 'off' } } }), {
			input: [{ text: chat }],
			credentials: creds(server),
		});
		const [w] = server.calls('POST /v1/chat/completions');
		expect(w.body.messages[1].content).toContain('### text 0\n[10:01:02] Agent: Thank you');
		expect(w.body.messages[0].content).not.toMatch(/dialogue/i);
		expect((whole.json('Step 1')[0].analysis as any).dialogue).toBeUndefined();

		const speakers = 'Speaker 1: Thank you for calling, happy to help!\nSpeaker 2: my room is dirty and the tv is broken';
		const named = await runWorkflow(
			llmNode(server, {}, { parameters: { operation: 'analyze', engine: 'llm', options: { agentLabels: 'Speaker 1', customerLabels: 'Speaker 2' } } }),
			{ input: [{ text: speakers }], credentials: creds(server) },
		);
		const n = server.calls('POST /v1/chat/completions')[1];
		expect(n.body.messages[1].content).toBe('### text 0 (dialogue)\n[agent] Thank you for calling, happy to help!\n[customer] my room is dirty and the tv is broken');
		expect((named.json('Step 1')[0].analysis as any).dialogue.speakers).toEqual([
			{ label: 'Speaker 1', side: 'agent', turns: 1 },
			{ label: 'Speaker 2', side: 'customer', turns: 1 },
		]);

		await runWorkflow(llmNode(server, {}, { parameters: { operation: 'analyze', engine: 'llm', options: { dialogue: 'force' } } }), {
			input: [{ text: 'Guest: the room was dirty' }],
			credentials: creds(server),
		});
		expect(server.calls('POST /v1/chat/completions')[2].body.messages[1].content).toBe('### text 0 (dialogue)\n[customer] the room was dirty');
	});

	it('Extra PII Patterns are redacted before sending too, in every turn and in plain texts; an invalid pattern is the item\'s error', async () => {
		server = await startMockServer({ 'POST /v1/chat/completions': (req) => dialogueAnswerFor(req, part) });
		const t = 'Agent: your member number is VIP123456?\nCustomer: yes VIP654321, and the room was dirty\nAgent: sorry';
		const r = await runWorkflow(
			llmNode(server, {}, { parameters: { operation: 'analyze', engine: 'llm', options: { customPatterns: 'VIP\\d{6}', redactPii: false } } }),
			{ input: [{ text: t }, { text: 'card VIP111111 blocked' }], credentials: creds(server) },
		);
		const [call] = server.calls('POST /v1/chat/completions');
		expect(call.rawBody).not.toMatch(/VIP\d/);
		expect(call.body.messages[1].content).toBe(
			'### text 0 (dialogue)\n[agent] your member number is [REDACTED]?\n[customer] yes [REDACTED], and the room was dirty\n[agent] sorry\n\n### text 1\ncard [REDACTED] blocked',
		);
		expect((r.json('Step 1')[0].analysis as any).redactedText).toBeUndefined();

		const bad = await runWorkflow(
			llmNode(server, {}, { continueOnFail: true, parameters: { operation: 'analyze', engine: 'llm', options: { customPatterns: 'VIP(' } } }),
			{ input: [{ text: t }], credentials: creds(server) },
		);
		expect(bad.json('Step 1')[0].error).toMatch(/Item 0: Invalid custom PII pattern/);
		expect(server.calls('POST /v1/chat/completions')).toHaveLength(1);
	});

	it('batches dialogues as single texts', async () => {
		server = await startMockServer({ 'POST /v1/chat/completions': (req) => dialogueAnswerFor(req, part) });
		const input = [{ text: chat }, { text: 'dirty room' }, { text: chat }, { text: '客服：您好\n客户：房间很脏\n客服：抱歉' }, { text: 'noisy' }];
		const r = await runWorkflow(llmNode(server, { batchSize: 5 }), { input, credentials: creds(server) });
		const calls = server.calls('POST /v1/chat/completions');
		expect(calls).toHaveLength(1);
		expect(calls[0].body.messages[1].content.match(/### text \d+( \(dialogue\))?/g)).toEqual([
			'### text 0 (dialogue)',
			'### text 1',
			'### text 2 (dialogue)',
			'### text 3 (dialogue)',
			'### text 4',
		]);
		expect(r.json('Step 1').map((j) => (j.analysis as any).dialogue?.turns)).toEqual([4, undefined, 4, 3, undefined]);
	});
});
