import { checkLabels as check } from './labelRows';

/**
 * Chinese review sentiment, twentieth round (stop 29, zh20): general readings over sentence shape, with self-written
 * delivery and e-commerce sentences, not copied from any data set. Each describe names one shape; the rows the base
 * (6fbf300) misread come first, guards after them keep what the shape must not take. Traditional copies check that the
 * folded text reads alike.
 */

describe('不比 denies a comparison both ways: 不比 X 差 is praise, 不比 X 好 a complaint (ZH_NOT_THAN)', () => {
	check([
		['这家的炒面不比楼下那家的差', 'positive'],
		['国产的耳机用着不比进口的差', 'positive'],
		['口感一点不比专柜买的差', 'positive'],
		['价格不比超市贵，还送上门', 'positive'],
		['兼容的墨盒打出来不比原装的差', 'positive'],
		// Traditional.
		['這家的炒麵不比樓下那家的差', 'positive'],
		['國產的耳機用著不比進口的差', 'positive'],
		// Guards: 不比 X 好 stays a complaint; 不比较 is no 不比; the proverb names no opinion; 比这家差 keeps its reading.
		['这家不比隔壁那家好吃', 'negative'],
		['新版的不比旧版好用', 'negative'],
		['不比较了，直接下单', 'neutral'],
		['不比不知道，一比吓一跳', 'neutral'],
		['隔壁的都比这家好吃', 'negative'],
		['这个的面条很差', 'negative'],
	]);
});
