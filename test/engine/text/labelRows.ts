import { getEngine } from '../../../nodes/engine/text';

/** A sentiment label as the Chinese rounds' tables write it. */
export type Label = 'positive' | 'negative' | 'neutral';

const engine = getEngine();

/** One test per row: the default engine reads the text with that whole-text label (the zhRound tables). */
export const checkLabels = (rows: Array<[string, Label]>) =>
	it.each(rows)('%s → %s', (text, label) => expect(engine.analyze(text).sentiment.label).toBe(label));
