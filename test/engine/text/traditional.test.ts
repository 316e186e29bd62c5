import { readFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import { detectLanguage, getEngine } from '../../../nodes/engine/text';
import { foldHan, foldText } from '../../../nodes/engine/text/fold';
import { regionalVariants, REGIONAL_NAMES, CANTONESE_SPELLINGS } from '../../../nodes/engine/text/regional';
import { SIMPLIFIED, TRADITIONAL } from '../../../nodes/engine/text/traditional';
import { traditionalFile, traditionalSource } from '../../../scripts/traditional-table';

/**
 * Traditional Chinese (Taiwan, Hong Kong) and written Cantonese, 2026-11-29. The review and complaint
 * strings are written by the project for these tests (not taken from any data set or site).
 */
const engine = getEngine();
const read = (t: string) => {
	const a = engine.analyze(t);
	return { label: a.sentiment.label, topics: a.topics.map((x) => [x.id, x.sentiment]) };
};

describe('Traditional → Simplified folding table (generated from OpenCC)', () => {
	it('is the generated output of scripts/traditional-table.ts (run it with --write after an opencc-js update)', () => {
		expect(readFileSync(traditionalFile, 'utf8')).toBe(traditionalSource());
	});

	it('maps one UTF-16 unit to one, so offsets never move', () => {
		expect(TRADITIONAL.length).toBe(SIMPLIFIED.length);
		expect(TRADITIONAL.length).toBeGreaterThan(2900);
		const t = '這間飯店的櫃檯服務很親切 房間裡的冷氣也很安靜';
		expect(foldText(t)).toBe('这间饭店的柜台服务很亲切 房间里的冷气也很安静');
		expect(foldText(t)).toHaveLength(t.length);
	});

	it('folds Taiwan and Hong Kong variant forms and leaves Simplified characters alone', () => {
		expect(foldText('裡裏著峯衞綫啟')).toBe('里里着峰卫线启');
		// 后 台 里 干 面 么 are Simplified forms themselves (and 台 is written in Taiwan): never folded.
		expect(foldText('皇后 台北 公里 干扰 面条 什么')).toBe('皇后 台北 公里 干扰 面条 什么');
		// Word-dependent characters take their usual form: 乾淨 → 干净, 後來 → 后来, 麵 → 面, 髮 → 发.
		expect(foldText('乾淨 後來 麵條 頭髮 發票 鐘點')).toBe('干净 后来 面条 头发 发票 钟点');
	});

	it('foldHan copies only text with something to fold, and keeps ASCII and full-width punctuation', () => {
		const s = '房间很干净 OK？';
		expect(foldHan(s)).toBe(s);
		expect(foldHan('房間很乾淨 OK？')).toBe('房间很干净 OK？');
	});

	it('detects zh-Hant with the full table, and keeps Simplified text zh', () => {
		expect(detectLanguage('飯店位置很方便，離捷運站走路三分鐘').language).toBe('zh-Hant');
		expect(detectLanguage('間房好乾淨，職員好有禮貌').language).toBe('zh-Hant');
		// Characters Simplified writing shares (乾隆, 著名, 台, 后, 里) are no evidence of zh-Hant.
		expect(detectLanguage('乾隆年间的著名古建筑就在台北路后面一公里').language).toBe('zh');
		expect(detectLanguage('这家酒店的服务很好，房间干净').language).toBe('zh');
	});
});

describe('regional variants of the lexicon and tree terms', () => {
	it('replaces mainland words by Taiwan / Hong Kong ones, and combines Cantonese spellings', () => {
		expect(regionalVariants('性价比高', REGIONAL_NAMES)).toEqual(['价效比高', 'cp值高', 'c/p值高']);
		expect(regionalVariants('解决了', CANTONESE_SPELLINGS)).toEqual(['搞掂了', '搞定了', '解决咗', '搞掂咗', '搞定咗']);
		expect(regionalVariants('干净', REGIONAL_NAMES)).toEqual([]);
	});
});

describe('Taiwan reviews and complaints read like their Simplified forms', () => {
	const cases: Array<[string, string, Array<[string, string]>]> = [
		[
			'飯店櫃檯人員很親切，房間也滿乾淨的',
			'positive',
			[
				['overall.impression.hotel', 'neutral'],
				// The desk's people told friendly: the desk's too (hotel round 7, personOf).
				['front.staff', 'positive'],
				['service.attitude.friendliness', 'positive'],
				['rooms.space.room.clean', 'positive'],
			],
		],
		['離捷運站很近，交通超方便', 'positive', [['location.transport.metro.convenience', 'positive'], ['location.transport', 'positive']]],
		['房務每天都有打掃，備品也很齊全', 'positive', [['rooms.housekeeping.daily', 'neutral'], ['rooms.amenities', 'positive']]],
		['CP值很高，早餐也不錯吃，會再回訪', 'positive', [['value.room.vfm', 'positive'], ['fb.breakfast', 'positive']]],
		['網路訊號很差，一直斷線', 'negative', [['rooms.tech.wifi.signal', 'negative']]],
		['服務生態度超機車，等了半小時才上菜', 'negative', [['service.quality.staff.attitude', 'negative'], ['fb.restaurant.waiters.speed.waiting', 'negative']]],
		['價格偏貴，品質普普', 'negative', [['value.room.rate.price.too_high', 'negative']]],
		['叫了計程車等了很久，櫃台也不幫忙', 'negative', [['location.transport.taxi', 'negative'], ['front.staff', 'neutral']]],
		['冷氣很吵，整晚都睡不好', 'negative', [['rooms.climate.ac.noise', 'negative']]],
		['浴室有蟑螂，真的很傻眼', 'negative', [['rooms.bath', 'neutral'], ['clean.pests.cockroach', 'negative']]],
	];
	it.each(cases)('%s', (text, label, topics) => {
		expect(read(text)).toEqual({ label, topics });
	});

	it('reads the Taiwan words the Simplified lexicon has no entry for', () => {
		expect(read('這家很雷，不推').label).toBe('negative');
		expect(read('老闆很機車').label).toBe('negative');
		expect(read('大推！必吃').label).toBe('positive');
	});
});

describe('Hong Kong reviews and complaints in written Cantonese', () => {
	const cases: Array<[string, string, Array<[string, string]>]> = [
		['間房好乾淨，職員好有禮貌，好正！', 'positive', [['clean', 'positive'], ['service.attitude.courtesy', 'positive']]],
		['隔音麻麻，成晚好嘈，瞓唔著', 'negative', [['rooms.noise.soundproof', 'negative'], ['rooms.noise', 'negative']]],
		['早餐唔錯，幾好食', 'positive', [['fb.breakfast', 'positive']]],
		// Stop 21: hot water is the shower's (热水 is a topic word of the shower aspect), praised by 都够.
		['冷氣冇問題，熱水都夠', 'positive', [['rooms.climate.ac', 'positive'], ['rooms.bath.shower', 'positive']]],
		['房間污糟邋遢，地氈有污漬', 'negative', [['rooms.space.room.clean', 'negative']]],
		['check in 等咗好耐，職員好串', 'negative', [['front.checkin', 'negative']]],
		['位置好方便，行兩分鐘就到港鐵站，好抵住', 'positive', [['location', 'positive'], ['location.transport.metro.convenience', 'positive']]], // the comma clause's praise (好抵住) reaches the clause without an opinion
		['床單唔乾淨，枕頭有頭髮', 'negative', [['rooms.bed.linen.sheet.clean', 'negative'], ['rooms.bed.pillow.clean.hair', 'negative']]],
		['間房幾好，但係冷氣好嘈', 'negative', [['rooms.climate.ac.noise', 'negative']]],
		['唔抵，下次唔會再住', 'negative', [['overall.impression.return', 'negative']]],
		['下次一定會再嚟', 'positive', [['overall.impression.return', 'positive']]],
		['冷氣唔夠凍，成晚熱到瞓唔着', 'negative', [['rooms.climate.ac', 'negative']]],
		['個浴室有陣味，毛巾又黃又殘', 'negative', [['rooms.bath', 'negative'], ['rooms.bath.towels', 'negative']]],
		['房間好細', 'negative', [['rooms.space.room', 'negative']]],
	];
	it.each(cases)('%s', (text, label, topics) => {
		expect(read(text)).toEqual({ label, topics });
	});

	it('reads 唔 / 冇 as negators and 好鬼 as a degree word', () => {
		expect(read('房間唔乾淨').label).toBe('negative');
		expect(read('唔係好舒服').label).toBe('negative');
		expect(read('冇問題').label).toBe('positive');
		expect(engine.analyze('好鬼慢').sentiment.score).toBeLessThan(engine.analyze('好慢').sentiment.score);
	});

	it('reads noun + 好差 as a complaint, not as the praise phrase noun + 好 (服務態度好差, 态度好差)', () => {
		expect(read('服務態度好差，問嘢都唔理人')).toEqual({ label: 'negative', topics: [['service.attitude', 'negative']] });
		expect(read('态度好差')).toEqual({ label: 'negative', topics: [['service.attitude', 'negative']] });
		expect(read('态度好，服务好').label).toBe('positive');
	});

	it('reads Cantonese negation and wording in risks and intents (冇蟑螂 is no hygiene risk; 冇收到退款 a refund complaint)', () => {
		const clean = engine.analyze('房間冇蟑螂，好乾淨');
		expect(clean.urgency.reasons.map((r) => r.reason)).not.toContain('hygiene');
		expect(engine.analyze('房間有蟑螂，好污糟').urgency.reasons.map((r) => r.reason)).toContain('hygiene');
		const refund = engine.analyze('冇收到退款，打咗三次電話都冇人聽');
		expect(refund.primaryIntent).toBe('complaint');
		expect(refund.urgency.reasons.map((r) => r.reason)).toContain('refund');
		expect(engine.analyze('登入不了，一直顯示錯誤').primaryIntent).toBe('complaint');
	});

	it('does not read Mandarin words that hold a Cantonese one as Cantonese', () => {
		expect(read('麻麻辣辣的很好吃').label).toBe('positive');
		expect(read('黑面包很好吃').label).toBe('positive');
		expect(read('很耐用，好耐用').label).toBe('positive');
	});
});

describe('OpenCC conversions of Simplified hotel reviews keep their reading', () => {
	const texts = [
		'性价比很高，下次还会再来',
		'网络时好时坏，视频会议都开不了',
		'请问可以提前入住吗',
		'房间里有只蟑螂，前台马上给我们换了房间，新房间很满意',
		'之前担心老房子会有虫子，结果很干净',
		'装修有年代感，家具都很旧了',
	];
	for (const to of ['tw', 'twp', 'hk'] as const) {
		const convert = OpenCC.Converter({ from: 'cn', to });
		it(`${to}: same sentiment and topics`, () => {
			for (const t of texts) expect([convert(t), read(convert(t))]).toEqual([convert(t), read(t)]);
		});
	}
});

describe('helpdesk dialogues written in Traditional', () => {
	it('knows the speaker labels in Traditional characters (顧客, 客服人員, 用戶, 客服專員)', () => {
		const speakers = (t: string) => engine.analyze(t).dialogue?.speakers.map((s) => [s.label, s.side]);
		expect(speakers('顧客：房間冷氣壞了\n客服人員：好的，馬上派人處理\n顧客：還是不冷')).toEqual([
			['顧客', 'customer'],
			['客服人員', 'agent'],
		]);
		expect(speakers('用戶：手機上唔到網\n客服專員：請重啟一次\n用戶：仲係唔得')).toEqual([
			['用戶', 'customer'],
			['客服專員', 'agent'],
		]);
		expect(engine.analyze('用戶：手機上唔到網\n客服專員：請重啟一次\n用戶：仲係唔得').sentiment.label).toBe('negative');
	});
});
