import { checkLabels as check } from './labelRows';

/**
 * Chinese e-commerce readings (stop 33, shop33): book reviews that tell the story in its own words, book verdicts, words whose
 * characters hold a fault that is not there, trust named only to say it was lost, goods not genuine, and surprise at praise.
 * Self-written rows, not copied from any data set. Each describe names one shape; the rows the base (7395e69) misread come
 * first, guards after them keep what the shape must not take.
 */

describe('a book review tells the story in its own words: the plot’s pain is not the reader’s complaint where the text praises', () => {
	check([
		['这本书讲的是战争，很残酷，主人公的痛苦让人心疼，强烈推荐', 'positive'],
		['作者把人物的伤心和可怕的遭遇写得很真实，值得一读', 'positive'],
		['书里写的那些冷酷的人和阴暗的往事，读完让人久久不能平静，推荐大家看看', 'positive'],
		['故事里凄凉的结局让我很难过，作者写得太好了', 'positive'],
		['這本書講的是戰爭，很殘酷，主人公的痛苦讓人心疼，強烈推薦', 'positive'],
		// Guards: praise the base read already; a book truly disliked, the reading itself painful, no praise at all; without a
		// book word nothing moves.
		['小说写得很沉重，看完很久都缓不过来，是难得的好书', 'positive'],
		['故事写得很烂，看不下去', 'negative'],
		['读起来很痛苦，翻译太差了', 'negative'],
		['故事太沉重了，不喜欢', 'negative'],
		['看完心情很沉重，不推荐', 'negative'],
		['房间很阴暗，早餐还不错', 'negative'],
		['等了两个小时，痛苦，不过菜很好吃', 'negative'],
	]);
});

describe('book verdicts: a book that moved the reader is praise, one the reader could not get through or found empty a complaint', () => {
	check([
		['看哭了，一本好小说', 'positive'],
		['这本书实在读不下去', 'negative'],
		['通篇都是空话，不知所云', 'negative'],
		['這本書實在讀不下去', 'negative'],
		// Guards: already read; a lecture denied is praise.
		['这本书很催泪，写得真好', 'positive'],
		['内容老生常谈，毫无新意', 'negative'],
		['没有说教味，孩子很喜欢', 'positive'],
	]);
});

describe('words whose characters hold a fault that is not there (人生的, 很重要, 很少见, 吵着要, 一语道破)', () => {
	check([
		['您的意见很重要', 'neutral'],
		['这么好的书很少见', 'positive'],
		['孩子天天吵着要读', 'neutral'],
		['您的意見很重要', 'neutral'],
		// Guards: read already; rice half-cooked (半生的), a torn cover, too little, a noisy room stay complaints.
		['一本讲人生的书，写得很好', 'positive'],
		['一语道破，很有启发', 'positive'],
		['饭是半生的', 'negative'],
		['书到的时候封面破了', 'negative'],
		['内容太少了', 'negative'],
		['楼上很吵，睡不着', 'negative'],
	]);
});

describe('trust named only to say it was lost is a complaint; a trust of old before a let-down is no praise', () => {
	check([
		['对京东的信任全都被狗吃了', 'negative'],
		['枉我那么信任你们', 'negative'],
		['有负我对你们的信任', 'negative'],
		['一直很信任这家店，结果这次发来的是旧货', 'negative'],
		['對京東的信任全都被狗吃了', 'negative'],
		// Guards: trust given stays praise; a let-down after a trust of old stays a complaint.
		['值得信任', 'positive'],
		['信任京东，物流很快', 'positive'],
		['一直信赖这个牌子，东西很好', 'positive'],
		['一直都信任京东，这次发货太慢了', 'negative'],
	]);
});

describe('goods not genuine in the words 不是正品 lacked (不是真品, 不是原装)', () => {
	check([
		['这不是真品，和专柜的不一样', 'negative'],
		['充电器不是原装的', 'negative'],
		['充電器不是原裝的', 'negative'],
		// Guard: genuine goods are praise.
		['是原装正品，放心', 'positive'],
	]);
});

describe('surprise at praise (竟然很喜欢) is no complaint', () => {
	check([
		['字有点小，纸也薄，孩子竟然很喜欢', 'positive'],
		['包装一般，竟然挺好用的', 'positive'],
		['包裝一般，竟然挺好用的', 'positive'],
		// Guards: surprise at a fault and in a question stays a complaint; surprise at praise alone was praise already.
		['竟然少了一本', 'negative'],
		['竟然满足不了客户这点要求？', 'negative'],
		['我竟然一口气看完了', 'positive'],
	]);
});
