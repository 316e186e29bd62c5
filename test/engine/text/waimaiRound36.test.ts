import { checkLabels as check } from './labelRows';

/**
 * Chinese takeaway readings (stop 36, waimai36): a portion praised by what it did (一碗就饱了) and a dish's name that is no
 * opinion (香酥鸡, 麻辣鸡丝, 红油抄手). Self-written rows, not copied from any data set. In each describe the rows main (4c40507)
 * misread come first; the guards after them keep what the shape must not take.
 */

describe('a portion told by what it did (one bowl was a meal) is praise of the portion', () => {
	check([
		['一碗就饱了', 'positive'],
		['是牛肉面，一碗就吃饱了', 'positive'],
		['鸡排饭一份就够了', 'positive'],
		['吃了一半就饱了', 'positive'],
		['这个饼吃完晚上都不用吃饭了', 'positive'],
		['两个人都吃不完', 'positive'],
		['一碗就飽了', 'positive'],
		['全是肉啊', 'positive'],
		['卷饼里都是肉', 'positive'],
		// Guards: a time told (已经吃饱了), too much for one (a bare 吃不完), a portion too small, all meat and no greens, and
		// 肉末 (minced, not a filling) stay as they were.
		['送来的时候我已经吃饱了', 'neutral'],
		['米线给的太多了，吃不完', 'neutral'],
		['她都吃饱了，我的还没到', 'negative'],
		['一个根本不够吃', 'negative'],
		['全是肉，没有菜', 'negative'],
		['都是肉末', 'neutral'],
	]);
});

describe('a dish named by its cooking (香酥 / 川香 / 脆皮 …) is no praise of it', () => {
	check([
		['点了香酥鸡', 'neutral'],
		['点了川香鸭肠', 'neutral'],
		['点了香煎饺和脆皮肠', 'neutral'],
		['点了香卤鸡蛋', 'neutral'],
		['點了香酥雞', 'neutral'],
		// Guards: the same words said of the dish, after it or with a degree word, still praise.
		['鸡排很香酥', 'positive'],
		['香酥鸡很好吃', 'positive'],
		['饺子煎得香脆', 'positive'],
	]);
});

describe('辣鸡 inside a dish (麻辣鸡丝, 香辣鸡翅) is no slang for 垃圾', () => {
	check([
		['点了麻辣鸡丝', 'neutral'],
		['香辣鸡翅和可乐', 'neutral'],
		['一个就吃饱了，麻辣鸡丝凉面也不错', 'positive'],
		['點了麻辣雞絲', 'neutral'],
		// Guards: 辣鸡 alone is the slang still.
		['辣鸡外卖', 'negative'],
		['真是辣鸡', 'negative'],
	]);
});

describe('油 of a dish (红油抄手, 油泼面, 葱油拌面) is no complaint of oil', () => {
	check([
		['红油抄手不错', 'positive'],
		['点了油泼面', 'neutral'],
		['点了葱油拌面和油麦菜', 'neutral'],
		['紅油抄手不錯', 'positive'],
		// Guards: the dish praised stays praise; the oil itself judged still complains.
		['油焖大虾很好吃', 'positive'],
		['红油太多了', 'negative'],
		['太油了', 'negative'],
		['菜里全是油', 'negative'],
	]);
});
