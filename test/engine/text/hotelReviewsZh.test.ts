/**
 * Chinese hotel reviews written by the project (test/fixtures/hotel-reviews/zh.csv, stop 29, 2026-12-02):
 * 300 invented reviews in the style of Ctrip / Meituan / Fliggy / Qunar / Dianping guests, labelled from the
 * stars the guest would give (1 for 4–5 stars, 0 for 1–2; no 3-star rows), written before the engine was run.
 * A regression floor, not an accuracy claim for real hotel data.
 *
 * Measured 2026-12-02 on the engine of main f968de4:
 *   node scripts/run-ts.mjs scripts/eval-sentiment.ts test/fixtures/hotel-reviews/zh.csv --text review --label label --errors 40
 *   → n 300, accuracy 0.9567, macroF1 0.9544 (tp 110, fp 10, tn 177, fn 3)
 * The floor below is that macro-F1 minus 0.02, rounded down to two decimals.
 */
import { join } from 'node:path';
import { getEngine } from '../../../nodes/engine/text';
import { binaryMetrics, readCsv } from '../../../scripts/eval-common';

const FILE = join(__dirname, '..', '..', 'fixtures', 'hotel-reviews', 'zh.csv');
const FLOOR = 0.93;

const rows = readCsv(FILE);

describe('Chinese hotel reviews (project-written fixture)', () => {
	it('has the expected columns and 200+ rows', () => {
		expect(Object.keys(rows[0])).toEqual(['id', 'stars', 'label', 'review']);
		expect(rows.length).toBeGreaterThanOrEqual(200);
	});

	it('every row has stars 1–5 (no 3), a label matching its stars, a unique id and a review', () => {
		const ids = new Set<string>();
		for (const r of rows) {
			const stars = Number(r.stars);
			expect([1, 2, 4, 5]).toContain(stars);
			expect(r.label).toBe(stars >= 4 ? '1' : '0');
			expect(ids.has(r.id)).toBe(false);
			ids.add(r.id);
			expect(r.review.trim().length).toBeGreaterThanOrEqual(5);
		}
	});

	it(`binary macro-F1 of the engine stays at or above ${FLOOR}`, () => {
		// Same engine as eval-sentiment's default (the hotel topic tree).
		const engine = getEngine({ tree: 'hotel' });
		const gold = rows.map((r) => r.label === '1');
		const pred = rows.map((r) => engine.analyze(r.review).sentiment.label === 'positive');
		const m = binaryMetrics(gold, pred);
		expect(m.n).toBe(rows.length);
		expect(m.macroF1).toBeGreaterThanOrEqual(FLOOR);
	});
});
