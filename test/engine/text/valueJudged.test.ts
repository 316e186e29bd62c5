import { checkLabels as check } from './labelRows';

/**
 * Mixed reviews judged by the price (stop 30, value): a guest who lists faults and then weighs them against the price gives
 * the stars the price judgement carries. Self-written hotel sentences in the voice of Ctrip / Meituan / Booking / TripAdvisor
 * guests, not copied from any data set. Each describe names one shape; the rows the base (ece1144) misread come first,
 * guards after them keep what the shape must not take.
 */

describe('English: faults forgiven by the price are praise (priceJudged, cheapYouGet)', () => {
	check([
		['Basic, but what do you expect at this price?', 'positive'],
		['Tiny room, thin walls. What do you expect for $50?', 'positive'],
		['You get what you pay for — and here you get more.', 'positive'],
		['Nothing fancy, but at this price who cares?', 'positive'],
		// Read right at the base, now as a verdict that outweighs the faults.
		['Room was small and a bit dated, but for $60 a night you can\'t complain.', 'positive'],
		['Dated decor and a tiny bathroom, but for €45 a night I can\'t complain.', 'positive'],
		['For what we paid, you can\'t really complain.', 'positive'],
		['The carpet had seen better days, but what more could you want at this price?', 'positive'],
		['Not fancy, great value.', 'positive'],
		// Guards: price praise that is the whole review stays praise; a price told with no judgement reads nothing; a
		// complaint about the price or after it keeps its reading.
		['Can\'t complain for the price.', 'positive'],
		['For $60 a night you can\'t complain.', 'positive'],
		['Great value for money.', 'positive'],
		['$120 including parking', 'neutral'],
		['Breakfast is not included in the rate.', 'neutral'],
		['They would not budge on the price.', 'neutral'],
		['For the price I expected a lot more.', 'negative'],
		['The price is right but the room was filthy.', 'negative'],
	]);
});

describe('English: the praise denied at the price is a complaint (priceJudged)', () => {
	check([
		['OK doesn\'t cut it at $230 a night.', 'negative'],
		['Fine for a motel, not for these prices.', 'negative'],
		['Clean enough, but not at $300 a night.', 'negative'],
		// Read right at the base.
		['The breakfast was decent, but not good enough for the money.', 'negative'],
		['Not acceptable at this price.', 'negative'],
		['At this price I expected a lot more.', 'negative'],
		['Way overpriced for what you get.', 'negative'],
		// "You get what you pay for" after faults is the complaint it was.
		['The walls are thin and the carpet is stained. You get what you pay for.', 'negative'],
		// Guards: "not" before other words than the price keeps its reading.
		['Not cheap, but worth it.', 'positive'],
		['The staff were lovely, not at all pushy.', 'positive'],
		['The food was fine, not at all greasy.', 'positive'],
	]);
});

describe('English: "cheap" of the look or feel of a thing is a fault, of the price value (EN_CHEAP_QUALITY_STOP30)', () => {
	check([
		['The furniture felt cheap.', 'negative'],
		['The whole place looks cheap.', 'negative'],
		['cheap sheets.', 'negative'],
		// Read right at the base.
		['Thin walls and cheap towels.', 'negative'],
		// Guards: cheap as the price.
		['cheap and cheerful, would stay again', 'positive'],
		['Cheap rooms, great location.', 'positive'],
		['Good value for a cheap stay.', 'positive'],
	]);
});

describe('Chinese: faults forgiven by the price are praise (priceJudged)', () => {
	check([
		['房间不大，设施也旧，但这个价格还要什么自行车', 'positive'],
		// 价格摆在那里 alone names no judgement: the ending decides (不能要求太多 forgives, so mild praise).
		['房间有点旧，隔音一般，价格摆在那里，不能要求太多', 'positive'],
		['两百块一晚，还要啥自行车', 'positive'],
		['房间旧了点，一百块钱，要求不能太高', 'positive'],
		['早餐一般，床有点硬，不过这个价位也不能要求更多了', 'positive'],
		// Traditional.
		['房間不大，設施也舊，但這個價格還要什麼自行車', 'positive'],
		// Read right at the base.
		['一百多块钱能住成这样可以了', 'positive'],
		['性价比很高，小毛病可以忽略', 'positive'],
		// Guards: price facts and praise of the price alone; 就这样 and 可以了 after 就 are no judgement.
		['房间很大，价格也合理', 'positive'],
		['性价比超高！', 'positive'],
		['房价含早', 'neutral'],
		['停车十元一天', 'neutral'],
		['这个价钱就这样吧', 'neutral'],
		['价格太贵了，服务也差', 'negative'],
		['价格便宜，味道还可以了', 'positive'],
	]);
});

describe('Chinese: the conditions denied at the price are a complaint (priceJudged)', () => {
	check([
		['八百多一晚就这条件？', 'negative'],
		['这个价位不应该是这种服务', 'negative'],
		['这价格就这服务？', 'negative'],
		['六百一晚，就这条件？', 'negative'],
		['一千多的房价，不该是这样的卫生', 'negative'],
		// Traditional.
		['八百多一晚就這條件？', 'negative'],
		// Read right at the base: 一分钱一分货 after faults is a complaint.
		['贵不是问题，问题是不值', 'negative'],
		['房间小，卫生也一般，一分钱一分货吧', 'negative'],
		['性价比太低', 'negative'],
		// Guard: 就这条件来说 judges by the conditions, it does not deny them.
		['就这条件来说还不错', 'positive'],
	]);
});
