import { getEngine } from '../../../nodes/engine/text';

/**
 * Chinese verdicts among mild complaints and comparisons with a long object (stop 16): self-written hotel, restaurant
 * and e-commerce sentences (not copied from any data set).
 */
const engine = getEngine();

type L = 'positive' | 'negative' | 'neutral';
const check = (rows: Array<[string, L | L[]]>) =>
	it.each(rows)('%s → %s', (text, label) => expect(Array.isArray(label) ? label : [label]).toContain(engine.analyze(text).sentiment.label));

describe('a rating given in spite of mild complaints decides the review (还是好评, 好评吧, 还是给五星吧, 差评吧)', () => {
	check([
		['红烧肉比我家那边的差一点，不过还是好评！', 'positive'],
		['等了好久，菜也有点凉了，不过还是好评吧', 'positive'],
		['房间有点旧，隔音也差一些，还是给五星好评吧', 'positive'],
		['快递慢了两天，盒子也有点瘪，还是给个五星吧', 'positive'],
		['前台很热情，就是房间太小了，还是差评吧', 'negative'],
		// Guards: a rating withheld stays a complaint; a plain rating stays praise; 总体好评 is weighed once, by its marker.
		['菜都凉了，这样也不能给好评吧', ['neutral', 'negative']],
		['衣服很合身，好评', 'positive'],
		['房间有点旧，总体好评', 'positive'],
	]);
});

describe('a comparison reaches the opinion its long object ends on (还不如 / 远不如 / 比不上 …的好吃, 还没有 … 好吃呢)', () => {
	check([
		['这家的烤鸭还不如楼下那家小店的好吃', 'negative'],
		['酒店的早餐远不如我们上次住的快捷酒店的丰富', 'negative'],
		['这件外套比不上上次在商场买的那件的舒服', 'negative'],
		['这碗面还没有路边小摊加个鸡蛋的好吃呢', 'negative'],
		['这家酒店还没有我们上次住的快捷酒店干净', 'negative'],
		// A comparison stops at a contrast word; a complaint after it is its object, not what it negates.
		['虽然比不上老家的但在这边来说味道算不错了', ['neutral', 'positive']],
		['无硅油的洗发水还不如有硅油的', ['neutral', 'negative']],
		['这瓶洗发水不如那瓶油性的好用', 'negative'],
		// A bare 没 ("not yet") reaches only nearby praise.
		['还没洗不知道会不会掉色质量挺好', 'positive'],
		['还不如不买', 'negative'],
	]);
});
