/** Builders of Feedback records for the metrics and report tests. */
export interface FbOptions {
	id?: string;
	at?: string;
	nps?: number;
	csat?: number;
	ces?: number;
	rating?: { value: number; scale: number };
	location?: { id: string; name?: string };
	channel?: string;
	source?: string;
	text?: string;
	sentiment?: 'positive' | 'neutral' | 'negative';
	topics?: Array<{ path: string[]; sentiment?: string }>;
	intents?: unknown[];
	owner?: unknown;
	dueAt?: string;
	resolvedAt?: string;
	replied?: boolean;
	segment?: string;
}

let seq = 0;
export function fb(o: FbOptions = {}): Record<string, any> {
	const id = o.id ?? `t:${++seq}`;
	const scores: Record<string, any> = {};
	if (o.nps !== undefined) scores.nps = o.nps;
	if (o.csat !== undefined) scores.csat = o.csat;
	if (o.ces !== undefined) scores.ces = o.ces;
	if (o.rating) scores.rating = o.rating;
	const analysis: Record<string, any> = {};
	if (o.sentiment) analysis.sentiment = { label: o.sentiment, score: o.sentiment === 'negative' ? -0.8 : o.sentiment === 'positive' ? 0.8 : 0 };
	if (o.topics) analysis.topics = o.topics.map((t) => ({ id: t.path.join('/'), path: t.path, sentiment: t.sentiment }));
	if (o.intents) analysis.intents = o.intents;
	return {
		id,
		source: o.source ?? 'test',
		sourceId: id,
		channel: o.channel ?? 'survey',
		occurredAt: o.at ?? '2026-11-02T10:00:00+08:00',
		receivedAt: o.at ?? '2026-11-02T10:00:00+08:00',
		...(o.location ? { location: o.location } : {}),
		...(o.segment ? { customer: { segment: o.segment } } : {}),
		scores,
		text: o.text ?? '',
		answers: [],
		meta: o.replied === undefined ? {} : { reply: { state: o.replied ? 'replied' : 'none' } },
		...(Object.keys(analysis).length ? { analysis } : {}),
		...(o.owner || o.dueAt ? { routing: { owner: o.owner, dueAt: o.dueAt, ...(o.resolvedAt ? { resolvedAt: o.resolvedAt } : {}) } } : {}),
	};
}

/** `count` records with NPS answers: p promoters (10), s passives (8), d detractors (3). */
export function npsBatch(promoters: number, passives: number, detractors: number, extra: Partial<FbOptions> = {}) {
	const out: Array<Record<string, any>> = [];
	for (let i = 0; i < promoters; i++) out.push(fb({ ...extra, nps: 10 }));
	for (let i = 0; i < passives; i++) out.push(fb({ ...extra, nps: 8 }));
	for (let i = 0; i < detractors; i++) out.push(fb({ ...extra, nps: 3 }));
	return out;
}
