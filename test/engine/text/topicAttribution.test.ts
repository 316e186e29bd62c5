/**
 * Which clause's opinion goes to which topic, in Chinese restaurant reviews (self-written texts): topics
 * listed with 和 / 、 share one opinion, and a topic clause without an opinion takes the opinion of the
 * next clause before a comma when that one names no topic and the first one tells no event.
 */
import { getEngine } from '../../../nodes/engine/text';
import { topicSentiment } from './topicSentiment';

const engine = getEngine({ tree: 'restaurant' });
const sentimentOf = (text: string, id: string) => topicSentiment(engine, text, id);

describe('topic sentiment attribution (restaurant tree, Chinese)', () => {
	it.each([
		['环境和服务都很好', 'env', 'positive'],
		['环境和服务都很好', 'service', 'positive'],
		['环境与服务都一般', 'env', 'negative'],
		['装修跟服务都挺差的', 'env', 'negative'],
	])('a list joined by 和 / 与 / 跟 shares the opinion: %s → %s %s', (text, id, expected) => {
		expect(sentimentOf(text, id)).toBe(expected);
	});

	it.each([
		['环境、服务、菜品都不错', 'env', 'positive'],
		['环境、服务、菜品都不错', 'service', 'positive'],
		['环境、服务都让人失望', 'env', 'negative'],
	])('a list split by 、 shares the opinion after it: %s → %s %s', (text, id, expected) => {
		expect(sentimentOf(text, id)).toBe(expected);
	});

	it.each([
		['这家的烤鱼，真的太好吃了', 'food.seafood.fish', 'positive'],
		['他家的牛肉面，实在难吃', 'food.staple.noodles', 'negative'],
		['服务员嘛，爱搭不理的，很差劲', 'service', 'negative'],
	])('a topic before a comma takes the next clause’s opinion: %s → %s %s', (text, id, expected) => {
		expect(sentimentOf(text, id)).toBe(expected);
	});

	it('does not pass an opinion on to a topic that has its own or to a clause that names another topic', () => {
		// The fish has its own opinion; the second clause's praise is the service's.
		expect(sentimentOf('烤鱼太咸了，服务员很热情', 'food.seafood.fish')).toBe('negative');
		// A topic followed by a clause about another topic keeps no opinion of it.
		expect(sentimentOf('点了一份烤鱼，服务员很热情', 'food.seafood.fish')).toBe('neutral');
		// Only a list word joins: "环境好，服务差" keeps each opinion with its own topic.
		expect(sentimentOf('环境好，服务差', 'env')).toBe('positive');
		expect(sentimentOf('环境好，服务差', 'service')).toBe('negative');
	});

	it.each([
		['点了个烤鱼套餐，太慢了', 'food.set'],
		['去了他家的火锅店，人太多了', 'food.hotpot'],
		['吃过他家的烤鱼，太失望了', 'food.seafood.fish'],
		['后来才知道是湘菜馆，太失望了', 'food.overall'],
	])('a clause that tells an event (了 过 着, 知道) keeps its topic from the next clause’s opinion: %s → %s neutral', (text, id) => {
		expect(sentimentOf(text, id)).toBe('neutral');
	});

	it.each([
		['这里的环境，真的很不错', 'env', 'positive'],
		['门口就是公交站，非常方便', 'location.transport', 'positive'],
	])('a clause that names a topic or states a fact of it still takes the next clause’s opinion: %s → %s %s', (text, id, expected) => {
		expect(sentimentOf(text, id)).toBe(expected);
	});

	it.each([
		['量特别大', 'food.overall.portion', 'positive'],
		['份量超多的', 'food.overall.portion', 'positive'],
		['菜量也很足', 'food', 'positive'],
		['份量有点少', 'food.overall.portion', 'negative'],
		['量还是挺多的', 'food.overall.portion', 'positive'],
		['分量给的很足', 'food.overall.portion', 'positive'],
		['空间比较大', 'env.space', 'positive'],
		['包厢有点小', 'env.space', 'negative'],
		['店面很大', 'env.space', 'positive'],
		['店面小', 'env.space', 'negative'],
	])('a portion or space judged by its size, a degree word between: %s → %s %s', (text, id, expected) => {
		expect(sentimentOf(text, id)).toBe(expected);
	});

	it('reads size words as opinions in the overall sentiment too, a small shop only mildly', () => {
		expect(engine.analyze('量特别大').sentiment.label).toBe('positive');
		expect(engine.analyze('店很小').sentiment.label).toBe('negative');
		expect(engine.analyze('店很小').sentiment.score).toBeGreaterThan(engine.analyze('包厢很小').sentiment.score);
		// Not a portion or room of the writer's: a name, another measure, the standard of a comparison.
		expect(engine.analyze('店小二来了').sentiment.label).toBe('neutral');
		expect(engine.analyze('手机音量很大').sentiment.label).toBe('neutral');
		expect(engine.analyze('这个蛋糕热量很大').sentiment.label).toBe('neutral');
		expect(sentimentOf('包厢的噪音比别的包厢大', 'env.space')).not.toBe('positive');
	});

	it('reads 怪不得 (no wonder) as no negator', () => {
		expect(sentimentOf('怪不得那么吵', 'env.noise')).toBe('negative');
		expect(engine.analyze('怪不得这么好吃').sentiment.label).toBe('positive');
	});

	it.each([
		['大厅很幽静', 'env.noise', 'positive'],
		['二楼比较清静', 'env.noise', 'positive'],
		['店里有点吵杂', 'env.noise', 'negative'],
		['座位空间比较局促', 'env.space', 'negative'],
	])('words of quiet and cramped rooms carry an opinion: %s → %s %s', (text, id, expected) => {
		expect(sentimentOf(text, id)).toBe(expected);
	});
});
