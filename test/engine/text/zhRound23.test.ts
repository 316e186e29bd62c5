import { checkLabels as check } from './labelRows';

/**
 * Chinese hotel review readings, twenty-third round (stop 32, zh23): the shapes zh22 left, as general readings over sentence
 * shape, with self-written hotel sentences (not copied from any data set). Each describe names one shape; the rows the base
 * (main 84cd5b5) misread come first, guards after them keep what the shape must not take. Traditional copies check that the
 * folded text reads alike.
 */

describe('a staff promise, then what came: a promise broken is a complaint, a promise kept is not', () => {
	check([
		['前台说帮我们升级，结果还是原来的房间', 'negative'],
		['客服说可以延迟退房，结果中午就打电话催我们走', 'negative'],
		['服务员说十分钟就好，结果等了一个小时', 'negative'],
		['订房时说好有窗户，到了给的是无窗房', 'negative'],
		['前台说给我们安排安静的房间，结果还是在电梯旁边', 'negative'],
		['经理答应给我们免费早餐，最后还是收了钱', 'negative'],
		// Traditional.
		['前台說幫我們升級，結果還是原來的房間', 'negative'],
		['客服說可以延遲退房，結果中午就打電話催我們走', 'negative'],
		// Read right already; kept.
		['前台说马上来修，结果等了一个小时也没人来', 'negative'],
		['说好给升级，到了又说没房', 'negative'],
		['答应给我们换房，最后也没换', 'negative'],
		// Guards: the promise kept.
		['前台说马上来修，五分钟就到了', 'positive'],
		['说马上来，五分钟就到了', 'positive'],
		['前台说帮我们升级，结果真的给了套房', 'positive'],
		['答应给我们换房，很快就换好了，很满意', 'positive'],
		['说好的免费接机，司机提前到了，很贴心', 'positive'],
		['前台說馬上來修，五分鐘就到了', 'positive'],
	]);
});

describe('所谓的 + a title that is its whole clause, then a plain fact: the title let down', () => {
	check([
		['所谓的景观房，窗外是停车场', 'negative'],
		['所谓的海景房，拉开窗帘是一排居民楼', 'negative'],
		['所谓的豪华间，墙纸都发黄了', 'negative'],
		['所謂的景觀房，窗外是停車場', 'negative'],
		// Read right already; kept.
		['所谓的海景房就是能看到一点点海', 'negative'],
		['所谓的江景房，窗户对着隔壁楼', 'negative'],
		// Guards: 所谓 in an explanation, a title borne out.
		['所谓的行政酒廊，就是给行政楼层客人用的休息区，下午茶很丰富', 'positive'],
		['所谓的智能客房，就是用语音控制灯光窗帘，很方便', 'positive'],
		['所谓的亲子房，就是房间里有滑梯和玩具，孩子很喜欢', 'positive'],
		['所谓的景观房，名副其实，窗外就是西湖', 'positive'],
		['所谓的海景房，果然一拉窗帘就是大海，太美了', 'positive'],
	]);
});

describe('a room that smells of smoke as the last word after praise', () => {
	check([
		['位置不错，早餐也可以，就是房间里有股烟味散不掉', 'negative'],
		['服务还行，就是无烟房里一股烟味', 'negative'],
		['房间很干净，床也舒服，可惜一进门烟味很重', 'negative'],
		['前台很热情，早餐也丰富，但是房间烟味太重了', 'negative'],
		['位置不錯，早餐也可以，就是房間裡有股煙味散不掉', 'negative'],
		// Read right already; kept.
		['房间烟味很重，别的都还好', 'negative'],
		// Guards: no smoke, a faint smell aired out, a smell put right.
		['房间没有烟味，很干净', 'positive'],
		['无烟楼层，一点烟味都没有，很满意', 'positive'],
		['房间有点烟味，开窗通风一会儿就好了，其他都很好', 'positive'],
		['位置好，房间干净，就是有一点点烟味', 'positive'],
		['房间有烟味，前台马上给换了一间，新房间很好', 'positive'],
	]);
});

describe("a loyal guest's comparison: this stay worse than the earlier ones", () => {
	check([
		['以前出差都住这家，这次来发现换了管理，服务差了很多', 'negative'],
		['以前出差都住这家，这次差了很多', 'negative'],
		['之前住过两次都挺好，这次感觉差了不少', 'negative'],
		['以前每年都来住，这次比以前差太多', 'negative'],
		['以前出差都住這家，這次差了很多', 'negative'],
		// Guards: the same as before, or better.
		['以前住过，这次还是一样好', 'positive'],
		['以前出差都住这家，这次还是那么舒服', 'positive'],
		['以前住过好几次，这次依然很满意', 'positive'],
		['以前住過，這次還是一樣好', 'positive'],
	]);
});

describe('praise exclaimed, then a damning fact told with 都: scorn', () => {
	check([
		['真是好酒店啊，床单都是黄的', 'negative'],
		['真是好服务啊，叫了三次都没人来', 'negative'],
		['真是五星级啊，毛巾都是破的', 'negative'],
		['好酒店啊，马桶都是坏的', 'negative'],
		['真是好酒店啊，連床單都是黃的', 'negative'],
		['真是好酒店啊，床單都是黃的', 'negative'],
		// Guards: the fact bears the praise out.
		['真是好酒店啊，床单都是新换的', 'positive'],
		['真是好酒店啊，连小细节都考虑到了', 'positive'],
		['服务真好啊，什么都不用操心', 'positive'],
		['真是好酒店啊，床單都是新換的', 'positive'],
	]);
});

describe('what a hotel ought to be: 这才是 … 该有的样子 praises, 这哪是 … 该有的 complains', () => {
	check([
		['这才是五星级酒店该有的样子', 'positive'],
		['这才是酒店该有的服务', 'positive'],
		['这才叫服务', 'positive'],
		['入住体验很好，这才是度假酒店应有的水准', 'positive'],
		['這才是五星級酒店該有的樣子', 'positive'],
		// Guards: asked back, or denied.
		['这哪是五星级酒店该有的样子', 'negative'],
		['这哪是五星级酒店该有的服务', 'negative'],
		['房间又小又旧，哪里像四星级酒店该有的水平', 'negative'],
		['這哪是五星級酒店該有的樣子', 'negative'],
		['这不是五星级酒店该有的样子', 'negative'],
	]);
});

describe('hotel words: 五脏俱全, 不愧是, a stay extended are praise; a room one cannot stay in, pictures unlike the place, a din, a deposit kept are complaints', () => {
	check([
		['房间有点小，不过五脏俱全', 'positive'],
		['房间不大，但是五脏俱全，很干净', 'positive'],
		['晚上走廊有人大声喧哗', 'negative'],
		['退房一周了押金还没退', 'negative'],
		['房間有點小，不過五臟俱全', 'positive'],
		['不愧是五星级', 'positive'],
		['本来只订了一晚，结果又续了两晚', 'positive'],
		['服务员态度还行，就是房间太脏了，根本没法住', 'negative'],
		['住一晚就退房了，一分钟都不想多待', 'negative'],
		['跟携程上的图片完全是两回事', 'negative'],
		['不愧是五星級', 'positive'],
		// Guards: 脏 itself, 押金 returned, 不愧是 with a fault after it, two matters told apart.
		['房间有点脏，床单上有头发', 'negative'],
		['押金秒退，很方便', 'positive'],
		['不愧是五星级酒店，服务很到位', 'positive'],
		['价格和服务是两回事', 'neutral'],
	]);
});
