import { checkLabels as check } from './labelRows';

/**
 * Chinese takeaway (外卖) readings (stop 31, waimai): general readings of short delivery-app reviews, with self-written rows
 * in the voice of Meituan / Ele.me / Baidu Waimai eaters, not copied from any data set. Each describe names one shape; the
 * rows the base (fece995) misread come first, guards after them keep what the shape must not take.
 */

describe('praise of the packaging before a complaint of the food is the concession, not the verdict', () => {
	check([
		['包装挺好的，口味一般', 'neutral'],
		['包装很用心，就是味道不怎么样', 'neutral'],
		['包装严实，送餐也快，可惜饭菜不好吃', 'neutral'],
		// Guards: packaging praised after the complaint is the last word; no complaint of the food, no periphery; the eater's
		// own taste (不合我口味) is no fault of the food.
		['味道一般，包装倒是挺好的', 'neutral'],
		['包装很好，菜也好吃', 'positive'],
		['包装很好，味道也不错，就是送得有点慢', 'positive'],
		['包装很精致，可惜口味偏辣不合我口味', 'positive'],
		['包装精美，但是菜的味道很一般', 'negative'],
	]);
});

describe('the goods judged lukewarm or poor (产品一般, 食品质量一般, 东西不怎么样) are the core, like the taste', () => {
	check([
		['外卖小哥很准时，产品一般', 'neutral'],
		['骑手态度很好，食品质量一般', 'neutral'],
		['送得挺快，东西不怎么样', 'negative'],
		['快递很快，东西一般般', 'neutral'],
		// Guards: the goods praised, or named in passing (东西发错了, 几样东西) with no verdict on them.
		['送得很快，东西很好吃', 'positive'],
		['骑手很快，东西发错了一样，商家马上补送了', 'positive'],
		['送餐员人很好，几样东西都齐全', 'positive'],
	]);
});

describe('meat cooked tough (太老了, 炒老了, 没嚼劲) is a fault; 老 of the owner, the custom or the taste is not', () => {
	check([
		['鸡肉太老了，嚼不动', 'negative'],
		['肉有点老', 'negative'],
		['排骨炒得太老，咬不动', 'negative'],
		// Guards.
		['牛肉炒老了，有点柴', 'negative'],
		['面条没嚼劲，软塌塌的', 'negative'],
		['米线很好吃，有嚼劲', 'positive'],
		['老板人很好，老顾客了', 'positive'],
		['还是老味道，好吃', 'positive'],
		['老板送了饮料，很贴心', 'positive'],
	]);
});

describe('a repeat order promised (还会再点, 下次还点, 会继续光顾) is praise, as 还会再来 is of a visit', () => {
	check([
		['还会再点', 'positive'],
		['下次还点这家', 'positive'],
		['送得有点慢，不过还会再点', 'positive'],
		['有点咸，以后还会点', 'positive'],
		['会继续光顾', 'positive'],
		// Guards: asked, or denied.
		['还会再点吗？', 'neutral'],
		['下次不会再点了', 'negative'],
		['不会再点这家了', 'negative'],
		['吃完肚子疼，不敢再点了', 'negative'],
	]);
});

describe('praise of an earlier order (前一次, 上一次) before this one (这次) is about that order', () => {
	check([
		['前一次的酸菜鱼很好吃，这次的太咸了', 'negative'],
		// Guards: the improvement told the other way round, and the complaint of the past.
		['前一次送得慢，这次很快，好评', 'positive'],
		['上一次送得很快，这次等了一个多小时', 'negative'],
	]);
});
