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
	['They ran out of fresh towels.', 'negative'],
	['They had run out of clean towels.', 'negative'],
	['Croissants fresh out of the oven every morning.', 'positive'],
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
