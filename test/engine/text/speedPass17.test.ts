/**
 * Stop 24, seventeenth speed pass: what a node's id says is read once per tree (OfflineEngine.nodeKind), and the clock
 * colon of the clause walk has a function of its own (clockColon). Both must give what the id-string tests and the
 * inline digit test gave; self-written sentences; every output is also checked against main by scripts/equiv-text.ts.
 */
import { analyzeText, BUILT_IN_TREES, getEngine } from '../../../nodes/engine/text';
import { clockColon, NODE_BUSINESS, NODE_NOISE, NODE_VENUE, NODE_VERDICT, nodeKindOf } from '../../../nodes/engine/text/analyze';

const businessById = (id: string) => id === 'overall' || id.startsWith('overall.');
const verdictById = (id: string) => id.endsWith('.verdict');

describe('nodeKind: one flag array per tree in place of the id-string tests', () => {
	it.each([...BUILT_IN_TREES])('equals the id tests on every node of the %s tree', (tree) => {
		const engine = getEngine({ tree });
		const nodes = engine.flat.nodes;
		expect(engine.nodeKind.length).toBe(nodes.length);
		let business = 0;
		for (let i = 0; i < nodes.length; i++) {
			const kind = engine.nodeKind[i];
			expect([nodes[i].id, (kind & NODE_BUSINESS) !== 0]).toEqual([nodes[i].id, businessById(nodes[i].id)]);
			expect([nodes[i].id, (kind & NODE_VERDICT) !== 0]).toEqual([nodes[i].id, verdictById(nodes[i].id)]);
			if (kind & NODE_BUSINESS) business++;
		}
		expect(business).toBeGreaterThan(0);
	});

	it('nodeKindOf reads the id', () => {
		expect(nodeKindOf('overall')).toBe(NODE_BUSINESS);
		// stop 27: the venue node (ownedThing's) carries a bit of its own beside the business bit
		expect(nodeKindOf('overall.impression.hotel')).toBe(NODE_BUSINESS | NODE_VENUE);
		expect(nodeKindOf('overall.impression.hotel.view')).toBe(NODE_BUSINESS | NODE_VENUE);
		expect(nodeKindOf('overall.impression.hotelx')).toBe(NODE_BUSINESS);
		expect(nodeKindOf('overall.shop.shop')).toBe(NODE_BUSINESS | NODE_VENUE);
		expect(nodeKindOf('x.overall.impression.hotel')).toBe(0);
		// …and so does noise, as a whole path segment only
		expect(nodeKindOf('noise')).toBe(NODE_NOISE);
		expect(nodeKindOf('room.noise.street')).toBe(NODE_NOISE);
		expect(nodeKindOf('room.noisy')).toBe(0);
		expect(nodeKindOf('room.noisemaker')).toBe(0);
		expect(nodeKindOf('overallx')).toBe(0);
		expect(nodeKindOf('value.room.verdict')).toBe(NODE_VERDICT);
		expect(nodeKindOf('overall.price.verdict')).toBe(NODE_BUSINESS | NODE_VERDICT);
		expect(nodeKindOf('value.verdicts')).toBe(0);
		expect(nodeKindOf('facilities.parking')).toBe(0);
	});

	const topics = (tree: string, text: string) =>
		Object.fromEntries(analyzeText(getEngine({ tree }), text, {}).topics.map((t) => [t.id, t.sentiment]));

	it('the readings that ask the flags are kept (toldCheap, toldBy, yieldsTie)', () => {
		// toldCheap: the thing told cheap shares the price verdict
		expect(topics('hotel', '这边停车场真便宜')).toEqual({ 'facilities.parking': 'positive', 'value.room.verdict': 'positive' });
		expect(topics('hotel', 'The parking was affordable')).toEqual({ 'facilities.parking': 'positive', 'value.room.verdict': 'positive' });
		expect(topics('restaurant', '这边停车场真便宜')).toEqual({ 'location.parking.space': 'positive', 'price.level.verdict': 'positive' });
		// toldBy: the department told by its attribute shares the complaint
		expect(topics('hotel', '前台态度太差了')).toEqual({ 'front.staff': 'negative', 'service.attitude': 'negative' });
		// yieldsTie: the business as a whole yields a tie to a topic of its own
		expect(topics('hotel', '酒店离地铁站很远')['location.transport.metro.convenience']).toBe('negative');
	});
});

describe('clockColon: a colon between digits is a clock, no clause break', () => {
	it('reads the characters either side', () => {
		expect(clockColon('at 9:30 we', 4)).toBe(true);
		expect(clockColon('12:05', 2)).toBe(true);
		expect(clockColon('Note: ok', 4)).toBe(false);
		expect(clockColon('9: ok', 1)).toBe(false);
		expect(clockColon(':30', 0)).toBe(false);
		expect(clockColon('9:', 1)).toBe(false);
		expect(clockColon('９:３０', 1)).toBe(false); // full-width digits are no ASCII digits
	});

	it('keeps a clock inside its clause and breaks at other colons', () => {
		const e = getEngine();
		const clock = analyzeText(e, 'We checked in at 9:30, which was fine', {});
		const label = analyzeText(e, 'Note: the room was fine', {});
		expect(clock.sentiment.label).toBe('positive');
		expect(label.sentiment.label).toBe('positive');
	});
});
