import { checkLabels as check } from './labelRows';
import { intentCheck } from './intentLetters';

/**
 * Stop 35 (review35): the best said of the wrapping alone (shop34WrappingBest) voids the clause after it only where that
 * clause goes on about the wrapping. Self-written rows, not copied from any data set; the rows main (2d8bb56) misread come
 * first in each table, guards after them.
 */

describe('the clause after "最满意的是包装" that praises something else keeps its praise', () => {
	check([
		['最满意的是包装，味道也很好', 'positive'],
		['最满意的是包装，菜也很好吃', 'positive'],
		['最滿意的是包裝，味道也很好', 'positive'],
		['最满意的是包装，送餐也很快', 'positive'],
		// Guards: a complaint after it, or the wrapping alone, as before.
		['最满意的是包装，味道差远了', 'negative'],
		['最满意的是包装', 'neutral'],
		['最满意的就是包装，东西很好吃', 'positive'],
		['东西一如既往的好，最满意的是配送，速度没得说', 'positive'],
	]);
});

describe('the clause after that goes on about the wrapping counts nothing (外包装 / 餐盒 / 纸袋 read too)', () => {
	check([
		['最满意的是外包装，非常精致', 'neutral'],
		['最满意的是餐盒，挺结实的', 'neutral'],
		['最满意的是纸袋，很结实', 'neutral'],
		['最满意的是外包装', 'neutral'],
		// Guards: the wrapping praised after a colon or by name, as before.
		['最满意的是包装，很精美', 'neutral'],
		['最满意的是包装：很精美', 'neutral'],
		['最满意的是包装，包装很用心', 'neutral'],
		['最满意的是外包装，口味也不错', 'positive'],
		['最满意的是餐盒，分量也很足', 'positive'],
	]);
});

/** Intents met while testing: C complaint, I inquiry, N need (intentLetters: upper case must be flagged, absent must not be). */
describe('goods to be sent back asked about or said, and a service that was down', () => {
	const { check } = intentCheck('CIN');
	it.each([
		// Fail on main: a return asked is a request too; 我要退了 without 货 is a complaint as 我要退货 is; a service down is one.
		['Can I return this jacket?', 'IN'],
		['How do I exchange these?', 'IN'],
		['Could I send it back if it does not fit?', 'IN'],
		['这个我要退了', 'NC'],
		['这件衣服我要退掉', 'NC'],
		['the wifi was down', 'C'],
		['The website was down for hours.', 'C'],
		// Guards: a return told as a story, a visit, a return in general asked, a hotel checkout, a service never down.
		['I had to return it', ''],
		['Can I return this summer?', 'I'],
		['How do I return an item?', 'I'],
		['我要退房了', 'n'],
		['我要退货', 'NC'],
		['the wifi was never down', ''],
	])('%s → %s', check);
});

describe('the same rows read as the whole text', () => {
	check([
		['这个我要退了', 'negative'],
		['只能退了', 'negative'],
		['the wifi was down', 'negative'],
		['The wifi was down all night.', 'negative'],
		['the elevator was down', 'negative'],
		['我要退房了', 'neutral'],
		['也懒得退了', 'neutral'],
		['the wifi was never down', 'neutral'],
		// Fail on main: "went down" as a walk or a price is no service gone down (EN_SERVICE_TRADES' bare went_down).
		['We went down to the beach every morning.', 'neutral'],
		['I went down the stairs', 'neutral'],
		['prices went down', 'neutral'],
		// Guards: praise beside the walk stays praise; the network gone down stays a complaint.
		['We went down for breakfast at eight and it was lovely.', 'positive'],
		['The wifi went down twice', 'negative'],
		['The internet went down for two days', 'negative'],
	]);
});
