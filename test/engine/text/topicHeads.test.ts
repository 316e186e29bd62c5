/**
 * Whose finding a compound is (self-written hotel and restaurant sentences): a one-character topic word or
 * the business as a whole glued before another topic word only says whose that topic is, so the opinion goes to the
 * head ("杯量很足": the portion; "酒店位置很好": the location); a department before its attribute keeps the finding
 * ("前台态度很好"). Locatives are no topic of the room ("里面有点香菜"), and room rates are a price.
 */
import { getEngine } from '../../../nodes/engine/text';
import { topicSentiment } from './topicSentiment';

const hotel = getEngine({});
const restaurant = getEngine({ tree: 'restaurant' });
/** Topic sentiment of the topic `id` exactly (undefined: no such topic). */
const sentimentOf = (engine: typeof hotel, text: string, id: string) => topicSentiment(engine, text, id, true);
/** Topic sentiment of the first topic at or under `id`. */
const under = (engine: typeof hotel, text: string, id: string) => topicSentiment(engine, text, id);

describe('the head of a Chinese compound takes its opinion', () => {
	it.each([
		['杯量很足', 'food.overall.portion.generous', 'positive'],
		['杯量很足', 'env.hygiene.tableware', 'neutral'],
		['这家店味道很好', 'food.overall.flavour', 'positive'],
		['这家店味道很好', 'overall.impression.restaurant', 'neutral'],
		['餐厅环境不错', 'env', 'positive'],
		['饭店服务很好', 'service', 'positive'],
	])('restaurant: %s → %s %s', (text, id, expected) => {
		expect(sentimentOf(restaurant, text, id)).toBe(expected);
	});

	it.each([
		['送菜速度很快', 'service.quality.responsiveness.speed', 'positive'],
		['送菜速度很快', 'fb.restaurant.dishes', 'neutral'],
		['酒店位置很好', 'location', 'positive'],
		['酒店位置很好', 'overall.impression.hotel', 'neutral'],
		['酒店服务很好', 'service', 'positive'],
	])('hotel: %s → %s %s', (text, id, expected) => {
		expect(sentimentOf(hotel, text, id)).toBe(expected);
	});

	it('leaves the finding with a department named before its attribute, and with the business before an opinion word', () => {
		expect(sentimentOf(hotel, '前台态度很好', 'front.staff')).toBe('positive');
		expect(sentimentOf(hotel, '送餐态度不好', 'fb.inroom.delivery')).toBe('negative');
		expect(under(restaurant, '前台态度很好', 'service.staff')).toBe('positive');
		expect(sentimentOf(hotel, '早餐不错，但是餐厅人太多要排队', 'fb.restaurant')).toBe('negative');
		// 环境 is the hotel's ambience, no name of the business: "环境干净" stays the ambience's.
		expect(sentimentOf(hotel, '环境干净', 'overall.ambience')).toBe('positive');
	});
});

describe('topic words of the restaurant tree', () => {
	it('reads 里面 (inside) as no room of the restaurant', () => {
		expect(under(restaurant, '里面有点香菜', 'env.space')).toBeUndefined();
		expect(under(restaurant, '这碗面里面都是葱，太难吃了', 'env.space')).toBeUndefined();
		// The room is still read where a size word or a room word names it.
		expect(under(restaurant, '里面很宽敞', 'env.space')).toBe('positive');
		expect(under(restaurant, '店里很宽敞', 'env.space')).toBe('positive');
	});

	it.each([
		['Great room rates.', 'positive'],
		['Room rates were way too high.', 'negative'],
		['The rates are reasonable.', 'positive'],
	])('reads room rates as a price: %s → %s', (text, expected) => {
		expect(under(restaurant, text, 'price')).toBe(expected);
		expect(under(restaurant, text, 'env.space')).toBeUndefined();
	});
});
