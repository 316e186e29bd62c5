/**
 * The harness of the hotel probe rounds (hotelRound2–6): each round's rows the base commit read wrong are a test apiece,
 * and the whole probe (Chinese, English) is read in one test per language. A row is [sentence, label, topic?, baseMisread?]:
 * p positive, n negative, u neutral; the topic (or one under it) must carry the label's sign — "noise" is any noise topic
 * (rooms.noise or a room's noise attribute). From round 6 a round holds one table and marks the rows its base misread
 * (`describeRound`; rounds 2–5 were rewritten so at stop 25).
 */
import { getEngine } from '../../../nodes/engine/text';

export type S = 'p' | 'n' | 'u';
export type ProbeRow = [string, S, string?, true?];
export const LABEL = { p: 'positive', n: 'negative', u: 'neutral' } as const;

const engine = getEngine();
export const labelOf = (text: string) => engine.analyze(text).sentiment.label;
export const ids = (text: string) => engine.analyze(text).topics.map((t) => t.id);
export const topicSign = (text: string, topic: string, s: S) =>
	engine
		.analyze(text)
		.topics.some((x) => (topic === 'noise' ? /(^|\.)noise(\.|$)/.test(x.id) : x.id === topic || x.id.startsWith(`${topic}.`)) && x.sentiment === LABEL[s]);
/** The rows read wrong: label, or the topic's sign. */
export const wrong = (list: ProbeRow[]) =>
	list.filter(([t, s, topic]) => labelOf(t) !== LABEL[s] || (topic !== undefined && !topicSign(t, topic, s))).map(([t]) => t);

/** The two describes of a round: "<round>: rows the base read wrong" and "<round>: <probeTitle>". */
export function describeProbe(round: string, fixed: ProbeRow[], zh: ProbeRow[], en: ProbeRow[], probeTitle = 'the whole probe'): void {
	describe(`${round}: rows the base read wrong`, () => {
		it.each(fixed.map(([t, s, topic]) => [t, s, topic ?? ''] as const))('%s → %s %s', (text, s, topic) => {
			expect(labelOf(text)).toBe(LABEL[s]);
			if (topic) expect([topic, topicSign(text, topic, s)]).toEqual([topic, true]);
		});
	});
	describe(`${round}: ${probeTitle}`, () => {
		it('reads the Chinese sentences', () => expect(wrong(zh)).toEqual([]));
		it('reads the English sentences', () => expect(wrong(en)).toEqual([]));
	});
}

/** A round of one table: the rows marked as misread by the base (a fourth element, true) are the round's tests apiece. */
export function describeRound(round: string, zh: ProbeRow[], en: ProbeRow[]): void {
	describeProbe(round, [...zh, ...en].filter((r) => r[3]), zh, en);
}
