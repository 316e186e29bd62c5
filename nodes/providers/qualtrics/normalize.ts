/**
 * Qualtrics response → Feedback draft. Takes one response as returned by
 * `GET /API/v3/surveys/{id}/responses/{rid}` (`result`) or one element of an export file's
 * `responses[]`: `{ responseId, values: {...}, labels: {...} }`, optionally with the survey
 * (`GET /API/v3/surveys/{id}` → `result`, whose `questions` are keyed by QID) to read question text
 * and types.
 *
 * Keys in `values`: `QIDn` (choice recode or number), `QIDn_TEXT` (text entry), `QIDn_NPS_GROUP`
 * (1 detractor, 2 passive, 3 promoter), system fields (startDate, recordedDate, userLanguage …) and
 * embedded data by name (property_id, booking_id …). [S] from the API reference and export samples;
 * [U] the exact `questionType.selector` for NPS ("NPS") — the `_NPS_GROUP` key is used as well.
 */
import type { Answer } from '../../engine/feedback/schema';
import type { SurveyFieldMapping } from '../typeform/normalize';
import { contextFrom, guessScore, languageCode, named, stripHtml, toNumber } from '../json/surveyCommon';

type Obj = Record<string, any>;

const SYSTEM = new Set([
	'startDate',
	'endDate',
	'status',
	'ipAddress',
	'progress',
	'duration',
	'finished',
	'recordedDate',
	'_recordId',
	'locationLatitude',
	'locationLongitude',
	'distributionChannel',
	'userLanguage',
	'recipientLastName',
	'recipientFirstName',
	'recipientEmail',
	'externalDataReference',
]);

export function qualtricsToDraft(response: unknown, survey?: Obj, mapping: SurveyFieldMapping = {}): Obj {
	if (typeof response !== 'object' || response === null || Array.isArray(response)) throw new Error('response: expected an object');
	const r = ((response as Obj).result ?? response) as Obj;
	const values: Obj = r.values ?? {};
	if (typeof values !== 'object' || values === null || Array.isArray(values)) throw new Error('values: expected an object');
	const labels: Obj = typeof r.labels === 'object' && r.labels ? r.labels : {};
	const defs: Obj = (survey?.questions as Obj) ?? {};
	const scores: Obj = {};
	const texts: string[] = [];
	const answers: Answer[] = [];
	const embedded: Obj = {};

	for (const [key, raw] of Object.entries(values)) {
		if (SYSTEM.has(key)) continue;
		const m = key.match(/^(QID\d+)(?:_(.+))?$/);
		if (!m) {
			embedded[key] = raw;
			continue;
		}
		const [, qid, suffix] = m;
		if (suffix === 'NPS_GROUP' || suffix === 'DO' || suffix?.endsWith('_DO')) continue;
		const def: Obj = defs[qid] ?? {};
		const heading = stripHtml(def.questionText) || def.questionName || qid;
		const qType = def.questionType ? [def.questionType.type, def.questionType.selector].filter(Boolean).join('/') : undefined;
		if (suffix === 'TEXT' || (suffix && /_TEXT$/.test(suffix))) {
			const text = typeof raw === 'string' ? raw.trim() : raw === null || raw === undefined ? '' : String(raw);
			answers.push({ question: heading, questionId: key, type: qType ?? 'TE', value: text || null });
			if (text) texts.push(text);
			continue;
		}
		const num = toNumber(raw);
		const label = labels[key];
		let value: Answer['value'];
		if (Array.isArray(raw)) value = raw.map((x: unknown, i: number) => String(Array.isArray(label) ? label[i] ?? x : x));
		else if (num !== undefined) value = num;
		else if (raw === null || raw === undefined) value = null;
		else value = typeof raw === 'object' ? JSON.stringify(raw) : (raw as string | boolean);
		answers.push({ question: suffix ? `${heading} (${suffix})` : heading, questionId: key, type: qType, value });

		const names = [key, qid, def.questionName, heading];
		const isNps = def.questionType?.selector === 'NPS' || values[`${qid}_NPS_GROUP`] !== undefined;
		if (named(mapping.npsField, ...names)) scores.nps = num;
		else if (named(mapping.csatField, ...names)) scores.csat = num;
		else if (named(mapping.cesField, ...names)) scores.ces = num;
		else if (named(mapping.ratingField, ...names)) scores.rating = { value: num, scale: Object.keys(def.choices ?? {}).length || 5 };
		else if (!suffix && isNps && num !== undefined && scores.nps === undefined && !mapping.npsField) scores.nps = num;
		else if (!suffix) guessScore(scores, heading, num, mapping);
	}

	const ctx = contextFrom(embedded);
	const customer: Obj = { ...ctx.customer };
	if (values.recipientEmail) customer.email ??= String(values.recipientEmail);
	const name = [values.recipientFirstName, values.recipientLastName].filter(Boolean).join(' ');
	if (name) customer.name ??= name;
	if (values.externalDataReference) customer.id ??= String(values.externalDataReference);
	const extraIds: Record<string, string> = {};
	for (const [k, v] of Object.entries(embedded)) {
		if (v !== null && v !== undefined && v !== '' && typeof v !== 'object' && !(k in ctx.ids) && !Object.values(ctx.ids).includes(String(v))) {
			if (!/^(property|hotel|location|store|site|branch|customer_id|guest_id|member_id|user_id|contact_id|lang|language|locale|touchpoint)/i.test(k)) extraIds[k] = String(v);
		}
	}
	const surveyId = survey?.id ?? r.surveyId;
	return {
		source: 'qualtrics',
		sourceId: r.responseId ?? values._recordId,
		channel: 'survey',
		touchpoint: ctx.touchpoint ?? mapping.touchpoint,
		occurredAt: values.recordedDate ?? values.endDate ?? values.startDate,
		location: ctx.location,
		customer: Object.keys(customer).length ? customer : undefined,
		scores,
		text: texts.join('\n'),
		language: ctx.language ?? languageCode(values.userLanguage),
		answers,
		meta: {
			ids: { ...(surveyId ? { survey: String(surveyId) } : {}), ...ctx.ids, ...extraIds },
			...(values.finished !== undefined ? { finished: values.finished === true || values.finished === 1 || values.finished === '1' } : {}),
			...(values.distributionChannel ? { distributionChannel: values.distributionChannel } : {}),
		},
	};
}
