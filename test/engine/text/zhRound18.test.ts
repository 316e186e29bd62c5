import { checkLabels as check } from './labelRows';

/**
 * Chinese review sentiment, eighteenth round (stop 26, zh18): self-written e-commerce, delivery and hotel sentences, not
 * copied from any data set. Each describe names one general shape; the rows the base (07d646a) misread come first, guards
 * after them keep what the shape must not take. Traditional copies check that the folded text reads alike.
 */

describe('a closing 其他都还好 after one or two hedged faults sums the text up (othersFine)', () => {
	check([
		['前台有点慢，其他都还好', 'positive'],
		['面条有点咸，送来时有点凉了，其他还好', 'positive'],
		['价格贵了一点，其它都还行', 'positive'],
		['包装有点简陋，剩下的都没问题', 'positive'],
		['窗帘稍微有点薄，其余的都还可以', 'positive'],
		// Traditional.
		['價格貴了一點，其它都還行', 'positive'],
		['面條有點鹹，送來時有點涼了，其他還好', 'positive'],
		// Guards: a firm or lukewarm fault, a fault after the 其他 clause, three faults, the rest called poor.
		['房间太脏了，其他还行', 'negative'],
		['菜太难吃了，其他都还好', 'negative'],
		['味道一般，其他还行', 'neutral'],
		['房间有点小，其他还好，就是隔音太差', 'negative'],
		['空调坏了，服务员态度差，其他还好', 'negative'],
		['房间有点小，床有点硬，枕头有点矮，其他都还好', 'neutral'],
		['房间有点小，其他的一般', 'negative'],
		['有点慢，其他都很差', 'negative'],
		['房间有点小，其他都挺好的', 'positive'],
	]);
});

describe('nothing wrong, a changed mind, loyalty, a stay to repeat; a feature in name only, a make-do (ZH_ROUND18)', () => {
	check([
		['用了两个月，到目前为止一切正常', 'positive'],
		['用过之后对这个牌子彻底改观了', 'positive'],
		['我是这家店的老粉丝了', 'positive'],
		['这个价格还能要求啥，知足了', 'positive'],
		['窗外的江景堪称一绝', 'positive'],
		['下次出差还住这家', 'positive'],
		['房间的隔音形同虚设', 'negative'],
		['门锁不太灵，刷了好几次才开', 'negative'],
		['四个人就给了一双筷子，也太凑合了吧', 'negative'],
		['外卖今天送得挺早', 'positive'],
		['早早就下单了，早早送来', 'positive'],
		// Traditional.
		['用了兩個月，到目前為止一切正常', 'positive'],
		['房間的隔音形同虛設', 'negative'],
		// Guards: lukewarm make-do stays praise, a shop's fan who complains stays negative, a stay not repeated.
		['早餐凑合能吃', 'positive'],
		['一直是这家的忠实粉丝，这次彻底失望了', 'negative'],
		['下次再也不住这家了', 'negative'],
		['我们到的很早，前台还没上班', 'neutral'],
	]);
});

describe('就更好了 / 就完美了 alone wish for more of what is already good (wishBetter)', () => {
	check([
		['要是早餐再丰富一点就更好了', 'positive'],
		['房间再大一点就完美了', 'positive'],
		['送餐再快点就更好了', 'positive'],
		['如果能送个收纳袋就更完美了', 'positive'],
		['还可以，要是能送个毛巾就更好了', 'positive'],
		// Traditional.
		['要是早餐再豐富一點就更好了', 'positive'],
		['房間再大一點就完美了', 'positive'],
		// Guards: beside a fault of its own the wish stays a reservation; 就好了 / 希望 wish for what was missing.
		['房间太小了，再大一点就更好了', 'negative'],
		['菜太咸了，淡点就更好了', 'negative'],
		['早餐再丰富点就更好了，隔音太差', 'negative'],
		['要是再快点就好了', 'negative'],
		['希望下次能快一点', 'negative'],
	]);
});

describe('meat gone stringy, a watery dish; 三鲜 is a dish, not fresh (ZH_ROUND18, ZH_ROUND18_BLOCKERS)', () => {
	check([
		['红烧肉有点柴了', 'negative'],
		['牛排煎得很柴', 'negative'],
		['这碗面太水了，没什么味道', 'negative'],
		['服务员挺好的，但是菜品水太多了', 'negative'],
		['点的三鲜饺子，送来的全是韭菜的', 'negative'],
		// Traditional.
		['紅燒肉有點柴了', 'negative'],
		// Guards: 三鲜 praised stays praise, 柴火 is no fault, the room's 干净 stays praise.
		['三鲜水饺很好吃', 'positive'],
		['柴火鸡很好吃', 'positive'],
		['房间打扫得很干净', 'positive'],
	]);
});

describe('最好 before advice is no superlative (ZH_ROUND18_BLOCKERS)', () => {
	check([
		['慢就一个字，最好提前两天点餐', 'negative'],
		['建议最好提前预订', 'neutral'],
		['想买的最好去实体店看看', 'neutral'],
		// Traditional.
		['建議最好提前預訂', 'neutral'],
		// Guards: the best told stays praise, advice not to buy stays a complaint.
		['这是我住过最好的酒店', 'positive'],
		['这家的烤鸭是最好吃的', 'positive'],
		['大家最好别买，买了就后悔', 'negative'],
	]);
});

describe('a claim pointed out as false with 不是说 … 吗 (claimDenied)', () => {
	check([
		['不是说有风筒送吗？怎么没看到？', 'negative'],
		['不是说生姜的吗？一点生姜的味道都没有', 'negative'],
		['不是说含早餐吗？到了前台还要另外交钱', 'negative'],
		// Traditional.
		['不是說有風筒送嗎？怎麼沒看到？', 'negative'],
		// Guards: 不是说 that denies one's own complaint is no claim asked back.
		['我不是说这家不好吃', 'neutral'],
		['不是说他不好，只是不适合我', 'neutral'],
	]);
});
