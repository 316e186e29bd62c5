/**
 * One hedge reading (2026-11-29, stop 13): the sentiment of service failures, the intents of failure markers and
 * severe findings read hedges from one vocabulary (nodes/engine/text/hedges.ts). Self-written; each engine case below
 * was read otherwise by the engine before (main 717dca0), where the three lists disagreed.
 */
import { getEngine } from '../../../nodes/engine/text';
import { FAILURE_HEDGES, INTENT_HEDGES, SEVERE_HEDGES, hedged } from '../../../nodes/engine/text/hedges';

const engine = getEngine();
const label = (t: string) => engine.analyze(t).sentiment.label;
const intents = (t: string) => engine.analyze(t).intents.map((i) => i.intent);

describe('the hedge vocabulary', () => {
	const all = [FAILURE_HEDGES, INTENT_HEDGES, SEVERE_HEDGES];

	it('shares the core of supposition, fear and prevention in every use', () => {
		for (const w of ['如果', '可要是', '倘若', '万一', '担心', '担忧', '生怕', '恐怕', '以防', '以免', '预防', 'if the', 'in case', 'might', 'risk of', 'scared', 'nervous', 'so as not'])
			for (const v of all) expect([w, hedged(w, 0, w.length, v)]).toEqual([w, true]);
	});

	it('shares the exclusions in every use', () => {
		for (const w of ['可怕', '哪怕', '主要是', '只要是', '需要是', '重要是', '还要是', '就要是', '千万一定', 'as if', 'if only', 'would it'])
			for (const v of all) expect([w, hedged(w, 0, w.length, v)]).toEqual([w, false]);
		// A hedge beside an excluded word still counts.
		expect(hedged('主要是担心', 0, 5, FAILURE_HEDGES)).toBe(true);
	});

	it('adds asking to failures and severe findings, hearsay, search and concern to severe findings only', () => {
		for (const w of ['会不会', '会唔会', '是否', 'will I'])
			expect([w, hedged(w, 0, w.length, FAILURE_HEDGES), hedged(w, 0, w.length, INTENT_HEDGES), hedged(w, 0, w.length, SEVERE_HEDGES)]).toEqual([w, true, false, true]);
		// The intent reads questions by their form, but "whether" as a hedge.
		expect(hedged('whether', 0, 7, INTENT_HEDGES)).toBe(true);
		for (const w of ['听说', '据说', 'heard', 'reviews', 'checked for', 'concerned about'])
			expect([w, hedged(w, 0, w.length, FAILURE_HEDGES), hedged(w, 0, w.length, INTENT_HEDGES), hedged(w, 0, w.length, SEVERE_HEDGES)]).toEqual([w, false, false, true]);
	});
});

describe('failures in the sentiment', () => {
	it.each([
		// 可要是 is "but if"; 倘若 and "risk of" suppose, like 如果 and "in case".
		['可要是掉线了呢', 'neutral'],
		['倘若转账失败怎么办', 'neutral'],
		['There is a risk of being charged twice', 'neutral'],
		// Cantonese and Traditional spellings: the reading runs on folded text, with regional spellings.
		['会唔会扣费', 'neutral'],
		['擔心出國以後會掉線', 'neutral'],
		// 哪怕 concedes what happened; "would it" is no "would I".
		['哪怕被扣费', 'negative'],
		['Why would it keep dropping my calls', 'negative'],
		// After if / whether a past failure is suspected, as in the intents.
		['Check if I was charged twice.', 'negative'],
	])('%s → %s', (text, want) => expect(label(text)).toBe(want));
});

describe('failure markers in the intents', () => {
	it.each([
		['只要是周末就被扣费', true],
		['If only the app stopped crashing.', true],
		['萬一轉賬失敗怎麼辦', false],
		["I'm scared my card gets blocked abroad", false],
		['I am nervous the transfer fails', false],
		['I paid cash so as not to be charged twice', false],
		['预防被盗刷', false],
	])('%s → complaint: %s', (text, want) => expect(intents(text).includes('complaint')).toBe(want));
});

describe('severe findings', () => {
	it.each([
		// Told: 只要是 and 千万一定 hold no hedge, nor does "as far as I am concerned".
		['只要是夏天房间就有蟑螂', 'negative'],
		['大家千万一定注意房间有蟑螂', 'negative'],
		['Nice pool, and as far as I am concerned finding cockroaches is a deal breaker.', 'negative'],
		// Feared, warded off or asked about.
		['我最怕的就是房间里有蟑螂', 'neutral'],
		['以免被偷，我们把行李寄存了', 'neutral'],
		['请问房间会不会有蟑螂？', 'neutral'],
		['房间是否有老鼠', 'neutral'],
		['I asked reception whether the room had bed bugs.', 'neutral'],
		['Will I get bed bugs in this hostel?', 'neutral'],
	])('%s → %s', (text, want) => expect(label(text)).toBe(want));

	it('a feared finding raises no urgency of its own', () => {
		expect(engine.analyze('请问房间会不会有蟑螂？').urgency.level).not.toBe('high');
		expect(engine.analyze('米饭硬得很，怕吃坏肚子').urgency.level).not.toBe('critical');
	});
});

/**
 * Stop 14: one reach for every use — back to the clause start, ended inside the clause by an outcome word (结果, 竟然,
 * sure enough) or, for all but a supposition, a contrast word; only hearsay reaches back from after the finding; why-questions
 * read folded text. Self-written; the engine before (main 5251206) reads each engine case below otherwise.
 */
describe('how far a hedge reaches (stop 14)', () => {
	it.each([
		// A long clause: the severe findings read only 10 / 40 characters back before.
		['担心晚上睡觉的时候床上会有臭虫', 'neutral'],
		['I was worried the whole night that the mattress in our room had bed bugs.', 'neutral'],
		// An outcome or a contrast inside the clause tells what happened.
		['本来担心价格结果房间里有蟑螂', 'negative'],
		['我一直担心流量超标但是还是被扣费了', 'negative'],
		['担心流量超标结果还是被扣费了', 'negative'],
		// Trailing hearsay: the finding was only heard of.
		['房间有蟑螂，听说的', 'neutral'],
		['The rooms have bed bugs, or so I heard.', 'neutral'],
	])('%s → %s', (text, want) => expect(label(text)).toBe(want));

	it.each([
		// A supposition reaches across a contrast: the whole "if … but …" is supposed.
		['If the payment goes through but the money doesn\'t arrive, what do I do?', 'negative', false],
		['万一扣费但是没通知我怎么办', 'negative', false],
		// A clause break ends any hedge; fear after the finding fears what happened; hearsay opening a longer clause is about it.
		['担心有蟑螂，结果真的看到了一只蟑螂', 'negative', true],
		['吃完拉肚子了，好怕', 'negative', true],
		['房间里有蟑螂，听说隔壁也有', 'negative', true],
	])('%s → %s, complaint: %s (unchanged)', (text, want, complaint) => {
		expect(label(text)).toBe(want);
		expect(intents(text).includes('complaint')).toBe(complaint);
	});

	it('reads the reach from the clause start and stops at outcome words, contrast only for fear', () => {
		const t = '担心流量超标结果被扣费';
		expect(hedged(t, 0, t.indexOf('被扣费'), FAILURE_HEDGES)).toBe(false);
		expect(hedged(t, 0, t.indexOf('结果'), FAILURE_HEDGES)).toBe(true);
		const u = 'if it goes through but gets declined';
		expect(hedged(u, 0, u.indexOf('declined'), INTENT_HEDGES)).toBe(true);
		const v = 'worried about the price but the room had mould';
		expect(hedged(v, 0, v.indexOf('mould'), SEVERE_HEDGES)).toBe(false);
		// 不但 and 冷却 hold no contrast.
		expect(hedged('担心不但有蟑螂', 0, 5, SEVERE_HEDGES)).toBe(true);
	});
});

describe('why-questions in Traditional text (stop 14)', () => {
	it.each([
		['為什麼又掉線了？', '为什么又掉线了？'],
		['爲什麼又掉線了？', '为什么又掉线了？'],
		['為什麼扣了我兩次錢？', '为什么扣了我两次钱？'],
	])('%s reads like %s', (traditional, simplified) => {
		const a = engine.analyze(traditional);
		const b = engine.analyze(simplified);
		expect(a.sentiment.label).toBe('negative');
		expect([a.sentiment.label, a.sentiment.score, intents(traditional)]).toEqual([b.sentiment.label, b.sentiment.score, intents(simplified)]);
		expect(intents(traditional)).toContain('complaint');
	});
});
