/**
 * Stop 28, eighteenth speed pass: claimDenied searches the text for 不是说 once, claimThenFact runs only where its cues can
 * be (saidCues: 称 宣 着 in the text, or 说是), and the clock's hour and the field names share one search for a colon
 * (clockDelayMaybe's `colon`). Each gate must agree with the ungated reading; self-written sentences; every output is also
 * checked against main by scripts/equiv-text.ts.
 */
import { analyzeText, getEngine } from '../../../nodes/engine/text';
import { clockDelayMaybe, pastWordsMaybe, saidCues } from '../../../nodes/engine/text/analyze';
import { readScripts } from '../../../nodes/engine/text/language';

/** CLAIM_CUE_ZH's cues, ungated. */
const CLAIM_CUES = /说是|号称|宣称|声称|写着|标着|标称|宣传/;

describe('saidCues: the claims of claimThenFact are looked for only where a cue can be', () => {
	const holding = [
		'号称正品，结果是高仿的',
		'宣称全新，其实有划痕',
		'包装上写着五百克，称了只有四百克',
		'说是全新的，结果里面有使用痕迹',
		'店家声称当天发货，实际等了三天',
		'标称128G，实际只有100G能用',
		'宣传得很好，到手一般',
		'號稱正品，結果是假的',
	];
	const lacking = [
		'听说这家不错，果然很好吃',
		'怎么说呢，味道一般',
		'老板说下次会改进',
		'送得很快，味道不错',
		'他说话很客气',
		'说实话，性价比很高',
	];
	it.each(holding)('holds the cue: %s', (text) => {
		const han = text.replace(/號稱/g, '号称').replace(/結果/g, '结果');
		expect(CLAIM_CUES.test(han)).toBe(true);
		expect(saidCues(han, readScripts(text).marks)).toBe(true);
	});
	it.each(lacking)('lacks the cue: %s', (text) => {
		expect(CLAIM_CUES.test(text)).toBe(false);
		expect(saidCues(text, readScripts(text).marks)).toBe(false);
	});
	it('a text with 称 宣 or 着 but no cue is still searched (the gate says may, not is)', () => {
		for (const text of ['称了一下，分量很足', '宣武门附近，交通方便', '看着很干净']) {
			expect(CLAIM_CUES.test(text)).toBe(false);
			expect(saidCues(text, readScripts(text).marks)).toBe(true);
		}
	});

	const sentiment = (text: string) => analyzeText(getEngine({ tree: 'retail' }), text, {}).sentiment.label;
	it('the claims are read as before (claimThenFact, claimedMeasure)', () => {
		expect(sentiment('号称正品，结果是高仿的')).toBe('negative');
		expect(sentiment('说是全新的，结果里面有划痕')).toBe('negative');
		expect(sentiment('听说这家东西很好，果然很好')).toBe('positive');
	});
});

describe('claimDenied: one search for 不是说', () => {
	const topics = (text: string) => Object.fromEntries(analyzeText(getEngine(), text, {}).topics.map((t) => [t.id, t.sentiment]));
	it('reads the claim denied in any clause, each of several', () => {
		expect(analyzeText(getEngine(), '不是说有吹风机送吗？怎么没看到', {}).sentiment.label).toBe('negative');
		expect(topics('房间还行，不是说有早餐吗？')['fb.breakfast']).toBe('negative');
		expect(topics('床很舒服，位置也好，不是说免费停车吗')['facilities.parking.fee']).toBe('negative');
		const twice = topics('房间不错，不是说有早餐吗？不是说有接机吗？');
		expect([twice['fb.breakfast'], twice['service.butler.transfer.pickup']]).toEqual(['negative', 'negative']);
	});
	it('a text without 不是说 (or with one that asks nothing back) reads as before', () => {
		expect(topics('房间很干净，服务很好')).toEqual({ 'rooms.space.room.clean': 'positive', service: 'positive' });
		expect(analyzeText(getEngine(), '不是说不好，就是有点小', {}).sentiment.label).toBe('neutral');
	});
});

describe('clockDelayMaybe: the colon searched once', () => {
	it('with no colon in the text, only 点 after an hour can be a clock', () => {
		expect(clockDelayMaybe('有点慢，两：', false)).toBe(false);
		expect(clockDelayMaybe('十点半下的单', false)).toBe(true);
		expect(clockDelayMaybe('有点慢，11:40订的', true)).toBe(true);
		expect(clockDelayMaybe('有点慢，11:40订的')).toBe(true);
	});
	it('the clock delay and the field names are read as before', () => {
		const read = (text: string) => {
			const a = analyzeText(getEngine(), text, {});
			return [a.sentiment.label, Object.fromEntries(a.topics.map((t) => [t.id, t.sentiment]))];
		};
		expect(read('有点贵，11:40下的单，1点半送到')).toEqual(['negative', {}]);
		expect(read('优点：位置好，房间大。缺点：隔音差')).toEqual([
			'positive',
			{ location: 'positive', 'rooms.space.room.size': 'positive', 'rooms.noise.soundproof': 'negative' },
		]);
		expect(read('有点小。优点：位置好，缺点：隔音差')[1]).toEqual({ location: 'positive', 'rooms.noise.soundproof': 'negative' });
	});
});

describe('topic mentions with fewer lists (isShadowed without closures, lists of one, one shared empty qualifier list)', () => {
	const topics = (text: string, tree = 'hotel') =>
		Object.fromEntries(analyzeText(getEngine({ tree }), text, {}).topics.map((t) => [t.id, t.sentiment]));
	const rows: Array<[string, string, Record<string, string>]> = [
		// the other used this one's word past its first step: both kept, sharing their opinions
		['hotel', '房间空调噪音很大', { 'rooms.space.room.noise.equipment.aircon': 'negative', 'rooms.climate.ac.noise': 'negative' }],
		// a later mention of the same node shadows nothing
		['hotel', '服务员很亲切友好', { 'service.quality.staff.attitude.friendly': 'positive' }],
		// listed topics share their qualifier
		['hotel', '泳池和健身房都很脏', { 'facilities.leisure.pool.clean': 'negative', 'facilities.leisure.gym.clean': 'negative' }],
		['hotel', 'The pool and the gym were dirty', { 'facilities.leisure.pool.clean': 'negative', 'facilities.leisure.gym.clean': 'negative' }],
		['hotel', '前台和礼宾服务都很好', { 'front.staff': 'positive', 'front.staff.concierge': 'positive', service: 'positive' }],
		// the same node twice: the earlier kept; a qualifier word used by the other
		['telecom', '搬家移机太麻烦', { 'network.broadband.relocation.process.complicated': 'negative' }],
		['telecom', '4G訊號很差', { 'network.mobile.signal.coverage.weak': 'negative' }],
		['hotel', '房间很大，早餐一般，服务态度很好', { 'rooms.space.room.size': 'positive', 'fb.breakfast': 'negative', 'service.attitude': 'positive' }],
	];
	it.each(rows)('%s: %s', (tree, text, expected) => expect(topics(text, tree)).toEqual(expected));
	it('the shared empty list takes nothing from one text to the next', () => {
		const first = rows.map(([tree, text]) => topics(text, tree));
		for (const [tree, text] of [...rows].reverse()) topics(text, tree);
		expect(rows.map(([tree, text]) => topics(text, tree))).toEqual(first);
	});
});

describe('cleanOfThing runs only where the cleanliness domain itself was mentioned', () => {
	const topics = (text: string) => Object.fromEntries(analyzeText(getEngine(), text, {}).topics.map((t) => [t.id, t.sentiment]));
	const rows: Array<[string, Record<string, string>]> = [
		// the thing before the bare cleanliness word takes it through its clean attribute
		['房间很大，很干净', { 'rooms.space.room.size': 'positive', 'rooms.space.room.clean': 'positive', clean: 'positive' }],
		// a category without a clean attribute keeps its own complaint
		['设施虽然旧了点，但是很干净', { facilities: 'negative', clean: 'positive' }],
		['The bathroom was dated but clean', { 'rooms.bath': 'negative', clean: 'positive' }],
		// no cleanliness word: nothing to share
		['房间很大，早餐不错', { 'rooms.space.room.size': 'positive', 'fb.breakfast': 'positive' }],
	];
	it.each(rows)('%s', (text, expected) => expect(topics(text)).toEqual(expected));
	it('the mark of one text does not carry to the next', () => {
		expect(topics('房间很干净')).toEqual({ 'rooms.space.room.clean': 'positive' });
		expect(topics('房间很大，早餐不错')).toEqual({ 'rooms.space.room.size': 'positive', 'fb.breakfast': 'positive' });
		expect(topics('房间很大，很干净')).toEqual(rows[0][1]);
	});
});

describe('pastWordsMaybe: pastTold runs only where both halves of a past word can be', () => {
	const PAST_WORDS = /以前|之前|原来|以往/;
	const holding = ['以前用别的牌子，头皮屑很多，用了这个好多了', '之前那家很差，这家好多了', '原来的包装很好，现在很差', '以往质量不错，现在差远了', '比以前好'];
	const lacking = ['前台很热情，房间很好', '往返很方便', '可以，不错', '总之还行'];
	it.each(holding)('holds a past word: %s', (text) => {
		expect(PAST_WORDS.test(text)).toBe(true);
		expect(pastWordsMaybe(readScripts(text).marks)).toBe(true);
	});
	it.each(lacking)('lacks one half: %s', (text) => {
		expect(PAST_WORDS.test(text)).toBe(false);
		expect(pastWordsMaybe(readScripts(text).marks)).toBe(false);
	});
	it('a text with both halves apart is still read (the gate says may, not is)', () => {
		expect(pastWordsMaybe(readScripts('前台可以').marks)).toBe(true);
		// 原 stands in both halves (原来)
		expect(pastWordsMaybe(readScripts('原价买的').marks)).toBe(true);
	});
	const label = (text: string) => analyzeText(getEngine({ tree: 'retail' }), text, {}).sentiment.label;
	it('the past is read as before (pastTold)', () => {
		expect(label('以前用别的牌子，头皮屑很多，用了这个好多了')).toBe('positive');
		expect(label('之前那家很差，这家好多了')).toBe('positive');
		expect(label('以前这个牌子很好，现在越来越差了')).toBe('negative');
		expect(label('以往质量不错，现在差远了')).toBe('negative');
	});
});
