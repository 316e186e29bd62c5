import { randomTexts } from './randomTexts';
import { checkLabels as check } from './labelRows';
import { enGates, GATE_EN21_PRICE } from '../../../nodes/engine/text/analyze';

/**
 * English review readings, twenty-first round (stop 35, en21): a verdict sentence that turns against the ones before it, a
 * wish to like the place told as tried or still wanted, and a price asked in scorn. Self-written hotel and restaurant
 * sentences, not copied from any data set. In each block the rows the base (main at 2d8bb56) misreads come first; guards
 * after them keep what the readings must not take.
 */

describe('a turn that opens the verdict sentence (EN21_TURNS, en21TurnedVerdict)', () => {
	check([
		["Noisy street and tiny bathroom. Still, we'd stay again in a heartbeat.", 'positive'],
		['The coffee was weak and the eggs were cold. That said, we will be back.', 'positive'],
		['Pricey, a bit loud, and the dessert was forgettable. Still worth it.', 'positive'],
		["Lovely decor, great location. Still, I wouldn't stay again.", 'negative'],
		["Good food, nice people. That said, I won't be returning.", 'negative'],
		['The cocktails were good. Overall though, a letdown.', 'negative'],
		['The staff were charming. Even so, we would not stay here again.', 'negative'],
		['The room was tiny and the shower was weak. Having said that, we would happily return.', 'positive'],
		['The bar was cramped and the starters were bland, but on the whole we\'d happily return.', 'positive'],
		['The room was small and the lift was slow. All in all, a lovely stay.', 'positive'],
		['The staff were friendly and the breakfast was good. All in all, a disappointing stay.', 'negative'],
		["The view was stunning. At the end of the day, though, I wouldn't pay that again.", 'negative'],
		["It was loud and the service was slow. Even so, I'd recommend it.", 'positive'],
		["Great pool and friendly staff. On balance, we would not stay again.", 'negative'],
		// guards
		['Parking was a pain. In the end, it was worth every penny.', 'positive'],
		['Great food. All in all, a great night.', 'positive'],
		['The room was clean. Still, the staff were lovely.', 'positive'],
		['The room was still warm from the sun. The food was awful.', 'negative'],
		['Great food. Still hungry after the mains though, so we ordered more.', 'positive'],
		['The food was cold. Still, the waiter was rude too.', 'negative'],
		['Lovely hotel. That said, we will be back.', 'positive'],
		['The service was slow, the room was dirty and the bed was hard. Still, the view was nice.', 'negative'],
	]);
});

describe('a wish to like the place, tried, still wanted, or fulfilled (EN21_SHAPES, EN21_WISHED_SAID)', () => {
	check([
		['I tried to like it, I really tried.', 'negative'],
		['I wish I could say I loved it.', 'negative'],
		['I wish I could give it a better review.', 'negative'],
		["I've tried to love this place three times now.", 'negative'],
		['I had high hopes for this place.', 'negative'],
		['We had such high hopes.', 'negative'],
		['I came in with high expectations.', 'negative'],
		['I wish I could say the food made up for it.', 'negative'],
		['I wish I could say otherwise.', 'negative'],
		['I want to like this place, I really do.', 'negative'],
		['I keep wanting to like this place.', 'negative'],
		["I'd like to say it was worth it.", 'negative'],
		['I wanted to love it and I did.', 'positive'],
		['I wanted to love it and it did not disappoint.', 'positive'],
		['I wanted to like it and I ended up loving it.', 'positive'],
		['I had high hopes and it exceeded them.', 'positive'],
		['We had high expectations and they were met.', 'positive'],
		["We'd happily return.", 'positive'],
		['I so wanted this to be the one.', 'negative'],
		['I wanted this place to be good.', 'negative'],
		['I really wanted to enjoy it.', 'negative'],
		// guards
		['I wanted to love it, I really did.', 'negative'],
		['I tried the lamb and I really liked it.', 'positive'],
		['I wish I could eat here every day.', 'positive'],
		['I wish we had stayed longer.', 'positive'],
		['I wish I lived closer.', 'positive'],
		['I would love to give it five stars, but I can\'t.', 'negative'],
	]);
});

describe('a price asked in scorn (en21PriceAsked, EN21_SHAPES)', () => {
	check([
		['$40 for that?', 'negative'],
		['$15 for a glass of house wine? Really?', 'negative'],
		['£12 for two slices of toast?', 'negative'],
		['$200 a night for this?', 'negative'],
		['$9 for a coffee. Seriously.', 'negative'],
		['And they charge $30 for that!', 'negative'],
		['Thirty bucks for this?', 'negative'],
		['Only $12 for lunch with a drink.', 'positive'],
		['The room was fine. But €25 for breakfast? No way.', 'negative'],
		['They wanted $30 for parking. Seriously?', 'negative'],
		['$30. For a salad.', 'negative'],
		["At $40 a head, you'd expect better.", 'negative'],
		// guards
		['$18 for a burger that came cold.', 'negative'],
		['$8 for a pint is fair for London.', 'positive'],
		['The total came to $45 for two.', 'neutral'],
		['It was $60 for the tasting menu and worth every cent.', 'positive'],
		['Mains are around $25. For dessert we shared the tiramisu.', 'neutral'],
		['$12. For a cocktail that was delicious.', 'positive'],
		['$10 for a huge plate, can\'t beat it.', 'positive'],
		['$15 for three courses? Bargain.', 'positive'],
		['$25 for a plate of pasta? No thanks.', 'negative'],
		['We paid $120 for the room and it was spotless.', 'positive'],
		['Is there a $20 fee for late check-out?', 'neutral'],
	]);
});

describe("GATE_EN21_PRICE answers as its own search (enGates' last group)", () => {
	const own = /[$£€]\s?\d/;
	it.each(['$40 for that?', 'It cost £ 12.', 'USD 40', '$ sign', 'about €5 each', 'price: $', ''])('%j', (t) => {
		expect((enGates(t) & GATE_EN21_PRICE) !== 0).toBe(own.test(t));
	});
	it('on random texts (an earlier group hides it nowhere)', () => {
		const pieces = ['$', '£', '€', '1', '40', ' ', ' as ', 'as', 'why', 'min', '5 min', 'hour', 'for', 'that', 'nly', 'a', '.', '?'];
		expect(randomTexts(pieces, { seed: 35 }).filter((t) => ((enGates(t) & GATE_EN21_PRICE) !== 0) !== own.test(t))).toEqual([]);
	});
});
