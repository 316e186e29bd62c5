/**
 * How the lexicon (lexicon.ts) and the intent and risk markers (markers.ts) write their word lists:
 * space-separated words, `_` standing for a space inside an English phrase.
 */

/** The words of a list, `_` turned into spaces ("still_waiting" → "still waiting"). */
export const words = (s: string): string[] =>
	s
		.split(/\s+/)
		.filter(Boolean)
		.map((w) => w.replace(/_/g, ' '));

/** Every word of a followed by every word of b, joined with "_", as one list ("didn't" × "arrive" → "didn't_arrive"). */
export const cross = (a: string, b: string): string =>
	a
		.split(/\s+/)
		.filter(Boolean)
		.flatMap((x) => b.split(/\s+/).filter(Boolean).map((y) => `${x}_${y}`))
		.join(' ');

/** Every word of a followed directly by every word of b (Chinese, no space: "给我" × "换" → "给我换"). */
export const concat = (a: string, b: string): string =>
	a
		.split(/\s+/)
		.filter(Boolean)
		.flatMap((x) => b.split(/\s+/).filter(Boolean).map((y) => x + y))
		.join(' ');
