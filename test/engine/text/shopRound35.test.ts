import { checkLabels as check } from './labelRows';

/**
 * Chinese e-commerce and takeaway readings (stop 35, shop35): speed praised beside a long wait (sarcasm) and praise cut down
 * to nothing (X而已 / X罢了 / X有什么用). Self-written rows, not copied from any data set. Each describe names one shape; the
 * rows the base (main 2d8bb56) misread come first, guards after them keep what the shape must not take.
 */

describe('speed praised beside a long wait is sarcasm: the praise counts nothing, the wait is a complaint', () => {
	check([
		['物流真快，整整一个星期', 'negative'],
		['快递超级快，点赞，半个月', 'negative'],
		['这速度真是神速，一个月才收到货', 'negative'],
		['发货很迅速嘛，十几天才到', 'negative'],
		['太棒了，这送餐速度，骑手跑了三个小时', 'negative'],
		['物流真快，整整一個星期', 'negative'],
		// Guards: a short wait, a week that came quickly, a time of use, a time ago, and a long wait told plainly.
		['物流很快，两天就到了，质量很好', 'positive'],
		['送货特别快，一星期就到西藏了，很满意', 'positive'],
		['用了一个多月，速度很快，很流畅', 'positive'],
		['一个星期前买的，物流很快，东西不错', 'positive'],
		['送餐很快，二十分钟就到了，好吃', 'positive'],
		['送得真快，两个小时才到，饭都凉了', 'negative'],
	]);
});

describe('praise cut down to nothing (而已 / 罢了 / 有什么用) is no praise', () => {
	check([
		['包装好看而已', 'negative'],
		['个头很小，包装漂亮罢了', 'negative'],
		['包装那么精美有什么用', 'negative'],
		['外观好看有啥用', 'negative'],
		['包裝好看而已', 'negative'],
		// Guards: a fault made small, a comparison with another, and praise without the cue stay as they were.
		['只是有点慢而已，东西很好', 'positive'],
		['味道不错，就是贵了一点而已', 'positive'],
		['我只是说雀巢的打泡更好而已', 'positive'],
		['包装很好看，东西也不错', 'positive'],
	]);
});

describe('a purpose named is no praise where a complaint follows it', () => {
	check([
		['买京东图的就是快，结果等了五天', 'negative'],
		['本来就是图个便宜，东西太小了', 'negative'],
		['图个便宜买的，质量不行', 'negative'],
		['買京東圖的就是快，結果等了五天', 'negative'],
		// Guards: the purpose met (no complaint after it), a complaint only before it, and praise after the purpose's own object.
		['图的就是送货快，服务好', 'positive'],
		['图个方便，好吃不错', 'positive'],
		['有点小贵，不过图个方便，送货上门很好', 'positive'],
	]);
});
