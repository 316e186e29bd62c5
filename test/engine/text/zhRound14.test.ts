import { getEngine } from '../../../nodes/engine/text';

/**
 * Chinese review sentiment, fourteenth round (stop 20, zh14): self-written delivery and e-commerce sentences (not copied from
 * any data set). Each describe names one general shape; guards after it keep what the shape must not take. One Traditional
 * copy per rule checks that the folded text reads alike.
 */
const engine = getEngine();

type L = 'positive' | 'negative' | 'neutral';
const check = (rows: Array<[string, L | L[]]>) =>
	it.each(rows)('%s → %s', (text, label) => expect(Array.isArray(label) ? label : [label]).toContain(engine.analyze(text).sentiment.label));

describe('a portion told by a counted few (只有 / 就 / 才 + a small number + 个 / 只 / 块 / 片)', () => {
	check([
		['虾仁只有三个', 'negative'],
		['鸡翅就两只', 'negative'],
		['才给了两块肉', 'negative'],
		['牛肉只有四片，太抠了', 'negative'],
		['酸菜鱼里鱼片就五六片', 'negative'],
		['鸡块才给了四块', 'negative'],
		['烧烤就给了五串', 'negative'],
		['披萨上的虾只有两只', 'negative'],
		['汉堡里就一片生菜', 'negative'],
		['麻辣烫里丸子就两个', 'negative'],
		['只有三个虾仁', 'negative'],
		['就给了两个鸡翅', 'negative'],
		// Traditional.
		['雞翅就兩隻', 'negative'],
		['蝦仁只有三個', 'negative'],
		// Guards: people, words, hours, a price, a count that is not restricted.
		['一共点了三个菜，都很好吃', 'positive'],
		['就两个人吃，分量刚好', 'positive'],
		['只用了两天就到了', 'positive'],
		['才十块钱，很划算', 'positive'],
		['三个菜都不错', 'positive'],
		['才半小时就送到了，很快', 'positive'],
		['一份有十二个饺子，很实惠', 'positive'],
		['只有两个人，点了三个菜，吃得很饱', 'positive'],
	]);
});

describe('a title mocked with 还 … 呢 (还五星呢, 还说是正宗的呢)', () => {
	check([
		['还五星呢', 'negative'],
		['还说是正宗的呢', 'negative'],
		['还网红店呢，就这', 'negative'],
		['还好评如潮呢，一般般', 'negative'],
		['还号称新鲜呢，都臭了', 'negative'],
		['還五星呢', 'negative'],
		['还品牌呢', 'negative'],
		// Traditional.
		['還網紅店呢，就這', 'negative'],
		['還五星呢', 'negative'],
		// Guards: 还 + a degree, a wish or news.
		['还不错呢', 'positive'],
		['还挺好吃的呢', 'positive'],
		['下次还来呢', 'positive'],
		['孩子还想吃呢', 'positive'],
		['还送了饮料呢，很贴心', 'positive'],
	]);
});

describe('ordered vs given: the option named after 给的 / 来的 / 结果, a note ignored', () => {
	check([
		['点的大份，给的小份', 'negative'],
		['要的微辣，来的特辣', 'negative'],
		['备注了不要香菜，还是放了', 'negative'],
		['点的大杯，给的中杯', 'negative'],
		['要的不辣，结果超辣', 'negative'],
		['点的热的，来的是凉的', 'negative'],
		['强调了不要葱，还是放了', 'negative'],
		['注明不要辣，还是有辣', 'negative'],
		['要的微辣，送来全是特辣的', 'negative'],
		['註明不要辣，還是有辣', 'negative'],
		['注明了不要香菜，还是放了', 'negative'],
		// Traditional.
		['備註了不要香菜，還是放了', 'negative'],
		['點的大份，給的小份', 'negative'],
		['要的微辣，來的特辣', 'negative'],
		// Guards: what came was what was ordered, a note followed.
		['点的大份，给的也是大份，分量足', 'positive'],
		['要的微辣，来的也是微辣，刚好', 'positive'],
		['备注了不要香菜，商家很细心', 'positive'],
		['特意写了不要葱，商家很细心没有放', 'positive'],
	]);
});

describe('drinks and sides swapped (可乐变成了雪碧)', () => {
	check([
		['可乐变成了雪碧', 'negative'],
		['可乐换成了雪碧', 'negative'],
		['点的奶茶变成了果汁', 'negative'],
		['饮料变成了矿泉水', 'negative'],
		['米饭变成了面条', 'negative'],
		['薯条换成了鸡米花', 'negative'],
		['豆浆变成了牛奶', 'negative'],
		// Traditional.
		['可樂變成了雪碧', 'negative'],
		['可樂換成了雪碧', 'negative'],
		// Guards: a drink named as such, a change of state.
		['可乐送的是冰的，很爽', 'positive'],
		['点了可乐和雪碧，都很好', 'positive'],
		['水变成了冰，很凉快', ['positive', 'neutral']],
	]);
});

describe('praise said in scorn beside a harm (真是谢谢你们了, 厉害了, 也是没谁了, 干得漂亮)', () => {
	check([
		['真是谢谢你们了，等了两个小时', 'negative'],
		['厉害了我的店，菜全洒了', 'negative'],
		['菜都凉了，真是谢谢你们了', 'negative'],
		['汤洒了一袋子，厉害了', 'negative'],
		['等了整整两个小时，干得漂亮', 'negative'],
		['汤全洒了，送餐员真牛逼', 'negative'],
		// Traditional.
		['真是謝謝你們了，等了兩個小時', 'negative'],
		['厲害了我的店，菜全灑了', 'negative'],
		['等了整整兩個小時，幹得漂亮', 'negative'],
		// Guards: real thanks and praise with no harm beside them.
		['真是谢谢你们了，还送了饮料', 'positive'],
		['谢谢你们，很好吃', 'positive'],
		['这速度也是没谁了，二十分钟就到', ['positive', 'neutral']],
		['厉害了，这么快就到了', 'positive'],
		['味道也是没谁了，太好吃了', 'positive'],
		['干得漂亮，二十分钟就到了', 'positive'],
	]);
});

describe('goodwill toward the courier and a habit of ordering (外卖小哥很不容易, 对不起小哥, 几乎每天都喝)', () => {
	check([
		['外卖小哥很不容易', 'positive'],
		['大家都不容易', 'positive'],
		['骑手也不容易，晚点没关系', 'positive'],
		['对不起小哥，让你爬了六楼', ['positive', 'neutral']],
		['忘了点确认收货，对不起店家', ['positive', 'neutral']],
		['几乎每天都喝他家的奶茶', 'positive'],
		['已经养成习惯了，午饭都在这家订', 'positive'],
		['每天都点他家的', 'positive'],
		['应该给小哥加鸡腿', 'positive'],
		['吃完感觉满满正能量', 'positive'],
		// Traditional.
		['外賣小哥真不容易', 'positive'],
		['幾乎每天都喝他家的奶茶', 'positive'],
		['對不起小哥，讓你爬了六樓', ['positive', 'neutral']],
		// Guards: a task that is hard.
		['这件事很不容易办成', ['neutral', 'negative']],
	]);
});

describe('thrift said in scorn and a portion told as a fraction (这也太省钱了, 只有半盒)', () => {
	check([
		['这也太省钱了吧，一盒饭就几根菜', 'negative'],
		['老板真会省', 'negative'],
		['米饭只有半盒', 'negative'],
		['奶茶只剩半杯了', 'negative'],
		['鸡蛋就放了两个', 'negative'],
		// Traditional.
		['這也太省錢了吧，一盒飯就幾根菜', 'negative'],
		['米飯只有半盒', 'negative'],
	]);
});

describe('events told without an opinion word (吃一口就扔, 说了等于没说, 让我自己下楼拿, 上了三次厕所, 送了半年)', () => {
	check([
		['吃一口就扔了', 'negative'],
		['备注写了不要葱，说了等于没说', 'negative'],
		['汤汁洒干净了', 'negative'],
		['送餐员让我自己下楼拿，我住八楼', 'negative'],
		['问了好几遍，送餐员都不回答', 'negative'],
		['分量只有堂食的一半，价格还一样', 'negative'],
		['吃完上了三次厕所', 'negative'],
		['送个两公里，送了半年', 'negative'],
		['只能给两颗星', 'negative'],
		['这顿外卖拯救了我的胃', 'positive'],
		['这家店是潜力股，会火的', 'positive'],
		['外卖小哥就是小天使', 'positive'],
		// Traditional.
		['吃完上了三次廁所', 'negative'],
	]);
});
