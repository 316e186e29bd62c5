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
