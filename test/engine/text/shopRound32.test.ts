import { checkLabels as check } from './labelRows';

/**
 * Chinese e-commerce readings (stop 32, shop32): general readings of online-shop reviews (books, tablets and laptops, clothes,
 * shampoo, fruit), with self-written rows, not copied from any data set. Each describe names one shape; the rows the base
 * (84cd5b5) misread come first, guards after them keep what the shape must not take.
 */

describe('goods sent back (退掉了), a loss, goods fit to feed the pigs and no help are complaints', () => {
	check([
		['收到就退掉了', 'negative'],
		['这价格买了亏大了', 'negative'],
		['苹果又小又干，只适合喂猪', 'negative'],
		['对考试没什么帮助', 'negative'],
		['這價格買了虧大了', 'negative'],
		// Guards: a repeat purchase (ZH_ROUND19's half vote) and one let down; a hotel checkout (退了房) is no return; help given is praise.
		['这是第三次买了', 'positive'],
		['第二次买了，这次质量差了很多', 'negative'],
		['退了房去吃早餐', 'neutral'],
		['对考试很有帮助', 'positive'],
		['已经申请退货了', 'negative'],
		['质量一般，大家最好别买', 'negative'],
	]);
});

describe('goods praised in the shop words of their kind (轻薄, 便于携带, 跑得刷刷的) and faults denied (没有色差, 不起球)', () => {
	check([
		['很轻薄，便于携带', 'positive'],
		['没有色差', 'positive'],
		['洗了几次也不起球', 'positive'],
		['一个坏的都没有', 'positive'],
		['穿着很显瘦', 'positive'],
		['很輕薄，便於攜帶', 'positive'],
		['沒有色差', 'positive'],
		// Guards: the faults told stay faults.
		['色差很大', 'negative'],
		['洗一次就起球严重', 'negative'],
		['有好几个坏果', 'negative'],
		['电脑很重，不便携带', 'negative'],
	]);
});

describe('硬 of a drive or a build (硬盘, 硬朗) is no rice cooked hard', () => {
	check([
		['装了固态硬盘，系统跑得刷刷的', 'positive'],
		['外形硬朗，做工扎实', 'positive'],
		['裝了固態硬盤，系統跑得刷刷的', 'positive'],
		// Guards: a drive that fails, rice cooked hard and a flaw (硬伤) stay complaints.
		['硬盘用了一个月就坏了', 'negative'],
		['米饭太硬了', 'negative'],
		['续航短是硬伤', 'negative'],
	]);
});

describe('worth (可贵, 珍贵) is praise, not 贵 the price, nor is 贵 of courtesy; a book not regretted is praise', () => {
	check([
		['作者的坚持非常难能可贵', 'positive'],
		['这些老照片很珍贵', 'positive'],
		['这套书买了绝不后悔', 'positive'],
		['故事引人深思', 'positive'],
		['请问贵公司什么时候发货', 'neutral'],
		['贵重物品要自己保管', 'neutral'],
		['作者非常難能可貴', 'positive'],
		['這套書買了絕不後悔', 'positive'],
		// Guards: the price stays a complaint; regret stays regret.
		['书太贵了', 'negative'],
		['有点贵，纸张也一般', 'negative'],
		['买了很后悔', 'negative'],
		['一口气读完了，很受启发', 'positive'],
	]);
});
