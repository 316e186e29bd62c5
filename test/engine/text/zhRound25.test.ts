import { checkLabels as check } from './labelRows';

/**
 * Chinese hotel review readings, twenty-fifth round (stop 33, zh25): the shapes zh24 left and a probe of common hotel-review
 * shapes, as general readings over sentence shape, with self-written sentences (not copied from any data set). Each describe
 * names one shape; the rows the base (main 70ff942) misread come first, guards after them keep what the shape must not take.
 * Traditional copies check that the folded text reads alike.
 */

describe('a promise, then a charge for it: the promise was not kept the way it was heard', () => {
	check([
		['说可以升级，加了两百块钱', 'negative'],
		['前台说可以升级，结果加了两百块钱', 'negative'],
		['说可以免费升级，到了前台又要我们补差价', 'negative'],
		['前台答应免费升级，退房时收了两百', 'negative'],
		['说可以免费停车，结果收了五十', 'negative'],
		['说可以延迟退房，结果收了半天房费', 'negative'],
		['说好送饮料，结果收了五块钱', 'negative'],
		// Traditional.
		['說可以升級，加了兩百塊錢', 'negative'],
		// Guards: a promise kept, a charge praised, no promise at all.
		['说可以免费升级，果然升了', 'positive'],
		['前台说可以免费升级，果然升了', 'positive'],
		['说可以升级，只加了五十，很划算', 'positive'],
		['前台说能升级，加了五十块，房间确实大了不少，挺值的', 'positive'],
		['老板说可以便宜点，收了两百', 'positive'],
		['说实话，加了二十块钱的配送费', 'neutral'],
	]);
});

describe('a fact found only on arrival: a charge or a want is a complaint, something free is praise', () => {
	check([
		['去了才知道要收城市税', 'negative'],
		['到了才知道房间在地下室', 'negative'],
		['到了酒店才被告知没有房了', 'negative'],
		['办理入住时才告知要交押金五百', 'negative'],
		['入住才发现前台不收押金', 'positive'],
		['入住才发现有免费的早餐', 'positive'],
		['到了才发现景色这么美', 'positive'],
		// Traditional.
		['去了才知道要收城市稅', 'negative'],
		// Read right already; kept.
		['到了才知道停车要收费', 'negative'],
		['入住才发现没有窗户', 'negative'],
		['入住后才发现隔壁在装修，吵死了', 'negative'],
		// Guards: what was found is good.
		['到了才发现房间比图片还大', 'positive'],
		['到了才发现门口就是地铁站，很方便', 'positive'],
		['到了才知道酒店不收押金，太方便了', 'positive'],
		['到了才发现前台小姐姐超级热情', 'positive'],
	]);
});

describe('a repeat given up, in any shop: the plan of a pleased customer not carried out', () => {
	check([
		['本来想回购的，看到这质量还是算了', 'negative'],
		['本来想再点一次的，还是算了', 'negative'],
		['本来想给好评的，看到这服务还是算了', 'negative'],
		['本来打算回购的，还是算了吧', 'negative'],
		['原本想再来的，打消了这个念头', 'negative'],
		// Traditional.
		['本來想回購的，看到這質量還是算了', 'negative'],
		// Guards: no plan of a pleased customer, or praise after it.
		['衣服本来想买的，看了评价还是算了', 'neutral'],
		['要不是朋友推荐，我都不知道这家店', 'positive'],
		['本来想回购的，还是算了，不过东西确实不错', 'positive'],
	]);
});

describe('a price of one class and a stay of another', () => {
	check([
		['五星的价格，三星的服务', 'negative'],
		['五星级的价格，招待所的服务', 'negative'],
		['花了五星的钱，住了个招待所', 'negative'],
		['花的是五星的钱，享受的是快捷酒店的服务', 'negative'],
		['五星级酒店的价格，快捷酒店的设施', 'negative'],
		// Traditional.
		['五星的價格，三星的服務', 'negative'],
		// Guards: the same class or a higher one.
		['三星的价格，五星的享受', 'positive'],
		['五星的钱，五星的服务', 'positive'],
		['五星级的价格，五星级的服务，满意', 'positive'],
	]);
});

describe('hotel words: a stay below its price, a name denied with 也配, the same badness as ever, one merit only', () => {
	check([
		['对不起这个价格', 'negative'],
		['配不上这个价格', 'negative'],
		['这也配叫五星？', 'negative'],
		['这也配叫五星级酒店？', 'negative'],
		['就这还五星级酒店？', 'negative'],
		['这样也敢叫五星级？', 'negative'],
		['一如既往地差', 'negative'],
		['除了位置好，没有别的优点了', 'negative'],
		['停车不收费', 'positive'],
		// Traditional.
		['配不上這個價格', 'negative'],
		['這也配叫五星？', 'negative'],
		// Guards.
		['完全对得起这个价格', 'positive'],
		['一如既往的好', 'positive'],
		['对不起，这个价格我们给不了', 'neutral'],
		['停车收费', 'negative'],
	]);
});
