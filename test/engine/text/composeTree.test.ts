/**
 * The composer of the generated built-in trees (trees/compose.ts), on a small self-written café spec:
 * the node shapes it writes, the restaurant tree's two features (category qualifiers, an aspect that
 * holds an attribute's facets), leaves without children, and what a composed tree finds.
 */
import { OfflineEngine, validateTree, type TreeNode } from '../../../nodes/engine/text';
import { A, AT, F, composeTree, hantConverter, terms, withFacets, type Attr, type Facet, type TreeSpec } from '../../../nodes/engine/text/trees/compose';

const FACETS: Record<string, Facet[]> = {
	portion: [F('small', '量少', 'Small portion', '量少 太少', 'small tiny'), F('generous', '量足', 'Generous portion', '量足 很足', 'generous huge', 'KITCHEN')],
};
const ATTRIBUTES: Record<string, Attr> = {
	taste: AT('口味', 'Taste', '好吃 难吃', 'tasty bland'),
	portion: AT('分量', 'Portion', '分量 量少 量足', 'portion', { owner: 'MKT' }),
	clean: AT('清洁', 'Cleanliness', '干净 脏', 'clean dirty'),
};

const spec = (over: Partial<TreeSpec> = {}): TreeSpec => ({
	id: 'cafe',
	name: { zh: '咖啡馆', en: 'Café' },
	version: '0.0.1',
	description: 'test tree',
	departments: { FOH: { zh: '前厅', en: 'Front of house' }, KITCHEN: { zh: '厨房', en: 'Kitchen' }, MKT: { zh: '营销', en: 'Marketing' } },
	attributes: withFacets(ATTRIBUTES, FACETS),
	domains: [
		{
			id: 'food',
			name: { zh: '餐食', en: 'Food' },
			terms: terms('餐食', 'food'),
			owner: 'KITCHEN',
			categories: [
				{
					id: 'food.cakes',
					name: { zh: '蛋糕', en: 'Cakes' },
					owner: 'KITCHEN',
					terms: terms('蛋糕', 'cakes'),
					aspects: [
						A('cake', '蛋糕', 'Cake', '蛋糕 芝士蛋糕', 'cake cheesecake', 'taste portion'),
						A('portion', '分量', 'Portion', '分量 份量', 'portion portions', '', { facetsOf: 'portion' }),
						A('crumbs', '掉渣', 'Crumbs', '掉渣', 'crumbly', ''),
					],
				},
			],
		},
		{
			id: 'place',
			name: { zh: '店面', en: 'Place' },
			terms: terms('环境', 'place'),
			owner: 'FOH',
			categories: [
				{
					id: 'place.hygiene',
					name: { zh: '卫生', en: 'Hygiene' },
					owner: 'FOH',
					terms: terms('卫生', 'hygiene'),
					with: terms('干净 脏 污渍', 'clean dirty stained'),
					aspects: [A('table', '桌子', 'Tables', '桌子', 'table tables', 'clean')],
				},
				{ id: 'place.recommend', name: { zh: '推荐', en: 'Recommendation' }, owner: 'FOH', terms: terms('推荐', 'recommend'), aspects: [] },
			],
		},
	],
	...over,
});

const byId = (nodes: TreeNode[], id: string): TreeNode | undefined => {
	for (const n of nodes) {
		if (n.id === id) return n;
		const found = n.children && byId(n.children, id);
		if (found) return found;
	}
	return undefined;
};

describe('tree composer (trees/compose.ts)', () => {
	const tree = composeTree(spec());

	it('writes a valid tree', () => {
		expect(() => validateTree(tree)).not.toThrow();
	});

	it('names attribute and facet leaves after their aspect, owned by the attribute, facet or aspect', () => {
		expect(byId(tree.nodes, 'food.cakes.cake.portion')).toEqual({
			id: 'food.cakes.cake.portion',
			name: { zh: '蛋糕·分量', en: 'Cake · Portion' },
			owner: 'MKT',
			with: { zh: ['分量', '量少', '量足'], en: ['portion'] },
			children: [
				{ id: 'food.cakes.cake.portion.small', name: { zh: '蛋糕·量少', en: 'Cake · Small portion' }, owner: 'MKT', with: { zh: ['量少', '太少'], en: ['small', 'tiny'] } },
				{ id: 'food.cakes.cake.portion.generous', name: { zh: '蛋糕·量足', en: 'Cake · Generous portion' }, owner: 'KITCHEN', with: { zh: ['量足', '很足'], en: ['generous', 'huge'] } },
			],
		});
		expect(byId(tree.nodes, 'food.cakes.cake.taste')).toMatchObject({ owner: 'KITCHEN' });
		expect(byId(tree.nodes, 'food.cakes.cake.taste')!.children).toBeUndefined();
	});

	it('gives an aspect that is itself an attribute that attribute’s facets as its own children', () => {
		const portion = byId(tree.nodes, 'food.cakes.portion')!;
		expect(portion.children!.map((n) => [n.id, n.name.en, n.owner])).toEqual([
			['food.cakes.portion.small', 'Portion · Small portion', 'MKT'],
			['food.cakes.portion.generous', 'Portion · Generous portion', 'KITCHEN'],
		]);
		// The owner of such a facet follows the spec's ownerFor, like the attribute's leaf would.
		const custom = composeTree(spec({ ownerFor: (k, aspectOwner) => (k === 'portion' ? 'FOH' : aspectOwner) }));
		expect(byId(custom.nodes, 'food.cakes.portion.small')!.owner).toBe('FOH');
		expect(byId(custom.nodes, 'food.cakes.portion.generous')!.owner).toBe('KITCHEN');
	});

	it('refuses an aspect holding the facets of an attribute that has none', () => {
		const bad = spec();
		bad.domains[0].categories[0].aspects.push(A('flavour', '味道', 'Flavour', '味道', 'flavour', '', { facetsOf: 'taste' }));
		expect(() => composeTree(bad)).toThrow('food.cakes.flavour holds the facets of taste, which has none');
	});

	it('writes category qualifiers, and no children for an aspect or category that has none', () => {
		expect(byId(tree.nodes, 'place.hygiene')!.with).toEqual({ zh: ['干净', '脏', '污渍'], en: ['clean', 'dirty', 'stained'] });
		expect('with' in byId(tree.nodes, 'food.cakes')!).toBe(false);
		expect(byId(tree.nodes, 'food.cakes.crumbs')).toEqual({ id: 'food.cakes.crumbs', name: { zh: '掉渣', en: 'Crumbs' }, owner: 'KITCHEN', terms: { zh: ['掉渣'], en: ['crumbly'] } });
		expect(byId(tree.nodes, 'place.recommend')).toEqual({ id: 'place.recommend', name: { zh: '推荐', en: 'Recommendation' }, owner: 'FOH', terms: { zh: ['推荐'], en: ['recommend'] } });
	});

	it('adds Traditional spellings the fold does not cover to category qualifiers too', () => {
		const hant = composeTree(spec(), hantConverter());
		// 乾淨, 髒 and 衛生 fold to Simplified at run time; 汙漬 does not.
		expect(byId(hant.nodes, 'place.hygiene')!.with!.zh).toEqual(['干净', '脏', '污渍', '汙漬']);
		expect(byId(hant.nodes, 'place.hygiene')!.terms!.zh).toEqual(['卫生']);
		expect(new OfflineEngine(hant).analyze('环境到处是汙漬').topics.map((t) => t.id)).toEqual(['place.hygiene']);
		expect(new OfflineEngine(tree).analyze('环境到处是汙漬').topics.map((t) => t.id)).toEqual(['place']);
	});

	it('attaches facet lists kept apart to their attributes, and refuses one for an unknown attribute', () => {
		expect(withFacets(ATTRIBUTES, FACETS).portion.facets).toBe(FACETS.portion);
		expect(withFacets(ATTRIBUTES, FACETS).taste).toBe(ATTRIBUTES.taste);
		expect(() => withFacets(ATTRIBUTES, { size: FACETS.portion })).toThrow('facets for unknown attribute size');
	});

	it('finds what a composed tree describes', () => {
		const engine = new OfflineEngine(tree);
		const topics = (text: string) => engine.analyze(text).topics.map((t) => [t.id, t.sentiment]);
		expect(topics('分量很足')).toEqual([['food.cakes.portion.generous', 'positive']]);
		expect(topics('环境很脏')).toEqual([['place.hygiene', 'negative']]);
		expect(topics('芝士蛋糕很好吃')).toEqual([['food.cakes.cake.taste', 'positive']]);
		expect(topics('The cheesecake portion was tiny')).toEqual([['food.cakes.cake.portion.small', 'negative']]);
	});
});
