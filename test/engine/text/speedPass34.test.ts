import { randomTexts } from './randomTexts';
import { checkLabels as check } from './labelRows';
import { enGates, EN19_CALLED_GATE, EN19_WITHHELD_GATE, GATE_EN19_CALLED, GATE_EN19_WITHHELD } from '../../../nodes/engine/text/analyze';

/**
 * Stop 34's speed pass: en19's two readings are asked only where enGates found a word their searches cannot match
 * without (GATE_EN19_CALLED, GATE_EN19_WITHHELD). The bits must answer as the groups' own searches do (no earlier group
 * hides them), and the readings must still be read through the gate.
 */
describe('the gate words of en19CalledGenerously and en19WithheldAfterPraise (enGates)', () => {
	const called = new RegExp(EN19_CALLED_GATE, 'i');
	const withheld = new RegExp(EN19_WITHHELD_GATE, 'i');
	const expected = (t: string) => (called.test(t) ? GATE_EN19_CALLED : 0) | (withheld.test(t) ? GATE_EN19_WITHHELD : 0);
	const mine = GATE_EN19_CALLED | GATE_EN19_WITHHELD;
	it.each([
		'Calling it a suite is generous.',
		'They use the term "sea view" LOOSELY.',
		'It was not what I would call cheap.',
		"Not what you'd call a bargain.",
		'hardly what most people would consider clean',
		'We called reception twice.',
		'What I liked most was the pool.',
		'the room was clean',
		'',
	])('%j', (t) => {
		expect(enGates(t) & mine).toBe(expected(t));
	});
	it('answers as their own searches on random texts (an earlier group hides none of them)', () => {
		// Pieces of the two groups' words and of every earlier group's that begins with the same letters.
		const pieces = ['calling', 'Calling', 'call', 'candle', 'cheaper', 'cleaner', 'compar', 'compete', 'congrat', 'to ', 'To', 'tall', 'tough', 'tiny', 'loosely', 'LOOSELY', 'low', 'loud', 'long', 'loose', 'what', 'WHAT', 'why', 'well done', 'hard', 'hardly', 'not', 'nly', 'no longer', 'nothing on', 'I', 'i', 'you', 'most', 'most people', 'other', "'d", ' would', 'would', ' ', ' ', 'a', 'e', 's', '.'];
		expect(randomTexts(pieces, { seed: 34 }).filter((t) => (enGates(t) & mine) !== expected(t))).toEqual([]);
	});
});

describe('en19 readings still read behind their gate bits', () => {
	check([
		['Calling this a four star hotel is generous.', 'negative'],
		['They use the word luxury very loosely.', 'negative'],
		['The food was not what I would call out of this world.', 'negative'],
		["It was not what I'd call expensive.", 'positive'],
	]);
});
