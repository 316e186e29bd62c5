import { checkLabels as check } from './labelRows';

/**
 * Chinese review-platform slang (stop 29, slangzh): praise and complaint as reviewers write them on 小红书, 大众点评, 美团,
 * 携程 and 抖音 (ZH_PLATFORM_SLANG in lexicon.ts). Self-written sentences, not copied from any data set. In each describe
 * the rows the base (447ff9a) misread come first; the guards after them read alike at the base and must not change: other
 * senses of the same words (天花板 of a room, 上头 of drink, 治愈 of an illness, 拔草 as going to try a place), 绝了 after a
 * complaint, the negated warnings (没踩雷, 不用避雷) and the slang the lexicon already read.
 */

describe('platform praise slang reads as praise', () => {
	check([
		['这家火锅真的绝绝子', 'positive'],
		['这家店的牛排真的yyds', 'positive'],
		['这是一家宝藏民宿', 'positive'],
		['这家小店的牛肉面直接封神', 'positive'],
		['这家奶茶必冲', 'positive'],
		['闭眼冲，不会错', 'positive'],
		['闭眼入，不会后悔', 'positive'],
		['入股不亏', 'positive'],
		['这是我吃过的烤肉天花板', 'positive'],
		['性价比天花板，这个价位找不到更好的', 'positive'],
		['服务拉满', 'positive'],
		['这家民宿真的是氛围感拉满', 'positive'],
		['这个汉堡太顶了', 'positive'],
		['这家民宿太治愈了', 'positive'],
		['这家的奶茶越喝越上头', 'positive'],
		['装修很有高级感', 'positive'],
		['神仙酒店', 'positive'],
		['神仙服务', 'positive'],
		['被服务员的一句话暖到破防了', 'positive'],
		['这家可以放心去，不用避雷', 'positive'],
		['点了三次都没翻车', 'positive'],
		// Traditional.
		['這家火鍋真的絕絕子', 'positive'],
		['這是一家寶藏民宿', 'positive'],
		['這家小店的牛肉麵直接封神', 'positive'],
		// Guards: read alike at the base.
		['宝藏小店，老板人超好', 'positive'],
		['种草了很久的店，终于吃到了，味道很好', 'positive'],
		['终于来拔草了，果然好吃', 'positive'],
		['这次没踩雷，味道不错', 'positive'],
		['跟着攻略点的，不会踩雷', 'positive'],
		['不踩雷的一家店', 'positive'],
		['不是照骗，实物比图片还好看', 'positive'],
		['呢间茶餐厅好正', 'positive'],
	]);
});

describe('platform complaint slang reads as a complaint', () => {
	check([
		['我就是那个大冤种', 'negative'],
		['花了三百块当了一回大冤种', 'negative'],
		['这就是智商税', 'negative'],
		['买了两次都是智商税', 'negative'],
		['服务太拉胯了', 'negative'],
		['这家网红店翻车了', 'negative'],
		['这次烤肉店大翻车，肉都是冻的', 'negative'],
		['血亏', 'negative'],
		['纯纯割韭菜', 'negative'],
		['雪糕刺客，一根二十块', 'negative'],
		['本来被种草的，结果拔草了', 'negative'],
		['尴尬拉满', 'negative'],
		['房间的天花板很低，有点压抑', 'negative'],
		// Traditional.
		['服務太拉胯了', 'negative'],
		['這家網紅店翻車了', 'negative'],
		['純純割韭菜', 'negative'],
		// Guards: 绝了 after a complaint intensifies it; 也是绝了 is scorn; warnings, 破防 and 会谢 of a fault stay complaints.
		['难吃绝了，再也不来', 'negative'],
		['房间脏绝了', 'negative'],
		['这服务也是绝了', 'negative'],
		['天花板漏水，一晚上没睡好', 'negative'],
		['避雷！这家店千万别去', 'negative'],
		['帮大家避雷，这家真的很难吃', 'negative'],
		['价格看得我破防了', 'negative'],
		['送来全洒了，我真的会谢', 'negative'],
		['不建议冲', 'negative'],
		['别冲，不值得', 'negative'],
		['又踩雷了', 'negative'],
		['避雷这家店', 'negative'],
		['一言难尽', 'negative'],
		['货不对板', 'negative'],
		['呢间嘢唔掂', 'negative'],
	]);
});

describe('other senses of the slang name no opinion', () => {
	check([
		// Guards: the ceiling of a room, drink going to the head, an illness cured, going to try a place, a game, a book title;
		// 绝了 is not listed (真是绝了 is scorn, 拒绝了 ends in it), and a bare 上头 is not (头发上头发).
		['天花板上有个烟雾报警器', 'neutral'],
		['这酒后劲大，喝多了上头', 'neutral'],
		['这个白酒容易上头', 'neutral'],
		['之前的病已经治愈了', 'neutral'],
		['吃了药，感冒还没治愈', 'neutral'],
		['今天来拔草这家网红店', 'neutral'],
		['今天玩了刺客信条', 'neutral'],
		['开车的师傅很稳', 'neutral'],
		['孩子在读封神演义', 'neutral'],
		['这副德行，真是绝了', 'neutral'],
		['申请价格保护还拒绝了', 'neutral'],
		['头发上头发绳太紧了', 'neutral'],
	]);
});
