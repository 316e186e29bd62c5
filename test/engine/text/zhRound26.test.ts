import { checkLabels as check } from './labelRows';

/**
 * Chinese hotel review readings, twenty-sixth round (stop 34, zh26): the four texts zh25 left and a probe of about 110
 * self-written hotel-review sentences (携程 / 美团 style: 前台, 早餐, 隔音, 卫生, 性价比, 位置, 续住, 升级, 押金, 退房) in the
 * shapes the engine misread, as general readings over sentence shape (not copied from any data set). Each describe names one
 * shape; the rows the base (main dc12ba4) misread come first, guards after them keep what the shape must not take. Traditional
 * copies check that the folded text reads alike.
 */

describe('zh25 leftovers: a repeat given up over hearsay, a grudging buyer, faint praise by 唯一, a let-down found on arrival', () => {
	check([
		// Main: positive (the friend's 还行 stopped zh25RepeatGivenUp).
		['本来想回购的，朋友说还行，还是算了，太贵', 'negative'],
		['本来想再来的，听说早餐还不错，还是算了', 'negative'],
		// Main: positive (价格便宜 held it up).
		['要不是价格便宜，我才不会买', 'negative'],
		// Main: positive.
		['唯一的优点是位置好', 'negative'],
		// Main: neutral (老房子 is no fault word).
		['到了才发现是老房子', 'negative'],
		['入住才发现是居民楼改的', 'negative'],
		// Guards: zh25's readings unchanged.
		['本来想回购的，看到这质量还是算了', 'negative'],
		['本来想续住的，朋友说附近有更好的，还是算了', 'negative'],
		['到了才发现房间比图片还大', 'positive'],
	]);
});

describe('a grudging buyer: 要不是 X，我才不会 / 谁会 + stay or buy — X is the only reason', () => {
	check([
		['要不是离会场近，我才不会住这里', 'negative'],
		['要不是公司订的，打死我也不会住这种酒店', 'negative'],
		['要不是位置方便，谁会住这里', 'negative'],
		// Traditional.
		['要不是價格便宜，我才不會買', 'negative'],
		// Guards: zh24's would-leave, praise that found the hotel, a refusal clause with its own reading.
		['要不是下雨走不了，我早就退房了', 'negative'],
		['要不是朋友推荐，我都不知道有这么好的酒店', 'positive'],
		['要不是打半折而且是买生日活动礼品，我才不会买这么贵的牛奶。原价98一箱，居然只有8瓶！虽然味道确实还不错～至于身为孕妇还敢喝蒙牛，我想说，反正光明伊利也都喝过了，不差这一个。', 'positive'],
	]);
});

describe('a bad review spared: 要不是 X，我肯定给差评 — X outweighed the faults', () => {
	check([
		['要不是老板人好，我肯定给差评', 'positive'],
		['要不是前台小姐姐态度好，早就打一星了', 'positive'],
		// Guard: a 差评 given.
		['服务太差了，必须给差评', 'negative'],
	]);
});

describe('faint praise by 唯一: the one merit named says the rest has none', () => {
	check([
		['唯一值得表扬的是前台小姑娘', 'negative'],
		['整个酒店唯一的好处是离地铁近', 'negative'],
		['唯一满意的地方就是床还算舒服', 'negative'],
		['唯一的亮点是早餐还不错', 'negative'],
		// Traditional.
		['唯一的優點是位置好', 'negative'],
		// Guards: a fault named once, 唯一 of a kind.
		['唯一的缺点是隔音差了点，其他都很好', 'positive'],
		['这是全城唯一一家有泳池的酒店，很棒', 'positive'],
		['唯一的遗憾是没有泳池', 'negative'],
	]);
});

describe('a name asked back in scorn: X 也叫 X？/ 也好意思 / 也敢 …？', () => {
	check([
		['这隔音也叫隔音？', 'negative'],
		['这样的早餐也好意思收68一位？', 'negative'],
		['这种卫生条件也敢卖这个价？', 'negative'],
		['这么小的房间也敢卖八百？', 'negative'],
		['这也算早餐？', 'negative'],
		// Traditional.
		['這隔音也叫隔音？', 'negative'],
		// Guards: read right already, or a hedge of praise (也算 … 吧？).
		['这也叫五星级？', 'negative'],
		['也算是功德圆满了吧？', 'neutral'],
	]);
});

describe('another hotel praised against this one: the praise is a complaint of this one', () => {
	check([
		['同样的价格，隔壁的亚朵好太多了', 'negative'],
		['性价比一般，同价位的全季比这好多了', 'negative'],
		['还是上次住的那家好', 'negative'],
		['下次还是住回万豪吧', 'negative'],
		// Traditional.
		['同樣的價格，隔壁的亞朵好太多了', 'negative'],
		// Guards: this one wins, this one among its peers, the other place's plain praise.
		['比隔壁的汉庭好多了', 'positive'],
		['比上次住的那家好多了', 'positive'],
		['同价位里算很好的了', 'positive'],
		['跟其他酒店比起来，这家服务算好的', 'positive'],
		['性价比超高，比同价位的好太多了', 'positive'],
	]);
});

describe('hotel words: rigid service, an upgrade for nothing, the rest unsaid, no merit, a fright, a hotel sought again', () => {
	check([
		['续住还要重新交押金，服务太死板', 'negative'],
		['升级了个寂寞，房间一样小', 'negative'],
		['位置还行吧，其他就不说了', 'neutral'],
		['总体还凑合，下次应该不会选了', 'neutral'],
		['除了便宜没什么优点', 'neutral'],
		['早餐除了鸡蛋没别的能吃的', 'negative'],
		['网上评价那么高，不知道怎么来的', 'negative'],
		['以为是个惊喜，结果是个惊吓', 'negative'],
		['以后出差就认准这家了', 'positive'],
		// Guards.
		['这个价位能住到这样的已经很满足了', 'positive'],
		['说好的免费升级，果然升了', 'positive'],
	]);
});

describe('a let-down against what was believed: 本以为 + praise, then only a lukewarm verdict', () => {
	check([
		['本以为会很好，结果一般', 'negative'],
		['以为是五星级的水准，结果也就那样', 'negative'],
		['原以为很豪华，没想到很普通', 'negative'],
		['还以为很不错，结果一般般', 'negative'],
		// Traditional.
		['原以為很豪華，沒想到很普通', 'negative'],
		// Guards: relief after a feared fault, a let-down read already.
		['本以为会很差，结果还行', 'neutral'],
		['原以为很安静，没想到隔音这么差', 'negative'],
	]);
});

describe('another place that beats this one where 强 reads nothing: 对面的如家都比这个强', () => {
	check([
		['对面的如家都比这个强', 'negative'],
		['隔壁的都比这里好', 'negative'],
		// Guard: this one beats, no other place named.
		['比这个强多了', 'neutral'],
	]);
});
