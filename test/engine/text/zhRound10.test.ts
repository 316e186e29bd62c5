import { getEngine } from '../../../nodes/engine/text';

/**
 * Chinese review sentiment, tenth round (stop 17): self-written hotel, restaurant and e-commerce sentences (not
 * copied from any data set).
 */
const engine = getEngine();

type L = 'positive' | 'negative' | 'neutral';
const check = (rows: Array<[string, L | L[]]>) =>
	it.each(rows)('%s → %s', (text, label) => expect(Array.isArray(label) ? label : [label]).toContain(engine.analyze(text).sentiment.label));

describe('没见过这么 / 这样 / 如此 X: a negated experience before a degree word intensifies, it does not negate', () => {
	check([
		['从来没住过如此干净的酒店', 'positive'],
		['没见过这样热情的前台', 'positive'],
		['我这辈子没吃过这般美味的烤鸭', 'positive'],
		['没见过如此敷衍的客服', 'negative'],
		['从没用过这样卡顿的手机', 'negative'],
		['没遇到过那样冷漠的服务员', 'negative'],
		['从没见过这么不负责任的商家', 'negative'],
		// Guards: the plain negation still negates; a thing never met without a degree word is no opinion.
		['房间没有想象的干净', 'negative'],
		['服务员一点也不热情', 'negative'],
		['从来没见过这样的门把手', 'neutral'],
	]);
});

describe('别 inside a word (别家, 别处, 区别, 个别, 识别 …) is no negator; 别 as "don\'t" still is', () => {
	check([
		['这家的牛肉面比别家好吃多了', 'positive'],
		['比别处便宜一半', 'positive'],
		['跟别人家的一样新鲜', 'positive'],
		['除了个别房间有点旧，整体很舒适', 'positive'],
		['面部识别很灵敏', 'positive'],
		['我觉得不如别家好吃', 'negative'],
		['个别菜太咸了', 'negative'],
		// Guards: 别 as "don't" negates or warns.
		['千万别买这款', 'negative'],
		['大家别点这家的麻辣烫', 'negative'],
		['味道还行，别太期待', ['neutral', 'negative', 'positive']],
	]);
});

describe('a firm verdict that opens its clause sums up the mild complaints before it', () => {
	check([
		['房间有点小，隔音有点差，早餐有点单调，不过总的来说还是不错的', 'positive'],
		['面有点咸，饭有点硬，汤有点凉，不过总体还是不错的', 'positive'],
		['屏幕有点暗，电池有点小，反应有点慢，综合来看还是不错的', 'positive'],
		['汤有点凉，面有点软，送得有点慢，总体来说挺好吃的', 'positive'],
		// Guards: a lukewarm verdict still pulls toward neutral or complaint; 整体 inside a clause is no verdict.
		['送得有点慢，米饭有点硬，菜有点咸，总体一般', 'negative'],
		['手机发热很严重，影响整体使用，反应也很慢', 'negative'],
		['菜很好吃，服务很好，整体不错', 'positive'],
	]);
});

describe('为什么不 / 为什么没 + an opinion: the why word\'s own negator negates it', () => {
	check([
		['这次的牛肉为什么不新鲜', 'negative'],
		['为什么没有上次好吃了呢', 'negative'],
		['房间挺大的，为啥不干净', ['neutral', 'negative']],
		['為什麼不好吃了', 'negative'],
		// Guards: alone it is a thing not done; praise without the why stays praise.
		['为什么不给发票', 'negative'],
		['上次的蛋糕特别好吃', 'positive'],
	]);
});

describe('a kitchen verb + 好 + 的 / 了 tells it was done, not that it was good', () => {
	check([
		['沙拉早就拌好了，菜叶不新鲜', 'negative'],
		['粥是早就煮好的，有点凉', 'negative'],
		['面条是提前煮好的', 'neutral'],
		['水果切好了送来的', 'neutral'],
		// Guards: 好 of manner or with a degree word stays praise.
		['这道菜拌得好，很入味', 'positive'],
		['排骨炖的很好', 'positive'],
	]);
});

describe('不至于这样 / 这么 X 吧 is a reproach: X holds', () => {
	check([
		['再便宜也不至于这样敷衍顾客吧', 'negative'],
		['不至于这么糊弄人吧', 'negative'],
		// Guard: 不至于 + an opinion without 这样 denies it ("not so bad").
		['味道一般，但也不至于难吃', ['neutral', 'positive']],
	]);
});

describe('再 X 也 / 都 concedes X ("however X"), it does not say it', () => {
	check([
		['再好吃也不值这个价', 'negative'],
		['房间再干净也没用，隔音太差', 'negative'],
		['价格再便宜的也不能卖过期的', ['neutral', 'negative']],
		// Guards: 再也 and 再 + a verb keep their meaning.
		['再也不会住这家了', 'negative'],
		['味道很好，下次再来', 'positive'],
	]);
});

describe('也没有 / 都没有 reach the praise that ends their clause, as 没有 does', () => {
	check([
		['等了很久，最后也没有拿到八折优惠', 'negative'],
		['这次的草莓都没有上个月在超市买的新鲜', 'negative'],
		// Guards: after an opinion they negate it ("一点耐心都没有"); a bare 都没 keeps its short reach.
		['服务员一点耐心都没有', 'negative'],
		['一个都没坏，给好评', 'positive'],
	]);
});

describe('praise after 比这个 / 比这家 is of the other one: a complaint of this one', () => {
	check([
		['楼下那家的都比这个好吃', 'negative'],
		['我家门口的小店比这家干净多了', 'negative'],
		['上次买的比这次新鲜', 'negative'],
		// Guards: this one compared with another, a frame of existence, a 比 of its own word.
		['这家比别家好吃多了', 'positive'],
		['没有比这家更好吃的了', 'positive'],
		['这个价格对比这个配置，很划算', 'positive'],
	]);
});

describe('tenth-round vocabulary: too long, gluey, refurbished sold as new, a special flavour', () => {
	check([
		['排队时间过长', 'negative'],
		['炒饭黏糊糊的', 'negative'],
		['这台电脑明显是返修机', 'negative'],
		['这家的酸菜鱼别有风味', 'positive'],
		// Guard: a long stay is no complaint.
		['这次住的时间比较长', 'neutral'],
	]);
});
