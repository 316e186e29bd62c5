/**
 * Converts SemEval restaurant XML (2014 aspectCategories or 2016 Opinions) into a CSV the eval
 * commands read: `text,label` with one sentence-level label — positive / negative / neutral when all
 * the sentence's opinions agree (sentences with conflicting or no opinions are left out).
 *
 *   node scripts/run-ts.mjs scripts/eval-semeval.ts ../shared/data/en/Restaurants_Train_v2.xml /tmp/semeval14.csv
 *   npm run eval:sentiment -- /tmp/semeval14.csv --text text --label label --positive positive
 */
import { readFileSync, writeFileSync } from 'node:fs';

const [input, output] = process.argv.slice(2);
if (!input || !output) {
	console.error('usage: eval-semeval IN.xml OUT.csv');
	process.exit(2);
}
const xml = readFileSync(input, 'utf8');
const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const rows: string[] = ['text,label'];
const counts: Record<string, number> = {};
for (const m of xml.matchAll(/<sentence\b[\s\S]*?<\/sentence>/g)) {
	const block = m[0];
	const text = block.match(/<text>([\s\S]*?)<\/text>/)?.[1];
	if (!text) continue;
	const pols = [...block.matchAll(/<(?:aspectCategory|Opinion)\b[^>]*polarity="(\w+)"/g)].map((x) => x[1]);
	const uniq = [...new Set(pols)];
	if (uniq.length !== 1 || uniq[0] === 'conflict') continue;
	counts[uniq[0]] = (counts[uniq[0]] ?? 0) + 1;
	rows.push(`"${unescape(text).replace(/"/g, '""')}",${uniq[0]}`);
}
writeFileSync(output, rows.join('\n') + '\n');
console.log(JSON.stringify({ output, sentences: rows.length - 1, ...counts }));
