import { getEngine } from '../../../nodes/engine/text';

/**
 * Chinese review sentiment, fifteenth round (stop 21, zh15): self-written delivery and e-commerce sentences (not copied from
 * any data set). Each describe names one general shape; guards after it keep what the shape must not take. Traditional
 * copies check that the folded text reads alike.
 */
const engine = getEngine();

type L = 'positive' | 'negative' | 'neutral';
const check = (rows: Array<[string, L | L[]]>) =>
	it.each(rows)('%s → %s', (text, label) => expect(Array.isArray(label) ? label : [label]).toContain(engine.analyze(text).sentiment.label));

describe('scorn alone: 没谁了 / 也是绝了 with nothing else praised', () => {
	check([
		['这速度也是没谁了', 'negative'],
		['这服务也是绝了', 'negative'],
		['这包装也没谁了', 'negative'],
		['送个外卖也是没谁了', 'negative'],
		['这效率真是没谁了', 'negative'],
		// Traditional.
		['這速度也是沒誰了', 'negative'],
		['這服務也是絕了', 'negative'],
		// Guards: the rest of the text praises, or 绝了 without 也是.
		['这速度没谁了！上午下单下午就到，真快', 'positive'],
		['这口感没谁了，太好吃了', 'positive'],
		['这味道真是绝了，太好吃了', 'positive'],
	]);
});

describe('scorn beside a wait told with 整整 + a duration (整整150分钟，干的漂亮)', () => {
	check([
		['整整150分钟，干的漂亮', 'negative'],
		['整整90分钟，厉害了', 'negative'],
		['整整一个半小时，干得漂亮', 'negative'],
		['等了整整两个钟头，真是厉害了', 'negative'],
		// Traditional.
		['整整150分鐘，幹的漂亮', 'negative'],
		// Guards: quick service praised, a wait that is no 整整.
		['二十分钟就到了，干得漂亮', 'positive'],
		['厉害了，这么快就到了', 'positive'],
	]);
});

describe('a thing asked for in a note that did not come (备注了多放辣，一点都不辣)', () => {
	check([
		['备注了多放辣，一点都不辣', 'negative'],
		['备注了要餐具，结果没有', 'negative'],
		['备注多加醋，一点醋都没有', 'negative'],
		['写了要发票，也没给', 'negative'],
		['说了要多带两包酱，结果还是没带', 'negative'],
		['注明了要加蛋，结果没加', 'negative'],
		// Traditional.
		['備註了多放辣，一點都不辣', 'negative'],
		['備註了要餐具，結果沒有', 'negative'],
		// Guards: a note not to (met, not missed), a note met, praise beside it.
		['备注了不要辣，一点都不辣，很好', 'positive'],
		['备注了要多加饭，饭很多，好评', 'positive'],
		['说了要餐具，送来了，谢谢', 'positive'],
		['说了要送上楼，结果没几分钟就送上来了，很快', 'positive'],
		['说了要送上楼，送上来了，态度很好', 'positive'],
		// A gift promised that did not come.
		['卖家说好送膜的，怎么没有，其他的都好', ['negative', 'neutral']],
		['说好送的五个小瓶呢，怎么就一个了', 'negative'],
		['活动说送皮带，皮带呢？', 'negative'],
		['承诺送耳机，耳机呢？', 'negative'],
		['說好送的五個小瓶呢，怎麼就一個了', 'negative'],
		['说好送膜的，质量很好呢', 'positive'],
	]);
});

describe('churn after praise: the verdict wins (以后不会再来了, 再也不会在这家买了, 拉黑了)', () => {
	check([
		['还可以吧，以后不会再来了', 'negative'],
		['挺好的，以后再不从你们这买了', 'negative'],
		['质量挺好的，不过再也不会在这家买了', 'negative'],
		['味道很好，拉黑了', 'negative'],
		['挺好吃的，以后不会再来了', 'negative'],
		['服务很好，就是太远，以后不会再来这家了', 'negative'],
		['以后不会再来了', 'negative'],
		// Traditional.
		['還可以吧，以後不會再來了', 'negative'],
		['質量挺好的，不過再也不會在這家買了', 'negative'],
		// Guards: coming back, blocked by another word.
		['味道不错，以后还会再来', 'positive'],
		['很好吃，下次还来这家', 'positive'],
	]);
});

describe('a single item where more were due (只有一个鸡腿)', () => {
	check([
		['鸡腿饭只有一个鸡腿', 'negative'],
		['烤串只有一个鸡翅', 'negative'],
		['点了两份，只有一个勺子', 'negative'],
		['套餐就给了一个鸡蛋', 'negative'],
		['汤里才一个丸子', 'negative'],
		// Traditional.
		['雞腿飯只有一個雞腿', 'negative'],
		// Guards: a fault played down, people, a count that is no complaint.
		['只有一个小瑕疵，整体满意', 'positive'],
		['只有一个人吃，分量刚好', 'positive'],
		['一个鸡腿很大，很好吃', 'positive'],
	]);
});

describe('a wait of an hour or more for the delivery weighs as a verdict', () => {
	check([
		['菜很好吃，就是送了两个小时', 'negative'],
		['好吃。但是送餐时间3小时', 'negative'],
		['速度太慢，等了两个小时，但是挺好吃的', 'negative'],
		['挺不错，就是一个半小时才送到', 'negative'],
		['味道不错，不过俩小时才送来', 'negative'],
		// Traditional.
		['菜很好吃，就是送了兩個小時', 'negative'],
		// Guards: quick, hours of use, ahead of time, within.
		['不到一个小时就送到了，很快，很好吃', 'positive'],
		['电池很耐用，待机两个小时没问题', 'positive'],
		['提前两个小时就送到了，很好', 'positive'],
		['亮屏时间大概六个小时，挺好的', 'positive'],
		['比我想象的快，才一个多小时就到了，很好吃', 'positive'],
	]);
});

describe('a wide negator lists faults; praise after a fault it denied is not in its list (没有发现坏的还是比较满意的)', () => {
	check([
		['没有发现坏的还是比较满意的', 'positive'],
		['没有发现烂的还是挺满意的', 'positive'],
		['沒有發現壞的還是比較滿意的', 'positive'],
		// Guards: faults listed together stay denied; praise denied first stays denied.
		['没发现有划痕和不好的地方', 'positive'],
		['没发现有什么好的地方', ['negative', 'neutral']],
	]);
});

describe('e-commerce praise and boycotts without a usual opinion word', () => {
	check([
		['独立扬声器效果不俗', 'positive'],
		['给老人用来看新闻，配置足够了', 'positive'],
		['华为是国人的骄傲', 'positive'],
		['坚决支持华为', 'positive'],
		['用完了又入手了一套', 'positive'],
		['散热和静音是别的牌子无法企及的', 'positive'],
		['有需要还会购买', 'positive'],
		['相比之下还有价格优势', 'positive'],
		['这个牌子一生黑', 'negative'],
		['很久不买垃圾牌子了', 'negative'],
		['这个牌子的牛奶不买了', 'negative'],
		['坚决不喝这种奶', 'negative'],
		['待机时间比较长', 'positive'],
		['用了两个月，没死过机', 'positive'],
		['贵的有道理', 'positive'],
		['牛仔裤收到了，与卖家描述一致', 'positive'],
		// A shampoo that brought dandruff or an itch.
		['用了之后头皮屑特别多', 'negative'],
		['洗了两次就起头皮屑', 'negative'],
		['用完以后头皮很痒', 'negative'],
		// Nothing at all came with it.
		['说有赠品，结果毛都没有', 'negative'],
		['什么赠品都没有，就一个充电器', 'negative'],
		['洗了一个月，都没有效果', 'negative'],
		['用了一个月，什么问题都没有', 'positive'],
		['說有贈品，結果毛都沒有', 'negative'],
		// Not what it was or should be.
		['假的，和正品的味道完全不一样', 'negative'],
		['东西和图片一点也不一样', 'negative'],
		['這次和以前不一樣', 'negative'],
		// Guards: dandruff denied, an improvement.
		['洗完不起头皮屑，很好用', 'positive'],
		['用了这个之后改善了不少', 'positive'],
		// Traditional.
		['效果不俗', 'positive'],
		['用了之後頭皮屑特別多', 'negative'],
		['這個牌子一生黑', 'negative'],
		// Guards: advice is no praise; a price with no advantage.
		['商家应该起带头作用', ['neutral', 'negative']],
		['价格没有优势', ['neutral', 'negative']],
	]);
});
