/**
 * English sentences, fourteenth round (stop 29): general readings over the structure of a sentence, not phrase lists.
 * Self-written hotel, restaurant and shop sentences, not taken from any data set. In each block the first list is read
 * differently since this round (each fails on the engine at 6fbf300); the second holds guards (compared, contrasted and
 * unrelated forms) the engine already read right and must keep.
 */
import { getEngine } from '../../../nodes/engine/text';

const engine = getEngine();
const labelOf = (text: string) => engine.analyze(text).sentiment.label;

describe('opinions said of other places judge them, not this one (othersJudged)', () => {
	it.each([
		['Other Thai places in the area are bland and overpriced.', 'positive'],
		['Other hotels on this street are noisy and dirty.', 'positive'],
		['Most places around here charge too much for tiny portions.', 'positive'],
		['Every other diner we tried served cold, greasy eggs.', 'positive'],
		["After years of bad pizza all over the neighborhood, I finally found Tony's.", 'positive'],
		["After dealing with soggy bagels all over the city, we found Joe's.", 'positive'],
		["Where the tanks in other seafood restaurants look murky and sad, the tanks at Lee's sparkle.", 'positive'],
		['Most of the hotels on the strip have lovely pools.', 'neutral'],
		['Other cafes in town serve excellent espresso.', 'neutral'],
	])('read since this round: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
	it.each([
		['This is one of the most popular restaurants in town and it deserves it.', 'positive'],
		['Unlike other places, the staff here are friendly.', 'positive'],
		['This place is better than the other pizza places in town.', 'positive'],
		['The other staff were rude.', 'negative'],
		['I have had the same problem with other restaurants, so I do not appreciate it.', 'negative'],
		['Once you eat here you will find it hard to dine at other sushi restaurants.', 'positive'],
		["Other restaurants nearby are dirty and loud, but Luigi's is a gem.", 'positive'],
		['I have eaten in many restaurants all over the city and this has become my favorite.', 'positive'],
		['The room was dirty and the staff were rude.', 'negative'],
	])('guard: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
});

describe('the unreal want: what one would have liked (EN_WISH_UNMET_STOP29)', () => {
	it.each([
		['I would have liked a warmer welcome.', 'negative'],
		['We would have liked more choice at breakfast.', 'negative'],
		["I would've liked the steak a bit rarer.", 'negative'],
		['I would have appreciated a call to say the parcel was late.', 'negative'],
		['We would have appreciated an apology.', 'negative'],
		['We would have preferred a quieter table.', 'negative'],
	])('read since this round: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
	it.each([
		['I would have liked to stay longer.', 'positive'],
		['We would have loved to stay another night.', 'positive'],
		['I would love to come back.', 'positive'],
		['It would be great to come back next year.', 'positive'],
		["The food couldn't have been better.", 'positive'],
		['It would have been great to have a kettle in the room.', 'negative'],
		['The portions could have been bigger.', 'negative'],
		['I liked the warm welcome.', 'positive'],
	])('guard: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
});

describe('the two sides of a comparison: which one is this place, which one is before (comparedSides)', () => {
	it.each([
		["The pizza here is nothing compared to Joe's.", 'negative'],
		['Honestly the curry is nothing compared to what my mother makes.', 'negative'],
		["Joe's pizza is nothing compared to this place.", 'positive'],
		['Every other burger I have had is nothing compared to this.', 'positive'],
		["The hotel across the road can't compete with this one.", 'positive'],
		['Every other bakery in town pales in comparison.', 'positive'],
		['The breakfast pales in comparison to the one at our last hotel.', 'negative'],
		['The burgers used to be bigger.', 'negative'],
		['The staff used to be friendlier.', 'negative'],
		['The rooms were cleaner on our last visit.', 'negative'],
		['The service used to be slower.', 'positive'],
	])('read since this round: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
	it.each([
		["The food couldn't have been better.", 'positive'],
		['The food was much better last year.', 'negative'],
		['The food is even better than last year.', 'positive'],
		['The new menu is better than the old one.', 'positive'],
		['The service is not as friendly as it used to be.', 'negative'],
		['We compared the prices of two hotels.', 'neutral'],
		['The food was better than I expected.', 'positive'],
		['The rooms were clean and the staff were friendly.', 'positive'],
	])('guard: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
});
