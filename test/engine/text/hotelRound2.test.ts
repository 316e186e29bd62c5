import { getEngine } from '../../../nodes/engine/text';
import { describeRound, ids, labelOf, type ProbeRow } from './hotelProbeRound';

/**
 * Hotel topics and their sentiment, round 2 (stop 19, 2026-11-30). The product is graded on held-out hotel reviews
 * (Chinese and English) that no labelled set here holds. Sentences written by the project (not copied from a data set
 * or a site) about rooms, bathrooms, beds, noise, the front desk, breakfast, location, parking, Wi-Fi and value, each
 * with the label the text must get and, where clear, a hotel-tree topic that must carry that sign (the topic itself
 * or one under it). The rules they exercise: a meal word before the thing it names ("breakfast buffet", "breakfast
 * room"), "area" after another topic word ("pool area"), hearing in the noise branch (听得到 / "could hear them": a
 * complaint; 听不到车声 / "couldn't hear a thing": praise), minutes on foot (short: praise, long: complaint),
 * a place right outside the door (下楼就是地铁), a check-in delay told as two clock times (Chinese and English), and a
 * few opinion words of the probe (效率很高, 太窄, 有点堵, "sagged", "too soft", "woke us").
 *
 * p = positive, n = negative.
 */

/** The probe; `true` marks the rows the base commit (21719be) read wrong (label or topic sign), each a test of its own. */
const ZH_PROBE: ProbeRow[] = [
	['走廊说话都能听到', 'n', 'rooms.noise', true],
	['隔壁洗澡都听得到', 'n', 'rooms.noise', true],
	['临街也听不到车声', 'p', 'rooms.noise', true],
	['离地铁站要走二十分钟', 'n', 'location', true],
	['下楼就是地铁', 'p', 'location', true],
	['到店两点，四点才拿到房', 'n', 'front', true],
	['马桶有点堵，冲了好几次才下去', 'n', 'rooms.bath', true],
	['房间在高层，一点噪音都没有', 'p', 'rooms.noise', true],
	['窗户隔音很好，马路上的车声完全听不到', 'p', 'rooms.noise', true],
	['下午两点到店，等到四点才拿到房', 'n', 'front', true],
	['三点到的酒店，五点多才进房', 'n', undefined, true],
	['退房的时候前台效率很高', 'p', 'front', true],
	['出门就是步行街，吃饭逛街都方便', 'p', 'location', true],
	['离火车站很近，拖着行李也不累', 'p', 'location', true],
	['从地铁站出来还要走十五分钟', 'n', 'location', true],
	['停车要收费，一晚上五十块', 'n', 'facilities.parking', true],
	['地下停车场太窄了，很难停', 'n', 'facilities.parking', true],
	['无线网要一直重新连接', 'n', 'rooms.tech.wifi', true],
	['房间隔音很好，完全听不到走廊的声音', 'p', 'rooms.noise', true],
	['洗澡声都能听到，太尴尬了', 'n', undefined, true],
	['临街的房间，晚上一直有车声', 'n', 'rooms.noise', true],
	['酒店门口就是公交站', 'p', 'location', true],
	['房间很宽敞，落地窗看出去是江景', 'p', 'rooms'],
	['房间有点小，行李箱都打不开', 'n', 'rooms'],
	['房间里有股霉味，开了一晚上窗还有', 'n', 'rooms'],
	['房间干净整洁，桌面一点灰都没有', 'p', 'rooms'],
	['房间的窗户关不严，晚上漏风', 'n', 'rooms'],
	['房间装修有点旧了，墙纸都翘起来了', 'n', 'rooms'],
	['卫生间干湿分离，洗澡很方便', 'p', 'rooms.bath'],
	['卫生间的水龙头一直在滴水', 'n', 'rooms.bath'],
	['淋浴水压很足，热水来得很快', 'p', 'rooms.bath'],
	['洗澡的时候水一会儿冷一会儿热', 'n', 'rooms.bath'],
	['浴巾很厚实，洗漱用品也是大牌的', 'p', 'rooms.bath'],
	['床很大很软，睡得特别舒服', 'p', 'rooms.bed'],
	['床垫太硬了，睡得腰疼', 'n', 'rooms.bed'],
	['枕头太高，睡了一晚脖子疼', 'n', 'rooms.bed'],
	['被子有股怪味，不知道有没有换过', 'n', 'rooms.bed'],
	['床单上有一根头发', 'n', 'rooms.bed'],
	['床品很舒服，是那种很软的棉', 'p', 'rooms.bed'],
	['隔音太差了，隔壁打电话都听得一清二楚', 'n', 'rooms.noise'],
	['楼上拖椅子的声音吵了一晚上', 'n', 'rooms.noise'],
	['隔壁打呼噜都能听到，一晚上没睡好', 'n', 'rooms.noise'],
	['走廊里有人大声说话，吵得睡不着', 'n', 'rooms.noise'],
	['前台小姐姐很耐心，帮我们换了安静的房间', 'p', 'service'],
	['办理入住排了半个小时的队', 'n', 'front'],
	['入住很快，两分钟就办好了', 'p', 'front'],
	['前台说房间还没打扫好，让我们等了一个多小时', 'n'],
	['早餐品种很丰富，中西式都有', 'p', 'fb.breakfast'],
	['早餐很一般，来来去去就那几样', 'n', 'fb.breakfast'],
	['早餐的粥是凉的，鸡蛋也煮老了', 'n', 'fb.breakfast'],
	['早餐厅环境很好，靠窗可以看海', 'p'],
	['早餐九点半就没什么吃的了', 'n', 'fb.breakfast'],
	['早餐的现煮面条很好吃', 'p', 'fb.breakfast'],
	['酒店位置很好，步行五分钟就到地铁站', 'p', 'location'],
	['位置有点偏，打车都不好打', 'n', 'location'],
	['酒店不好找，导航绕了半天', 'n'],
	['停车场很大，停车很方便', 'p', 'facilities.parking'],
	['wifi信号很差，经常断线', 'n', 'rooms.tech.wifi'],
	['房间的无线网络很快，看视频一点都不卡', 'p', 'rooms.tech.wifi'],
	['网速太慢了，工作都没法做', 'n', 'rooms.tech.wifi'],
	['性价比很高，这个价格住这样的房间很值', 'p', 'value'],
	['价格偏贵，设施配不上这个价', 'n', 'value'],
	['节假日房价翻倍，太坑了', 'n', 'value'],
	['价格实惠，下次出差还会住', 'p', 'value'],
	['空调制冷效果很好', 'p', 'rooms'],
	['空调一直不制冷，找了工程部也没修好', 'n', 'rooms'],
	['电视能投屏，很方便', 'p', 'rooms'],
	['热水壶里面有水垢', 'n', 'rooms'],
	['服务员每天都把房间打扫得很干净', 'p', 'rooms'],
	['打扫阿姨把我的东西扔掉了', 'n'],
	['酒店的健身房很小，器材也很旧', 'n', 'facilities'],
	['泳池不大，但是很干净', 'p'],
	['步行到景区要半个多小时', 'n', 'location'],
];
const EN_PROBE: ProbeRow[] = [
	['The breakfast buffet was outstanding.', 'p', 'fb.breakfast', true],
	['The breakfast buffet was poor.', 'n', 'fb.breakfast', true],
	['We couldn\'t hear a thing.', 'p', 'rooms.noise', true],
	['The hotel is a long walk from the station.', 'n', 'location', true],
	['It\'s a 20-minute walk to the metro.', 'n', 'location', true],
	['We arrived at 2pm and the room was ready at 5.', 'n', 'front', true],
	['The room had been freshly painted and felt brand new.', 'p', 'rooms', true],
	['The curtains didn\'t block out any light.', 'n', 'rooms', true],
	['The sink was cracked and the tap dripped all night.', 'n', 'rooms.bath', true],
	['The mattress sagged in the middle.', 'n', 'rooms.bed', true],
	['The pillows were too soft and I woke up with a stiff neck.', 'n', 'rooms.bed', true],
	['There was a stain on the duvet cover.', 'n', 'rooms.bed', true],
	['The walls are so thin we could hear them talking.', 'n', 'rooms', true],
	['We couldn\'t hear the traffic at all even though we faced the main road.', 'p', 'rooms.noise', true],
	['Doors slamming in the corridor woke us at 6am.', 'n', undefined, true],
	['You can hear everything through the walls.', 'n', 'rooms.noise', true],
	['We never heard a peep from the neighbours.', 'p', 'rooms.noise', true],
	['We arrived at 2pm and the room wasn\'t ready until 5.', 'n', 'front', true],
	['Check-in took 40 minutes because the system was down.', 'n', 'front', true],
	['The reception staff sorted out our problem straight away.', 'p', undefined, true],
	['We checked in at 1pm but didn\'t get into our room until 4.', 'n', 'front', true],
	['The breakfast room was cramped and chaotic.', 'n', 'fb.breakfast', true],
	['The breakfast buffet was poor and nothing was replenished.', 'n', 'fb.breakfast', true],
	['The breakfast staff were lovely and attentive.', 'p', 'fb.breakfast', true],
	['It\'s a 25-minute walk to the city centre.', 'n', 'location', true],
	['The hotel is only a five minute walk from the beach.', 'p', 'location', true],
	['The hotel is in a quiet area but a long walk to the station.', 'n', 'location', true],
	['The minibar was empty and never restocked.', 'n', undefined, true],
	['The gym was small but had everything I needed.', 'p', undefined, true],
	['The pool area was lovely and never crowded.', 'p', 'facilities', true],
	['The housekeeper did a great job every day.', 'p', 'rooms.housekeeping', true],
	['It is a 20-minute walk to the metro.', 'n', 'location', true],
	['We could hear every word next door.', 'n', 'rooms.noise'],
	['The hotel is steps from the beach.', 'p', 'location'],
	['The room was bright and airy with a lovely balcony.', 'p', 'rooms'],
	['Our room was tiny and the window faced a brick wall.', 'n', 'rooms'],
	['The room smelled damp and musty.', 'n', 'rooms'],
	['The bathroom was sparkling clean with fluffy towels.', 'p', 'rooms.bath'],
	['There was mould around the bath and the grout was black.', 'n'],
	['The shower was lovely and hot with good pressure.', 'p', 'rooms.bath'],
	['The toilet seat was broken.', 'n', 'rooms.bath'],
	['The bed was huge and really comfortable.', 'p', 'rooms.bed'],
	['The sheets were crisp and smelled lovely.', 'p', 'rooms.bed'],
	['The bed was creaky and uncomfortable.', 'n', 'rooms.bed'],
	['Our room was next to the ice machine and it was noisy all night.', 'n', 'rooms'],
	['The soundproofing was excellent.', 'p', 'rooms.noise'],
	['The receptionist was warm and welcoming.', 'p', 'service'],
	['The front desk clerk was rude and dismissive.', 'n', 'service'],
	['Check-in was smooth and the staff explained everything.', 'p', 'front'],
	['The breakfast buffet had a great selection of fresh fruit.', 'p', 'fb.breakfast'],
	['Breakfast was delicious with freshly made omelettes.', 'p', 'fb.breakfast'],
	['The coffee at breakfast was undrinkable.', 'n', 'fb.breakfast'],
	['Breakfast was not included and was very expensive.', 'n', 'fb.breakfast'],
	['The breakfast area was clean and bright.', 'p'],
	['The location is perfect, a 2-minute walk to the metro.', 'p', 'location'],
	['Great location, steps from the main square.', 'p', 'location'],
	['The hotel is in the middle of nowhere.', 'n'],
	['The area around the hotel felt a bit dodgy.', 'n', 'location'],
	['The location couldn\'t be better.', 'p', 'location'],
	['Parking was easy and free.', 'p', 'facilities.parking'],
	['Parking cost 30 euros a night, which is a rip off.', 'n'],
	['The car park was tight and hard to get in and out of.', 'n', 'facilities.parking'],
	['There was no parking at the hotel.', 'n', 'facilities.parking'],
	['The valet parking was quick and efficient.', 'p', 'facilities.parking'],
	['The wifi was fast and reliable.', 'p', 'rooms.tech.wifi'],
	['The wifi was painfully slow.', 'n', 'rooms.tech.wifi'],
	['The wifi didn\'t work in our room.', 'n', 'rooms.tech.wifi'],
	['Wi-Fi was free and worked well everywhere.', 'p', 'rooms.tech.wifi'],
	['They charged for wifi, which is ridiculous these days.', 'n', 'rooms.tech.wifi'],
	['Good value for the price.', 'p', 'value'],
	['Overpriced for what you get.', 'n'],
	['The price was very reasonable for such a central hotel.', 'p'],
	['Expensive, and the room was not worth the money.', 'n', 'value'],
	['For the money it\'s a great deal.', 'p'],
	['The air conditioning was quiet and kept the room cool.', 'p', 'rooms'],
	['The kettle was filthy.', 'n'],
	['The lift was slow and there was only one.', 'n'],
	['The staff at the pool bar were brilliant.', 'p'],
	['Our room was not cleaned for three days.', 'n'],
	['The staff went above and beyond for my birthday.', 'p'],
	['We will never stay here again.', 'n'],
	['We\'d happily stay here again.', 'p'],
];

const engine = getEngine();
const topicOf = (text: string, id: string) => engine.analyze(text).topics.find((t) => t.id === id || t.id.startsWith(`${id}.`))?.sentiment;
describeRound('hotel round 2', ZH_PROBE, EN_PROBE);

describe('hotel round 2: the rules and their limits', () => {
	it('gives a breakfast compound to breakfast, not to the restaurant or the guest room', () => {
		expect(ids('The breakfast buffet was superb.')).toEqual(['fb.breakfast']);
		expect(ids('The breakfast room was far too small.')).toEqual(['fb.breakfast']);
		expect(topicOf('The breakfast hall was noisy and crowded.', 'fb.breakfast')).toBe('negative');
		// A dinner menu is still the menu (restaurant tree), and a meal word alone keeps its sense.
		expect(ids('The dinner menu was varied.').includes('fb.restaurant.dishes') || ids('The dinner menu was varied.').includes('fb.restaurant')).toBe(true);
	});
	it('reads "area" after another topic word as that thing\'s place, not the location', () => {
		expect(ids('The pool area was spotless.')).not.toContain('location');
		expect(ids('The lobby area was dated and dark.')).not.toContain('location');
		expect(topicOf('The area is lovely and quiet.', 'location')).toBe('positive');
	});
	it('reads hearing the neighbours as a noise complaint and not hearing the street as praise', () => {
		expect(topicOf('楼道里说话都能听到', 'rooms.noise')).toBe('negative');
		expect(topicOf('晚上马路上的车声完全听不到', 'rooms.noise')).toBe('positive');
		expect(labelOf('We could hear the people next door snoring.')).toBe('negative');
		expect(labelOf('We never heard a sound from the street.')).toBe('positive');
		// A device that does not sound is no quiet room.
		expect(labelOf('耳机听不到声音')).toBe('negative');
		expect(labelOf('I called but couldn\'t hear anything.')).not.toBe('positive');
	});
	it('reads minutes on foot: five or less praise, fifteen or more complaint, ten by its words', () => {
		expect(topicOf('步行三分钟就到地铁站', 'location')).toBe('positive');
		expect(topicOf('到地铁站要走二十多分钟', 'location')).toBe('negative');
		expect(topicOf('A 5-minute stroll to the beach.', 'location')).toBe('positive');
		expect(topicOf('The metro is a 30 minute walk away.', 'location')).toBe('negative');
		expect(topicOf('Only a 10-minute walk to the old town.', 'location')).toBe('positive');
		expect(labelOf('It is a 10-minute walk to the station.')).toBe('neutral');
	});
	it('reads a place right outside the door as praise of the location', () => {
		expect(topicOf('出门就是地铁站，去哪都方便', 'location')).toBe('positive');
		expect(topicOf('楼下就是商场', 'location')).toBe('positive');
		// Not any thing outside the door: a road is no point in favour.
		expect(labelOf('出门就是马路')).not.toBe('positive');
	});
	it('reads a check-in delay told as two clock times, in Chinese and in English', () => {
		expect(topicOf('一点半到的酒店，三点多才入住', 'front.checkin')).toBe('negative');
		expect(topicOf('We checked in at 1pm but did not get into our room until 4.', 'front.checkin')).toBe('negative');
		// Under an hour is no delay; nor is a promise.
		expect(labelOf('两点到店，两点半拿到房')).toBe('neutral');
		expect(labelOf('We arrived at 2pm and the room was ready at 2.30pm.')).toBe('neutral');
	});
	it('reads a wait of twenty minutes or more told with "took" as a complaint, not a ride', () => {
		expect(labelOf('Check-out took 30 minutes.')).toBe('negative');
		expect(labelOf('The taxi took 40 minutes.')).toBe('neutral');
	});
});
