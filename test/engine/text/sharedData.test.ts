/**
 * Regression guard on the shared labelled data (../shared/data): skipped, with a message, when the
 * data is absent. Uses the dev part of the stable split (scripts/eval-common.ts); the reported
 * figures come from `npm run eval:sentiment` on the held-out test part.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { binaryMetrics, readCsv, splitOf } from '../../../scripts/eval-common';
import { getEngine } from '../../../nodes/engine/text';

const DATA = join(__dirname, '..', '..', '..', '..', 'shared', 'data');
const file = (p: string) => join(DATA, p);
const present = existsSync(file('zh/waimai_10k.csv'));
if (!present) console.log(`shared data not found at ${DATA}: skipping the data regression tests`);
const maybe = present ? describe : describe.skip;

maybe('offline sentiment on shared data (dev split, sample)', () => {
	const engine = getEngine();
	it.each([
		['zh/waimai_10k.csv', 'review', 'label', 0.8],
		['zh/online_shopping_9_cats.csv', 'review', 'label', 0.84],
	])('%s (text %s, label %s): macro-F1 above %d', (path, text, label, min) => {
		const rows = readCsv(file(path)).filter((r, i) => i % 10 === 0 && r[text] && splitOf(r[text]) === 'dev');
		const gold = rows.map((r) => r[label] === '1');
		const pred = rows.map((r) => engine.analyze(r[text]).sentiment.label === 'positive');
		const m = binaryMetrics(gold, pred);
		expect(m.macroF1).toBeGreaterThan(min as number);
	});
});
