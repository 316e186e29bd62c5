/**
 * English sentences, fifth round (stop 18): self-written hotel and restaurant sentences of general English constructions —
 * negators that reach to the end of their clause ("not once", "never once", "don't expect"), "if only for"
 * that restricts and wishes nothing, "while" that concedes where a sentence begins, "never" before a comparative, the
 * class of a hotel named as a yardstick ("for a five-star hotel"), and the opinion words and idioms of review English
 * the lexicon lacked (found by probing the engine with a self-written word list) — with the guards where the same
 * words must keep their reading.
 */
import { getEngine } from '../../../nodes/engine/text';

const engine = getEngine();
const labelOf = (text: string) => engine.analyze(text).sentiment.label;

describe('negators that reach to the end of their clause', () => {
	it.each([
		"Don't expect the staff at the front desk to be helpful.",
		'Do not expect the waiters to be friendly or quick.',
	])('%s → negative', (text) => {
		expect(labelOf(text)).toBe('negative');
	});

	it.each([
		'We have stayed here five times and not once has the housekeeping disappointed.',
		'Never once were we made to feel rushed by the waiters.',
	])('a complaint denied: %s → positive', (text) => {
		expect(labelOf(text)).toBe('positive');
	});

	it.each(["Don't expect the pool to be big, but the staff were wonderful and the beds superb."])(
		'a contrast still ends the reach: %s → positive',
		(text) => {
			expect(labelOf(text)).toBe('positive');
		},
	);
});

describe('"if only for" restricts, it wishes nothing', () => {
	it.each([
		'I would go back if only for the desserts.',
		'The hotel is worth a stay if only to have a drink at the rooftop bar.',
		'It is worth the trip even if only for the bread basket.',
	])('%s → positive', (text) => {
		expect(labelOf(text)).toBe('positive');
	});

	it.each(['If only the room had been as nice as the lobby.', 'If only the waiters were as friendly as the chef.'])(
		'the unmet wish stays: %s → negative',
		(text) => {
			expect(labelOf(text)).toBe('negative');
		},
	);
});

describe('"while" concedes where a sentence begins', () => {
	it.each(['While the lobby is lovely, the rooms are filthy.', 'Whilst the waiters were friendly, the food was awful.'])('%s → negative', (text) => {
		expect(labelOf(text)).toBe('negative');
	});

	it.each(['While the rooms are small, they are spotless and comfortable.'])('%s → positive', (text) => {
		expect(labelOf(text)).toBe('positive');
	});

	it.each(['The staff were lovely while we waited for our room, but the room was filthy.'])(
		'elsewhere "while" tells the time: %s → negative (by the contrast, not halved by "while")',
		(text) => {
			const a = engine.analyze(text, { explain: true });
			expect(a.sentiment.label).toBe('negative');
		},
	);
});

describe('"never" before a comparative measures, it does not deny', () => {
	it.each(['I have never stayed in a worse hotel.', 'We have never been treated so badly by a waiter.', "We've been to better places in this town."])(
		'%s → negative',
		(text) => {
			expect(labelOf(text)).toBe('negative');
		},
	);

	it.each(['I have never stayed in a better hotel.', 'We have never been treated so well in a restaurant.'])('%s → positive', (text) => {
		expect(labelOf(text)).toBe('positive');
	});
});

describe('the class of a hotel named as a yardstick is no praise', () => {
	it.each(['We expected a lot more from a five-star hotel.', 'For a five star hotel, the towels were thin and grey.'])('%s → not positive', (text) => {
		expect(labelOf(text)).not.toBe('positive');
	});

	it.each(['Five-star service from start to finish.', 'A five star experience in every way.'])('praise of the class stays: %s → positive', (text) => {
		expect(labelOf(text)).toBe('positive');
	});
});

describe('opinion words review English uses that the lexicon lacked', () => {
	it.each([
		'The scallops were delectable.',
		'A sumptuous breakfast spread.',
		'The desserts are moreish.',
		'The reception staff were cordial and affable.',
		'Check-in was speedy.',
		'Housekeeping was faultless.',
		'We were wowed by the view.',
		'The cocktails are delish.',
		'The chocolate cake was decadent.',
	])('%s → positive', (text) => {
		expect(labelOf(text)).toBe('positive');
	});

	it.each([
		'The soup was insipid.',
		'The coffee was tepid.',
		'The fries were limp.',
		'The building is dilapidated.',
		'The prices are extortionate.',
		'The waiter was grumpy and discourteous.',
		'The carpet in the corridor was damp.',
		'We felt insulted by the manager.',
		'The wine was undrinkable.',
		'The room service was substandard.',
		'The cleaning was unsatisfactory.',
	])('%s → negative', (text) => {
		expect(labelOf(text)).toBe('negative');
	});

	it.each(['We ordered the fatty tuna and the eel.'])('a dish named by a fault word is no complaint: %s → neutral', (text) => {
		expect(labelOf(text)).toBe('neutral');
	});
});

describe('idioms of praise and complaint with no opinion word', () => {
	it.each([
		'The staff bent over backwards for us.',
		'The room does the job for a night.',
		'The portions were more than enough.',
		"The staff couldn't have been nicer.",
		'The concierge could not have been kinder.',
		'We felt very welcome from the moment we arrived.',
		'They really spoiled us on our anniversary.',
		'Do not hesitate to book this place.',
		'I have nothing but praise for the kitchen.',
		'The price was right.',
		'The birthday dinner was a success.',
		'The new menu has much improved.',
	])('%s → positive', (text) => {
		expect(labelOf(text)).toBe('positive');
	});

	it.each([
		'Steer clear of the buffet.',
		'Give this place a miss.',
		'The tasting menu fell flat.',
		'The curry missed the mark.',
		'The steak tasted like shoe leather.',
		'The staff could be friendlier.',
		"Don't expect much from the breakfast.",
		'Reception could not be bothered to help.',
		'Nobody bothered to refill our glasses.',
		'The rooms are rough around the edges.',
		'The breakfast needs work.',
		'Service was non-existent.',
		'The manager was nowhere to be found.',
		'The waiter spilled the wine and no one apologised.',
		'We felt unwelcome.',
		'Do not eat here.',
		'Standards have slipped.',
		'The food used to be better.',
		'The hotel is a shadow of its former self.',
		'My first and last time.',
		'They lost our booking.',
	])('%s → negative', (text) => {
		expect(labelOf(text)).toBe('negative');
	});

	it.each(['Please do not hesitate to contact us if you need anything.', 'The staff kept the spoiled milk away from the coffee bar.', 'The milk in the minibar was spoiled.'])(
		'no praise here: %s → not positive',
		(text) => {
			expect(labelOf(text)).not.toBe('positive');
		},
	);
});

describe('fixed phrases of a good or bad evening, value and ratings', () => {
	it.each([
		'We had a blast at the rooftop bar.',
		'The tasting menu was a feast for the eyes.',
		'The sticky toffee pudding was a big hit with the kids.',
		'The bar staff were on the ball all night.',
		'They remembered our names from last summer.',
		'The broth was bursting with flavour.',
		"You won't leave hungry.",
		"The prices won't hurt your wallet.",
		'I would give the hotel 9 out of 10.',
	])('%s → positive', (text) => {
		expect(labelOf(text)).toBe('positive');
	});

	it.each([
		'The low point was the dessert.',
		'The new burger was a flop.',
		'The salad was drowning in dressing.',
		'We went home hungry.',
		"You don't get much for your money.",
		'Bring earplugs if you want to sleep.',
		"I'd rather eat at home.",
		'Not even worth one star.',
		'The food gets 3 out of 10 from me.',
	])('%s → negative', (text) => {
		expect(labelOf(text)).toBe('negative');
	});

	it.each(['We ordered 2 out of the 10 dishes on the menu.', '8 out of 10 rooms on our floor were taken.', '9 out of 10 times we take the bus.'])('a count is no rating: %s → neutral', (text) => {
		expect(labelOf(text)).toBe('neutral');
	});
});

describe('"not even" before a lukewarm word or a bare minimum falls short of it', () => {
	it.each([
		'The breakfast was not even mediocre.',
		'The steak was not even edible.',
		'Housekeeping was not even up to par.',
		'The house wine was barely drinkable.',
		'The state of the bathroom was not acceptable.',
		"Honestly, it's not even funny.",
	])('%s → negative', (text) => {
		expect(labelOf(text)).toBe('negative');
	});

	it.each(['The room was not even slightly dirty.'])('a complaint denied stays praise: %s → positive', (text) => {
		expect(labelOf(text)).toBe('positive');
	});
});
