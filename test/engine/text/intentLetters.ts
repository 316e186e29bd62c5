/**
 * The intents probes' expectation letters (intentsRound7–9): C complaint, I inquiry, N need, O opportunity, P praise; an
 * upper-case letter must be flagged, a lower-case one may be, an absent one must not be. Only the letters a round reads
 * are checked (rounds 7 and 8 do not read praise).
 */
import { getEngine, type Intent } from '../../../nodes/engine/text';

const LETTERS: Record<string, Intent> = { C: 'complaint', I: 'inquiry', N: 'need', O: 'opportunity', P: 'praise' };

/** A check of the given letters ("CINO", "CINOP"): what the engine gets wrong for the text, as readable lines. */
export function intentCheck(letters: string): { wrongOf: (text: string, expected: string) => string[]; check: (text: string, expected: string) => void } {
	const engine = getEngine();
	const wrongOf = (text: string, expected: string): string[] => {
		const got = new Set(engine.analyze(text).intents.map((i) => i.intent));
		const wrong: string[] = [];
		for (const letter of letters) {
			const intent = LETTERS[letter];
			if (expected.includes(letter) && !got.has(intent)) wrong.push(`${text}: missing ${intent}`);
			if (!expected.includes(letter) && !expected.includes(letter.toLowerCase()) && got.has(intent)) wrong.push(`${text}: unexpected ${intent}`);
		}
		return wrong;
	};
	return { wrongOf, check: (text, expected) => expect(wrongOf(text, expected)).toEqual([]) };
}
