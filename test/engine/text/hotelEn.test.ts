/**
 * Typical English hotel-review language (TripAdvisor / Booking style), written by the project for the
 * third English round of 2026-11-29 (more added in the fourth): short sentences of our own wording, not taken from any data set
 * or website. A self-written check of vocabulary and grammar, not an accuracy figure.
 * Each row: text, expected label (or labels, for hedged verdicts), and optionally a topic-id prefix
 * and the sign its topic sentiment must have.
 */
import { getEngine } from '../../../nodes/engine/text';

const engine = getEngine();
type L = 'positive' | 'negative' | 'neutral';
type Row = [string, L | L[], string?, L?];

const rows: Row[] = [
	// rooms
	['The room was tiny, barely space to open a suitcase.', 'negative', 'rooms', 'negative'],
	['Our room was spacious and bright.', 'positive', 'rooms', 'positive'],
	['The decor is dated and the room felt tired.', 'negative', 'rooms', 'negative'],
	['There was a musty smell in the room.', 'negative', 'rooms', 'negative'],
	['We found mold on the bathroom ceiling.', 'negative'],
	['The room was stuffy and the window would not open.', 'negative', 'rooms', 'negative'],
	['The walls are paper-thin.', 'negative', 'rooms', 'negative'],
	['Thin walls, we heard the neighbours all night.', 'negative'],
	['Lots of street noise until 2am.', 'negative'],
	['Our room had a view of a brick wall.', 'negative'],
	['The room was a good size with a lovely balcony.', 'positive', 'rooms', 'positive'],
	['The room looked nothing like the photos.', 'negative'],
	['The room was not as pictured.', 'negative'],
	['Rooms are modern and well laid out.', 'positive', 'rooms', 'positive'],
	['The carpet was threadbare and the furniture was chipped.', 'negative'],
	['The room was freezing and the heater did nothing.', 'negative'],
	['The air conditioning was noisy and barely worked.', 'negative'],
	// cleanliness
	['The room was spotless.', 'positive', 'rooms', 'positive'],
	['There was hair in the shower when we arrived.', 'negative'],
	['The carpet was stained and sticky.', 'negative', 'rooms', 'negative'],
	['Everything was dusty, even the lampshades.', 'negative'],
	['The bathroom was grimy.', 'negative', 'rooms', 'negative'],
	['Housekeeping did a great job every day.', 'positive'],
	['Sheets were crisp and clean.', 'positive'],
	['The towels had stains on them.', 'negative'],
	['Spotlessly clean throughout.', 'positive'],
	['The bathroom could have been cleaner.', 'negative'],
	// beds
	['The bed was so comfy.', 'positive', 'rooms', 'positive'],
	['The mattress was lumpy and I woke up with a sore back.', 'negative', 'rooms', 'negative'],
	['Saggy mattress, you could feel the springs.', 'negative', 'rooms', 'negative'],
	['Best night of sleep I have had in ages.', 'positive'],
	['The pillows were like rocks.', 'negative'],
	['Beds were super comfortable with lovely linen.', 'positive', 'rooms', 'positive'],
	// noise
	['We could hear everything from the next room.', 'negative'],
	['The music from the bar kept us awake.', 'negative'],
	['Construction work started at 7am right outside our window.', 'negative'],
	['The room was quiet despite being on a busy street.', 'positive'],
	['We barely slept because of the noise.', 'negative'],
	['Very quiet at night, we slept like babies.', 'positive'],
	// bathroom
	['Weak water pressure in the shower.', 'negative', 'rooms', 'negative'],
	['The water was lukewarm at best.', 'negative'],
	['The tap was leaky and dripped all night.', 'negative'],
	['Moldy grout around the bath.', 'negative'],
	['The rainfall shower was amazing.', 'positive', 'rooms', 'positive'],
	['The toilet kept running.', 'negative'],
	['No hot water for two mornings in a row.', 'negative'],
	['The bathroom was huge with a lovely tub.', 'positive', 'rooms', 'positive'],
	// front desk, check-in / out
	['Check-in was smooth and quick.', 'positive', 'front', 'positive'],
	['We were allowed to check in early, which was a huge help.', 'positive'],
	['We were upgraded to a suite on arrival.', 'positive'],
	['There was a long queue at check-in.', 'negative'],
	['Our room was not ready until 5pm.', 'negative'],
	['They granted us a late checkout at no charge.', 'positive'],
	['The receptionist was rude and dismissive.', 'negative'],
	['The front desk staff were unhelpful.', 'negative', 'front', 'negative'],
	['The concierge went above and beyond for us.', 'positive'],
	['Check-out took forever.', 'negative'],
	['Reception lost our booking and nobody apologised.', 'negative'],
	['We waited 40 minutes to check in.', 'negative'],
	['The check-in process was a shambles.', 'negative'],
	// service
	['Staff were attentive and accommodating.', 'positive', 'service', 'positive'],
	['Nothing was too much trouble for the team.', 'positive'],
	['The staff couldn\'t care less.', 'negative'],
	['The manager could not have been more helpful.', 'positive'],
	['Service was slow and disorganised.', 'negative'],
	['Staff greeted us by name every morning.', 'positive'],
	['The staff made our anniversary special.', 'positive'],
	['Nobody seemed to care when we complained.', 'negative'],
	['The staff were genuinely warm and friendly.', 'positive', 'service', 'positive'],
	['Housekeeping never came to our room.', 'negative'],
	// breakfast
	['Breakfast was a great spread with lots of choice.', 'positive', 'fb.breakfast', 'positive'],
	['The breakfast had a limited selection.', 'negative', 'fb.breakfast', 'negative'],
	['Overpriced breakfast, skip it.', 'negative'],
	['The eggs were cold and the coffee was weak.', 'negative'],
	['Breakfast was included and really good.', 'positive', 'fb.breakfast', 'positive'],
	['The breakfast buffet ran out of everything by 9.', 'negative'],
	['Breakfast was the same every day.', 'negative'],
	['Fresh pastries and great coffee at breakfast.', 'positive'],
	// facilities
	['The gym was well equipped.', 'positive', 'facilities', 'positive'],
	['The pool was lovely and never crowded.', 'positive', 'facilities', 'positive'],
	['Dated facilities and a tiny gym.', 'negative'],
	['The lift was broken for our entire stay.', 'negative', 'facilities', 'negative'],
	['The elevator was out of order and we were on the sixth floor.', 'negative'],
	['The spa was a real treat.', 'positive'],
	['The pool was closed for maintenance.', 'negative'],
	['The pool was freezing and dirty.', 'negative', 'facilities', 'negative'],
	// wi-fi
	['The Wi-Fi was spotty.', 'negative', 'rooms.tech.wifi', 'negative'],
	['Wi-Fi was patchy in the rooms.', 'negative'],
	['The internet kept dropping.', 'negative'],
	['Free Wi-Fi that actually works.', 'positive'],
	['The WiFi was fast and reliable.', 'positive'],
	['Wi-Fi was painfully slow.', 'negative'],
	// parking
	['Valet parking was quick and friendly.', 'positive'],
	['Pricey parking on top of the room rate.', 'negative'],
	['Parking was a nightmare.', 'negative'],
	['Free parking right next to the entrance.', 'positive'],
	// location
	['The hotel is steps from the beach.', 'positive'],
	['A stone\'s throw from the old town.', 'positive'],
	['The hotel is in the middle of nowhere.', 'negative'],
	['It is in a sketchy area, we did not feel safe walking back.', 'negative'],
	['Great location, close to everything.', 'positive', 'location', 'positive'],
	['Handy for the station.', 'positive'],
	['It is a long way from anything.', 'negative'],
	['Perfectly placed for exploring the city.', 'positive'],
	// value
	['Real bang for the buck.', 'positive'],
	['A total rip-off for what you get.', 'negative'],
	['Overpriced for such a basic room.', 'negative'],
	['Pricey but worth every penny.', 'positive'],
	['Great value for money.', 'positive', 'value', 'positive'],
	['Not worth the money.', 'negative'],
	['Way overpriced.', 'negative'],
	// safety
	['We felt safe and secure the whole time.', 'positive'],
	['The door lock was broken and nobody came to fix it.', 'negative'],
	['Someone tried to get into our room at night.', 'negative'],
	// verdicts and hotel grammar
	['Would stay again in a heartbeat.', 'positive'],
	['We would not stay here again.', 'negative'],
	['Would definitely recommend this hotel.', 'positive'],
	['I wouldn\'t recommend this place to anyone.', 'negative'],
	['It does the job.', ['neutral', 'positive']],
	['No frills but it does the job.', ['neutral', 'positive']],
	['Basic but clean.', ['neutral', 'positive']],
	['Fine for one night.', ['neutral', 'positive']],
	['The room was as expected.', 'neutral'],
	['Nothing special.', ['neutral', 'negative']],
	['Average at best.', 'negative'],
	['Mixed feelings about this place.', ['neutral', 'negative']],
	['Lovely staff but the room was awful.', 'negative'],
	['The room was tired but the location is perfect.', 'positive'],
	['Would never stay here again.', 'negative'],
	['Avoid this hotel.', 'negative'],
	['Exceeded all our expectations.', 'positive'],
	['We will definitely be back.', 'positive'],
	['Not the worst place we have stayed, but not great either.', ['neutral', 'negative']],
	['We stayed three nights in a double room.', 'neutral'],
	['The hotel has a restaurant and a bar.', 'neutral'],
	['Would not hesitate to stay here again.', 'positive'],
	['Can\'t fault it.', 'positive'],
	['Absolutely loved our stay.', 'positive'],
	['Far from the five-star experience they advertise.', 'negative'],
	['Never again.', 'negative'],
	['The photos online are very misleading.', 'negative'],
	['Okay for the price.', ['neutral', 'positive']],
	// fourth round (2026-11-29): whole reviews with the verdict last, polite complaints, value, expectations,
	// praise words used descriptively, irony, time words of a long wait
	['The location was handy and the staff were pleasant. The room, however, was tired and the bed sagged. Overall, would not stay again.', 'negative'],
	['Check-in was slow and the lift was out of order. That said, the room was lovely and the breakfast excellent. Overall, we would definitely return.', 'positive'],
	['Great location. Sadly that is where the positives end.', 'negative'],
	['The pool looked nice in the photos. In reality it was tiny and closed most of the day. Would not recommend.', 'negative'],
	['Breakfast was good and the staff were helpful. All in all a pleasant stay.', 'positive'],
	['The room was small and a bit dated, but spotless, and the staff could not do enough for us. We would happily stay again.', 'positive'],
	['Friendly reception staff. Unfortunately the room was dirty and nobody came to fix the air conditioning. We will not be back.', 'negative'],
	['We were a bit disappointed that the pool was closed.', 'negative'],
	['We were slightly disappointed with the breakfast.', 'negative'],
	['The carpets could do with a clean.', 'negative'],
	['The room could use a refresh.', 'negative'],
	['The rooms are a little tired.', 'negative'],
	['The bathroom is dated and in need of a refresh.', 'negative'],
	['The furniture has seen better days.', 'negative'],
	['The hotel is showing its age.', 'negative'],
	['Not quite what we expected.', 'negative'],
	['It was not what we had hoped for.', 'negative'],
	['The breakfast left a lot to be desired.', 'negative'],
	['Sadly the service let the hotel down.', 'negative'],
	['The staff were not the most welcoming.', 'negative'],
	['Not the cleanest room we have stayed in.', 'negative'],
	['Good value for the price.', 'positive'],
	['For the price you cannot complain.', 'positive'],
	['Overpriced for what you get.', 'negative'],
	['Not worth the money.', 'negative'],
	['Definitely not worth the price.', 'negative'],
	['No frills, but clean and comfortable.', ['neutral', 'positive']],
	['A no-frills hotel, fine for a night.', ['neutral', 'positive']],
	['You get what you pay for.', ['neutral', 'negative']],
	['Expensive for what it is.', 'negative'],
	['The room rate was a steal.', 'positive'],
	['The staff could not do enough for us.', 'positive'],
	['The hotel got everything right.', 'positive'],
	['We expected great things from a five-star hotel.', ['neutral', 'negative']],
	['The hotel is supposed to be one of the best in town.', ['neutral', 'negative']],
	['It is supposed to be a four-star hotel, but the room was awful.', 'negative'],
	['Much better than we expected.', 'positive'],
	['We weren\'t expecting much but the room was lovely.', 'positive'],
	['Everything was exactly as expected.', 'neutral'],
	['We booked it because of the good reviews.', 'neutral'],
	['We waited a good 20 minutes to check in.', 'negative'],
	['The special of the day was fish.', 'neutral'],
	['The breakfast buffet had a great deal of choice.', ['neutral', 'positive']],
	['Is the breakfast good?', 'neutral'],
	['Does anyone know if the pool is heated?', 'neutral'],
	['Breakfast is served from 7 to 10.', 'neutral'],
	['They ran out of fresh towels.', 'negative'],
	['They had run out of clean towels.', 'negative'],
	['Croissants fresh out of the oven every morning.', 'positive'],
	['Great, another hour of waiting for our room.', 'negative'],
	['Thanks for nothing.', 'negative'],
	['Oh great, the lift is broken again.', 'negative'],
	['Lovely, no hot water again.', 'negative'],
	['Great, friendly staff and a big room.', 'positive'],
	['Perfect, except the bed was a bit hard.', 'positive'],
	['Excellent, no complaints at all.', 'positive'],
	['It was fine. Nothing to complain about, nothing to rave about either.', ['neutral', 'positive']],
	['After a two-hour wait our room was finally ready.', 'negative'],
	['We finally got our room at 6pm.', 'negative'],
	['Our luggage finally arrived an hour later.', 'negative'],
	['At last someone came to fix the shower, after three calls.', 'negative'],
	['We finally tried the rooftop bar and loved it.', 'positive'],
	['Finally a hotel that gets it right!', 'positive'],
	// fourth round: waits told as durations, failures and verdicts with no opinion word, idioms
	['It took an hour to check in.', 'negative'],
	['Check-in took forever.', 'negative'],
	['It took over 45 minutes to get our bags.', 'negative'],
	['Room service took two hours to arrive.', 'negative'],
	['If I could give zero stars I would.', 'negative'],
	['One star is generous.', 'negative'],
	['Five stars all the way.', 'positive'],
	['I would give it ten out of ten.', 'positive'],
	['The room was clean, but that is about all I can say.', 'negative'],
	['The bed was comfortable enough.', ['neutral', 'positive']],
	['The hotel is fine if all you need is a bed for the night.', ['neutral', 'positive', 'negative']],
	['The staff went above and beyond.', 'positive'],
	['Nothing was too much trouble.', 'positive'],
	['Our room was not cleaned once during our stay.', 'negative'],
	['The towels were never replaced.', 'negative'],
	['Nobody answered the phone at reception.', 'negative'],
	['We were overcharged at checkout.', 'negative'],
	['They tried to charge us for the minibar we never used.', 'negative'],
	['The photos must have been taken years ago.', 'negative'],
	['The sea view was actually a view of the car park.', 'negative'],
	['Hidden fees everywhere.', 'negative'],
	['We were moved to a better room at no extra cost.', 'positive'],
	['The receptionist rolled her eyes at us.', 'negative'],
	['I would think twice before booking here.', 'negative'],
	['Save your money and stay elsewhere.', 'negative'],
	['Look elsewhere.', 'negative'],
	['We will be back for sure.', 'positive'],
	['Can\'t wait to come back.', 'positive'],
	['A home away from home.', 'positive'],
	['Felt like home.', 'positive'],
	['The bathroom was tiny and the shower was a trickle.', 'negative'],
	['The room smelled of cigarette smoke.', 'negative'],
	['The pool was freezing and full of leaves.', 'negative'],
	['The gym is a joke.', 'negative'],
	['The breakfast was a joke.', 'negative'],
	['Not a patch on the photos.', 'negative'],
	['The hotel has a lot going for it.', 'positive'],
	['Just right for a short city break.', 'positive'],
	['We were upgraded to a suite, which was a lovely surprise.', 'positive'],
	['What a disappointment.', 'negative'],
	['What a gem!', 'positive'],
	['What a find!', 'positive'],
	['The room was nothing to write home about.', 'negative'],
	['It was okay, nothing more.', ['neutral', 'negative']],
	['The staff seemed to be doing us a favour.', 'negative'],
	['Instead of an apology we got excuses.', 'negative'],
	['We had to wait 40 minutes for a table at breakfast.', 'negative'],
	['Our room was not ready until 5pm.', 'negative'],
	['Cleanliness was not up to standard.', 'negative'],
	// fourth round: whole reviews (several sentences, mixed, the verdict anywhere)
	['We stayed for four nights in October. The location is perfect, five minutes from the station and close to the old town. Our room was on the small side but very clean and the bed was comfortable. Breakfast had a good selection, although the coffee could have been better. Staff were friendly and helpful throughout. Would stay again.', 'positive'],
	['Booked this hotel for a weekend away and regretted it. The room smelled damp, the carpet was stained and the shower head was hanging off the wall. We complained at reception and were told nothing could be done. Breakfast was cold and the staff seemed uninterested. The only positive was the location.', 'negative'],
	['Nice enough hotel in a good location. The room was a decent size and the bed was fine. Unfortunately the walls are thin and we were woken up by the people next door at 3am. Breakfast was okay but nothing special. Probably would not stay here again for the price.', 'negative'],
	['Absolutely fantastic stay! From the moment we arrived the staff made us feel welcome. We were upgraded to a room with a view over the harbour. The spa was lovely and the restaurant food was delicious. Only small gripe is that the wifi was a bit slow in the room. Cannot wait to come back.', 'positive'],
	['The hotel looks nothing like the pictures. The pool was closed, the gym had two broken machines and the bar shut at 10pm. Our room overlooked the bins. The staff were polite, I will give them that, but that does not make up for everything else.', 'negative'],
	['Great value for money. The rooms are basic but clean and the beds are comfortable. No restaurant, but there are plenty of places to eat nearby. Staff at reception were very helpful with directions. Ideal for a short stay.', 'positive'],
	['We arrived at 3pm and the room was not ready. We waited in the lobby for over an hour with two tired children. When we finally got in, the room had not been cleaned properly, there was hair in the bath. The manager apologised and offered a free breakfast, which was a nice gesture, but the stay got off to a bad start.', 'negative'],
	['Lovely little hotel with a lot of character. The owners are charming and nothing was too much trouble. The room was cosy and spotless. The only downside is the steep stairs, as there is no lift. Highly recommended.', 'positive'],
	['Stayed here on business. The room was fine, the desk was big enough to work at and the wifi was fast. Breakfast was average. It does the job for a night or two.', ['neutral', 'positive']],
	['Very disappointing. For a four-star hotel I expected much more. The room was dated, the bathroom was grubby and the air conditioning rattled all night. The staff were pleasant but clearly overworked. Not worth the money.', 'negative'],
	['Overall a good stay. The room was spacious and quiet, the breakfast was excellent. Parking was a bit expensive and the check-in queue was long, but the staff handled it well. We would come back.', 'positive'],
	['Where do I start? Dirty room, rude staff, noisy street and a breakfast that ran out by 9am. Avoid.', 'negative'],
	['The hotel is in a great spot and the rooftop bar has amazing views. However our room was tiny, the bathroom door did not lock and housekeeping never came. For what we paid I expected much better.', 'negative'],
	['We were a little worried after reading some reviews, but we need not have been. The room was clean, the staff were lovely and the location could not be better. We had a great time.', 'positive'],
	['Good hotel, good location, friendly staff. The rooms could do with an update but they are clean. Breakfast is fine. Would stay again.', 'positive'],
	['The staff could not have been more helpful and the location is superb. Sadly the room let it down: the mattress was worn out, the window did not close and the room was freezing. We moved hotels after one night.', 'negative'],
	// fourth round: short verdicts, answered questions, idioms of fault-finding
	['The staff were lovely, the breakfast was great and the location is handy for the beach. But the room was filthy, the sheets had stains and there was a cockroach in the bathroom. Never again.', 'negative'],
	['The room was a bit small and the shower pressure was weak, but the staff were wonderful and the breakfast was superb. We had a lovely stay and will definitely be back.', 'positive'],
	['Everything was perfect apart from the noise from the bar downstairs until 2am, which ruined our sleep on both nights.', 'negative'],
	['It was fine. Nothing to complain about, nothing to rave about either.', ['neutral', 'positive']],
	['What a shame. The hotel could be lovely but it is let down by poor management.', 'negative'],
	['They charged us for a late checkout we were told was free.', 'negative'],
	['We asked for extra pillows three times and they never arrived.', 'negative'],
	['The reviews here are spot on: great location, tired rooms.', ['neutral', 'negative', 'positive']],
	['Room was clean. Staff were nice. Breakfast was good. Would recommend.', 'positive'],
	['Clean, comfortable and great value.', 'positive'],
	['Dirty, noisy and overpriced.', 'negative'],
	['Staff were nice but the room was a disaster.', 'negative'],
	['I have stayed in many hotels and this is by far the worst.', 'negative'],
	['I have stayed in many hotels and this is one of the best.', 'positive'],
	['Would I stay here again? Absolutely.', 'positive'],
	['Would I stay here again? Absolutely not.', 'negative'],
	['Would I recommend it? No.', 'negative'],
	['Not bad for the price.', ['neutral', 'positive']],
	['Could not fault the staff.', 'positive'],
	['Not a single complaint.', 'positive'],
	['No complaints whatsoever.', 'positive'],
	['Hard to fault.', 'positive'],
	['Can not recommend this hotel enough.', 'positive'],
	['I can\'t recommend this hotel.', 'negative'],
	['I would not recommend this hotel to anyone.', 'negative'],
	['A real letdown.', 'negative'],
	['A pleasant surprise.', 'positive'],
	['Nothing to write home about.', 'negative'],
	['The breakfast was nothing to write home about, but the rooms were great.', 'positive'],
	// fourth round: VP ellipsis denies the praise before it
	['The pictures are lovely. The reality is not.', ['neutral', 'negative']],
	['The lobby is lovely, but the rooms are not.', 'negative'],
	['The staff were friendly and the room was clean, and so was the pool.', 'positive'],
	// fourth round: descriptive praise words, hearsay, weather, expectations, staff elsewhere
	['We had heard great things about this hotel.', 'neutral'],
	['We had heard great things about this hotel, and it did not disappoint.', 'positive'],
	['After reading the glowing reviews we booked two nights.', 'neutral'],
	['There is a happy hour at the bar from 5 to 7.', 'neutral'],
	['We grabbed a quick bite in the lobby cafe before our train.', 'neutral'],
	['I stayed here with my best friend for a weekend.', 'neutral'],
	['The weather was lovely all week.', 'neutral'],
	['We had awful weather, but the hotel was great.', 'positive'],
	['The staff seemed more interested in their phones than in the guests.', 'negative'],
	['The photos are much better than the reality.', 'negative'],
	['We booked the junior suite thinking it would be spacious.', ['neutral', 'negative']],
	['We were hoping for a sea view.', ['neutral', 'negative']],
	['The cleaner finally took the rubbish away on day three.', 'negative'],
	['The room had like 2 towels for four people.', ['neutral', 'negative']],
	// fourth round: advice and sizes that praise
	['Make sure you have the breakfast on the terrace.', 'positive'],
	['The room was big enough for a family of four.', 'positive'],
	['The room was not big enough for two people.', 'negative'],
	['The bar is open late.', 'positive'],
];

describe('English hotel reviews (self-written)', () => {
	// A rest parameter: jest treats a test function declaring more parameters than its row has
	// values as one that takes a `done` callback, and would wait for it (rows here have 2 to 4 values).
	it.each(rows)('%s → %s', (...row) => {
		const [text, label, prefix, sign] = row as Row;
		const r = engine.analyze(text);
		const ok = Array.isArray(label) ? label : [label];
		expect(ok).toContain(r.sentiment.label);
		if (prefix) {
			const t = r.topics.find((x) => x.id.startsWith(prefix));
			expect(t?.sentiment).toBe(sign);
		}
	});
});

/**
 * Gaps named by the fourth round (2026-11-29): a smell of smoke or damp, "impossible not to love" (= must),
 * "nobody will call me back", an unmet hope denied by VP ellipsis, a quiet room asked for and one by the
 * lift given, "the only thing I could fault". Self-written; each row was read otherwise before unless
 * marked as a guard.
 */
const GAPS: Array<[string, L]> = [
	['There was a smell of smoke in the room.', 'negative'],
	['The corridor smelt of damp.', 'negative'],
	['It is impossible not to love this place.', 'positive'],
	["It's hard not to like the staff here.", 'positive'],
	['I lost my wallet in the lobby and nobody will call me back.', 'negative'],
	['I have emailed three times and no one will reply.', 'negative'],
	['We hoped the second night would be quieter, but it was not.', 'negative'],
	["We expected the room to be bigger, but it wasn't.", 'negative'],
	['We asked for a quiet room and were given one next to the lift.', 'negative'],
	['The only thing I could fault was the slow lift.', 'positive'],
	// Guards: a pleasant smell, a noticed stain, a hope that came true, a quiet room asked for and given,
	// a plain complaint with "my only complaint".
	['The lobby smelled of fresh flowers.', 'positive'],
	["I couldn't help but notice the stains on the carpet.", 'negative'],
	['We hoped for a sunny weekend and got one.', 'neutral'],
	['We asked for a quiet room and were given a lovely one at the back.', 'positive'],
	['My only complaint is the slow lift.', 'negative'],
];

describe('English gaps named by the fourth round (self-written)', () => {
	it.each(GAPS)('%s → %s', (text, label) => expect(engine.analyze(text).sentiment.label).toBe(label));
});

/**
 * Severe failures (2026-11-29): bed bugs, cockroaches, blood or urine on the sheets, mould, food poisoning,
 * theft, injuries and fire-safety failures make a review negative whatever else the guest liked, unless the
 * hotel put it right. Self-written; the engine before the rule (354e64c) reads 7 of the 27 rows otherwise: 6 severe
 * failures as positive or neutral, one bed-bug check that found nothing as neutral.
 */
const SEVERE: Array<[string, L | L[]]> = [
	['Great location, friendly staff, but we found bed bugs.', 'negative'],
	['The breakfast was lovely and the pool was great, but there was a cockroach in the bathroom.', 'negative'],
	['Beautiful hotel, helpful staff, lovely views; sadly we both got food poisoning from the restaurant.', 'negative'],
	['Nice room and comfy bed, but there was blood on the sheets.', 'negative'],
	['Friendly reception, good breakfast, but my laptop was stolen from the room.', 'negative'],
	['The staff were lovely, but the bathroom was covered in mould.', 'negative'],
	['Lovely spa and great food, but I slipped on the wet stairs and was injured.', 'negative'],
	['Good value and a great view, but we saw mice in the room.', 'negative'],
	['Comfortable beds and a central location, but there were urine stains on the mattress.', 'negative'],
	['Great staff and tasty food, but I found a hair in my soup.', 'negative'],
	['Clean pool and friendly bar staff, but we were robbed in the car park.', 'negative'],
	['Good location and friendly staff, though someone stole our bags from the lobby.', 'negative'],
	['Lovely staff and a great pool. Unfortunately my husband got food poisoning from the buffet and spent two days in bed.', 'negative'],
	['Amazing views and a great breakfast, but the smoke alarm did not work and there was no fire exit on our floor.', 'negative'],
	['The bathroom had black mold around the bath, although the staff were very kind.', 'negative'],
	// The hotel did not put it right.
	['The manager apologised but did nothing about the cockroaches.', 'negative'],
	['We found bed bugs, they moved us, but the new room had them too.', 'negative'],
	// Negated, feared or checked for: no failure.
	['Spotlessly clean room, no bed bugs, comfy bed.', 'positive'],
	['I was worried about bed bugs after reading old reviews, but the room was spotless.', 'positive'],
	['Not a single cockroach in sight, and the staff were lovely.', 'positive'],
	['We checked for bed bugs and found nothing; the room was lovely.', 'positive'],
	['Everything was great, no roaches, no bugs, nothing to complain about.', 'positive'],
	// Put right by the hotel.
	['We found a cockroach on the first night, but they moved us and apologised; the new room was perfect.', 'positive'],
	['There was mould in the shower, but they upgraded us to a suite straight away and the rest of the stay was wonderful.', 'positive'],
	// Harmless senses of the words.
	['Good shampoo in the bathroom, and my hair felt great after.', 'positive'],
	['Handy for the hospital, and the staff were very kind.', 'positive'],
	['The fire was lit in the lounge every evening, so cosy.', 'positive'],
];

describe('English severe failures outweigh praise (self-written, 2026-11-29)', () => {
	it.each(SEVERE)('%s → %s', (text, label) => expect(Array.isArray(label) ? label : [label]).toContain(engine.analyze(text).sentiment.label));

	it('keeps the risk reasons and drops that of Mickey Mouse', () => {
		const reasons = (t: string) => engine.analyze(t).urgency.reasons.map((r) => r.reason);
		expect(reasons('Great location, friendly staff, but we found bed bugs.')).toContain('hygiene');
		expect(reasons('Friendly reception, good breakfast, but my laptop was stolen from the room.')).toContain('theft');
		expect(reasons('The kids loved the Mickey Mouse show in the lobby.')).not.toContain('hygiene');
	});
});

/**
 * Kinds of sentence the audit of 100 SemEval-2014 dev errors (2026-11-29, stop 12) found the engine wrong on,
 * told about hotels in our own words: set phrases with no opinion word (value, loyalty, royalty, photos that
 * flatter, a waiter who checks once), the writer's own effort ("I try my best") that praises nothing. The
 * engine before the audit reads 11 of these 44 as labelled.
 */
const AUDIT: Array<[string, L]> = [
	['The rate won\'t break the bank, and the room was spotless.', 'positive'],
	['A room with a sea view that did not break the bank.', 'positive'],
	['We had a suite for the weekend without breaking the bank.', 'positive'],
	['The new rooftop bar is a welcome addition to the hotel.', 'positive'],
	['The staff made us feel like royalty from the moment we arrived.', 'positive'],
	['We felt like royalty in the honeymoon suite.', 'positive'],
	['Housekeeping treated us like VIPs all week.', 'positive'],
	['The breakfast buffet can\'t be missed.', 'positive'],
	['The sunset from the terrace should not be missed.', 'positive'],
	['The spa was out-of-this-world.', 'positive'],
	['I would die for their pastries at breakfast.', 'positive'],
	['This hotel is now at the top of our list for the city.', 'positive'],
	['My husband was sceptical about boutique hotels, but he became a convert.', 'positive'],
	['We have returned regularly since our first stay.', 'positive'],
	['We stay here every year for the festival.', 'positive'],
	['We come back year after year.', 'positive'],
	['I stay here twice a year on business.', 'positive'],
	['We wouldn\'t stay anywhere else in Rome.', 'positive'],
	['Why stay anywhere else?', 'positive'],
	['This hotel truly values its guests.', 'positive'],
	['The steak at the hotel restaurant was cooked well.', 'positive'],
	['Do yourself a favour and book the sea-view room.', 'positive'],
	['Do yourself a favor and stay elsewhere.', 'negative'],
	['We would love to stay again next summer.', 'positive'],
	['I would like to come back with the kids.', 'positive'],
	['The room looked better in the photos.', 'negative'],
	['The photos are way better than the real thing.', 'negative'],
	['The room looks much better in the pictures.', 'negative'],
	['The hotel looks better online than in person.', 'negative'],
	['Our waiter only checked on us once during dinner.', 'negative'],
	['The waiter checked on us just once in two hours.', 'negative'],
	['Housekeeping came by only once in four days.', 'negative'],
	['I try my best to be fair in my reviews.', 'neutral'],
	['To the best of my knowledge, the hotel opened in 1990.', 'neutral'],
	['It is the only hotel I stay at when I am in Paris.', 'positive'],
	['The pool is nice, but the room won\'t break any records for comfort.', 'negative'],
	['We checked in late and the night porter made us feel welcome.', 'positive'],
	['The lobby is impressive, but the photos are much better than the rooms.', 'negative'],
	['Do yourself a favour and avoid this hotel.', 'negative'],
	['The rooms are nothing special, but the price won\'t break the bank.', 'positive'],
	['We have been coming here every summer for ten years.', 'positive'],
	['I go there once a month for their afternoon tea.', 'positive'],
	['The concierge does his best to help, and he always succeeds.', 'positive'],
	['I did my best to like this hotel, but the noise made it impossible.', 'negative'],
];

describe('English set phrases found by the dev-error audit (self-written)', () => {
	it.each(AUDIT)('%s → %s', (text, label) => expect(engine.analyze(text).sentiment.label).toBe(label));

	// The same phrases where they praise nothing: another hotel's virtue, a draw that was closed, a habit that ended.
	it.each([
		'A hotel that values its guests would have refunded us.',
		'The main draw is the pool, which was closed for maintenance.',
		'We used to stay here every year, but not anymore.',
		'Do yourself a favour and book somewhere else.',
	])('%s is not praise', (text) => expect(engine.analyze(text).sentiment.label).not.toBe('positive'));
});

/**
 * Stop 13: general frames of review English that carry the opinion without (or against) a praise word:
 * the negator that measures praise ("can't thank them enough"), superiority, "never slept better", the one
 * good thing that damns the rest, "we've had better", indifference, the thing against what was advertised
 * or expected, a decline, and negations that reach further ("not even", "nowhere near as").
 */
const FRAMES: Array<[string, 'positive' | 'negative' | 'neutral']> = [
	['We cannot thank the staff enough for their help.', 'positive'],
	["I can't say enough good things about the front desk.", 'positive'],
	["The team couldn't do enough for us during our stay.", 'positive'],
	['This hotel puts the other hotels in the area to shame.', 'positive'],
	['The spa outshines every other one we have tried.', 'positive'],
	['The breakfast buffet is in a league of its own.', 'positive'],
	['Housekeeping here is a cut above the rest.', 'positive'],
	['The view from the rooftop bar is unmatched.', 'positive'],
	['I have never slept better in a hotel bed.', 'positive'],
	['The only good thing about the hotel was the location.', 'negative'],
	['The only thing I liked was the view from the balcony.', 'negative'],
	['The pool was its one saving grace.', 'negative'],
	["We've had better breakfasts at roadside motels.", 'negative'],
	['Nobody at the front desk seemed to care.', 'negative'],
	['The staff didn\'t care about our complaint.', 'negative'],
	['Nothing worked in the room, not the kettle, not the TV.', 'negative'],
	['The room was much smaller than advertised.', 'negative'],
	['The suite was bigger than in the photos.', 'positive'],
	['Sadly the hotel is not what it used to be.', 'negative'],
	['I doubt I will ever return to this hotel.', 'negative'],
	['The bathroom was crappy and the shower leaked.', 'negative'],
	['We could not even get a room that was clean.', 'negative'],
	['The spa was nowhere near as good as last year.', 'negative'],
	// an adverb of praise or complaint before an opinion word measures it
	['The breakfast was amazingly bad for the price.', 'negative'],
	['The bed was perfectly awful.', 'negative'],
	// "least" negates; "at least" does not, and "in the least" carries the negation before it
	['Of the three hotels, this was my least favourite.', 'negative'],
	['The night staff were the least helpful people I have met.', 'negative'],
	['The receptionist was not in the least helpful.', 'negative'],
	['The carpet was not the least bit dirty.', 'positive'],
	['The room was small, but at least it was clean.', 'positive'],
	// praise named as what was compared against or not had; "fast food" is no praise of speed
	['The lobby felt more like a bus station than a nice hotel.', 'neutral'],
	['Instead of a lovely sea view we got the car park.', 'neutral'],
	['The room service burger tasted like fast food.', 'neutral'],
	['The staff were more than happy to help.', 'positive'],
	['Other than that great stay, would return.', 'positive'],
	// "don't (even) get me started" opens a complaint; its "don't even" negates nothing after it
	["Don't even get me started on how expensive the minibar was.", 'negative'],
	["Don't get me started on the check-in queue.", 'negative'],
];

describe('English frames of praise and complaint, stop 13 (self-written)', () => {
	it.each(FRAMES)('%s → %s', (text, label) => expect(engine.analyze(text).sentiment.label).toBe(label));

	// The same words where the frame is not there: "had better" as a modal, "care" as a service name, "not even" ended by a comma.
	it.each([
		['You had better book early in summer.', 'neutral'],
		['I called customer care twice today about my booking.', 'neutral'],
		['It was not even noon, and the room was already ready and spotless.', 'positive'],
		['The broadband speed is nowhere near the advertised speed.', 'negative'],
	])('%s → %s', (text, label) => expect(engine.analyze(text).sentiment.label).toBe(label));
});
