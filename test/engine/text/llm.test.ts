import { builtInTree, flattenTree, getEngine, redactPii } from '../../../nodes/engine/text';
import { dialogueTrend, findTurns } from '../../../nodes/engine/text/dialogue';
import { buildMessages, dialogueForPrompt, extractJson, parseAnswer, toAnalysis, treeForPrompt, type LlmItem } from '../../../nodes/engine/text/llm';

const flat = flattenTree(builtInTree());
const item = (index: number, extra: Record<string, unknown> = {}) => ({
	index,
	sentiment: { label: 'negative', score: -0.6 },
	topics: [{ id: 'rooms.bed.mattress.comfort', sentiment: 'negative', evidence: '床垫太硬' }],
	intents: [{ intent: 'complaint', evidence: '床垫太硬' }],
	urgency: { level: 'medium', reasons: [] },
	badReviewRisk: { level: 'low', reasons: [] },
	keyPhrases: ['床垫太硬'],
	...extra,
});

describe('LLM engine (plain part)', () => {
	it('lists the tree in the prompt down to a depth, inside a subtree', () => {
		const t = treeForPrompt(flat, { depth: 2, subtree: 'rooms' });
		expect(t.split('\n')[0]).toBe('rooms | 客房 | Rooms');
		expect(t).toContain('  rooms.bed | 床品与睡眠 | Bed & sleep');
		expect(t).not.toContain('rooms.bed.mattress');
		expect(t).not.toContain('fb.');
		const m = buildMessages(['a', 'b'], t);
		expect(m[1].content).toBe('### text 0\na\n\n### text 1\nb');
	});

	it('extracts JSON from fences and prose', () => {
		expect(extractJson('Here you go:\n```json\n{"a":1}\n```')).toEqual({ a: 1 });
		expect(() => extractJson('no json here')).toThrow(/no JSON object/);
	});

	it('validates answers: schema, one result per text, single-text answers without the wrapper', () => {
		expect(parseAnswer(JSON.stringify({ results: [item(0), item(1)] }), 2).ok).toBe(true);
		const missing = parseAnswer(JSON.stringify({ results: [item(0)] }), 2);
		expect(missing).toEqual({ ok: false, error: 'no result for text 1' });
		const { index: _i, ...bare } = item(0);
		expect(parseAnswer(JSON.stringify(bare), 1).ok).toBe(true);
		const bad = parseAnswer(JSON.stringify({ results: [item(0, { sentiment: { label: 'angry', score: 3 } })] }), 1);
		expect(bad.ok).toBe(false);
		expect((bad as { error: string }).error).toMatch(/sentiment/);
	});

	it('maps an answer onto the analysis shape, dropping unknown topic ids', () => {
		const parsed = parseAnswer(JSON.stringify({ results: [item(0, { topics: [...item(0).topics, { id: 'nope', sentiment: 'neutral', evidence: '' }] })] }), 1);
		if (!parsed.ok) throw new Error(parsed.error);
		const a = toAnalysis(parsed.items[0], flat, 'zh', 'zh');
		expect(a.topics[0]).toMatchObject({ id: 'rooms.bed.mattress.comfort', owner: 'HK', path: ['客房', '床品与睡眠', '床垫', '床垫·舒适度'] });
		expect(a.droppedTopics).toEqual(['nope']);
		expect(a.primaryIntent).toBe('complaint');
	});
});

describe('LLM engine: dialogues', () => {
	const chat =
		'通话记录 2026-11-01，来电 13912345678\n' +
		'[10:01:02] 客服：您好，很高兴为您服务\n' +
		'[10:01:20] 客户：空调坏了一晚上，太失望了，回电13812345678\n' +
		'第二行也是客户说的\n' +
		'[10:01:45] 客服：非常抱歉，马上安排维修，感谢您的理解与支持！\n' +
		'[10:20:10] 客户：修好了，谢谢';
	const turns = findTurns(chat, {})!;
	const part: NonNullable<LlmItem['dialogue']> = { agentSentiment: { label: 'positive', score: 0.6 }, customerStart: { label: 'negative', score: -0.7 }, customerEnd: { label: 'positive', score: 0.4 } };

	it('sends the turns with their sides only (no labels, timestamps or transcript header), each turn redacted', () => {
		expect(turns).toHaveLength(4);
		const sent = dialogueForPrompt(chat, turns, (w) => redactPii(w).text);
		expect(sent).toEqual([
			{ side: 'agent', text: '您好，很高兴为您服务' },
			{ side: 'customer', text: '空调坏了一晚上，太失望了，回电[PHONE]\n第二行也是客户说的' },
			{ side: 'agent', text: '非常抱歉，马上安排维修，感谢您的理解与支持！' },
			{ side: 'customer', text: '修好了，谢谢' },
		]);
		const [system, user] = buildMessages(['房间很脏', sent], 'rooms | 客房 | Rooms');
		expect(user.content).toBe(
			'### text 0\n房间很脏\n\n### text 1 (dialogue)\n[agent] 您好，很高兴为您服务\n[customer] 空调坏了一晚上，太失望了，回电[PHONE]\n  第二行也是客户说的\n' +
				'[agent] 非常抱歉，马上安排维修，感谢您的理解与支持！\n[customer] 修好了，谢谢',
		);
		expect(user.content).not.toMatch(/13[89]12345678|客服|10:01|通话记录/);
		expect(system.content).toMatch(/CUSTOMER's turns only/);
		expect(system.content).toContain('"dialogue":{"agentSentiment"');
	});

	it('leaves a batch of plain texts as it was: the dialogue rules are the only lines a dialogue adds', () => {
		const plain = buildMessages(['a', 'b'], 'rooms | 客房 | Rooms');
		const mixed = buildMessages(['a', [{ side: 'customer', text: 'b' }]], 'rooms | 客房 | Rooms');
		expect(plain[0].content).not.toMatch(/dialogue|customer's turns/i);
		const extra = mixed[0].content.split('\n').filter((l) => !plain[0].content.split('\n').includes(l));
		expect(extra).toHaveLength(4);
		expect(mixed[0].content.split('\n').filter((l) => !extra.includes(l))).toEqual(plain[0].content.split('\n'));
		expect(plain[1].content).toBe('### text 0\na\n\n### text 1\nb');
	});

	it('requires a valid dialogue part for a dialogue, and drops one given for a plain text', () => {
		const ok = parseAnswer(JSON.stringify({ results: [item(0, { dialogue: part }), item(1, { dialogue: part })] }), 2, new Set([0]));
		if (!ok.ok) throw new Error(ok.error);
		expect(ok.items[0].dialogue).toEqual(part);
		expect(ok.items[1]).not.toHaveProperty('dialogue');
		expect(parseAnswer(JSON.stringify({ results: [item(0), item(1)] }), 2, new Set([1]))).toEqual({ ok: false, error: 'no "dialogue" part for text 1 (a dialogue)' });
		const bad = parseAnswer(JSON.stringify({ results: [item(0, { dialogue: { ...part, customerEnd: { label: 'happy', score: 2 } } })] }), 1, new Set([0]));
		expect(bad.ok).toBe(false);
		expect((bad as { error: string }).error).toMatch(/dialogue\.customerEnd/);
		const missingAgent = parseAnswer(JSON.stringify({ results: [item(0, { dialogue: { customerStart: part.customerStart, customerEnd: part.customerEnd } })] }), 1, new Set([0]));
		expect((missingAgent as { error: string }).error).toMatch(/dialogue\.agentSentiment/);
		// A single-text answer without the wrapper keeps its dialogue part.
		const { index: _i, ...bare } = item(0, { dialogue: part });
		expect(parseAnswer(JSON.stringify(bare), 1, new Set([0])).ok).toBe(true);
		// Without the dialogues argument nothing is required (plain texts as before).
		expect(parseAnswer(JSON.stringify({ results: [item(0)] }), 1).ok).toBe(true);
	});

	it('maps the dialogue part onto the offline shape: turns and speakers from findTurns, trend from the labels', () => {
		const parsed = parseAnswer(JSON.stringify({ results: [item(0, { dialogue: part })] }), 1, new Set([0]));
		if (!parsed.ok) throw new Error(parsed.error);
		const a = toAnalysis(parsed.items[0], flat, 'zh', 'zh', turns);
		const offline = getEngine().analyze(chat).dialogue!;
		expect(Object.keys(a.dialogue!)).toEqual(Object.keys(offline));
		expect(Object.keys(a.dialogue!.agentSentiment)).toEqual(Object.keys(offline.agentSentiment));
		expect(a.dialogue).toEqual({
			turns: offline.turns,
			customerTurns: 2,
			agentTurns: 2,
			speakers: offline.speakers,
			agentSentiment: { label: 'positive', score: 0.6, positive: 0.6, negative: 0 },
			customerStart: { label: 'negative', score: -0.7 },
			customerEnd: { label: 'positive', score: 0.4 },
			trend: 'improved',
		});
		expect(offline.speakers).toEqual([
			{ label: '客服', side: 'agent', turns: 2 },
			{ label: '客户', side: 'customer', turns: 2 },
		]);
		const worse = toAnalysis({ ...parsed.items[0], dialogue: { ...part, customerStart: { label: 'neutral', score: 0 }, customerEnd: { label: 'negative', score: -0.5 } } }, flat, 'zh', 'zh', turns);
		expect(worse.dialogue!.trend).toBe('worsened');
		expect(dialogueTrend('positive', 'positive')).toBe('unchanged');
		expect(dialogueTrend('negative', 'neutral')).toBe('improved');
		// No turns (a plain text): no dialogue field, whatever the model said.
		expect(toAnalysis(parsed.items[0], flat, 'zh', 'zh')).not.toHaveProperty('dialogue');
	});
});
