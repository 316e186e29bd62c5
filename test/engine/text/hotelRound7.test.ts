import { getEngine } from '../../../nodes/engine/text';
import { describeRound, labelOf, type ProbeRow, topicSign } from './hotelProbeRound';

/**
 * Hotel topics and their sentiment, round 7 (stop 26, 2026-12-01). A probe of 90 hotel-review sentences written for this round
 * (45 Chinese, 45 English; not copied from a data set or a site), each with its label and the hotel-tree topic that must carry
 * that sign (the topic or one under it; "noise" is any noise topic). The shapes: round 6's leftovers, the person a manner word is
 * told of (a receptionist, a porter, a concierge: the front desk), the concierge who booked a restaurant, a thing dated or small
 * but clean, a facility under repair, the restaurant or bar of the hotel told dear, tableware, the room next door, review fields.
 *
 * p = positive, n = negative, u = neutral. The probe sentences still misread stay in the probe as comments ("left").
 */

/** The probe; `true` marks the rows the base commit (07d646a) read wrong (label or topic sign), each a test of its own. */
const ZH_PROBE: ProbeRow[] = [
	// left: ['前台说发票要等三天才能开', 'n', 'front'],
	// left: ['行李员帮忙把行李送到房间', 'p', 'front'],
	['前台小姑娘很耐心地帮我们查路线', 'p', 'front', true],
	['礼宾帮我们订了一家很不错的餐厅', 'p', 'front', true],
	// left: ['房间三天都没有人打扫', 'n', 'rooms.housekeeping'],
	// left: ['订的是海景房，结果窗外是停车场', 'n', 'booking'],
	// left: ['早餐九点半就收了，太早了', 'n', 'fb.breakfast'],
	// left: ['停车说是免费的，结果收了五十块', 'n', 'facilities.parking'],
	// left: ['卫生间有点旧，但是很干净', 'p', 'rooms.bath'],
	['泳池在维修，整个星期都没开', 'n', 'facilities.leisure.pool', true],
	// left: ['整晚都能听到马路上的车声', 'n', 'noise'],
	// left: ['健身房24小时开放', 'p', 'facilities'],
	// left: ['客房服务员每天都把房间收拾得很整齐', 'p', 'rooms.housekeeping'],
	// left: ['房间朝北，一整天都没有阳光', 'n', 'rooms'],
	['前台服务员很没礼貌', 'n', 'front', true],
	['前台的小哥很热情', 'p', 'front', true],
	['行李员很热情，主动帮我们搬行李', 'p', 'front'],
	['礼宾部的服务很周到', 'p', 'front', true],
	['隔壁房间太吵了，一晚上没睡好', 'n', 'noise'],
	['隔壁就是商场，购物很方便', 'p', 'location'],
	['隔壁在装修，白天很吵', 'n', 'noise'],
	['房间太小了，转个身都难', 'n', 'rooms'],
	['房间有点小', 'n', 'rooms'],
	['房间虽然小，但是很干净', 'p', 'rooms', true],
	// left: ['卫生间虽然小，但是很干净', 'p', 'rooms.bath'],
	['房间有点旧，但打扫得很干净', 'p', 'rooms'],
	// left: ['碗和盘子都没洗干净', 'n', 'fb'],
	['餐厅的餐具很脏', 'n', 'fb'],
	// left: ['早餐的盘子有好几个缺口', 'n', 'fb.breakfast'],
	['游泳池在维修中', 'n', 'facilities.leisure.pool', true],
	['健身房在维修，没法用', 'n', 'facilities', true],
	['电梯在维修，只能走楼梯', 'n', 'facilities.building', true],
	['酒店里的餐厅太贵了', 'n', 'fb', true],
	['酒店餐厅价格偏贵', 'n', 'fb', true],
	['优点：位置好，早餐丰富', 'p', 'location'],
	['缺点：隔音太差', 'n', 'noise'],
	['前台接待员态度冷淡', 'n', 'front'],
	['洗衣服务很快，当天就送回来了', 'p', 'service'],
	['酒店停车场太小，根本停不下', 'n', 'facilities.parking'],
	['窗外就是工地，早上七点就开始施工', 'n', 'noise'],
	['餐厅服务员很热情', 'p', 'fb'],
	['酒吧的调酒师很专业', 'p', 'fb'],
	['行李员把我们的箱子弄坏了', 'n', 'front'],
	// left: ['泳池关了，说是在维修', 'n', 'facilities.leisure.pool'],
	// left: ['浴室旧了点，不过很干净', 'p', 'rooms.bath'],
];

const EN_PROBE: ProbeRow[] = [
	['The receptionist was rude to us.', 'n', 'front', true],
	['The staff at the front desk were rude and unhelpful.', 'n', 'front', true],
	['The concierge booked us a great restaurant.', 'p', 'front', true],
	// left: ['The bellboy carried our bags to the room.', 'p', 'front'],
	// left: ['The bathroom was dated but clean.', 'p', 'rooms.bath'],
	// left: ['Liked: the location and the friendly staff.', 'p', 'location'],
	['Disliked: the noise from the street.', 'n', 'noise'],
	['The restaurant in the hotel was overpriced and bland.', 'n', 'fb', true],
	// left: ['The hotel was overpriced for what it was.', 'n', 'value'],
	['The pool was under renovation.', 'n', 'facilities.leisure.pool'],
	['The gym was closed for repairs.', 'n', 'facilities'],
	['The spa was under maintenance during our stay.', 'n', 'facilities', true],
	['The room next door was very noisy.', 'n', 'noise'],
	// left: ['The construction next door started at 7am.', 'n', 'noise'],
	// left: ['Next door is a lovely park.', 'p', 'location'],
	// left: ['The room was small but spotless.', 'p', 'rooms'],
	['The room was tiny.', 'n', 'rooms'],
	// left: ['The plates and cutlery at breakfast were dirty.', 'n', 'fb.breakfast'],
	['The cutlery was filthy.', 'n', 'fb'],
	// left: ['The bowls were chipped.', 'n', 'fb'],
	['The shower was old but very clean.', 'p', 'rooms.bath', true],
	['The carpet was worn but clean.', 'p', 'rooms', true],
	// left: ['Nobody cleaned our room for three days.', 'n', 'rooms.housekeeping'],
	['The housekeeper was lovely.', 'p', 'rooms.housekeeping'],
	['The doorman was very friendly.', 'p', 'front'],
	// left: ['The porter helped us with our luggage.', 'p', 'front'],
	['The front desk clerk was very helpful.', 'p', 'front'],
	['The receptionist was friendly and efficient.', 'p', 'front', true],
	['The reception staff were unfriendly.', 'n', 'front', true],
	['The valet lost our car keys.', 'n', 'facilities.parking'],
	// left: ['We booked a king room and got two singles.', 'n', 'booking'],
	['The TV had only three channels.', 'n', 'rooms.tech'],
	['Cons: the walls were thin.', 'n', 'noise'],
	['Pros: the breakfast.', 'p', 'fb.breakfast'],
	['The hotel bar was overpriced.', 'n', 'fb', true],
	['The drinks at the bar were overpriced.', 'n', 'fb'],
	['The elevator was out of order for two days.', 'n', 'facilities.building'],
	['The lift was under repair.', 'n', 'facilities.building', true],
	['The pool was closed the whole week.', 'n', 'facilities.leisure.pool', true],
	['Housekeeping did a great job.', 'p', 'rooms.housekeeping'],
	// left: ['The bathroom was old but spotless.', 'p', 'rooms.bath'],
	// left: ['The bathroom was small but clean.', 'p', 'rooms.bath'],
	['The staff at reception were lovely.', 'p', 'front'],
	['The waiter at breakfast was rude.', 'n', 'fb'],
	['The concierge helped us book a table at a great restaurant.', 'p', 'front', true],
];

describeRound('hotel round 7', ZH_PROBE, EN_PROBE);

const engine = getEngine();
const signs = (text: string) => Object.fromEntries(engine.analyze(text).topics.map((t) => [t.id, t.sentiment]));

describe('hotel round 7: the rules and their limits', () => {
	it('gives the front desk the manner told of its people (personOf), the manner keeping its sign', () => {
		expect(signs('The receptionist was rude to us.')).toEqual({ 'front.staff': 'negative', 'service.attitude.courtesy': 'negative' });
		expect(topicSign('前台的小哥很热情', 'service.quality.staff', 'p')).toBe(true);
		// The desk in another clause is not told of: the room's dirt is the room's.
		expect(signs('The receptionist was nice but the room was filthy.')['front.staff']).toBe('positive');
		expect(topicSign('The receptionist was nice but the room was filthy.', 'front', 'n')).toBe(false);
		// Staff with no desk named stay the staff's.
		expect(Object.keys(signs('The staff were friendly.'))).toEqual(['service.quality.staff.attitude.friendly']);
	});
	it('lets the concierge who got the guest a praised thing share the praise (helpedBy), not a complaint', () => {
		expect(topicSign('The concierge booked us a great restaurant.', 'front.staff.concierge', 'p')).toBe(true);
		expect(topicSign('The concierge booked us a great restaurant.', 'fb.restaurant', 'p')).toBe(true);
		expect(topicSign('礼宾帮我们订了一家很不错的餐厅', 'front.staff.concierge', 'p')).toBe(true);
		expect(signs('The concierge sent us to an awful restaurant.')['front.staff.concierge']).toBe('neutral');
		expect(signs('The concierge recommended a terrible restaurant.')['front.staff.concierge']).toBe('neutral');
		// No verb of helping: the restaurant alone.
		expect(signs('The concierge desk is next to a great restaurant.')['front.staff.concierge']).not.toBe('positive');
	});
	it('reads a facility under repair or shut for the stay as a complaint, not a repair centre', () => {
		expect(topicSign('游泳池在维修中', 'facilities.leisure.pool', 'n')).toBe(true);
		expect(topicSign('The lift was under repair.', 'facilities.building', 'n')).toBe(true);
		expect(labelOf('送到维修中心检测了一下')).toBe('neutral');
		expect(labelOf('维修中心就在酒店对面')).toBe('neutral');
		expect(labelOf('The pool was closed for an hour for cleaning but otherwise great.')).toBe('positive');
		expect(labelOf('Everything was great and nothing was under repair.')).toBe('positive');
	});
	it('gives the price of the hotel\'s restaurant or bar to the restaurant or bar (ownedThing), the hotel alone keeping its own', () => {
		expect(topicSign('酒店里的餐厅太贵了', 'fb.restaurant', 'n')).toBe(true);
		expect(signs('酒店里的餐厅太贵了')['overall.impression.hotel.price.too_high']).toBe('neutral');
		expect(topicSign('The restaurant in the hotel was overpriced and bland.', 'fb.restaurant', 'n')).toBe(true);
		expect(topicSign('The hotel bar was overpriced.', 'fb.bar', 'n')).toBe(true);
		expect(signs('The hotel was overpriced.')).toEqual({ 'overall.impression.hotel.price.too_high': 'negative' });
		expect(signs('这家酒店太贵了')).toEqual({ 'overall.impression.hotel.price.too_high': 'negative' });
		// The hotel next door is a neighbour, not the hotel's noise.
		expect(signs('You would be better off at the hotel next door.')).toEqual({ 'overall.impression.hotel': 'negative', 'rooms.noise.soundproof': 'neutral' });
		// The garden is no venue: "garden terrace" stays the garden's.
		expect(signs('We went there to enjoy their garden terrace.')['overall.ambience.garden']).not.toBe('neutral');
	});
	it('gives a bare cleanliness word to the thing named before it (cleanOfThing), through its clean attribute', () => {
		expect(topicSign('房间虽然小，但是很干净', 'rooms.space.room.clean', 'p')).toBe(true);
		// The bathroom is a category without a clean attribute of its own: its worn-ness stays its sign (hotelZh pins
		// "设施虽然旧了点，但是很干净" so for the facilities).
		expect(topicSign('卫生间有点旧，但是很干净', 'rooms.bath', 'p')).toBe(false);
		expect(signs('The shower was old but very clean.')).toEqual({ 'rooms.bath.shower.condition.worn': 'negative', 'rooms.bath.shower.clean': 'positive', clean: 'positive' });
		expect(signs('房间很新，但是不干净')['rooms.space.room.clean']).toBe('negative');
		// A thing without a clean attribute (the staff), the hotel as a whole: the domain alone.
		expect(Object.keys(signs('服务员很热情，很干净'))).toEqual(['service.quality.staff.attitude.friendly', 'clean']);
		expect(signs('Clean and quiet.')).toEqual({ clean: 'positive' });
	});
});
