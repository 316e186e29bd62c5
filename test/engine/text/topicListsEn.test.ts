/**
 * English topic lists share the opinion of their predicate, as Chinese ones do (self-written hotel and
 * restaurant sentences): "the food and service were great", "the room, the bathroom and the lobby were all
 * spotless", "great food and service". A clause of its own, a topic with its own opinion and a verb that is
 * no verdict keep their opinions to themselves.
 */
import { getEngine } from '../../../nodes/engine/text';
import { topicSentiment } from './topicSentiment';

const hotel = getEngine();
const restaurant = getEngine({ tree: 'restaurant' });
type Engine = ReturnType<typeof getEngine>;
const sentimentOf = topicSentiment;

describe('English topic lists (hotel tree)', () => {
	it.each([
		['The food and service were great.', 'fb', 'positive'],
		['The staff and the location were perfect.', 'service', 'positive'],
		['The pool and the spa are both excellent.', 'facilities.leisure.pool', 'positive'],
		['Our room and the bathroom were filthy.', 'rooms', 'negative'],
		['The food and service here are great.', 'fb', 'positive'],
		['The food and drinks were good but the service was slow.', 'fb.restaurant', 'positive'],
		['The food and service could have been a lot better.', 'fb', 'negative'],
		['The room and the bathroom could be cleaner.', 'rooms.bath', 'negative'],
	])('"X and Y were …" shares the verdict back: %s → %s %s', (text, id, expected) => {
		expect(sentimentOf(hotel, text, id)).toBe(expected);
	});

	it.each([
		['Great location and rooms.', 'rooms', 'positive'],
		['Loved the pool and the spa.', 'facilities.leisure.spa', 'positive'],
		['Terrible breakfast and coffee.', 'fb.breakfast.buffet.drinks', 'negative'],
	])('an opinion before the first topic goes on along the list: %s → %s %s', (text, id, expected) => {
		expect(sentimentOf(hotel, text, id)).toBe(expected);
	});

	it.each([
		['The room, the bathroom and the lobby were all spotless.', 'rooms.space', 'positive'],
		['The room, the bathroom, and the lobby were spotless.', 'rooms.space', 'positive'],
		['Location, staff and breakfast were all excellent.', 'location', 'positive'],
		['The bar, the pool and the gym were dirty.', 'fb.bar', 'negative'],
	])('a list across commas shares the verdict after it: %s → %s %s', (text, id, expected) => {
		expect(sentimentOf(hotel, text, id)).toBe(expected);
	});

	it.each([
		['Great location, rooms, and breakfast.', 'rooms', 'positive'],
		['Terrible service, breakfast and bar.', 'fb.bar', 'negative'],
	])('an opinion before a list across commas goes on to its bare topics: %s → %s %s', (text, id, expected) => {
		expect(sentimentOf(hotel, text, id)).toBe(expected);
	});

	it.each([
		['We had dinner at the bar, which was excellent.', 'fb.bar', 'positive'],
		['We booked the spa, it was overpriced.', 'facilities.leisure.spa', 'negative'],
		['We met the manager, who was very rude.', 'service', 'negative'],
	])('a clause that refers back with a pronoun and a copula gives its verdict to the topic before it: %s → %s %s', (text, id, expected) => {
		expect(sentimentOf(hotel, text, id)).toBe(expected);
	});

	it('does not carry over a comma without a list or a reference', () => {
		// No "and": a terse remark, not a list.
		expect(sentimentOf(hotel, 'Great location, breakfast extra.', 'fb.breakfast')).toBe('neutral');
		// The next clause opens with a new subject, not a reference back.
		expect(sentimentOf(hotel, 'We checked in at the desk, the room was filthy.', 'front')).toBe('neutral');
	});

	it('keeps each clause’s own opinion', () => {
		expect(sentimentOf(hotel, 'The food was great and the service slow.', 'fb')).toBe('positive');
		expect(sentimentOf(hotel, 'The food was great and the service slow.', 'service')).toBe('negative');
		expect(sentimentOf(hotel, 'Great food and slow service.', 'service')).toBe('negative');
		expect(sentimentOf(hotel, 'The food and drinks were good but the service was slow.', 'service')).toBe('negative');
	});

	it('passes nothing back over a verb that is no verdict, nor along a comma without a list', () => {
		// "and" joins two clauses here: the staff ignored us, the manager did nothing.
		expect(sentimentOf(hotel, 'I asked for the manager and the staff ignored us.', 'service.quality.recovery')).toBe('neutral');
		// A clause of its own before the comma (not a bare topic).
		expect(sentimentOf(hotel, 'We liked the room, the staff were rude.', 'rooms')).toBe('positive');
	});
});

describe('English topic lists (restaurant tree)', () => {
	it.each([
		['The food and service were great.', 'food', 'positive'],
		['The food and drinks were good but the service was slow.', 'food', 'positive'],
		['Location, staff and desserts were all excellent.', 'location', 'positive'],
	])('%s → %s %s', (text, id, expected) => {
		expect(sentimentOf(restaurant, text, id)).toBe(expected);
	});
});

describe('English listed topics keep a shared qualifier', () => {
	it.each([
		[hotel, 'The pool and the gym were dirty.', 'facilities.leisure.pool', 'negative'],
		[hotel, 'The pool and the gym were dirty.', 'facilities.leisure.gym', 'negative'],
		[restaurant, 'The pasta and the steak were overcooked.', 'food.western.pasta', 'negative'],
		[restaurant, 'The pasta and the steak were overcooked.', 'food.western.steak', 'negative'],
	])('%#: %s → %s %s', (engine, text, id, expected) => {
		expect(sentimentOf(engine as Engine, text as string, id as string)).toBe(expected);
	});
});

describe('an English opinion word that names a topic speaks of its object too', () => {
	it.each([
		[restaurant, 'I recommend the garlic shrimp and the dumplings.', 'food.seafood.shrimp', 'positive'],
		[restaurant, 'I recommend the garlic shrimp and the dumplings.', 'food.staple.dumplings', 'positive'],
		[restaurant, 'I do not recommend the lunch specials.', 'food', 'negative'],
		[restaurant, 'Overpriced drinks.', 'drinks', 'negative'],
		[hotel, 'Friendly reception, good breakfast.', 'front', 'positive'],
	])('%#: %s → %s %s', (engine, text, id, expected) => {
		expect(sentimentOf(engine as Engine, text as string, id as string)).toBe(expected);
	});

	it('not across a preposition', () => {
		// "come back" is about the hotel, not about the kids.
		expect(sentimentOf(hotel, 'I would like to come back with the kids.', 'service.butler.kids')).toBe('neutral');
	});
});
