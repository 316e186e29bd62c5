import { chain, runWorkflow } from '../harness/n8n';

const analyze = (parameters: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) =>
	chain({ type: 'cxAnalyze', parameters: { operation: 'analyze', ...parameters }, ...extra });

describe('CX Analyze node (offline engine)', () => {
	it('adds an analysis to a Feedback record: sentiment, per-topic sentiment, owners, intents, risk', async () => {
		const r = await runWorkflow(analyze(), {
			input: [
				{
					id: 'ctrip:1',
					channel: 'review',
					text: '位置很好但是隔音太差，晚上被隔壁吵醒。',
					customer: { inHouse: true },
				},
			],
		});
		const [out] = r.json('Step 1');
		expect(out.id).toBe('ctrip:1');
		expect(out.language).toBe('zh');
		const a = out.analysis as any;
		expect(a.engine).toBe('offline');
		expect(a.sentiment.label).toBe('negative');
		const byId = Object.fromEntries(a.topics.map((t: any) => [t.id, t]));
		expect(byId.location.sentiment).toBe('positive');
		const noise = a.topics.find((t: any) => t.id.startsWith('rooms.noise'));
		expect(noise.sentiment).toBe('negative');
		expect(noise.owner).toBe('ENG');
		expect(noise.path[0]).toBe('客房');
		expect(a.owners).toContain('ENG');
		expect(a.negativeTopicIds).toContain(noise.id);
		expect(a.urgency.reasons.some((x: any) => x.reason === 'inHouse')).toBe(true);
		expect(r.items('Step 1')[0].pairedItem).toEqual({ item: 0 });
	});

	it('redacts PII and reports kinds, never values', async () => {
		const r = await runWorkflow(analyze({ options: { roomNumbers: true } }), {
			input: [{ text: '我住1208房，电话13812345678，邮箱guest@example.com，空调坏了' }],
		});
		const a = r.json('Step 1')[0].analysis as any;
		expect(a.redactedText).toBe('我住[ROOM]，电话[PHONE]，邮箱[EMAIL]，空调坏了');
		expect(a.pii.map((p: any) => p.kind).sort()).toEqual(['cnMobile', 'email', 'roomNumber']);
		expect(JSON.stringify(a.pii)).not.toContain('138');
	});

	it('replaces the text with the redacted one when asked', async () => {
		const r = await runWorkflow(analyze({ options: { replaceText: true } }), { input: [{ text: 'call me on 13812345678, the room was dirty' }] });
		expect(r.json('Step 1')[0].text).toBe('call me on [PHONE], the room was dirty');
	});

	it('gives an explicit "no text" result for empty, whitespace and null text', async () => {
		const r = await runWorkflow(analyze(), { input: [{ text: '' }, { text: '   \n\t ' }, { text: null }] });
		for (const out of r.json('Step 1')) {
			expect((out.analysis as any).noText).toBe(true);
			expect((out.analysis as any).sentiment.label).toBe('neutral');
		}
	});

	it('turns bad input into per-item errors with Continue On Fail, keeping the rest of the batch', async () => {
		const binary = String.fromCharCode(...Array.from({ length: 200 }, (_, i) => (i * 7) % 32));
		const huge = '房间很干净。'.repeat(200_000); // 1.2 M characters
		const r = await runWorkflow(analyze(), {
			input: [{ text: { nested: true } }, { text: ['a'] }, { text: binary }, { other: 'x' }, { text: huge }, { text: 'great stay, friendly staff' }, { text: 42 }],
			...{},
		} as any);
		// Without continueOnFail the node would stop: check with it on.
		expect(r.error('Step 1')).toBeDefined();
		const r2 = await runWorkflow(analyze({}, { continueOnFail: true }), {
			input: [{ text: { nested: true } }, { text: ['a'] }, { text: binary }, { other: 'x' }, { text: huge }, { text: 'great stay, friendly staff' }, { text: 42 }],
		});
		const out = r2.json('Step 1');
		expect(out).toHaveLength(7);
		expect(out[0].error).toMatch(/Item 0: Field "text" must be text, got an object/);
		expect(out[1].error).toMatch(/got an array/);
		expect(out[2].error).toMatch(/binary/);
		expect(out[3].error).toMatch(/Item 3 has no field "text"/);
		expect((out[4].analysis as any).truncated).toBe(true);
		expect((out[4].analysis as any).originalLength).toBe(1_200_000);
		expect((out[5].analysis as any).sentiment.label).toBe('positive');
		expect((out[6].analysis as any).language).toBe('und');
		expect(r2.items('Step 1').map((i) => i.pairedItem)).toEqual([0, 1, 2, 3, 4, 5, 6].map((item) => ({ item })));
	});

	it('limits topics to a subtree and a depth', async () => {
		const text = '早餐很丰富，但是房间的床垫太硬了';
		const full = (await runWorkflow(analyze(), { input: [{ text }] })).json('Step 1')[0].analysis as any;
		expect(full.topicIds).toEqual(expect.arrayContaining(['rooms.bed.mattress.comfort']));
		const sub = (await runWorkflow(analyze({ options: { subtree: 'rooms' } }), { input: [{ text }] })).json('Step 1')[0].analysis as any;
		expect(sub.topicIds.every((id: string) => id.startsWith('rooms'))).toBe(true);
		const shallow = (await runWorkflow(analyze({ options: { maxDepth: 2 } }), { input: [{ text }] })).json('Step 1')[0].analysis as any;
		expect(shallow.topicIds).toEqual(expect.arrayContaining(['rooms.bed', 'fb.breakfast']));
		expect(shallow.topics.find((t: any) => t.id === 'rooms.bed').sentiment).toBe('negative');
		const bad = await runWorkflow(analyze({ options: { subtree: 'nope' } }, { continueOnFail: true }), { input: [{ text }] });
		expect(bad.json('Step 1')[0].error).toMatch(/no node "nope"/);
	});

	it('uses a custom tree and reports tree errors naming the node and field', async () => {
		const tree = {
			id: 'retail',
			name: { zh: '零售', en: 'Retail' },
			departments: { STORE: { zh: '门店', en: 'Store' }, LOG: { zh: '物流', en: 'Logistics' } },
			nodes: [
				{
					id: 'delivery',
					name: { zh: '配送', en: 'Delivery' },
					owner: 'LOG',
					terms: { zh: ['配送', '快递', '送货'], en: ['delivery', 'courier'] },
					children: [{ id: 'delivery.speed', name: { zh: '配送速度', en: 'Delivery speed' }, with: { zh: ['慢', '快'], en: ['slow', 'late'] } }],
				},
				{ id: 'store', name: { zh: '门店', en: 'Store' }, owner: 'STORE', terms: { zh: ['门店', '店员'], en: ['store', 'shop'] } },
			],
		};
		const r = await runWorkflow(analyze({ treeSource: 'custom', customTree: JSON.stringify(tree) }), { input: [{ text: '快递太慢了，店员很热情' }] });
		const a = r.json('Step 1')[0].analysis as any;
		expect(a.topics.map((t: any) => [t.id, t.sentiment, t.owner])).toEqual([
			['delivery.speed', 'negative', 'LOG'],
			['store', 'positive', 'STORE'],
		]);
		const broken = { ...tree, nodes: [{ ...tree.nodes[0], owner: 'NOPE' }, { id: 'store', name: { zh: '门店' } }] };
		const bad = await runWorkflow(analyze({ treeSource: 'custom', customTree: JSON.stringify(broken) }, { continueOnFail: true }), { input: [{ text: 'x' }] });
		expect(bad.json('Step 1')[0].error).toMatch(/tree\.nodes\[1\]\.name\.en/);
	});

	it('extends the built-in tree with extra terms', async () => {
		const extension = { nodes: [{ id: 'fb.breakfast', terms: { zh: ['早茶'] } }, { id: 'fb.breakfast.dimsum', parent: 'fb.breakfast', name: { zh: '虾饺', en: 'Har gow' }, terms: { zh: ['虾饺'] } }] };
		const r = await runWorkflow(analyze({ options: { treeExtension: JSON.stringify(extension) } }), { input: [{ text: '早茶的虾饺很好吃' }] });
		const a = r.json('Step 1')[0].analysis as any;
		expect(a.topicIds).toContain('fb.breakfast.dimsum');
	});

	it('redact operation: replaces values and lists kinds', async () => {
		const r = await runWorkflow(chain({ type: 'cxAnalyze', parameters: { operation: 'redact', textField: 'body.comment' } }), {
			input: [{ body: { comment: 'ID 11010519491231002X, card 4111 1111 1111 1111, +44 20 7946 0958' } }],
		});
		const out = r.json('Step 1')[0];
		expect(out.redactedText).toBe('ID [ID_NUMBER], card [BANK_CARD], [PHONE]');
		expect((out.piiFound as any[]).map((p) => p.kind)).toEqual(['cnId', 'bankCard', 'phone']);
	});

	it('list topics operation: one item per node with path and owner', async () => {
		const r = await runWorkflow(chain({ type: 'cxAnalyze', parameters: { operation: 'listTopics', onlyLeaves: true } }));
		const out = r.json('Step 1');
		expect(out.length).toBeGreaterThanOrEqual(300);
		const leaf = out.find((o) => o.id === 'rooms.bed.mattress.comfort')!;
		expect(leaf).toMatchObject({ nameEn: 'Mattress · Comfort', owner: 'HK', ownerZh: '客房部', isLeaf: true, depth: 4 });
		expect(leaf.pathZh).toBe('客房 › 床品与睡眠 › 床垫 › 床垫·舒适度');
	});

	it('reads restaurant and delivery feedback through the built-in restaurant tree, and lists its topics', async () => {
		const r = await runWorkflow(analyze({ treeSource: 'restaurant' }), {
			input: [{ text: '外卖送了一个半小时才到，饭菜都凉了。骑手态度很差。' }, { text: 'The steak was overcooked but the waiter was friendly.' }],
		});
		const [zh, en] = r.json('Step 1').map((o) => o.analysis as any);
		expect(zh.sentiment.label).toBe('negative');
		expect(zh.topics.map((t: any) => [t.id, t.sentiment, t.owner])).toEqual([
			['delivery.time.delivery.speed.waiting', 'negative', 'DELIVERY'],
			['food.overall.dishes.temperature.cold', 'negative', 'KITCHEN'],
			['delivery.rider.rider.attitude', 'negative', 'DELIVERY'],
		]);
		expect(zh.topics[0].path).toEqual(['外卖配送', '配送时效', '送达', '送达·速度与等待', '送达·等待时长']);
		expect(en.topics.map((t: any) => [t.id, t.sentiment, t.owner])).toEqual([
			['food.western.steak.doneness.overcooked', 'negative', 'KITCHEN'],
			['service.staff.waiter.attitude.friendly', 'positive', 'FOH'],
		]);

		const listed = await runWorkflow(chain({ type: 'cxAnalyze', parameters: { operation: 'listTopics', treeSource: 'restaurant', maxDepth: 2 } }));
		const ids = listed.json('Step 1').map((o) => o.id);
		expect(ids).toEqual(expect.arrayContaining(['food', 'drinks', 'service', 'env', 'price', 'location', 'delivery', 'ordering', 'overall', 'delivery.rider']));
		expect(ids).not.toContain('rooms');
		expect(listed.json('Step 1').find((o) => o.id === 'delivery.rider')).toMatchObject({ nameZh: '骑手', owner: 'DELIVERY', ownerZh: '外卖配送', depth: 2 });

		const extension = { nodes: [{ id: 'food.snack.dimsum.chicken_feet', parent: 'food.snack.dimsum', name: { zh: '凤爪', en: 'Chicken feet' }, terms: { zh: ['豉汁凤爪'] } }] };
		const extended = await runWorkflow(analyze({ treeSource: 'restaurant', options: { treeExtension: JSON.stringify(extension) } }), { input: [{ text: '豉汁凤爪很入味' }] });
		expect((extended.json('Step 1')[0].analysis as any).topicIds).toEqual(['food.snack.dimsum.chicken_feet']);
	});

	it('declares itself usable as a tool', async () => {
		const { packageTypes } = await import('../harness/n8n');
		const node = packageTypes().nodes['n8n-nodes-cxloop.cxAnalyze'] as any;
		expect(node.nodeVersions[1].description.usableAsTool).toBe(true);
	});
});
