/**
 * Measure words judged by what they measure, Chinese and English as one rule (measuredSizes in analyze.ts,
 * ZH_MEASURED / EN_MEASURED in lexicon.ts). Self-written hotel and restaurant sentences: a measure word (大 小
 * 足 窄, high low small spacious …) next to a measured thing of its clause takes that thing's value; alone, or
 * next to anything else ("high quality", "large group"), it is no verdict of a price, portion or room.
 */
import { getEngine } from '../../../nodes/engine/text';
import { lexiconTerms } from '../../../nodes/engine/text/lexicon';
import { topicSentiment } from './topicSentiment';

const hotel = getEngine();
const restaurant = getEngine({ tree: 'restaurant' });
type Engine = ReturnType<typeof getEngine>;
const labelOf = (engine: Engine, text: string) => engine.analyze(text).sentiment.label;
const sentimentOf = topicSentiment;

describe('English measure words', () => {
	it.each([
		['The prices are too high.', 'negative'],
		['Room rates are way too high for what you get.', 'negative'],
		['High room rates, nothing special.', 'negative'],
		['Low prices and big portions.', 'positive'],
		['The portions were big.', 'positive'],
		['Our suite was large.', 'positive'],
		["The bathroom's really big.", 'positive'],
	])('a measure word next to its thing: %s → %s', (text, expected) => {
		expect(labelOf(hotel, text)).toBe(expected);
	});

	it.each([
		['The prices were not too high.', 'positive'],
		['The rooms were not large at all.', 'negative'],
		['The bill was not low.', 'negative'],
	])('a negator before the measure word reads as before any opinion word: %s → %s', (text, expected) => {
		expect(labelOf(hotel, text)).toBe(expected);
	});

	it.each([
		'The prices are higher than last year.',
		'The prices are as low as last year.',
		'We came as a large group.',
		'The hotel has high ceilings.',
		'The price of a large pizza is 20 dollars.',
	])('no thing of its own, or a comparison, is no verdict of a price or size: %s', (text) => {
		expect(labelOf(hotel, text)).toBe('neutral');
	});

	it.each([
		['High prices, but the staff were lovely.', 'value', 'negative'],
		['The prices are too high.', 'price', 'negative'],
		['Low prices and big portions.', 'price', 'positive'],
		['Low prices and big portions.', 'food.overall.portion', 'positive'],
		['The portions are generous.', 'food.overall.portion', 'positive'],
		['The portions are small.', 'food.overall.portion', 'negative'],
	])('the topic reading takes the measure word: %s → %s %s', (text, id, expected) => {
		const engine = id === 'value' ? hotel : restaurant;
		expect(sentimentOf(engine, text, id)).toBe(expected);
	});
});

describe('the test before the English measure RegExps: a measure word standing as a word (stop 17)', () => {
	it.each([
		['The price was high', 'negative'],
		['The price was HIGH!', 'negative'],
		["The price was high's", 'negative'],
		["The price was high'", 'negative'],
		['The price was high-ish', 'negative'],
		['High prices', 'negative'],
		['The rooms were large', 'positive'],
		['We had big portions', 'positive'],
		['The price was so slow, but high', 'negative'],
		// Inside a longer word, or joined by "_" or a digit: no measure word (RegExp `\b`), however often it occurs.
		['The price was high_', 'neutral'],
		['The price was high1', 'neutral'],
		['The price was ahigh', 'neutral'],
		['High_prices', 'neutral'],
		['The suites were largely booked', 'neutral'],
		// A measure word standing alone after one inside a word: the search goes on past "Following", "Bigger".
		['Following the tour, the price was low', 'positive'],
		['Following the tour, the price was', 'neutral'],
		['Bigger groups came, the portions were big', 'positive'],
		['Bigger groups came, the portions were', 'neutral'],
	])('%j → %s', (text, label) => {
		expect(hotel.analyze(text).sentiment.label).toBe(label);
	});
});

describe('Chinese measure words, a rule rather than a list', () => {
	it.each([
		['量特别大', 'positive'],
		['分量给的很足', 'positive'],
		['份量也挺多的', 'positive'],
		['空间比较大', 'positive'],
		['房间好小', 'negative'],
		['包厢有点窄', 'negative'],
		['份量仲很大', 'positive'],
	])('a thing, at most degree words / 也 都 还 给的 between, then its measure word: %s → %s', (text, expected) => {
		expect(labelOf(restaurant, text)).toBe(expected);
	});

	it.each(['流量很大', '店小二来了', '音量太小', '噪音比别的房间大也还好'])('keeps the blockers: %s is no verdict of a size', (text) => {
		expect(labelOf(restaurant, text)).not.toBe('positive');
	});

	it('holds no phrase of thing × degree × measure word in the lexicon', () => {
		const terms = new Set(lexiconTerms().map((t) => t.term));
		for (const phrase of ['量特别大', '空间比较大', '量还是挺多', '店很小']) expect(terms.has(phrase)).toBe(false);
	});
});
