import { checkLabels as check } from './labelRows';

/**
 * English hotel review readings, fifteenth round (stop 30, en15): general readings over the shape of a review, with
 * self-written hotel reviews in the voice of platform guests, not copied from any data set (nor read off the project's
 * hotel sets). Each describe names one shape; the rows the base (ece1144) misread come first, guards after them keep what
 * the shape must not take.
 */

describe('praise in scare quotes or after "so-called" is said in scorn (scareQuotesEn)', () => {
	check([
		['We had the so-called sea view.', 'negative'],
		['"Deluxe" room, if deluxe means a mattress from 1995.', 'negative'],
		['The "friendly" receptionist rolled her eyes at us.', 'negative'],
		['The so-called spa was a hot tub in a basement.', 'negative'],
		['The "complimentary" breakfast was charged to our card.', 'negative'],
		['Our "quiet" room faced the nightclub.', 'negative'],
		['The "clean" towels had hair on them.', 'negative'],
		['The so-called friendly staff ignored us at the desk.', 'negative'],
		['The so-called gourmet breakfast was two slices of toast.', 'negative'],
		// guards: quoted speech, a name or title, a quoted verdict, a so-called phrase the praise is not part of
		['The staff said "no problem" and fixed it.', 'positive'],
		['"Best stay ever" says it all.', 'positive'],
		['We watched "The Great Gatsby" in the cinema room and loved it.', 'positive'],
		['A room called "Paradise" and it lived up to the name.', 'positive'],
		['Our so-called budget room was spotless and comfy.', 'positive'],
		['Our "luxury" suite had a broken kettle.', 'negative'],
	]);
});

describe('a negated superlative taken back by "but close" keeps the superlative (nearSuperlative)', () => {
	check([
		["Not the worst hotel I've stayed in, but close.", 'negative'],
		["Won't say it's the worst place I've stayed, but it's close.", 'negative'],
		["Not the dirtiest room we've had, but not far off.", 'negative'],
		["It's not the worst breakfast in Europe but it comes close.", 'negative'],
		['Not the best hotel in town, but close.', 'positive'],
		['Not quite the best hotel in the city, but pretty close.', 'positive'],
		// guards: negated superlatives without the taking back, and "close to" a place
		["Not exactly the best night's sleep.", 'negative'],
		['Far from the cleanest hotel in town.', 'negative'],
		['Not the cheapest but worth every penny.', 'positive'],
		["Can't say enough good things about this place.", 'positive'],
		["Couldn't have asked for better.", 'positive'],
		['Not the cheapest but close to the beach.', 'positive'],
	]);
});

describe('a story of a problem that ends in thanks for the fix is praise (thankedFix)', () => {
	check([
		['The boiler broke on the coldest night of the year and the room was freezing. By breakfast the engineer had fixed it and the manager took a night off our bill. Thank you to the whole team.', 'positive'],
		['Our flight was cancelled and we turned up at midnight with two tired kids and no booking. The night porter found us a family room and brought milk for the baby. Thank you Sam, you saved our trip.', 'positive'],
		['The room was filthy when we arrived, with stains on the carpet and a dirty bathroom. Housekeeping came straight away and we were upgraded. Thank you Lucy on reception.', 'positive'],
		['The air conditioning broke and the room was unbearably hot and noisy. They fixed it within the hour. Thank you.', 'positive'],
		// guards: a story the base already read as praise, sarcastic thanks, and polite thanks after a story with no fix
		['Our car was broken into in the car park overnight and the window was smashed. The night manager Tom sorted everything, called the police and found us a glass repairer. Thank you Tom!', 'positive'],
		['Thanks for nothing.', 'negative'],
		['Thanks for ruining our anniversary.', 'negative'],
		['We waited two hours for our room and nobody apologised. The shower was cold and the bed was hard. Thanks.', 'negative'],
		['Our room was not ready until 6pm and nobody could tell us why. The pool was closed and the bar ran out of beer. Thanks.', 'negative'],
		['Waited forty minutes at check-in, the room smelled of smoke and the shower was cold. Thank you for your time.', 'negative'],
	]);
});

describe('a deal-breaker after praise carries the review; a minor gripe after praise does not (dealBreaker, minorGripe)', () => {
	check([
		['Good breakfast, nice gym, terrible sleep.', 'negative'],
		["Nice room, great view, but we couldn't sleep at all because of the club next door.", 'negative'],
		['Lovely pool, friendly bar staff, no hot water for three days.', 'negative'],
		['Great location and a nice bar. We could not sleep at all with the music from the club downstairs.', 'negative'],
		['Great stay, only the Wi-Fi was slow.', 'positive'],
		['Lovely hotel, the only downside was the slow lift.', 'positive'],
		['Beautiful hotel and great food, my only gripe was the slow check-in.', 'positive'],
		['Friendly staff, the only issue was the noisy air con.', 'positive'],
		// guards: severe failures already read, praise that wins after "but", a strong complaint after "only", good sleep
		['Lovely staff and a great location. Unfortunately we found bed bugs.', 'negative'],
		['Spotless room and a great shower, but a sleepless night thanks to the street noise.', 'negative'],
		['The room was tiny but the staff made up for it.', 'positive'],
		['Great location and friendly staff, breakfast a bit pricey.', 'positive'],
		['Amazing views, only the pillows were a bit flat.', 'positive'],
		['Only the bathroom was absolutely disgusting.', 'negative'],
		['Great stay, slept like a baby.', 'positive'],
		// lead: a guest who will come back or recommends the place had no deal-breaker (EN_WILL_RETURN); one who won't did
		['Great value for money, we will be back. The shower had weak water pressure and no hot water in the morning.', 'positive'],
		['Lovely staff, highly recommend. We slept badly the first night because of the air conditioning.', 'positive'],
		["Nice room, great view, but we couldn't sleep at all. Would not recommend.", 'negative'],
	]);
});
