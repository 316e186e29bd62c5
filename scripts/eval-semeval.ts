/**
 * Converts SemEval restaurant XML (2014 aspectCategories or 2016 Opinions) into a CSV the eval
 * commands read: `text,label`.
 *
 * --level sentence (default): one row per sentence — positive / negative / neutral when all the
 *   sentence's opinions agree (sentences with conflicting or no opinions are left out).
 * --level review (SemEval-2016 only: its sentences are grouped in <Review> elements): one row per
 *   review, the text of all its sentences joined by spaces, labelled with the majority polarity of
 *   all its opinions (positive / negative / neutral opinions counted one each, "conflict" ignored).
 *   A tie between the top polarities is handled by --ties: `drop` (default: the review is left out)
 *   or `neutral` (labelled neutral, i.e. "the rest" in the binary evaluation). Reviews without
 *   opinions are left out. The counts of each case are printed.
 *
 *   node scripts/run-ts.mjs scripts/eval-semeval.ts ../shared/data/en/Restaurants_Train_v2.xml /tmp/semeval14.csv
 *   node scripts/run-ts.mjs scripts/eval-semeval.ts ../shared/data/en/ABSA16_Restaurants_Train_SB1_v2.xml /tmp/semeval16-reviews.csv --level review
 *   npm run eval:sentiment -- /tmp/semeval14.csv --text text --label label --positive positive
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from './eval-common';

const { opts } = parseArgs(process.argv.slice(2));
const [input, output] = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && !(i > 0 && all[i - 1].startsWith('--') && !all[i - 1].includes('=')));
const level = opts.level ?? 'sentence';
const ties = opts.ties ?? 'drop';
if (!input || !output || !['sentence', 'review'].includes(level) || !['drop', 'neutral'].includes(ties)) {
	console.error('usage: eval-semeval IN.xml OUT.csv [--level sentence|review] [--ties drop|neutral]');
	process.exit(2);
}
const xml = readFileSync(input, 'utf8');
const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const csvField = (s: string) => `"${s.replace(/"/g, '""')}"`;
const polaritiesOf = (block: string) => [...block.matchAll(/<(?:aspectCategory|Opinion)\b[^>]*polarity="(\w+)"/g)].map((x) => x[1]);
const sentenceText = (block: string) => {
	const t = block.match(/<text>([\s\S]*?)<\/text>/)?.[1];
	return t === undefined ? undefined : unescape(t);
};
const rows: string[] = ['text,label'];
const counts: Record<string, number> = {};
const count = (k: string) => (counts[k] = (counts[k] ?? 0) + 1);

if (level === 'sentence') {
	for (const m of xml.matchAll(/<sentence\b[\s\S]*?<\/sentence>/g)) {
		const text = sentenceText(m[0]);
		if (!text) continue;
		const uniq = [...new Set(polaritiesOf(m[0]))];
		if (uniq.length !== 1 || uniq[0] === 'conflict') continue;
		count(uniq[0]);
		rows.push(`${csvField(text)},${uniq[0]}`);
	}
} else {
	const reviews = [...xml.matchAll(/<Review\b[\s\S]*?<\/Review>/g)];
	if (!reviews.length) {
		console.error(`${input} has no <Review> elements (the SemEval-2014 file has sentences only); use --level sentence`);
		process.exit(2);
	}
	for (const r of reviews) {
		const sentences = [...r[0].matchAll(/<sentence\b[\s\S]*?<\/sentence>/g)].map((m) => m[0]);
		const text = sentences
			.map(sentenceText)
			.filter((t): t is string => !!t && t.trim() !== '')
			.join(' ');
		const tally: Record<string, number> = {};
		for (const p of sentences.flatMap(polaritiesOf)) if (p !== 'conflict') tally[p] = (tally[p] ?? 0) + 1;
		const ranked = Object.entries(tally).sort((a, b) => b[1] - a[1]);
		if (!text || !ranked.length) {
			count('noOpinion');
			continue;
		}
		let label = ranked[0][0];
		if (ranked.length > 1 && ranked[1][1] === ranked[0][1]) {
			count('tie');
			if (ties === 'drop') continue;
			label = 'neutral';
		}
		count(label);
		rows.push(`${csvField(text)},${label}`);
	}
}
writeFileSync(output, rows.join('\n') + '\n');
console.log(JSON.stringify({ output, level, ...(level === 'review' ? { ties } : {}), rows: rows.length - 1, ...counts }));
