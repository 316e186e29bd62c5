import { chain, runWorkflow } from '../harness/n8n';

const analyze = (parameters: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) =>
	chain({
		type: 'cxAnalyze',
		parameters: { operation: 'analyze', ...parameters },
		...extra,
	});

describe('CX Analyze node: the built-in Telecom and Retail & E-Commerce trees', () => {
	it('offers both in the Indicator Tree option', async () => {
		const { packageTypes } = await import('../harness/n8n');
		const node = packageTypes().nodes['n8n-nodes-cxloop.cxAnalyze'] as any;
		const option = node.nodeVersions[1].description.properties.find((p: any) => p.name === 'treeSource');
		expect(option.options.map((o: any) => [o.name, o.value])).toEqual(
			expect.arrayContaining([
				['Telecom (Built-In)', 'telecom'],
				['Retail & E-Commerce (Built-In)', 'retail'],
			]),
		);
	});

	it('telecom: topics with their owning departments', async () => {
		const r = await runWorkflow(analyze({ treeSource: 'telecom' }), {
			input: [{ text: '宽带老是断网，打10086转不了人工' }, { text: 'I was charged twice for roaming' }, { text: '家裡訊號很差' }],
		});
		const [a, b, c] = r.json('Step 1').map((o) => o.analysis as any);
		expect(a.topics.map((t: any) => [t.id, t.owner])).toEqual([
			['network.broadband.broadband.outage.intermittent', 'NOC'],
			['channels.hotline.hotline.reachability.no_human', 'CSC'],
		]);
		expect(a.topics[0].path).toEqual(['网络质量', '家庭宽带', '宽带网络', '宽带网络·故障中断', '宽带网络·频繁断线']);
		expect(a.owners).toContain('CSC');
		expect(b.topics.map((t: any) => [t.id, t.sentiment, t.owner])).toEqual([['billing.charges.roaming.charge.double', 'negative', 'BILL']]);
		expect(c.topicIds).toEqual(['network.mobile.signal.coverage.weak']);
	});

	it('retail: topics, subtree and depth options', async () => {
		const text = '衣服质量很好，但是物流太慢了，等了一个星期';
		const full = (
			await runWorkflow(analyze({ treeSource: 'retail' }), {
				input: [{ text }],
			})
		).json('Step 1')[0].analysis as any;
		expect(full.topics.map((t: any) => [t.id, t.sentiment, t.owner])).toEqual([
			['product.category.clothing.quality', 'positive', 'QC'],
			['logistics.delivery.delivery.speed.delay', 'negative', 'LOG'],
		]);
		const sub = (await runWorkflow(analyze({ treeSource: 'retail', options: { subtree: 'logistics' } }), { input: [{ text }] })).json('Step 1')[0]
			.analysis as any;
		expect(sub.topicIds).toEqual(['logistics.delivery.delivery.speed.delay']);
		const shallow = (await runWorkflow(analyze({ treeSource: 'retail', options: { maxDepth: 2 } }), { input: [{ text }] })).json('Step 1')[0].analysis as any;
		expect(shallow.topicIds).toEqual(['product.category', 'logistics.delivery']);
	});

	it('extends a built-in trade tree', async () => {
		const extension = {
			nodes: [{ id: 'logistics.delivery.courier', terms: { zh: ['骑手'] } }],
		};
		const r = await runWorkflow(
			analyze({
				treeSource: 'retail',
				options: { treeExtension: JSON.stringify(extension) },
			}),
			{ input: [{ text: '骑手态度很差' }] },
		);
		expect((r.json('Step 1')[0].analysis as any).topicIds).toEqual(['logistics.delivery.courier.attitude']);
	});

	it('list topics: one item per node of the selected tree', async () => {
		const telecom = (
			await runWorkflow(
				chain({
					type: 'cxAnalyze',
					parameters: {
						operation: 'listTopics',
						treeSource: 'telecom',
						onlyLeaves: true,
					},
				}),
			)
		).json('Step 1');
		expect(telecom.length).toBeGreaterThanOrEqual(250);
		expect(telecom.find((o) => o.id === 'plans.account.porting.process.obstructed')).toMatchObject({
			nameZh: '携号转网·刁难阻挠',
			owner: 'MKT',
			ownerEn: 'Marketing & Products',
			pathEn: 'Plans & packages › Number & account › Number porting › Number porting · Process › Number porting · Obstructed',
			isLeaf: true,
			depth: 5,
		});
		const retail = (
			await runWorkflow(
				chain({
					type: 'cxAnalyze',
					parameters: {
						operation: 'listTopics',
						treeSource: 'retail',
						maxDepth: 1,
					},
				}),
			)
		).json('Step 1');
		expect(retail.map((o) => o.id)).toEqual(['product', 'price', 'order', 'logistics', 'aftersales', 'service', 'store', 'digital', 'overall']);
	});
});
