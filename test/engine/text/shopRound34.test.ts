import { checkLabels as check } from './labelRows';

/**
 * Chinese e-commerce and takeaway readings (stop 34, shop34): the one merit named (唯一的优点是…) and the best said of the
 * wrapping alone, the outside praised and the inside found bad, a first purchase praised before a later one that failed, and
 * a promise broken with 也没见 (zh23's what-came list). Self-written rows, not copied from any data set. Each describe names
 * one shape; the rows the base (dc12ba4) misread come first, guards after them keep what the shape must not take.
 */

describe('the one merit named is all the reviewer found: a complaint of the rest; the wrapping alone praised is no praise', () => {
	check([
		['唯一的优点是位置好', 'negative'],
		['唯一的优点就是便宜', 'negative'],
		['唯一的优点：便宜', 'negative'],
		['唯一满意的就是快递速度', 'negative'],
		['東西一般，唯一滿意的就是快遞速度', 'negative'],
		['最满意的是包装', 'neutral'],
		['最满意的是包装，味道和想象的差太远了', 'negative'],
		// Guards: the one fault named stays praise of the rest; the best of the goods or the delivery said with praise stays
		// praise; a merit said plainly stays praise.
		['唯一值得吐槽的是包装，东西很好', 'positive'],
		['唯一的遗憾是有点贵，其他都很好', 'positive'],
		['东西一如既往的好，最满意的是配送，速度没得说', 'positive'],
		['最大的优点就是续航长，很满意', 'positive'],
		['优点是便宜，做工也不错', 'positive'],
	]);
});

describe('the outside praised and the inside found bad: the outside’s praise is the let-down’s setting', () => {
	check([
		['外表很漂亮，切开里面全烂了', 'negative'],
		['表面都挺好的，内部全坏了', 'negative'],
		['外面看着挺新鲜，咬了一口是坏的', 'negative'],
		['外边挺好看的，里面都是烂的', 'negative'],
		['外表很漂亮，切開裡面全爛了', 'negative'],
		// Guards: the inside praised too, or no inside told, stays praise.
		['外表很漂亮，咬了一口很甜', 'positive'],
		['外观很好看，里面的做工也很好', 'positive'],
		['外观很漂亮，运行也很流畅', 'positive'],
	]);
});

describe('a first purchase praised, then a later one that failed: the praise is the height of the fall', () => {
	check([
		['第一次买很好吃，第二次的全是坏的', 'negative'],
		['第一次买的挺好，后来追加的不好吃', 'negative'],
		['第一次很好，后面几次太差', 'negative'],
		['以前买过很好，后来再买质量差了', 'negative'],
		['第一次買的挺好，後來追加的不好吃', 'negative'],
		// Guards: the later purchase praised too, or none told, stays praise.
		['第一次买很好吃，第二次也很好吃', 'positive'],
		['第一次用华为，很好用', 'positive'],
		['之前买过，很好，这次继续支持', 'positive'],
		['之前很喜欢这个作者，这本书还不错，只是不准备再买了，太贵', 'positive'],
	]);
});

describe('a promise broken with 也没见: zh23’s what-came list', () => {
	check([
		['说好送膜的，也没见', 'negative'],
		['还说明天免费重新送，也没见', 'negative'],
		['說好送膜的，也沒見', 'negative'],
		// Guards: a promise broken the base read already; a promise kept stays praise; 也没 without a promise is left to the rest.
		['说好今天送到，也没人来', 'negative'],
		['说好送膜的，果然送了，很贴心', 'positive'],
		['味道很好，也没有洒', 'positive'],
	]);
});
