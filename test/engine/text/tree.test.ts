import { BUILT_IN_TREES, builtInTree, extendTree, flattenTree, validateTree, TreeValidationError, getEngine } from '../../../nodes/engine/text';
import { buildHotelTree } from '../../../nodes/engine/text/trees/hotelSource';
import hotelJson from '../../../nodes/engine/text/trees/hotel.json';

describe('built-in hotel indicator tree', () => {
	const tree = builtInTree();
	const flat = flattenTree(tree);

	it('is the generated output of its source (run hotelSource.ts --write after editing)', () => {
		expect(hotelJson).toEqual(JSON.parse(JSON.stringify(buildHotelTree())));
	});

	it('has 7 levels and at least 3,000 nodes, like the seeds’ hotel tree', () => {
		expect(flat.maxDepth).toBe(7);
		expect(flat.nodes.length).toBeGreaterThanOrEqual(3000);
		expect(flat.leafCount).toBeGreaterThanOrEqual(2000);
	});

	it('splits findings into kinds at the 7th level where the handling differs', () => {
		const engine = getEngine();
		const top = (t: string) => engine.analyze(t).topics.map((x) => ({ id: x.id, owner: x.owner, depth: x.depth }));
		expect(top('床单上有血迹')).toEqual([{ id: 'rooms.bed.linen.sheet.clean.stain.blood', owner: 'HK', depth: 7 }]);
		expect(top('浴巾上有口红印')).toEqual([{ id: 'rooms.bath.towels.bathtowel.clean.stain.makeup', owner: 'HK', depth: 7 }]);
		expect(top('马桶圈上有尿渍')).toEqual([{ id: 'rooms.bath.toilet.clean.stain.bodily', owner: 'HK', depth: 6 }]);
		expect(top('水龙头有锈迹')).toEqual([{ id: 'rooms.bath.sink.clean.stain.rust', owner: 'ENG', depth: 6 }]);
		expect(top('The bathtub had limescale everywhere')).toEqual([{ id: 'rooms.bath.bathtub.clean.stain.limescale', owner: 'HK', depth: 6 }]);
		expect(top('电视投屏连不上')).toEqual([{ id: 'rooms.tech.tv.casting.function.not_working.connection', owner: 'IT', depth: 7 }]);
		expect(top('插卡取电后台灯还是没电')).toEqual([{ id: 'rooms.space.lights.function.not_working.power', owner: 'ENG', depth: 6 }]);
		expect(top('The TV remote had no battery')).toEqual([{ id: 'rooms.tech.remote.function.not_working.power', owner: 'ENG', depth: 6 }]);
		expect(top('门童态度很差还骂人')).toEqual([{ id: 'front.staff.concierge.doorman.attitude.rude.abuse', owner: 'FO', depth: 7 }]);
		expect(top('The doorman was rude and ignored us')).toEqual([{ id: 'front.staff.concierge.doorman.attitude.rude.ignoring', owner: 'FO', depth: 7 }]);
		expect(top('The therapist was arrogant')).toEqual([{ id: 'facilities.leisure.spa.therapist.attitude.rude.arrogance', owner: 'REC', depth: 7 }]);
		// Kinds only where they make sense: a stain on a window is not sorted into blood or makeup.
		expect(flat.byId.has('rooms.space.window.clean.stain')).toBe(true);
		expect(flat.byId.has('rooms.space.window.clean.stain.blood')).toBe(false);
	});

	it('has facets for odour, temperature, taste, billing, competence, communication and variety', () => {
		const engine = getEngine();
		const ids = (t: string) => engine.analyze(t).topics.map((x) => x.id);
		expect(ids('房间有刺鼻的油漆味')).toEqual(['rooms.space.room.odor.chemical']);
		expect(ids('The room smelled of sewage')).toEqual(['rooms.space.room.odor.sewer']);
		expect(ids('房间有点冷，暖气不太热')).toEqual(['rooms.space.room.temperature.too_cold', 'rooms.climate.ac.temperature.too_cold']);
		expect(ids('空调不制冷，热了一晚上')).toEqual(['rooms.climate.ac.temperature.too_hot']);
		expect(ids('早餐的面条太咸了')).toEqual(['fb.breakfast.buffet.noodles.taste.salty']);
		expect(ids('The noodles at breakfast were too salty')).toEqual(['fb.breakfast.buffet.noodles.taste.salty']);
		expect(ids('退房时发现账单多收了一晚')).toEqual(['front.checkout.bill.billing.overcharge']);
		expect(ids('The deposit refund was slow')).toEqual(['front.checkin.deposit.billing.refund']);
		expect(ids('会务人员很专业')).toEqual(['facilities.business.meeting_service.competence.knowledge']);
		expect(ids('客房点餐太慢了')).toEqual(['fb.inroom.order.speed']);
		expect(ids('茶歇品种太少')).toEqual(['facilities.business.coffeebreak.variety.limited']);
		expect(ids('The lounge happy hour had a limited selection')).toEqual(['service.butler.lounge.happyhour.variety.limited']);
	});

	it('covers what a full-service hotel group logs (zh and en)', () => {
		const engine = getEngine();
		const ids = (t: string) => engine.analyze(t).topics.map((x) => x.id);
		const cases: Array<[string, string]> = [
			['婚宴菜品分量很足', 'facilities.banquets.banquetmenu.portion'],
			['Our wedding banquet menu was delicious', 'facilities.banquets.banquetmenu.taste.delicious'],
			['宴会服务员态度很好', 'facilities.banquets.banquet_service.attitude'],
			['年会的场地布置很用心', 'facilities.banquets.setup'],
			['Coffee breaks were excellent', 'facilities.business.coffeebreak'],
			['自助入住机很好用', 'front.digital.kiosk.function'],
			['The kiosk froze twice', 'front.digital.kiosk.function.not_working'],
			['送物机器人送东西很快', 'front.digital.robot.speed'],
			['接机司机很热情', 'service.butler.transfer.driver.attitude.friendly'],
			['The shuttle bus was late', 'service.butler.transfer.shuttle'],
			['洗衣把我的衬衫洗坏了', 'service.butler.laundry.damage'],
			['婴儿床不干净', 'service.butler.kids.cot.clean'],
			['The baby cot was dirty', 'service.butler.kids.cot.clean'],
			['宠物费太贵了', 'service.butler.pets.petfee.price.too_high'],
			['The pet fee was expensive', 'service.butler.pets.petfee.price.too_high'],
			['无障碍客房的扶手松动了', 'service.butler.accessible.grabbars.condition.loose'],
			['Wheelchair ramp was missing', 'service.butler.accessible.ramp.availability.missing'],
			['泳池没有救生员', 'facilities.leisure.pool.lifeguard.availability.missing'],
			['The lifeguard was very friendly', 'facilities.leisure.pool.lifeguard.attitude.friendly'],
			['健身房的跑步机坏了', 'facilities.leisure.gym.machines.condition.broken'],
			['The treadmill was broken', 'facilities.leisure.gym.machines.condition.broken'],
			['城市税收费不透明', 'value.room.fees.citytax.price.transparency'],
			['送餐后收餐具太慢', 'fb.inroom.tray.speed'],
			['押金退还太慢', 'front.checkin.deposit.speed'],
			['为什么我的积分没有了', 'service.butler.member.points.availability.missing'],
			['前台主动给我们升级了房型', 'front.checkin.upgrade'],
			['Our upgrade was a lovely surprise', 'front.checkin.upgrade'],
			['行李员主动帮忙搬行李，很贴心', 'front.staff.concierge.bags'],
		];
		for (const [text, id] of cases) expect([text, ids(text)]).toEqual([text, expect.arrayContaining([id])]);
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
