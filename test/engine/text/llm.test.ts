import { builtInTree, flattenTree } from '../../../nodes/engine/text';
import { buildMessages, extractJson, parseAnswer, toAnalysis, treeForPrompt } from '../../../nodes/engine/text/llm';

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
