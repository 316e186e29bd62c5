/**
 * English sentences, fourth round (stop 16): self-written hotel and restaurant sentences of the shapes the dev-error
 * audit found — praise denied by "too X to be …", "like a / an" after a linking verb (a comparison, not "I like"),
 * drinks that should be cold, food eaten eagerly, "no other place will do", and the same words where they must not read;
 * and topic words in another sense: a meal as the subject of a duration, a dish named by its vessel, a meal after "after".
 */
import { getEngine } from '../../../nodes/engine/text';
import { topicSentiment } from './topicSentiment';

const hotel = getEngine();
const restaurant = getEngine({ tree: 'restaurant' });
type Engine = ReturnType<typeof getEngine>;
const labelOf = (engine: Engine, text: string) => engine.analyze(text).sentiment.label;

describe('"too X to be …" denies the praise after it', () => {
	it.each([
		'The room was too small to be comfortable.',
		'The bar was far too loud (after nine) to be relaxing.',
		'The pool was too crowded to be enjoyable.',
		'The sauce was too salty to be pleasant.',
	])('%s → negative', (text) => {
		expect(labelOf(hotel, text)).toBe('negative');
	});

	it.each(['The suite was too good to be true.', 'The cake was too good to miss.', 'It was too far to walk, but the staff were lovely.'])(
		'praise before "to", or in another clause, stays: %s → positive',
		(text) => {
			expect(labelOf(hotel, text)).toBe('positive');
		},
	);
});

describe('"like a / an" after a linking verb compares', () => {
	it.each([
		'The lobby is like an airport lounge.',
		'The dining room feels like a school canteen.',
		'Our room looked like a storage cupboard.',
		'The bar kind of feels like an office.',
	])('no praise: %s → neutral', (text) => {
		expect(labelOf(hotel, text)).not.toBe('positive');
	});

	it.each(['We felt like a king all week.', 'I like a hotel with a good gym.', 'The breakfast was like no other.'])(
		'set phrases and "I like" keep their praise: %s → positive',
		(text) => {
			expect(labelOf(hotel, text)).toBe('positive');
		},
	);
});

describe('drinks that should be cold', () => {
	it.each([
		['The beer was ice cold.', 'positive'],
		['The drinks were nice and cold.', 'positive'],
		['The white wine was warm.', 'negative'],
		['Warm beer and a long wait.', 'negative'],
	])('%s → %s', (text, expected) => {
		expect(labelOf(restaurant, text)).toBe(expected);
	});

	it('an ice cold beer ordered is no complaint', () => {
		expect(labelOf(restaurant, 'I ordered an ice cold beer with my curry.')).toBe('neutral');
	});

	it('a cold room or meal is still a fault', () => {
		expect(labelOf(hotel, 'The room was cold.')).toBe('negative');
		expect(labelOf(restaurant, 'The soup was cold.')).toBe('negative');
	});
});

describe('implicit praise and complaint told by a recurring shape', () => {
	it.each([
		['My daughter devoured her pancakes.', 'positive'],
		['We licked our plates clean.', 'positive'],
		['After this, you may find it hard to eat at other sushi bars.', 'positive'],
		['Once you stay here it is difficult to stay anywhere else.', 'positive'],
		['We booked the cheapest room and paid dearly for it.', 'negative'],
	])('%s → %s', (text, expected) => {
		expect(labelOf(hotel, text)).toBe(expected);
	});

	it.each(['We were devoured by mosquitoes on the terrace.', 'Curiosity got the best of me, so I opened the minibar.'])(
		'eaten, not eating; the best of the writer: %s → not positive',
		(text) => {
			expect(labelOf(hotel, text)).not.toBe('positive');
		},
	);
});

describe('waits, unmet wishes and places to go instead', () => {
	it.each([
		'It took 40 minutes to get our drinks.',
		'Took an hour to check in.',
		'It took forty-five minutes to be seated.',
		'I wish I could like this hotel more.',
		'We wish we could recommend it.',
		'The view is nice, but go somewhere else instead.',
	])('%s → negative', (text) => {
		expect(labelOf(hotel, text)).toBe('negative');
	});

	it.each(['It took 30 minutes to walk to the beach.', 'It took 40 minutes to get to the airport by taxi.', 'I wish I could give them ten stars!'])(
		'a duration alone, a wish that praises: %s → not negative',
		(text) => {
			expect(labelOf(hotel, text)).not.toBe('negative');
		},
	);
});

describe('"special" as a noun, and short forms of praise', () => {
	it.each(['We only eat there on special occasions.', 'I came for the Saturday night special.', 'Ask about the daily specials.', 'They take special requests.'])(
		'no praise: %s → neutral',
		(text) => {
			expect(labelOf(restaurant, text)).toBe('neutral');
		},
	);

	it.each(['The lunch special was great.', 'It was a special place.', 'My fave was the lamb.', 'The pianist captivated the whole room.'])('%s → positive', (text) => {
		expect(labelOf(restaurant, text)).toBe('positive');
	});
});

describe('amazement at a fault, and the search for another place', () => {
	it.each([
		'We were amazed at how small the room was.',
		'I was surprised by how slow the check-in was.',
		"If you're in town, it's worth looking for another hotel.",
	])('%s → negative', (text) => {
		expect(labelOf(hotel, text)).toBe('negative');
	});

	it.each(['We were surprised by how good the breakfast was.', 'I was amazed at how they handled it.'])('%s → positive', (text) => {
		expect(labelOf(hotel, text)).toBe('positive');
	});
});

describe('"sometimes not" denies the praise before it as often', () => {
	it.each(['The staff are friendly, but sometimes not.', 'The breakfast is good, but often not.'])('%s → negative', (text) => {
		expect(labelOf(hotel, text)).toBe('negative');
	});

	it('a frequency alone is no denial', () => {
		expect(labelOf(hotel, 'The staff are always friendly, sometimes even funny.')).toBe('positive');
	});
});

describe('topic words in another sense, fourth round', () => {
	it.each([
		['Dinner took almost four hours, and nobody apologised.', 'food.overall.dishes'],
		['Lunch lasted two hours because the kitchen was so slow.', 'food.overall.dishes'],
		['The cheese plate was a delight.', 'env.hygiene.tableware'],
		['The rice bowl was bland.', 'env.hygiene.tableware'],
		['After dinner we had a lovely walk along the river.', 'food.overall.dishes'],
	])('restaurant: %s has no %s', (text, id) => {
		expect(topicSentiment(restaurant, text, id)).toBeUndefined();
	});

	it.each([
		['Dinner was superb.', 'food.overall.dishes', 'positive'],
		['The dinner plates were dirty.', 'env.hygiene.tableware', 'negative'],
		['The big bowls were chipped.', 'env.hygiene.tableware', 'negative'],
	])('restaurant: %s keeps %s %s', (text, id, expected) => {
		expect(topicSentiment(restaurant, text, id)).toBe(expected);
	});
});
