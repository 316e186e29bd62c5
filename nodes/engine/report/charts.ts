/**
 * Inline SVG charts. Plain strings, no script, no external assets: they render in a browser, in an
 * e-mail client that shows HTML attachments, and in a PDF printer. Every label is escaped.
 */
import { esc, fmt } from './html';

export const COLORS = {
	brand: '#0f766e',
	brandLight: '#99f6e4',
	positive: '#16a34a',
	neutral: '#a3a3a3',
	negative: '#dc2626',
	passive: '#f59e0b',
	grid: '#e5e7eb',
	text: '#374151',
	muted: '#6b7280',
};

const r1 = (x: number) => Math.round(x * 10) / 10;

function frame(width: number, height: number, label: string, body: string): string {
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-label="${esc(label)}" ` +
		`font-family="system-ui, -apple-system, 'PingFang SC', 'Microsoft YaHei', sans-serif" font-size="11">` +
		`<title>${esc(label)}</title>${body}</svg>`
	);
}

function niceTicks(min: number, max: number, count = 5): number[] {
	if (min === max) return [min];
	const span = max - min;
	const step0 = span / count;
	const mag = 10 ** Math.floor(Math.log10(step0));
	const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= step0) ?? step0;
	const out: number[] = [];
	for (let v = Math.ceil(min / step) * step; v <= max + 1e-9; v += step) out.push(Math.round(v * 1e6) / 1e6);
	return out;
}

export interface LinePoint {
	label: string;
	value: number | null;
	lo?: number | null;
	hi?: number | null;
	/** Drawn hollow (small sample). */
	weak?: boolean;
}

/** A line over periods, with an optional confidence band and hollow markers for small samples. */
export function lineChart(points: LinePoint[], opts: { title: string; min?: number; max?: number; color?: string; unit?: string }): string {
	const W = 640;
	const H = 220;
	const L = 44;
	const R = 32;
	const T = 12;
	const B = 36;
	const vals = points.flatMap((p) => [p.value, p.lo, p.hi]).filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
	if (!vals.length) return frame(W, 60, opts.title, `<text x="${W / 2}" y="34" text-anchor="middle" fill="${COLORS.muted}">–</text>`);
	let min = opts.min ?? Math.min(...vals);
	let max = opts.max ?? Math.max(...vals);
	if (opts.min === undefined || opts.max === undefined) {
		const pad = Math.max(2, (max - min) * 0.1);
		if (opts.min === undefined) min = Math.floor(min - pad);
		if (opts.max === undefined) max = Math.ceil(max + pad);
	}
	const x = (i: number) => L + (points.length === 1 ? (W - L - R) / 2 : (i * (W - L - R)) / (points.length - 1));
	const y = (v: number) => T + ((max - v) * (H - T - B)) / (max - min || 1);
	const color = opts.color ?? COLORS.brand;
	let body = '';
	for (const t of niceTicks(min, max)) {
		body += `<line x1="${L}" x2="${W - R}" y1="${r1(y(t))}" y2="${r1(y(t))}" stroke="${COLORS.grid}"/>`;
		body += `<text x="${L - 6}" y="${r1(y(t) + 4)}" text-anchor="end" fill="${COLORS.muted}">${esc(fmt(t, 1))}</text>`;
	}
	// Confidence band.
	const band = points.map((p, i) => ({ i, lo: p.lo, hi: p.hi })).filter((p) => typeof p.lo === 'number' && typeof p.hi === 'number');
	if (band.length > 1) {
		const upper = band.map((p) => `${r1(x(p.i))},${r1(y(p.hi as number))}`);
		const lower = band.reverse().map((p) => `${r1(x(p.i))},${r1(y(p.lo as number))}`);
		body += `<polygon points="${upper.concat(lower).join(' ')}" fill="${color}" fill-opacity="0.12" stroke="none"/>`;
	}
	// Line, broken at gaps.
	let d = '';
	let pen = false;
	points.forEach((p, i) => {
		if (p.value === null || !Number.isFinite(p.value)) {
			pen = false;
			return;
		}
		d += `${pen ? 'L' : 'M'}${r1(x(i))},${r1(y(p.value))}`;
		pen = true;
	});
	if (d) body += `<path d="${d}" fill="none" stroke="${color}" stroke-width="2"/>`;
	const every = Math.max(1, Math.ceil(points.length / 10));
	points.forEach((p, i) => {
		if (p.value !== null && Number.isFinite(p.value)) {
			body +=
				`<circle cx="${r1(x(i))}" cy="${r1(y(p.value))}" r="3.5" fill="${p.weak ? '#fff' : color}" stroke="${color}" stroke-width="1.5">` +
				`<title>${esc(p.label)}: ${esc(fmt(p.value, 1))}${esc(opts.unit ?? '')}</title></circle>`;
		}
		if (i % every === 0 || i === points.length - 1) {
			body += `<text x="${r1(x(i))}" y="${H - B + 16}" text-anchor="middle" fill="${COLORS.muted}">${esc(p.label)}</text>`;
		}
	});
	return frame(W, H, opts.title, body);
}

export interface Bar {
	label: string;
	value: number;
	color?: string;
}

/** Vertical bars (score distributions). */
export function columnChart(bars: Bar[], opts: { title: string }): string {
	const W = 640;
	const H = 200;
	const L = 36;
	const B = 28;
	const T = 16;
	const max = Math.max(1, ...bars.map((b) => b.value));
	const slot = (W - L - 8) / Math.max(1, bars.length);
	let body = '';
	for (const t of niceTicks(0, max, 4)) {
		const yy = T + ((max - t) * (H - T - B)) / max;
		body += `<line x1="${L}" x2="${W - 8}" y1="${r1(yy)}" y2="${r1(yy)}" stroke="${COLORS.grid}"/><text x="${L - 6}" y="${r1(yy + 4)}" text-anchor="end" fill="${COLORS.muted}">${esc(fmt(t, 0))}</text>`;
	}
	bars.forEach((b, i) => {
		const h = (b.value * (H - T - B)) / max;
		const xx = L + i * slot + slot * 0.15;
		body +=
			`<rect x="${r1(xx)}" y="${r1(H - B - h)}" width="${r1(slot * 0.7)}" height="${r1(h)}" fill="${b.color ?? COLORS.brand}" rx="2"><title>${esc(b.label)}: ${esc(fmt(b.value, 0))}</title></rect>` +
			`<text x="${r1(xx + slot * 0.35)}" y="${H - B + 16}" text-anchor="middle" fill="${COLORS.muted}">${esc(b.label)}</text>`;
	});
	return frame(W, H, opts.title, body);
}

export interface StackRow {
	key: string;
	label: string;
	total: number;
	positive: number;
	neutral: number;
	negative: number;
	/** Text at the right end. */
	note: string;
}

/**
 * Horizontal stacked bars (topics: negative / neutral / positive, the rest of the mentions unlabelled).
 * With `clickable`, each row carries data-topic for the dashboard's drill-down script.
 */
export function topicBars(rows: StackRow[], opts: { title: string; clickable?: boolean }): string {
	const W = 640;
	const rowH = 26;
	const labelW = 190;
	const noteW = 120;
	const H = rows.length * rowH + 8;
	const max = Math.max(1, ...rows.map((r) => r.total));
	const span = W - labelW - noteW - 8;
	let body = '';
	rows.forEach((r, i) => {
		const y = 4 + i * rowH;
		const scale = span / max;
		const seg = (v: number) => v * scale;
		const other = Math.max(0, r.total - r.positive - r.neutral - r.negative);
		let x = labelW;
		const part = (v: number, color: string, name: string) => {
			if (v <= 0) return '';
			const s = `<rect x="${r1(x)}" y="${y + 4}" width="${r1(seg(v))}" height="${rowH - 10}" fill="${color}"><title>${esc(r.label)} · ${esc(name)}: ${esc(fmt(v, 0))}</title></rect>`;
			x += seg(v);
			return s;
		};
		const g =
			`<text x="${labelW - 8}" y="${y + rowH / 2 + 4}" text-anchor="end" fill="${COLORS.text}">${esc(r.label.length > 28 ? `${r.label.slice(0, 27)}…` : r.label)}</text>` +
			part(r.negative, COLORS.negative, 'negative') +
			part(r.neutral, COLORS.neutral, 'neutral') +
			part(r.positive, COLORS.positive, 'positive') +
			part(other, COLORS.grid, 'no sentiment') +
			`<text x="${r1(labelW + seg(r.total) + 6)}" y="${y + rowH / 2 + 4}" fill="${COLORS.muted}">${esc(r.note)}</text>`;
		body += opts.clickable
			? `<g class="topic-row" data-topic="${esc(r.key)}" tabindex="0" role="button" style="cursor:pointer"><rect x="0" y="${y}" width="${W}" height="${rowH}" fill="transparent"/>${g}</g>`
			: g;
	});
	return frame(W, Math.max(H, 30), opts.title, body);
}

export interface QuadrantPoint {
	label: string;
	x: number;
	y: number;
	quadrant: string | null;
}

/** Importance–performance scatter with the quadrant split lines. */
export function quadrantChart(
	points: QuadrantPoint[],
	opts: { title: string; xLabel: string; yLabel: string; xSplit: number; ySplit: number; names: Record<string, string> },
): string {
	const W = 640;
	const H = 340;
	const L = 48;
	const R = 16;
	const T = 16;
	const B = 40;
	const ymax = Math.max(10, Math.ceil(Math.max(...points.map((p) => p.y), opts.ySplit) / 10) * 10);
	const x = (v: number) => L + (v * (W - L - R)) / 100;
	const y = (v: number) => T + ((ymax - v) * (H - T - B)) / ymax;
	const colors: Record<string, string> = { fix: COLORS.negative, strength: COLORS.positive, monitor: COLORS.neutral, maintain: COLORS.passive };
	let body = `<rect x="${L}" y="${T}" width="${W - L - R}" height="${H - T - B}" fill="#fafafa" stroke="${COLORS.grid}"/>`;
	body += `<line x1="${r1(x(opts.xSplit))}" x2="${r1(x(opts.xSplit))}" y1="${T}" y2="${H - B}" stroke="${COLORS.muted}" stroke-dasharray="4 3"/>`;
	body += `<line x1="${L}" x2="${W - R}" y1="${r1(y(opts.ySplit))}" y2="${r1(y(opts.ySplit))}" stroke="${COLORS.muted}" stroke-dasharray="4 3"/>`;
	const corner = (qx: number, qy: number, anchor: string, key: string) =>
		`<text x="${qx}" y="${qy}" text-anchor="${anchor}" fill="${colors[key]}" font-weight="600">${esc(opts.names[key] ?? key)}</text>`;
	body += corner(L + 6, T + 14, 'start', 'fix') + corner(W - R - 6, T + 14, 'end', 'strength');
	body += corner(L + 6, H - B - 6, 'start', 'monitor') + corner(W - R - 6, H - B - 6, 'end', 'maintain');
	for (const t of [0, 25, 50, 75, 100]) body += `<text x="${r1(x(t))}" y="${H - B + 14}" text-anchor="middle" fill="${COLORS.muted}">${t}</text>`;
	for (const t of niceTicks(0, ymax, 4)) body += `<text x="${L - 6}" y="${r1(y(t) + 4)}" text-anchor="end" fill="${COLORS.muted}">${esc(fmt(t, 0))}</text>`;
	body += `<text x="${(L + W - R) / 2}" y="${H - 6}" text-anchor="middle" fill="${COLORS.text}">${esc(opts.xLabel)}</text>`;
	body += `<text transform="translate(12 ${(T + H - B) / 2}) rotate(-90)" text-anchor="middle" fill="${COLORS.text}">${esc(opts.yLabel)}</text>`;
	for (const p of points) {
		const c = colors[p.quadrant ?? ''] ?? COLORS.brand;
		body +=
			`<circle cx="${r1(x(p.x))}" cy="${r1(y(p.y))}" r="6" fill="${c}" fill-opacity="0.85"><title>${esc(p.label)}: ${esc(fmt(p.y, 1))} / ${esc(fmt(p.x, 1))}</title></circle>` +
			`<text x="${r1(p.x > 60 ? x(p.x) - 9 : x(p.x) + 9)}" y="${r1(y(p.y) + 4)}" text-anchor="${p.x > 60 ? 'end' : 'start'}" fill="${COLORS.text}">${esc(p.label.length > 22 ? `${p.label.slice(0, 21)}…` : p.label)}</text>`;
	}
	return frame(W, H, opts.title, body);
}

export interface ControlPoint {
	label: string;
	p: number | null;
	ucl: number | null;
	lcl: number | null;
	out: boolean;
}

/** p-chart: the defect share per period with its (varying) control limits and the centre line. */
export function controlChart(points: ControlPoint[], center: number | null, opts: { title: string; centerLabel: string }): string {
	const W = 640;
	const H = 220;
	const L = 48;
	const R = 32;
	const T = 12;
	const B = 36;
	const vals = points.flatMap((p) => [p.p, p.ucl, p.lcl]).filter((v): v is number => typeof v === 'number');
	if (!vals.length || center === null) return frame(W, 60, opts.title, `<text x="${W / 2}" y="34" text-anchor="middle" fill="${COLORS.muted}">–</text>`);
	const max = Math.min(1, Math.max(...vals) * 1.1);
	const min = 0;
	const x = (i: number) => L + (points.length === 1 ? (W - L - R) / 2 : (i * (W - L - R)) / (points.length - 1));
	const y = (v: number) => T + ((max - v) * (H - T - B)) / (max - min || 1);
	let body = '';
	for (const t of niceTicks(min, max, 4)) {
		body += `<line x1="${L}" x2="${W - R}" y1="${r1(y(t))}" y2="${r1(y(t))}" stroke="${COLORS.grid}"/><text x="${L - 6}" y="${r1(y(t) + 4)}" text-anchor="end" fill="${COLORS.muted}">${esc(fmt(t * 100, 1))}%</text>`;
	}
	const step = (key: 'ucl' | 'lcl') => {
		let d = '';
		points.forEach((p, i) => {
			const v = p[key];
			if (v === null) return;
			const half = points.length > 1 ? (W - L - R) / (points.length - 1) / 2 : 20;
			d += `M${r1(Math.max(L, x(i) - half))},${r1(y(v))}L${r1(Math.min(W - R, x(i) + half))},${r1(y(v))}`;
		});
		return `<path d="${d}" stroke="${COLORS.negative}" stroke-dasharray="5 3" fill="none"/>`;
	};
	body += step('ucl') + step('lcl');
	body += `<line x1="${L}" x2="${W - R}" y1="${r1(y(center))}" y2="${r1(y(center))}" stroke="${COLORS.brand}"/>`;
	body += `<text x="${W - R}" y="${r1(y(center) - 4)}" text-anchor="end" fill="${COLORS.brand}">${esc(opts.centerLabel)} ${esc(fmt(center * 100, 1))}%</text>`;
	let d = '';
	let pen = false;
	points.forEach((p, i) => {
		if (p.p === null) {
			pen = false;
			return;
		}
		d += `${pen ? 'L' : 'M'}${r1(x(i))},${r1(y(p.p))}`;
		pen = true;
	});
	body += `<path d="${d}" fill="none" stroke="${COLORS.text}" stroke-width="1.5"/>`;
	const every = Math.max(1, Math.ceil(points.length / 10));
	points.forEach((p, i) => {
		if (p.p !== null) {
			body += `<circle cx="${r1(x(i))}" cy="${r1(y(p.p))}" r="${p.out ? 5 : 3}" fill="${p.out ? COLORS.negative : COLORS.text}"><title>${esc(p.label)}: ${esc(fmt(p.p * 100, 2))}%</title></circle>`;
		}
		if (i % every === 0 || i === points.length - 1) body += `<text x="${r1(x(i))}" y="${H - B + 16}" text-anchor="middle" fill="${COLORS.muted}">${esc(p.label)}</text>`;
	});
	return frame(W, H, opts.title, body);
}
