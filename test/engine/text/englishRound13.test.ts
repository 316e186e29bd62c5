/**
 * English sentences, thirteenth round (stop 28): self-written hotel, restaurant and shop sentences, not taken from any
 * data set, in the shapes of the SemEval dev misreads. In each block the first list is read differently since this round
 * (each fails on the engine before it); the second holds guards (negated and contrasted forms) the engine already read
 * right and must keep.
 */
import { getEngine } from '../../../nodes/engine/text';

const engine = getEngine();
const labelOf = (text: string) => engine.analyze(text).sentiment.label;

describe('the worst told as what could not be worse, a late find, what lived up to it (EN_OPINION_STOP27)', () => {
	it.each([
		["The service couldn't be worse.", 'negative'],
		['Honestly, the food could not be worse.', 'negative'],
		["Things couldn't get any worse.", 'negative'],
		["The check-in couldn't have gone worse.", 'negative'],
		["Things couldn't have gone better.", 'positive'],
		["The evening couldn't have gone any better.", 'positive'],
		['The breakfast was better than the dinner, which is not saying much.', 'negative'],
		["It was the best meal of the trip, but that's not saying much.", 'negative'],
		['The hotel is poor value for money.', 'negative'],
		['The shop is poor value for money.', 'negative'],
		['We should have come here years ago.', 'positive'],
		['I should have tried this place years ago.', 'positive'],
		['It lived up to every expectation.', 'positive'],
		['The spa lived up to the photos.', 'positive'],
		['The food never lived up to the reviews.', 'negative'],
		['We were seated straight away.', 'positive'],
		['Even on a Friday night we were seated straight away.', 'positive'],
		["The waiter didn't know anything about the wines.", 'negative'],
		["The staff don't know anything about the menu.", 'negative'],
		['The pool was never open.', 'negative'],
		['The bar was never open when we wanted a drink.', 'negative'],
		['The spa is never open in the evening.', 'negative'],
		['The lift was never working.', 'negative'],
		['The elevator is never working.', 'negative'],
	])('read since this round: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
	it.each([
		["Our room couldn't have been worse.", 'negative'],
		["The location couldn't be better.", 'positive'],
		['The staff could not have been nicer.', 'positive'],
		['Poor value for money, given the tiny portions.', 'negative'],
		["It's not poor value for money at all.", 'positive'],
		['The set lunch is good value for money.', 'positive'],
		['Great value for money.', 'positive'],
		['I wish I had found this shop years ago.', 'positive'],
		['The room could have been cleaner.', 'negative'],
		['The restaurant lived up to the hype.', 'positive'],
		['The hotel really lived up to its reputation.', 'positive'],
		["The restaurant didn't live up to the hype.", 'negative'],
		['Sadly the hotel did not live up to its reputation.', 'negative'],
		['The hotel did not live up to the photos.', 'negative'],
		["It didn't live up to expectations.", 'negative'],
		["We weren't seated straight away, we waited forty minutes.", 'negative'],
		['The service let us down.', 'negative'],
		['Unfortunately the kitchen let us down badly.', 'negative'],
		['They let me down on my birthday.', 'negative'],
		['They never let us down.', 'positive'],
		['The staff have never let us down in ten years.', 'positive'],
		['The hotel did not let us down.', 'positive'],
		['Nobody at reception knew anything about our booking.', 'negative'],
		["If you don't know anything about Thai food, the staff will explain.", 'neutral'],
		["If you don't know anything about sushi, ask the chef.", 'neutral'],
		['The hotel staff could not do enough for us.', 'positive'],
		["Customer service couldn't care less.", 'negative'],
	])('guard: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
});
