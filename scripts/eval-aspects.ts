/**
 * Topic-level sentiment on the ASAP restaurant samples (Meituan-Dianping/asap, 18 aspect columns:
 * 1 positive, 0 neutral, -1 negative, -2 not mentioned), read through a built-in tree: the hotel tree
 * (its F&B, service, price, location and environment branches; the default) or, with --tree
 * restaurant, the restaurant & food-delivery tree. For each labelled positive/negative aspect: was a
 * matching topic found (coverage), and does its sentiment agree (accuracy, macro-F1 over
 * positive/negative)?
 *
 *   node scripts/run-ts.mjs scripts/eval-aspects.ts ../shared/data/zh/asap/test_sample.csv [--tree restaurant] [--misses ASPECT|all]
 *
 * --misses prints, for the aspects named (or all), each labelled aspect not covered or read with the
 * wrong sign: the gold label, the topics that matched with their scores, and the text (for diagnosis).
 *
 * --per-aspect prints a table per aspect: labelled (positive/negative gold), covered, right, macro-F1 over
 * the covered ones, and "spurious": reviews whose gold says not mentioned (-2) where a topic of the aspect
 * still carried an opinion (these do not enter the score; they show where a topic is read too widely).
 *
 * The last line printed is one JSON object with n, accuracy and macroF1 (plus coverage).
 */
import { getEngine, type TopicResult } from '../nodes/engine/text';
import { AspectTally, binaryMetrics, parseArgs, readCsv, usage } from './eval-common';

const { file, opts } = parseArgs(process.argv.slice(2));
if (!file) usage('usage: eval-aspects FILE.csv [--tree hotel|restaurant]');
const treeName = opts.tree ?? 'hotel';

type Pred = (t: TopicResult) => boolean;
const has = (s: string) => (t: TopicResult) => t.id.includes(s);
const any = (...ps: Pred[]) => (t: TopicResult) => ps.some((p) => p(t));
const under = (...ids: string[]) => (t: TopicResult) => ids.some((id) => t.id === id || t.id.startsWith(`${id}.`));
const HOTEL_MAP: Record<string, Pred> = {
	location_traffic: any(has('location.transport'), (t) => t.id === 'location'),
	location_distance_from_business_district: any(has('location.surroundings'), (t) => t.id === 'location'),
	location_easy_to_find: any(has('findability'), has('location.access'), (t) => t.id === 'location'),
	service_wait_time: any(has('.speed'), has('fb.breakfast.crowd'), has('service.quality.responsiveness')),
	service_waiters_attitude: any(has('attitude'), has('service.quality.staff'), has('fb.restaurant.waiters'), has('service.attitude')),
	service_parking_convenience: has('facilities.parking'),
	service_serving_speed: any(has('.speed'), has('fb.inroom.delivery'), has('service.quality.responsiveness')),
	price_level: any(has('.price'), (t) => t.id.startsWith('value')),
	price_cost_effective: any(has('vfm'), has('.price'), (t) => t.id.startsWith('value')),
	price_discount: any(has('.price'), has('member'), (t) => t.id.startsWith('value')),
	environment_decoration: any(has('design'), has('decor'), has('fb.restaurant.ambience'), has('overall.ambience')),
	environment_noise: has('noise'),
	environment_space: any(has('.size'), has('crowd')),
	environment_cleaness: any(has('clean'), has('hygiene')),
	dish_portion: has('portion'),
	dish_taste: any(has('.taste'), has('fb.restaurant.dishes'), (t) => t.id === 'fb'),
	dish_look: any(has('fb.restaurant.dishes'), (t) => t.id === 'fb'),
	dish_recommendation: any(has('fb.restaurant.dishes'), (t) => t.id === 'fb'),
};
/** ASAP's 18 aspects on the restaurant tree: the branch built for each, plus the attribute leaves that say the same anywhere. */
const RESTAURANT_MAP: Record<string, Pred> = {
	location_traffic: any(under('location.transport'), (t) => t.id === 'location'),
	location_distance_from_business_district: any(under('location.area'), (t) => t.id === 'location'),
	location_easy_to_find: any(under('location.finding'), has('.findability'), (t) => t.id === 'location'),
	service_wait_time: any(under('service.queue'), under('service.speed'), has('.speed')),
	service_waiters_attitude: any(under('service.staff'), under('service.attitude'), has('.attitude'), (t) => t.id === 'service'),
	service_parking_convenience: under('location.parking'),
	service_serving_speed: any(under('service.speed'), under('delivery.time'), has('.speed')),
	price_level: any(under('price.level'), has('.price'), (t) => t.id === 'price'),
	price_cost_effective: any(under('price.vfm'), has('.price'), (t) => t.id === 'price'),
	price_discount: any(under('price.promo'), under('price.member'), has('.price')),
	environment_decoration: any(under('env.decor'), has('.design'), (t) => t.id === 'env'),
	environment_noise: any(under('env.noise'), has('.noise')),
	environment_space: any(under('env.space'), has('.size')),
	environment_cleaness: any(under('env.hygiene'), under('env.toilet'), has('.clean'), has('.hygiene')),
	dish_portion: has('.portion'),
	dish_taste: any(under('food'), under('drinks')),
	dish_look: any(has('.look'), under('food.overall.dishes'), (t) => t.id === 'food'),
	dish_recommendation: any(under('food.overall.signature'), under('overall.recommend'), under('food.overall.dishes'), (t) => t.id === 'food'),
};
const MAPS: Record<string, Record<string, Pred>> = { hotel: HOTEL_MAP, restaurant: RESTAURANT_MAP };
const MAP = MAPS[treeName];
if (!MAP) usage(`no ASAP mapping for tree "${treeName}" (${Object.keys(MAPS).join(', ')})`);

const misses = opts.misses;
const rows = readCsv(file);
const engine = getEngine({ tree: treeName });
const tally = new AspectTally();
const perAspect = opts['per-aspect'] !== undefined;
const table: Record<string, { n: number; covered: number; right: number; spurious: number; gold: boolean[]; pred: boolean[] }> = {};
for (const r of rows) {
	const a = engine.analyze(r.reviewbody);
	for (const [col, p] of Object.entries(MAP)) {
		const g = r[col];
		const found = a.topics.filter(p);
		const sum = found.reduce((x, t) => x + t.score, 0);
		const row = (table[col] ??= { n: 0, covered: 0, right: 0, spurious: 0, gold: [], pred: [] });
		if (g === '-2' && sum !== 0) row.spurious++;
		if (g !== '1' && g !== '-1') continue;
		row.n++;
		if (sum !== 0) {
			row.covered++;
			row.gold.push(g === '1');
			row.pred.push(sum > 0);
			if (sum > 0 === (g === '1')) row.right++;
		}
		tally.add(col, g === '1', found);
		if (misses && (misses === 'all' || misses.split(',').includes(col))) {
			const score = found.reduce((x, t) => x + t.score, 0);
			if (score === 0 || score > 0 !== (g === '1')) {
				console.log(`MISS ${col} gold ${g} found ${found.map((t) => `${t.id}:${t.score}`).join(' ') || '-'}\n  ${r.reviewbody.replace(/\s+/g, ' ')}`);
			}
		}
	}
}
if (perAspect) {
	console.log(`${'aspect'.padEnd(42)}    n  cov  right  macroF1  spurious(-2)`);
	for (const col of Object.keys(MAP)) {
		const t = table[col];
		if (!t) continue;
		const f = binaryMetrics(t.gold, t.pred).macroF1.toFixed(4);
		console.log(`${col.padEnd(42)} ${String(t.n).padStart(4)} ${String(t.covered).padStart(4)} ${String(t.right).padStart(6)}  ${f}  ${String(t.spurious).padStart(4)}`);
	}
}
tally.report(42, { file: file.split('/').slice(-3).join('/'), tree: treeName });
