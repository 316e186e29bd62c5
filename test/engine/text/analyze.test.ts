import { getEngine, checkText, detectLanguage, TextInputError } from '../../../nodes/engine/text';

const engine = getEngine();
const s = (t: string) => engine.analyze(t).sentiment.label;
const topic = (t: string, idPrefix: string) => engine.analyze(t).topics.find((x) => x.id.startsWith(idPrefix));

describe('language', () => {
	it.each([
		['房间很干净，服务很好', 'zh'],
		['這家飯店的服務很好，房間乾淨', 'zh-Hant'],
		['The room was clean and the staff were friendly', 'en'],
		['check-in 的时候 front desk staff 很 friendly, the room was clean', 'mixed'],
		['部屋はとても綺麗でした', 'ja'],
		['방이 깨끗했어요', 'ko'],
		['Das Zimmer war sauber und ruhig', 'other'],
		['12345 !!!', 'und'],
	])('%s → %s', (text, lang) => expect(detectLanguage(text).language).toBe(lang));
});

describe('sentiment', () => {
	it.each([
		['房间很干净，服务很好', 'positive'],
		['房间不干净', 'negative'],
		['不太好', 'negative'],
		['没有不好的地方，很满意', 'positive'],
		['非常失望', 'negative'],
		['有点小失望', 'negative'],
		['虽然价格有点贵，但是服务非常好', 'positive'],
		['虽然服务不错，但是房间太脏了', 'negative'],
		['好吃，就是有点少', 'positive'],
		['要是早餐再丰富一点就好了', 'negative'],
		['好脏', 'negative'],
		['再也不会来了', 'negative'],
		['下次还会再来', 'positive'],
		['👍👍', 'positive'],
		['酒店一般😡', 'negative'],
		['The staff were very friendly', 'positive'],
		['The room was not clean', 'negative'],
		['not bad at all', 'positive'],
		['The breakfast was good but the room was filthy', 'negative'],
		['Although the room was small, it was spotless and the staff were lovely', 'positive'],
		['Never again.', 'negative'],
		['We arrived at 3pm and checked in.', 'neutral'],
		['這家飯店服務很好', 'positive'],
	])('%s → %s', (text, label) => expect(s(text)).toBe(label));

	it.each([
		// Comparatives and post-negation (zh).
		['这家酒店不如隔壁那家干净', 'negative'],
		['不如以前好吃', 'negative'],
		['质量不如以前', 'negative'],
		['没有在店里吃好吃', 'negative'],
		['一点耐心都没有', 'negative'],
		['没有早餐，很方便', 'positive'],
		// Intensifiers after the opinion: 厉害 / 严重 follow the polarity before them.
		['发热很严重', 'negative'],
		['噪音大得厉害', 'negative'],
		['这个老师很厉害', 'positive'],
		// General vocabulary outside food delivery.
		['轻便小巧，外观时尚', 'positive'],
		['不知道是不是正品', 'negative'],
		['买了一星期，觉得还不错', 'positive'],
		// English: never + so/such intensifies; "less than", "far from"; negation carried over or/nor; "at best".
		['I have never been so disgusted by the service.', 'negative'],
		['Never had such a great meal.', 'positive'],
		['We were less than impressed.', 'negative'],
		['The room was far from clean.', 'negative'],
		['The room was neither clean nor quiet.', 'negative'],
		['The staff were not especially warm or attentive.', 'negative'],
		['The food is decent at best.', 'negative'],
		// English, second round: hearsay, loyalty, service failures as facts, advice, rhetorical questions, "like" as a comparison.
		['A friend recommended this hotel.', 'neutral'],
		['We stay here every year and it keeps getting better.', 'positive'],
		['I cannot imagine a friendlier staff.', 'positive'],
		['We had to ask twice for towels.', 'negative'],
		['No one came back to take our order.', 'negative'],
		['The room was not ready and there was no apology.', 'negative'],
		['Try the spa.', 'positive'],
		['Order the tasting menu.', 'positive'],
		['Try another hotel.', 'neutral'],
		['We will try the spa next time.', 'positive'],
		['What more could you want?', 'positive'],
		['Is the breakfast good?', 'neutral'],
		['The food was fine, if not great.', 'positive'],
		['We have never had a problem with the staff.', 'positive'],
		['The room smelled like smoke.', 'neutral'],
		['I like the room.', 'positive'],
	])('grammar: %s → %s', (text, label) => expect(s(text)).toBe(label));

	it('counts an imperative of advice only where a sentence begins', () => {
		expect(s('Stick with the breakfast buffet.')).toBe('positive');
		expect(s('We decided to stick with the breakfast buffet.')).toBe('neutral');
	});

	it('caps each clause, so one gushing clause does not outweigh several complaints', () => {
		const mixed = engine.analyze('The location was absolutely amazing and perfect and fantastic. The room was dirty. The bed was uncomfortable. Breakfast was bland.', { explain: true });
		expect(mixed.clauses![0].score).toBeGreaterThan(1.5); // the clause itself keeps its full score
		expect(mixed.sentiment.label).toBe('negative');
		expect(engine.analyze('The location was absolutely amazing and perfect and fantastic.').sentiment.label).toBe('positive');
	});

	it('flips an absent problem to mildly positive: 一点问题都没有', () => {
		expect(engine.analyze('一点问题都没有').sentiment.score).toBeGreaterThan(0);
		expect(engine.analyze('一点问题').sentiment.score).toBeLessThan(0);
	});

	it('reads a bare litotes (不差, 没有不好的地方) as mildly positive, inside the Chinese neutral band', () => {
		for (const t of ['不差', '没有不好的地方']) {
			const r = engine.analyze(t).sentiment;
			expect(r.score).toBeGreaterThan(0);
			expect(r.score).toBeLessThan(0.15);
			expect(r.label).toBe('neutral');
		}
		// The band is per language: the same score is positive under the English threshold.
		expect(engine.analyze('不差', { threshold: 0.1 }).sentiment.label).toBe('positive');
	});

	it('scores in [-1, 1] with stronger words scoring further out', () => {
		const a = engine.analyze('好').sentiment.score;
		const b = engine.analyze('非常非常好，完美').sentiment.score;
		expect(a).toBeGreaterThan(0);
		expect(b).toBeGreaterThan(a);
		expect(b).toBeLessThanOrEqual(1);
		expect(engine.analyze('垃圾酒店，极差，恶心，再也不来').sentiment.score).toBeGreaterThanOrEqual(-1);
	});

	it.each([
		// negation scope through degree words, wide negators, comparatives
		['没有以前那么香了', 'negative'],
		['并未发现散热和噪音的问题，性价比很不错', 'positive'],
		['没我想象的好吃', 'negative'],
		['速度确实不是一般的慢', 'negative'],
		['感觉现在越来越不好吃了', 'negative'],
		['没有想到这么便宜的酒店条件这么好', 'positive'],
		// questions do not praise, rhetorical complaints stay complaints
		['请问早餐好吃吗？', 'neutral'],
		['怎么这么慢？', 'negative'],
		['好评都是刷的吧，送了2小时', 'negative'],
		// everyday review words
		['物流很快，包装完好，质量不错', 'positive'],
		['房间太小，隔音差，性价比低', 'negative'],
		['前台热情，早餐丰富，下次还会入住', 'positive'],
		['The staff could not have been more helpful.', 'positive'],
		['The staff could not have cared less.', 'negative'],
		['Location could not be better.', 'positive'],
		["Don't waste your time or money!", 'negative'],
		['Nothing fancy but really good food.', 'positive'],
		['Never fails to please.', 'positive'],
		['We won\'t go to this place again.', 'negative'],
		['The bed was rock hard and the pillows were flat.', 'negative'],
		['Overpriced and underwhelming, would not recommend.', 'negative'],
		['Spotless room, went above and beyond, worth every penny.', 'positive'],
	])('%s → %s', (text, label) => expect(s(text)).toBe(label));

	it.each([
		// Service failures told as plain facts, with no opinion word.
		['房间没打扫，也没有热水', 'negative'],
		['打了三次电话都没人接', 'negative'],
		['订的是大床房，给的是双床房', 'negative'],
		['我要的是排骨饭，结果送来的是鸡肉饭', 'negative'],
		['订的是大床房，很满意', 'positive'],
		['等了快两小时了', 'negative'],
		['送来都凉透了', 'negative'],
		['行李到现在还没收到', 'negative'],
		['不是我订的房型', 'negative'],
		['到了前台说没房了', 'negative'],
		['连热水都没有', 'negative'],
		['连个道歉也没有', 'negative'],
		['床单发黄，wifi连不上', 'negative'],
		// A clock time is not a rating (五分 = five points).
		['等了四十五分钟才办好入住', 'negative'],
		// 无敌 before an opinion word is a degree word; the weather is context, not a complaint.
		['无敌慢', 'negative'],
		['天气不好，前台还帮我们叫了车，辛苦了', 'positive'],
		// Names that contain an opinion character do not praise; intensifiers after the opinion.
		['鱼香肉丝太咸了', 'negative'],
		['咸得不得了', 'negative'],
		['从来没住过这么差的酒店', 'negative'],
		['一点也没让我失望', 'positive'],
	])('service facts and names: %s → %s', (text, label) => expect(s(text)).toBe(label));

	it('does not read a negated price complaint as a complaint about price (价格不贵)', () => {
		expect(s('价格不贵')).toBe('positive');
	});

	it('explains clause weights (contrast)', () => {
		const r = engine.analyze('位置很好，但是隔音太差', { explain: true });
		expect(r.clauses!.map((c) => c.weight)).toEqual([0.5, 1.5]);
	});
});

describe('topics from the hotel indicator tree', () => {
	it('gives per-topic sentiment by clause: 位置很好但是隔音太差', () => {
		const r = engine.analyze('位置很好但是隔音太差');
		expect(r.topics.map((t) => [t.id, t.sentiment])).toEqual([
			['location', 'positive'],
			['rooms.noise.soundproof', 'negative'],
		]);
		expect(r.topics[1].evidence).toBe('但是隔音太差');
		expect(r.topics[1].owner).toBe('ENG');
	});

	it('refines an aspect to an attribute leaf with a qualifier in the same clause', () => {
		expect(topic('床垫太硬了，睡得腰疼', 'rooms.bed')!.id).toBe('rooms.bed.mattress.comfort');
		expect(topic('the mattress was lumpy', 'rooms.bed')!.id).toBe('rooms.bed.mattress.comfort');
		expect(topic('早餐的水果种类太少', 'fb.breakfast')!.id).toBe('fb.breakfast.buffet.fruit.variety.limited');
		expect(topic('空调还有噪音', 'rooms')!.id).toBe('rooms.climate.ac.noise');
	});

	it('attaches opinions to the nearest topic in both word orders', () => {
		const r = engine.analyze('Friendly staff and great location, but the shower had no hot water.');
		const by = Object.fromEntries(r.topics.map((t) => [t.id, t.sentiment]));
		expect(by['service.quality.staff.attitude.friendly']).toBe('positive');
		expect(by.location).toBe('positive');
		expect(by['rooms.bath.shower.hot_water']).toBe('negative');
		const z = engine.analyze('服务员态度很好，房间却很脏');
		expect(z.topics.find((t) => t.id.startsWith('service'))!.sentiment).toBe('positive');
		expect(z.topics.find((t) => t.id.startsWith('rooms'))!.sentiment).toBe('negative');
	});

	it('matches domain words whole without a segmenter (客服, 入住, 性价比)', () => {
		const ids = engine.analyze('办理入住很快，性价比高').topics.map((t) => t.id);
		expect(ids).toEqual(expect.arrayContaining([expect.stringMatching(/^front\.checkin/), expect.stringMatching(/^value\.room\.vfm/)]));
	});

	it('limits to a subtree and rolls up to a depth', () => {
		const t = '早餐很丰富，但是房间的床垫太硬了';
		expect(engine.analyze(t, { subtree: 'fb' }).topics.map((x) => x.id)).toEqual(['fb.breakfast']);
		expect(engine.analyze(t, { maxDepth: 1 }).topics.map((x) => x.id)).toEqual(['fb', 'rooms']);
		expect(() => engine.analyze(t, { subtree: 'nope' })).toThrow(/Unknown subtree/);
	});

	it('names topics in the text language unless told otherwise', () => {
		expect(topic('the bed was comfortable', 'rooms.bed')!.path[0]).toBe('Rooms');
		expect(engine.analyze('the bed was comfortable', { namesIn: 'zh' }).topics[0].path[0]).toBe('客房');
	});
});

describe('intents, urgency and bad-review risk', () => {
	const intents = (t: string) => engine.analyze(t).intents.map((i) => i.intent);
	it.each([
		['房间太脏了，我要投诉', ['complaint']],
		['麻烦明天早上7点叫醒，谢谢', ['need']],
		['请问你们有停车场吗？', ['inquiry']],
		['Is there parking at the hotel?', ['inquiry']],
		['我们公司下个月有个年会，想订20间房', ['opportunity']],
		['前台小王服务特别好，表扬一下！', ['praise']],
		['Could you please send extra towels to my room?', ['need']],
	])('%s → %j', (text, expected) => expect(intents(text)).toEqual(expect.arrayContaining(expected)));

	it('gives evidence for each intent', () => {
		const r = engine.analyze('酒店很好。请问早餐几点开始？');
		expect(r.intents.find((i) => i.intent === 'inquiry')!.evidence).toBe('请问早餐几点开始');
	});

	it('raises urgency and risk for hygiene, threats and guests in house, with reasons', () => {
		const r = engine.analyze('房间里有蟑螂！如果不处理我就给差评并投诉到12315', { inHouse: true });
		expect(r.urgency.level).toBe('critical');
		const reasons = r.urgency.reasons.map((x) => x.reason);
		expect(reasons).toEqual(expect.arrayContaining(['hygiene', 'reviewThreat', 'authorityThreat', 'inHouse']));
		expect(r.risk.badReview.level).toBe('high');
		expect(r.risk.badReview.reasons.find((x) => x.reason === 'hygiene')!.evidence).toBe('房间里有蟑螂');
		// A threat after 如果 is still a complaint: 差评 / 投诉 are said, not a failure supposed.
		expect(r.intents.map((i) => i.intent)).toContain('complaint');
	});

	it('does not count negated risk words', () => {
		const r = engine.analyze('房间干净，没有蟑螂，也没有异味');
		expect(r.urgency.reasons.map((x) => x.reason)).not.toContain('hygiene');
		expect(r.risk.badReview.level).toBe('low');
	});

	it('finds key phrases', () => {
		expect(engine.analyze('位置很好但是隔音太差').keyPhrases).toEqual(expect.arrayContaining(['隔音太差', '位置很好']));
		expect(engine.analyze('The location was great but the room was dirty').keyPhrases).toEqual(expect.arrayContaining(['room was dirty']));
	});
});

describe('input checks', () => {
	it('accepts strings and numbers, flags empty text, refuses objects and binary, truncates long text', () => {
		expect(checkText('  ').empty).toBe(true);
		expect(checkText(null).empty).toBe(true);
		expect(checkText(5).text).toBe('5');
		expect(() => checkText({ a: 1 })).toThrow(TextInputError);
		expect(() => checkText(true)).toThrow(/must be text, got boolean/);
		expect(() => checkText('\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008abc')).toThrow(/binary/);
		const long = checkText('好'.repeat(2_000_000), 'text', 100_000);
		expect(long.truncated).toBe(true);
		expect(long.text.length).toBe(100_000);
	});

	it('analyses 1 MB of text without failing', () => {
		const r = engine.analyze('房间很干净，但是隔音太差。'.repeat(80_000));
		expect(r.sentiment.label).toBeDefined();
		expect(r.topics.length).toBeGreaterThan(0);
	});
});
