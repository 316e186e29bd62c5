/**
 * English sentences, twelfth round (stop 26): self-written restaurant and hotel sentences, not taken from any data set.
 * The shapes of the round: the right measure of what could be too much ("The music was just loud enough"), what only
 * worked somewhere ("The wifi only worked in the lobby"), the one thing worth having ("The only thing worth eating was the
 * bread"), the answer to a request ("We asked for a late checkout and they said yes straight away", "I asked for a quiet
 * room and got one above the bar"), a gift left in the room, being looked after. In each block the first list is read
 * differently since this round (each fails on the engine before it); the second holds guards the engine already read
 * right.
 */
import { getEngine } from '../../../nodes/engine/text';

const engine = getEngine();
const labelOf = (text: string) => engine.analyze(text).sentiment.label;

describe('review English told as facts and idioms (EN_OPINION_STOP26)', () => {
	it.each([
		['The music was just loud enough.', 'positive'],
		['The sauce was just spicy enough.', 'positive'],
		['The curry was just hot enough for me.', 'positive'],
		['The wifi only worked in the lobby.', 'negative'],
		['The shower only worked on one setting.', 'negative'],
		['The bar was closed every night we were there.', 'negative'],
		['The dessert was the only thing worth eating.', 'negative'],
		['The only thing worth ordering is the pizza.', 'negative'],
		['The only thing they got right was the wine.', 'negative'],
		['The only problem was leaving.', 'positive'],
		['We asked for a table by the window and they made it happen.', 'positive'],
		['They fixed it straight away.', 'positive'],
		['I asked for extra towels and they brought them within minutes.', 'positive'],
		['I asked for extra towels and never got them.', 'negative'],
		['We asked for a late checkout and were told no.', 'negative'],
		['I asked for a quiet room and got one above the bar.', 'negative'],
		['Our room was directly above the kitchen.', 'negative'],
		['They even left a bottle of wine in our room for our anniversary.', 'positive'],
		['They even left chocolates on our pillows.', 'positive'],
		['We felt really looked after.', 'positive'],
		['The manager came over to check everything was okay.', 'positive'],
		['Staff couldn\'t remember our order.', 'negative'],
		['The breakfast was the same every single day.', 'negative'],
		['Children were not welcome.', 'negative'],
		['Our glasses were empty most of the night.', 'negative'],
		['Bottom of the barrel.', 'negative'],
		['It was fine, but nothing more.', 'negative'],
	])('read since this round: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
	it.each([
		['The music was so loud we couldn\'t hear each other.', 'negative'],
		['The music was loud enough to give you a headache.', 'negative'],
		['The room was barely big enough for the two of us.', 'negative'],
		['The room was big enough for the four of us.', 'positive'],
		['The only thing better than the food was the service.', 'positive'],
		['The only good thing was the location.', 'negative'],
		['My only complaint is that we had to leave.', 'positive'],
		['I asked for a quiet room.', 'neutral'],
		['We asked for a late checkout and were refused.', 'negative'],
		['Our glasses were never empty.', 'positive'],
		['We felt very welcome.', 'positive'],
		['We did not feel welcome.', 'negative'],
		['Staff remembered our names after the first day.', 'positive'],
		['The pool is on the roof.', 'neutral'],
	])('guard: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
});

describe('"would have been" praise conceded with "even if" (unmetConceded)', () => {
	it.each([
		['It would have been perfect even if it had rained.', 'positive'],
		['It would have been perfect even without the upgrade.', 'positive'],
	])('read since this round: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
	it.each([
		['It would have been perfect if the room had been quiet.', 'negative'],
		['It would have been perfect if it hadn\'t rained.', 'negative'],
		['It would have been better even if they had just apologised.', 'negative'],
		['It would have been nice to have a kettle.', 'negative'],
	])('guard: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
});

describe('"it is ridiculous" after praise exclaims its degree (exclaimedDegree)', () => {
	it.each([
		['I am completely hooked on this place, it is ridiculous.', 'positive'],
		['The food is amazing, it\'s ridiculous.', 'positive'],
		['The portions are huge, it\'s ridiculous.', 'positive'],
	])('read since this round: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
	it.each([
		['The prices are ridiculous.', 'negative'],
		['They charged us for water, it\'s ridiculous.', 'negative'],
		['The service was slow, it is ridiculous.', 'negative'],
		['I love this place, it\'s crazy how good it is.', 'positive'],
	])('guard: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
});

describe('"had only" and a short list of plain things (onlyShortList)', () => {
	it.each([
		['Breakfast had only toast and cereal.', 'negative'],
		['The minibar had only water and beer.', 'negative'],
		['The menu offered only pizza and pasta.', 'negative'],
	])('read since this round: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
	it.each([
		['There were only me and my wife.', 'neutral'],
		['We had only carry-on bags and a stroller.', 'neutral'],
		['We had only good food and great service.', 'positive'],
		['The hotel has only three floors and a lift.', 'neutral'],
	])('guard: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
});

describe('a request and its answer (requestAnswered)', () => {
	it.each([
		['We asked for the bill three times.', 'negative'],
		['I asked for a late checkout and got it.', 'positive'],
		['We asked for a quiet room and got one.', 'positive'],
		['When we asked for a different table, they said there were none.', 'negative'],
		['I asked if we could change rooms and they said it was not possible.', 'negative'],
		['We requested a cot and it was waiting in the room.', 'positive'],
	])('read since this round: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
	it.each([
		['I asked the waiter for the wine list.', 'neutral'],
		['We requested a cot for the baby.', 'neutral'],
		['She asked whether we wanted dessert.', 'neutral'],
		['We asked for a quiet room and got one next to the lift.', 'negative'],
		['I asked for advice on the menu and the waiter was brilliant.', 'positive'],
		['I asked for more water twice and it never came.', 'negative'],
		['I asked for a room on a high floor and they upgraded us.', 'positive'],
	])('guard: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
});

describe('round 11\'s undecided gripes: a named fault is a mild complaint; in a review of praise the praise decides', () => {
	it.each([
		['My only gripe is that the bar closes early.', 'negative'],
		['The only downside was the price.', 'negative'],
		['Lovely hotel and great staff. My only gripe is that the bar closes early.', 'positive'],
		['The rooms were spotless and the food was great. The only downside was the price.', 'positive'],
	])('guard: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
});

describe('a third probe batch: the desk, the kitchen, the noise that did not bother (EN_OPINION_STOP26)', () => {
	it.each([
		['The receptionist didn\'t even look up from her phone.', 'negative'],
		['The hotel is right in the middle of everything.', 'positive'],
		['We were greeted with a welcome drink.', 'positive'],
		['Not one member of staff smiled.', 'negative'],
		['The fish tasted like it had been frozen for months.', 'negative'],
		['The waiter had no idea what was in the dishes.', 'negative'],
		['The noise from the street didn\'t bother us at all.', 'positive'],
		['They didn\'t bother to clean the room.', 'negative'],
		['The waiter didn\'t bother to apologise.', 'negative'],
	])('read since this round: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
	it.each([
		['The staff didn\'t bother us and let us relax.', 'positive'],
		['The noise bothered us every night.', 'negative'],
		['The hotel is in the middle of nowhere.', 'negative'],
		['The chef came out and greeted us with a smile.', 'positive'],
		['The noise from the street kept us awake.', 'negative'],
	])('guard: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
});

describe('a fourth probe batch: restaurant and hotel facts (EN_OPINION_STOP26)', () => {
	it.each([
		['There was nothing more we could have asked for.', 'positive'],
		['The wine list is short but well chosen.', 'positive'],
		['We arrived at seven and didn\'t get our food until nine.', 'negative'],
		['Came for one drink and stayed all night.', 'positive'],
		['Came for dinner and left after the starters.', 'negative'],
		['The burger was the size of my head.', 'positive'],
		['The steak was the size of a coaster.', 'negative'],
		['They accommodated my gluten allergy without any fuss.', 'positive'],
		['They couldn\'t accommodate my gluten allergy.', 'negative'],
		['The room faces the sea.', 'positive'],
		['I\'d give it zero if I could.', 'negative'],
		['Our every need was taken care of.', 'positive'],
		['The hotel shuttle was on time every day.', 'positive'],
		['The hotel shuttle never turned up.', 'negative'],
		['The driver turned up on time.', 'positive'],
		['The window doesn\'t open.', 'negative'],
		['The room faces the sea but the window doesn\'t open.', 'negative'],
	])('read since this round: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
	it.each([
		['We couldn\'t have asked for a better table.', 'positive'],
		['I\'d give it six stars if I could.', 'positive'],
		['The room faces the courtyard.', 'neutral'],
		['The room faces a wall.', 'negative'],
		['It was cheap and cheerful and we loved it.', 'positive'],
		['We arrived at seven and left at ten.', 'neutral'],
	])('guard: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
});

describe('a fifth probe batch: bags, the little touches, glad to leave (EN_OPINION_STOP26)', () => {
	it.each([
		['The hotel staff arranged a taxi for us at five in the morning.', 'positive'],
		['We had to carry our bags up four flights of stairs.', 'negative'],
		['They carried our bags all the way to the room.', 'positive'],
		['Honestly, I can\'t wait to forget this trip.', 'negative'],
		['The little touches made all the difference.', 'positive'],
		['Far too quiet, there was no atmosphere at all.', 'negative'],
		['We were glad to leave.', 'negative'],
		['We were relieved to check out.', 'negative'],
		['There\'s nothing on the menu for vegetarians.', 'negative'],
		['Would happily pay double.', 'positive'],
		['Breakfast was over by the time we came down at nine thirty.', 'negative'],
	])('read since this round: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
	it.each([
		['We were happy to leave our bags there while we explored.', 'positive'],
		['Nobody helped with our bags.', 'negative'],
		['Nice and quiet.', 'positive'],
		['Glad to have found this place.', 'positive'],
		['We were sad to leave.', 'positive'],
		['Honestly, I can\'t wait to go back.', 'positive'],
	])('guard: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
});
