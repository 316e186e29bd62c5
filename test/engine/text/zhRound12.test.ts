import { getEngine } from '../../../nodes/engine/text';

/**
 * Chinese review sentiment, twelfth round (stop 18): self-written delivery, restaurant and e-commerce sentences (not
 * copied from any data set), in Simplified and Traditional characters.
 */
const engine = getEngine();

type L = 'positive' | 'negative' | 'neutral';
const check = (rows: Array<[string, L | L[]]>) =>
	it.each(rows)('%s → %s', (text, label) => expect(Array.isArray(label) ? label : [label]).toContain(engine.analyze(text).sentiment.label));

describe('a delay told as two clock times, the order and the arrival', () => {
	check([
		// Without 才 the times alone tell the wait; with it, the wait outweighs a word of praise after 不过.
		['十一点一刻下的单，一点半送到', 'negative'],
		['晚上七点点的餐，九点多送到的', 'negative'],
		['12:40下单，14点送达', 'negative'],
		['十一點一刻下的單，一點半送到', 'negative'],
		['十一点一刻下的单，一点半才送到，不过骑手态度很好', 'neutral'],
		['9点20订的，11点半才吃上，不过菜很好吃', 'neutral'],
		['晚上七点点的餐，九点多送到，骑手态度很好', 'neutral'],
		['十一點一刻下的單，一點半才送到，不過騎手態度很好', 'neutral'],
		// Guards: a short wait, a next-day or same-day parcel told with 就, a promised time, 一点 as "a little".
		['11点订的，11点半就到了，很好吃', 'positive'],
		['晚上十点下单，第二天下午3点就到了，物流很快', 'positive'],
		['上午九点下单，下午三点就送到了，速度很快', 'positive'],
		['十点下的单，说好十一点半到，十一点就到了，很快', 'positive'],
		['稍微多一点就点了两份，很好吃', 'positive'],
		['就一点点的辣，味道很好', 'positive'],
	]);
});

describe('a portion told by a small count of pieces or by 那么一点', () => {
	check([
		['菜就那么一点', 'negative'],
		['牛肉面里肉就几片', 'negative'],
		['一份酸菜鱼一共就三块鱼', 'negative'],
		['排骨只有两小块，全是土豆', 'negative'],
		['菜就那麼一點', 'negative'],
		['牛肉麵裡肉就幾片', 'negative'],
		// Guards: a price in 块 is cheap, a small fault played down, 一块 (together).
		['才几块钱，很划算', 'positive'],
		['一斤也就两块来钱', 'neutral'],
		['就这么点小毛病，总体很好', 'positive'],
		['和同事就一块点了，很好吃', 'positive'],
	]);
});
