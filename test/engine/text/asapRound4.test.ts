/**
 * Topic sentiment on restaurant reviews, fourth round on ASAP (stop 18): sizes denied inside a measure reading,
 * prices and value for money told high or low, portions told through their vessel, places the business stands
 * at or near and amenities it has, told as facts, and "X 不到哪里去" (all sentences self-written).
 */
import { getEngine } from '../../../nodes/engine/text';

const restaurant = getEngine({ tree: 'restaurant' });
const hotel = getEngine({ tree: 'hotel' });
/** The topic ids found with their sentiment, "id:positive". */
const read = (text: string, engine = restaurant) => engine.analyze(text).topics.map((t) => `${t.id}:${t.sentiment}`);

describe('a size denied inside its measure reading (不 before the size word)', () => {
	it.each([
		['这家的分量不小，两个人吃撑了', 'food.overall.portion:positive'],
		['价格不低，味道一般', 'price.level.level:negative'],
		['价格也不高', 'price.level.level:positive'],
	])('%s', (text, topic) => {
		expect(read(text)).toContain(topic);
	});

	it('reads a denied room size in the hotel tree', () => {
		expect(read('房间不小，住得下三个人', hotel)).toEqual(['rooms.space.room.size:positive']);
	});

	it('is not negated again by a 不 before its thing', () => {
		expect(read('都不想说了，性价比一点都不高')).toEqual(['price.vfm.vfm:negative']);
	});

	it('reads two words between the thing and its size (给的 + 也特别)', () => {
		expect(read('他家分量给的也特别足')).toContain('food.overall.portion.generous:positive');
	});

	it('keeps a denied large portion a complaint', () => {
		expect(read('量不大')).toEqual(['food.overall.portion.generous:negative']);
	});
});

describe('a price or value for money told high or low, with any degree words', () => {
	it.each([
		['人均消费有点高', 'price.level.level:negative'],
		['价位比较低', 'price.level.level:positive'],
		['性价比还是蛮高的', 'price.vfm.vfm:positive'],
		['性价比最高的一家', 'price.vfm.vfm:positive'],
	])('%s', (text, topic) => {
		expect(read(text)).toEqual([topic]);
	});

	it('reads the text the same way (the measure is an opinion of the text too)', () => {
		expect(restaurant.analyze('性价比还是蛮高的').sentiment.label).toBe('positive');
		expect(restaurant.analyze('人均消费有点高').sentiment.label).toBe('negative');
	});

	it('leaves other things told high alone', () => {
		expect(read('期待值很高')).toEqual([]);
		expect(restaurant.analyze('热量很高').sentiment.label).toBe('neutral');
	});
});

describe('a portion told through its vessel', () => {
	it.each([
		['好大一锅羊肉汤', 'food.meat.lamb.portion:positive'],
		['老板给了很大一份', 'food.overall.portion:positive'],
		['满满一大盆', 'food.overall.portion.generous:positive'],
		['好小一碟', 'food.overall.portion:negative'],
	])('%s', (text, topic) => {
		expect(read(text)).toContain(topic);
	});

	it('reads the portion in the hotel tree where a dish is named', () => {
		expect(read('好大一盘菜', hotel)).toEqual(['fb.restaurant.dishes.portion:positive']);
	});

	it('does not take the praise of the dish that a plain serving names', () => {
		expect(read('一大碗面条很好吃')).toContain('food.staple.noodles.taste:positive');
		expect(read('大盘鸡很好吃')).toEqual(['food.meat.chicken.taste:positive']);
	});
});

describe('where the business stands, told of a place near it', () => {
	it.each([
		['餐厅位于万象城五楼的商场里', 'location.area.district:positive'],
		['紧邻步行街', 'location.area.district:positive'],
		['店在公交站旁边', 'location.transport.bus:positive'],
	])('%s', (text, topic) => {
		expect(read(text)).toContain(topic);
	});

	it('reads the hotel tree’s places too', () => {
		expect(read('酒店位于火车站对面', hotel)).toContain('location.transport.station:positive');
	});

	it('not where the writer is, nor the place judged in its clause', () => {
		expect(read('我们在商场逛了一下午')).toEqual(['location.area.district:neutral']);
		expect(read('虽然位于商场里面但是很难找')).not.toContain('location.area.district:positive');
	});

	it('is a topic reading only: the text stays neutral', () => {
		expect(restaurant.analyze('餐厅位于万象城五楼的商场里').sentiment.label).toBe('neutral');
	});
});

describe('an amenity told to be there', () => {
	it.each([
		['店门口有停车位', 'location.parking.space:positive'],
		['旁边还有免费停车场', 'location.parking.fee:positive'],
	])('%s', (text, topic) => {
		expect(read(text)).toEqual([topic]);
	});

	it('in the hotel tree', () => {
		expect(read('酒店有停车位', hotel)).toContain('facilities.parking.space:positive');
	});

	it('not when missing or asked about', () => {
		expect(read('没有停车位')).toEqual(['location.parking.space.availability:negative']);
		expect(read('有没有停车位？')).not.toContain('location.parking.space.availability:positive');
	});
});

describe('X 不到哪里去: not much X', () => {
	it('of praise, a complaint; of a complaint, mild praise', () => {
		expect(read('这家的服务也好不到哪里去')).toContain('service:negative');
		expect(read('味道再差也差不到哪去')).toEqual(['food.overall.flavour:positive']);
	});
});

describe('附近 / 周边 before a place of the location branch says where it is', () => {
	it('gives the transport the praise, in both trees', () => {
		expect(read('这家店附近交通便利')).toContain('location.transport:positive');
		expect(read('附近交通便利', hotel)).toContain('location.transport:positive');
	});
	it('keeps the surroundings where the next word is no location word', () => {
		expect(read('周边环境不错')).toContain('location.area:positive');
		expect(read('周边环境不错', hotel)).toContain('location.surroundings:positive');
	});
});

describe('a price told with only / just before its amount', () => {
	it.each([
		['价格只要九十八元', 'price.level.level.price:positive'],
		['人均才60', 'price.level.level:positive'],
		['柠檬茶只要三块钱', 'drinks.tea.fruittea.price:positive'],
	])('%s', (text, topic) => {
		expect(read(text)).toContain(topic);
	});
	it('in the hotel tree', () => {
		expect(read('房价只要两百元', hotel)).toContain('value.room.rate.price:positive');
	});
	it('not a price told plainly, nor 才 of time', () => {
		expect(read('价格是九十八元')).toEqual(['price.level.level.price:neutral']);
		expect(read('等了半小时才上菜')).not.toContain('service.speed.serving.speed.waiting:positive');
	});
});

describe('searched long before finding it: hard to find (restaurant tree)', () => {
	it.each(['绕了好久才找到这家小店', '找了半天终于找到了门口'])('%s', (text) => {
		expect(read(text)).toContain('location.finding:negative');
	});
	it('a waiter looked for long stays the waiter', () => {
		expect(read('找了半天服务员都没人理')[0]).toMatch(/^service\.staff\.waiter/);
	});
});

describe('a station names the transport (restaurant tree)', () => {
	it('told as where the shop stands', () => {
		expect(read('店就在汽车站附近')).toContain('location.transport:positive');
	});
});

describe('奇怪 (strange) of a taste or a manner', () => {
	it('is a mild complaint of its topic', () => {
		expect(read('这道菜的味道很奇怪')).toEqual(['food.overall.dishes.taste:negative']);
		expect(read('收银员的态度很是奇怪')[0]).toMatch(/^service\.staff\.cashier.*:negative$/);
	});
	it('not as "strangely", nor denied', () => {
		expect(restaurant.analyze('奇怪的是，味道还不错').sentiment.label).toBe('positive');
		expect(restaurant.analyze('这也不奇怪').sentiment.label).toBe('neutral');
	});
});
