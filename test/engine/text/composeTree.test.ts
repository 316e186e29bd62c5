/**
 * The composer of the generated built-in trees (trees/compose.ts), on a small self-written café spec:
 * the node shapes it writes, the restaurant tree's two features (category qualifiers, an aspect that
 * holds an attribute's facets), the hotel tree's two (a facet limited to some aspects, kinds of a
 * facet), leaves without children, and what a composed tree finds.
 */
import { OfflineEngine, validateTree, type TreeNode } from '../../../nodes/engine/text';
import { A, AT, F, among, besides, composeTree, hantConverter, terms, withFacets, type Attr, type Facet, type TreeSpec } from '../../../nodes/engine/text/trees/compose';

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
		// 乾淨, 髒, 汙漬 and 衛生 all fold to Simplified at run time (the full OpenCC table): nothing to add.
		const hant = composeTree(spec(), hantConverter());
		expect(byId(hant.nodes, 'place.hygiene')!.with!.zh).toEqual(['干净', '脏', '污渍']);
		expect(byId(hant.nodes, 'place.hygiene')!.terms!.zh).toEqual(['卫生']);
		expect(new OfflineEngine(tree).analyze('环境到处是汙漬').topics.map((t) => t.id)).toEqual(['place.hygiene']);
		// A spelling the fold reads as another word (覆 is Simplified too: 回覆 stays 回覆) is added.
		const odd = composeTree(spec(), (w) => (w === '污渍' ? '覆漬' : w));
		expect(byId(odd.nodes, 'place.hygiene')!.with!.zh).toEqual(['干净', '脏', '污渍', '覆漬']);
		expect(new OfflineEngine(odd).analyze('环境到处是覆漬').topics.map((t) => t.id)).toEqual(['place.hygiene']);
		expect(new OfflineEngine(tree).analyze('环境到处是覆漬').topics.map((t) => t.id)).toEqual(['place']);
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

describe('tree composer: facets limited to some aspects (on) and kinds of a facet', () => {
	// Stains are sorted by kind where the fix differs: coffee on the tablecloths, lipstick on cups (front of house washes them).
	const cleanFacets: Record<string, Facet[]> = {
		clean: [
			// As in the hotel tree, a facet's qualifiers hold its kinds' words: the engine descends level by level.
			F('stain', '污渍', 'Stains', '污渍 污迹 咖啡渍 口红印 口红', 'stain stains lipstick', undefined, {
				kinds: [
					F('coffee', '咖啡渍', 'Coffee stains', '咖啡渍', 'coffee_stain', undefined, { on: among('tablecloth') }),
					F('lipstick', '口红印', 'Lipstick', '口红印 口红', 'lipstick', 'FOH', { on: among('place.hygiene.cup') }),
				],
			}),
			F('crumbs', '碎屑', 'Crumbs', '碎屑 残渣', 'crumbs', undefined, { on: besides('cup') }),
		],
	};
	const hygiene = (aspects: ReturnType<typeof A>[]): Partial<TreeSpec> => ({
		// The attribute's qualifiers hold its facets' words, as in the hotel tree.
		attributes: withFacets({ ...ATTRIBUTES, clean: AT('清洁', 'Cleanliness', '干净 脏 污渍 污迹 咖啡渍 口红印 口红 碎屑 残渣', 'clean dirty stain stains lipstick crumbs') }, cleanFacets),
		domains: [
			{
				id: 'place',
				name: { zh: '店面', en: 'Place' },
				terms: terms('环境', 'place'),
				owner: 'FOH',
				categories: [{ id: 'place.hygiene', name: { zh: '卫生', en: 'Hygiene' }, owner: 'KITCHEN', terms: terms('卫生', 'hygiene'), aspects }],
			},
		],
	});
	const aspects = () => [
		A('tablecloth', '桌布', 'Tablecloths', '桌布 台布', 'tablecloth tablecloths', 'clean'),
		A('cup', '杯子', 'Cups', '杯子 茶杯', 'cup cups', 'clean'),
		A('floor', '地面', 'Floor', '地面 地板', 'floor', 'clean'),
	];
	const tree = composeTree(spec(hygiene(aspects())));
	const ids = (id: string) => byId(tree.nodes, id)!.children?.map((n) => n.id.slice(id.length + 1));

	it('keeps a facet only under the aspects its `on` accepts', () => {
		expect(ids('place.hygiene.tablecloth.clean')).toEqual(['stain', 'crumbs']);
		expect(ids('place.hygiene.cup.clean')).toEqual(['stain']);
		expect(ids('place.hygiene.floor.clean')).toEqual(['stain', 'crumbs']);
	});

	it('writes kinds under their facet, named after the aspect, owned by the kind or else the facet', () => {
		expect(byId(tree.nodes, 'place.hygiene.tablecloth.clean.stain')!.children).toEqual([
			{ id: 'place.hygiene.tablecloth.clean.stain.coffee', name: { zh: '桌布·咖啡渍', en: 'Tablecloths · Coffee stains' }, owner: 'KITCHEN', with: { zh: ['咖啡渍'], en: ['coffee stain'] } },
		]);
		expect(byId(tree.nodes, 'place.hygiene.cup.clean.stain.lipstick')).toMatchObject({ name: { zh: '杯子·口红印', en: 'Cups · Lipstick' }, owner: 'FOH' });
		// No kind applies to the floor: its stain facet is a leaf.
		expect(byId(tree.nodes, 'place.hygiene.floor.clean.stain')).toEqual({
			id: 'place.hygiene.floor.clean.stain',
			name: { zh: '地面·污渍', en: 'Floor · Stains' },
			owner: 'KITCHEN',
			with: { zh: ['污渍', '污迹', '咖啡渍', '口红印', '口红'], en: ['stain', 'stains', 'lipstick'] },
		});
		expect(() => validateTree(tree)).not.toThrow();
	});

	it('names aspects for `on` by full id or by last segment, and `besides` by the same rule', () => {
		expect(among('cup')('place.hygiene.cup')).toBe(true);
		expect(among('place.hygiene.cup')('place.hygiene.cup')).toBe(true);
		expect(among('hygiene.cup')('place.hygiene.cup')).toBe(false);
		expect(among('cup')('place.hygiene.cups')).toBe(false);
		expect(besides('cup', 'floor')('place.hygiene.floor')).toBe(false);
		expect(besides('cup', 'floor')('place.hygiene.tablecloth')).toBe(true);
	});

	it('takes direct words for a kind, and refuses them for a facet that `on` leaves out', () => {
		const withDirect = aspects();
		withDirect[0].direct = { 'clean.stain.coffee': terms('咖啡印', 'coffee_ring') };
		const direct = composeTree(spec(hygiene(withDirect)));
		expect(byId(direct.nodes, 'place.hygiene.tablecloth.clean.stain.coffee')!.terms).toEqual({ zh: ['咖啡印'], en: ['coffee ring'] });
		const lost = aspects();
		lost[1].direct = { 'clean.crumbs': terms('杯底残渣', '') };
		expect(() => composeTree(spec(hygiene(lost)))).toThrow('direct terms for clean.crumbs in place.hygiene.cup: no such attribute or facet');
	});

	it('finds a kind, and the facet where no kind word is said or the kind is not under the aspect', () => {
		const engine = new OfflineEngine(tree);
		const topics = (text: string) => engine.analyze(text).topics.map((t) => t.id);
		expect(topics('桌布上有咖啡渍')).toEqual(['place.hygiene.tablecloth.clean.stain.coffee']);
		expect(topics('杯子上有口红印')).toEqual(['place.hygiene.cup.clean.stain.lipstick']);
		expect(topics('杯子上有污渍')).toEqual(['place.hygiene.cup.clean.stain']);
		expect(topics('The tablecloth had a lipstick mark')).toEqual(['place.hygiene.tablecloth.clean.stain']);
		expect(topics('地面有碎屑')).toEqual(['place.hygiene.floor.clean.crumbs']);
		expect(topics('杯子里有碎屑')).toEqual(['place.hygiene.cup.clean']);
	});
});
