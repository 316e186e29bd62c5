import { getEngine } from '../../../nodes/engine/text';

/**
 * Chinese review sentiment, thirteenth round (stop 19, zh14): self-written delivery and e-commerce sentences (not copied from
 * any data set). Each describe names one general shape; guards after it keep what the shape must not take.
 */
const engine = getEngine();

type L = 'positive' | 'negative' | 'neutral';
const check = (rows: Array<[string, L | L[]]>) =>
	it.each(rows)('%s → %s', (text, label) => expect(Array.isArray(label) ? label : [label]).toContain(engine.analyze(text).sentiment.label));

describe('scare quotes: a praise word that is the whole of a quotation is said in scorn', () => {
	check([
		['真是"好"吃', 'negative'],
		['这菜真是“好”吃，吃完拉了一晚上', 'negative'],
		['太"棒"了，汤全洒了', 'negative'],
		['太“棒”了', 'negative'],
		['送餐可真"快"啊', 'negative'],
		['包装真"精致"，汤都漏光了', 'negative'],
		['这“新鲜”的菜都有味了', 'negative'],
		['质量真是“好”，穿一次就开线', 'negative'],
		['客服的态度可真“热情”', 'negative'],
		['「划算」的套餐，一半是空盒子', 'negative'],
		// Guards: praise quoted as what was said, a quoted complaint denied, quoted names.
		['用三个字形容就是“太好吃”', 'positive'],
		['同事们都说“值”，我也觉得很划算', 'positive'],
		['没有传说中的“卡顿”问题，很流畅', 'positive'],
		['他家的“招牌”菜果然好吃', 'positive'],
		['点了“好运来”套餐，很好吃', 'positive'],
	]);
});

describe('praise mocked with a vulgar tail (好评个鬼, 好吃个屁)', () => {
	check([
		['好评个鬼', 'negative'],
		['好吃个屁', 'negative'],
		['好评个屁，菜都凉了', 'negative'],
		['准时个屁，晚了半小时', 'negative'],
		['新鲜个鬼，菜叶都黄了', 'negative'],
		['正品个屁', 'negative'],
		// Guards: 个头 is size; 一个 after praise counts.
		['苹果很新鲜，个头也大', 'positive'],
		['好吃，又点了一个', 'positive'],
	]);
});

describe('thanks for a harm told in the next clause (让我 / 害我)', () => {
	check([
		['多谢商家，让我饿着肚子等到十点', 'negative'],
		['谢谢商家，害我等了两个小时', 'negative'],
		['感谢骑手，让我吃上了冷饭', 'negative'],
		['谢谢商家，让我吃了一肚子凉饭', 'negative'],
		['谢谢骑手，害得我饿了一下午', 'negative'],
		// Guards: thanks with its harm in the same clause was read before; thanks for a good turn; a wait the writer caused.
		['谢谢卖家让我白等了一个星期', 'negative'],
		['谢谢骑手，让我们吃上了热饭', 'positive'],
		['感谢商家，让我吃到了这么好吃的饭', 'positive'],
		['特别感谢快递小哥，让你久等了', 'positive'],
		['谢谢老板多给了一份米饭', 'positive'],
	]);
});

describe('呵呵: scorn after a complaint or with 了 / 就 / 只能, a laugh beside praise alone', () => {
	check([
		// Guards: scorn, read before and kept.
		['送了两个小时，呵呵', 'negative'],
		['我就呵呵了', 'negative'],
		['菜都凉了，只能呵呵', 'negative'],
		['味道还行，就是太慢，呵呵', 'negative'],
		['手机还行，客服……呵呵', 'negative'],
		['呵呵了，一个多小时才到', 'negative'],
		// A laugh: praise and no complaint.
		['样子很喜欢，呵呵，屏幕也大', 'positive'],
		['东西是很好的，呵呵', 'positive'],
		['满意，呵呵', 'positive'],
		['送的小礼物很可爱，呵呵', 'positive'],
		['孩子特别喜欢这本书，呵呵', 'positive'],
		['挺好用的呵呵', 'positive'],
	]);
});

describe('a wrong option or dish told as a swap (变成 / 成了 / 换成)', () => {
	check([
		['大份变成了小份', 'negative'],
		['中辣变成了特辣', 'negative'],
		['微辣成了变态辣', 'negative'],
		['要的热的换成了冰的', 'negative'],
		['去冰变成了正常冰', 'negative'],
		['半糖变成了全糖', 'negative'],
		['大杯变成中杯了', 'negative'],
		['点的牛肉面变成了鸡蛋面', 'negative'],
		['宫保鸡丁变成了辣子鸡丁', 'negative'],
		['番茄炒蛋做成了番茄炒肉', 'negative'],
		['点的鱼香肉丝被换成了青椒肉丝', 'negative'],
		['热的豆浆变成了凉的', 'negative'],
		// Guards: an upgrade, a change of state or of mind, a setting switched.
		['小份变成了大份，老板真大方', 'positive'],
		['吃完心情都变成了好心情', ['positive', 'neutral']],
		['小店变成了大饭店，味道还是那么好', 'positive'],
		['系统可以切换成中文，很方便', 'positive'],
		['我变成了他家的常客', ['positive', 'neutral']],
	]);
});

describe('a wrong order told with 选的 / 寄来的是, and a note ignored', () => {
	check([
		['下单选的红色，寄来的是蓝色', 'negative'],
		['选的是大码，发过来的是小码', 'negative'],
		['备注不要香菜，结果全是香菜', 'negative'],
		['备注不要辣，结果还是放了辣椒', 'negative'],
		['点的牛肉面，拿回来一看是鸡蛋面', 'negative'],
		['买的黑色，打开一看是白色', 'negative'],
		// Guards: a wrong order read before; what came was what was chosen; a note followed.
		['点的是辣的，送来的是不辣的', 'negative'],
		['选的是红色，寄来的也是红色，很满意', 'positive'],
		['备注不要葱，商家很细心，一点葱都没放', 'positive'],
	]);
});

describe('a portion told by one ingredient', () => {
	check([
		['牛肉很多', 'positive'],
		['虾仁放得很多', 'positive'],
		['牛肉给的特别多', 'positive'],
		['排骨给得挺多的', 'positive'],
		['虾仁给的很多', 'positive'],
		['芝士非常多', 'positive'],
		['肉多菜也多', 'positive'],
		['肉比别家多，下次还点', 'positive'],
		['牛肉几乎没有', 'negative'],
		['肉片一片都没有', 'negative'],
		['看不见几块肉', 'negative'],
		['里面的肉屈指可数', 'negative'],
		['基本都是土豆，没几块鸡肉', 'negative'],
		['鸡肉没几块', 'negative'],
		['排骨都是骨头，没什么肉', 'negative'],
		['全是配菜，肉几乎没有', 'negative'],
		['肉薄得透光', 'negative'],
		['虾仁不多，都是青豆', 'negative'],
		['蔬菜不是特别多，都是粉丝', 'negative'],
		// Guards: read before (少得可怜, 吃不到); a price asked, fat meat, a cheap price told with 没几块.
		['牛肉少得可怜', 'negative'],
		['牛肉面里吃不到牛肉', 'negative'],
		['牛肉多少钱一份？', 'neutral'],
		['肥肉很多，很腻', 'negative'],
		['没几块钱，很划算', 'positive'],
		['梅菜好多，海带味道怪怪的', 'negative'],
	]);
});

describe('complaints told as events, with no opinion word', () => {
	check([
		['打了三个电话。商家一直不接。', 'negative'],
		['联系骑手，电话关机', 'negative'],
		['商家电话一直关机', 'negative'],
		['打了五个电话都不接', 'negative'],
		['东西跟宣传的完全不一样', 'negative'],
		['饭到了，和照片差别很大', 'negative'],
		['饿着肚子等到两点', 'negative'],
		['颜色和图片上的不一样', 'negative'],
		['实物跟描述完全不一样', 'negative'],
		// Guards: read before (没人接); calls answered, pictures matched.
		['等了一个半小时。打电话也没人接。', 'negative'],
		['打电话给商家，很快就接了，态度很好', 'positive'],
		['和图片一样，很满意', 'positive'],
	]);
});
