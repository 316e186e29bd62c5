/**
 * Any JSON object (a form post, a spreadsheet row, an export line) → Feedback draft, by the field
 * names people usually use, in English and Chinese. An object that already has the Feedback shape
 * passes through. For anything else, CX Normalize's JSONata mode maps fields explicitly.
 */
import { mapContextFields } from '../typeform/normalize';

type Obj = Record<string, any>;

function pick(o: Obj, names: string[]): unknown {
	for (const n of names) {
		if (o[n] !== undefined && o[n] !== null && o[n] !== '') return o[n];
	}
	const lower = new Map(Object.keys(o).map((k) => [k.toLowerCase().replace(/[\s-]/g, '_'), k]));
	for (const n of names) {
		const k = lower.get(n.toLowerCase());
		if (k !== undefined && o[k] !== undefined && o[k] !== null && o[k] !== '') return o[k];
	}
	return undefined;
}

const ID = ['sourceId', 'id', 'response_id', 'responseId', 'review_id', 'ticket_id', '编号', 'ID'];
const TEXT = ['text', 'comment', 'comments', 'feedback', 'review', 'content', 'message', 'body', 'verbatim', '评价', '评论', '点评内容', '意见', '反馈', '内容'];
const NPS = ['nps', 'nps_score', 'recommend', 'likelihood_to_recommend', '推荐度', '推荐意愿'];
const CSAT = ['csat', 'satisfaction', '满意度'];
const CES = ['ces', 'effort', '费力度'];
const RATING = ['rating', 'stars', 'star_rating', 'score', '评分', '星级', '总评分'];
const RATING_SCALE = ['rating_scale', 'scale', 'max_rating'];
const TIME = ['occurredAt', 'submitted_at', 'created_at', 'createdAt', 'date', 'time', 'timestamp', '时间', '日期', '评价时间', '提交时间'];
const CHANNEL = ['channel', '渠道'];
const SOURCE = ['source', 'platform', '来源', '平台'];
const TEXT_LANG = ['language', 'lang', 'locale'];

export function jsonToDraft(input: unknown, defaults: { source?: string; channel?: string } = {}): Obj {
	if (typeof input !== 'object' || input === null || Array.isArray(input)) {
		throw new Error(`expected a JSON object, got ${Array.isArray(input) ? 'an array' : input === null ? 'null' : typeof input}`);
	}
	const o = input as Obj;
	// Already a Feedback (e.g. re-normalising a stored record): keep it as it is.
	if (typeof o.channel === 'string' && typeof o.scores === 'object' && Array.isArray(o.answers)) return { ...o };

	const ctx = mapContextFields(
		Object.fromEntries(Object.entries(o).filter(([, v]) => typeof v !== 'object' || v === null)),
		false,
	);
	const scale = pick(o, RATING_SCALE);
	const rating = pick(o, RATING);
	const scores: Obj = {
		nps: pick(o, NPS),
		csat: pick(o, CSAT),
		ces: pick(o, CES),
		rating: rating === undefined ? undefined : typeof rating === 'object' ? rating : { value: rating, scale: scale ?? 5 },
	};
	const customer = typeof o.customer === 'object' && o.customer ? o.customer : Object.keys(ctx.customer).length ? ctx.customer : undefined;
	const location = typeof o.location === 'object' && o.location ? o.location : ctx.location;
	const answers = Array.isArray(o.answers)
		? o.answers
		: Object.entries(o)
				.filter(([, v]) => v === null || ['string', 'number', 'boolean'].includes(typeof v))
				.map(([k, v]) => ({ question: k, value: v }));
	return {
		source: pick(o, SOURCE) ?? defaults.source ?? 'json',
		sourceId: pick(o, ID),
		channel: pick(o, CHANNEL) ?? defaults.channel ?? 'survey',
		touchpoint: o.touchpoint ?? ctx.touchpoint,
		occurredAt: pick(o, TIME),
		location,
		customer,
		scores,
		text: pick(o, TEXT) ?? '',
		language: pick(o, TEXT_LANG) ?? ctx.language,
		answers,
		meta: { ...(typeof o.meta === 'object' && o.meta ? o.meta : {}), ...(o.url ? { url: o.url } : {}), ids: ctx.ids },
	};
}
