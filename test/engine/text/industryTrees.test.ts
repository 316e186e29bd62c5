import { BUILT_IN_TREES, builtInTree, flattenTree, getEngine, type IndicatorTree, type TreeNode } from '../../../nodes/engine/text';
import { hantConverter } from '../../../nodes/engine/text/trees/compose';
import { buildRetailTree } from '../../../nodes/engine/text/trees/retailSource';
import { buildTelecomTree } from '../../../nodes/engine/text/trees/telecomSource';
import retailJson from '../../../nodes/engine/text/trees/retail.json';
import telecomJson from '../../../nodes/engine/text/trees/telecom.json';
import { RETAIL_CASES } from './retailCases';
import { TELECOM_CASES } from './telecomCases';

const toHant = hantConverter();

/** Pairs of nodes that share a match term without one being under the other (the term would report both). */
function sharedTerms(tree: IndicatorTree): string[] {
	const seen = new Map<string, Array<{ id: string; path: string[] }>>();
	const walk = (nodes: TreeNode[], path: string[]) => {
		for (const n of nodes) {
			for (const lang of ['zh', 'en'] as const)
				for (const w of n.terms?.[lang] ?? []) {
					const key = `${lang}:${w.toLowerCase()}`;
					seen.set(key, [...(seen.get(key) ?? []), { id: n.id, path }]);
				}
			if (n.children) walk(n.children, [...path, n.id]);
		}
	};
	walk(tree.nodes, []);
	const out: string[] = [];
	for (const [key, list] of seen)
		for (let i = 0; i < list.length; i++)
			for (let j = i + 1; j < list.length; j++)
				if (!list[i].path.includes(list[j].id) && !list[j].path.includes(list[i].id)) out.push(`${key}: ${list[i].id} / ${list[j].id}`);
	return out;
}

describe.each([
	{
		name: 'telecom',
		json: telecomJson,
		build: () => buildTelecomTree(toHant),
		departments: ['NOC', 'FIELD', 'BILL', 'MKT', 'CSC', 'RETAIL', 'IT', 'LEGAL'],
	},
	{
		name: 'retail',
		json: retailJson,
		build: () => buildRetailTree(toHant),
		departments: ['MER', 'QC', 'LOG', 'AS', 'CS', 'STORE', 'MKT', 'EC', 'FIN'],
	},
])('built-in $name indicator tree', ({ name, json, build, departments }) => {
	const tree = builtInTree(name);
	const flat = flattenTree(tree);

	it(`is the generated output of its source (run ${name}Source.ts --write after editing)`, () => {
		expect(json).toEqual(JSON.parse(JSON.stringify(build())));
	});

	it('is registered: at least 4 levels and 250 leaves', () => {
		expect(BUILT_IN_TREES).toContain(name);
		expect(tree.id).toBe(name);
		expect(flat.maxDepth).toBeGreaterThanOrEqual(4);
		expect(flat.leafCount).toBeGreaterThanOrEqual(250);
	});

	it("names every node in zh and en and gives it one of the trade's departments", () => {
		expect(Object.keys(tree.departments!).sort()).toEqual([...departments].sort());
		const owners = new Set<string>();
		for (const n of flat.nodes) {
			expect(n.name.zh).toBeTruthy();
			expect(n.name.en).toBeTruthy();
			expect(tree.departments![n.owner!]).toBeTruthy();
			owners.add(n.owner!);
		}
		// Every department owns something.
		expect([...owners].sort()).toEqual([...departments].sort());
	});

	it('has zh and en words on every node down to the aspects, and qualifiers or words on every leaf', () => {
		const walk = (nodes: TreeNode[], depth: number) => {
			for (const n of nodes) {
				if (depth <= 3) {
					expect(n.terms?.zh?.length).toBeTruthy();
					expect(n.terms?.en?.length).toBeTruthy();
				}
				if (!n.children?.length) expect((n.with?.zh?.length && n.with?.en?.length) || (n.terms?.zh?.length && n.terms?.en?.length)).toBeTruthy();
				if (n.children) walk(n.children, depth + 1);
			}
		};
		walk(tree.nodes, 1);
	});

	it('never gives one word to two nodes where neither is under the other', () => {
		expect(sharedTerms(tree)).toEqual([]);
	});

	// Opinion words are the engine's; a tree changes the overall sentiment only through its topics ("没有X" is a
	// complaint about X; a lukewarm clause without a topic is a verdict): see docs/indicator-tree.md.
	it('reads opinion words as the hotel tree does', () => {
		const texts = [
			'信号太差了，客服态度也很差',
			'衣服质量很好，物流也很快',
			'房间很干净，早餐一般',
			'The courier was rude and the parcel was damaged',
			'Great coverage, friendly staff',
			'一般般吧',
		];
		const hotel = getEngine({ tree: 'hotel' });
		const engine = getEngine({ tree: name });
		for (const t of texts) expect(engine.analyze(t).sentiment).toEqual(hotel.analyze(t).sentiment);
	});

	it('takes an extension like the hotel tree', () => {
		const first = tree.nodes[0].id;
		const e = getEngine({
			tree: name,
			extension: {
				nodes: [
					{
						id: `${first}.mine`,
						parent: first,
						name: { zh: '自定义', en: 'Mine' },
						terms: { zh: ['自定义词'], en: ['customword'] },
					},
				],
			},
		});
		expect(e.analyze('自定义词太差了').topics.map((t) => t.id)).toEqual([`${first}.mine`]);
		expect(e).not.toBe(getEngine({ tree: name }));
	});
});

describe('telecom tree on self-written feedback', () => {
	const engine = getEngine({ tree: 'telecom' });
	const found = (text: string) => engine.analyze(text).topics.map((t) => t.id);

	it('has at least 60 cases in zh, zh-Hant and en', () => {
		expect(TELECOM_CASES.length).toBeGreaterThanOrEqual(60);
		expect(TELECOM_CASES.filter((c) => /[訊號線網寬帳門詐]/.test(c.text)).length).toBeGreaterThanOrEqual(6);
		expect(TELECOM_CASES.filter((c) => /^[A-Za-z]/.test(c.text)).length).toBeGreaterThanOrEqual(15);
	});

	it.each(TELECOM_CASES.map((c) => [c.text, c.topics] as const))('%s → %j', (text, topics) => {
		const ids = found(text);
		for (const want of topics) expect(ids.filter((id) => id === want || id.startsWith(`${want}.`))).not.toEqual([]);
	});

	it('owners of typical findings', () => {
		const owner = (text: string) => engine.analyze(text).topics.map((t) => `${t.id}=${t.owner}`);
		expect(owner('家里信号太差了')).toEqual(['network.mobile.signal.coverage.weak=NOC']);
		expect(owner('路由器信号太弱')).toEqual(['network.broadband.wifi.coverage.weak=FIELD']);
		expect(owner('没经过我同意就开通了彩铃')).toEqual(['billing.charges.vas.ringtone.consent=LEGAL']);
		expect(owner('营业厅排队太久')).toEqual(['channels.store.hall.waiting.waiting=RETAIL']);
	});

	/** Overall sentiment is the engine's, not the tree's: a floor on the measured agreement (53 of 74 on 29 Nov 2026, 72 after the service-failure vocabulary). */
	it('agrees with the expected sentiment on at least 72 cases', () => {
		const agree = TELECOM_CASES.filter((c) => engine.analyze(c.text).sentiment.label === c.sentiment).length;
		expect(agree).toBeGreaterThanOrEqual(72);
	});
});

describe('retail tree', () => {
	const engine = getEngine({ tree: 'retail' });
	const top = (t: string) =>
		engine.analyze(t).topics.map((x) => ({
			id: x.id,
			owner: x.owner,
			sentiment: x.sentiment,
		}));

	it('finds product, logistics, after-sales and service findings with their owners', () => {
		expect(top('物流太慢了，等了一个星期')).toEqual([
			{
				id: 'logistics.delivery.delivery.speed.delay',
				owner: 'LOG',
				sentiment: 'negative',
			},
		]);
		expect(top('收到的水果烂了好几个')).toEqual([
			{
				id: 'product.category.fresh.freshness.rotten',
				owner: 'QC',
				sentiment: 'negative',
			},
		]);
		expect(top('退款一直没到账')).toEqual([
			{
				id: 'aftersales.returns.refund.refund.delay',
				owner: 'FIN',
				sentiment: 'negative',
			},
		]);
		expect(top('客服回复太慢')).toEqual([
			{
				id: 'service.contact.agent.response',
				owner: 'CS',
				sentiment: 'negative',
			},
		]);
		expect(top('衣服是假货')).toEqual([
			{
				id: 'product.category.clothing.authenticity',
				owner: 'QC',
				sentiment: 'negative',
			},
		]);
		expect(top('超市收银排队太久')).toEqual([{ id: 'store.service.checkout', owner: 'STORE', sentiment: 'negative' }]);
		expect(top('Delivery was fast and the courier was friendly')).toEqual([
			{
				id: 'logistics.delivery.delivery.speed.fast',
				owner: 'LOG',
				sentiment: 'positive',
			},
			{
				id: 'logistics.delivery.courier.attitude.friendly',
				owner: 'LOG',
				sentiment: 'positive',
			},
		]);
		expect(top('The shirt runs small')).toEqual([
			{
				id: 'product.category.clothing.fit.too_small',
				owner: 'MER',
				sentiment: 'negative',
			},
		]);
	});

	it.each(RETAIL_CASES.map((c) => [c.text, c.topic] as const))('%s → %s', (text, topic) => {
		const ids = engine.analyze(text).topics.map((t) => t.id);
		expect(ids.filter((id) => id === topic || id.startsWith(`${topic}.`))).not.toEqual([]);
	});

	it('reads zh-Hant through the Traditional variants of its words', () => {
		expect(top('快遞員態度很差').map((t) => t.id)).toEqual(['logistics.delivery.courier.attitude']);
		expect(top('退貨流程太麻煩').map((t) => t.id)).toEqual(['aftersales.returns.return.process.complicated']);
		expect(top('尺碼偏小').map((t) => t.id)).toEqual([]);
		expect(top('褲子尺碼偏小').map((t) => t.id)).toEqual(['product.category.clothing.fit.too_small']);
	});
});

describe('two mentions that shadow each other', () => {
	// One used the other's word as its qualifier, the other sat nearer their shared qualifier: both were dropped.
	it('keep the one that used the other', () => {
		expect(getEngine({ tree: 'telecom' }).analyze('4G訊號在捷運上很差').topics.map((t) => t.id)).toEqual(['network.mobile.signal.coverage.weak']);
		expect(getEngine().analyze('配送员配送很快，粥好吃。').topics.map((t) => t.id)).toEqual(['fb.inroom.delivery.speed', 'fb.breakfast.buffet.noodles.taste.delicious']);
	});
});

describe('a node mentioned twice in a clause with one qualifier', () => {
	// Each mention used the other's word or the shared qualifier, and both were dropped before.
	it('is reported once, in any tree', () => {
		expect(
			getEngine()
				.analyze('房间屋子很脏')
				.topics.map((t) => t.id),
		).toEqual(['rooms.space.room.clean']);
		expect(
			getEngine()
				.analyze('the bed bed was comfortable')
				.topics.map((t) => t.id),
		).toEqual(['rooms.bed.bed.comfort']);
		expect(
			getEngine({ tree: 'telecom' })
				.analyze('搬家移机手续太麻烦')
				.topics.map((t) => t.id),
		).toEqual(['network.broadband.relocation.process.complicated']);
	});
});
