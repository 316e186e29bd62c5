import { checkLabels as check } from './labelRows';

/**
 * English review readings, eighteenth round (stop 32, en18): idioms and phrasal opinions of review English, from a
 * self-written probe of restaurant and hotel sentences, not copied from any data set. The rows the base (main at
 * c6274ad) misread come first, guards after them keep what the entries must not take.
 */

describe('idioms of praise (EN18_IDIOMS)', () => {
	check([
		['Honestly this slice blows every other pizza place in the borough away.', 'positive'],
		['The new chef knocked it out of the park with the tasting menu.', 'positive'],
		['Those fish tacos were a home run.', 'positive'],
		['A quiet bar with old jazz records, right up my alley.', 'positive'],
		['Nothing short of spectacular, from the bread to the last spoon of dessert.', 'positive'],
		['Breakfast was served with a smile every single morning.', 'positive'],
		['Hands down the best brunch spot in the neighbourhood.', 'positive'],
		['The bartender really knows how to make a drink.', 'positive'],
		['That lemon tart was a knockout.', 'positive'],
		['The night porter was a lifesaver when our flight got in at 3am.', 'positive'],
		['The rooftop terrace was the icing on the cake.', 'positive'],
		['The kitchen was firing on all cylinders tonight.', 'positive'],
		['We would not change a thing about our stay.', 'positive'],
		['The room looked exactly like the pictures.', 'positive'],
		['The chilli oil packs a punch.', 'positive'],
		// guards
		['The other steakhouses in town are no match for this one.', 'positive'],
		['The rooftop bar won\'t break the bank.', 'positive'],
		['We were greeted with a smile at the door.', 'positive'],
		['The menu was inspired by Thai street food.', 'neutral'],
	]);
});

describe('idioms of complaint (EN18_IDIOMS)', () => {
	check([
		['Their bagels are no match for the ones on Main Street.', 'negative'],
		['The lobby was a zoo on Saturday night.', 'negative'],
		['The kitchen dropped the ball on our order.', 'negative'],
		['The mattress was as hard as a rock.', 'negative'],
		['The hostess gave us attitude the moment we walked in.', 'negative'],
		['One star is too generous for this place.', 'negative'],
		['The fusion menu was not my cup of tea.', 'negative'],
		['The duty manager was no help whatsoever.', 'negative'],
		['Nothing short of a disaster from start to finish.', 'negative'],
		['Coffee was served with a scowl.', 'negative'],
		['Hands down the worst brunch spot in the neighbourhood.', 'negative'],
		['The soufflé was a swing and a miss.', 'negative'],
		['Sadly the dessert bombed.', 'negative'],
		['The garden party was a washout.', 'negative'],
		['The cook clearly had an off night.', 'negative'],
		['We were nickel and dimed for everything, even the towels.', 'negative'],
		['They charge an arm and a leg for a pint.', 'negative'],
		['The waiter was in no hurry to take our order.', 'negative'],
		['The receptionist had a chip on her shoulder.', 'negative'],
		['Getting through that dry cake was a chore.', 'negative'],
		['Sadly this place has nothing going for it.', 'negative'],
		['Staying here for a week will break the bank.', 'negative'],
		// guards
		['We were in no hurry, so we lingered over coffee.', 'neutral'],
		['The beds were rock hard and the walls paper thin.', 'negative'],
		['The kitchen did not know how to cook a steak.', 'negative'],
		['The curry did not pack a punch at all.', 'negative'],
		['They bombed the city in the war, the museum next door explains it.', 'neutral'],
	]);
});

describe('hotel and plate idioms, third probe batch (EN18_IDIOMS)', () => {
	check([
		['The air conditioning in our room was on its last legs.', 'negative'],
		['This hotel is well past its prime.', 'negative'],
		['When we complained, the front desk passed the buck to the night manager.', 'negative'],
		['Nobody took responsibility for the lost luggage.', 'negative'],
		["They wouldn't budge on the late checkout.", 'negative'],
		// Guard: a price not haggled down is told, not judged (valueJudged's row).
		["They wouldn't budge on the price.", 'neutral'],
		['The receptionist tried to upsell us at every turn.', 'negative'],
		['The photos on the website are deceiving.', 'negative'],
		['The hallway smelled like wet dog.', 'negative'],
		['Calling it a resort is a stretch, it is a glorified motel.', 'negative'],
		['On a Friday night the dining room was a ghost town.', 'negative'],
		['The starters came out in dribs and drabs.', 'negative'],
		['The service was all over the place.', 'negative'],
		['Eight dollars for a coffee is daylight robbery.', 'negative'],
		['The breakfast spread was fit for a king.', 'positive'],
		['The manager bent the rules for us and let us check in early.', 'positive'],
		['The ribs fell off the bone.', 'positive'],
		['The salad was bursting with freshness.', 'positive'],
		['The steak was cooked to a tee.', 'positive'],
		// guards
		["The staff never tried to upsell us, which we liked.", 'positive'],
		['There are cafes all over the place in this part of town.', 'neutral'],
	]);
});
