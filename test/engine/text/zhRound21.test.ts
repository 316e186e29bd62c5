import { checkLabels as check } from './labelRows';

/**
 * Chinese hotel review readings, twenty-first round (stop 30, zh21): general readings over sentence shape, with self-written
 * hotel sentences in the voice of Ctrip / Meituan / Fliggy guests, not copied from any data set. Each describe names one shape;
 * the rows the base (ece1144) misread come first, guards after them keep what the shape must not take. Traditional copies
 * check that the folded text reads alike.
 */

describe('绝了 / 服了: praise alone or after praise, an intensifier or a sigh after a complaint', () => {
	check([
		['早餐绝了', 'positive'],
		['夜景绝了', 'positive'],
		['酒店的早餐真的绝了，种类超多', 'positive'],
		['服了，好吃到哭', 'positive'],
		['早餐太好吃了，服了', 'positive'],
		// Traditional.
		['早餐絕了', 'positive'],
		['早餐太好吃了，服了', 'positive'],
		// Guards: after a complaint or as a sigh 绝了 / 服了 carry the complaint; 拒绝了 is no praise.
		['隔音差到绝了', 'negative'],
		['这服务也是绝了', 'negative'],
		['脏得绝了', 'negative'],
		['前台态度真是绝了，问啥都不知道', 'negative'],
		['房间霉味好重，绝了', 'negative'],
		['真的服了这前台', 'negative'],
		['服了，等了一个小时才办好入住', 'negative'],
		['前台拒绝了我们提前入住的要求，态度很差', 'negative'],
	]);
});

describe('a title in scare quotes (所谓的“豪华江景房”, “五星级”服务) turns praise into a complaint', () => {
	check([
		['所谓的“豪华江景房”只能看到对面楼', 'negative'],
		['“五星级”服务', 'negative'],
		['“五星级”服务，呵呵', 'negative'],
		// Traditional.
		['所謂的“豪華江景房”只能看到對面樓', 'negative'],
		// Guards: staff quoted, a title won, a title borne out, a book title.
		['前台说“没问题”马上就换了', 'positive'],
		['前台说“没问题”，马上就给我们换了房间', 'positive'],
		['酒店荣获“金牌酒店”称号，服务确实很好', 'positive'],
		['在房间里看了《流浪地球》，投影效果很好', 'positive'],
	]);
});

describe('rhetorical questions: 对得起…吗 / 这就是…？ complain, 还有比这更好的吗 / 谁不爱呢 praise', () => {
	check([
		['你们对得起这个价格吗？', 'negative'],
		['这样的卫生对得起五星级的招牌吗', 'negative'],
		['这就是你们的服务？', 'negative'],
		['这就是所谓的五星级服务？', 'negative'],
		['还有比这更好的吗？', 'positive'],
		['这个价格还有比这更好的吗？', 'positive'],
		['谁不爱呢？', 'positive'],
		['这么大的浴缸谁不爱呢？', 'positive'],
		// Traditional.
		['你們對得起這個價格嗎？', 'negative'],
		['這麼大的浴缸誰不愛呢？', 'positive'],
		// Guards: real questions ask; 这也叫 and 谁能想到 keep their reading; 这就是 told praises.
		['请问有停车场吗？', 'neutral'],
		['请问早餐几点开始？', 'neutral'],
		['这也叫五星级？', 'negative'],
		['谁能想到五星级酒店的床单上有头发', 'negative'],
		['谁能想到这个价格能住到江景房，太值了', 'positive'],
		['这就是我想要的酒店，太满意了！', 'positive'],
	]);
});

describe('a deal-breaker after praise carries the review; a minor gripe or a fault made good does not', () => {
	check([
		['早餐丰富位置方便，就是隔音太差一晚上没睡着', 'negative'],
		['前台热情，房间漂亮，但是床单上有别人的头发', 'negative'],
		['房间小了点，不过服务弥补了', 'positive'],
		// Traditional.
		['早餐豐富位置方便，就是隔音太差一晚上沒睡著', 'negative'],
		// Guards: the deal-breakers read already, and mild gripes after praise stay reservations.
		['其他方面还行，但是度假最重要的就是睡个好觉，一晚上没睡着', 'negative'],
		['位置好早餐好，可惜床上有虫', 'negative'],
		['位置好早餐好，就是房间稍微小了点', 'positive'],
		['服务很好，早餐也不错，就是电梯有点慢', 'positive'],
		['环境不错，可惜停车位有点少', 'positive'],
		['房间很脏，服务也弥补不了', 'negative'],
	]);
});

describe('a story that ends in thanks; named irony; superlatives denied or asked', () => {
	check([
		['房卡失灵了两次，前台小姐姐很快帮我重新做了，感谢', 'positive'],
		['谢谢你们让我的生日这么难忘（反讽）', 'negative'],
		['不是最差的，但也差不多了', 'negative'],
		['不是最差的', 'negative'],
		['没有比这更好的了', 'positive'],
		['没有比这更好的酒店了', 'positive'],
		// Traditional.
		['房卡失靈了兩次，前台小姐姐很快幫我重新做了，感謝', 'positive'],
		['沒有比這更好的了', 'positive'],
		// Guards: thanks with a complaint after it or caused harm stays a complaint; the story of a fix already read.
		['入住时房间空调坏了，值班经理马上给我们换了房，还送了果盘，感谢值班经理', 'positive'],
		['谢谢，再也不来了', 'negative'],
		['谢谢你们让我在酒店大堂等了两个小时', 'negative'],
		['算不上最好', 'negative'],
		['算不上最好，但是性价比很高', 'positive'],
		['住过最差的酒店', 'negative'],
	]);
});
