import { BUILT_IN_TREES, builtInTree, extendTree, flattenTree, validateTree, TreeValidationError, getEngine } from '../../../nodes/engine/text';
import { buildHotelTree } from '../../../nodes/engine/text/trees/hotelSource';
import hotelJson from '../../../nodes/engine/text/trees/hotel.json';

describe('built-in hotel indicator tree', () => {
	const tree = builtInTree();
	const flat = flattenTree(tree);

	it('is the generated output of its source (run hotelSource.ts --write after editing)', () => {
		expect(hotelJson).toEqual(JSON.parse(JSON.stringify(buildHotelTree())));
	});

	it('has at least 6 levels and 1,000 leaves', () => {
		expect(flat.maxDepth).toBeGreaterThanOrEqual(6);
		expect(flat.leafCount).toBeGreaterThanOrEqual(1000);
	});

	it('refines attributes into facets with their owners, down to level 6', () => {
		const engine = getEngine();
		const top = (t: string) => engine.analyze(t).topics.map((x) => ({ id: x.id, owner: x.owner, depth: x.depth, sentiment: x.sentiment }));
		expect(top('床单上有头发')).toEqual([{ id: 'rooms.bed.linen.sheet.clean.hair', owner: 'HK', depth: 6, sentiment: 'negative' }]);
		expect(top('浴巾有污渍')).toEqual([{ id: 'rooms.bath.towels.bathtowel.clean.stain', owner: 'HK', depth: 6, sentiment: 'negative' }]);
		expect(top('淋浴一直漏水')).toEqual([{ id: 'rooms.bath.shower.condition.leak', owner: 'ENG', depth: 5, sentiment: 'negative' }]);
		expect(top('minibar was overpriced')).toEqual([{ id: 'rooms.amenities.minibar.price.too_high', owner: 'SM', depth: 5, sentiment: 'negative' }]);
		// Without a facet word the attribute itself is reported.
		expect(top('床单不干净').map((t) => t.id)).toEqual(['rooms.bed.linen.sheet.clean']);
		// A facet's qualifier needs its aspect in the clause: hair alone is no topic of the linen.
		expect(top('头发').map((t) => t.id)).not.toContain('rooms.bed.linen.sheet.clean.hair');
	});

	it('names every node in zh and en and gives it an owning department that exists', () => {
		for (const n of flat.nodes) {
			expect(n.name.zh).toBeTruthy();
			expect(n.name.en).toBeTruthy();
			expect(n.owner && tree.departments![n.owner]).toBeTruthy();
		}
	});

	it('has zh and en match terms on every aspect node, and qualifiers on attribute leaves', () => {
		const walk = (nodes: any[], depth: number) => {
			for (const n of nodes) {
				if (depth <= 3) {
					expect((n.terms?.zh ?? []).length + (n.terms?.en ?? []).length).toBeGreaterThan(0);
				}
				if (!n.children?.length) expect((n.with?.zh ?? []).length && (n.with?.en ?? []).length).toBeTruthy();
				if (n.children) walk(n.children, depth + 1);
			}
		};
		walk(tree.nodes, 1);
	});

	it('covers the issue’s areas', () => {
		for (const id of ['rooms', 'clean', 'rooms.bed', 'rooms.noise', 'rooms.bath', 'front', 'front.checkin', 'front.checkout', 'service.attitude', 'fb', 'fb.breakfast', 'facilities', 'rooms.tech.wifi', 'facilities.parking', 'location', 'value', 'safety']) {
			expect(flat.byId.has(id)).toBe(true);
		}
	});
});

describe('built-in tree registry', () => {
	it('names the available trees when asked for an unknown one', () => {
		expect(BUILT_IN_TREES).toContain('hotel');
		expect(() => builtInTree('casino')).toThrow(/Unknown built-in tree "casino" \(available: .*hotel/);
		expect(() => getEngine({ tree: 'toString' })).toThrow(/Unknown built-in tree "toString"/);
	});

	it('caches one engine per built-in tree: the default is the hotel tree', () => {
		expect(getEngine({ tree: 'hotel' })).toBe(getEngine());
		expect(getEngine({ tree: 'hotel' }).analyze('早餐很好吃').topics.map((t) => t.id)).toContain('fb.breakfast');
	});
});

describe('custom trees', () => {
	const good = {
		id: 't',
		name: { zh: '树', en: 'Tree' },
		nodes: [{ id: 'a', name: { zh: '甲', en: 'A' }, terms: { zh: ['甲'] }, children: [{ id: 'a.b', name: { zh: '乙', en: 'B' }, with: { zh: ['乙'] } }] }],
	};

	it('accepts a valid tree given as JSON text or object', () => {
		expect(validateTree(JSON.stringify(good)).id).toBe('t');
		expect(validateTree(good).nodes).toHaveLength(1);
	});

	it('reports every problem with the path of the node and field', () => {
		const bad = {
			id: 't',
			name: { zh: '树', en: 'Tree' },
			departments: { D: { zh: '部', en: 'Dept' } },
			nodes: [
				{ id: 'a', name: { zh: '甲', en: 'A' }, owner: 'X' },
				{ id: 'a', name: { zh: '乙', en: 'B' } },
				{ id: 'bad id', name: { zh: '丙', en: 'C' } },
			],
		};
		expect(() => validateTree(bad)).toThrow(TreeValidationError);
		try {
			validateTree(bad);
		} catch (e) {
			expect((e as TreeValidationError).issues.join('\n')).toMatch(/tree\.nodes\[2\]\.id: id may only contain/);
		}
		try {
			validateTree({ ...bad, nodes: bad.nodes.slice(0, 2) });
		} catch (e) {
			const issues = (e as TreeValidationError).issues;
			expect(issues).toContain('tree.nodes[0].owner: unknown department "X"');
			expect(issues).toContain('tree.nodes[1].id: duplicate id "a" (first at tree.nodes[0])');
		}
		expect(() => validateTree('{not json')).toThrow(/not valid JSON/);
		expect(() => validateTree({ id: 't', name: { zh: 'x', en: 'x' }, nodes: [], extra: 1 })).toThrow(/nodes|extra/);
	});

	it('refuses trees deeper than 12 levels', () => {
		let node: any = { id: 'n13', name: { zh: 'x', en: 'x' } };
		for (let i = 12; i >= 1; i--) node = { id: `n${i}`, name: { zh: 'x', en: 'x' }, children: [node] };
		expect(() => validateTree({ id: 't', name: { zh: 'x', en: 'x' }, nodes: [node] })).toThrow(/deeper than 12/);
	});

	it('extends a tree: terms on an existing node, new nodes under a parent', () => {
		const t = extendTree(builtInTree(), { nodes: [{ id: 'fb.breakfast', terms: { zh: ['早茶'] } }, { id: 'fb.breakfast.dimsum', parent: 'fb.breakfast', name: { zh: '点心', en: 'Dim sum' }, terms: { zh: ['虾饺'] } }] });
		const f = flattenTree(t);
		expect(f.byId.has('fb.breakfast.dimsum')).toBe(true);
		expect(() => extendTree(builtInTree(), { nodes: [{ id: 'new', parent: 'nope', name: { zh: 'x', en: 'x' } }] })).toThrow(/no node with id "nope"/);
		expect(() => extendTree(builtInTree(), { nodes: [{ id: 'new' }] })).toThrow(/name: required for a new node/);
	});

	it('an engine over a custom tree finds its topics and refines with qualifiers', () => {
		const e = getEngine({ tree: 'custom', customTree: good });
		expect(e.analyze('甲有点乙').topics.map((t) => t.id)).toEqual(['a.b']);
		expect(e.analyze('甲').topics.map((t) => t.id)).toEqual(['a']);
	});
});
