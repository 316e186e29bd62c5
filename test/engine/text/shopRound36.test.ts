import { checkLabels as check } from './labelRows';

/**
 * Chinese e-commerce and takeaway readings (stop 36, shop36): stop 35's leftovers (only one thing good, another shop's merit
 * used to blame this one, speed praised in the sentence before a long wait) and two shapes of the e-commerce dev errors (goods
 * cool on arrival, a strong battery or chip). Self-written rows, not copied from any data set. Each describe names one shape;
 * the rows the base (main 4c40507) misreads come first, guards after them keep what the shape must not take.
 */

describe('only one thing good (只有X还行 / 只有X能吃) says the rest is not', () => {
	check([
		['只有包装还行', 'negative'],
		['这家店只有米饭还可以', 'negative'],
		['只有一个是好的', 'negative'],
		['买了一箱，只有6个能吃', 'negative'],
		['只有物流好', 'negative'],
		['只有包裝還行', 'negative'],
		// Guards: a condition (只有…才), a superlative, a fault that is the only one, and praise without the cue.
		['只有自己做好了，才能带好下一代', 'positive'],
		['只有它最好', 'positive'],
		['只有一个有瑕疵，其他都很好', 'positive'],
		['包装还行，米饭也可以', 'positive'],
	]);
});

describe("another shop's merit after 不像 blames this one, and its fault praises this one", () => {
	check([
		['不像必胜客的骑手友善', 'negative'],
		['快递员态度很差，不像在别的店点餐的骑手友善', 'negative'],
		['味道不像别家那么好', 'negative'],
		['感觉不像以前买的好', 'negative'],
		['不像别家那么难吃', 'positive'],
		['不像必勝客的騎手友善', 'negative'],
		// Guards: a look (不像是), a claim not met (read elsewhere already), real praise by comparison, and 不像样.
		['不像是正品', 'negative'],
		['不像网上说的那么好', 'negative'],
		['比必胜客的好吃', 'positive'],
		['米饭太少，实在不像样', 'negative'],
	]);
});

describe('speed praised in the sentence before a long wait is sarcasm', () => {
	check([
		['快递真给力。半个月才到。', 'negative'],
		['速度真快啊！整整一个星期才到！', 'negative'],
		['快遞真給力。半個月才到。', 'negative'],
		// Guards: a time of use, a time ago, and speed praised with no wait.
		['物流很快。用了一个星期，很好用', 'positive'],
		['物流很快，东西不错。一个星期前买的', 'positive'],
		['发货很快。送货上门，很满意', 'positive'],
	]);
});

describe('goods cool on arrival (凉凉的) are fresh, not food gone cold', () => {
	check([
		['不错不错挺甜的。收到还凉凉的。', 'positive'],
		['苹果很好吃，到家还是凉凉的', 'positive'],
		['还挺好的，到的时候还是凉凉的', 'positive'],
		['洗后头皮凉凉的，很清爽', 'positive'],
		// Guards: a meal gone cold stays a complaint.
		['饭菜送到都凉凉的', 'negative'],
		['外卖到了，凉凉的，不好吃', 'negative'],
	]);
});

describe('a strong battery or chip (强劲) and 钟意 are praise', () => {
	check([
		['CPU强劲', 'positive'],
		['信号强劲', 'positive'],
		['这个手机有我最钟意的双喇叭', 'positive'],
		// Guards: negated, it is a complaint or nothing.
		['电池不算强劲，三小时就没电了', 'negative'],
		['电池不强劲', 'negative'],
	]);
});
