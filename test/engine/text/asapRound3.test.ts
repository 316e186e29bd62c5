/**
 * Topic sentiment on restaurant reviews, third round on ASAP (stop 17): value-for-money words that name
 * their topic, serving jargon, and a size judged of the shop or its space (all sentences self-written).
 */
import { getEngine } from '../../../nodes/engine/text';

const restaurant = getEngine({ tree: 'restaurant' });
/** The topic ids found with their sentiment, "id:positive". */
const read = (text: string, engine = restaurant) => engine.analyze(text).topics.map((t) => `${t.id}:${t.sentiment}`);

describe('value-for-money words name price › value for money (restaurant tree)', () => {
	it.each([
		['这顿饭吃下来很划算', 'price.vfm.vfm:positive'],
		['两个人一百块，经济实惠', 'price.vfm.vfm:positive'],
		['货真价实，下次还来', 'price.vfm.vfm:positive'],
		['吃完觉得真的超值', 'price.vfm.vfm:positive'],
		['一点都不划算', 'price.vfm.vfm:negative'],
	])('%s', (text, topic) => {
		expect(read(text)).toContain(topic);
	});

	it('leaves the price level its own words (实惠, 便宜, 贵 with a price word)', () => {
		expect(read('价格实惠')).toEqual(['price.level.level.price.value:positive']);
		expect(read('酒水很便宜')).toContain('price.level.verdict:positive');
		expect(read('菜价偏贵')).not.toContain('price.vfm.vfm:negative');
	});
});

describe('走菜 (sending out the dishes) is serving', () => {
	it('reads the serving speed', () => {
		expect(read('走菜也快')).toEqual(['service.speed.serving.speed.on_time:positive']);
		expect(read('走菜很慢，等了好久')[0]).toMatch(/^service\.speed\.serving/);
	});
	it('a dish is still a dish', () => {
		expect(read('这道菜很好吃')[0]).toMatch(/^food/);
	});
});

describe('a size judged of the premises names the space topic', () => {
	it.each([
		['店很小，坐不下几个人', 'env.space:negative'],
		['地方很大，来多少人都坐得下', 'env.space:positive'],
		['店铺很小', 'env.space:negative'],
		['这家店很大，装修也不错', 'env.space:positive'],
	])('%s', (text, topic) => {
		expect(read(text)).toContain(topic);
	});

	it('keeps a topic word of its own, and a business name without a size', () => {
		expect(read('店面很大')).toEqual(['env.space.space.size:positive']);
		expect(read('这家店很好')).toEqual(['overall.impression.restaurant:positive']);
		expect(read('地方好找')).toEqual(['location.finding:positive']);
		expect(read('量很大')).toEqual(['food.overall.portion.generous:positive']);
	});

	it('goes to the room size in the hotel tree, and nowhere in a tree without a space topic', () => {
		expect(read('地方很大', getEngine({ tree: 'hotel' }))).toEqual(['rooms.space.layout.size:positive']);
		expect(read('店很小', getEngine({ tree: 'telecom' }))).toEqual([]);
	});
});

describe('decor: 布置 names it, 优雅 / 幽雅 praise it', () => {
	it.each([
		['店里布置得很有特色', 'env.decor.decor'],
		['房间布置的也不错', 'env.decor.decor:positive'],
		['环境很优雅', 'env.decor:positive'],
		['环境挺幽雅的', 'env:positive'],
		['环境不够优雅', 'env.decor:negative'],
	])('%s', (text, topic) => {
		expect(read(text).some((t) => t.startsWith(topic))).toBe(true);
	});
	it('布置 as a task is named but judged by nothing (a term, not an opinion)', () => {
		expect(read('老师布置的作业太多了')).toEqual(['env.decor.decor:neutral']);
	});
	it('优雅 as a manner is no topic', () => {
		expect(read('她优雅地走了进来')).toEqual([]);
	});
});

describe('容易找 (easy to find) is findability, negated by 不', () => {
	it.each([
		['店面很容易找', 'location.finding:positive'],
		['比较容易找到', 'location.finding:positive'],
		['很不容易找到', 'location.finding:negative'],
	])('%s', (text, topic) => {
		expect(read(text)).toContain(topic);
	});
	it('容易 alone names nothing', () => {
		expect(read('这道菜很容易做')).not.toContain('location.finding:positive');
	});
});

describe('two praise words of one node after a staff word keep the staff topic', () => {
	it.each([
		['服务员很亲切友好', 'service.staff.waiter.attitude.friendly:positive'],
		['服务员非常热情友好', 'service.staff.waiter.attitude.friendly:positive'],
		['服务员态度很冷漠粗鲁', 'service.staff.waiter.attitude'],
	])('%s', (text, topic) => {
		expect(read(text).some((t) => t.startsWith(topic))).toBe(true);
	});
	it('one praise word reads as before', () => {
		expect(read('服务员很友好')).toEqual(['service.staff.waiter.attitude.friendly:positive']);
		expect(read('服务员亲切友好')).toEqual(['service.staff.waiter.attitude.friendly:positive']);
	});
});

describe('a topic heading before a colon takes the opinion after it', () => {
	it.each([
		['服务：挺好的', 'service:positive'],
		['环境：很一般', 'env:negative'],
	])('%s', (text, topic) => {
		expect(read(text)).toContain(topic);
	});
	it('not when the text after the colon names its own topic, nor a told event', () => {
		expect(read('服务: 很热情')).toContain('service:neutral');
		expect(read('点了烤鱼：太慢了')).toEqual(['food.seafood.fish:neutral']);
	});
});

describe('the presentation of the food named on its own', () => {
	it.each([
		['卖相难看', 'food.overall.look:negative'],
		['摆盘很精致', 'food.overall.look:positive'],
		['The plating was beautiful', 'food.overall.look:positive'],
	])('%s', (text, topic) => {
		expect(read(text)).toContain(topic);
	});
	it('with a dish word the dish keeps its look attribute', () => {
		expect(read('菜的卖相很好')).toEqual(['food.overall.dishes.look:positive']);
	});
});
