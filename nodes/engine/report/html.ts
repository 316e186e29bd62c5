/** Escaping for everything that goes into the report: user text never reaches the page unescaped. */

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and attribute values (also inside SVG). */
export function esc(value: unknown): string {
	if (value === null || value === undefined) return '';
	return String(value).replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/**
 * JSON for an inline <script type="application/json"> block: `<`, `>`, `&` and the line separators
 * are written as \u escapes so no value can close the script element or start a comment.
 */
export function jsonForScript(value: unknown): string {
	return JSON.stringify(value)
		.replace(/</g, '\\u003c')
		.replace(/>/g, '\\u003e')
		.replace(/&/g, '\\u0026')
		.replace(/\u2028/g, '\\u2028')
		.replace(/\u2029/g, '\\u2029');
}

/** Formats a number for display in the report's language. */
export function fmt(value: number | null | undefined, digits = 1, lang: 'en' | 'zh' = 'en'): string {
	if (value === null || value === undefined || !Number.isFinite(value)) return '–';
	if (Math.abs(value) < 0.5 * 10 ** -digits) value = 0; // never "-0"
	return value.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
}

export function signed(value: number | null | undefined, digits = 1, lang: 'en' | 'zh' = 'en'): string {
	if (value === null || value === undefined || !Number.isFinite(value)) return '–';
	return (value > 0 ? '+' : value < 0 ? '−' : '±') + fmt(Math.abs(value), digits, lang);
}
