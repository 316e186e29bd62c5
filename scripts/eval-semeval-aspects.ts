/**
 * Topic-level sentiment on the SemEval-2014 restaurant sentences (aspect categories food, service,
 * price, ambience with their polarity; anecdotes/miscellaneous is not a topic and is skipped), read
 * through a built-in tree — the English counterpart of eval-aspects.ts. For each positive/negative
 * category of a sentence: was a matching topic with an opinion found (coverage), and does its
 * sentiment agree (accuracy, macro-F1 over positive/negative)?
 *
 *   node scripts/run-ts.mjs scripts/eval-semeval-aspects.ts ../shared/data/en/Restaurants_Train_v2.xml [--tree hotel|restaurant] [--split dev|test|all] [--misses CATEGORY|all]
 *
 * --misses prints, for the categories named (or all), each labelled one not covered or read with the wrong
 * sign: the gold polarity, the topics that matched with their scores, all topics found, and the sentence
 * (for diagnosis, as eval-aspects.ts --misses).
 *
 * The last line printed is one JSON object with n, accuracy and macroF1 (plus coverage).
 */
import { readFileSync } from 'node:fs';
import { getEngine, type TopicResult } from '../nodes/engine/text';
import { AspectTally, parseArgs, splitOf, usage } from './eval-common';

const { file, opts } = parseArgs(process.argv.slice(2));
if (!file) usage('usage: eval-semeval-aspects Restaurants_Train_v2.xml [--tree hotel|restaurant] [--split dev|test|all] [--misses CATEGORY|all]');
const treeName = opts.tree ?? 'hotel';
const split = opts.split ?? 'all';

type Pred = (t: TopicResult) => boolean;
const has = (s: string) => (t: TopicResult) => t.id.includes(s);
const under = (...ids: string[]) => (t: TopicResult) => ids.some((id) => t.id === id || t.id.startsWith(`${id}.`));
const any = (...ps: Pred[]) => (t: TopicResult) => ps.some((p) => p(t));
const MAPS: Record<string, Record<string, Pred>> = {
	hotel: {
		food: any(under('fb'), has('.taste')),
		service: any(under('service'), has('.attitude'), has('waiters'), has('.staff')),
		price: any(under('value'), has('.price')),
		ambience: any(has('ambience'), has('design'), has('noise'), has('decor')),
	},
	restaurant: {
		food: any(under('food'), under('drinks')),
		service: any(under('service'), has('.attitude'), has('.speed')),
		price: any(under('price'), has('.price')),
		ambience: under('env'),
	},
};
const MAP = MAPS[treeName];
if (!MAP) usage(`no SemEval mapping for tree "${treeName}" (${Object.keys(MAPS).join(', ')})`);

const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const sentences = [...readFileSync(file, 'utf8').matchAll(/<sentence\b[^>]*>\s*<text>([\s\S]*?)<\/text>([\s\S]*?)<\/sentence>/g)].map((m) => ({
	text: unescape(m[1]),
	categories: [...m[2].matchAll(/<aspectCategory category="([^"]*)" polarity="(\w+)"/g)].map((c) => ({ category: c[1], polarity: c[2] })),
}));

const misses = opts.misses;
const engine = getEngine({ tree: treeName });
const tally = new AspectTally();
for (const s of sentences) {
	if (split !== 'all' && splitOf(s.text) !== split) continue;
	const wanted = s.categories.filter((c) => MAP[c.category] && (c.polarity === 'positive' || c.polarity === 'negative'));
	if (!wanted.length) continue;
	const a = engine.analyze(s.text);
	for (const { category, polarity } of wanted) {
		const found = a.topics.filter(MAP[category]);
		tally.add(category, polarity === 'positive', found);
		if (misses && (misses === 'all' || misses.split(',').includes(category))) {
			const score = found.reduce((x, t) => x + t.score, 0);
			if (score === 0 || score > 0 !== (polarity === 'positive')) {
				const all = a.topics.map((t) => `${t.id}:${t.score}`).join(' ');
				console.log(`MISS ${category} gold ${polarity} found ${found.map((t) => `${t.id}:${t.score}`).join(' ') || '-'} | all ${all || '-'}\n  ${s.text}`);
			}
		}
	}
}
tally.report(10, { split, tree: treeName });
