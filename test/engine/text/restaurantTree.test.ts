/**
 * The built-in restaurant & food-delivery tree: generated from its source, its shape and owners, and
 * what it finds in restaurant reviews and delivery complaints (all strings self-written).
 */
import { BUILT_IN_TREES, builtInTree, extendTree, flattenTree, getEngine, OfflineEngine } from '../../../nodes/engine/text';
import { buildRestaurantTree, DEPARTMENTS } from '../../../nodes/engine/text/trees/restaurantSource';
import restaurantJson from '../../../nodes/engine/text/trees/restaurant.json';

const engine = getEngine({ tree: 'restaurant' });
/** [topic id, topic sentiment] of every topic found, in order. */
const topics = (text: string) => engine.analyze(text).topics.map((t) => [t.id, t.sentiment]);

describe('built-in restaurant & food-delivery tree', () => {
	const tree = builtInTree('restaurant');
	const flat = flattenTree(tree);

	it('is the generated output of its source (run restaurantSource.ts --write after editing)', () => {
		expect(restaurantJson).toEqual(JSON.parse(JSON.stringify(buildRestaurantTree())));
	});

	it('is in the registry, with its own cached engine', () => {
		expect(BUILT_IN_TREES).toEqual(expect.arrayContaining(['hotel', 'restaurant']));
		expect(getEngine({ tree: 'restaurant' })).toBe(engine);
		expect(engine).not.toBe(getEngine());
		expect(engine.flat.tree.id).toBe('restaurant');
	});

	it('has 6 levels and at least 1,500 leaves', () => {
		expect(flat.maxDepth).toBe(6);
		expect(flat.leafCount).toBeGreaterThanOrEqual(1500);
	});

	it('names every node in zh and en, with an owner among the restaurant group’s departments', () => {
		expect(Object.keys(tree.departments!).sort()).toEqual(['DELIVERY', 'FIN', 'FOH', 'IT', 'KITCHEN', 'MKT', 'PURCHASE', 'STORE']);
		expect(tree.departments).toEqual(DEPARTMENTS);
		for (const n of flat.nodes) {
			expect(n.name.zh).toBeTruthy();
			expect(n.name.en).toBeTruthy();
			expect(n.owner && tree.departments![n.owner]).toBeTruthy();
		}
	});

	it('gives every leaf terms or qualifiers in both languages', () => {
		const walk = (nodes: any[]) => {
			for (const n of nodes) {
				const words = n.children?.length ? n.terms : (n.with ?? n.terms);
				if (!n.children?.length) expect([n.id, (words?.zh ?? []).length > 0 && (words?.en ?? []).length > 0]).toEqual([n.id, true]);
				if (n.children) walk(n.children);
			}
		};
		walk(tree.nodes);
	});

	it('covers the areas of a restaurant group', () => {
		for (const id of [
			'food.overall.dishes.taste.salty', 'food.overall.dishes.taste.bland', 'food.overall.dishes.taste.oily', 'food.overall.dishes.taste.spicy',
			'food.overall.dishes.taste.sweet', 'food.overall.dishes.taste.sour', 'food.overall.dishes.temperature.cold', 'food.overall.dishes.doneness.undercooked',
			'food.overall.dishes.texture.tough', 'food.overall.portion.small', 'food.overall.dishes.look', 'food.overall.dishes.variety',
			'food.overall.flavour.authenticity', 'food.overall.dishes.foreign.hair', 'food.overall.ingredients.freshness.spoiled', 'food.safety.illness',
			'drinks.tea.milktea', 'service.staff.waiter.attitude', 'service.speed.serving.speed', 'service.queue.queue', 'service.reservation.booking',
			'service.accuracy.wrongdish', 'env.decor', 'env.noise', 'env.space', 'env.hygiene', 'env.toilet', 'price.level', 'price.vfm',
			'price.promo.coupon', 'price.member', 'location.transport', 'location.finding', 'location.parking', 'delivery.time', 'delivery.rider.rider.attitude',
			'delivery.packaging.packaging.packaging.spill', 'delivery.order.missing', 'delivery.order.wrong', 'delivery.extras.cutlery', 'delivery.extras.condiments',
			'delivery.invoice', 'delivery.arrival.arrival.temperature.cold', 'delivery.platform', 'delivery.refund.cancel', 'delivery.refund.refund',
			'ordering.app', 'ordering.qr', 'ordering.phone', 'overall.recommend', 'overall.revisit',
		]) {
			expect([id, flat.byId.has(id)]).toEqual([id, true]);
		}
	});

	it('routes findings to the department that acts on them', () => {
		const owner = (text: string) => engine.analyze(text).topics.map((t) => [t.id, t.owner]);
		expect(owner('牛肉太柴了')).toEqual([['food.meat.beef.texture.tough', 'KITCHEN']]);
		expect(owner('鱼不新鲜')).toEqual([['food.seafood.fish.freshness.stale', 'PURCHASE']]);
		expect(owner('骑手态度很差')).toEqual([['delivery.rider.rider.attitude', 'DELIVERY']]);
		expect(owner('配送费太贵了')).toEqual([['delivery.platform.fees.price.too_high', 'MKT']]);
		expect(owner('申请退款三天了还没到账')).toEqual([['delivery.refund.refund', 'FIN']]);
		expect(owner('扫码点餐一直卡')).toEqual([['ordering.qr.qr.function', 'IT']]);
		expect(owner('服务员态度很热情')).toEqual([['service.staff.waiter.attitude.friendly', 'FOH']]);
		expect(owner('装修很有特色')).toEqual([['env.decor.decor.design', 'STORE']]);
	});
});

describe('restaurant tree: Chinese delivery complaints (self-written)', () => {
	it.each([
		['外卖送了一个半小时才到，饭菜都凉了。', [['delivery.time.delivery.speed.waiting', 'negative'], ['food.overall.dishes.temperature.cold', 'negative']]],
		['骑手态度很差，打电话也不接。', [['delivery.rider.rider.attitude', 'negative']]],
		['包装破了，汤都洒了', [['delivery.packaging.packaging.packaging.crushed', 'negative'], ['food.soup.soup', 'neutral'], ['delivery.packaging.spilled', 'negative']]],
		['餐盒漏了，洒得到处都是。', [['delivery.packaging.packaging.packaging.spill', 'negative'], ['delivery.packaging.spilled', 'negative']]],
		['少送了一份米饭', [['delivery.order.missing', 'negative'], ['food.staple.rice', 'neutral']]],
		['送错了，不是我点的', [['delivery.order.wrong', 'negative']]],
		['没给筷子和勺子。', [['delivery.extras.cutlery.availability', 'negative']]],
		['送到的时候都凉了', [['delivery.arrival.arrival.temperature.cold', 'negative']]],
		['配送费太贵了。', [['delivery.platform.fees.price.too_high', 'negative']]],
		['外卖送得很快', [['delivery.time.delivery.speed.on_time', 'positive']]],
		['骑手没送上楼', [['delivery.rider.rider.handover', 'negative']]],
	])('%s', (text, expected) => {
		expect(topics(text)).toEqual(expected);
	});
});

describe('restaurant tree: Chinese restaurant reviews (self-written)', () => {
	it.each([
		['牛肉太柴了，米饭夹生。', [['food.meat.beef.texture.tough', 'negative'], ['food.staple.rice.doneness.undercooked', 'negative']]],
		['菜里有头发，太恶心了。', [['food.overall.dishes.foreign.hair', 'negative']]],
		['红烧肉太咸了，而且很油腻。', [['food.meat.pork.braised.taste.salty', 'negative']]],
		['排骨很嫩', [['food.meat.pork.ribs.texture.tender', 'positive']]],
		['奶茶太甜了。', [['drinks.tea.milktea.taste.sweet', 'negative']]],
		['奶茶少冰还是太冰了', [['drinks.tea.milktea.temperature.cold', 'negative']]],
		['面条坨了', [['food.staple.noodles.texture.soggy', 'negative']]],
		['分量很足，性价比很高，下次还会再来。', [['food.overall.portion.generous', 'positive'], ['price.vfm.vfm', 'positive'], ['overall.revisit', 'positive']]],
		['服务员态度很热情，上菜也很快。', [['service.staff.waiter.attitude.friendly', 'positive'], ['service.speed.serving.speed.on_time', 'positive']]],
		['排队等了一个小时，环境很吵。', [['service.queue.queue.speed.waiting', 'negative'], ['env.noise.noise', 'negative']]],
		['装修很有特色，环境干净，就是停车不方便。', [['env.decor.decor.design', 'positive'], ['env.hygiene', 'positive'], ['location.parking', 'negative']]],
		['环境宽敞', [['env.space', 'positive']]],
		['离地铁站很近，很好找。', [['location.transport.metro.convenience', 'positive'], ['location.finding', 'positive']]],
		['麻辣烫辣度刚好，味道很正宗。', [['food.hotpot.malatang.taste.spicy', 'positive'], ['food.overall.flavour.authenticity', 'positive']]],
		['吃完拉肚子了。', [['food.safety.illness', 'negative']]],
		['后厨很脏。', [['food.safety.kitchen.clean', 'negative']]],
	])('%s', (text, expected) => {
		expect(topics(text)).toEqual(expected);
	});
});

describe('restaurant tree: English reviews and delivery complaints (self-written)', () => {
	it.each([
		['The delivery was an hour late and the food was cold.', [['delivery', 'negative'], ['food.overall.dishes.temperature.cold', 'negative']]],
		['The rider was rude.', [['delivery.rider.rider.attitude.rude', 'negative']]],
		['My order was missing the fries.', [['delivery.order.items.order.missing', 'negative'], ['food.snack.fried', 'neutral']]],
		['The steak was overcooked and the fries were soggy.', [['food.western.steak.doneness.overcooked', 'negative'], ['food.snack.fried.texture.soggy', 'negative']]],
		['The waiter was friendly and attentive.', [['service.staff.waiter.attitude.friendly', 'positive']]],
		['Great value for money, generous portions.', [['price.vfm.vfm', 'positive'], ['food.overall.portion.generous', 'positive']]],
		['The burger was too salty.', [['food.western.burger.taste.salty', 'negative']]],
		['I found a hair in my noodles.', [['food.staple.noodles.foreign.hair', 'negative']]],
		['Still waiting for my refund.', [['delivery.refund.refund.speed.waiting', 'negative']]],
		['The pasta was bland.', [['food.western.pasta.taste.bland', 'negative']]],
		['The toilets were filthy.', [['env.toilet.toilet.clean', 'negative']]],
		// The place is what is recommended (stop 14: an opinion word that names a topic speaks of its object).
		['Highly recommend this place, will come back.', [['overall.recommend', 'positive'], ['overall.impression.restaurant', 'positive'], ['overall.revisit', 'positive']]],
	])('%s', (text, expected) => {
		expect(topics(text)).toEqual(expected);
	});
});

describe('restaurant tree: extension and sentiment', () => {
	it('extends the built-in restaurant tree like the hotel one', () => {
		const extension = { nodes: [{ id: 'food.snack.dimsum.chicken_feet', parent: 'food.snack.dimsum', name: { zh: '凤爪', en: 'Chicken feet' }, terms: { zh: ['豉汁凤爪'] } }] };
		const extended = getEngine({ tree: 'restaurant', extension });
		expect(extended).not.toBe(engine);
		expect(extended.analyze('豉汁凤爪很入味').topics.map((t) => t.id)).toEqual(['food.snack.dimsum.chicken_feet']);
		expect(() => extendTree(builtInTree('restaurant'), { nodes: [{ id: 'x', parent: 'rooms', name: { zh: 'x', en: 'x' } }] })).toThrow(/no node with id "rooms"/);
	});

	it('reads the overall sentiment of a text as the hotel tree does', () => {
		const hotel = new OfflineEngine(builtInTree('hotel'));
		for (const text of ['外卖送了一个半小时才到，饭菜都凉了。', '分量很足，性价比很高，下次还会再来。', 'The steak was overcooked and the fries were soggy.', 'Lovely little place, friendly staff.']) {
			expect([text, engine.analyze(text).sentiment.label]).toEqual([text, hotel.analyze(text).sentiment.label]);
		}
	});
});
