/**
 * Formbricks response → Feedback draft. Accepts the webhook payload (`{ webhookId, event, data }`
 * with `data` the response) or a response from the management API (`{ id, surveyId, createdAt,
 * finished, data: { <questionId>: value }, meta, contact, contactAttributes, language, variables }`),
 * optionally with the survey (`questions[]` with `id`, `type`, `headline`, `range`/`scale`).
 * [S] webhook payload from Formbricks users' published captures; [U] field list beyond `data`,
 * `meta`, `finished`, `surveyId` — unknown fields are ignored, missing optional ones allowed.
 *
 * Question types read: `nps` → scores.nps, `rating` → scores.rating on its `range`, `openText` → text.
 */
import type { Answer } from '../../engine/feedback/schema';
import type { SurveyFieldMapping } from '../typeform/normalize';
import { contextFrom, guessScore, isContextKey, languageCode, named, stripHtml, toNumber } from '../json/surveyCommon';

type Obj = Record<string, any>;

function headline(q: Obj | undefined, fallback: string): string {
	const h = q?.headline;
	if (typeof h === 'string') return stripHtml(h) || fallback;
	if (h && typeof h === 'object') return stripHtml(h.default ?? Object.values(h)[0]) || fallback;
	return fallback;
}

/** Questions from a survey: the classic `questions[]`, or `blocks[].elements[]` in newer versions [U]. */
function questionIndex(survey: Obj | undefined): Map<string, Obj> {
	const out = new Map<string, Obj>();
	for (const q of Array.isArray(survey?.questions) ? survey.questions : []) if (q?.id) out.set(String(q.id), q);
	for (const b of Array.isArray(survey?.blocks) ? survey.blocks : []) for (const q of b?.elements ?? []) if (q?.id) out.set(String(q.id), q);
	return out;
}

export function formbricksToDraft(payload: unknown, survey?: Obj, mapping: SurveyFieldMapping = {}): Obj {
	if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) throw new Error('payload: expected an object');
	const p = payload as Obj;
	const r: Obj = p.event !== undefined || p.webhookId !== undefined ? p.data ?? {} : p;
	if (typeof r !== 'object' || r === null) throw new Error('data: expected the response object');
	const data: Obj = r.data ?? {};
	if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new Error('data.data: expected an object of answers');
	const defs = questionIndex(survey);
	const hidden = new Set<string>((survey?.hiddenFields?.fieldIds as string[]) ?? []);
	const scores: Obj = {};
	const texts: string[] = [];
	const answers: Answer[] = [];
	const context: Obj = {};

	for (const [qid, raw] of Object.entries(data)) {
		const def = defs.get(qid);
		if (hidden.has(qid) || (!def && isContextKey(qid))) {
			context[qid] = raw;
			continue;
		}
		const type: string = def?.type ?? 'unknown';
		const heading = headline(def, qid);
		let value: Answer['value'];
		if (Array.isArray(raw)) value = raw.map((x) => String(x));
		else if (raw === null || raw === undefined) value = null;
		else if (typeof raw === 'object') value = JSON.stringify(raw);
		else value = raw as string | number | boolean;
		answers.push({ question: heading, questionId: qid, type, value });
		const num = toNumber(raw);
		if (named(mapping.npsField, qid, heading)) scores.nps = num;
		else if (named(mapping.csatField, qid, heading)) scores.csat = num;
		else if (named(mapping.cesField, qid, heading)) scores.ces = num;
		else if (named(mapping.ratingField, qid, heading)) scores.rating = { value: num, scale: def?.range ?? 5 };
		else if (type === 'nps' && num !== undefined && scores.nps === undefined && !mapping.npsField) scores.nps = num;
		else if (type === 'rating' && num !== undefined && !scores.rating && !mapping.ratingField) scores.rating = { value: num, scale: def?.range ?? 5 };
		else if (!def) guessScore(scores, qid, num, mapping);
		if ((type === 'openText' || (!def && typeof raw === 'string' && toNumber(raw) === undefined && raw.trim().length > 0 && /\s/.test(raw.trim()))) && typeof raw === 'string' && raw.trim()) {
			texts.push(raw.trim());
		}
	}

	const attrs: Obj = r.contactAttributes ?? r.personAttributes ?? {};
	const ctx = contextFrom({ ...attrs, ...context });
	const customer: Obj = { ...ctx.customer };
	if (attrs.email) customer.email ??= String(attrs.email);
	const contactId = r.contact?.userId ?? r.contact?.id ?? r.person?.userId ?? r.person?.id;
	if (contactId) customer.id ??= String(contactId);
	const lang = r.language && r.language !== 'default' ? languageCode(r.language) : undefined;
	return {
		source: 'formbricks',
		sourceId: r.id,
		channel: 'survey',
		touchpoint: ctx.touchpoint ?? mapping.touchpoint,
		occurredAt: r.updatedAt ?? r.createdAt,
		location: ctx.location,
		customer: Object.keys(customer).length ? customer : undefined,
		scores,
		text: texts.join('\n'),
		language: ctx.language ?? lang,
		answers,
		meta: {
			...(r.meta?.url ? { url: String(r.meta.url) } : {}),
			ids: { ...(r.surveyId ? { survey: String(r.surveyId) } : {}), ...(p.webhookId ? { webhook: String(p.webhookId) } : {}), ...ctx.ids },
			...(r.finished !== undefined ? { finished: !!r.finished } : {}),
			...(p.event ? { event: String(p.event) } : {}),
		},
	};
}
