/**
 * Synthetic Feedback records for the metrics benchmark and the metrics plan tests: 40 properties, a
 * year of dates, survey answers (NPS, CSAT) and reviews (1–5 stars), topics of a small indicator
 * tree with sentiment, complaint intents, routing with due dates. Seeded: the same n gives the same
 * records.
 */
import { mulberry32 } from '../nodes/engine/metrics/stats';

export function build(n: number): Array<Record<string, any>> {
	const rand = mulberry32(7);
	const locations = Array.from({ length: 40 }, (_, i) => ({ id: `H${String(i).padStart(3, '0')}`, name: `Hotel ${i}` }));
	const tree = [
		['Room', 'Cleanliness', 'Bathroom'],
		['Room', 'Cleanliness', 'Bed linen'],
		['Room', 'Noise'],
		['Room', 'Facilities', 'Air conditioning'],
		['Service', 'Front desk', 'Check-in'],
		['Service', 'Front desk', 'Check-out'],
		['Service', 'Housekeeping'],
		['Food & beverage', 'Breakfast', 'Variety'],
		['Food & beverage', 'Restaurant'],
		['Location', 'Transport'],
		['Value', 'Price'],
		['Facilities', 'Wi-Fi'],
	];
	const sentiments = ['positive', 'neutral', 'negative'];
	const texts = ['房间很干净，前台服务热情', 'The room was noisy and the air conditioning broke, call me 13800138000', '早餐种类太少了', 'Great stay, friendly staff!', '退房排队太久，体验差'];
	const owners = ['Housekeeping', 'Front Office', 'F&B', 'Engineering'];
	const start = Date.UTC(2025, 0, 1);
	const span = 365 * 86_400_000;
	const out: Array<Record<string, any>> = new Array(n);
	for (let i = 0; i < n; i++) {
		const nps = Math.min(10, Math.floor(rand() * 11.5));
		const s = sentiments[nps >= 9 ? 0 : nps >= 7 ? 1 : 2];
		const topics = [];
		const k = Math.floor(rand() * 3);
		for (let j = 0; j < k; j++) {
			const path = tree[Math.floor(rand() * tree.length)];
			topics.push({ id: path.join('/'), path, sentiment: rand() < 0.5 ? s : sentiments[Math.floor(rand() * 3)] });
		}
		const review = i % 3 === 0;
		out[i] = {
			id: `syn:${i}`,
			source: review ? (i % 2 ? 'booking' : 'google') : 'typeform',
			sourceId: String(i),
			channel: review ? 'review' : 'survey',
			touchpoint: i % 2 ? 'check-out' : 'in-stay',
			occurredAt: new Date(start + Math.floor(rand() * span)).toISOString(),
			receivedAt: '2026-01-01T00:00:00Z',
			location: locations[i % locations.length],
			scores: review ? { rating: { value: 1 + Math.floor(rand() * 5), scale: 5 } } : { nps, csat: 1 + Math.floor(rand() * 5) },
			text: texts[i % texts.length],
			answers: [],
			meta: review ? { reply: { state: i % 5 ? 'replied' : 'none' } } : {},
			analysis: { sentiment: { label: s, score: s === 'negative' ? -0.6 : 0.5 }, topics, intents: s === 'negative' && i % 4 === 0 ? ['complaint'] : [] },
			routing: s === 'negative' ? { owner: owners[i % 4], dueAt: new Date(start + (i % 365) * 86_400_000).toISOString() } : undefined,
		};
	}
	return out;
}

