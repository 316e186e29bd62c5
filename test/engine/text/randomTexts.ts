/**
 * Random texts for the tests that hold a fast pre-test (a gate bit, a stretch check, a verdict's cue) to the search it
 * stands for: each text strings together `least + rnd(span)` pieces drawn by a fixed-seed linear congruential generator,
 * so a run is repeatable and a failing text can be pasted into a probe. The pieces are each test's own: the words of the
 * search, the words of the earlier gates that begin alike, and letters to join them.
 */
export interface RandomTextOptions {
	seed: number;
	/** How many texts (20,000 unless told). */
	count?: number;
	/** The fewest pieces a text holds (0 unless told). */
	least?: number;
	/** How many more it may hold: `least` to `least + span - 1` (8 unless told). */
	span?: number;
}

export function randomTexts(pieces: readonly string[], { seed, count = 20000, least = 0, span = 8 }: RandomTextOptions): string[] {
	const rnd = (k: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % k);
	const texts: string[] = [];
	for (let k = 0; k < count; k++) {
		let t = '';
		for (let i = least + rnd(span); i > 0; i--) t += pieces[rnd(pieces.length)];
		texts.push(t);
	}
	return texts;
}
