import { getEngine } from '../../../nodes/engine/text';

/**
 * Chinese review sentiment, eighth round (stop 15): self-written hotel and e-commerce sentences (not copied
 * from any data set).
 */
const engine = getEngine();
const score = (text: string) => engine.analyze(text).sentiment.score;

describe('a free gift (送的赠品) or a chef (厨师师傅) is not the delivery: its praise keeps its full weight', () => {
	it.each([
		['送的赠品很好，很喜欢，就是杯子质量极差', '赠品很好，很喜欢，就是杯子质量极差'],
		['送的赠品特别实用，可惜衣服做工太差了', '赠品特别实用，可惜衣服做工太差了'],
		['厨师师傅手艺很好，可惜房间太脏了', '厨师手艺很好，可惜房间太脏了'],
		['大厨师傅手艺很好，可惜房间太脏了', '大厨手艺很好，可惜房间太脏了'],
	])('%s reads like %s', (text, plain) => expect(score(text)).toBe(score(plain)));
	// Guards: delivery speed, a courier, a repairman or a driver still weigh half beside a strong complaint
	// (compared with the same praise of the front desk or customer service).
	it.each([
		['送的很快，很满意，就是菜太难吃了', '上菜很快，很满意，就是菜太难吃了'],
		['送的也快，很满意，就是衣服质量极差', '客服也快，很满意，就是衣服质量极差'],
		['维修师傅很快，很满意，就是房间太脏了', '前台很快，很满意，就是房间太脏了'],
		['快递师傅很给力，很满意，可是东西质量极差', '客服很给力，很满意，可是东西质量极差'],
	])('%s weighs less than %s', (text, plain) => expect(score(text)).toBeLessThan(score(plain)));
});

type L = 'positive' | 'negative' | 'neutral';
const check = (rows: Array<[string, L | L[]]>) =>
	it.each(rows)('%s → %s', (text, label) => expect(Array.isArray(label) ? label : [label]).toContain(engine.analyze(text).sentiment.label));

describe('eighth-round vocabulary: churn planned with 下次 / 以后, a warning, a discount that ended, creativity, a gimmick', () => {
	check([
		['下次不会买了', 'negative'],
		['以后不来了', 'negative'],
		['大家别上当了', 'negative'],
		['优惠活动结束了。。', 'negative'],
		['酒店的装修很有创意', 'positive'],
		['优点很多，就不一一说了', 'positive'],
		['外壳是钢琴漆的，整个一指纹收集器', 'negative'],
		['所谓的智能功能就是个噱头', 'negative'],
		['早餐的粥甜不拉几的', ['neutral', 'negative']],
		// Guards: coming back, a discount on offer, a worry told away.
		['下次还会再买', 'positive'],
		['优惠力度很大', 'positive'],
	]);
});

describe('words of lost custom weigh like a verdict, and a mild contrast before them does not damp them', () => {
	check([
		['前台很热情，房间也大，可惜有异味，下次换一家', ['neutral', 'negative']],
		['价格很实惠，客服态度也好，个人觉得以后不会再买了', ['neutral', 'negative']],
		['价格便宜，服务也热情，就是网速慢，再也不来了', 'negative'],
		// Guards: one item not bought again is no lost custom; 再也不用 is relief, not churn.
		['以后不买这个颜色了，其他都很满意，质量很好', 'positive'],
		['房间很干净，再也不用担心住不好了', 'positive'],
		['衣服很好看，下次还会再买', 'positive'],
	]);
});

describe('praise asked for as "a bit more" (再 / 弄 / 搞 … 点 / 一点 / 些) is what was missing', () => {
	check([
		['包装再结实点', 'negative'],
		['房间弄干净一点', 'negative'],
		['希望以后服务能做得再细致些', ['neutral', 'negative']],
		// Guards: a comparison that was met, and praise with 一点 that is no request.
		['比上次好一点', 'positive'],
		['服务很细致，一点都不马虎', 'positive'],
	]);
});
