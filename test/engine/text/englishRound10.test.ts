/**
 * English sentences, tenth round (stop 23): self-written restaurant and hotel sentences, not taken from any data set. The
 * shapes of the round: a tail that takes praise back with no contrast word ("Great view, shame about the food", "Five
 * stars for the view, zero for the food", "and that's about it", "nothing to write home about"), the conditional of irony
 * ("If you like waiting, you'll love this place"), praise that could be and is not ("This could be a great place with
 * better staff"), a price named for what came ("Eight dollars for a bottle of water"), questions of scorn and of wonder
 * ("Is it too much to ask for a clean glass?", "Who knew a hostel could be this comfortable?"), the place's own promise
 * broken, the bad reviews answered, what should be stocked told empty, and plain description that must stay neutral
 * ("housed in an old warehouse", "a small desk", "quiet at lunchtime"). In each block the first list is read differently
 * since this round (each fails on the engine before it); the second holds guards the engine already read right.
 */
import { getEngine } from '../../../nodes/engine/text';

const engine = getEngine();
const labelOf = (text: string) => engine.analyze(text).sentiment.label;

describe('a tail that takes praise back, with no contrast word', () => {
	it.each([
		['Great view, shame about the food.', 'negative'],
		['Lovely room, pity about the noise.', 'negative'],
		['Lovely staff, shame about the breakfast.', 'negative'],
		['The pool is great, pity about the noise from the bar.', 'negative'],
		['Five stars for the view, zero for the food.', 'negative'],
		['Five stars for the location, zero for the cleanliness.', 'negative'],
		["Great location, and that's about it.", 'negative'],
		["Nice decor, and that's about all.", 'negative'],
		["Friendly waiters, and that's about it.", 'negative'],
		['The food was fine, nothing to write home about.', 'negative'],
		['Decent pizza, nothing to write home about.', 'negative'],
		['The rooms were clean enough, nothing to get excited about.', 'negative'],
	])('read since this round: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
	it.each([
		["Great location, lovely staff, and that's about all you need.", 'positive'],
		["Fresh pasta and a good glass of wine: that's all you need.", 'positive'],
		['It was a shame about the rain, but the hotel was wonderful.', 'positive'],
		['Nothing to write home about.', 'negative'],
		['Nothing fancy, just good food.', 'positive'],
		['Good food, nothing fancy.', 'positive'],
	])('kept: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
});

describe('the conditional of irony', () => {
	it.each([
		["If you like waiting, you'll love this place.", 'negative'],
		['If you enjoy being ignored, you will love this hotel.', 'negative'],
		['If you like queuing, you will have a great time here.', 'negative'],
	])('read since this round: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
	it.each([
		["You'll love this place if you like waiting.", 'negative'],
		['If you enjoy being overcharged, this is the hotel for you.', 'negative'],
		["If it weren't for the noise, it would be a great hotel.", 'negative'],
		["If it weren't for this hotel, our trip would have been a disaster.", 'positive'],
		["If you like spicy food, you'll love this place.", 'positive'],
	])('kept: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
});

describe('praise that could be, and is not', () => {
	it.each([
		['This could be a great place with better staff.', 'negative'],
		['It could be a lovely hotel with a little more care.', 'negative'],
		['This could be a lovely little bistro with a better chef.', 'negative'],
		['It could be an excellent hotel if they renovated the rooms.', 'negative'],
	])('read since this round: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
	it.each([
		['This could be a great place for a first date.', 'positive'],
		['It could be a nice spot for a business lunch.', 'positive'],
		['This could be the best pizza in Brooklyn.', 'positive'],
		['The waiters could be friendlier.', 'negative'],
	])('kept: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
});

describe('a price named for what came; questions of scorn and of wonder', () => {
	it.each([
		['Eight dollars for a bottle of water.', 'negative'],
		['Fifteen pounds for two glasses of wine!', 'negative'],
		['Is it too much to ask for a clean glass?', 'negative'],
		['Is it too much to ask for a hot coffee?', 'negative'],
		['Is it too much to ask for a room that is clean?', 'negative'],
		['Who knew a hostel could be this comfortable?', 'positive'],
		['Who knew vegan food could taste this good?', 'positive'],
	])('read since this round: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
	it.each([
		["Ten dollars for a huge plate of pasta, can't complain.", 'positive'],
		['Only ten dollars for a huge plate of pasta.', 'positive'],
		['Ten dollars for a three-course lunch, what a bargain.', 'positive'],
		['We paid twenty dollars for a taxi to the hotel.', 'neutral'],
		['Who knew coffee could be this bad?', 'negative'],
		['Is the pool heated?', 'neutral'],
	])('kept: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
});

describe("the place's own promise, the bad reviews answered, what should be stocked or working", () => {
	it.each([
		['The website promised a sea view.', 'negative'],
		['I am surprised by the bad reviews.', 'positive'],
		['The minibar was empty.', 'negative'],
		['The soap dispenser was empty.', 'negative'],
		['Only one of the two lifts was working.', 'negative'],
		['Only one of the three elevators was working.', 'negative'],
		['I hope this place never closes.', 'positive'],
	])('read since this round: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
	it.each([
		['The menu promised homemade pasta, but it tasted store-bought.', 'negative'],
		['The brochure promised a relaxing spa, but it was tiny.', 'negative'],
		['The website promised a quiet room, but we were next to the lift.', 'negative'],
		['I am surprised at the negative reviews, we loved it.', 'positive'],
		['Ignore the bad reviews, this hotel is lovely.', 'positive'],
		['I really do not understand the bad reviews.', 'positive'],
		['The reviews were bad, and they were right.', 'negative'],
		['The minibar was well stocked.', 'positive'],
	])('kept: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
});

describe('plain description stays neutral', () => {
	it.each([
		['The restaurant is housed in an old warehouse.', 'neutral'],
		['The hotel is in an old textile mill by the canal.', 'neutral'],
		['The room has a small desk and a wardrobe.', 'neutral'],
		['There is a small terrace at the back.', 'neutral'],
		['It was quiet at lunchtime.', 'neutral'],
		['The bar was quiet for a Friday night.', 'neutral'],
	])('read since this round: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
	it.each([
		['The hotel is old and tired.', 'negative'],
		['The room was small and dark.', 'negative'],
		['The room was quiet at night.', 'positive'],
		['The desk was tiny and wobbly.', 'negative'],
	])('kept: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
});
