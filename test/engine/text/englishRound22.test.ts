import { randomTexts } from './randomTexts';
import { checkLabels as check } from './labelRows';
import { EN22_GATE, enGates, GATE_EN22 } from '../../../nodes/engine/text/analyze';

/**
 * English review readings, twenty-second round (stop 36, en22): stop 35's leftovers — a price asked in scorn without its
 * sign, a recommendation kept after complaints ("Would still recommend"), a deal exclaimed, a liking wished then had told
 * in two clauses — and SemEval dev shapes: a price told low, a diner's cheer, the place pressed on the reader.
 * Self-written hotel and restaurant sentences, not copied from any data set. In each block the rows the base (main at
 * 4c40507) misreads come first; guards after them keep what the readings must not take (main reads them so too).
 */

describe('a price asked in scorn without its sign, or after "for" (en22PriceAndWish: EN22_PRICE_ASKED)', () => {
	check([
		['For that price?', 'negative'],
		['For the price? No way.', 'negative'],
		['Tiny portions and a cold main. At these prices?', 'negative'],
		['The room was fine. But for that price?', 'negative'],
		['All that for $60? No.', 'negative'],
		['Two tapas and a beer. All this for €45?', 'negative'],
		['For that price? At that price?', 'negative'],
		['The room was fine. For that price? Really?', 'negative'],
		// guards
		['For that price? Unbeatable.', 'positive'],
		["For the price? It's a steal.", 'positive'],
		['Great food for that price.', 'positive'],
		["For the price, it's excellent.", 'positive'],
		["For that price, you can't go wrong.", 'positive'],
		['Is breakfast included in the price?', 'neutral'],
		['What is the price?', 'neutral'],
		['At that price? No thanks.', 'negative'],
	]);
});

describe('a price told low, beside no complaint (EN22_CHEAP_TOLD)', () => {
	check([
		['For two of us it came to less than $25.', 'positive'],
		['We paid under $30 for two courses and a glass of wine.', 'positive'],
		// guards
		["If it were under $20 I'd consider it.", 'neutral'],
		['You can probably find it for less than $10 elsewhere.', 'neutral'],
		['Only $5 off for members? Pathetic.', 'negative'],
		['The choices were limited, though you pay less than $20.', 'negative'],
	]);
});

describe('a recommendation or return kept after the complaints (EN22_STILL_VERDICT, en21TurnedVerdict)', () => {
	check([
		['Dated decor, slow bar service. Would still recommend.', 'positive'],
		["Dated decor, slow bar service. We'd still go back.", 'positive'],
		["The room was tiny and the bar was loud. I'll still stay here again.", 'positive'],
		['The wait was long and the music too loud. I would still recommend it to friends.', 'positive'],
		['Lovely staff, great pool. Would still not recommend.', 'negative'],
		// guards
		["The food was awful. We would still be waiting if we hadn't left.", 'negative'],
		['Would still recommend.', 'positive'],
		['The room was small. Still recommend.', 'positive'],
	]);
});

describe('a deal exclaimed (EN22_SHAPES)', () => {
	check([
		['$40 for all you can eat, what a deal!', 'positive'],
		['What a deal!', 'positive'],
		['Three courses for twenty pounds. What a steal.', 'positive'],
		// guards
		['Such a deal for lunch.', 'positive'],
		['What a rip-off.', 'negative'],
		['What a joke.', 'negative'],
		['What a deal that turned out to be: cold food and a forty-minute wait.', 'negative'],
		['What a bargain!', 'positive'],
	]);
});

describe('a liking wished then had, told in two clauses (EN22_WISH_HAD)', () => {
	check([
		['I wanted to love it, and I did.', 'positive'],
		['I wanted to love it, and it did not disappoint.', 'positive'],
		['We wanted to like this place, and we ended up loving it.', 'positive'],
		['I wanted to love it, and I really did.', 'positive'],
		// guards
		['I wanted to love it.', 'negative'],
		['I wanted to love it, I really did.', 'negative'],
		["I wanted to love it, and I didn't.", 'negative'],
		['I wanted to love it, and I did not.', 'negative'],
		["I wanted to love it, but I didn't.", 'negative'],
	]);
});

describe("a diner's cheer, and the place pressed on the reader (EN22_SHAPES, EN22_BLOCKERS; SemEval dev shapes)", () => {
	check([
		['Buon appetito, everyone!', 'positive'],
		['Bon appetit!', 'positive'],
		['Bravissimo, chef!', 'positive'],
		['We suggest trying the dumplings.', 'positive'],
		['Craving a good steak? Head on over.', 'positive'],
		// guards
		['The food was cold and the waiter rude. Bon appetit!', 'negative'],
		['I suggest you try somewhere else.', 'negative'],
		['Avoid. I suggest you try the diner next door instead.', 'negative'],
		["I'd suggest you try elsewhere.", 'negative'],
		['They suggest trying the set menu first.', 'neutral'],
		['I suggest you try other places nearby.', 'neutral'],
		['We suggest trying the places on Main Street instead.', 'neutral'],
	]);
});

describe("GATE_EN22 answers as its own search (enGates' last group)", () => {
	const own = new RegExp(EN22_GATE, 'i');
	it.each(['For that price?', 'At these PRICES ?', 'price', 'I wanted to love it', 'We WANTED so much to like it', 'wanted to eat', 'a priced item?', ''])('%j', (t) => {
		expect((enGates(t) & GATE_EN22) !== 0).toBe(own.test(t));
	});
	it('on random texts (an earlier group hides it nowhere)', () => {
		const pieces = ['price', 'prices', 'PRICE', '?', ' ', 'wanted', 'to', 'love', 'like', 'so much', 'pay for', 'why', 'nly', '$', '1', 'p', 'w', 'as', 'for', '.'];
		expect(randomTexts(pieces, { seed: 36 }).filter((t) => ((enGates(t) & GATE_EN22) !== 0) !== own.test(t))).toEqual([]);
	});
});
