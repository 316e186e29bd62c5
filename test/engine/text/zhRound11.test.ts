import { getEngine } from '../../../nodes/engine/text';

/**
 * Chinese review sentiment, eleventh round (stop 18): self-written delivery, restaurant and e-commerce sentences (not
 * copied from any data set), in Simplified and Traditional characters.
 */
const engine = getEngine();

type L = 'positive' | 'negative' | 'neutral';
const check = (rows: Array<[string, L | L[]]>) =>
	it.each(rows)('%s → %s', (text, label) => expect(Array.isArray(label) ? label : [label]).toContain(engine.analyze(text).sentiment.label));

describe('praise of the delivery beside a complaint of the food (any strength) weighs half', () => {
	check([
		['配送很快，口味一般', 'neutral'],
		['骑手态度很好，饭菜一般', 'neutral'],
		['送餐速度很快，味道普通', 'neutral'],
		['速度挺快的，菜有点咸', 'neutral'],
		['快递很给力，就是吃的不太合口味', 'neutral'],
		// 速度 alone is the delivery's speed, not a machine's (运行速度, 上网速度).
		['速度很快，饭菜有点凉了', 'neutral'],
		// Traditional: 外送 is the Taiwan word for delivery; 速度 and the food words fold as they are.
		['外送速度很快，味道普通', 'neutral'],
		['外送員很親切，飯菜一般', 'neutral'],
		// 好吃 / 难吃 name the food too, with no food noun ("不太好吃").
		['骑手很准时，牛肉面不太好吃', 'neutral'],
		['外送很準時，牛肉麵不太好吃', 'neutral'],
		// Guards: praise of both stays praise; a product's own speed, or a lukewarm word about something other than the
		// food, keeps the delivery praise whole.
		['送餐很快，味道很好', 'positive'],
		['運行速度很快，外觀一般', 'positive'],
		['速度很快，质量一般', 'positive'],
	]);
});

describe('a wrong item told with 点了 / 要了 … 结果送 / 却给 / 来了个 / 给我送来', () => {
	check([
		['点了一个汉堡，结果送了两个鸡腿', 'negative'],
		['要了一份大的，却给我一份小的', 'negative'],
		['要的两份牛肉饺子，来了个韭菜的', 'negative'],
		['我要的是热豆浆，给我送来冰的', 'negative'],
		['訂了兩杯熱的，結果來了兩杯冰的', 'negative'],
		// 竟然 / 居然 keep their own weight before 送 / 给 (no cue of what came swallows them).
		['竟然送了个空盒子', 'negative'],
		['点了牛肉饭，竟然送了鸡肉饭', 'negative'],
		// Guards: the delivery itself, with a manner, a time or nothing after the verb, is no other item.
		['點的菜很快就給我送來了，味道不錯', 'positive'],
		['点了外卖，结果送得很快，好吃', 'positive'],
		['我点的粥给我送来的时候还是热的', 'positive'],
	]);
});

describe('X 是 X / X 倒是 X concedes X: the praise is granted, the point comes after', () => {
	check([
		['便宜是便宜，可是太小了', 'negative'],
		['好吃是好吃，就是贵', 'neutral'],
		// Stop 21 (zh15): a wait of two hours weighs as a verdict (it was neutral: the concession alone).
		['好吃是好吃！送了两个小时！', 'negative'],
		['新鮮是新鮮，就是不太甜', 'neutral'],
		// Guards: a plain 是 before praise, or praise said once, stays praise.
		['这家确实是好吃', 'positive'],
		['便宜又好吃', 'positive'],
	]);
});

describe('饭量 after the eater or before a person is the appetite, not the portion', () => {
	check([
		['我饭量大，吃不饱', 'negative'],
		['饭量大的不够吃', 'negative'],
		['我的飯量大，吃不飽', 'negative'],
		['建议饭量大的人点两份', 'neutral'],
		// Guards: the portion itself.
		['米饭量很大', 'positive'],
		['饭量挺大的', 'positive'],
	]);
});

describe('the price fell right after buying, told with 就掉价 / 就跌 / 立马降价 / 就便宜 + an amount', () => {
	check([
		['刚买三天就掉价了', 'negative'],
		['剛買就便宜幾百塊', 'negative'],
		['昨天下单，今天就跌了两百', 'negative'],
		['收到货第二天立马降价', 'negative'],
		// Guards: buying here is cheaper (就便宜 with no amount) stays praise.
		['在京东买就便宜多了，质量也好', 'positive'],
		['团购就便宜了，很划算', 'positive'],
	]);
});

describe('care products: 控油 / 去油 / 油性 name no greasiness; 还会来买 is custom kept; X 倒没有 denies X', () => {
	check([
		['控油效果还可以', 'positive'],
		['這款控油洗髮水還行', 'positive'],
		['油性头发用着还行', 'positive'],
		['以后还会来买', 'positive'],
		['烂果倒是没有，挺甜的', 'positive'],
		['坏的倒没有，就是小了点', 'neutral'],
		// Guards: greasy food or hair is still a complaint.
		['菜太油了', 'negative'],
		['油性发质用着还是太油', 'negative'],
	]);
});

describe('hours after a cue of use or battery (待机, 续航, 玩了, 看视频能撑) are how long it lasts, not a wait', () => {
	check([
		['看视频能撑五个小时', 'neutral'],
		['電池續航十個小時，還行', 'positive'],
		['充满电玩了六个小时，还可以', 'positive'],
		['电池可以连续用十个小时', 'positive'],
		// Guards: few hours, or a wait, stay a complaint.
		['只能用两个小时就没电了', 'negative'],
		['玩了两个小时就没电了', 'negative'],
		['等了两个小时', 'negative'],
		['送餐用了一个多小时', 'negative'],
	]);
});

describe('no fault found, told with a verb of looking (没发现 / 看不出 + 问题 / 毛病)', () => {
	check([
		['用了两天，暂时没发现什么问题', 'positive'],
		['看不出有啥毛病', 'positive'],
		['目前沒發現問題', 'positive'],
		// Guard: a fault found is still one.
		['发现了不少问题', 'negative'],
	]);
});
