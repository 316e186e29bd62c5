/**
 * Stop 31, speed pass: PRICE_VERDICT_ZH, the pre-test of the Chinese price judgement, must let every text through that
 * PRICE_JUDGED_ZH matches (it names one word that each verdict of the RegExp holds); the English gates are tested in
 * fastPaths.test.ts (enGates). Self-written sentences; every output is also checked against main by scripts/equiv-text.ts.
 */
import { getEngine } from '../../../nodes/engine/text';
import { randomTexts } from './randomTexts';
import { PRICE_JUDGED_ZH, PRICE_VERDICT_ZH } from '../../../nodes/engine/text/analyze';

const judged = (t: string) => {
	PRICE_JUDGED_ZH.lastIndex = 0;
	return PRICE_JUDGED_ZH.test(t);
};

describe('PRICE_VERDICT_ZH lets every price verdict through', () => {
	// One row for each verdict of PRICE_JUDGED_ZH.
	it.each([
		'房间不大，设施也旧，但这个价格还要什么自行车',
		'两百块一晚还要啥自行车',
		'这价位要什么自行车',
		'这个价钱还能要求什么',
		'三百多一晚还要求什么',
		'价格摆在那里，不能要求太多',
		'这个价不可能奢求太高',
		'这种价位别苛求了',
		'房价这么低不要强求更多',
		'这个价格没法要求那么多',
		'价钱便宜不好要求什么',
		'这个价格要求不能太高',
		'一百多块钱一晚已经可以了',
		'这个价位知足了',
		'两百一晚很满足了',
		'这价格已经不错了',
		'这个价钱很好了',
		'八百多一晚就这条件？',
		'这个价位就这服务',
		'五百块就这破房间',
		'这个价位不应该是这种服务',
		'这个价格不该这样',
		'这个价钱不应是这么差的卫生',
	])('%s', (t) => {
		expect(judged(t)).toBe(true);
		expect(PRICE_VERDICT_ZH.test(t)).toBe(true);
	});
	it('holds on random texts built of the RegExp\'s pieces', () => {
		const pieces = ['这个', '价格', '价位', '价钱', '房价', '钱', '两百', '三', '百', '千', '块', '元', '多', '一晚', '每晚', '一夜', '还要', '什么', '啥', '自行车', '要求', '奢求', '不能', '别', '太多', '太高', '已经', '也就', '可以了', '知足了', '很满足了', '不错了', '很好了', '就这', '条件', '服务', '不应该', '不该', '不应', '是', '这种', '这样', '，', '。', '了', '好', '就', '车', '不'];
		const verdicts = randomTexts(pieces, { seed: 31, least: 2, span: 6 }).filter(judged);
		expect(verdicts.length).toBeGreaterThan(500);
		expect(verdicts.filter((t) => !PRICE_VERDICT_ZH.test(t))).toEqual([]);
	});
	it('keeps the readings behind the pre-test', () => {
		const engine = getEngine();
		expect(engine.analyze('房间不大，设施也旧，但这个价格还要什么自行车').sentiment.label).toBe('positive');
		expect(engine.analyze('八百多一晚就这条件？').sentiment.label).toBe('negative');
	});
});
