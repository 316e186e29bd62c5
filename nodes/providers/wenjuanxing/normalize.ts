/**
 * Wenjuanxing (问卷星) data push → Feedback draft. The documented push body
 * (showdoc.com.cn/wjxopenapi 答卷api推送) is flat JSON:
 * `{ activity, name, timetaken, submittime: "2016-08-23 10:01:59", q1: "1", q2: "测试", q3: "1,2",
 *   joinid, totalvalue, sign, sojumpparm? }`.
 * Choice questions carry the chosen option numbers, fill-in questions the text. The push does not say
 * which question is which type, so scores come from the configured question numbers (npsField: "q1")
 * [U whether an NPS question pushes 0–10 or an option index 1–11 — check a sample and set the NPS offset].
 * `submittime` is Beijing time without an offset; it is read as +08:00.
 */
import type { Answer } from '../../engine/feedback/schema';
import type { SurveyFieldMapping } from '../typeform/normalize';
import { contextFrom, toNumber, withOffset } from '../json/surveyCommon';

type Obj = Record<string, any>;

export interface WenjuanxingOptions extends SurveyFieldMapping {
	/** Added to the NPS question's value (e.g. -1 when the platform sends option 1–11 for 0–10). */
	npsOffset?: number;
	/** Question numbers holding free text (q5,q7); by default any non-numeric answer counts as text. */
	textFields?: string[];
}

/** `sojumpparm` is the custom link parameter: either one value or `k=v&k2=v2` pairs. */
function parseJumpParam(v: unknown): Obj {
	if (typeof v !== 'string' || !v.trim()) return {};
	const t = v.trim();
	if (!t.includes('=')) return { sojumpparm: t };
	const out: Obj = {};
	for (const [k, val] of new URLSearchParams(t.replace(/[;|]/g, '&'))) out[k] = val;
	return out;
}

export function wenjuanxingToDraft(payload: unknown, options: WenjuanxingOptions = {}): Obj {
	if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) throw new Error('payload: expected an object');
	const p = payload as Obj;
	const scores: Obj = {};
	const texts: string[] = [];
	const answers: Answer[] = [];
	const qKeys = Object.keys(p)
		.filter((k) => /^q\d+(_\d+)*$/i.test(k))
		.sort((a, b) => Number(a.slice(1).split('_')[0]) - Number(b.slice(1).split('_')[0]));
	for (const k of qKeys) {
		const raw = p[k];
		const str = raw === null || raw === undefined ? '' : String(raw).trim();
		const num = toNumber(str);
		const multi = /^\d+(,\d+)+$/.test(str);
		const value: Answer['value'] = str === '' ? null : multi ? str.split(',') : num ?? str;
		answers.push({ question: k, questionId: k, type: multi ? 'choices' : num !== undefined ? 'number' : 'text', value });
		const is = (n?: string) => !!n && n.toLowerCase() === k.toLowerCase();
		if (is(options.npsField) && num !== undefined) scores.nps = num + (options.npsOffset ?? 0);
		else if (is(options.csatField)) scores.csat = num;
		else if (is(options.cesField)) scores.ces = num;
		else if (is(options.ratingField)) scores.rating = { value: num, scale: 5 };
		const textByConfig = options.textFields?.length ? options.textFields.some((t) => t.toLowerCase() === k.toLowerCase()) : undefined;
		if (str && (textByConfig ?? (num === undefined && !multi && !/^\d+([^\d\s]\d+)*$/.test(str)))) texts.push(str);
	}
	const jump = parseJumpParam(p.sojumpparm);
	const ctx = contextFrom(jump);
	const extra: Record<string, string> = {};
	if (jump.sojumpparm) extra.link = String(jump.sojumpparm);
	return {
		source: 'wenjuanxing',
		sourceId: p.joinid !== undefined && p.joinid !== null && p.joinid !== '' ? String(p.joinid) : p.index !== undefined ? `${p.activity}-${p.index}` : undefined,
		channel: 'survey',
		touchpoint: ctx.touchpoint ?? options.touchpoint,
		occurredAt: withOffset(p.submittime, '+08:00'),
		location: ctx.location,
		customer: Object.keys(ctx.customer).length ? ctx.customer : undefined,
		scores,
		text: texts.join('\n'),
		language: ctx.language ?? 'zh',
		answers,
		meta: {
			url: p.activity ? `https://www.wjx.cn/vm/${encodeURIComponent(String(p.activity))}.aspx` : undefined,
			ids: { ...(p.activity ? { survey: String(p.activity) } : {}), ...ctx.ids, ...extra },
			...(p.name ? { surveyName: String(p.name) } : {}),
			...(toNumber(p.timetaken) !== undefined ? { durationSeconds: toNumber(p.timetaken) } : {}),
			...(toNumber(p.totalvalue) !== undefined ? { totalScore: toNumber(p.totalvalue) } : {}),
		},
	};
}
