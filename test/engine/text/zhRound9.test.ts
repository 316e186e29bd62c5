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
		// Guards: meaning and worth praised stay praise; an empty stomach stays a complaint.
		['这本书很有意义', 'positive'],
		['这个价格很值', 'positive'],
		['分量太少，根本吃不饱', 'negative'],
	]);
});
