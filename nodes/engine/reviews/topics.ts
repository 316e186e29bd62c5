/**
 * The review topics reply drafting speaks about, with how to recognise them in CX Analyze's
 * indicator-tree topics (by id or path words) or, when no analysis ran, in the review text itself,
 * and the words a reply uses for them in English and Chinese.
 */
export type TopicKey =
	| 'cleanliness'
	| 'room'
	| 'bathroom'
	| 'service'
	| 'checkin'
	| 'breakfast'
	| 'location'
	| 'noise'
	| 'value'
	| 'wifi'
	| 'facilities';

export interface TopicWords {
	/** Noun phrase used in a sentence ("the cleanliness of your room"). */
	en: string;
	zh: string;
	/** The team that owns it, for "I will share your comments with …". */
	deptEn: string;
	deptZh: string;
}

export const TOPICS: Record<TopicKey, TopicWords & { match: RegExp }> = {
	cleanliness: { en: 'the cleanliness of your room', zh: '房间卫生', deptEn: 'housekeeping', deptZh: '客房部', match: /clean|dirt|dust|stain|hair|hygien|smell|odou?r|卫生|干净|整洁|脏|灰尘|污渍|头发|异味|霉/i },
	room: { en: 'your room', zh: '房间', deptEn: 'rooms', deptZh: '客房部', match: /\broom\b|bed|pillow|mattress|sheet|view|房间|客房|床|枕头|床垫|床单|景观|房型/i },
	bathroom: { en: 'the bathroom', zh: '卫生间', deptEn: 'engineering', deptZh: '工程部', match: /bathroom|shower|toilet|hot water|towel|卫生间|浴室|淋浴|马桶|热水|毛巾/i },
	service: { en: 'the service of our team', zh: '员工服务', deptEn: 'front office', deptZh: '前厅部', match: /staff|service|reception|friendly|helpful|rude|concierge|employee|服务|前台|员工|态度|热情|礼貌|管家/i },
	checkin: { en: 'the check-in process', zh: '入住退房手续', deptEn: 'front office', deptZh: '前厅部', match: /check[- ]?in|check[- ]?out|queue|waiting|办理入住|入住手续|退房|排队|等待/i },
	breakfast: { en: 'our breakfast', zh: '早餐餐饮', deptEn: 'food and beverage', deptZh: '餐饮部', match: /breakfast|buffet|restaurant|food|dinner|coffee|早餐|自助餐|餐厅|食物|菜品|饭菜|咖啡/i },
	location: { en: 'our location', zh: '酒店位置', deptEn: 'guest relations', deptZh: '宾客关系部', match: /location|located|metro|subway|station|walk|transport|位置|地段|交通|地铁|车站|步行/i },
	noise: { en: 'the noise level', zh: '隔音效果', deptEn: 'rooms', deptZh: '客房部', match: /nois|loud|quiet|soundproof|thin walls|噪音|吵|安静|隔音/i },
	value: { en: 'the value for money', zh: '性价比', deptEn: 'revenue', deptZh: '收益管理部', match: /price|value|expensive|cheap|overpriced|worth|价格|性价比|贵|便宜|划算|不值/i },
	wifi: { en: 'the Wi-Fi', zh: '网络', deptEn: 'IT', deptZh: 'IT部', match: /wi-?fi|internet|connection|网络|网速|无线|信号/i },
	facilities: { en: 'our facilities', zh: '酒店设施', deptEn: 'engineering', deptZh: '工程部', match: /pool|gym|fitness|spa|elevator|lift|parking|air[- ]?con|temperature|heating|facilit|设施|泳池|健身|电梯|停车|空调|温度|暖气|设备/i },
};

export const TOPIC_KEYS = Object.keys(TOPICS) as TopicKey[];

const POSITIVE = /great|excellent|amazing|wonderful|friendly|helpful|clean|comfortable|lovely|perfect|good|nice|enjoy|recommend|好|棒|不错|满意|干净|舒适|热情|推荐|赞|喜欢|方便|贴心/i;
const NEGATIVE = /bad|poor|terrible|awful|dirty|rude|noisy|loud|broken|slow|cold|crowded|overcrowded|waited|disappoint|worst|smell|not clean|never again|拥挤|排队|差|脏|吵|失望|糟糕|破旧|慢|冷淡|不干净|不好|投诉|难闻|坏了|不满/i;

export type Polarity = 'positive' | 'negative' | 'neutral';

function polarity(sentence: string): Polarity {
	// Negation flips the crude lexicon ("not clean", "不干净" are listed as negative already).
	const neg = NEGATIVE.test(sentence);
	const pos = POSITIVE.test(sentence);
	if (neg && !/not (bad|poor|terrible)|不差|没有问题/i.test(sentence)) return 'negative';
	if (pos) return 'positive';
	return 'neutral';
}

export interface TopicHit {
	key: TopicKey;
	sentiment: Polarity;
}

/** Topics named in the review text, with the polarity of the sentence they appear in. */
export function topicsFromText(text: string): TopicHit[] {
	const hits = new Map<TopicKey, TopicHit>();
	for (const sentence of text.split(/(?<=[.!?。！？；;\n])\s*/)) {
		if (!sentence.trim()) continue;
		const p = polarity(sentence);
		for (const key of TOPIC_KEYS) {
			if (!TOPICS[key].match.test(sentence)) continue;
			const have = hits.get(key);
			// A negative mention wins over a positive one: the reply must not skip a complaint.
			if (!have || (have.sentiment !== 'negative' && p === 'negative') || (have.sentiment === 'neutral' && p === 'positive')) {
				hits.set(key, { key, sentiment: p });
			}
		}
	}
	// "room" is generic; drop it when a more specific room topic is present with the same polarity.
	const room = hits.get('room');
	if (room && ['cleanliness', 'bathroom', 'noise'].some((k) => hits.get(k as TopicKey)?.sentiment === room.sentiment)) hits.delete('room');
	return [...hits.values()];
}

/**
 * CX Analyze's hotel indicator tree (nodes/engine/text/trees/hotel.json) by id prefix → reply topic.
 * The longest matching prefix wins; the leaf's own words are tried first (rooms.tech.wifi → wifi).
 */
const TREE_PREFIXES: Array<[string, TopicKey]> = [
	['rooms.space.room.clean', 'cleanliness'],
	['rooms.space.room.odor', 'cleanliness'],
	['rooms.space.room.noise', 'noise'],
	['rooms.housekeeping', 'cleanliness'],
	['rooms.noise', 'noise'],
	['rooms.bath', 'bathroom'],
	['rooms.climate', 'facilities'],
	['rooms.tech', 'facilities'],
	['rooms', 'room'],
	['clean', 'cleanliness'],
	['front.checkin', 'checkin'],
	['front.checkout', 'checkin'],
	['front', 'service'],
	['service', 'service'],
	['fb', 'breakfast'],
	['facilities', 'facilities'],
	['location', 'location'],
	['value', 'value'],
];

function topicKeyOf(t: { id?: string; path?: string[] }): TopicKey | undefined {
	const id = String(t.id ?? '');
	const leaf = [id.split('.').pop() ?? '', (t.path ?? []).slice(-1)[0] ?? ''].join(' ');
	// Only the specific topics are read from the leaf's words; "room" is too generic for that.
	const specific = TOPIC_KEYS.filter((k) => k !== 'room').find((k) => TOPICS[k].match.test(leaf));
	if (specific) return specific;
	const prefix = TREE_PREFIXES.filter(([p]) => id === p || id.startsWith(`${p}.`)).sort((a, b) => b[0].length - a[0].length)[0];
	if (prefix) return prefix[1];
	const words = [id, ...(t.path ?? [])].join(' ');
	return TOPIC_KEYS.find((k) => TOPICS[k].match.test(words) || words.toLowerCase().includes(k));
}

/** CX Analyze topics ({id, path[], sentiment}) → our reply topics. */
export function topicsFromAnalysis(topics: Array<{ id?: string; path?: string[]; sentiment?: string }>): TopicHit[] {
	const out = new Map<TopicKey, TopicHit>();
	for (const t of topics ?? []) {
		const key = topicKeyOf(t);
		if (!key) continue;
		const s = String(t.sentiment ?? '').toLowerCase();
		const sentiment: Polarity = s.startsWith('neg') ? 'negative' : s.startsWith('pos') ? 'positive' : 'neutral';
		const have = out.get(key);
		if (!have || sentiment === 'negative') out.set(key, { key, sentiment });
	}
	return [...out.values()];
}
