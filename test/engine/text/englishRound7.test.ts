/**
 * English sentences, seventh round (stop 20): a self-written probe of restaurant and hotel review English — 401 sentences
 * of praise, complaint and plain fact, not taken from any data set. The shapes of the round: recommending another place
 * ("go to the place next door instead", "we much preferred the hotel in Rome"), little of the good thing ("the salad was
 * mostly lettuce", "hardly any choice for vegetarians"), journey delays told as facts ("our flight was delayed so we
 * arrived late"), implicit opinions ("the plates came back empty", "we had to ask four times"), thanks for a failure
 * ("thanks for ruining our anniversary") and misspellings ("the food was descent"). In each group the first block is read
 * differently since this round (each fails on the engine before it); the second holds the probe sentences the engine
 * already read right, kept as guards.
 */
import { getEngine } from '../../../nodes/engine/text';

const engine = getEngine();
const labelOf = (text: string) => engine.analyze(text).sentiment.label;


describe("irony: thanks or a job well done for a failure is a complaint", () => {
	it.each([
		["Thanks for ruining our anniversary.", 'negative'],
		["Thanks for ruining my birthday dinner.", 'negative'],
		["Nice job forgetting our order.", 'negative'],
		["Great job overcharging us.", 'negative'],
		["Thanks for ruining our holiday.", 'negative'],
		["Thank you for ruining our evening.", 'negative'],
		["Thanks for wasting our time.", 'negative'],
		["Thanks for making us wait an hour.", 'negative'],
		["Nice job losing our reservation.", 'negative'],
		["Great job ignoring us all night.", 'negative'],
		["Thanks a lot for ruining our night.", 'negative'],
		["Nice job forgetting our dessert.", 'negative'],
		["Good job losing our luggage.", 'negative'],
		["Thanks to the rude manager we left early.", 'negative'],
		["The steak came out well done when we asked for rare.", 'negative'],
	])('read since this round: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
	it.each([
		["Great, another 40 minute wait.", 'negative'],
		["Thanks for nothing.", 'negative'],
		["Oh great, the kitchen is closed.", 'negative'],
		["Lovely, another cold plate of chips.", 'negative'],
		["Wonderful, the lift is broken again.", 'negative'],
		["Brilliant, they lost our booking.", 'negative'],
		["Just what we needed, a cockroach on the wall.", 'negative'],
		["Thanks for a lovely evening.", 'positive'],
		["Thank you for making our anniversary special.", 'positive'],
		["Well done to the chef.", 'positive'],
		["Thanks for the free dessert.", 'positive'],
		["Thank you for the warm welcome.", 'positive'],
		["Great job with the birthday cake.", 'positive'],
		["Nice job on the renovation.", 'positive'],
		["Thanks for making our stay so special.", 'positive'],
		["Oh great, cold coffee again.", 'negative'],
		["Perfect, no hot water on our first morning.", 'negative'],
		["Great, friendly staff and a lovely room.", 'positive'],
		["Thanks for making our wedding anniversary a nightmare.", 'negative'],
		["Thanks for making us feel so welcome.", 'positive'],
		["Nice job by the kitchen tonight.", 'positive'],
		["Thanks for the lovely surprise.", 'positive'],
		["Thank you for a wonderful weekend.", 'positive'],
		["Great job on the wedding cake.", 'positive'],
		["Thanks to the lovely staff we had a great stay.", 'positive'],
		["A big thanks to Maria at reception.", 'positive'],
		["The lamb was well done, just as I asked, and full of flavour.", 'positive'],
		["Well done to the kitchen team.", 'positive'],
	])('kept: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
});

describe("sent elsewhere: another place recommended or preferred, a stay cut short", () => {
	it.each([
		["Go to the place next door instead.", 'negative'],
		["We much preferred the hotel in Rome.", 'negative'],
		["Try the cafe across the street instead.", 'negative'],
		["You are better off going to the bakery on the corner.", 'negative'],
		["We checked out early and moved to another hotel.", 'negative'],
		["Stay anywhere but here.", 'negative'],
		["We preferred the hotel we stayed at in Paris.", 'negative'],
		["I would rather go to the chain restaurant by the station.", 'negative'],
		["We ended up getting a pizza on the way home.", 'negative'],
		["Go to the Italian place across the road instead.", 'negative'],
		["Eat somewhere else.", 'negative'],
		["We walked out and went to the pub instead.", 'negative'],
		["We left and ate at the pizza place instead.", 'negative'],
		["We preferred the restaurant at our previous hotel.", 'negative'],
		["We moved to another hotel after one night.", 'negative'],
		["We checked out a day early.", 'negative'],
		["We cut our stay short.", 'negative'],
		["We extended our stay by two nights.", 'positive'],
		["Honestly, just go to the steakhouse down the street instead.", 'negative'],
		["Next time we will stay at the Marriott instead.", 'negative'],
		["I'd book the hotel by the beach instead.", 'negative'],
		["Better off going to a supermarket and making sandwiches.", 'negative'],
		["Do yourselves a favour and eat elsewhere.", 'negative'],
		["We'd rather stay at the hostel next time.", 'negative'],
		["I much preferred the hotel we had in Lisbon.", 'negative'],
		["We left after one night and moved to a different hotel.", 'negative'],
		["We cut our trip short and went home.", 'negative'],
		["We went to a cafe round the corner instead.", 'negative'],
		["Book the Hilton instead, it is the same price.", 'negative'],
		["We ended up getting a takeaway on the way home.", 'negative'],
		["I preferred the restaurant we tried on our first night.", 'negative'],
	])('read since this round: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
	it.each([
		["Save your money and eat at the pub down the road.", 'negative'],
		["Skip this one and head to the diner two blocks away.", 'negative'],
		["Book somewhere else.", 'negative'],
		["You would be better off at the hotel next door.", 'negative'],
		["Do yourself a favour and stay somewhere else.", 'negative'],
		["We were going to try the burger place but came here instead, so glad we did.", 'positive'],
		["We had the chicken instead of the beef.", 'neutral'],
		["I preferred the lamb but the fish was also great.", 'positive'],
		["We gave up waiting and went to the noodle bar instead.", 'negative'],
		["We had planned to go elsewhere but stayed here instead, best decision of the trip.", 'positive'],
		["We took the stairs instead of the lift.", 'neutral'],
		["I had a salad instead of chips.", 'neutral'],
		["We would rather eat at home.", 'negative'],
		["We loved it so much we extended our stay.", 'positive'],
		["Overpriced and bland, go elsewhere.", 'negative'],
		["We went to the beach and came back here for dinner instead of the hotel buffet, lovely meal.", 'positive'],
		["We chose the set menu instead of ordering a la carte.", 'neutral'],
		["We stopped for ice cream on the way home.", 'neutral'],
		["We checked out early to catch our flight.", 'neutral'],
		["Save yourself the trouble and book elsewhere.", 'negative'],
	])('kept: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
});

describe("little of the good thing: mostly filler, hardly any, not much choice", () => {
	it.each([
		["The salad was mostly lettuce.", 'negative'],
		["Hardly any choice for vegetarians.", 'negative'],
		["Barely any sauce on the pasta.", 'negative'],
		["The soup was mostly water.", 'negative'],
		["There was hardly any meat in the stew.", 'negative'],
		["The burrito was mostly rice.", 'negative'],
		["Barely any filling in the sandwich.", 'negative'],
		["The pizza had hardly any cheese.", 'negative'],
		["Hardly any parking nearby.", 'negative'],
		["The breakfast buffet had barely anything left.", 'negative'],
		["The curry was mostly sauce with a few pieces of chicken.", 'negative'],
		["There were only three tables and hardly any staff.", 'negative'],
		["Hardly anything on the menu for kids.", 'negative'],
		["Hardly any wait for a table.", 'positive'],
		["There was barely any noise from the street.", 'positive'],
		["Hardly any traffic noise at night.", 'positive'],
		["Hardly any seats left at the bar and nobody to serve us.", 'negative'],
		["The bread basket was mostly crusts.", 'negative'],
		["The cocktail was mostly ice.", 'negative'],
		["The lobster roll was mainly bread.", 'negative'],
		["Very little choice for vegans.", 'negative'],
		["There was not much choice at breakfast.", 'negative'],
		["The pad thai was mostly noodles with a couple of prawns.", 'negative'],
		["The mojito was mainly ice.", 'negative'],
		["The fish and chips were mostly batter.", 'negative'],
		["The burger was mostly bun.", 'negative'],
		["Barely any meat on the ribs.", 'negative'],
		["Hardly any heat in the room.", 'negative'],
		["Barely anything for breakfast after nine.", 'negative'],
		["There was very little choice on the menu.", 'negative'],
		["Not much variety at the buffet.", 'negative'],
		["Barely any queue even on a Saturday night.", 'positive'],
		["There was hardly any noise even with the windows open.", 'positive'],
		["The curry had hardly any flavour.", 'negative'],
		["Barely any wait at check-in.", 'positive'],
		["Barely any hot water in the mornings.", 'negative'],
		["Hardly any staff on the floor on a busy night.", 'negative'],
	])('read since this round: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
	it.each([
		["The dining room was mostly full of locals, always a good sign.", 'positive'],
		["The menu is mostly seafood.", 'neutral'],
		["The guests were mostly families.", 'neutral'],
		["The fries were mostly burnt bits.", 'negative'],
		["The portion was tiny, mostly garnish.", 'negative'],
		["Next to no meat in the pie.", 'negative'],
		["We had hardly any problems during our stay.", 'positive'],
		["The restaurant is mostly frequented by students.", 'neutral'],
		["Our group was mostly teenagers.", 'neutral'],
		["The menu is mainly vegetarian.", 'neutral'],
		["The menu is mostly vegetarian and every dish we had was lovely.", 'positive'],
		["The food was mostly excellent.", 'positive'],
		["The reviews were mostly right, a lovely place.", 'positive'],
		["The rooms were mostly tired and dated.", 'negative'],
		["We mostly ate in the old town.", 'neutral'],
		["Hardly anyone was there on a Monday.", 'neutral'],
	])('kept: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
});

describe("misspellings of opinion words, \"descent\" for decent where decent would stand", () => {
	it.each([
		["The food was descent.", 'positive'],
		["The steak was cooked to perfecton.", 'positive'],
		["The place was filthey.", 'negative'],
		["Pretty descent breakfast for the price.", 'positive'],
		["The service was apalling.", 'negative'],
		["The toilet was disgustting.", 'negative'],
		["It was a delighful evening.", 'positive'],
		["The hotel is overated.", 'negative'],
		["The food was not descent at all.", 'negative'],
		["The steak was cooked to perfecton.", 'positive'],
		["The bathroom was filty.", 'negative'],
		["The service was appaling.", 'negative'],
		["Totally overated place.", 'negative'],
		["A delighful little cafe.", 'positive'],
		["Very descent hotel for the money.", 'positive'],
	])('read since this round: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
	it.each([
		["The food was descent and the prices fair.", 'positive'],
		["The staff were very frendly.", 'positive'],
		["Absolutly loved it.", 'positive'],
		["The room was very spacous.", 'positive'],
		["Excelent food.", 'positive'],
		["The desert was delicous.", 'positive'],
		["Definately coming back.", 'positive'],
		["The service was exellent.", 'positive'],
		["The rooms were beatiful.", 'positive'],
		["Really tastey food.", 'positive'],
		["The waiter was very attentative.", 'positive'],
		["The room was dissapointing.", 'negative'],
		["The food was terible.", 'negative'],
		["The staff were very unfreindly.", 'negative'],
		["The sevice was horible.", 'negative'],
		["The food was excelent.", 'positive'],
		["The room was super comfortible.", 'positive'],
		["The staff were so helpfull.", 'positive'],
		["The food was medicore at best.", 'negative'],
		["The room was discusting.", 'negative'],
		["Fantastic, will definately return.", 'positive'],
		["The service was impecable.", 'positive'],
		["A very plesant stay.", 'positive'],
		["The waiter was increadibly rude.", 'negative'],
		["The rooms were immaculatly clean.", 'positive'],
		["The staff were very accomodating.", 'positive'],
		["The food was descent and the staff friendly.", 'positive'],
		["Quite descent value for money.", 'positive'],
		["The rooms are descent and clean.", 'positive'],
		["The bed was descent but the shower was cold.", 'negative'],
	])('kept: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
});

describe("implicit opinions: coming back, leaving hungry, empty plates, asking again and again", () => {
	it.each([
		["The plates came back empty.", 'positive'],
		["Our kids cleaned their plates.", 'positive'],
		["Not a crumb was left.", 'positive'],
		["We walked out hungry.", 'negative'],
		["The plates went back empty.", 'positive'],
		["My son cleaned his plate and asked for more.", 'positive'],
		["Our server never had to be asked for anything.", 'positive'],
		["Our flight got cancelled and we had to rebook.", 'neutral'],
		["Every plate came back empty.", 'positive'],
		["Not a crumb left on the plates.", 'positive'],
		["We had to ask four times for our drinks.", 'negative'],
	])('read since this round: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
	it.each([
		["We will be back.", 'positive'],
		["I'd go back in a heartbeat.", 'positive'],
		["Never again.", 'negative'],
		["We left hungry.", 'negative'],
		["We had to ask three times for water.", 'negative'],
		["We'll definitely be returning.", 'positive'],
		["Can't wait to come back.", 'positive'],
		["We are already planning our next visit.", 'positive'],
		["We won't be coming back.", 'negative'],
		["Never going back.", 'negative'],
		["Not coming back.", 'negative'],
		["We left still hungry.", 'negative'],
		["We had to ask twice for the bill.", 'negative'],
		["We had to flag down the waiter to get our drinks.", 'negative'],
		["We had to go and find someone to take our order.", 'negative'],
		["We had to remind them about our starters.", 'negative'],
		["We licked the plates clean.", 'positive'],
		["We had to wait an hour for a table despite our booking.", 'negative'],
		["We were seated at the back.", 'neutral'],
		["We'll be back for sure.", 'positive'],
		["We will definitely be back.", 'positive'],
		["We'll be back soon.", 'positive'],
		["Will be back next time we are in town.", 'positive'],
		["We won't be back.", 'negative'],
		["Will not be back.", 'negative'],
		["We will never be back.", 'negative'],
		["I would go back in a heartbeat.", 'positive'],
		["Would stay here again in a heartbeat.", 'positive'],
		["Never again, avoid.", 'negative'],
		["Left the restaurant still hungry and thirty dollars poorer.", 'negative'],
		["We had to ask for the bill three times.", 'negative'],
		["We had to ask for water twice.", 'negative'],
		["We had to get up and ask for cutlery.", 'negative'],
		["We had to chase them for our room key.", 'negative'],
		["We never had to ask for a refill.", 'positive'],
		["I will be back for the lamb.", 'positive'],
		["We'll be back, no question.", 'positive'],
		["Already looking forward to our next visit.", 'positive'],
		["We'll definitely be back next summer.", 'positive'],
		["We won't be returning.", 'negative'],
		["Never again will we stay here.", 'negative'],
		["We went home hungry.", 'negative'],
		["We walked out still hungry.", 'negative'],
		["My kids licked their plates clean.", 'positive'],
		["We had to ask twice for the menu.", 'negative'],
		["I never had to ask for anything.", 'positive'],
		["Great service, we will be back.", 'positive'],
		["Bad food, will not be back.", 'negative'],
		["We'll be back with friends.", 'positive'],
		["Sadly, we won't be back.", 'negative'],
		["We had to ask three times for the wine list.", 'negative'],
		["Wouldn't go back even if it were free.", 'negative'],
		["Would go back tomorrow.", 'positive'],
		["I would come back just for the bread.", 'positive'],
		["I keep coming back for the dumplings.", 'positive'],
	])('kept: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
});

describe("service and loyalty told by what happened: glasses kept full or left empty, a steak past the order, a regular's visits", () => {
	it.each([
		["It was worth every minute of the wait.", 'positive'],
		["We come here every Friday.", 'positive'],
		["I dream about their pasta.", 'positive'],
		["Our glasses were never empty.", 'positive'],
		["Our glasses sat empty for half an hour.", 'negative'],
		["We were never asked if we wanted another drink.", 'negative'],
		["The waiter disappeared for forty minutes.", 'negative'],
		["By the time the mains arrived we had lost our appetite.", 'negative'],
		["Half the menu was unavailable.", 'negative'],
		["The hotel punches above its weight.", 'positive'],
	])('read since this round: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
	it.each([
		["My husband had the lamb and I had the duck.", 'neutral'],
		["The waiter asked how we would like our steaks.", 'neutral'],
		["I ordered the steak and my wife ordered the salmon.", 'neutral'],
		["Worth every penny.", 'positive'],
	])('kept: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
});

describe("plain facts of the visit and the journey are neutral", () => {
	it.each([
		["Our flight was delayed so we arrived late.", 'neutral'],
		["Our train was late so we missed dinner.", 'neutral'],
		["Our flight was cancelled so we stayed an extra night.", 'neutral'],
		["The train was late, so we checked in after midnight.", 'neutral'],
		["We arrived late in the evening.", 'neutral'],
		["Our bus was delayed by an hour.", 'neutral'],
		["The train was late so we got to the hotel after ten.", 'neutral'],
		["Our flight was late in the evening.", 'neutral'],
		["The train was delayed but we made it for dinner.", 'neutral'],
		["We arrived late on Friday.", 'neutral'],
	])('read since this round: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
	it.each([
		["We ordered the fish.", 'neutral'],
		["The waiter asked if we wanted dessert.", 'neutral'],
		["We arrived at eight and checked in.", 'neutral'],
		["We ordered two pizzas and a salad.", 'neutral'],
		["The waitress asked whether we had a reservation.", 'neutral'],
		["We booked a table for four on Saturday.", 'neutral'],
		["We went there for my sister's birthday.", 'neutral'],
		["We came here after the concert.", 'neutral'],
		["We asked for a table by the window.", 'neutral'],
		["The hotel is ten minutes from the airport.", 'neutral'],
		["We stayed three nights in October.", 'neutral'],
		["The restaurant opens at six.", 'neutral'],
		["They serve breakfast until ten.", 'neutral'],
		["We took a taxi from the station.", 'neutral'],
		["The menu changes every season.", 'neutral'],
		["I had the set lunch.", 'neutral'],
		["We shared a starter and two mains.", 'neutral'],
		["We parked on the street.", 'neutral'],
		["The rain started so we stayed inside.", 'neutral'],
		["Our room was on the third floor.", 'neutral'],
		["We got in late after a long drive.", 'neutral'],
		["We asked the waiter for the wine list.", 'neutral'],
		["The receptionist asked for our passports.", 'neutral'],
		["The waiter asked if we had any allergies.", 'neutral'],
		["We had the tasting menu.", 'neutral'],
		["We came for brunch on Sunday.", 'neutral'],
		["We sat outside on the terrace.", 'neutral'],
		["The bill came to about eighty dollars.", 'neutral'],
		["We paid by card.", 'neutral'],
		["There is a car park behind the hotel.", 'neutral'],
		["The hotel has a pool and a gym.", 'neutral'],
		["Breakfast is served in the basement.", 'neutral'],
		["It is a small family-run restaurant near the harbour.", 'neutral'],
		["We got in late because of the traffic.", 'neutral'],
		["I ordered the chicken curry.", 'neutral'],
		["We had a bottle of house red.", 'neutral'],
		["The manager asked for a credit card at check-in.", 'neutral'],
		["We asked for the bill.", 'neutral'],
		["She asked if we were celebrating anything.", 'neutral'],
		["We stayed here for a conference.", 'neutral'],
		["We went for lunch on a Tuesday.", 'neutral'],
		["We ate at the bar.", 'neutral'],
		["The hotel is opposite the train station.", 'neutral'],
		["Reception is on the first floor.", 'neutral'],
		["The hotel has forty rooms.", 'neutral'],
		["We were given a table near the kitchen.", 'neutral'],
		["The killer whale show is across town.", 'neutral'],
		["I had read mixed reviews before coming.", 'neutral'],
		["We were a party of eight.", 'neutral'],
		["The restaurant was recommended by our hotel.", 'neutral'],
		["Our friends told us about this place.", 'neutral'],
	])('kept: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
});

describe("plain praise and complaint beside the round's shapes", () => {
	it.each([
		["We didn't have to wait at all.", 'positive'],
		["We didn't have to wait for a table.", 'positive'],
		["We ended up leaving before the mains.", 'negative'],
		["We arrived at nine and the kitchen had already closed.", 'negative'],
		["Nowhere else in town compares.", 'positive'],
		["Killer burgers and cold beer.", 'positive'],
		["Killer views from the rooftop bar.", 'positive'],
		["Will definitely comeback next year.", 'positive'],
	])('read since this round: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
	it.each([
		["Service was slow and the waiter was rude.", 'negative'],
		["Great food and great service.", 'positive'],
		["The food was decent.", 'positive'],
		["The fish was fresh and the sauce was light.", 'positive'],
		["The food came out late and cold.", 'negative'],
		["Our room was not ready until late afternoon.", 'negative'],
		["Perfect location, right by the station.", 'positive'],
		["The view was breathtaking.", 'positive'],
		["The food was overpriced and bland.", 'negative'],
		["Reasonably priced and tasty.", 'positive'],
		["The food arrived late and the waiter didn't apologise.", 'negative'],
		["The room service was late.", 'negative'],
		["Breakfast was late and cold.", 'negative'],
		["The fish was fresh and the staff were kind.", 'positive'],
		["Lovely room with a great view.", 'positive'],
		["The room was small and dirty.", 'negative'],
		["The waiter was rude and the food was cold.", 'negative'],
		["Not worth the money.", 'negative'],
		["The portions were huge.", 'positive'],
		["The portions were tiny.", 'negative'],
		["We had no problems at all.", 'positive'],
		["We had problems with the shower every day.", 'negative'],
		["Highly recommend.", 'positive'],
		["Would not recommend.", 'negative'],
		["Best pizza in town.", 'positive'],
		["Worst pizza in town.", 'negative'],
		["We ended up staying an extra night because we loved it.", 'positive'],
		["Our table was not ready when we arrived.", 'negative'],
		["We left full and happy.", 'positive'],
		["We left disappointed.", 'negative'],
		["The desserts were worth the trip alone.", 'positive'],
		["Absolutely worth the drive.", 'positive'],
		["Not worth the trip.", 'negative'],
		["The only good thing was the bread.", 'negative'],
		["You won't be disappointed.", 'positive'],
		["Worth the wait.", 'positive'],
		["This is our go-to spot for brunch.", 'positive'],
		["My new favourite spot.", 'positive'],
		["The place was packed with locals, always a good sign.", 'positive'],
		["Reservations are a must, it fills up fast.", 'positive'],
		["Get there early because it fills up quickly.", 'positive'],
		["They remembered us from last year.", 'positive'],
		["They went out of their way to find us a table.", 'positive'],
		["Nothing was too much trouble.", 'positive'],
		["Nobody checked on us once.", 'negative'],
		["We were rushed out so they could seat the next party.", 'negative'],
		["The bill was padded with things we never ordered.", 'negative'],
		["They charged us for bread we did not ask for.", 'negative'],
		["The soup came lukewarm.", 'negative'],
		["They ran out of the fish by seven.", 'negative'],
		["The towels had holes in them.", 'negative'],
		["The sheets had stains on them.", 'negative'],
		["There was hair in the shower.", 'negative'],
		["The walls are paper thin.", 'negative'],
		["It looks nothing like the pictures.", 'negative'],
		["The hotel has seen better days.", 'negative'],
		["Way better than we expected.", 'positive'],
		["Not as good as we expected.", 'negative'],
		["Exceeded our expectations.", 'positive'],
		["Fell short of our expectations.", 'negative'],
	])('kept: %s → %s', (text, label) => {
		expect(labelOf(text)).toBe(label);
	});
});
