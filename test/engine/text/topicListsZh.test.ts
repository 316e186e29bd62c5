/**
 * Chinese topic lists (self-written hotel and restaurant sentences): topics joined by 和 / 与 / 、 share the
 * qualifier after the list and its verdict ("泳池和健身房都很脏": the pool's cleanliness too), and a listed topic is
 * kept beside a narrower one ("前台和礼宾服务").
 */
import { getEngine } from '../../../nodes/engine/text';
import { topicSentiment } from './topicSentiment';

const hotel = getEngine({});
const restaurant = getEngine({ tree: 'restaurant' });
/** Topic sentiment of the topic `id` exactly (undefined: no such topic). */
const sentimentOf = (engine: typeof hotel, text: string, id: string) => topicSentiment(engine, text, id, true);

describe('Chinese topic lists share their qualifier and verdict', () => {
	it.each([
		['泳池和健身房都很脏', 'facilities.leisure.pool.clean', 'negative'],
		['泳池和健身房都很脏', 'facilities.leisure.gym.clean', 'negative'],
		['泳池与健身房都很干净', 'facilities.leisure.pool.clean', 'positive'],
		['房间和卫生间都很干净', 'rooms.space.room.clean', 'positive'],
		['房间和卫生间都很干净', 'rooms.bath', 'positive'],
		['干净的房间和卫生间', 'rooms.bath', 'positive'],
		['前台和礼宾服务都很热情', 'front.staff', 'positive'],
		['前台和礼宾服务都很热情', 'front.staff.concierge.attitude.friendly', 'positive'],
		['早餐、晚餐都不好吃', 'fb.breakfast', 'negative'],
		['早餐和晚餐都不好吃', 'fb.restaurant', 'negative'],
	])('hotel: %s → %s %s', (text, id, expected) => {
		expect(sentimentOf(hotel, text, id)).toBe(expected);
	});

	it.each([
		['服务员和老板都很热情', 'service.staff.waiter.attitude.friendly', 'positive'],
		['服务员和老板都很热情', 'service.staff.manager.attitude.friendly', 'positive'],
	])('restaurant: %s → %s %s', (text, id, expected) => {
		expect(sentimentOf(restaurant, text, id)).toBe(expected);
	});

	it('keeps each topic’s own opinion and passes nothing to a topic outside the list', () => {
		expect(sentimentOf(hotel, '泳池很干净，健身房很脏', 'facilities.leisure.pool.clean')).toBe('positive');
		expect(sentimentOf(hotel, '泳池很干净，健身房很脏', 'facilities.leisure.gym.clean')).toBe('negative');
		// No list word between them: the qualifier stays with the nearer topic.
		expect(sentimentOf(hotel, '泳池旁边的健身房很脏', 'facilities.leisure.pool.clean')).toBeUndefined();
		// Without an opinion there is nothing to share.
		expect(sentimentOf(hotel, '我问了前台和服务员都说不知道', 'front.staff')).toBe('neutral');
	});

	it('English lists keep a listed ancestor topic too (the same list test)', () => {
		expect(sentimentOf(hotel, 'The front desk and the concierge were friendly', 'front')).toBe('positive');
		expect(sentimentOf(hotel, 'The pool and the gym were dirty', 'facilities.leisure.pool.clean')).toBe('negative');
	});
});
