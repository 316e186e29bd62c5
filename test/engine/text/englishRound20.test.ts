import { checkLabels as check } from './labelRows';

/**
 * English review readings, twentieth round (stop 34, en20): faint, hedged and ironic judgements of hotel and restaurant
 * reviews, from a self-written probe, not copied from any data set (stop 33's leftovers first). In each block the rows the
 * base (main at dc12ba4) misreads come first; guards after them keep what the readings must not take.
 */

describe("stop 33's leftovers (en20Faint, EN20_SHAPES, EN20_RHETORICAL_SCORN, grudgingPraise)", () => {
	check([
		['The best part of the meal was the bread.', 'negative'],
		['Nice enough, I suppose.', 'neutral'],
		['Cheap, and it shows.', 'negative'],
		['If you like cold food, this is the place for you.', 'negative'],
		['The food was edible, barely.', 'negative'],
		['The room was adequate, nothing more.', 'negative'],
		['We could ask for nothing more.', 'positive'],
		['Who designed this menu?', 'negative'],
		// guards
		['It was alright, I guess.', 'neutral'],
		['A meal I won\'t soon forget.', 'neutral'],
		['Best pizza in town, I guess.', 'positive'],
		['The best part of the meal was the dessert.', 'positive'],
		['The best part of the meal was the bread pudding.', 'positive'],
		['The highlight was the view from the rooftop.', 'positive'],
		['The chef loves what he does, and it shows.', 'positive'],
		['Cheap prices and great food.', 'positive'],
		['If you like fresh seafood, this is the place for you.', 'positive'],
		['Nothing more to say, it was perfect.', 'positive'],
		['Who could ask for more?', 'positive'],
	]);
});

describe('the best named by a trifle, a cheapness that shows (en20Faint)', () => {
	check([
		['The best thing about the hotel was the parking.', 'negative'],
		['The highlight of the meal was the complimentary water.', 'negative'],
		['The best part of the stay was the free coffee in the lobby.', 'negative'],
		['The highlight of the evening was the bread basket.', 'negative'],
		['Our favourite part of the meal was the bread.', 'negative'],
		['The nicest thing about the room was the kettle.', 'negative'],
		["It's cheap, and it shows.", 'negative'],
		['Budget hotel, and it shows.', 'negative'],
		['The place is run on a shoestring, and it shows.', 'negative'],
		// guards
		['The best part of our stay was the breakfast buffet.', 'positive'],
		['The best thing about the hotel was the location.', 'positive'],
		['The hotel is old, and it shows.', 'negative'],
	]);
});

describe('faint praise held to its minimum or capped (en20Faint, grudgingPraise)', () => {
	check([
		['The steak was edible, just about.', 'negative'],
		['The coffee was drinkable, barely.', 'negative'],
		['The room was clean, barely.', 'negative'],
		['The room was habitable, only just.', 'negative'],
		['Good food, nothing more.', 'negative'],
		['Decent, nothing more.', 'negative'],
		['The staff were polite, nothing more.', 'negative'],
		['Clean enough, I suppose.', 'neutral'],
		['Nice enough staff, I suppose.', 'neutral'],
		['Great food, I guess.', 'neutral'],
		['It was better than nothing.', 'negative'],
		['Better than starving.', 'negative'],
		['You could not ask for anything more.', 'positive'],
		['I could ask for nothing more from a hotel.', 'positive'],
		['The room was fine, nothing more, nothing less.', 'neutral'],
		// guards
		['We barely had time to eat, but the food was lovely.', 'positive'],
		['Friendly enough, but nothing more.', 'negative'],
		['Friendly staff, nothing more to say.', 'positive'],
		['It was fine, I guess.', 'neutral'],
	]);
});

describe('the ironic if, a euphemism flagged, a working told by its rarity (en20Faint)', () => {
	check([
		['If you enjoy waiting an hour for a table, this is the place for you.', 'negative'],
		['If you like rude waiters, you will love it here.', 'negative'],
		['If you like thin walls and hard beds, you\'ll be happy here.', 'negative'],
		['Perfect location, if you like the sound of traffic.', 'negative'],
		["Great hotel if you don't need to sleep.", 'negative'],
		['The service was, shall we say, relaxed.', 'negative'],
		['Service was leisurely, to put it kindly.', 'negative'],
		['The wine list was limited, to put it mildly.', 'negative'],
		['The room had character, if you know what I mean.', 'negative'],
		['The decor was quirky, to be kind.', 'negative'],
		["Nice pool, when it's open.", 'negative'],
		['The wifi works, sometimes.', 'negative'],
		['Hot water, occasionally.', 'negative'],
		['The staff were helpful, eventually.', 'negative'],
		['The food arrived, eventually.', 'negative'],
		// guards
		['If you like seafood, you will love it here.', 'positive'],
		['If you enjoy a quiet drink, this is the perfect pub.', 'positive'],
		["If you don't mind the noise, it's a great location.", 'positive'],
		["Let's just say it was amazing.", 'positive'],
		['To be fair, the staff were lovely.', 'positive'],
		['The staff were rude, to put it mildly.', 'negative'],
		['Mostly good, occasionally great.', 'positive'],
	]);
});

describe('likenesses and comparisons (en20AboutAs, en20AsLowly, EN20_SHAPES)', () => {
	check([
		['About as exciting as a motorway service station.', 'negative'],
		['The bed was as comfortable as a park bench.', 'negative'],
		['Comfortable as a bed of nails.', 'negative'],
		['The room was as clean as a public toilet.', 'negative'],
		['The service was as fast as a snail.', 'negative'],
		['Tasty as cardboard.', 'negative'],
		['As useful as a chocolate teapot.', 'negative'],
		['The wine tasted like vinegar.', 'negative'],
		['The steak had the texture of leather.', 'negative'],
		['More like a hostel than a hotel.', 'negative'],
		["It's more of a motel than a resort.", 'negative'],
		['The photos make it look bigger than it is.', 'negative'],
		['The room was half the size of the one in the pictures.', 'negative'],
		['Twice the price of anywhere else on the street.', 'negative'],
		['My microwave makes better pasta.', 'negative'],
		['My kids make better burgers.', 'negative'],
		["I've slept better in a tent.", 'negative'],
		["I've eaten better at a petrol station.", 'negative'],
		['I would rather starve.', 'negative'],
		['The food is fine but the prices are criminal.', 'negative'],
		['Lovely food, but the bill was eye-watering.', 'negative'],
		['Technically fine, but soulless.', 'negative'],
		['Pretty but pointless.', 'negative'],
		// guards
		['It felt like home.', 'positive'],
		['Better than most places in London.', 'positive'],
		['Half the price of the hotel next door and twice as nice.', 'positive'],
		['The room was as clean as a whistle.', 'positive'],
	]);
});

describe('asked and told in scorn (EN20_RHETORICAL_SCORN, EN20_SHAPES)', () => {
	check([
		['Who decorated this room?', 'negative'],
		['Who picked these curtains?', 'negative'],
		['Who would pay this much for a sandwich?', 'negative'],
		['Is this what passes for service here?', 'negative'],
		['Is that supposed to be a steak?', 'negative'],
		["What's the point of a pool you can't swim in?", 'negative'],
		['Who needs sleep anyway?', 'negative'],
		['Apparently cleaning is optional.', 'negative'],
		['I guess hot water is a luxury here.', 'negative'],
		['The chef clearly has never heard of salt.', 'negative'],
		['The waiter seemed to think we were an inconvenience.', 'negative'],
		['Oh right, I should probably say something nice.', 'negative'],
		["Don't let the reviews put you off.", 'positive'],
		["Don't be fooled by the fancy decor.", 'negative'],
		['The kind of place you only visit once.', 'negative'],
		['The kind of place you tell your friends about.', 'positive'],
		// guards
		['Who trained these waiters?', 'negative'],
		['Is this supposed to be a five star hotel?', 'negative'],
		['What more could you want?', 'positive'],
		["Don't let the outside fool you, inside it is lovely.", 'positive'],
		['Believe the hype.', 'positive'],
	]);
});

describe('stop 35 (lead): the trifle named as the favourite bit reaches en20Faint (its gate lacked "ite bit")', () => {
	check([
		['My favourite bit was the free wifi.', 'negative'],
		['Our favorite bit was the bread basket.', 'negative'],
		// guards
		['The favourite bit was the breakfast, which was superb.', 'positive'],
		['My favourite bit was the rooftop pool.', 'positive'],
	]);
});
