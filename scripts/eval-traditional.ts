/**
 * How the offline engine reads Traditional Chinese against the same text in Simplified:
 *
 *   node scripts/run-ts.mjs scripts/eval-traditional.ts [--bench N] [--csv FILE.csv --text COLUMN [--split dev|test|all]]
 *
 * Texts: N composed Chinese hotel reviews of the benchmark (bench/texts.ts, default 500) and every
 * Chinese string of test/engine/text/hotelZh.test.ts, each converted with OpenCC to Taiwan (`tw`,
 * `twp` with Taiwan phrases) and Hong Kong (`hk`) Traditional. Printed per variant: the share of
 * texts whose topic ids (in order) and sentiment label are identical to the Simplified text's, and
 * the share detected `zh-Hant`. With --csv, also how many rows of that (Simplified) file are detected
 * `zh-Hant` as they are and after conversion: Simplified text must stay `zh`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { zhHotelTexts } from '../bench/texts';
import { getEngine, detectLanguage } from '../nodes/engine/text';
import { parseArgs, readCsv, splitOf } from './eval-common';

const { opts } = parseArgs(process.argv.slice(2));
const engine = getEngine();
const variants = ['tw', 'twp', 'hk'] as const;
const converters = Object.fromEntries(variants.map((v) => [v, OpenCC.Converter({ from: 'cn', to: v })]));

const testStrings = [...readFileSync(join(__dirname, '../test/engine/text/hotelZh.test.ts'), 'utf8').matchAll(/'([^'\\\n]*[\u4e00-\u9fff][^'\\\n]*)'/g)].map((m) => m[1]);
const sets: Array<[string, string[]]> = [
	['bench zh hotel', zhHotelTexts(Number(opts.bench ?? 500), 11)],
	['hotelZh test strings', [...new Set(testStrings)]],
];
const key = (t: string) => {
	const a = engine.analyze(t);
	return `${a.sentiment.label} ${a.topics.map((x) => x.id).join(',')}`;
};
for (const [name, texts] of sets) {
	const base = texts.map(key);
	const row: string[] = [`${name} (${texts.length})`];
	for (const v of variants) {
		let same = 0,
			hant = 0;
		texts.forEach((t, i) => {
			const c = converters[v](t);
			if (key(c) === base[i]) same++;
			if (detectLanguage(c).language === 'zh-Hant') hant++;
		});
		row.push(`${v}: same ${(same / texts.length).toFixed(3)}, zh-Hant ${(hant / texts.length).toFixed(3)}`);
	}
	console.log(row.join(' | '));
}
if (opts.csv && opts.text) {
	const split = opts.split ?? 'dev';
	const rows = readCsv(opts.csv).filter((r) => r[opts.text].trim() !== '' && (split === 'all' || splitOf(r[opts.text]) === split));
	const count = (f: (t: string) => string) => rows.filter((r) => detectLanguage(f(r[opts.text])).language === 'zh-Hant').length;
	console.log(
		`${opts.csv} split=${split} rows=${rows.length}: zh-Hant as written ${count((t) => t)}, ` + variants.map((v) => `${v} ${count(converters[v])}`).join(', '),
	);
}
