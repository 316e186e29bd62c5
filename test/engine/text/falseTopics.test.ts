/**
 * Topic words in another sense are no topic (self-written restaurant sentences): a meal as the occasion of a visit
 * ("for a romantic dinner"), a table as a place ("sat down at a table"), a vessel as a measure or a dish's name
 * ("a glass of wine", "cheese plate"), and a Chinese vessel or table as a measure word after a numeral ("一碗面").
 * The same words stay topics where they name the thing ("dinner was superb", "the tables are too close", "碗很脏").
 */
import { getEngine } from '../../../nodes/engine/text';
import { topicSentiment } from './topicSentiment';

const restaurant = getEngine({ tree: 'restaurant' });
const hotel = getEngine({});
/** Topic sentiment of the first topic at or under `id` (undefined: no such topic). */
const under = (engine: typeof hotel, text: string, id: string) => topicSentiment(engine, text, id);

describe('false topics: the word in another sense is no topic', () => {
	it.each([
		['Go here for a romantic dinner, it was lovely.', 'food.overall.dishes'],
		['We went there for lunch and had an amazing time.', 'food.overall.dishes'],
		['Great spot at dinner, very friendly.', 'food.overall.dishes'],
		['Perfect for a quick lunch with friends.', 'food.overall.dishes'],
		['Good for client lunch meetings.', 'food.overall.dishes'],
		['Do yourself a favor and have dinner here, you will love it.', 'food.overall.dishes'],
		['We sat down at a table and had a lovely time.', 'env.space.seating'],
		['Good luck getting a table.', 'env.space.seating'],
		['What came to our table was burned beyond recognition.', 'env.space.seating'],
		['We waited well over an hour for a table.', 'env.space.seating'],
		['The table service could have been more attentive.', 'env.space.seating'],
		['A great place for a table for two.', 'env.space.seating'],
		['Even the wine by the glass was good.', 'env.hygiene.tableware'],
		['We enjoyed a nice glass of Sangria.', 'env.hygiene.tableware'],
		['The sushi plate was amazing.', 'env.hygiene.tableware'],
		['You are charged extra for anything you leave on your plate, terrible.', 'env.hygiene.tableware'],
		['来了一碗酸辣粉，很好吃', 'env.hygiene.tableware'],
		['6块钱一碗，很便宜', 'env.hygiene.tableware'],
		['点了满满一桌子，很满足', 'env.space.seating'],
		['上菜要一桌一桌来，太慢了', 'env.space.seating'],
	])('restaurant: %s has no %s', (text, id) => {
		expect(under(restaurant, text, id)).toBeUndefined();
	});

	it.each([
		['Dinner was superb.', 'food.overall.dishes', 'positive'],
		['The lunch was cold and bland.', 'food.overall.dishes', 'negative'],
		['The tables are tiny and wobbly.', 'env.space.seating', 'negative'],
		['The dinner plates were dirty.', 'env.hygiene.tableware', 'negative'],
		['Our table was dirty.', 'env.space.seating', 'negative'],
		['The plates were chipped and dirty.', 'env.hygiene.tableware', 'negative'],
		['碗很脏', 'env.hygiene.tableware', 'negative'],
		['这个碗不干净', 'env.hygiene.tableware', 'negative'],
		['桌子很脏', 'env.space.seating', 'negative'],
	])('restaurant: %s keeps %s %s', (text, id, expected) => {
		expect(under(restaurant, text, id)).toBe(expected);
	});

	it('hotel: a meal as the occasion is no finding on the hotel restaurant', () => {
		expect(under(hotel, 'We stayed there for dinner and it was lovely.', 'fb.restaurant')).toBeUndefined();
		expect(under(hotel, 'The dinner was excellent.', 'fb.restaurant')).toBe('positive');
	});
});
