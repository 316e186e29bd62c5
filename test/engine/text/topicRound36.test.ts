/**
 * Topic sentiment on restaurant reviews, sixth round on ASAP (stop 36, topic36): a wait told by 等了 (long or short),
 * a dish's look told by its shape, its latte art or how appetising it looks, greens told lush (all sentences self-written).
 */
import { getEngine } from '../../../nodes/engine/text';

const restaurant = getEngine({ tree: 'restaurant' });
/** The topics found, "id:sentiment" (ids with their attribute and facet). */
const read = (text: string) => restaurant.analyze(text).topics.map((t) => `${t.id}:${t.sentiment}`);
/** Whether a topic at or under `path` was read with `sentiment`. */
const hasTopic = (text: string, path: string, sentiment: string) =>
	read(text).some((t) => (t.startsWith(`${path}:`) || t.startsWith(`${path}.`)) && t.endsWith(`:${sentiment}`));

describe('a wait told by 等了: the queue, long or short', () => {
	it.each([
		['周六去的，足足等了一个多小时才有位子', 'negative'],
		['排队的人太多，我们等了快两个小时', 'negative'],
		['都等了两个小时才吃到', 'negative'],
		['运气好，只等了一会儿就有位子了', 'positive'],
		['我们在门口等了一小会，服务员就来领位了', 'positive'],
		['才等了两分钟就叫到号了', 'positive'],
	])('%s', (text, sentiment) => {
		expect(hasTopic(text, 'service.queue', sentiment)).toBe(true);
	});

	it('keeps a short wait from reading as a complaint of the review', () => {
		expect(restaurant.analyze('我们在外面等了一小会').sentiment.label).not.toBe('negative');
	});

	it('keeps a long wait the review\'s complaint', () => {
		expect(restaurant.analyze('我们就等了两个小时，太离谱了').sentiment.label).toBe('negative');
	});
});

describe('a dish\'s look: its shape, its latte art, a dish that looks appetising', () => {
	it.each([
		['鱼香肉丝看着就很有食欲', 'food', 'positive'],
		['那盘小炒肉看起来就让人流口水', 'food', 'positive'],
		['鱼鱼面很有嚼头，造型也可爱。', 'food.overall.look', 'positive'],
		['甜点造型不错，口味普通', 'food.dessert', 'positive'],
		['这杯拿铁的拉花有点丑', 'food.overall.look', 'negative'],
	])('%s', (text, path, sentiment) => {
		expect(read(text).some((t) => t.includes('look') && t.startsWith(path) && t.endsWith(`:${sentiment}`))).toBe(true);
	});

	it('gives a mocha its coffee topic', () => {
		expect(hasTopic('摩卡有点淡', 'drinks.coffee.coffee', 'negative')).toBe(true);
	});

	it('leaves a building\'s shape to the decor (near miss)', () => {
		const topics = read('店面的装修造型很独特');
		expect(topics).toContain('env.decor.decor:positive');
		expect(topics.some((t) => t.includes('look'))).toBe(false);
	});

	it('reads no look where the eater has no appetite (near miss)', () => {
		expect(read('今天没什么食欲，只点了一碗粥').some((t) => t.includes('look'))).toBe(false);
	});
});

describe('greens told lush (绿油油): fresh, not oily', () => {
	it('praises the greens', () => {
		expect(hasTopic('菠菜绿油油的，很新鲜', 'food.veg', 'positive')).toBe(true);
		expect(hasTopic('青菜绿油油的看着就很有食欲。', 'food.veg', 'positive')).toBe(true);
	});

	it('still faults a greasy dish (near miss)', () => {
		expect(hasTopic('这个菜太油了', 'food', 'negative')).toBe(true);
		expect(hasTopic('青菜油油的', 'food.veg', 'negative')).toBe(true);
	});
});
