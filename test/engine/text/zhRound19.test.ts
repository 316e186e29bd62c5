import { getEngine } from '../../../nodes/engine/text';

/**
 * Chinese review sentiment, nineteenth round (stop 28, zh19): self-written e-commerce and delivery sentences, not copied
 * from any data set. Each describe names one general shape; the rows the base (6e52803) misread come first, guards after
 * them keep what the shape must not take. Traditional copies check that the folded text reads alike.
 */
const engine = getEngine();

type L = 'positive' | 'negative' | 'neutral';
const check = (rows: Array<[string, L]>) => it.each(rows)('%s → %s', (text, label) => expect(engine.analyze(text).sentiment.label).toBe(label));

describe('不要太 + praise is the emphatic "so very", not advice (ZH_ROUND19)', () => {
	check([
		['这家的小龙虾不要太好吃', 'positive'],
		['618买的，价格简直不要太划算', 'positive'],
		['这款面霜真的不要太好用', 'positive'],
		['味道不要太赞，下次还点', 'positive'],
		['这家的红烧肉不要太好吃了', 'positive'],
		// Traditional.
		['這家的小龍蝦不要太好吃', 'positive'],
		['價格簡直不要太划算', 'positive'],
		// Guards: a request for less is no praise; 不要太多 of faults stays a complaint; praise denied after it stays negative.
		['不要太辣，微辣就行', 'neutral'],
		['备注了不要太甜', 'neutral'],
		['希望下次送得不要太早', 'neutral'],
		['缺点不要太多', 'negative'],
		['不要太好吃的样子，难吃死了', 'negative'],
	]);
});

describe('loyalty told by a count is half a vote (ZH_ROUND19)', () => {
	check([
		['这已经是第三箱了', 'positive'],
		['第N次点这家了', 'positive'],
		['每次都点这家的酸菜鱼', 'positive'],
		['买了好几次，一直用这个牌子', 'positive'],
		// Traditional.
		['這已經是第三箱了', 'positive'],
		['每次都點這家的酸菜魚', 'positive'],
		// Guards: the count as background of a complaint stays a complaint.
		['第三次买了，这次全是坏的', 'negative'],
		['第二次买了，感觉没有第一次好', 'negative'],
		['每次都点这家，这次太咸了', 'negative'],
	]);
});

describe('a portion shrunk since last time (ZH_ROUND19)', () => {
	check([
		['分量没以前多了', 'negative'],
		['肉没有上次多，价格还涨了', 'negative'],
		['份量没有之前那么多了', 'negative'],
		// Traditional.
		['分量沒以前多了', 'negative'],
		['肉沒有上次多', 'negative'],
		// Guards: faster than before stays praise.
		['比以前快多了', 'positive'],
		['送餐比上次快多了，味道也不错', 'positive'],
	]);
});

describe('thrown away after a taste, a stingy shop (ZH_ROUND19)', () => {
	check([
		['吃了两口就倒了', 'negative'],
		['老板太抠了，一包番茄酱都不给', 'negative'],
		['米饭给的真抠', 'negative'],
		['尝了一口就扔掉了', 'negative'],
		// Traditional.
		['吃了兩口就倒了', 'negative'],
		['老闆太摳了', 'negative'],
		// Guards: full after two bites is no complaint.
		['吃了两口就饱了', 'neutral'],
	]);
});
