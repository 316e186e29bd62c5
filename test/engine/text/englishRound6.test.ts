/**
 * English sentences, sixth round (stop 19): a self-written probe of review English (restaurants, hotels, shops) — 352
 * sentences of praise, complaint and plain fact kept here (of 361 written for this round, not taken from any data set;
 * the rest are listed in the docs as left). The shapes of the round: wishes ("I wish the food was better" a complaint,
 * "I wish we had found this place sooner" praise), praise of another place or of the past ("the other branch is much
 * better", "this place used to be my favourite"), counterfactuals ("if it weren't for the noise, it would be a great
 * hotel"), misspellings of common opinion words, and idioms the lexicon lacked. In each group the first block is read
 * differently since this round (each fails on the engine before it); the second holds the probe sentences the engine
 * already read right, kept as guards.
 */
import { getEngine } from '../../../nodes/engine/text';

const engine = getEngine();
const labelOf = (text: string) => engine.analyze(text).sentiment.label;

describe("wishes: about the place a complaint, to have found it sooner or to stay longer praise", () => {
	it.each([
		["I wish the food was better.", 'negative'],
		["I wish they had more vegetarian options.", 'negative'],
		["I wish the portions were bigger.", 'negative'],
		["I wish the staff had been a bit friendlier.", 'negative'],
		["I wish the room had been cleaner.", 'negative'],
		["I wish I had read the reviews before booking.", 'negative'],
		["I wish we had gone somewhere else.", 'negative'],
		["I wish we had stayed at a different hotel.", 'negative'],
		["I just wish the music was not so loud.", 'negative'],
		["I wish the waiter had told us about the service charge.", 'negative'],
		["I wish they would clean the bathrooms more often.", 'negative'],
		["I wish we could have stayed longer.", 'positive'],
		["I wish I had discovered this restaurant years ago.", 'positive'],
		["Wish I lived closer, I would come every week.", 'positive'],
	])('read since this round: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
	it.each([
		["We wished we had never booked this place.", 'negative'],
		["I wish I could eat here every day.", 'positive'],
		["I wish we had a place like this in our town.", 'positive'],
	])('kept: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
});

describe("praise of another place or of the past is a complaint of this one", () => {
	it.each([
		["The other branch is much better.", 'negative'],
		["The one on Main Street is much better.", 'negative'],
		["This place used to be my favourite.", 'negative'],
		["The pizza down the road is twice as good and half the price.", 'negative'],
		["Their sister restaurant is a lot better.", 'negative'],
		["The hotel we stayed in the night before was much nicer.", 'negative'],
		["Nothing in the neighbourhood comes close.", 'positive'],
		["Beats every other steakhouse in the city.", 'positive'],
	])('read since this round: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
	it.each([
		["It used to be great.", 'negative'],
		["The food is not as good as it used to be.", 'negative'],
		["It is not as good as it was last year.", 'negative'],
		["The old chef was far better.", 'negative'],
		["We have had better pizza at the supermarket.", 'negative'],
		["Last time we came the service was much better.", 'negative'],
		["Better than any place in town.", 'positive'],
		["This is better than any Italian restaurant I have been to.", 'positive'],
		["The best pizza I have had outside Naples.", 'positive'],
		["Far better than the other hotels on the strip.", 'positive'],
		["It is even better than it used to be.", 'positive'],
		["It was as good as ever.", 'positive'],
		["It is still as good as it was ten years ago.", 'positive'],
		["Much better than the chain places.", 'positive'],
	])('kept: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
});

describe("counterfactuals: the if-part decides, the main clause is what would have been", () => {
	it.each([
		["Had it not been for the service, we would have come back.", 'negative'],
		["If it weren't for the noise, it would be a great hotel.", 'negative'],
		["If it wasn't for the rude manager, I would give five stars.", 'negative'],
		["Were it not for the price, this would be my favourite spot.", 'negative'],
		["If it weren't for this hotel, our trip would have been a disaster.", 'positive'],
		["Had it not been for the friendly staff, we would have left.", 'positive'],
	])('read since this round: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
	it.each([
		["It would have been perfect if the room had been quieter.", 'negative'],
		["The meal would have been great if the fish had been cooked properly.", 'negative'],
		["Would have been five stars if not for the slow service.", 'negative'],
		["It would have been a lovely evening if the waiter had not been so rude.", 'negative'],
		["The stay would have been perfect except for the noisy air conditioning.", 'negative'],
	])('kept: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
});

describe("misspellings of common opinion words", () => {
	it.each([
		["The food was very sastifying.", 'positive'],
		["The dessert was amazzing.", 'positive'],
		["The room was disgustin.", 'negative'],
	])('read since this round: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
	it.each([
		["The pasta was delicous.", 'positive'],
		["The food was descent and the prices fair.", 'positive'],
		["Great resturant with a lovely view.", 'positive'],
		["The staff were very freindly.", 'positive'],
		["The service was excelent.", 'positive'],
		["The room was confortable and clean.", 'positive'],
		["Our waiter was very profesional.", 'positive'],
		["The breakfast was delisious.", 'positive'],
		["Wonderfull place, we will be back.", 'positive'],
		["The service was horible.", 'negative'],
		["The food was disapointing.", 'negative'],
		["The staff were unhelpfull and slow.", 'negative'],
		["Terible experience from start to finish.", 'negative'],
		["We ate at the resturant on the corner.", 'neutral'],
		["We booked the resturant for eight people.", 'neutral'],
		["The hotel is near the train staton.", 'neutral'],
		["I ordered the steak and my wife had the salmon.", 'neutral'],
	])('kept: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
});

describe("probe: praise", () => {
	it.each([
		["The steak melted in my mouth.", 'positive'],
	])('read since this round: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
	it.each([
		["The staff went out of their way to help us.", 'positive'],
		["Every dish was cooked to perfection.", 'positive'],
		["The view from our room was breathtaking.", 'positive'],
		["The bed was so comfy I did not want to get up.", 'positive'],
		["We will definitely be coming back.", 'positive'],
		["Five stars from me.", 'positive'],
		["Highly recommend the tasting menu.", 'positive'],
		["The coffee was spot on.", 'positive'],
		["Great value for money.", 'positive'],
		["The waitress was attentive without being intrusive.", 'positive'],
		["The room was spotless and the shower was powerful.", 'positive'],
		["Can't wait to come back.", 'positive'],
		["The portions are generous and the prices reasonable.", 'positive'],
		["Lovely little shop with a great selection of books.", 'positive'],
		["The shop assistant was really helpful and patient.", 'positive'],
		["The hotel is in a perfect location, close to everything.", 'positive'],
		["The cocktails were out of this world.", 'positive'],
		["Could not fault the service.", 'positive'],
		["Nothing was too much trouble for the staff.", 'positive'],
		["A real gem hidden in a side street.", 'positive'],
		["The food was as good as the reviews said.", 'positive'],
		["Worth every penny.", 'positive'],
		["The kids loved the pool.", 'positive'],
		["I have been coming here for years and it never disappoints.", 'positive'],
		["The check-in was quick and painless.", 'positive'],
		["The food came out hot and fresh.", 'positive'],
		["It is a bit pricey but worth it.", 'positive'],
		["Small room, but very clean and quiet.", 'positive'],
		["We were pleasantly surprised by the quality of the wine.", 'positive'],
		["Top notch service.", 'positive'],
		["The manager personally came to apologise and gave us free dessert.", 'positive'],
		["The owner is a lovely man who clearly cares about his customers.", 'positive'],
		["A hidden gem.", 'positive'],
		["Our new favourite brunch spot.", 'positive'],
		["I keep coming back for the dumplings.", 'positive'],
		["The bread alone is worth the trip.", 'positive'],
	])('kept: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
});

describe("probe: complaints", () => {
	it.each([
		["The fish tasted off.", 'negative'],
		["The waiter was on his phone the whole time.", 'negative'],
	])('read since this round: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
	it.each([
		["The food was cold when it arrived.", 'negative'],
		["We waited over an hour for our mains.", 'negative'],
		["The room smelled of smoke.", 'negative'],
		["The sheets had stains on them.", 'negative'],
		["The waiter forgot our drinks twice.", 'negative'],
		["Way overpriced for what you get.", 'negative'],
		["The steak was overcooked and chewy.", 'negative'],
		["The bathroom was tiny and the shower barely worked.", 'negative'],
		["They charged us for items we never ordered.", 'negative'],
		["The staff seemed more interested in chatting than serving.", 'negative'],
		["Never again.", 'negative'],
		["Save your money and go elsewhere.", 'negative'],
		["The pasta was swimming in oil.", 'negative'],
		["The walls are paper thin, we could hear everything.", 'negative'],
		["The shop assistant ignored us for ten minutes.", 'negative'],
		["The item I bought broke after two days.", 'negative'],
		["We were rushed out so they could seat the next group.", 'negative'],
		["The soup was bland and lukewarm.", 'negative'],
		["The air conditioning did not work.", 'negative'],
		["The portions were tiny for the price.", 'negative'],
		["Not worth the hype.", 'negative'],
		["It was a total letdown.", 'negative'],
		["The music was so loud we could not hear each other.", 'negative'],
		["Our room was not ready until six in the evening.", 'negative'],
		["There was a hair in my salad.", 'negative'],
		["The carpet was filthy.", 'negative'],
		["The pizza was soggy in the middle.", 'negative'],
		["The menu is limited and uninspired.", 'negative'],
		["Service was painfully slow.", 'negative'],
		["The food is mediocre at best.", 'negative'],
		["Not the worst, but definitely not good.", 'negative'],
		["The receptionist rolled her eyes at us.", 'negative'],
		["They got our order wrong twice.", 'negative'],
		["I would not recommend this hotel to anyone.", 'negative'],
		["The breakfast buffet was sad and picked over.", 'negative'],
		["The room was nothing like the photos.", 'negative'],
		["We left hungry and disappointed.", 'negative'],
	])('kept: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
});

describe("probe: neutral sentences", () => {
	it.each([
		["We went there for lunch on a Tuesday.", 'neutral'],
		["The hotel has a pool and a gym.", 'neutral'],
		["The restaurant opens at six.", 'neutral'],
		["We had the set menu for two.", 'neutral'],
		["Parking is on the street.", 'neutral'],
		["They take reservations by phone only.", 'neutral'],
		["The shop sells shoes and bags.", 'neutral'],
		["We stayed three nights in a double room.", 'neutral'],
		["The menu changes every season.", 'neutral'],
		["Breakfast is served until ten.", 'neutral'],
		["I came here with my parents for my birthday.", 'neutral'],
		["The restaurant is on the second floor of the mall.", 'neutral'],
		["Most dishes are meant for sharing.", 'neutral'],
		["They have a branch in the city centre too.", 'neutral'],
		["The hotel was built in the 1920s.", 'neutral'],
		["Our table was by the window.", 'neutral'],
		["We ordered the chicken curry and some naan.", 'neutral'],
		["The waiter asked if we wanted dessert.", 'neutral'],
		["The room had two single beds and a desk.", 'neutral'],
		["The store is closed on Sundays.", 'neutral'],
	])('kept: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
});

describe("comparisons and the past, second batch", () => {
	it.each([
		["It is not what it was.", 'negative'],
		["The quality has dropped since the new owners took over.", 'negative'],
		["The menu was better before the refurbishment.", 'negative'],
		["It has only got better over the years.", 'positive'],
		["Our previous hotel was far cleaner.", 'negative'],
		["The pizzas across the street are much tastier.", 'negative'],
		["We tried the place next door last year, this one is much better.", 'positive'],
	])('read since this round: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
	it.each([
		["Sadly the place has gone downhill.", 'negative'],
		["This branch does not compare to the original.", 'negative'],
		["Not a patch on the one in Soho.", 'negative'],
		["Still the best curry house in town after all these years.", 'positive'],
		["Better than I remembered.", 'positive'],
		["As good as ever.", 'positive'],
		["This is the best branch of the chain.", 'positive'],
		["Far superior to anything else in the area.", 'positive'],
		["You will not find a better breakfast in the city.", 'positive'],
		["Beats the big chains hands down.", 'positive'],
		["The one on the east side opens later.", 'neutral'],
		["The other branch has a garden.", 'neutral'],
	])('kept: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
});

describe("wishes, second batch", () => {
	it.each([
		["I wish the rooms had been made up earlier.", 'negative'],
		["Wish the coffee was hotter.", 'negative'],
		["I only wish the bathroom was bigger.", 'negative'],
		["We wished the pool had been open.", 'negative'],
		["I wish we had found this place on our first night.", 'positive'],
		["I wish there were more vegetarian dishes on the menu.", 'negative'],
		["Wish I could give it six stars.", 'positive'],
	])('read since this round: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
	it.each([
		["I wish there were more places like this.", 'positive'],
	])('kept: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
});

describe("counterfactuals, second batch", () => {
	it.each([
		["If it wasn't for the price I would eat here every week.", 'negative'],
		["It would be a five star place if not for the rude waitress.", 'negative'],
		["The hotel would be perfect if not for the thin walls.", 'negative'],
		["Were it not for the excellent staff, the stay would have been awful.", 'positive'],
	])('read since this round: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
});

describe("idioms of praise and complaint, second batch", () => {
	it.each([
		["We left with full bellies and big smiles.", 'positive'],
		["Really hit the spot after a long day.", 'positive'],
		["The waiter had an attitude.", 'negative'],
		["We were never offered a menu.", 'negative'],
		["The manager did not care at all.", 'negative'],
	])('read since this round: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
	it.each([
		["Could not ask for more.", 'positive'],
		["What more could you want?", 'positive'],
		["The service was second to none.", 'positive'],
		["It exceeded our expectations.", 'positive'],
		["A must for anyone visiting the city.", 'positive'],
		["They went above and beyond for our anniversary.", 'positive'],
		["Good food, good prices, good people.", 'positive'],
		["We will be back for sure.", 'positive'],
		["Not impressed at all.", 'negative'],
		["Will not be returning.", 'negative'],
		["The food was nothing to write home about.", 'negative'],
		["It was a complete waste of time and money.", 'negative'],
		["The room was dated and tired.", 'negative'],
		["Our food arrived lukewarm and the fries were soggy.", 'negative'],
		["The service left a lot to be desired.", 'negative'],
		["They messed up our booking.", 'negative'],
		["We had to ask three times for water.", 'negative'],
		["No one came to take our order for twenty minutes.", 'negative'],
		["The bed was lumpy and the pillows flat.", 'negative'],
		["The shop was a mess and nobody helped us.", 'negative'],
		["The chicken was dry as a bone.", 'negative'],
		["Nothing special, and overpriced.", 'negative'],
		["I have had better meals at a motorway service station.", 'negative'],
		["It is a tourist trap.", 'negative'],
		["The prices are a rip-off.", 'negative'],
		["The chips were stone cold.", 'negative'],
		["The coffee tasted burnt.", 'negative'],
		["We asked for a table outside.", 'neutral'],
		["They have a happy hour from five to seven.", 'neutral'],
		["I had the burger and my friend had the salad.", 'neutral'],
		["The hotel offers a shuttle to the airport.", 'neutral'],
		["The restaurant is across the street from the station.", 'neutral'],
		["Is there parking nearby?", 'neutral'],
		["We stayed here for a conference.", 'neutral'],
	])('kept: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
});

describe("hotels, shops and restaurants, third batch", () => {
	it.each([
		["We felt right at home.", 'positive'],
		["The assistant knew exactly what I needed.", 'positive'],
		["The food was bang on.", 'positive'],
		["Our server really knew her stuff.", 'positive'],
		["The staff acted like we were a nuisance.", 'negative'],
		["We could hear the traffic all night.", 'negative'],
		["The prices have gone up but the portions have shrunk.", 'negative'],
	])('read since this round: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
	it.each([
		["The receptionist upgraded us to a suite for free.", 'positive'],
		["Housekeeping did a fantastic job every day.", 'positive'],
		["The pool area was immaculate.", 'positive'],
		["Plenty of choice at breakfast.", 'positive'],
		["The location could not be better.", 'positive'],
		["Lovely touch with the chocolates on the pillow.", 'positive'],
		["The room had everything we needed.", 'positive'],
		["Our host was a gem.", 'positive'],
		["The shop has a lovely range of gifts at fair prices.", 'positive'],
		["Quick delivery and the parcel was well packed.", 'positive'],
		["Would happily stay here again.", 'positive'],
		["Cannot recommend this place enough.", 'positive'],
		["This place is the real deal.", 'positive'],
		["Every bite was a joy.", 'positive'],
		["The sauce was to die for.", 'positive'],
		["They made my daughter's birthday special.", 'positive'],
		["The lift was out of order for our whole stay.", 'negative'],
		["The towels were threadbare.", 'negative'],
		["There was mould on the bathroom ceiling.", 'negative'],
		["The check-out process took forever.", 'negative'],
		["The wifi kept dropping.", 'negative'],
		["The room was freezing and the heater did not work.", 'negative'],
		["The breakfast was the same every day.", 'negative'],
		["The shop assistant was pushy.", 'negative'],
		["The item was not as described.", 'negative'],
		["My order arrived late and damaged.", 'negative'],
		["They refused to give a refund.", 'negative'],
		["The burger was raw in the middle.", 'negative'],
		["It took ages to get the bill.", 'negative'],
		["The place was dirty and smelled of bleach.", 'negative'],
		["The lobby was nice but the rooms were a letdown.", 'negative'],
		["The waiter brought the wrong dish and then argued with us.", 'negative'],
		["The cake was dry and tasted stale.", 'negative'],
		["The pool was closed for maintenance and nobody told us.", 'negative'],
		["Expensive for what it is.", 'negative'],
		["Way too salty to eat.", 'negative'],
		["We felt ripped off.", 'negative'],
		["I would think twice before booking again.", 'negative'],
		["The hotel is in desperate need of a refurb.", 'negative'],
		["The shower was either scalding or freezing.", 'negative'],
		["The bar staff were more interested in their phones.", 'negative'],
		["We checked in at two and checked out at noon.", 'neutral'],
		["The hotel is a ten minute walk from the beach.", 'neutral'],
		["They serve Thai and Vietnamese food.", 'neutral'],
		["The shop is on the high street.", 'neutral'],
		["I ordered a coffee and a croissant.", 'neutral'],
		["The room faced the courtyard.", 'neutral'],
		["We paid by card.", 'neutral'],
		["Breakfast is included in the rate.", 'neutral'],
		["The menu is in English and Spanish.", 'neutral'],
	])('kept: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
});

describe("no fault, regrets, promises and apologies, fourth batch", () => {
	it.each([
		["Hard to find fault with anything.", 'positive'],
		["The only downside is that we had to leave.", 'positive'],
		["My only regret is not coming sooner.", 'positive'],
		["Every penny well spent.", 'positive'],
		["They have thought of everything.", 'positive'],
		["We are already planning our next visit.", 'positive'],
		["I have already booked again for next year.", 'positive'],
		["Will be telling all my friends.", 'positive'],
		["Not what we were promised.", 'negative'],
		["Not up to the usual standard.", 'negative'],
		["Had to send the steak back twice.", 'negative'],
		["They did not even say sorry.", 'negative'],
		["We will not be rushing back.", 'negative'],
		["It was a struggle to get anyone's attention.", 'negative'],
		["My steak was more gristle than meat.", 'negative'],
		["The waiter kept disappearing.", 'negative'],
		["Management needs to sort this out.", 'negative'],
		["Someone needs to train the staff.", 'negative'],
		["The carpet in the lobby was hideous.", 'negative'],
	])('read since this round: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
	it.each([
		["No complaints at all.", 'positive'],
		["Can't complain.", 'positive'],
		["Not bad at all for the price.", 'positive'],
		["Nothing to fault.", 'positive'],
		["I was not disappointed.", 'positive'],
		["You won't be disappointed.", 'positive'],
		["It did not disappoint.", 'positive'],
		["Not a single complaint.", 'positive'],
		["The staff could not do enough for us.", 'positive'],
		["Nothing was too much trouble.", 'positive'],
		["Money well spent.", 'positive'],
		["Value for money is excellent.", 'positive'],
		["It is now our go-to place for sushi.", 'positive'],
		["Kudos to the chef.", 'positive'],
		["Hats off to the kitchen.", 'positive'],
		["Thank you for a wonderful stay.", 'positive'],
		["Thanks to Maria for making our stay so special.", 'positive'],
		["Not good enough for the price.", 'negative'],
		["I expected more for the money.", 'negative'],
		["Not worth the wait.", 'negative'],
		["Barely edible.", 'negative'],
		["The staff could not care less.", 'negative'],
		["The food took forever to arrive.", 'negative'],
		["We had to chase them for our bill.", 'negative'],
		["Nobody checked on us once we got our food.", 'negative'],
		["The room was not cleaned during our stay.", 'negative'],
		["No apology was offered.", 'negative'],
		["Do yourself a favour and avoid.", 'negative'],
		["Life is too short for bad coffee like this.", 'negative'],
		["The photos online are very misleading.", 'negative'],
		["We were left waiting at the door for ages.", 'negative'],
		["They ran out of half the menu.", 'negative'],
		["The noise from the kitchen was unbearable.", 'negative'],
		["Such a shame because the food used to be good.", 'negative'],
		["What a disappointment.", 'negative'],
		["Sadly we will not be back.", 'negative'],
		["We have not tried the desserts yet.", 'neutral'],
		["I have not stayed at the other hotel.", 'neutral'],
		["They do not take cards.", 'neutral'],
		["Not sure what time they close.", 'neutral'],
	])('kept: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
});
