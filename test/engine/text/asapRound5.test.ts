/**
 * Topic sentiment on restaurant reviews, fifth round on ASAP (stop 23): a wait told long or short, seats told roomy,
 * serving told quick through 上得 / 上的, a portion told alone in the hotel tree, a thing told larger or smaller than
 * another, value for money denied outright (all sentences self-written).
 */
import { getEngine } from '../../../nodes/engine/text';

const restaurant = getEngine({ tree: 'restaurant' });
const hotel = getEngine({ tree: 'hotel' });
/** The topic ids found with their sentiment, "id:positive". */
const read = (text: string, engine = restaurant) => engine.analyze(text).topics.map((t) => `${t.id}:${t.sentiment}`);

describe('a wait told long or short (等的时间 / 等待时间 / 上菜时间 … + 长 / 久 / 短)', () => {
	it.each([
		['点完菜以后等的时间有点长', 'service.speed:negative'],
		['周末去的，等待时间特别久', 'service.speed:negative'],
		['上菜时间很短，十分钟就齐了', 'service.speed:positive'],
		['等时间不是很长，还算可以', 'service.speed:positive'],
	])('%s', (text, topic) => {
		expect(read(text)).toContain(topic);
	});

	it('gives the hotel tree its responsiveness topic', () => {
		expect(read('办理入住的等待时间太长了', hotel)).toContain('service.quality.responsiveness:negative');
	});

	it('reads no wait where no length is told', () => {
		expect(read('等待时间到了就叫号')).not.toContain('service.speed:negative');
	});
});

describe('seats told roomy or cramped (座位 / 位子 / 座椅 + 大 / 宽 / 小 / 窄)', () => {
	it.each([
		['靠窗的位子还是蛮大的', 'env.space.seating.size:positive'],
		['座位比较小，挤得慌', 'env.space.seating.size:negative'],
	])('%s', (text, topic) => {
		expect(read(text)).toContain(topic);
	});
});

describe('serving told quick or slow through 上得 / 上的', () => {
	it('gives the speed to serving, not to the dish before it', () => {
		expect(read('烤生蚝上得特别快，芝士也香')).toContain('service.speed.serving:positive');
		expect(read('烤生蚝上得特别快，芝士也香')).not.toContain('food.seafood.shellfish:positive');
	});

	it('reads a slow one', () => {
		expect(read('主食上的太慢了')).toContain('service.speed.serving:negative');
	});
});

describe('a portion told alone is the food\'s in the hotel tree', () => {
	it.each([
		['分量太少了，根本吃不饱', 'fb.restaurant.portion:negative'],
		['量足，三个人吃不完', 'fb.restaurant.portion:positive'],
	])('%s', (text, topic) => {
		expect(read(text, hotel)).toContain(topic);
	});
});

describe('a thing told larger or smaller than another (比 … + the size word)', () => {
	it.each([
		['这里的分量比别的店都要多', 'food.overall.portion.generous:positive'],
		['价格比外面高出一截', 'price.level.level:negative'],
		['价格比商场里低不少', 'price.level.level:positive'],
	])('%s', (text, topic) => {
		expect(read(text)).toContain(topic);
	});

	it('stops at the clause end', () => {
		expect(read('分量比较一般，大家都很满意')).not.toContain('food.overall.portion.generous:positive');
	});

	// Lead, stop 23: 多 after a verdict of the comparison tells how much worse, not a quantity (量 of 质量 is no portion told large).
	it('stops at a verdict of its own', () => {
		expect(restaurant.analyze('菜的质量比堂食差得太多了').sentiment.label).toBe('negative');
		expect(hotel.analyze('菜品的质量比在店里吃差的太多了').sentiment.label).toBe('negative');
		expect(read('份量比以前好像少了', hotel)).toContain('fb.restaurant.portion:negative');
	});
});

describe('value for money denied outright', () => {
	it.each(['性价比是一点都没有', '性价比根本没有，不会再来', '说实话性价比完全没有'])('%s', (text) => {
		expect(read(text)).toContain('price.vfm.vfm:negative');
	});
});

describe('the hotel tree reads a place found easily or not, and a price told cheap alone', () => {
	it.each([
		['酒店就在路口，很容易找', 'location.access:positive'],
		['位置有点偏，不太好找', 'location.access:negative'],
		['绕了半天才找到酒店的门', 'location.access:negative'],
		['住了三晚，真的便宜', 'value.room.verdict:positive'],
		['又便宜又干净，下次还来', 'value.room.verdict:positive'],
		['The hotel was clean and affordable', 'value.room.verdict:positive'],
	])('%s', (text, topic) => {
		expect(read(text, hotel)).toContain(topic);
	});
});

describe('偏 (rather) before a verdict is no remoteness', () => {
	it('reads 偏贵 as the price, not the convenience of the place', () => {
		expect(read('这家酒店还是偏贵', hotel)).toEqual(['overall.impression.hotel.price.too_high:negative']);
	});

	it('keeps a place told remote', () => {
		expect(read('酒店位置太偏了', hotel)).toContain('location:negative');
	});
});

describe('the thing told cheap shares the price verdict (lead, stop 23: toldCheap)', () => {
	it.each([
		['早餐很便宜', 'fb.breakfast:positive'],
		['停车场很便宜', 'facilities.parking:positive'],
		['The breakfast was affordable', 'fb.breakfast:positive'],
	])('%s', (text, topic) => {
		const topics = read(text, hotel);
		expect(topics).toContain(topic);
		expect(topics).toContain('value.room.verdict:positive');
	});

	it('leaves a verdict told alone and the hotel as a whole to themselves', () => {
		expect(read('真的很便宜', hotel)).toEqual(['value.room.verdict:positive']);
		expect(read('位置好，很便宜', hotel)).toEqual(['location:positive', 'value.room.verdict:positive']);
	});
});
