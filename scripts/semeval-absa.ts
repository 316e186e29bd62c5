/**
 * Reading the SemEval restaurant files for topic sentiment (eval-semeval-aspects.ts): the 2014 format
 * (<aspectCategory category="food" polarity=…>) and the 2016 one (<Opinion category="FOOD#QUALITY" polarity=…>).
 * Both come out as the 2014 categories food, service, price, ambience, so one tree mapping serves both sets.
 */

/** The 2014 categories a tree is measured on (anecdotes/miscellaneous is not a topic). */
export type AspectCategory = 'food' | 'service' | 'price' | 'ambience';

/**
 * SemEval-2016 ENTITY#ATTRIBUTE → 2014 category. Prices of anything are price (2014 files FOOD#PRICES
 * "cheap sushi" under price too); drinks are food as in 2014 ("food" there covers the menu); the restaurant
 * as a whole, its miscellany and its location have no 2014 counterpart (anecdotes/miscellaneous) and are skipped.
 */
export function categoryOf2016(entityAttribute: string): AspectCategory | undefined {
	const [entity, attribute] = entityAttribute.toUpperCase().split('#');
	if (attribute === 'PRICES') return 'price';
	if (entity === 'FOOD' || entity === 'DRINKS') return 'food';
	if (entity === 'SERVICE') return 'service';
	if (entity === 'AMBIENCE') return 'ambience';
	return undefined;
}

export interface LabelledSentence {
	text: string;
	categories: Array<{ category: string; polarity: string }>;
}

const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/**
 * The sentences of a SemEval-2014 or -2016 restaurant file with their categories. 2016 opinions are
 * per target, so one sentence may hold several of one category ("the sushi was great, the rolls bland"):
 * they become one category, its polarity if all agree, else "conflict" (as 2014 labels such a category).
 */
export function parseSemEval(xml: string): LabelledSentence[] {
	return [...xml.matchAll(/<sentence\b[^>]*>\s*<text>([\s\S]*?)<\/text>([\s\S]*?)<\/sentence>/g)].map((m) => {
		const body = m[2];
		const categories = [...body.matchAll(/<aspectCategory category="([^"]*)" polarity="(\w+)"/g)].map((c) => ({ category: c[1], polarity: c[2] }));
		const merged = new Map<string, string>();
		for (const o of body.matchAll(/<Opinion\b[^>]*?category="([^"]*)"[^>]*?polarity="(\w+)"/g)) {
			const category = categoryOf2016(o[1]);
			if (!category) continue;
			const before = merged.get(category);
			merged.set(category, before === undefined || before === o[2] ? o[2] : 'conflict');
		}
		for (const [category, polarity] of merged) categories.push({ category, polarity });
		return { text: unescape(m[1]), categories };
	});
}
