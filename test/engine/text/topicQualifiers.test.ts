import { getEngine } from '../../../nodes/engine/text';

/**
 * A qualifier word that is also another aspect's term (2026-11-29, stop 12). Self-written sentences.
 * When a mention uses such a word as a facet or kind ("房间空调噪音很大": the room's noise came from
 * equipment, the air conditioning), the aspect named by the word is reported too, and both carry the
 * clause's opinions. A word used as the attribute itself (噪音 in "空调噪音很大"), an opinion word (热情)
 * and a domain or category word (楼下) stay dropped as before.
 */
const hotel = getEngine();
const retail = getEngine({ tree: 'retail' });

const topics = (text: string, engine = hotel) => engine.analyze(text).topics.map((t) => [t.id, t.sentiment, t.score] as const);
const ids = (text: string, engine = hotel) => engine.analyze(text).topics.map((t) => t.id);

describe('a qualifier that is another aspect term', () => {
	it('reports the machine and the room noise it caused (zh)', () => {
		const r = topics('房间空调噪音很大');
		expect(r.map((t) => t[0])).toEqual(['rooms.space.room.noise.equipment.aircon', 'rooms.climate.ac.noise']);
		expect(r.every((t) => t[1] === 'negative')).toBe(true);
		// One finding seen from two aspects: the same score, not split between them.
		expect(r[0][2]).toBe(r[1][2]);
	});

	it('reads the Taiwan name of the machine and a qualifier inside another term as that term', () => {
		// 冷 inside 冷气 is no temperature complaint about the room.
		expect(ids('房间冷气噪音很大')).toEqual(['rooms.space.room.noise.equipment.aircon', 'rooms.climate.ac.noise']);
		expect(ids('房间冰箱嗡嗡响')).toEqual(['rooms.space.room.noise.equipment.fridge', 'rooms.amenities.minibar.noise.equipment']);
	});

	it('reports the lift and the room noise (en)', () => {
		const r = topics('The room was next to the lift and very noisy');
		expect(r.map((t) => t[0])).toEqual(['rooms.space.room.noise.equipment.lift', 'facilities.building.elevator']);
		expect(r.map((t) => t[1])).toEqual(['negative', 'negative']);
		expect(ids('The fridge in the room was noisy')).toEqual(['rooms.amenities.minibar.noise', 'rooms.space.room.noise.equipment.fridge']);
	});

	it('keeps a word used as the attribute itself out of the topics', () => {
		// 噪音 is the noise attribute of the air conditioning here, not the room-noise category.
		expect(ids('空调噪音很大')).toEqual(['rooms.climate.ac.noise']);
		expect(ids('The air conditioning was noisy')).toEqual(['rooms.climate.ac.noise']);
	});

	it('keeps an opinion word or a category word out of the topics', () => {
		expect(ids('服务员态度很热情')).toEqual(['service.quality.staff.attitude.friendly']);
		expect(ids('楼下KTV很吵')).toEqual(['facilities.leisure.ktv.noise.neighbours']);
	});

	it('counts a negated finding once', () => {
		// The guest mention adds no second "没有" complaint of its own.
		const both = hotel.analyze('房间空调没有噪音');
		const alone = hotel.analyze('空调没有噪音');
		expect(both.topics.map((t) => t.id)).toEqual(['rooms.space.room.noise.equipment.aircon', 'rooms.climate.ac.noise']);
		expect(both.sentiment.score).toBe(alone.sentiment.score);
	});

	it('reports the extra charge and what was charged', () => {
		const r = topics('房价之外还另收了停车费太坑了');
		expect(r.map((t) => t[0])).toEqual(['value.room.rate.price.extra_charge.parking', 'facilities.parking.fee.price.extra_charge']);
		expect(r.map((t) => t[1])).toEqual(['negative', 'negative']);
		expect(ids('退房时又加收了服务费')).toContain('value.room.fees.servicecharge.price.extra_charge');
		// A deposit alone is no extra charge.
		expect(ids('押金退得很慢')).toEqual(['front.checkin.deposit.speed']);
	});

	it('keeps a second mention of the room with its own attribute', () => {
		expect(ids('房间空调噪音比别的房间大')).toEqual(['rooms.space.room.noise.equipment.aircon', 'rooms.climate.ac.noise', 'rooms.space.room.size']);
	});
});

describe('a domain word with the qualifier of one of its categories', () => {
	it('goes down to the one attribute of that category (en and zh)', () => {
		expect(topics('the store was dirty', retail)).toEqual([['store.environment.cleanliness.clean', 'negative', -0.545]]);
		expect(ids('门店很脏', retail)).toEqual(['store.environment.cleanliness.clean']);
		expect(ids('門店很髒', retail)).toEqual(['store.environment.cleanliness.clean']);
	});

	it('does not take a category word to an attribute its qualifier did not choose', () => {
		// 店里 names in-store service; its only clean attribute is the fitting rooms', which 乱 does not mean.
		expect(ids('店里很乱', retail)).toEqual(['store.service']);
		expect(ids('The fitting rooms were dirty', retail)).toEqual(['store.service.fitting.clean']);
	});
});
