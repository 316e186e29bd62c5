/**
 * Writes a Traditional Chinese copy of a CSV, to measure how the engine reads zh-Hant text:
 *
 *   node scripts/run-ts.mjs scripts/to-traditional.ts IN.csv OUT.csv --text COLUMN [--to tw|twp|hk|t] [--keep COLUMN]
 *
 * The COLUMN is converted with OpenCC (Simplified → `tw` Taiwan characters, `twp` Taiwan characters
 * and phrases such as 网络 → 網路, `hk` Hong Kong characters, `t` OpenCC's standard Traditional);
 * the original text is kept in the --keep column (default `simplified`), so evaluating the copy with
 * `--split-key simplified` keeps every row in the same dev/test part as in the original file.
 */
import { writeFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import { parseArgs, readCsv, usage } from './eval-common';

const argv = process.argv.slice(2);
const { opts } = parseArgs(argv);
const [input, output] = argv.filter((a, i) => !a.startsWith('--') && (i === 0 || !argv[i - 1].startsWith('--') || argv[i - 1].includes('=')));
if (!input || !output || !opts.text) usage('usage: to-traditional IN.csv OUT.csv --text COLUMN [--to tw|twp|hk|t] [--keep COLUMN]');
const to = (opts.to ?? 'twp') as 'tw' | 'twp' | 'hk' | 't';
if (!['tw', 'twp', 'hk', 't'].includes(to)) usage(`--to must be tw, twp, hk or t, not ${to}`);
const keep = opts.keep ?? 'simplified';
const convert = OpenCC.Converter({ from: 'cn', to });

const rows = readCsv(input);
if (!rows.length || !(opts.text in rows[0])) usage(`column ${opts.text} not found; the file has: ${Object.keys(rows[0] ?? {}).join(', ')}`);
const header = [...Object.keys(rows[0]), keep];
const quote = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
const lines = [header.map(quote).join(',')];
for (const r of rows) lines.push(header.map((h) => quote(h === keep ? r[opts.text] : h === opts.text ? convert(r[opts.text]) : r[h])).join(','));
writeFileSync(output, lines.join('\n') + '\n');
console.log(`${rows.length} rows → ${output} (${to}; original text in column ${keep})`);
