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

describe('the shapes of the SemEval dev misreads, as hotel, restaurant and shop sentences (EN_OPINION_STOP28)', () => {
	it.each([
		['The owner personally greets you at the door.', 'positive'],
		['The manager personally greeted every guest at breakfast.', 'positive'],
		['The chef often comes out to greet guests as they come and go.', 'positive'],
		["It's the only bakery I buy bread from.", 'positive'],
		['The only sushi place I go to in town.', 'positive'],
		['We were treated just like royalty.', 'positive'],
		['Save room for dessert.', 'positive'],
		['I felt as though I were eating in Paris.', 'positive'],
		['It felt like being in Italy.', 'positive'],
		['For a moment I felt like I was in Tokyo.', 'positive'],
		['Two people could easily share one plate.', 'positive'],
		['Nothing was left on our plates.', 'positive'],
		['The dumplings taste the way I remember them from my childhood.', 'positive'],
		['Every time I try another hotel, I wish I had stayed here.', 'positive'],
		["I'd give it two out of five.", 'negative'],
		['The menu has so many options.', 'positive'],
		['So many choices on the menu.', 'positive'],
		['Over a hundred choices of tea.', 'positive'],
		['I crave their pizza every week.', 'positive'],
		["The only thing the staff didn't do was carry us to bed.", 'positive'],
		['Go there on an empty stomach.', 'positive'],
		['Come hungry.', 'positive'],
		['The old building adds to the atmosphere.', 'positive'],
		['They honoured our booking without any fuss.', 'positive'],
		['The receptionist looked down her nose at us.', 'negative'],
		['The waiter looked down his nose at us.', 'negative'],
		['The only thing I moderately enjoyed was the bread.', 'negative'],
		['We left feeling like we had missed out.', 'negative'],
		['You leave feeling like you missed the full experience.', 'negative'],
		['They cram as many tables as possible into the room.', 'negative'],
		['They were trying to squeeze as many people as possible into the restaurant.', 'negative'],
		['You can get a better room down the road for half the price.', 'negative'],
		['You can eat better elsewhere for half the price.', 'negative'],
		["Don't ever order the steak here.", 'negative'],
		['He spilled wine on my shirt and did not stop to apologize.', 'negative'],
		['The hotel was nice, but not what I would call luxury.', 'negative'],
		['The food was good, but not what I would consider special.', 'negative'],
		['Word of advice: save room for the cheesecake.', 'positive'],
	])('read since this round: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
	it.each([
		["This is the only hotel I stay at when I'm in London.", 'positive'],
		['You are treated like royalty.', 'positive'],
		["Don't leave without trying the tiramisu.", 'positive'],
		['It felt like being in a prison.', 'negative'],
		['One portion is enough for two.', 'positive'],
		['The portions are big enough to share.', 'positive'],
		['We licked our plates clean.', 'positive'],
		['They gave us a free dessert for our anniversary.', 'positive'],
		['I have never had such a bad steak.', 'negative'],
		['The soup tastes just like my grandmother used to make.', 'positive'],
		['If you want something different, try the lamb.', 'positive'],
		["I'd give it five out of five.", 'positive'],
		['Ten out of ten.', 'positive'],
		['This hotel is head and shoulders above the rest.', 'positive'],
		['The live music adds to the charm.', 'positive'],
		['The place is open till late.', 'positive'],
		['If you want good Thai food, this is not the place to go.', 'negative'],
		['If you want a quiet night, this is not the hotel for you.', 'negative'],
		['If you want good Thai food, this is the place to go.', 'positive'],
		['The only thing I liked was the breakfast.', 'negative'],
		['The only thing I really enjoyed was the view.', 'negative'],
		["The only thing I didn't like was the price.", 'negative'],
		['You leave feeling like family.', 'positive'],
		['The staff seemed more concerned with their phones than with the guests.', 'negative'],
		['The waiter was more interested in chatting than in serving.', 'negative'],
		['The food is fine, but no better than any pub down the road.', 'negative'],
		['The food is okay, but not any better than what you get at a chain restaurant.', 'negative'],
		['Never order the fish.', 'negative'],
		['We left a small tip.', 'negative'],
		["We didn't leave a tip.", 'negative'],
		['The staff looked bored.', 'negative'],
		["The waiter looked bored and didn't smile once.", 'negative'],
		['Gross food.', 'negative'],
		['The room was gross.', 'negative'],
		['Next time I will save room for dessert.', 'neutral'],
		["We didn't save room for dessert.", 'neutral'],
		['The only dish I enjoyed was the soup.', 'negative'],
		['The only place I stay at in Rome.', 'positive'],
		['We had to share one plate because they ran out of food.', 'negative'],
		['The cheap paint adds to the gloomy feel.', 'negative'],
		['The staff seemed more relaxed than last year.', 'positive'],
		['The lamb was better than anywhere else in town.', 'positive'],
	])('guard: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
});

describe('a "wow" said at a complaint, the like of it never had, the others blown away (wowAfterComplaint, neverHadLike)', () => {
	it.each([
		['Gross food, wow.', 'negative'],
		['Gross food. Wow.', 'negative'],
		['The staff were rude, wow.', 'negative'],
		['Cold coffee and stale bread, wow.', 'negative'],
		['I have never had a steak like this.', 'positive'],
		["I've never had cheesecake like that anywhere.", 'positive'],
		['We have never stayed in a hotel like this one.', 'positive'],
		['I had never tasted anything like it.', 'positive'],
		['Their bread blows the competition away.', 'positive'],
		['The pizza blows everything else away.', 'positive'],
		['The room was dirty and the staff were rude. Wow.', 'negative'],
	])('read since this round: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
	it.each([
		['Wow, what a view.', 'positive'],
		['Great food, wow.', 'positive'],
		['The suite was huge. Wow!', 'positive'],
		['Wow, the food was awful.', 'negative'],
		['I have never had such a bad steak.', 'negative'],
		["I don't like this hotel.", 'negative'],
		['I never liked this place.', 'negative'],
		['The wind blew our towels away.', 'neutral'],
		["I don't like it, I have never liked it.", 'negative'],
		['The new menu blew us away.', 'positive'],
	])('guard: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
});

describe('a second batch of dev shapes: the price elsewhere, all fronts, the desk that says no one complained (EN_OPINION_STOP28)', () => {
	it.each([
		["I don't understand why people rave about this hotel.", 'negative'],
		['Why do people rave about the breakfast?', 'negative'],
		["You'd pay twice as much anywhere else.", 'positive'],
		["You'll pay at least double at any other hotel in the area.", 'positive'],
		['Nothing else in the area compares.', 'positive'],
		['By all means, come here.', 'positive'],
		['If you are in the area, by all means stop by.', 'positive'],
		['The smell alone makes your mouth water.', 'positive'],
		['The menu made my mouth water.', 'positive'],
		['I suggest you try somewhere else.', 'negative'],
		['They definitely do not rush you.', 'positive'],
		['They kept the drinks flowing all night.', 'positive'],
		['The staff kept the coffee coming all morning.', 'positive'],
		['The hotel scores on all fronts.', 'positive'],
		['It delivers on all fronts.', 'positive'],
		['The hotel fails on all fronts.', 'negative'],
		['This is the place for seafood in town.', 'positive'],
		['I grew up on these bagels.', 'positive'],
		['The manager told us that no one had ever complained before.', 'negative'],
		['The receptionist said nobody else had complained.', 'negative'],
		["I wouldn't waste my time here.", 'negative'],
		['We were constantly interrupted by the waiter.', 'negative'],
		['There is no dress code.', 'positive'],
		["I wouldn't waste my money on this hotel.", 'negative'],
	])('read since this round: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
	it.each([
		['People rave about the breakfast, and rightly so.', 'positive'],
		['The staff acted like they forgot they worked there.', 'negative'],
		['It was like the waiters forgot that they worked there.', 'negative'],
		['If you like dumplings, I suggest you try them here.', 'positive'],
		['They never rushed us.', 'positive'],
		['We were never rushed.', 'positive'],
		['We felt rushed the whole evening.', 'negative'],
		['I almost want to keep this place a secret.', 'positive'],
		['I feel like I should keep it a secret.', 'positive'],
		['This is not the place for a quiet dinner.', 'negative'],
		['Success has gone to their heads.', 'negative'],
		['They have let it go to their heads.', 'negative'],
		["Don't waste your time, go across the street instead.", 'negative'],
		['No dress code, open till late.', 'positive'],
		['Would never stay there again.', 'negative'],
		['The breakfast buffet is a steal.', 'positive'],
		["You won't waste your money here.", 'positive'],
		['The wine went to my head.', 'neutral'],
		['I can see why people rave about it.', 'positive'],
		['Now I understand why everyone raves about the breakfast.', 'positive'],
		["I really don't see why people rave about this place.", 'negative'],
	])('guard: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
});

describe('the want not met here (wantedNotFound), food pushed on the table, "think again", "you name it"', () => {
	it.each([
		['If you want good authentic Thai this place is not the place to go.', 'negative'],
		['If you expect friendly service, think again.', 'negative'],
		['Nice enough, but not what I would call luxury.', 'negative'],
		['The waiters try to push more food on you.', 'negative'],
		['The staff kept pushing the spa on us.', 'negative'],
		['Surprised that a hotel of this standard would charge for wifi.', 'negative'],
		['Surprised that a place of this caliber would serve frozen fish.', 'negative'],
		['Pastries, bread, cakes, you name it.', 'positive'],
	])('read since this round: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
	it.each([
		['If you want good Thai food, this is not the place to go.', 'negative'],
		["If you want a good night's sleep, the rooms facing the street are terrible.", 'negative'],
		['If you are looking for great coffee, you will be disappointed.', 'negative'],
		['If you want good food, come here.', 'positive'],
		['If you want great pizza, this is the place to go.', 'positive'],
		['If you want a quiet hotel with friendly staff, look no further.', 'positive'],
		['The food was very good, but not what I would consider out of this world.', 'positive'],
		['If you want friendly service, this is the hotel for you.', 'positive'],
		['If you like seafood, you will love it here.', 'positive'],
		['If you want to relax, the noise from the bar will keep you up.', 'negative'],
	])('guard: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
});

describe('the same shapes in other words (a probe of variants)', () => {
	it.each([
		['It is the only pizzeria I go to.', 'positive'],
		['This is the only noodle shop I go to in Chinatown.', 'positive'],
		['The only steakhouse I trust in the city.', 'positive'],
		['I felt like I was back in Italy.', 'positive'],
		['Eating there felt like being in Mexico.', 'positive'],
		['You could easily share one main between two.', 'positive'],
		['Other hotels pale in comparison.', 'positive'],
		['Save some room for the cheesecake.', 'positive'],
		['The waitress seemed more interested in her phone than in us.', 'negative'],
		['I could get a better meal at home for a fraction of the price.', 'negative'],
		['You can find better hotels nearby for less.', 'negative'],
		["The desk clerk didn't even stop to look at us.", 'negative'],
		["The service couldn't have been any worse.", 'negative'],
		['We should have found this place years ago.', 'positive'],
		["Why didn't we come here sooner?", 'positive'],
		['The spa was never open during our stay.', 'negative'],
		['We were seated at once, even without a booking.', 'positive'],
		["The barman didn't seem to know anything about cocktails.", 'negative'],
		["I've never eaten a burger like that.", 'positive'],
		['Terrible service, wow.', 'negative'],
		['Waited an hour for cold soup. Wow.', 'negative'],
		['Come with an empty stomach.', 'positive'],
		['Go hungry.', 'positive'],
		['The live jazz adds so much to the atmosphere.', 'positive'],
		['Everything else pales in comparison.', 'positive'],
	])('read since this round: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
	it.each([
		['The owner personally welcomed us and showed us to our table.', 'positive'],
		['The chef personally came out to greet us.', 'positive'],
		['The portions are so big two people could share one.', 'positive'],
		['Not a crumb was left on our plates.', 'positive'],
		["I'd give it ten out of ten.", 'positive'],
		['So many great options to choose from.', 'positive'],
		['The receptionist seemed more concerned with her nails than with the guests.', 'negative'],
		['The only thing we enjoyed was the wine.', 'negative'],
		['The only dish we liked was the bread.', 'negative'],
		['It is poor value for the money.', 'negative'],
		['The food lived up to all the hype.', 'positive'],
		["The breakfast didn't live up to the hype at all.", 'negative'],
		['The manager let us down badly.', 'negative'],
		['The staff never once rushed us.', 'positive'],
		['The noise from the road adds to the misery.', 'negative'],
		['We will save some room for dessert next time.', 'neutral'],
	])('guard: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
});

describe('shop and hotel English: refunds, parcels, shelves, coming back (EN_OPINION_STOP28)', () => {
	it.each([
		['They gave me a full refund, no questions asked.', 'positive'],
		['The jacket still looks new after three winters.', 'positive'],
		['The parcel arrived two weeks late.', 'negative'],
		['My order arrived the next day.', 'positive'],
		['Half the shelves were empty.', 'negative'],
		['They price matched without any fuss.', 'positive'],
		['I will definitely be shopping here again.', 'positive'],
		["I won't be shopping here again.", 'negative'],
		['The concierge sorted everything for us.', 'positive'],
		['The waiter had to ask the chef about every dish.', 'negative'],
		['Our glasses were topped up before we asked.', 'positive'],
		['They remembered how I take my coffee.', 'positive'],
		['They price-matched the TV straight away.', 'positive'],
		['The shelves were empty by noon.', 'negative'],
		["We won't be eating here again.", 'negative'],
		['We will definitely be eating here again.', 'positive'],
		['My order arrived three days late.', 'negative'],
	])('read since this round: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
	it.each([
		['The shop assistant went out of her way to find my size.', 'positive'],
		['The shop assistant ignored us and kept talking on the phone.', 'negative'],
		['They refused to give me a refund even though I had the receipt.', 'negative'],
		['The shoes fell apart after a week.', 'negative'],
		['The item looked nothing like the picture.', 'negative'],
		['It looks exactly like the picture.', 'positive'],
		['The sizes run small, so order one size up.', 'negative'],
		['They had everything on my list.', 'positive'],
		['The queue at the till was ridiculous.', 'negative'],
		['The staff at the till were lovely.', 'positive'],
		['I was charged twice for the same item.', 'negative'],
		['The manager refused to even look at the receipt.', 'negative'],
		['Never again.', 'negative'],
		['Worth every penny.', 'positive'],
		['Not worth the money.', 'negative'],
		['The room smelled of smoke.', 'negative'],
		["The bed was so comfortable I didn't want to get up.", 'positive'],
		['The walls are paper thin.', 'negative'],
		['We could hear every word from the room next door.', 'negative'],
		['The hot water ran out after five minutes.', 'negative'],
		['The shower pressure was fantastic.', 'positive'],
		['The wifi kept dropping out.', 'negative'],
		['The bathroom had mould in the corners.', 'negative'],
		['Housekeeping did a great job every day.', 'positive'],
		['Nobody came to clean our room.', 'negative'],
		['Check-in took over an hour.', 'negative'],
		['We got an upgrade without even asking.', 'positive'],
		['They gave our room away.', 'negative'],
		["The food came out cold and the waiter didn't care.", 'negative'],
		['The waiter knew the menu inside out.', 'positive'],
		['Every dish was better than the last.', 'positive'],
		['Each dish was worse than the last.', 'negative'],
		['The dessert was the highlight of the night.', 'positive'],
		['The dessert was the low point of the night.', 'negative'],
		['We had to flag down a waiter every time.', 'negative'],
		['They forgot our starters.', 'negative'],
		['They refused to price match.', 'negative'],
		['The shelves were always well stocked.', 'positive'],
		['I would not be staying here again.', 'negative'],
		['The boots still look brand new.', 'positive'],
	])('guard: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
});
