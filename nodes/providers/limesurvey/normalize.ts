/**
 * LimeSurvey response → Feedback draft. Takes one row of `export_responses` (JSON, heading type
 * `code`): `{ id, submitdate: "2026-11-20 09:12:00", lastpage, startlanguage, seed, token, startdate,
 * datestamp, ipaddr, refurl, <question code>: value, "<code>[<subquestion>]": value }`, optionally
 * with `list_questions` (`[{ qid, parent_qid, title (the code), question (text), type }]`) to read
 * question text and types. Text types: T (long), S (short), U (huge), Q (multiple short);
 * `5` (5-point choice) counts as CSAT when the wording speaks of satisfaction.
 * [S] row keys from RemoteControl users' exports; timestamps are server local time without an
 * offset — set the node's time zone to the LimeSurvey server's.
 */
import type { Answer } from '../../engine/feedback/schema';
import type { SurveyFieldMapping } from '../typeform/normalize';
import { contextFrom, guessScore, isContextKey, languageCode, named, stripHtml, toNumber } from '../json/surveyCommon';

type Obj = Record<string, any>;

const SYSTEM = new Set(['id', 'submitdate', 'lastpage', 'startlanguage', 'seed', 'token', 'startdate', 'datestamp', 'ipaddr', 'refurl', 'interviewtime']);
const TEXT_TYPES = new Set(['T', 'S', 'U', 'Q']);

export function limeSurveyToDraft(row: unknown, questions: Obj[] = [], mapping: SurveyFieldMapping & { surveyId?: string } = {}): Obj {
	if (typeof row !== 'object' || row === null || Array.isArray(row)) throw new Error('response: expected an object');
	const r = row as Obj;
	const byCode = new Map<string, Obj>();
	for (const q of Array.isArray(questions) ? questions : []) if (q?.title && (!q.parent_qid || q.parent_qid === '0' || q.parent_qid === 0)) byCode.set(String(q.title), q);
	const scores: Obj = {};
	const texts: string[] = [];
	const answers: Answer[] = [];
	const context: Obj = {};
	for (const [key, raw] of Object.entries(r)) {
		if (SYSTEM.has(key)) continue;
		const code = key.replace(/\[.*$/, '');
		const def = byCode.get(code);
		if (!def && isContextKey(key)) {
			context[key] = raw;
			continue;
		}
		const heading = def ? stripHtml(def.question) || code : code;
		const num = toNumber(raw);
		const str = raw === null || raw === undefined ? '' : String(raw).trim();
		const value: Answer['value'] = str === '' ? null : num ?? str;
		const sub = key === code ? undefined : key.slice(code.length);
		answers.push({ question: sub ? `${heading} ${sub}` : heading, questionId: key, type: def?.type, value });
		if (named(mapping.npsField, key, code, heading)) scores.nps = num;
		else if (named(mapping.csatField, key, code, heading)) scores.csat = num;
		else if (named(mapping.cesField, key, code, heading)) scores.ces = num;
		else if (named(mapping.ratingField, key, code, heading)) scores.rating = { value: num, scale: def?.type === '5' ? 5 : 10 };
		else if (!sub) guessScore(scores, `${code} ${heading}`, num, mapping);
		const isText = def ? TEXT_TYPES.has(String(def.type)) : num === undefined && /\s/.test(str) && str.length > 3;
		if (isText && str && !/other$/i.test(sub ?? '')) texts.push(str);
		else if (sub && /other\]$/i.test(sub) && str) texts.push(str);
	}
	const ctx = contextFrom(context);
	const customer: Obj = { ...ctx.customer };
	if (r.token) customer.id ??= String(r.token);
	return {
		source: 'limesurvey',
		sourceId: mapping.surveyId && r.id !== undefined ? `${mapping.surveyId}-${r.id}` : r.id,
		channel: 'survey',
		touchpoint: ctx.touchpoint ?? mapping.touchpoint,
		occurredAt: r.submitdate ?? r.datestamp ?? r.startdate,
		location: ctx.location,
		customer: Object.keys(customer).length ? customer : undefined,
		scores,
		text: texts.join('\n'),
		language: ctx.language ?? languageCode(r.startlanguage),
		answers,
		meta: {
			ids: { ...(mapping.surveyId ? { survey: String(mapping.surveyId) } : {}), ...(r.id !== undefined ? { response: String(r.id) } : {}), ...ctx.ids },
			...(r.refurl ? { referrer: String(r.refurl) } : {}),
		},
	};
}
