/**
 * A deterministic, realistic sample: four hotels, eight weeks, surveys and reviews, an indicator tree
 * three levels deep, departments with SLA deadlines, Chinese and English comments — and hostile text
 * (HTML and script) in every user-controlled field to prove the report escapes it.
 */
import { mulberry32 } from '../../../nodes/engine/metrics/stats';

export const HOSTILE = `<img src=x onerror="alert('x')"></script><script>alert(1)</script>`;


const TREE_BASE: Array<{ path: string[]; bias: number; owner: string }> = [
	{ path: ['客房 Room', '清洁 Cleanliness', '卫生间 Bathroom'], bias: -0.5, owner: 'Housekeeping' },
	{ path: ['客房 Room', '清洁 Cleanliness', '床品 Bed linen'], bias: -0.2, owner: 'Housekeeping' },
	{ path: ['客房 Room', '噪音 Noise'], bias: -0.6, owner: 'Engineering' },
	{ path: ['客房 Room', '设施 Facilities', '空调 Air conditioning'], bias: -0.4, owner: 'Engineering' },
	{ path: ['服务 Service', '前台 Front desk', '入住 Check-in'], bias: 0.1, owner: 'Front Office' },
	{ path: ['服务 Service', '前台 Front desk', '退房 Check-out'], bias: -0.3, owner: 'Front Office' },
	{ path: ['服务 Service', '员工态度 Staff attitude'], bias: 0.6, owner: 'Front Office' },
	{ path: ['餐饮 F&B', '早餐 Breakfast', '品种 Variety'], bias: -0.1, owner: 'F&B' },
	{ path: ['餐饮 F&B', '餐厅 Restaurant'], bias: 0.3, owner: 'F&B' },
	{ path: ['位置 Location', '交通 Transport'], bias: 0.5, owner: 'Sales' },
];

function tree(hostile: boolean) {
	return [...TREE_BASE, { path: [hostile ? `价格 ${HOSTILE}` : '价格 Price'], bias: -0.2, owner: 'Sales' }];
}

function comments(hostile: boolean) {
	return {
		negative: [
			'卫生间有头发，毛巾也不干净，请联系我 13800138000。',
			'The air conditioning was loud all night and nobody came to fix it. Email me at guest@example.com',
			'退房排队二十分钟，体验很差。',
			hostile ? `Room smelled of smoke ${HOSTILE}` : 'Room smelled of smoke and the window would not open.',
		],
		positive: ['前台小姐姐非常热情，早餐也很丰富！', 'Great location, friendly staff, would stay again.', '房间干净整洁，交通方便。'],
		neutral: ['一般般，没什么特别的。', 'It was fine for one night.'],
	};
}

type Moods = Record<'negative' | 'positive' | 'neutral', string[]>;
const ROOM_OK = ['房间干净整洁，床很舒服。', 'Spotless room and a very comfortable bed.'];
const MEH = ['一般般，没什么特别的。', 'It was fine for one night.'];
/** Clean mode: comments that fit the record's first topic (most specific first), zh and en. */
const CLEAN_COMMENTS: Record<string, Moods> = {
	'卫生间 Bathroom': { negative: ['卫生间有头发，毛巾也不干净，请联系我 13800138000。', 'Hair in the shower and the towels were stained.', '浴室下水很慢，地上一直有积水。'], positive: ['卫生间很干净，洗浴用品也不错。', ...ROOM_OK], neutral: MEH },
	'床品 Bed linen': { negative: ['床单上有污渍，要求更换等了一个小时。', 'The sheets were not changed between guests.'], positive: ROOM_OK, neutral: MEH },
	'噪音 Noise': { negative: ['隔音太差，隔壁说话听得一清二楚。', 'Construction noise from 7 am, nobody warned us.', 'The room was noisy all night, thin walls.'], positive: ['房间很安静，睡得很好。', 'Very quiet room, slept well.'], neutral: MEH },
	'空调 Air conditioning': { negative: ['The air conditioning was loud all night and nobody came to fix it. Email me at guest@example.com', '空调不制冷，报修后没人来。'], positive: ['空调很安静，温度刚好。'], neutral: MEH },
	'入住 Check-in': { negative: ['入住等了四十分钟，房间还没打扫好。', 'Check-in took 40 minutes and the room was not ready.'], positive: ['入住很快，前台还给我们升级了房间。', 'Quick check-in and a free upgrade, thank you!'], neutral: MEH },
	'退房 Check-out': { negative: ['退房排队二十分钟，体验很差。', 'Check-out queue of twenty minutes, and the bill was wrong.'], positive: ['退房很快，发票也提前准备好了。'], neutral: MEH },
	'员工态度 Staff attitude': { negative: ['前台态度冷淡，问问题也不耐烦。'], positive: ['前台小姐姐非常热情，记得我们的名字！', 'Friendly staff, always with a smile.'], neutral: MEH },
	'品种 Variety': { negative: ['早餐种类太少，连续三天都一样。', 'Breakfast had very little choice.'], positive: ['早餐很丰富，中西式都有。', 'Great breakfast buffet.'], neutral: MEH },
	'餐厅 Restaurant': { negative: ['餐厅上菜太慢，等了一个小时。'], positive: ['餐厅的粤菜很地道，推荐！', 'Excellent dinner at the hotel restaurant.'], neutral: MEH },
	'交通 Transport': { negative: ['离地铁站有点远，打车也不方便。'], positive: ['交通方便，出门就是地铁站。', 'Great location, five minutes from the metro.'], neutral: MEH },
	'价格 Price': { negative: ['这个价格不值，设施太旧了。', 'Overpriced for what you get.'], positive: ['性价比很高。', 'Good value for money.'], neutral: MEH },
};

/**
 * `clean: true` gives the same data without the hostile strings, for the docs pictures and the e2e
 * dashboard; the XSS strings stay in the default sample that the tests use.
 */
export function sampleFeedback(count = 2400, seed = 42, opts: { clean?: boolean } = {}): Array<Record<string, any>> {
	const hostile = !opts.clean;
	const TREE = tree(hostile);
	const COMMENTS = comments(hostile);
	const rand = mulberry32(seed);
	const hotels = [
		{ id: 'SH01', name: '上海外滩店' },
		{ id: 'BJ02', name: 'Beijing Airport' },
		{ id: 'GZ03', name: hostile ? `广州塔店 ${HOSTILE}` : '广州塔店' },
		{ id: 'CD04', name: '成都春熙路店' },
	];
	const start = Date.parse('2026-09-28T00:00:00+08:00'); // Monday of 2026-W40
	const out: Array<Record<string, any>> = [];
	for (let i = 0; i < count; i++) {
		const hotel = hotels[i % hotels.length];
		const week = Math.floor(rand() * 8);
		const at = start + week * 7 * 86400000 + Math.floor(rand() * 7 * 86400000);
		// Week 6 has a housekeeping problem at SH01: more bathroom complaints, lower scores.
		const incident = week === 6 && hotel.id === 'SH01';
		const topics = [];
		let mood = (rand() - 0.35) * 1.2 + (hotel.id === 'CD04' ? 0.2 : 0);
		const k = 1 + Math.floor(rand() * 2);
		for (let j = 0; j < k; j++) {
			const t = incident && j === 0 ? TREE[0] : TREE[Math.floor(rand() * TREE.length)];
			const s = t.bias + (rand() - 0.5) * 1.4 + (incident && j === 0 ? -1 : 0);
			mood += s * 0.6;
			topics.push({ id: t.path.join('/'), path: t.path, sentiment: s > 0.25 ? 'positive' : s < -0.25 ? 'negative' : 'neutral', owner: t.owner });
		}
		const label = mood > 0.3 ? 'positive' : mood < -0.3 ? 'negative' : 'neutral';
		const nps = Math.max(0, Math.min(10, Math.round(7.5 + mood * 3 + (rand() - 0.5) * 2)));
		const review = i % 3 === 0;
		const list = hostile ? COMMENTS[label] : (CLEAN_COMMENTS[topics[0].path[topics[0].path.length - 1]] ?? CLEAN_COMMENTS[topics[0].path[0]])[label];
		const text = rand() < 0.8 ? list[Math.floor(rand() * list.length)] : '';
		const complaint = label === 'negative' && rand() < 0.5;
		const owner = topics[0].owner;
		const due = at + 24 * 3600000;
		const resolved = complaint ? (rand() < 0.8 ? at + Math.floor(rand() * 36 * 3600000) : undefined) : undefined;
		const iso = new Date(at).toISOString();
		const site = ['booking', 'google', 'ctrip'][i % 3 === 0 ? Math.floor(rand() * 3) : 0];
		out.push({
			id: `${review ? site : 'typeform'}:${i}`,
			source: review ? site : 'typeform',
			sourceId: String(i),
			channel: review ? 'review' : 'survey',
			touchpoint: review ? 'post-stay' : rand() < 0.5 ? 'in-stay' : 'check-out',
			occurredAt: iso,
			receivedAt: iso,
			location: hotel,
			customer: { segment: rand() < 0.6 ? 'business' : 'leisure' },
			scores: review ? { rating: { value: Math.max(1, Math.min(5, Math.round(nps / 2))), scale: 5 } } : { nps, csat: Math.max(1, Math.min(5, Math.round(nps / 2))) },
			text,
			answers: [],
			meta: review ? { reply: { state: rand() < 0.7 ? 'replied' : 'none' } } : {},
			analysis: {
				sentiment: { label, score: Math.max(-1, Math.min(1, mood)) },
				topics: topics.map(({ owner: _o, ...t }) => t),
				intents: complaint ? ['complaint'] : label === 'positive' ? ['praise'] : [],
			},
			...(complaint
				? { routing: { owner: { department: owner }, priority: 'high', dueAt: new Date(due).toISOString(), ...(resolved ? { resolvedAt: new Date(resolved).toISOString() } : {}) } }
				: {}),
		});
	}
	return out;
}

export const SAMPLE_OPTIONS = {
	timeZone: 'Asia/Shanghai',
	period: 'week' as const,
	dimensions: [{ field: 'location' }, { field: 'department' }, { field: 'topic', level: 1 }],
	drivers: { outcome: 'nps' as const, level: 2, minMentions: 10 },
	asOf: '2026-11-23T00:00:00+08:00',
};

/** A CX Metrics step for report tests: weekly, Shanghai time, by property and department, as of 2026-11-23. */
export const metricsStep = {
	type: 'cxMetrics',
	name: 'Metrics',
	parameters: {
		operation: 'summarize',
		period: 'week',
		timeZone: 'Asia/Shanghai',
		breakdowns: { dimension: [{ field: 'location' }, { field: 'department' }] },
		options: { driverLevel: 2, asOf: '2026-11-23T00:00:00+08:00' },
	},
};
