import { checkLabels as check } from './labelRows';
import { randomTexts } from './randomTexts';
import { enGates, EN17_CREDIT_HINT, EN17_PAST_HINT, GATE_CREDIT, GATE_PAST, GATE_RUIN } from '../../../nodes/engine/text/analyze';

/**
 * English review readings, seventeenth round (stop 32, en17): general readings over the shape of a review, with
 * self-written restaurant and hotel reviews, not copied from any data set. Each describe names one shape; the rows the
 * base (main at 84cd5b5) misread come first, guards after them keep what the shape must not take.
 */

describe('one event that ruined the stay or the meal after praise is the verdict (stayRuined)', () => {
	check([
		['Lovely food, friendly staff, great music, but one rude bouncer ruined the whole evening.', 'negative'],
		['Gorgeous room, comfy bed, superb breakfast, but the karaoke bar downstairs ruined our stay.', 'negative'],
		['Excellent steak, nice wine, good company. The bill with hidden charges ruined the night.', 'negative'],
		['Beautiful pool, helpful staff, great breakfast. The building work next door ruined our holiday.', 'negative'],
		// read already; kept
		['Great cocktails and a friendly bartender, but one rude bouncer ruined the whole evening.', 'negative'],
		['The view was stunning and the bed was comfy, but a wedding party in the next room spoiled our stay.', 'negative'],
		['Lovely hotel, friendly staff, but the bedbugs ruined our stay.', 'negative'],
		// guards: a ruin of something else, denied, feared or nearly done, or praise after it
		['The rain ruined our plans for the beach, but the hotel was wonderful and the staff were so kind.', 'positive'],
		['Nothing could have ruined this evening, the food was perfect.', 'positive'],
		['I was afraid the noise would ruin our stay, but the room was quiet and comfortable.', 'positive'],
		['The storm almost ruined our trip, but the staff were amazing and looked after us.', 'positive'],
		['Our flight was late and that ruined the first day, but the hotel itself was lovely and we loved every minute.', 'positive'],
	]);
});

describe('credit given for a failure is irony (ironicCredit)', () => {
	check([
		['Kudos to the chef for making a steak this chewy.', 'negative'],
		['Well done to the kitchen for serving cold soup twice.', 'negative'],
		['Hats off to the kitchen for burning my toast.', 'negative'],
		['Good job charging us twice for the same bottle.', 'negative'],
		['Congratulations to the manager for hiring the rudest staff in town.', 'negative'],
		['Bravo to housekeeping for losing my laundry.', 'negative'],
		// read already; kept
		['Thanks a lot for overcharging us on the last night.', 'negative'],
		['Brilliant job ignoring our table for forty minutes.', 'negative'],
		['Well done to the chef for making the risotto so salty.', 'negative'],
		['Thanks for nothing.', 'negative'],
		// guards: credit for what pleased, for a problem put right, a job described
		['Congratulations to the chef for winning the award, well deserved.', 'positive'],
		['Kudos to the chef, the steak was perfect.', 'positive'],
		['Hats off to the kitchen, everything was delicious.', 'positive'],
		['Well done to the team for making our wedding so special.', 'positive'],
		['Kudos to the kitchen for making such a rich and creamy risotto.', 'positive'],
		['Thanks to the waiter for recommending the lamb, it was superb.', 'positive'],
		['Great job by the staff, they made our anniversary special.', 'positive'],
		['They did a good job cleaning up after the leak in our bathroom.', 'positive'],
		['Thank you for dealing with the broken shower so quickly.', 'positive'],
		['Kudos to the staff for handling a difficult situation so calmly.', 'positive'],
		['Thanks for having us, the food was lovely.', 'positive'],
	]);
});

describe('praise of the past is a complaint of now (pastPraiseEn)', () => {
	check([
		['It was once the best sushi in town.', 'negative'],
		['This place was once my favourite.', 'negative'],
		['Once upon a time this was the best curry house in the city.', 'negative'],
		['The burgers were great back in the day.', 'negative'],
		['I used to love coming here, but not anymore.', 'negative'],
		['This hotel was lovely in its heyday.', 'negative'],
		['The bar was great in its heyday.', 'negative'],
		['The service was excellent in the old days.', 'negative'],
		// read already; kept
		['This place used to be my favourite.', 'negative'],
		['We used to enjoy the Sunday roast, but it is no longer worth it.', 'negative'],
		// guards: praise kept now, a past that is not the place's, "anymore" that praises
		['The burgers are still as good as they were back in the day.', 'positive'],
		['It is still the best sushi in town, as it was ten years ago.', 'positive'],
		['I used to go to another place, now this is my favourite.', 'positive'],
		["We don't go anywhere else anymore, the food is that good.", 'positive'],
		['I no longer cook on Fridays, we just come here for the amazing fish.', 'positive'],
	]);
});

describe('a bare thanks that closes a text of complaints is a sign-off, not praise (signOffThanks)', () => {
	check([
		['The food was cold and the waiter ignored us for twenty minutes. Thanks!', 'negative'],
		['Our table was dirty and nobody came to take our order. Thank you.', 'negative'],
		['The room smelled of smoke and the shower did not work. Thanks.', 'negative'],
		['The bed was hard and the room was tiny. Thank you.', 'negative'],
		['Nobody answered the phone for two days. Thanks guys!', 'negative'],
		['The lift was broken and the breakfast was stale. Many thanks.', 'negative'],
		// read already; kept
		['Cold food, rude staff. Thanks anyway.', 'negative'],
		// guards: thanks after praise, thanks for a fix, thanks for something named
		['The food was amazing and the service was quick. Thanks!', 'positive'],
		['Thank you for a wonderful evening.', 'positive'],
		['Lovely stay, great breakfast. Thank you!', 'positive'],
		['The staff were wonderful and the room was spotless. Thank you so much!', 'positive'],
		['The boiler broke on our first night, but the engineer fixed it by breakfast. Thank you!', 'positive'],
		['Cold room on the first night, but the staff brought a heater straight away. Thanks!', 'positive'],
	]);
});

describe('a complaint put right leans positive when the fix is told with praise (storiesEn, read already)', () => {
	check([
		['The room was dirty but the manager moved us at once and apologised, he was wonderful.', 'positive'],
		['Our order was wrong, but the waitress fixed it straight away and was lovely about it.', 'positive'],
		['The steak came out overcooked, but the chef replaced it immediately and it was perfect.', 'positive'],
		['The room was dirty and the manager moved us, but the new room was no better.', 'negative'],
		['The room was dirty. They moved us after two hours of arguing.', 'negative'],
	]);
});

describe('the gate words of the three rules (enGates, GATE_CREDIT / GATE_PAST / GATE_RUIN)', () => {
	const credit = new RegExp(EN17_CREDIT_HINT, 'i');
	const past = new RegExp(EN17_PAST_HINT, 'i');
	const expected = (t: string) => (credit.test(t) ? GATE_CREDIT : 0) | (past.test(t) ? GATE_PAST : 0) | (/ruin|spoil/i.test(t) ? GATE_RUIN : 0);
	const mine = GATE_CREDIT | GATE_PAST | GATE_RUIN;
	it.each(['Kudos! Hats off, BRAVO, congrats, well done, good job.', 'back in the day, in its heyday, in the old days', 'Once upon a time', 'not anymore, not any more, no longer', 'It RUINED our stay, spoilt', 'the room was clean', ''])('%j', (t) => {
		expect(enGates(t) & mine).toBe(expected(t));
	});
	it('answers as their own searches on random texts (an earlier group hides none of them)', () => {
		// Pieces of the three groups' words and of every earlier group's that begin with the same letters.
		const pieces = ['kudos', 'Kudos', 'hats off', 'hank', 'hour', 'hot water', 'ha', 'bravo', 'better', 'big', 'congrat', 'compar', 'compete', 'candle', 'well done', 'why', 'job', 'JOB', 'back in the day', 'heyday', 'in the old days', 'instead', 'in', 'once upon a time', 'other', 'anymore', 'any more', 'all over', 'no longer', 'nothing on', 'nly', 'ruin', 'RUIN', 'spoil', 'should be', 'suppose', 'superior', 'used to be', 'min', 'leep', 'pay for', 'previous', 'last ', 'visit', 'first ', 'trip', 'most', ' ', 'a', 'o', 's', 'n', 'e', '.'];
		expect(randomTexts(pieces, { seed: 32 }).filter((t) => (enGates(t) & mine) !== expected(t))).toEqual([]);
	});
});
