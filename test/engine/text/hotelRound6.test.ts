import { getEngine } from '../../../nodes/engine/text';
import { describeRound, type ProbeRow, topicSign, labelOf, ids } from './hotelProbeRound';

/**
 * Hotel topics and their sentiment, round 6 (stop 23, 2026-12-01). A probe of 96 hotel-review sentences written for this round
 * (42 Chinese, 54 English; not copied from a data set or a site), each with its label and the hotel-tree topic that must carry
 * that sign (the topic or one under it; "noise" is any noise topic). The shapes: round 5's leftovers (a walk told in minutes from
 * the hotel, the front desk told by its attitude, an airport shuttle, a clock time before a verdict, a ride only minutes long,
 * a room not cleaned, a room type not the one booked, parking charged though free), a place told close or near, room service,
 * and plain sentences of each department.
 *
 * p = positive, n = negative, u = neutral. The probe sentences still misread stay in the probe as comments ("left").
 */

/** The probe; `true` marks the rows the base commit (4c3ca1d) read wrong (label or topic sign), each a test of its own. */
const ZH_PROBE: ProbeRow[] = [
	['前台态度很差，问什么都不耐烦', 'n', 'front', true],
	['前台态度很差', 'n', 'front', true],
	// left: ['前台说发票要等三天才能开', 'n', 'front'],
	// left: ['行李员帮忙把行李送到房间', 'p', 'service'],
	// left: ['前台小姑娘很耐心地帮我们查路线', 'p', 'front'],
	// left: ['礼宾帮我们订了一家很不错的餐厅', 'p', 'front'],
	// left: ['房间三天都没有人打扫', 'n', 'rooms.housekeeping'],
	// left: ['订的是海景房，结果窗外是停车场', 'n', 'booking'],
	// left: ['早餐九点半就收了，太早了', 'n', 'fb.breakfast'],
	['早餐十点才结束，可以睡个懒觉', 'p', 'fb.breakfast'],
	['去机场的班车很准时', 'p', 'service'],
	['酒店到最近的地铁站要走二十分钟', 'n', 'location'],
	['酒店走路到海边只要五分钟', 'p', 'location', true],
	// left: ['停车说是免费的，结果收了五十块', 'n', 'facilities.parking'],
	// left: ['卫生间有点旧，但是很干净', 'p', 'rooms.bath'],
	['床很舒服，一觉睡到天亮', 'p', 'rooms.bed'],
	['枕头太硬了', 'n', 'rooms.bed'],
	['热水要放很久才出来', 'n', 'rooms.bath'],
	// left: ['泳池在维修，整个星期都没开', 'n', 'facilities.leisure.pool'],
	['送餐服务等了一个多小时', 'n', 'fb'],
	['酒店餐厅的菜又贵又难吃', 'n', 'fb'],
	['办理入住排了半个小时的队', 'n', 'front'],
	['退房很快，不用查房', 'p', 'front'],
	['电梯很慢，每次都要等很久', 'n', 'facilities.building'],
	['暖气不热，晚上冻得睡不着', 'n', 'rooms.climate'],
	['窗帘遮光效果很差，早上五点就被晒醒', 'n', 'rooms'],
	['电视只有几个台', 'n', 'rooms.tech'],
	['房间里没有热水壶', 'n', 'rooms.amenities'],
	// left: ['整晚都能听到马路上的车声', 'n', 'noise'],
	['这个价格不值', 'n', 'value'],
	['免费给我们升级了套房', 'p', 'front'],
	// left: ['健身房24小时开放', 'p', 'facilities'],
	['床单上有污渍', 'n', 'rooms.bed'],
	// left: ['客房服务员每天都把房间收拾得很整齐', 'p', 'rooms.housekeeping'],
	['酒店离景区很远，打车都要四十分钟', 'n', 'location'],
	['周边很安静，适合休息', 'p', 'noise'],
	// left: ['房间朝北，一整天都没有阳光', 'n', 'rooms'],
	['前台态度很坏', 'n', 'front', true],
	['前台态度太差', 'n', 'front', true],
	['酒店很偏僻', 'n', 'location', true],
	['去机场的班车很准时', 'p', 'service'],
	['机场班车每小时一班，很方便', 'p', 'service'],
];

const EN_PROBE: ProbeRow[] = [
	['The hotel is a 20 minute walk from the nearest station.', 'n', 'location', true],
	['The hotel is a long walk from anything.', 'n', 'location', true],
	['The hotel is a short walk from the beach.', 'p', 'location'],
	['Our hotel was a 30 minute walk from the centre.', 'n', 'location', true],
	// left: ['They leave earplugs on the pillow for a reason.', 'n', 'noise'],
	['The airport is only 10 minutes away by taxi.', 'p', 'location', true],
	['The beach is only five minutes away on foot.', 'p', 'location', true],
	// left: ['Nobody cleaned our room for three days.', 'n', 'rooms.housekeeping'],
	// left: ['Our room was not cleaned once during our stay.', 'n', 'rooms.housekeeping'],
	// left: ['The concierge booked us a great restaurant.', 'p', 'front'],
	['The concierge was incredibly helpful with tours.', 'p', 'front'],
	// left: ['We booked a king room and got two singles.', 'n', 'booking'],
	// left: ['We booked a sea view and got a car park view.', 'n', 'booking'],
	['The shuttle to the airport was punctual.', 'p', 'service', true],
	['The airport shuttle was late and we nearly missed our flight.', 'n', 'service'],
	['Breakfast finished at 9:30, which is far too early.', 'n', 'fb.breakfast', true],
	['Breakfast ends at 10:00 which is perfect for a lie-in.', 'p', 'fb.breakfast', true],
	// left: ['The bathroom was dated but clean.', 'p', 'rooms.bath'],
	// left: ['They charged us for parking even though it said free.', 'n', 'facilities.parking'],
	// left: ['Parking was charged though advertised free.', 'n', 'facilities.parking'],
	// left: ['The staff at the front desk were rude and unhelpful.', 'n', 'front'],
	// left: ['The receptionist was rude to us.', 'n', 'front'],
	// left: ['The room was spotless and the shower was powerful.', 'p', 'rooms.bath'],
	// left: ['The kids club kept our children entertained all day.', 'p', 'facilities'],
	['The bed was so comfortable we overslept.', 'p', 'rooms.bed'],
	['The pillows were lumpy.', 'n', 'rooms.bed'],
	['The hot water ran out every morning.', 'n', 'rooms.bath'],
	['The pool was closed for maintenance the whole week.', 'n', 'facilities.leisure.pool'],
	['The spa was heavenly.', 'p', 'facilities'],
	['Room service took over an hour to arrive.', 'n', 'fb', true],
	// left: ['The restaurant in the hotel was overpriced and bland.', 'n', 'fb'],
	['The bar staff made excellent cocktails.', 'p', 'fb'],
	['Check-out was quick and painless.', 'p', 'front'],
	['We waited 45 minutes to check in.', 'n', 'front'],
	['The lifts were slow and always full.', 'n', 'facilities.building'],
	['The heating didn\'t work and the room was freezing.', 'n', 'rooms.climate'],
	['The curtains didn\'t block out any light.', 'n', 'rooms'],
	// left: ['The TV had only three channels.', 'n', 'rooms.tech'],
	['There was no kettle in the room.', 'n', 'rooms.amenities'],
	['The blackout curtains were great.', 'p', 'rooms'],
	['We could hear the traffic all night.', 'n', 'noise'],
	['The bathroom was tiny and the door didn\'t lock.', 'n', 'rooms.bath'],
	// left: ['The hotel was overpriced for what it was.', 'n', 'value'],
	// left: ['They upgraded us to a suite for free.', 'p', 'front'],
	// left: ['The valet lost our car keys.', 'n', 'facilities.parking'],
	['The gym was open 24 hours.', 'p', 'facilities'],
	['The sheets were stained.', 'n', 'rooms.bed'],
	// left: ['Liked: the location and the friendly staff.', 'p', 'location'],
	['The hotel is close to everything.', 'p', 'location', true],
	['The hotel is far from everything.', 'n', 'location', true],
	['The hotel is close to the airport.', 'p', 'location', true],
	['The hotel is near the beach.', 'p', 'location', true],
	['Room service was quick and the food was hot.', 'p', 'fb', true],
	['The hotel was very convenient.', 'p'],
];

describeRound('hotel round 6', ZH_PROBE, EN_PROBE);

const engine = getEngine();
const overallSigns = (text: string) =>
	engine
		.analyze(text)
		.topics.filter((t) => t.id.startsWith('overall.'))
		.map((t) => t.sentiment);

describe('hotel round 6: the rules and their limits', () => {
	it('gives a walk or a distance from the hotel to the location, not to the hotel as a whole', () => {
		expect(ids('The hotel is a 20 minute walk from the nearest station.')).not.toContain('overall.impression.hotel.convenience');
		expect(overallSigns('The hotel is a long walk from anything.')).toEqual(['neutral']);
		// On a tie the business named as a whole yields: 远 after 地铁站 is the metro's distance, not the hotel's.
		expect(overallSigns('酒店离地铁站很远，走路要二十分钟')).toEqual(['neutral']);
		expect(topicSign('酒店离地铁站很远，走路要二十分钟', 'location.transport.metro', 'n')).toBe(true);
		// "far" as a degree word no longer reads as the hotel's distance.
		expect(ids('Our previous hotel was far cleaner.')).not.toContain('overall.impression.hotel.convenience');
	});
	it('praises a place only minutes away or close by, but not a time alone', () => {
		expect(topicSign('The station is only five minutes away on foot.', 'location', 'p')).toBe(true);
		expect(topicSign('酒店到地铁站只要两分钟', 'location', 'p')).toBe(true);
		expect(labelOf('The airport is 40 minutes away.')).not.toBe('positive');
		expect(labelOf('It is ten minutes away.')).toBe('neutral');
	});
	it('reads a clock time inside a clause ("9:30"), while a field name keeps its colon', () => {
		expect(topicSign('Check-out is at 10:00, which is far too early.', 'front', 'n')).toBe(true);
		expect(topicSign('Liked: the pool. Disliked: breakfast ended at 9:30.', 'facilities.leisure.pool', 'p')).toBe(true);
	});
	it('lets the front desk share the opinion of the attitude it is told by, both keeping it', () => {
		const bad = engine.analyze('前台态度很坏').topics;
		expect(bad.filter((t) => t.sentiment === 'negative').map((t) => t.id)).toEqual(['front.staff', 'service.attitude']);
		// The desk's praise on a tie is the desk's, as before; the business as a whole still only says whose ("酒店位置很好").
		expect(topicSign('前台态度很好', 'front.staff', 'p')).toBe(true);
		expect(topicSign('酒店位置很好', 'location', 'p')).toBe(true);
		expect(topicSign('酒店位置很好', 'overall.impression.hotel', 'p')).toBe(false);
	});
});
