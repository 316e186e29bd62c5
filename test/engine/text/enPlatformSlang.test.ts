/**
 * English review slang (stop 29, EN_PLATFORM_SLANG in lexicon.ts): the words of today's review platforms. Self-written
 * hotel, restaurant and shop sentences, not taken from any data set. In each block the first list is read differently
 * since this round (each fails on the engine at 447ff9a); the second holds guards (the other senses of each word, and
 * slang the engine already read) that must keep their reading.
 */
import { getEngine } from '../../../nodes/engine/text';

const engine = getEngine();
const labelOf = (text: string) => engine.analyze(text).sentiment.label;

describe('praise slang', () => {
	it.each([
		['The breakfast buffet slaps.', 'positive'],
		['That burger absolutely slapped.', 'positive'],
		["The rooftop bar was chef's kiss.", 'positive'],
		["Chef's kiss to the kitchen team.", 'positive'],
		['The view from the balcony hits different at sunset.', 'positive'],
		['Honestly no notes.', 'positive'],
		['The pastry chef ate and left no crumbs.', 'positive'],
		['The spa is elite.', 'positive'],
		['This little bar is such a vibe.', 'positive'],
		['The whole place is a vibe.', 'positive'],
		['The cocktails are top tier.', 'positive'],
		['Top-tier service from check-in to checkout.', 'positive'],
		['Their fried chicken is goated.', 'positive'],
		['The tacos were fire.', 'positive'],
		['The brunch menu is straight fire.', 'positive'],
		['That dessert was a banger.', 'positive'],
		['Absolute banger of a meal.', 'positive'],
		['This taco truck is legit.', 'positive'],
		['Zero complaints from us.', 'positive'],
		['We left with zero regrets.', 'positive'],
		['Bussin.', 'positive'],
		['The noodles were bussin.', 'positive'],
	])('read since this round: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
	it.each([
		['The pho was 10/10.', 'positive'],
		['Service was 11/10, would come again.', 'positive'],
		['The vibes were immaculate.', 'positive'],
		['Solid spot for a quick lunch.', 'positive'],
		['Legit the best ramen in town.', 'positive'],
		['A hidden gem off the main square.', 'positive'],
		['100% recommend the tasting menu.', 'positive'],
		['Would stay again in a heartbeat.', 'positive'],
		["Can't fault it.", 'positive'],
		['No complaints at all.', 'positive'],
		['Top notch.', 'positive'],
	])('guard (already read): %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
});

describe('complaint slang', () => {
	it.each([
		['The food was mid.', 'negative'],
		['Honestly pretty mid.', 'negative'],
		['The shower is janky.', 'negative'],
		['Yikes.', 'negative'],
		['The carpet, yikes.', 'negative'],
		['Big nope.', 'negative'],
		['Hard pass.', 'negative'],
		['The bed was a hard no.', 'negative'],
		['0/10.', 'negative'],
		['Zero out of ten.', 'negative'],
		['Do better.', 'negative'],
		['Do better, management.', 'negative'],
		['Management needs to do better.', 'negative'],
		['The new menu is not it.', 'negative'],
		['Run.', 'negative'],
		// the fan's hurry (lead, after the merge): praise, not the warning
		["Run, don't walk, to this hotel.", 'positive'],
		["Run don't walk to book this place!", 'positive'],
		['Straight trash.', 'negative'],
		['The burger was trash.', 'negative'],
		['The vibe was off.', 'negative'],
		['The staff gave me the ick.', 'negative'],
		['Cringe.', 'negative'],
	])('read since this round: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
	it.each([
		['The pasta was meh.', 'negative'],
		['The area felt sketchy at night.', 'negative'],
		['The bathroom was gross.', 'negative'],
		['The hotel is a dump.', 'negative'],
		['This place is a scam.', 'negative'],
		['Total rip-off.', 'negative'],
		['Never again.', 'negative'],
		['Overrated.', 'negative'],
		['The tasting menu was underwhelming.', 'negative'],
		['The rooms were tired and dated.', 'negative'],
		['The room looked tired.', 'negative'],
		['Mid at best.', 'negative'],
		['Weird vibe in the lobby.', 'negative'],
	])('guard (already read): %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
});

describe('the other senses of each word', () => {
	it.each([
		['The building was fire damaged years ago.', 'neutral'],
		['I was tired after the flight.', 'neutral'],
		['We were tired after a long drive, so we went straight to bed.', 'neutral'],
	])('read since this round: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
	it.each([
		['The fire alarm went off at 3am.', 'neutral'],
		['The fire alarm went off twice in the night and nobody came.', 'negative'],
		['There was a fire in the kitchen last year.', 'neutral'],
		['We sat by the fire with a glass of wine, lovely.', 'positive'],
		['The fire exit was at the end of the corridor.', 'neutral'],
		['The kitchen was on fire.', 'neutral'],
		['Solid wooden furniture and a comfy bed.', 'positive'],
		['We checked in mid-morning.', 'neutral'],
		['It was mid afternoon when we arrived.', 'neutral'],
		['The room was mid-sized.', 'neutral'],
		['We stayed midweek.', 'neutral'],
		['Mid way through dinner the power went out.', 'neutral'],
		['The hotel is run down.', 'negative'],
		['Run down rooms and a dirty pool.', 'negative'],
		['Run by a lovely family who made us feel at home.', 'positive'],
		['Run by two brothers since 1985.', 'neutral'],
		['We ate at the hotel restaurant.', 'neutral'],
		['We ate breakfast on the terrace.', 'neutral'],
		['We were tired after the drive and the bed was so comfy.', 'positive'],
		['No complaints.', 'positive'],
		['My complaints were ignored.', 'negative'],
		['The Hidden Gem Inn was lovely.', 'positive'],
		['Trash day is Monday.', 'neutral'],
		["You can't do better than this for the price.", 'positive'],
		['Do you have a room for tonight?', 'neutral'],
		['They offer elite status upgrades.', 'neutral'],
		['As an elite member we got late checkout.', 'neutral'],
		['Bangers and mash for dinner.', 'neutral'],
	])('guard: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
});
