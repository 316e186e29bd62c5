/**
 * Small pieces the survey normalisers share (plain TypeScript, no n8n imports): recognising context
 * fields among answers, score heuristics by question wording, HTML stripping, language codes.
 */
import { mapContextFields } from '../typeform/normalize';

type Obj = Record<string, any>;

/** Names that carry context (property, guest, booking …) rather than an answer; see mapContextFields. */
const CONTEXT_KEY_RE =
	/^(property|property_id|property_name|hotel|hotel_id|hotel_name|location|location_id|location_name|store|store_id|store_name|site|branch|customer_id|guest_id|member_id|user_id|contact_id|guest_name|customer_name|full_name|guest_email|customer_email|guest_phone|mobile|segment|customer_segment|tier|member_tier|loyalty_tier|in_house|inhouse|touchpoint|journey_stage|lang|language|locale|booking|booking_id|reservation|reservation_id|order|order_id|confirmation|room|room_number|room_no)$/;

export function isContextKey(key: string): boolean {
	return CONTEXT_KEY_RE.test(key.toLowerCase().replace(/[\s-]/g, '_'));
}

/** mapContextFields over only the keys that look like context, so answers do not land in meta.ids. */
export function contextFrom(o: Obj | undefined): ReturnType<typeof mapContextFields> {
	const picked: Obj = {};
	for (const [k, v] of Object.entries(o ?? {})) if (isContextKey(k) && (typeof v !== 'object' || v === null)) picked[k] = v;
	return mapContextFields(picked);
}

export const RECOMMEND_RE = /recommend|推荐|推薦|向朋友|介绍给|\bnps\b/i;
export const EFFORT_RE = /effort|easy|easier|difficult|省力|容易|费力|轻松|便捷/i;
export const SATISFIED_RE = /satisf|满意|滿意|csat/i;

export function stripHtml(s: unknown): string {
	return typeof s === 'string' ? s.replace(/<[^>]+>/g, ' ').replace(/&nbsp;/g, ' ').replace(/\s+/g, ' ').trim() : '';
}

export function toNumber(v: unknown): number | undefined {
	if (typeof v === 'number' && Number.isFinite(v)) return v;
	if (typeof v === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(v)) return Number(v);
	return undefined;
}

/** Guess a score from a question's wording and value when no question was named for it. */
export function guessScore(scores: Obj, heading: string, value: number | undefined, mapping: Obj): void {
	if (value === undefined) return;
	if (!mapping.npsField && scores.nps === undefined && RECOMMEND_RE.test(heading) && Number.isInteger(value) && value >= 0 && value <= 10) scores.nps = value;
	else if (!mapping.cesField && scores.ces === undefined && EFFORT_RE.test(heading) && value >= 1 && value <= 7) scores.ces = value;
	else if (!mapping.csatField && scores.csat === undefined && SATISFIED_RE.test(heading) && value >= 1 && value <= 5) scores.csat = value;
}

/** Does the configured field name (id, code or title) point at this question? */
export function named(name: string | undefined, ...candidates: Array<string | undefined>): boolean {
	return !!name && candidates.some((c) => c !== undefined && c !== '' && c === name);
}

/** Platform language codes (EN, ZH-S, zh-Hans, zh_CN …) → BCP 47-ish (en, zh, zh-Hant). */
export function languageCode(v: unknown): string | undefined {
	if (typeof v !== 'string' || !v.trim()) return undefined;
	const t = v.trim().replace('_', '-');
	if (/^zh-(t|hant|tw|hk)/i.test(t)) return 'zh-Hant';
	if (/^zh/i.test(t)) return 'zh';
	return t.split('-')[0].toLowerCase();
}

/** A naive "YYYY-MM-DD hh:mm:ss" read as wall-clock time at a fixed offset (e.g. +08:00 for Wenjuanxing). */
export function withOffset(v: unknown, offset: string): unknown {
	if (typeof v !== 'string') return v;
	const m = v.trim().match(/^(\d{4})[-/](\d{1,2})[-/](\d{1,2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?$/);
	if (!m) return v;
	const p = (x: string | undefined) => (x ?? '0').padStart(2, '0');
	return `${m[1]}-${p(m[2])}-${p(m[3])}T${p(m[4])}:${m[5]}:${p(m[6])}${offset}`;
}
