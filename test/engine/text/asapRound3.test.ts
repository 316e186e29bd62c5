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
