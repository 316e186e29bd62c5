/**
 * SurveyMonkey response → Feedback draft. Takes a response as returned by
 * `GET /v3/surveys/{id}/responses/{rid}/details` or one entry of `/responses/bulk`, optionally with
 * the survey's `/details` so question headings, families and choice texts can be resolved. With
 * `?simple=true` SurveyMonkey already puts `heading` on questions and `simple_text` on answers;
 * both forms are read.
 *
 * NPS is recognised by a configured question (id or heading), or a 0–10 single-choice/matrix
 * question whose heading asks about recommending ("recommend", "推荐"). [U] SurveyMonkey's own NPS
 * marker in the details payload was not verified: name the question when the heuristic misses.
 */
import type { Answer } from '../../engine/feedback/schema';
import { mapContextFields, type SurveyFieldMapping } from '../typeform/normalize';

type Obj = Record<string, any>;

const RECOMMEND_RE = /recommend|推荐|推薦|向朋友|介绍给/i;
const EFFORT_RE = /effort|easy|easier|省力|容易|费力/i;
const SATISFIED_RE = /satisf|满意|滿意/i;

function questionIndex(survey: Obj | undefined): Map<string, Obj> {
	const index = new Map<string, Obj>();
	for (const page of survey?.pages ?? []) {
		for (const q of page?.questions ?? []) if (q?.id) index.set(String(q.id), q);
	}
	return index;
}

function choiceText(def: Obj | undefined, choiceId: string | undefined): string | undefined {
	if (!def || !choiceId) return undefined;
	const pools = [def.answers?.choices, def.answers?.rows, def.answers?.other ? [def.answers.other] : undefined];
	for (const pool of pools) {
		for (const c of pool ?? []) if (String(c.id) === String(choiceId)) return c.text ?? c.label;
	}
	return undefined;
}

function headingOf(q: Obj, def: Obj | undefined): string {
	const h = q.heading ?? def?.headings?.[0]?.heading ?? def?.heading;
	return typeof h === 'string' && h ? h.replace(/<[^>]+>/g, '').trim() : `question ${q.id}`;
}

export function surveyMonkeyToDraft(response: unknown, survey?: Obj, mapping: SurveyFieldMapping = {}): Obj {
	const r = (response ?? {}) as Obj;
	if (typeof r !== 'object' || r === null) throw new Error('response: expected an object');
	if (r.pages !== undefined && !Array.isArray(r.pages)) throw new Error('pages: expected a list');
	const defs = questionIndex(survey);
	const scores: Obj = {};
	const texts: string[] = [];
	const answers: Answer[] = [];

	for (const page of r.pages ?? []) {
		for (const q of page?.questions ?? []) {
			if (!q || typeof q !== 'object') continue;
			const def = defs.get(String(q.id));
			const heading = headingOf(q, def);
			const family: string = q.family ?? def?.family ?? 'unknown';
			const values: string[] = [];
			for (const a of q.answers ?? []) {
				const t = a.simple_text ?? a.text ?? choiceText(def, a.choice_id) ?? a.choice_id;
				if (t !== undefined && t !== null && String(t).trim() !== '') values.push(String(t).trim());
			}
			const value: Answer['value'] = values.length === 0 ? null : values.length === 1 ? values[0] : values;
			answers.push({ question: heading, questionId: String(q.id), type: `${family}${q.subtype || def?.subtype ? '/' + (q.subtype ?? def?.subtype) : ''}`, value });

			const numeric = values.length === 1 && /^\d+(\.\d+)?$/.test(values[0]) ? Number(values[0]) : undefined;
			const named = (n?: string) => !!n && (n === String(q.id) || n === heading);
			if (named(mapping.npsField)) scores.nps = numeric;
			else if (named(mapping.csatField)) scores.csat = numeric;
			else if (named(mapping.cesField)) scores.ces = numeric;
			else if (named(mapping.ratingField)) scores.rating = { value: numeric, scale: 5 };
			else if (numeric !== undefined && !mapping.npsField && scores.nps === undefined && RECOMMEND_RE.test(heading) && numeric <= 10) scores.nps = numeric;
			else if (numeric !== undefined && !mapping.cesField && scores.ces === undefined && EFFORT_RE.test(heading) && numeric >= 1 && numeric <= 7) scores.ces = numeric;
			else if (numeric !== undefined && !mapping.csatField && scores.csat === undefined && SATISFIED_RE.test(heading) && numeric >= 1 && numeric <= 5) scores.csat = numeric;

			if (family === 'open_ended' || (!family || family === 'unknown') && (q.answers ?? []).some((a: Obj) => a.text && !a.choice_id)) {
				for (const a of q.answers ?? []) if (typeof a.text === 'string' && a.text.trim()) texts.push(a.text.trim());
			}
		}
	}

	const ctx = mapContextFields(r.custom_variables);
	const customer: Obj = { ...ctx.customer };
	if (r.email_address) customer.email ??= r.email_address;
	const fullName = [r.first_name, r.last_name].filter(Boolean).join(' ');
	if (fullName) customer.name ??= fullName;
	if (r.recipient_id && r.recipient_id !== '0') customer.id ??= String(r.recipient_id);
	return {
		source: 'surveymonkey',
		sourceId: r.id,
		channel: 'survey',
		touchpoint: ctx.touchpoint ?? mapping.touchpoint,
		occurredAt: r.date_modified ?? r.date_created,
		location: ctx.location,
		customer: Object.keys(customer).length ? customer : undefined,
		scores,
		text: texts.join('\n'),
		language: ctx.language ?? survey?.language,
		answers,
		meta: {
			...(r.analyze_url ? { url: r.analyze_url } : {}),
			ids: {
				...(r.survey_id ? { survey: String(r.survey_id) } : {}),
				...(r.collector_id ? { collector: String(r.collector_id) } : {}),
				...ctx.ids,
			},
			...(r.response_status ? { status: r.response_status } : {}),
		},
	};
}
