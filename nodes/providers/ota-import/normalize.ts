/**
 * Rows of an OTA review export (one object per row, as n8n's Extract From File node emits them
 * from CSV or XLSX) → Review → Feedback, with one report per bad row naming the row number and
 * the field. Ids are stable across imports: the platform's review id when the export has one,
 * otherwise a hash of hotel, time, reviewer and text, so the same review imported twice (from
 * overlapping exports) gets the same Feedback id and version key.
 */
import { parseTimestamp, toIsoInZone } from '../../engine/time';
import { reviewToFeedback } from '../../engine/reviews/toFeedback';
import { versionOf } from '../../engine/reviews/cursor';
import { fnv1a, type Review } from '../../engine/reviews/types';
import { detectLanguage } from '../../engine/reviews/draft';
import type { Feedback } from '../../engine/feedback/schema';
import { OTA_PRESETS, type OtaPlatform, type OtaPreset } from './presets';

export interface ImportOptions {
	/** Zone of the naive export timestamps. Default Asia/Shanghai. */
	timeZone?: string;
	includeReviewer?: boolean;
	/** Used when the export has no hotel column (one file per property). */
	defaultLocation?: { id?: string; name?: string };
	/** Header rows above the first data row (for row numbers). Default 1. */
	headerRows?: number;
	now?: () => number;
}

export interface RowError {
	/** Spreadsheet row number (header = row 1). */
	row: number;
	itemIndex: number;
	issues: Array<{ field: string; message: string }>;
	message: string;
}

export interface ImportedRow {
	itemIndex: number;
	row: number;
	feedback: Feedback;
	/** id + version: the same review with the same content → the same key. */
	key: string;
}

/** Header cleanup: BOM, surrounding spaces, full-width brackets and trailing colons. */
function cleanHeader(h: string): string {
	return h.replace(/^\ufeff/, '').replace(/[\s\u3000]+/g, '').replace(/[（]/g, '(').replace(/[）]/g, ')').replace(/[:：]$/, '');
}

export function indexRow(row: Record<string, unknown>): Map<string, unknown> {
	const m = new Map<string, unknown>();
	for (const [k, v] of Object.entries(row ?? {})) m.set(cleaned(k), v);
	return m;
}

const cleanedNames = new Map<string, string>();
function cleaned(name: string): string {
	let c = cleanedNames.get(name);
	if (c === undefined) {
		c = cleanHeader(name).toLowerCase();
		cleanedNames.set(name, c);
	}
	return c;
}

function cell(row: Map<string, unknown>, names: string[]): unknown {
	for (const n of names) {
		const v = row.get(cleaned(n));
		if (v !== undefined && v !== null && !(typeof v === 'string' && v.trim() === '')) return typeof v === 'string' ? v.trim() : v;
	}
	return undefined;
}

/** "4.5", "4.5分", "5星", "★★★★☆", "4/5", "5 out of 5" → number; undefined when unreadable. */
export function parseRating(v: unknown): number | undefined {
	if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
	if (typeof v !== 'string') return undefined;
	const s = v.trim();
	const stars = (s.match(/★/g) ?? []).length;
	if (stars && /^[★☆\s]+$/.test(s)) return stars;
	const m = /^(\d+(?:\.\d+)?)\s*(?:分|星|points?|stars?)?\s*(?:(?:\/|out of)\s*\d+(?:\.\d+)?)?$/i.exec(s);
	return m ? Number(m[1]) : undefined;
}

/** Excel date serials (days since 1899-12-30, as XLSX readers may hand them over) → naive local string. */
function excelSerialToNaive(n: number): string | undefined {
	if (!(n > 20000 && n < 80000)) return undefined;
	const ms = Math.round((n - 25569) * 86_400_000);
	return new Date(ms).toISOString().replace('T', ' ').replace(/\.\d+Z$/, '');
}

function timestamp(v: unknown, timeZone: string): { iso?: string; error?: string } {
	if (v === undefined) return {};
	const raw = typeof v === 'number' ? excelSerialToNaive(v) ?? v : v;
	const ms = parseTimestamp(raw, timeZone);
	if (ms === undefined) return { error: `cannot read ${JSON.stringify(v)} as a date and time` };
	return { iso: toIsoInZone(ms, timeZone) };
}

function stableId(parts: Array<string | undefined>): string {
	const s = parts.map((p) => p ?? '').join('\u0001');
	return `h${fnv1a(s)}${fnv1a(`\u0002${s}`)}`;
}

/** One export row → Review, or the list of problems with it. */
export function rowToReview(
	row: Record<string, unknown>,
	preset: OtaPreset,
	options: ImportOptions = {},
): { review?: Review; issues: Array<{ field: string; message: string }> } {
	const tz = options.timeZone ?? 'Asia/Shanghai';
	const r = indexRow(row);
	const c = preset.columns;
	const issues: Array<{ field: string; message: string }> = [];
	if (!r.size || [...r.values()].every((v) => v === undefined || v === null || String(v).trim() === '')) {
		return { issues: [{ field: '(row)', message: 'empty row' }] };
	}
	const created = timestamp(cell(r, c.createdAt), tz);
	if (created.error) issues.push({ field: c.createdAt[0], message: created.error });
	else if (!created.iso) issues.push({ field: c.createdAt[0], message: `missing (looked for ${c.createdAt.join(' / ')})` });

	const rawRating = cell(r, c.rating);
	let rating = parseRating(rawRating);
	if (rawRating !== undefined && rating === undefined) issues.push({ field: c.rating[0], message: `cannot read ${JSON.stringify(rawRating)} as a rating` });
	if (rating !== undefined && preset.ratingMultiplier && rating > preset.ratingScale && rating <= preset.ratingScale * preset.ratingMultiplier) {
		rating = rating / preset.ratingMultiplier;
	}
	if (rating !== undefined && (rating < 0 || rating > preset.ratingScale)) {
		issues.push({ field: c.rating[0], message: `${rating} is outside the 0–${preset.ratingScale} scale` });
	}
	const text = cell(r, c.text);
	const title = cell(r, c.title);
	if (rating === undefined && text === undefined) issues.push({ field: c.text[0], message: 'the row has neither a rating nor review text' });

	const replyAt = timestamp(cell(r, c.replyAt), tz);
	if (replyAt.error) issues.push({ field: c.replyAt[0], message: replyAt.error });

	const hotelId = cell(r, c.hotelId) ?? options.defaultLocation?.id;
	const hotelName = cell(r, c.hotelName) ?? options.defaultLocation?.name;
	const locationId = hotelId !== undefined ? String(hotelId) : hotelName !== undefined ? String(hotelName) : undefined;
	if (issues.length) return { issues };

	const subRatings: Record<string, number> = {};
	for (const [name, cols] of Object.entries(preset.subRatings)) {
		const v = parseRating(cell(r, cols));
		if (v !== undefined && v >= 0 && v <= preset.ratingScale * (preset.ratingMultiplier ?? 1)) {
			subRatings[name] = preset.ratingMultiplier && v > preset.ratingScale ? v / preset.ratingMultiplier : v;
		}
	}
	const context: Record<string, string> = {};
	for (const [k, cols] of [
		['orderId', c.orderId],
		['roomType', c.roomType],
		['tripType', c.tripType],
		['checkIn', c.checkIn],
	] as const) {
		const v = cell(r, cols);
		if (v !== undefined) context[k] = String(v);
	}
	const reviewer = cell(r, c.reviewer);
	const reviewText = text === undefined ? '' : String(text);
	const idCell = cell(r, c.reviewId);
	const reviewId =
		idCell !== undefined
			? String(idCell)
			: stableId([preset.platform, locationId, created.iso, reviewer === undefined ? undefined : String(reviewer), reviewText, context.orderId]);
	const reply = cell(r, c.reply);
	return {
		review: {
			platform: preset.platform,
			reviewId,
			locationId,
			locationName: hotelName !== undefined ? String(hotelName) : undefined,
			rating: rating !== undefined ? { value: rating, scale: preset.ratingScale } : undefined,
			title: title !== undefined ? String(title) : undefined,
			text: reviewText,
			language: detectLanguage(`${title ?? ''} ${reviewText}`),
			reviewer: reviewer !== undefined ? { name: String(reviewer) } : undefined,
			createdAt: created.iso,
			reply: reply !== undefined ? { text: String(reply), at: replyAt.iso } : undefined,
			url: cell(r, c.url) !== undefined ? String(cell(r, c.url)) : undefined,
			subRatings: Object.keys(subRatings).length ? subRatings : undefined,
			context: Object.keys(context).length ? context : undefined,
		},
		issues: [],
	};
}

export function presetFor(platform: string): OtaPreset {
	const p = OTA_PRESETS[platform as OtaPlatform];
	if (!p) throw new Error(`unknown import preset "${platform}" (known: ${Object.keys(OTA_PRESETS).join(', ')})`);
	return p;
}

/**
 * Imports rows; good rows become Feedback, bad ones become RowError with their row number.
 * Duplicates inside the batch (the same id and content twice) are reported in `duplicates`.
 */
export function importRows(
	rows: Array<Record<string, unknown>>,
	preset: OtaPreset,
	options: ImportOptions = {},
): { imported: ImportedRow[]; errors: RowError[]; duplicates: Array<{ itemIndex: number; row: number; id: string; firstRow: number }> } {
	const headerRows = options.headerRows ?? 1;
	const imported: ImportedRow[] = [];
	const errors: RowError[] = [];
	const duplicates: Array<{ itemIndex: number; row: number; id: string; firstRow: number }> = [];
	const seen = new Map<string, number>();
	rows.forEach((row, itemIndex) => {
		const rowNo = itemIndex + headerRows + 1;
		const res = importRow(row, preset, options);
		if ('error' in res) {
			errors.push({ row: rowNo, itemIndex, issues: res.error, message: `Row ${rowNo}: ${res.error.map((i) => `${i.field}: ${i.message}`).join('; ')}` });
			return;
		}
		const first = seen.get(res.key);
		if (first !== undefined) {
			duplicates.push({ itemIndex, row: rowNo, id: res.feedback.id, firstRow: first });
			return;
		}
		seen.set(res.key, rowNo);
		imported.push({ itemIndex, row: rowNo, feedback: res.feedback, key: res.key });
	});
	return { imported, errors, duplicates };
}

export function importRow(
	row: Record<string, unknown>,
	preset: OtaPreset,
	options: ImportOptions = {},
): { feedback: Feedback; key: string } | { error: Array<{ field: string; message: string }> } {
	const { review, issues } = rowToReview(row, preset, options);
	if (!review) return { error: issues };
	return reviewToImported(review, options);
}

export function reviewToImported(review: Review, options: ImportOptions = {}): { feedback: Feedback; key: string } | { error: Array<{ field: string; message: string }> } {
	const tz = options.timeZone ?? 'Asia/Shanghai';
	const built = reviewToFeedback(review, { timeZone: tz, includeReviewer: options.includeReviewer, now: options.now, meta: { imported: true } });
	if (!built.ok) return { error: built.issues.map((i) => ({ field: i.path, message: i.message })) };
	const v = versionOf(review, tz);
	return { feedback: built.feedback, key: `${built.feedback.id}@${v[1]}.${v[2]}.${v[3]}` };
}
