import { getEngine } from '../../../nodes/engine/text';

/**
 * Chinese review sentiment, ninth round (stop 16): self-written hotel, restaurant and e-commerce sentences (not
 * copied from any data set).
 */
const engine = getEngine();

type L = 'positive' | 'negative' | 'neutral';
const check = (rows: Array<[string, L | L[]]>) =>
	it.each(rows)('%s → %s', (text, label) => expect(Array.isArray(label) ? label : [label]).toContain(engine.analyze(text).sentiment.label));

describe('ninth-round vocabulary: a rude person, a failed dish, a torturous wait, a price raised on the spot, a capped worth, "what is the point"', () => {
	check([
		['前台的阿姨好凶啊', 'negative'],
		['早餐还行，就是服务员态度很凶', ['neutral', 'negative']],
		['这道红烧鱼好失败', 'negative'],
		['退房排队的过程太煎熬了', 'negative'],
		['司机到了楼下坐地起价', 'negative'],
		['这杯咖啡和白开水一样', 'negative'],
		['这件外套顶多值一百块', 'negative'],
		['那我提前预约还有什么意义', 'negative'],
		['两个人吃得很饱', 'positive'],
		['早餐的豆浆是小时候的味道', 'positive'],
		['红烧肉再也没有小时候的味道了', 'negative'],
		// Guards: meaning and worth praised stay praise; an empty stomach stays a complaint.
		['这本书很有意义', 'positive'],
		['这个价格很值', 'positive'],
		['分量太少，根本吃不饱', 'negative'],
	]);
});

describe('a wrong item after 明明是 / 备注了, no taste (没味儿), a spilled soup (汤倒了), no word exchanged', () => {
	check([
		['客服很热情，订单上明明是黑色，为什么送来是白色', ['neutral', 'negative']],
		['包装很好，套餐明明是奶茶，送过来的是豆浆', ['neutral', 'negative']],
		['早餐的粥没味儿', 'negative'],
		['面条没什么味道', 'negative'],
		['汤都倒了，袋子里全是', 'negative'],
		['服务员跟客人零交流', 'negative'],
		['早餐的包子没馅', 'negative'],
		// Guards: 明明 about praise, a poured drink and a tasty soup are no complaint.
		['这明明是很好的东西', 'positive'],
		['汤很鲜，味道很足', 'positive'],
	]);
});

describe('a clause-final 不够 says something falls short; 看不够 / 吃不够 is no complaint', () => {
	check([
		['这本书的深度不够', 'negative'],
		['早餐的种类不够。', 'negative'],
		['房间的隔音不够啊', 'negative'],
		// Guards: 不够 before an opinion still negates it; cannot get enough of something; 不够吃 as listed.
		['这本书不够深刻', 'negative'],
		['这本书我怎么看都看不够', ['neutral', 'positive']],
		['三个人吃，分量不够吃', 'negative'],
	]);
});

describe('maggots, a size that is off, work still to be done, conscience asked after, what one usually buys', () => {
	check([
		['水果都生蛆了', 'negative'],
		['浴袍的尺码很不标准', 'negative'],
		['前台的服务还需提高', 'negative'],
		['这样的房间也敢卖五百，良心呢', 'negative'],
		['大家别再上当了', 'negative'],
		['这次的比平常买的大', ['neutral', 'negative']],
		// Guards: an honest shop and a loyal customer are still praise.
		['良心商家，推荐', 'positive'],
		['经常买，一直很放心', 'positive'],
	]);
});

describe('厉害 as the complement of degree (卡得厉害) is "badly", not praise; after a verb of skill it stays praise', () => {
	check([
		['手机卡得厉害', 'negative'],
		['这台电脑热得太厉害了', 'negative'],
		['床晃的很厉害', 'negative'],
		// Guards: a known complaint intensified; impressive work; 厉害 alone.
		['隔壁吵得厉害', 'negative'],
		['这本书写得很厉害', 'positive'],
		['这款手机很厉害', 'positive'],
	]);
});

describe('a shop that bullies its customers, shamelessness, one star, a new product that looks second-hand', () => {
	check([
		['这家连锁酒店店大欺客', 'negative'],
		['前台的做法真无耻', 'negative'],
		['只能给一颗星', 'negative'],
		['新买的手机像是二手的', 'negative'],
		// Guards: not second-hand is no complaint; five stars stay praise.
		['包装完好，不像是二手的', ['neutral', 'positive']],
		['必须给五颗星', 'positive'],
	]);
});

describe('expectations are no praise: high ones set the scene, too high ones explain a disappointment', () => {
	check([
		['入住前期待值挺高的', 'neutral'],
		['可能是期望值太高了', 'negative'],
		['期待值很高，不过住了之后觉得一般', ['neutral', 'negative']],
		// Guards: expectations exceeded stay praise.
		['完全超出期望值，非常满意', 'positive'],
	]);
});

describe('还没 + a verb of trying (还没吃, 还没用) is "not yet": its 没 does not reach the first impression after it', () => {
	check([
		['还没吃看着不错', 'positive'],
		['还没有用看样子挺好', 'positive'],
		// Guards: a failure before use, a plain "not yet, cannot say", and 没 before an opinion.
		['还没用就坏了', 'negative'],
		['还没用，不知道效果', 'neutral'],
		['看着没有图片上好', 'negative'],
	]);
});

describe('a battery that drains fast, 特卡, doubt, junk, robbers, shame, a purchase forced on one', () => {
	check([
		['房卡的门锁耗电很快', 'negative'],
		['平板掉电快', 'negative'],
		['电视特卡', 'negative'],
		['客服说的话让人很难相信', 'negative'],
		['床单质量像地摊货', 'negative'],
		['收费跟土匪一样', 'negative'],
		['这样的服务令人汗颜', 'negative'],
		['入住还强制消费', 'negative'],
		// Guards: trust, a quick check-in and a fast charge stay praise.
		['很相信这个牌子', 'positive'],
		['入住办理很快', 'positive'],
		['充电很快', 'positive'],
	]);
});
