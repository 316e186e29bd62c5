/**
 * English sentences, eleventh round (stop 24): self-written restaurant and hotel sentences, not taken from any data set.
 * The shapes of the round: the unreal conditional ("It would be perfect if the walls were thicker", "I'd have stayed
 * longer if the bed had been comfortable"), two clauses of a sentence that disagree with no contrast word ("Great
 * cocktails, terrible food": the later decides), complaints told as plain facts ("The valet lost our car keys", "The TV
 * had only three channels", "Breakfast finished at nine on a Sunday", "The website promised a pool, but it was closed",
 * "They charged us for parking even though it said free") and a few idioms ("in a heartbeat", "Too bad we live so far
 * away"). In each block the first list is read differently since this round (each fails on the engine before it); the
 * second holds guards the engine already read right.
 */
import { getEngine } from '../../../nodes/engine/text';

const engine = getEngine();
const labelOf = (text: string) => engine.analyze(text).sentiment.label;


describe('the unreal conditional: an if-part in "were" / "had been" with "would"', () => {
	it.each([
		['I\'d have stayed longer if the bed had been comfortable.', 'negative'],
		['It would be perfect if the walls were thicker.', 'negative'],
		['This would be a great restaurant if the service were better.', 'negative'],
		['We would have come back if the staff had been friendlier.', 'negative'],
		['If the rooms were bigger, it would be perfect.', 'negative'],
		['If the staff had been friendlier, we would have come back.', 'negative'],
		['It would be a lovely hotel if the rooms weren\'t so dark.', 'negative'],
		['Even if the weather had been bad, we would have loved it.', 'positive'],
	])('read since this round: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
	it.each([
		['I would come back if I were in the area again.', 'positive'],
		['I\'d go back if I had the chance.', 'positive'],
		['As if that were not enough, they upgraded us for free.', 'positive'],
		['I would recommend this hotel to anyone, even if it was a bit pricey.', 'positive'],
	])('guard: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
});

describe('two clauses of a sentence that disagree with no contrast word', () => {
	it.each([
		['Great cocktails, terrible food.', 'negative'],
		['Nice room, awful breakfast.', 'negative'],
		['Good location, dirty rooms.', 'negative'],
		['The food was great, the service was slow.', 'negative'],
		['Terrible parking, great food.', 'positive'],
	])('read since this round: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
	it.each([
		['Lovely staff, shame about the room.', 'negative'],
		['Clean room, friendly staff.', 'positive'],
		['The room was dirty, the staff were rude.', 'negative'],
		['Good food, but terrible service, and the room was cold.', 'negative'],
	])('guard: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
});

describe('complaints told as facts, and idioms', () => {
	it.each([
		['The website promised a pool, but it was closed.', 'negative'],
		['We wanted to try the spa but it was closed.', 'negative'],
		['The valet lost our car keys.', 'negative'],
		['The housekeeper threw away my toothbrush.', 'negative'],
		['The TV had only three channels.', 'negative'],
		['The room only had one towel.', 'negative'],
		['There was only one lift for twelve floors.', 'negative'],
		['No one cleared our table for twenty minutes.', 'negative'],
		['Nothing was cleaned during our stay.', 'negative'],
		['Breakfast finished at nine on a Sunday.', 'negative'],
		['The pool closed at six on a Saturday.', 'negative'],
		['I\'d stay there again in a heartbeat.', 'positive'],
		['Hard to believe this is a four star hotel.', 'negative'],
		['Who knew a salad could cost thirty dollars?', 'negative'],
		['Too bad we live so far away, we would come every week.', 'positive'],
		['Too bad we had to leave so soon.', 'positive'],
		['They charged us for parking even though it said free.', 'negative'],
		['They told us breakfast was included even though the website said it wasn\'t.', 'negative'],
		['The room was advertised as sea view, but it faced the car park.', 'negative'],
	])('read since this round: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
	it.each([
		['The hotel has only three floors.', 'neutral'],
		['The restaurant is closed on Sundays.', 'neutral'],
		['Nobody refilled our water.', 'negative'],
		['Nothing was too much trouble for the staff.', 'positive'],
		['Who knew a hostel could be this comfortable?', 'positive'],
		['Too bad the food was cold.', 'negative'],
		['Pity about the noise.', 'negative'],
		['Our room overlooked the parking lot.', 'negative'],
	])('guard: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
});

describe('the hotel probe\'s sentences (overall label)', () => {
	it.each([
		['The receptionist was rude to us.', 'negative'],
		['The staff at the front desk were rude and unhelpful.', 'negative'],
		['Liked: the location and the friendly staff.', 'positive'],
		['Disliked: nothing.', 'positive'],
		['Nobody cleaned our room for three days.', 'negative'],
		['The bathroom was dated but clean.', 'positive'],
		['They upgraded us to a suite for free.', 'positive'],
	])('guard: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
});

describe('a second probe batch: a fix that took days, a fortune, what eating there was like', () => {
	it.each([
		['It took them two days to fix the heating.', 'negative'],
		['Our food arrived at different times.', 'negative'],
		["Don't be fooled by the pictures.", 'negative'],
		['Parking cost a fortune.', 'negative'],
		['The bill came to twice what we expected.', 'negative'],
		["The soup tasted like my grandmother's.", 'positive'],
		['It felt like eating in a canteen.', 'negative'],
		["It felt like eating in someone's home.", 'positive'],
	])('read since this round: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
	it.each([
		['It took us an hour to get there, but it was worth it.', 'positive'],
		['Dinner cost a fortune but it was worth every penny.', 'positive'],
		["Don't be fooled by the plain exterior, the food is amazing.", 'positive'],
	])('guard: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
});

describe('a third probe batch: the wish to have gone elsewhere, a door knocked on early, a better room, a date remembered', () => {
	it.each([
		['Wish we had chosen somewhere else.', 'negative'],
		['Housekeeping knocked at eight every morning.', 'negative'],
		['We were moved to a better room without any fuss.', 'positive'],
		['They remembered it was our anniversary and left a card.', 'positive'],
	])('read since this round: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
	it.each([
		['I wish we had stayed somewhere else.', 'negative'],
		['Wish we had stayed longer.', 'positive'],
		['They moved us to a quieter room.', 'positive'],
	])('guard: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
});
