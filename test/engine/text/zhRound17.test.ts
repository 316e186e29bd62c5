import { checkLabels as check } from './labelRows';

/**
 * Chinese review sentiment, seventeenth round (stop 23, zh17): self-written e-commerce, delivery and hotel sentences, not
 * copied from any data set. Each describe names one general shape; the rows the base (4c3ca1d) misread come first, guards
 * after them keep what the shape must not take. Traditional copies check that the folded text reads alike.
 */

describe('a price that fell too fast is a complaint, not praise of speed (ZH_ROUND17)', () => {
	check([
		['这款耳机降价太快了', 'negative'],
		['电脑刚到手，降得也太快了吧', 'negative'],
		['吸尘器掉价速度太快，心里不舒服', 'negative'],
		['买完一周降价这么快，郁闷', 'negative'],
		['商城降价速度太快了，亏了两百', 'negative'],
		// Traditional.
		['這款耳機降價太快了', 'negative'],
		['商城降價速度太快了，虧了兩百', 'negative'],
		// Guards: speed of the delivery is still praise.
		['快递太快了，昨天下单今天就到', 'positive'],
		['发货速度太快了，点赞', 'positive'],
	]);
});

describe('after a point granted with 倒是, the 就是 that follows is the reviewer’s point (undampedAfterGrant)', () => {
	check([
		['外壳倒是漂亮，就是用了两天就坏了', 'negative'],
		['包装倒是挺精美，就是质量太差', 'negative'],
		['酒店位置倒是方便，就是房间隔音很差', 'negative'],
		['这件外套倒是好看，就是洗一次就起球了', 'negative'],
		['客服倒是挺客气，就是耳机用一周就坏了', 'negative'],
		// Traditional.
		['外殼倒是漂亮，就是用了兩天就壞了', 'negative'],
		['包裝倒是挺精美，就是質量太差', 'negative'],
		// Guards: a concession told twice stays mixed; praise without 倒是 keeps its reservation reading.
		['好看倒是挺好看，就是贵', 'neutral'],
		['味道不错，就是送得慢了点', 'positive'],
		['房间很干净，就是早餐一般', 'positive'],
	]);
});

describe('a claim told with its measure and a smaller measure found (claimedMeasure)', () => {
	check([
		['标称256G，实际只有230G能用', 'negative'],
		['说是两斤装，称了只有一斤半', 'negative'],
		['标着十个一盒，数了才八个', 'negative'],
		['号称续航12小时，实际最多7小时', 'negative'],
		['写着净含量500毫升，倒出来不到400毫升', 'negative'],
		// Traditional.
		['標稱256G，實際只有230G能用', 'negative'],
		['說是兩斤裝，稱了只有一斤半', 'negative'],
		// Guards: a quick delivery told against the promise, a count that matches, no measure claimed.
		['说是40分钟送达，结果才25分钟就送来了', 'positive'],
		['说是十个装，收到十个，很新鲜', 'positive'],
		['朋友说是第一次来，只有一次机会体验', 'neutral'],
	]);
});

describe('无限 is no negator; 厉害 measuring a fault; lexicon from the dev misreads of online_shopping_9_cats (ZH_ROUND17)', () => {
	check([
		['这款面膜无限回购', 'positive'],
		['坚果很香，无限回购！！', 'positive'],
		['最近爱上了这款酸奶', 'positive'],
		['物廉价美', 'positive'],
		['趁活动买了三箱，囤着慢慢喝', 'positive'],
		['用了这款洗发水，头发不掉了', 'positive'],
		['用了一个月，掉发明显减少', 'positive'],
		// 厉害 as the measure of a fault.
		['用了这个洗发水，头发掉得更厉害了', 'negative'],
		['这个牌子的相机贬值厉害', 'negative'],
		['这个手机降价也非常厉害', 'negative'],
		// Traditional.
		['這款面膜無限回購', 'positive'],
		['最近愛上了這款酸奶', 'positive'],
		// Guards.
		['一点也不喜欢这个味道', 'negative'],
		['这个师傅手艺真厉害', 'positive'],
	]);
});

describe('the reviewer’s own lateness is no late delivery (ZH_ROUND17_BLOCKERS)', () => {
	check([
		['不好意思，评价晚了，用了一周感觉还不错吧', 'positive'],
		['确认收货晚了，东西还不错吧', 'positive'],
		['评价晚了，还行吧', 'positive'],
		// Traditional.
		['不好意思，評價晚了，用了一週感覺還不錯吧', 'positive'],
		// Guards: a late delivery is still a complaint.
		['外卖送得太晚了', 'negative'],
		['快递送晚了两天', 'negative'],
	]);
});
