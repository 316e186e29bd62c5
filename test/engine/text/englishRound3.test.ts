/**
 * English sentences, third round (stop 15): self-written hotel and restaurant sentences of the general classes the
 * dev-error audit found — advice imperatives (and the instructions of a ticket that are none), "small" that tells
 * the kind of place, low noise, "nothing more pleasant than", the counterfactual "would have been", and idioms of
 * praise with no opinion word.
 */
import { getEngine } from '../../../nodes/engine/text';
import { topicSentiment } from './topicSentiment';

const hotel = getEngine();
const restaurant = getEngine({ tree: 'restaurant' });
type Engine = ReturnType<typeof getEngine>;
const labelOf = (engine: Engine, text: string) => engine.analyze(text).sentiment.label;

describe('advice imperatives and instructions', () => {
	it.each([
		['If you stay on a weekend, try the rooftop bar.', 'positive'],
		['When in town, order the seafood platter.', 'positive'],
		['Skip the breakfast buffet.', 'negative'],
		['Skip dessert.', 'negative'],
	])('advice at a sentence start or after a condition: %s → %s', (text, expected) => {
		expect(labelOf(restaurant, text)).toBe(expected);
	});

	it.each([
		'Try restarting the router.',
		'Try again later.',
		'Try logging out and back in.',
		'If the page does not load, try clearing the cache.',
		'Please try again in a few minutes.',
		'Skip the line with the mobile pass.',
	])('an instruction is no praise of anything: %s', (text) => {
		expect(labelOf(hotel, text)).toBe('neutral');
	});

	it.each([
		['Please try the lamb shank.', 'positive'],
		['Please do yourself a favour and book the spa.', 'positive'],
		['Please keep up the good work!', 'positive'],
		['Please make the rooms cleaner.', 'negative'],
		['Please try another hotel.', 'negative'],
	])('"please" before advice recommends; before a request or another place it wishes: %s → %s', (text, expected) => {
		expect(labelOf(hotel, text)).toBe(expected);
	});

	it('advice against a thing gives its topic the complaint', () => {
		expect(topicSentiment(restaurant, 'Skip dessert, the cakes are from a supermarket.', 'food.dessert')).toBe('negative');
	});
});

describe('size words by the place they describe, and low noise', () => {
	it.each(['The hotel is in a small town by the lake.', 'We stayed at a small family-run inn.', 'The waiter brought us a small gift for our anniversary.'])(
		'"small" that tells the kind of place or a kindness is no fault: %s',
		(text) => {
			expect(labelOf(hotel, text)).toBe('neutral');
		},
	);

	it.each([
		['The rooms are small.', 'negative'],
		['The restaurant is small and cramped.', 'negative'],
	])('"small" as a verdict of the thing stays a complaint: %s → %s', (text, expected) => {
		expect(labelOf(hotel, text)).toBe(expected);
	});

	it.each(['Low noise at night, even facing the street.', 'The noise level was low.', 'Noise levels were kept to a minimum.'])('low noise is praise: %s', (text) => {
		expect(labelOf(hotel, text)).toBe('positive');
		expect(topicSentiment(hotel, text, 'rooms.noise')).toBe('positive');
	});
});

describe('superlatives, counterfactuals and idioms', () => {
	it.each([
		['Nothing is more relaxing than an evening by that pool.', 'positive'],
		["There's nothing more annoying than a dripping tap at night.", 'negative'],
		['The room would have been perfect if not for the traffic.', 'negative'],
		['The dinner would have been acceptable if the steak had been warm.', 'negative'],
		['That spa has ruined me for every other hotel.', 'positive'],
		["You won't find this anywhere else in the city.", 'positive'],
		['Honestly not a place to skip if you are nearby.', 'positive'],
		['We were sold on it after the first night.', 'positive'],
	])('%s → %s', (text, expected) => {
		expect(labelOf(hotel, text)).toBe(expected);
	});

	it.each(["It's nothing more than a glorified hostel.", "I can't find it anywhere on the website."])('a dismissal or a search is no praise: %s', (text) => {
		expect(labelOf(hotel, text)).not.toBe('positive');
	});
});
