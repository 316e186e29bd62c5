/**
 * Typeform response → Feedback draft. Accepts the webhook payload ({event_id, form_response}),
 * a bare form_response, or one item of the Responses API (`items[]`, which has no definition).
 *
 * Scores are recognised by field type: `nps` → scores.nps, `rating` → scores.rating on the field's
 * step count, `opinion_scale` → CSAT when it has 5 steps (CES when its title speaks of effort and it
 * has 7), unless the caller names the fields explicitly (by ref, id or title).
 */
import type { Answer } from '../../engine/feedback/schema';

export interface SurveyFieldMapping {
	/** Field ref, id or title holding the NPS answer. */
	npsField?: string;
	csatField?: string;
	cesField?: string;
	ratingField?: string;
	/** Touchpoint to set when the response carries none (hidden field `touchpoint`). */
	touchpoint?: string;
}

type Obj = Record<string, any>;

/** Hidden fields (or custom variables) that carry context, by the names teams usually give them. */
export function mapContextFields(hidden: Obj | undefined, keepUnknown = true): {
	location?: { id: string; name?: string };
	customer: Obj;
	ids: Record<string, string>;
	touchpoint?: string;
	language?: string;
} {
	const customer: Obj = {};
	const ids: Record<string, string> = {};
	let location: { id: string; name?: string } | undefined;
	let touchpoint: string | undefined;
	let language: string | undefined;
	for (const [rawKey, rawValue] of Object.entries(hidden ?? {})) {
		if (rawValue === undefined || rawValue === null || rawValue === '') continue;
		const value = String(rawValue);
		const key = rawKey.toLowerCase().replace(/[\s-]/g, '_');
		if (/^(property|property_id|hotel|hotel_id|location|location_id|store|store_id|site|branch)$/.test(key)) {
			location = { ...(location ?? {}), id: value };
		} else if (/^(property_name|hotel_name|location_name|store_name)$/.test(key)) {
			location = { id: location?.id ?? value, name: value };
		} else if (/^(customer_id|guest_id|member_id|user_id|contact_id)$/.test(key)) customer.id = value;
		else if (/^(name|guest_name|customer_name|full_name)$/.test(key)) customer.name = value;
		else if (/^(email|guest_email|customer_email)$/.test(key)) customer.email = value;
		else if (/^(phone|mobile|guest_phone)$/.test(key)) customer.phone = value;
		else if (/^(segment|customer_segment)$/.test(key)) customer.segment = value;
		else if (/^(tier|member_tier|loyalty_tier)$/.test(key)) customer.tier = value;
		else if (/^(in_house|inhouse)$/.test(key)) customer.inHouse = /^(1|true|yes|y)$/i.test(value);
		else if (/^(touchpoint|journey_stage|stage)$/.test(key)) touchpoint = value;
		else if (/^(lang|language|locale)$/.test(key)) language = value;
		else if (/^(booking|booking_id|reservation|reservation_id|order|order_id|confirmation)$/.test(key)) ids.booking = value;
		else if (/^(room|room_number|room_no)$/.test(key)) ids.room = value;
		else if (keepUnknown) ids[rawKey] = value;
	}
	return { location, customer, ids, touchpoint, language };
}

function answerValue(a: Obj): Answer['value'] {
	switch (a.type) {
		case 'text':
		case 'email':
		case 'url':
		case 'file_url':
		case 'phone_number':
		case 'date':
			return a[a.type] ?? null;
		case 'number':
			return typeof a.number === 'number' ? a.number : null;
		case 'boolean':
			return typeof a.boolean === 'boolean' ? a.boolean : null;
		case 'choice':
			return a.choice?.label ?? a.choice?.other ?? null;
		case 'choices':
			return [...(a.choices?.labels ?? []), ...(a.choices?.other ? [a.choices.other] : [])];
		case 'payment':
			return a.payment?.amount ?? null;
		default: {
			// Unknown answer types are kept, not dropped: the first scalar we find.
			const v = a[a.type];
			return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : v === undefined ? null : JSON.stringify(v);
		}
	}
}

const TEXT_FIELD_TYPES = new Set(['long_text', 'short_text']);

function matches(name: string | undefined, field: Obj, title: string): boolean {
	if (!name) return false;
	return name === field.ref || name === field.id || name === title;
}

export function typeformToDraft(payload: unknown, mapping: SurveyFieldMapping = {}): Obj {
	const p = (payload ?? {}) as Obj;
	const fr: Obj = p.form_response ?? p;
	if (typeof fr !== 'object' || fr === null) throw new Error('form_response: expected an object');
	const definitionFields: Obj[] = Array.isArray(fr.definition?.fields) ? fr.definition.fields : [];
	const byId = new Map(definitionFields.map((f) => [f.id, f]));
	const answersIn: Obj[] = Array.isArray(fr.answers) ? fr.answers : [];
	if (fr.answers !== undefined && !Array.isArray(fr.answers)) throw new Error('form_response.answers: expected a list');

	const scores: Obj = {};
	const texts: string[] = [];
	const answers: Answer[] = [];
	for (const a of answersIn) {
		if (!a || typeof a !== 'object') continue;
		const field: Obj = a.field ?? {};
		const def: Obj = byId.get(field.id) ?? {};
		const fieldType: string = def.type ?? field.type ?? a.type ?? 'unknown';
		const title: string = def.title ?? field.ref ?? field.id ?? 'question';
		const value = answerValue(a);
		answers.push({ question: title, questionId: field.ref ?? field.id, type: fieldType, value });
		const num = typeof value === 'number' ? value : undefined;
		const steps: number | undefined = def.properties?.steps;
		const startAtOne: boolean = def.properties?.start_at_one ?? true;
		if (matches(mapping.npsField, field, title)) scores.nps = num;
		else if (matches(mapping.csatField, field, title)) scores.csat = num;
		else if (matches(mapping.cesField, field, title)) scores.ces = num;
		else if (matches(mapping.ratingField, field, title)) scores.rating = { value: num, scale: steps ?? 5 };
		else if (fieldType === 'nps' && num !== undefined && scores.nps === undefined && !mapping.npsField) scores.nps = num;
		else if (fieldType === 'rating' && num !== undefined && !scores.rating && !mapping.ratingField) scores.rating = { value: num, scale: steps ?? 5 };
		else if (fieldType === 'opinion_scale' && num !== undefined) {
			const effort = /effort|easy|easier|difficult|省力|容易|费力|轻松/i.test(title);
			if (effort && (steps ?? 7) === 7 && startAtOne && scores.ces === undefined && !mapping.cesField) scores.ces = num;
			else if (!effort && (steps ?? 5) === 5 && startAtOne && scores.csat === undefined && !mapping.csatField) scores.csat = num;
		}
		if (TEXT_FIELD_TYPES.has(fieldType) && typeof value === 'string' && value.trim()) texts.push(value.trim());
	}

	const ctx = mapContextFields(fr.hidden);
	const formId: string | undefined = fr.form_id ?? fr.definition?.id;
	const responseId: string | undefined = fr.token ?? fr.response_id;
	return {
		source: 'typeform',
		sourceId: responseId,
		channel: 'survey',
		touchpoint: ctx.touchpoint ?? mapping.touchpoint,
		occurredAt: fr.submitted_at ?? fr.landed_at,
		location: ctx.location,
		customer: Object.keys(ctx.customer).length ? ctx.customer : undefined,
		scores,
		text: texts.join('\n'),
		language: ctx.language,
		answers,
		meta: {
			...(formId ? { url: `https://admin.typeform.com/form/${formId}/results#responses` } : {}),
			ids: { ...(formId ? { form: formId } : {}), ...(p.event_id ? { event: String(p.event_id) } : {}), ...ctx.ids },
			...(fr.calculated?.score !== undefined ? { calculatedScore: fr.calculated.score } : {}),
		},
	};
}
