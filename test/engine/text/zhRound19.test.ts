import { checkLabels as check } from './labelRows';

/**
 * Chinese review sentiment, nineteenth round (stop 28, zh19): self-written e-commerce and delivery sentences, not copied
 * from any data set. Each describe names one general shape; the rows the base (6e52803) misread come first, guards after
 * them keep what the shape must not take. Traditional copies check that the folded text reads alike.
 */

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

describe('thrown away after a taste, a stingy shop, a dish one cannot bear (ZH_ROUND19)', () => {
	check([
		['吃了两口就倒了', 'negative'],
		['老板太抠了，一包番茄酱都不给', 'negative'],
		['米饭给的真抠', 'negative'],
		['尝了一口就扔掉了', 'negative'],
		// Traditional.
		['吃了兩口就倒了', 'negative'],
		['老闆太摳了', 'negative'],
		['煎饼里放沙拉，真是享受不了', 'negative'],
		['猪蹄上全是猪毛', 'negative'],
		['今天的量比昨天少了一半', 'negative'],
		// Guards: full after two bites is no complaint.
		['吃了两口就饱了', 'neutral'],
	]);
});

describe('a quality named as an attribute (清晰度, 稳定性) is read by what is said of it (ZH_ROUND19_ATTRIBUTES)', () => {
	check([
		['屏幕清晰度很差', 'negative'],
		['这个平板的流畅度不好，经常卡', 'negative'],
		['床垫的舒适度很差', 'negative'],
		['水果的新鲜度不高', 'negative'],
		['系统稳定性太差了', 'negative'],
		['这本书的实用性很差', 'negative'],
		['甜度一般，个头还挺大', 'positive'],
		['流畅性不好，玩游戏经常卡', 'negative'],
		['椅子的舒适性很差', 'negative'],
		['导航的准确率很低', 'negative'],
		// Traditional.
		['螢幕清晰度很差', 'negative'],
		// Guards: the attribute praised stays praise, the quality itself stays praise.
		['屏幕清晰度很高', 'positive'],
		['这本书实用性很强', 'positive'],
		['清晰度可以，价格也便宜', 'positive'],
		['屏幕很清晰', 'positive'],
	]);
});

describe('as good as hoped or as another: 很理想, 不逊于, 瑕不掩瑜, 很经用 (ZH_ROUND19)', () => {
	check([
		['拍照效果很理想', 'positive'],
		['音质不逊于大牌耳机', 'positive'],
		// Traditional.
		['音質不遜於大牌耳機', 'positive'],
		['有点小瑕疵，但瑕不掩瑜', 'positive'],
		['电池很经用，能用两天', 'positive'],
		['看电视的理想之选', 'positive'],
		['京东自营的，应该不会差到哪里去', 'positive'],
		['背出去回头率很高', 'positive'],
		// Guards: 不理想 stays a complaint, 已经用完 holds no 经用, 不经用 is a complaint.
		['效果不理想', 'negative'],
		['已经用完一瓶了', 'neutral'],
		['电池不经用，半天就没电了', 'negative'],
	]);
});

describe('a drain or a decay told as fast: 耗电超级快, 烂得很快 (ZH_ROUND19)', () => {
	check([
		['玩一会儿游戏就发热很快', 'negative'],
		['耗电超级快，一天要充三次', 'negative'],
		['香蕉烂得很快', 'negative'],
		// Traditional.
		['耗電超級快', 'negative'],
		// Guards: charging and shipping fast stay praise.
		['充电很快', 'positive'],
		['发货超级快', 'positive'],
	]);
});

describe('差评 after a missing thing is the verdict on it (BAD_VERDICT_ZH)', () => {
	check([
		['没有耳机差评', 'negative'],
		// Traditional.
		['沒有耳機差評', 'negative'],
		// Guards: a verdict given or withheld is told with a verb between.
		['没耳机，差评！', 'negative'],
		['从来没给过差评', 'negative'],
		['我一般不想给差评', 'neutral'],
	]);
});

describe('praise believed before (以为) is no praise of what came (believedPraise)', () => {
	check([
		['还以为很好吃呢', 'neutral'],
		['本来以为京东自营的一定是正品，没想到是假货', 'negative'],
		['我以为今天到的水果，会很新鲜', 'neutral'],
		['原以为这本书很有趣', 'neutral'],
		// Traditional.
		['本來以為這本書很有趣', 'neutral'],
		// Guards: a fault believed and then found not to be, praise told after the turn.
		['本来以为不好吃，没想到很好吃', 'positive'],
		['还以为坏了，后来才发现是没插电，挺好用的', 'positive'],
		['以为很难用，其实很好用', 'positive'],
		['还以为漏发了，害我打了好几次电话', 'negative'],
	]);
});

describe('好像 (seems) after a noun is no 好; 喜好 is a liking (lexiconTerms, ZH_ROUND19_BLOCKERS)', () => {
	check([
		['京东的服务好像不怎么样', 'negative'],
		['客服态度好像不太好', 'negative'],
		['真的不怎么样，不过只是个人喜好罢了', 'negative'],
		// Traditional.
		['客服態度好像不太好', 'negative'],
		// Guards: 好像 before praise stays praise, the noun's 好 stays praise.
		['刚开机看效果好像不错', 'positive'],
		['服务态度好', 'positive'],
	]);
});
