/**
 * Topic-level sentiment on the ASAP restaurant samples (Meituan-Dianping/asap, 18 aspect columns:
 * 1 positive, 0 neutral, -1 negative, -2 not mentioned), read through the built-in hotel tree (its
 * F&B, service, price, location and environment branches). For each labelled positive/negative
 * aspect: was a matching topic found (coverage), and does its sentiment agree (accuracy, macro-F1
 * over positive/negative)?
 *
 *   node scripts/run-ts.mjs scripts/eval-aspects.ts ../shared/data/zh/asap/test_sample.csv
 *
 * The last line printed is one JSON object with n, accuracy and macroF1 (plus coverage).
 */
import { getEngine, type TopicResult } from '../nodes/engine/text';
import { binaryMetrics, readCsv, usage } from './eval-common';

const file = process.argv[2];
if (!file) usage('usage: eval-aspects FILE.csv');

type Pred = (t: TopicResult) => boolean;
const has = (s: string) => (t: TopicResult) => t.id.includes(s);
const any = (...ps: Pred[]) => (t: TopicResult) => ps.some((p) => p(t));
const MAP: Record<string, Pred> = {
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

const rows = readCsv(file);
const engine = getEngine();
const gold: boolean[] = [];
const pred: boolean[] = [];
let labelled = 0;
const perAspect: Record<string, { labelled: number; found: number; agree: number }> = {};
for (const r of rows) {
	const a = engine.analyze(r.reviewbody);
	for (const [col, p] of Object.entries(MAP)) {
		const g = r[col];
		if (g !== '1' && g !== '-1') continue;
		labelled++;
		const st = (perAspect[col] ??= { labelled: 0, found: 0, agree: 0 });
		st.labelled++;
		const topics = a.topics.filter(p);
		if (!topics.length) continue;
		const score = topics.reduce((x, t) => x + t.score, 0);
		if (score === 0) continue; // found but no opinion attached: counts as not covered
		st.found++;
		gold.push(g === '1');
		pred.push(score > 0);
		if ((score > 0) === (g === '1')) st.agree++;
	}
}
for (const [k, v] of Object.entries(perAspect)) console.log(`${k.padEnd(42)} labelled ${v.labelled} covered ${v.found} agree ${v.agree}`);
const m = binaryMetrics(gold, pred);
console.log(JSON.stringify({ ...m, labelledAspects: labelled, coverage: Math.round((m.n / Math.max(1, labelled)) * 10000) / 10000, file: file.split('/').slice(-3).join('/') }));
