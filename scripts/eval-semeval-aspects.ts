/**
 * Topic-level sentiment on the SemEval-2014 restaurant sentences (aspect categories food, service,
 * price, ambience with their polarity; anecdotes/miscellaneous is not a topic and is skipped) or the
 * SemEval-2016 ones (ABSA16_Restaurants_Train_SB1_v2.xml: ENTITY#ATTRIBUTE opinions mapped onto the same
 * four categories by semeval-absa.ts; RESTAURANT#… and LOCATION#… skipped), read
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
 * The file's format (2014 or 2016) is recognised from its tags.
 *
 * The last line printed is one JSON object with n, accuracy and macroF1 (plus coverage).
 */
import { readFileSync } from 'node:fs';
import { getEngine, type TopicResult } from '../nodes/engine/text';
import { AspectTally, parseArgs, splitOf, usage } from './eval-common';
import { parseSemEval } from './semeval-absa';

const { file, opts } = parseArgs(process.argv.slice(2));
if (!file) usage('usage: eval-semeval-aspects Restaurants_Train_v2.xml|ABSA16_Restaurants_Train_SB1_v2.xml [--tree hotel|restaurant] [--split dev|test|all] [--misses CATEGORY|all]');
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
		// SemEval files delivery and take-out under service ("Delivery is fast too.", "terrible delivery")
		service: any(under('service'), has('.attitude'), has('.speed'), under('delivery')),
		price: any(under('price'), has('.price')),
		// the place itself by its looks or cleanliness ("the place is beautiful", "the restaurant is clean") is ambience in both guidelines
		ambience: any(under('env'), has('restaurant.looks'), has('restaurant.clean')),
	},
};
const MAP = MAPS[treeName];
if (!MAP) usage(`no SemEval mapping for tree "${treeName}" (${Object.keys(MAPS).join(', ')})`);

const sentences = parseSemEval(readFileSync(file, 'utf8'));

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
