/**
 * CX Report renderer: one self-contained HTML document (inline CSS, inline SVG, no external asset)
 * from a CX Metrics result, in English or Chinese.
 *
 * - mode "report": a static report for e-mail or chat; topic drill-down by indicator-tree level
 *   works without script (<details>), so it also survives mail clients and printing to PDF.
 * - mode "page": the dashboard page served by a Webhook → Respond to Webhook workflow; a filter form
 *   (property, period granularity, dates) re-requests the page with query parameters, and the topic
 *   drill-down (topic → sub-topics → verbatims) runs in the page from embedded JSON without a reload.
 *
 * All user text is escaped (HTML) or set with textContent (script); embedded JSON is script-safe.
 */
import type { GroupResult, MetricsResult, TopicNode } from '../metrics/aggregator';
import type { Change } from '../metrics/accumulator';
import type { Verbatim } from '../metrics/verbatims';
import { COLORS, columnChart, controlChart, lineChart, quadrantChart, topicBars, type StackRow } from './charts';
import { esc, fmt, jsonForScript, signed } from './html';
import { dict, type Dict, type Lang } from './i18n';
import { summaryFacts, summarySentences } from './summary';

export interface ReportOptions {
	lang?: Lang;
	mode?: 'report' | 'page';
	title?: string;
	subtitle?: string;
	/** Replaces the generated summary (e.g. text an LLM wrote from `summaryFacts`). */
	summary?: string;
	/** Topics shown per chart. Default 10. */
	topTopics?: number;
	/**
	 * For printing (the PDF): the top-level topic sections of the static drill-down are open, since
	 * paper cannot be clicked; deeper levels show their one-line summaries.
	 */
	print?: boolean;
	/** Page mode: the filter form. */
	page?: {
		/** Where the filter form submits (default: the same URL). */
		action?: string;
		locations?: Array<{ value: string; label: string }>;
		selected?: { location?: string; granularity?: string; from?: string; to?: string };
	};
}

export interface RenderedReport {
	html: string;
	summary: string[];
	/** The summary as HTML paragraphs (escaped), e.g. for an e-mail body. */
	summaryHtml: string;
	facts: ReturnType<typeof summaryFacts>;
}

const CSS = `
:root{--brand:${COLORS.brand};--text:#1f2937;--muted:#6b7280;--line:#e5e7eb;--bg:#f8fafc;--neg:${COLORS.negative};--pos:${COLORS.positive}}
*{box-sizing:border-box}body{margin:0;background:var(--bg);color:var(--text);font:14px/1.5 system-ui,-apple-system,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif}
header{background:var(--brand);color:#fff;padding:20px 28px}header h1{margin:0;font-size:22px}header p{margin:4px 0 0;opacity:.9}
main{max-width:1080px;margin:0 auto;padding:16px 20px 40px}
section{background:#fff;border:1px solid var(--line);border-radius:10px;padding:16px 20px;margin:16px 0}
h2{font-size:17px;margin:0 0 10px}h3{font-size:14px;margin:14px 0 6px;color:var(--muted);font-weight:600}
.kpis{display:grid;grid-template-columns:repeat(auto-fill,minmax(190px,1fr));gap:12px}
.kpi{border:1px solid var(--line);border-radius:8px;padding:10px 12px}.kpi .v{font-size:26px;font-weight:700}.kpi .l{color:var(--muted);font-size:12px}
.kpi .d{font-size:12px}.up{color:var(--pos)}.down{color:var(--neg)}.ns{color:var(--muted)}
.badge{display:inline-block;padding:0 6px;border-radius:9px;font-size:11px;background:#fef3c7;color:#92400e;margin-left:4px}
.grid2{display:grid;grid-template-columns:repeat(auto-fit,minmax(420px,1fr));gap:16px}.stack .chart{max-width:760px}
table{border-collapse:collapse;width:100%;font-size:13px}th,td{text-align:left;padding:6px 8px;border-bottom:1px solid var(--line)}th{color:var(--muted);font-weight:600}td.n{text-align:right;font-variant-numeric:tabular-nums}
.bar{background:var(--line);border-radius:4px;height:8px;min-width:80px}.bar>span{display:block;height:8px;border-radius:4px;background:var(--brand)}
blockquote{margin:8px 0;padding:8px 12px;border-left:3px solid var(--line);background:#fafafa}blockquote .m{display:block;color:var(--muted);font-size:12px;margin-top:4px}
blockquote.neg{border-color:var(--neg)}blockquote.pos{border-color:var(--pos)}
details{margin:4px 0 4px 12px}summary{cursor:pointer}
.summary p{margin:0 0 6px}.muted{color:var(--muted)}.legend span{margin-right:12px;font-size:12px}.legend i{display:inline-block;width:10px;height:10px;margin-right:4px;vertical-align:-1px}
form.filters{display:flex;flex-wrap:wrap;gap:10px;align-items:end}form.filters label{display:flex;flex-direction:column;font-size:12px;color:var(--muted)}
form.filters select,form.filters input{font:inherit;padding:5px 8px;border:1px solid var(--line);border-radius:6px}form.filters button{font:inherit;padding:6px 14px;border:0;border-radius:6px;background:var(--brand);color:#fff;cursor:pointer}
#drill .crumbs button{font:inherit;border:0;background:none;color:var(--brand);cursor:pointer;padding:0}
.drow{display:grid;grid-template-columns:minmax(120px,220px) 1fr 110px;gap:8px;align-items:center;padding:4px 0;cursor:pointer;border:0;background:none;width:100%;text-align:left;font:inherit;color:inherit}
.drow:hover{background:#f1f5f9}.drow .sb{display:flex;height:14px;border-radius:3px;overflow:hidden;background:var(--line)}
.topic-row:hover rect:first-child{fill:#f1f5f9}
footer{color:var(--muted);font-size:12px;text-align:center;margin:24px 0}
@media print{body{background:#fff}section{break-inside:avoid;border:0}header{color:#000;background:#fff;border-bottom:2px solid var(--brand)}form.filters{display:none}}
`;

function changeText(c: Change | null | undefined, t: Dict, lang: Lang, unit = ''): string {
	if (!c) return '';
	const cls = c.verdict === 'up' ? 'up' : c.verdict === 'down' ? 'down' : 'ns';
	const words = c.verdict === 'up' ? t.up : c.verdict === 'down' ? t.down : c.verdict === 'insufficient sample' ? t.insufficient : t.notSignificant;
	const delta = c.delta === null ? '' : `${signed(c.delta, 1, lang)}${unit} `;
	return `<span class="${cls}">${esc(delta)}${esc(t.vsPrevious)} · ${esc(words)}${c.pValue !== null && c.verdict !== 'insufficient sample' ? ` (${esc(c.pValue < 0.001 ? 'p<0.001' : `p=${c.pValue.toFixed(3)}`)})` : ''}</span>`;
}

function kpi(label: string, value: string, detail: string, change = ''): string {
	return `<div class="kpi"><div class="l">${esc(label)}</div><div class="v">${value}</div><div class="l">${detail}</div><div class="d">${change}</div></div>`;
}

function kpiSection(m: MetricsResult, t: Dict, lang: Lang): string {
	const last = m.periods.filter((p) => p.n > 0).pop();
	const cur = last ?? m.overall;
	const ch = last?.change ?? null;
	const when = last ? esc(last.period) : esc(t.range);
	const cards: string[] = [];
	if (cur.nps.responses) {
		cards.push(
			kpi(t.nps, esc(fmt(cur.nps.score, 1, lang)), `±${esc(fmt(cur.nps.marginOfError, 1, lang))} ${esc(t.moe)} · ${esc(fmt(cur.nps.responses, 0, lang))} ${esc(t.responses)} · ${when}${cur.lowSample ? `<span class="badge">${esc(t.lowSample)}</span>` : ''}`, changeText(ch?.nps, t, lang)),
		);
	}
	if (cur.csat.responses) cards.push(kpi(t.csat, `${esc(fmt(cur.csat.topTwoBox, 1, lang))}%`, `${esc(t.csatMean)} ${esc(fmt(cur.csat.mean, 2, lang))} · ${when}`, changeText(ch?.csatTopTwoBox, t, lang, 'pp')));
	if (cur.rating.responses) cards.push(kpi(t.rating, esc(fmt(cur.rating.mean, 1, lang)), `±${esc(fmt(cur.rating.marginOfError, 1, lang))} · ${esc(fmt(cur.rating.responses, 0, lang))} · ${when}`, changeText(ch?.rating, t, lang)));
	if (cur.ces.responses) cards.push(kpi(t.ces, esc(fmt(cur.ces.mean, 2, lang)), `${esc(fmt(cur.ces.score, 0, lang))}/100 · ${when}`));
	cards.push(kpi(t.complaintRate, `${esc(fmt(cur.complaintRate, 1, lang))}%`, `${esc(fmt(cur.complaints, 0, lang))} / ${esc(fmt(cur.n, 0, lang))} · ${when}`, changeText(ch?.complaintRate, t, lang, 'pp')));
	if (m.overall.response.eligible) cards.push(kpi(t.responseRate, `${esc(fmt(m.overall.response.rate, 1, lang))}%`, `${esc(fmt(m.overall.response.replied, 0, lang))} / ${esc(fmt(m.overall.response.eligible, 0, lang))}`));
	if (m.reputation?.index !== null && m.reputation?.index !== undefined) cards.push(kpi(t.reputation, esc(fmt(m.reputation.index, 1, lang)), `${esc(fmt(m.reputation.reviews, 0, lang))} ${esc(t.reviews)}`));
	if (m.spc.sixSigma.sigmaLevel !== null) {
		const defect = t[`defect_${m.spc.defect}` as keyof Dict];
		cards.push(kpi(t.sigma, esc(fmt(m.spc.sixSigma.sigmaLevel, 2, lang)), `${esc(t.dpmo)} ${esc(fmt(m.spc.sixSigma.dpmo, 0, lang))} · ${esc(defect)}`));
	}
	return `<section id="kpis"><h2>${esc(t.kpis)}</h2><div class="kpis">${cards.join('')}</div></section>`;
}

function trendSection(m: MetricsResult, t: Dict): string {
	if (m.periods.length < 1) return '';
	const charts: string[] = [];
	if (m.overall.nps.responses) {
		charts.push(
			`<div><h3>${esc(t.npsTrend)}</h3>${lineChart(
				m.periods.map((p) => ({ label: p.period, value: p.nps.score, lo: p.nps.ci?.[0] ?? null, hi: p.nps.ci?.[1] ?? null, weak: p.lowSample })),
				{ title: t.npsTrend },
			)}</div>`,
		);
	}
	if (m.overall.rating.responses) {
		charts.push(
			`<div><h3>${esc(t.ratingTrend)}</h3>${lineChart(
				m.periods.map((p) => ({
					label: p.period,
					value: p.rating.mean,
					lo: p.rating.mean !== null && p.rating.marginOfError !== null ? p.rating.mean - p.rating.marginOfError : null,
					hi: p.rating.mean !== null && p.rating.marginOfError !== null ? p.rating.mean + p.rating.marginOfError : null,
					weak: p.lowSample,
				})),
				{ title: t.ratingTrend, color: COLORS.passive },
			)}</div>`,
		);
	}
	if (!charts.length) return '';
	return `<section id="trend"><h2>${esc(t.trend)}</h2><div class="grid2">${charts.join('')}</div></section>`;
}

function distributionSection(m: MetricsResult, t: Dict): string {
	const parts: string[] = [];
	const nps = m.overall.distribution.nps;
	if (nps.some((x) => x > 0)) {
		parts.push(
			`<div><h3>${esc(t.npsDistribution)}</h3>${columnChart(
				nps.map((v, i) => ({ label: String(i), value: v, color: i >= 9 ? COLORS.positive : i >= 7 ? COLORS.passive : COLORS.negative })),
				{ title: t.npsDistribution },
			)}</div>`,
		);
	}
	const rating = m.overall.distribution.rating;
	if (rating.some((x) => x > 0)) {
		const labels = ['0–19', '20–39', '40–59', '60–79', '80–100'];
		const colors = [COLORS.negative, COLORS.negative, COLORS.passive, COLORS.brandLight, COLORS.positive];
		parts.push(`<div><h3>${esc(t.ratingDistribution)}</h3>${columnChart(rating.map((v, i) => ({ label: labels[i], value: v, color: colors[i] })), { title: t.ratingDistribution })}</div>`);
	}
	if (!parts.length) return '';
	return `<section id="distribution"><h2>${esc(t.distribution)}</h2><div class="grid2">${parts.join('')}</div></section>`;
}

function topicRow(n: TopicNode, t: Dict, lang: Lang): StackRow {
	return {
		key: n.key,
		label: n.name,
		total: n.count,
		positive: n.positive,
		neutral: n.neutral,
		negative: n.negative,
		note: `${fmt(n.count, 0, lang)} · ${fmt(n.negativeShare, 0, lang)}% ${t.negativeShare}`,
	};
}

function verbatimHtml(v: Verbatim, lang: Lang): string {
	const cls = v.sentiment === 'negative' ? 'neg' : v.sentiment === 'positive' ? 'pos' : '';
	const meta = [v.occurredAt.slice(0, 10), v.location, v.source, v.score !== undefined ? `${fmt(v.score, 0, lang)}/100` : undefined].filter(Boolean).join(' · ');
	return `<blockquote class="${cls}">${esc(v.text)}<span class="m">${esc(meta)}</span></blockquote>`;
}

const legend = (t: Dict) =>
	`<div class="legend"><span><i style="background:${COLORS.negative}"></i>${esc(t.negative)}</span><span><i style="background:${COLORS.neutral}"></i>${esc(t.neutral)}</span><span><i style="background:${COLORS.positive}"></i>${esc(t.positive)}</span></div>`;

function topicsSection(m: MetricsResult, t: Dict, lang: Lang, top: number, page: boolean, print = false): string {
	if (!m.topics.nodes.length) return '';
	const byKey = new Map(m.topics.nodes.map((n) => [n.key, n]));
	const roots = m.topics.roots.map((k) => byKey.get(k)!).filter(Boolean);
	const byVolume = roots.slice(0, top);
	const minCount = Math.max(5, Math.round(m.minSample / 3));
	const byNegative = m.topics.nodes
		.filter((n) => n.count >= minCount && n.negativeShare !== null)
		.sort((a, b) => (b.negativeShare ?? 0) - (a.negativeShare ?? 0) || b.count - a.count)
		.slice(0, top);
	let html = `<section id="topics"><h2>${esc(t.topics)}</h2>${legend(t)}<div class="grid2"><div><h3>${esc(t.topicsByVolume)}</h3>${topicBars(
		byVolume.map((n) => topicRow(n, t, lang)),
		{ title: t.topicsByVolume, clickable: page },
	)}</div><div><h3>${esc(t.topicsByNegative)}</h3>${topicBars(
		byNegative.map((n) => ({ ...topicRow(n, t, lang), label: n.path.join(' › ') })),
		{ title: t.topicsByNegative, clickable: page },
	)}</div></div>`;
	if (page) {
		html += `<p class="muted">${esc(t.drillHint)}</p><div id="drill" aria-live="polite"></div>`;
	} else {
		// Static drill-down by level: <details> per topic, sub-topics inside, verbatims at each level.
		const tree = (n: TopicNode, depth: number): string => {
			const kids = n.children.map((k) => byKey.get(k)!).filter(Boolean).slice(0, top);
			const quotes = n.verbatims.slice(0, depth === 1 ? 3 : 2).map((v) => verbatimHtml(v, lang)).join('');
			return (
				`<details${print && depth === 1 ? ' open' : ''}><summary>${esc(n.name)} <span class="muted">${esc(fmt(n.count, 0, lang))} ${esc(t.mentions)} · ${esc(fmt(n.negativeShare, 0, lang))}% ${esc(t.negativeShare)}</span></summary>` +
				kids.map((k) => tree(k, depth + 1)).join('') +
				quotes +
				`</details>`
			);
		};
		html += `<h3>${esc(t.children)} / ${esc(t.verbatims)}</h3>${byVolume.map((n) => tree(n, 1)).join('')}`;
	}
	return `${html}</section>`;
}

function driverSection(m: MetricsResult, t: Dict, lang: Lang): string {
	const d = m.drivers;
	if (!d || !d.drivers.length) return '';
	const names = { fix: t.quadrant_fix, strength: t.quadrant_strength, monitor: t.quadrant_monitor, maintain: t.quadrant_maintain };
	const perfLabel = d.level === 0 ? t.performanceAnswers : t.performance;
	const chart = quadrantChart(
		d.drivers.filter((x) => x.performance !== null).map((x) => ({ label: x.name, x: x.performance as number, y: x.importance, quadrant: x.quadrant })),
		{ title: t.driverQuadrant, xLabel: perfLabel, yLabel: t.importance, xSplit: d.performanceThreshold ?? 50, ySplit: d.importanceThreshold ?? 0, names },
	);
	const rows = d.drivers
		.map(
			(x) =>
				`<tr><td>${esc(x.path.join(' › '))}</td><td class="n">${esc(fmt(x.importance, 1, lang))}%</td><td class="n">${esc(fmt(x.performance, 0, lang))}%</td><td class="n">${esc(fmt(x.correlation, 2, lang))}</td><td class="n">${esc(fmt(x.mentions, 0, lang))}</td><td>${esc(x.quadrant ? names[x.quadrant] : '')}</td></tr>`,
		)
		.join('');
	return (
		`<section id="drivers"><h2>${esc(t.drivers)}</h2><p class="muted">${esc(d.method)} · R² = ${esc(fmt(d.r2, 3, lang))} · n = ${esc(fmt(d.n, 0, lang))}</p>` +
		`<div class="stack"><div class="chart">${chart}</div><div><table><thead><tr><th>${esc(t.topics)}</th><th>${esc(t.importance)}</th><th>${esc(perfLabel)}</th><th>r</th><th>${esc(t.mentions)}</th><th></th></tr></thead><tbody>${rows}</tbody></table></div></div></section>`
	);
}

function slaBar(v: number | null): string {
	if (v === null) return '–';
	const color = v >= 90 ? COLORS.positive : v >= 75 ? COLORS.passive : COLORS.negative;
	return `<div class="bar" title="${esc(fmt(v, 1))}%"><span style="width:${Math.max(0, Math.min(100, v))}%;background:${color}"></span></div>`;
}

function leagueSection(m: MetricsResult, t: Dict, lang: Lang): string {
	let html = '';
	const depts = m.breakdowns.department;
	if (depts?.length) {
		const sorted = [...depts].sort((a, b) => (b.sla.compliance ?? -1) - (a.sla.compliance ?? -1) || a.label.localeCompare(b.label));
		html +=
			`<section id="departments"><h2>${esc(t.departments)}</h2><table><thead><tr><th>${esc(t.department)}</th><th>n</th><th>${esc(t.nps)}</th><th>${esc(t.complaintRate)}</th><th>${esc(t.slaCompliance)}</th><th></th><th>${esc(t.breached)}</th><th>${esc(t.open)}</th></tr></thead><tbody>` +
			sorted
				.map(
					(g) =>
						`<tr><td>${esc(g.label)}${g.lowSample ? `<span class="badge">${esc(t.lowSample)}</span>` : ''}</td><td class="n">${esc(fmt(g.n, 0, lang))}</td><td class="n">${esc(fmt(g.nps.score, 1, lang))}</td><td class="n">${esc(fmt(g.complaintRate, 1, lang))}%</td><td class="n">${esc(fmt(g.sla.compliance, 1, lang))}%</td><td>${slaBar(g.sla.compliance)}</td><td class="n">${esc(fmt(g.sla.breached, 0, lang))}</td><td class="n">${esc(fmt(g.sla.open, 0, lang))}</td></tr>`,
				)
				.join('') +
			`</tbody></table></section>`;
	}
	const locs = m.breakdowns.location;
	if (locs?.length) {
		const repo = new Map((m.reputation?.locations ?? []).map((r) => [r.key, r]));
		const sorted = [...locs].sort((a: GroupResult, b: GroupResult) => (b.nps.score ?? b.rating.mean ?? -999) - (a.nps.score ?? a.rating.mean ?? -999));
		html +=
			`<section id="locations"><h2>${esc(t.locations)}</h2><table><thead><tr><th>${esc(t.location)}</th><th>n</th><th>${esc(t.nps)}</th><th>±</th><th>${esc(t.rating)}</th><th>${esc(t.reputation)}</th><th>${esc(t.complaintRate)}</th><th>${esc(t.change)}</th></tr></thead><tbody>` +
			sorted
				.map(
					(g) =>
						`<tr><td>${esc(g.label)}${g.lowSample ? `<span class="badge">${esc(t.lowSample)}</span>` : ''}</td><td class="n">${esc(fmt(g.n, 0, lang))}</td><td class="n">${esc(fmt(g.nps.score, 1, lang))}</td><td class="n">${esc(fmt(g.nps.marginOfError, 1, lang))}</td><td class="n">${esc(fmt(g.rating.mean, 1, lang))}</td><td class="n">${esc(fmt(repo.get(g.key)?.index, 1, lang))}</td><td class="n">${esc(fmt(g.complaintRate, 1, lang))}%</td><td>${changeText(g.change?.nps, t, lang)}</td></tr>`,
				)
				.join('') +
			`</tbody></table></section>`;
	}
	const sites = m.reputation?.sites ?? [];
	if (sites.length) {
		html +=
			`<section id="reputation"><h2>${esc(t.sites)} · ${esc(t.reputation)} ${esc(fmt(m.reputation?.index, 1, lang))}</h2><p class="muted">${esc(m.reputation?.formula)}</p><table><thead><tr><th>${esc(t.site)}</th><th>${esc(t.reviews)}</th><th>${esc(t.rating)}</th><th>${esc(t.reputation)}</th></tr></thead><tbody>` +
			sites
				.map((s) => `<tr><td>${esc(s.label)}</td><td class="n">${esc(fmt(s.reviews, 0, lang))}</td><td class="n">${esc(fmt(s.meanRating, 1, lang))}</td><td class="n">${esc(fmt(s.index, 1, lang))}</td></tr>`)
				.join('') +
			`</tbody></table></section>`;
	}
	return html;
}

function spcSection(m: MetricsResult, t: Dict, lang: Lang): string {
	if (m.spc.centerLine === null || m.periods.length < 2) return '';
	const defect = t[`defect_${m.spc.defect}` as keyof Dict];
	const out = m.spc.chart.filter((p) => p.outOfControl);
	return (
		`<section id="spc"><h2>${esc(t.spc)} · ${esc(defect)}</h2><h3>${esc(t.pChart)}</h3><div class="stack"><div class="chart">` +
		controlChart(
			m.spc.chart.map((p) => ({ label: p.period, p: p.p, ucl: p.ucl, lcl: p.lcl, out: p.outOfControl })),
			m.spc.centerLine,
			{ title: t.pChart, centerLabel: t.centerLine },
		) +
		`</div></div>` +
		(out.length ? `<p><span class="down">${esc(t.outOfControl)}</span>: ${out.map((p) => `${esc(p.period)} (${esc(p.signal)})`).join(', ')}</p>` : '') +
		`<p class="muted">${esc(t.dpmo)} ${esc(fmt(m.spc.sixSigma.dpmo, 0, lang))} · ${esc(t.sigma)} ${esc(fmt(m.spc.sixSigma.sigmaLevel, 2, lang))} · ${esc(m.spc.sixSigma.convention)}</p></section>`
	);
}

function verbatimSection(m: MetricsResult, t: Dict, lang: Lang): string {
	const { negative, positive } = m.verbatims;
	if (!negative.length && !positive.length) return '';
	return (
		`<section id="verbatims"><h2>${esc(t.notable)}</h2><div class="grid2"><div><h3>${esc(t.worst)}</h3>${negative.map((v) => verbatimHtml({ ...v, sentiment: v.sentiment ?? 'negative' }, lang)).join('')}</div>` +
		`<div><h3>${esc(t.best)}</h3>${positive.map((v) => verbatimHtml({ ...v, sentiment: v.sentiment ?? 'positive' }, lang)).join('')}</div></div></section>`
	);
}

function filterForm(m: MetricsResult, t: Dict, opts: ReportOptions, lang: Lang): string {
	const p = opts.page ?? {};
	const sel = p.selected ?? {};
	const locations = p.locations ?? (m.breakdowns.location ?? []).map((g) => ({ value: g.key, label: g.label }));
	const option = (value: string, label: string, selected: boolean) => `<option value="${esc(value)}"${selected ? ' selected' : ''}>${esc(label)}</option>`;
	const gran = sel.granularity ?? m.granularity;
	return (
		`<section id="filters"><form class="filters" method="get"${p.action ? ` action="${esc(p.action)}"` : ''}>` +
		`<label>${esc(t.location)}<select name="location">${option('', t.allLocations, !sel.location)}${locations.map((l) => option(l.value, l.label, sel.location === l.value)).join('')}</select></label>` +
		`<label>${esc(t.period)}<select name="period">${(['day', 'week', 'month', 'quarter'] as const).map((g) => option(g, t[`granularity_${g}`], gran === g)).join('')}</select></label>` +
		`<label>${esc(t.from)}<input type="date" name="from" value="${esc(sel.from ?? '')}"></label>` +
		`<label>${esc(t.to)}<input type="date" name="to" value="${esc(sel.to ?? '')}"></label>` +
		// The page's language travels with the filters (the dashboard workflow reads ?lang=).
		`<input type="hidden" name="lang" value="${lang}"><button type="submit">${esc(t.apply)}</button></form></section>`
	);
}

/** The dashboard's drill-down: topic → sub-topics → verbatims, from embedded JSON, no reload. */
const DRILL_SCRIPT = `
(function(){
var data=JSON.parse(document.getElementById('cx-topics').textContent);
var t=JSON.parse(document.getElementById('cx-i18n').textContent);
var nodes={};data.nodes.forEach(function(n){nodes[n.key]=n;});
var box=document.getElementById('drill');if(!box)return;
function el(tag,cls,text){var e=document.createElement(tag);if(cls)e.className=cls;if(text!=null)e.textContent=text;return e;}
function bar(n,max){var s=el('div','sb');[['negative','${COLORS.negative}'],['neutral','${COLORS.neutral}'],['positive','${COLORS.positive}']].forEach(function(p){var w=max?100*n[p[0]]/max:0;if(w>0){var i=el('span');i.style.width=w+'%';i.style.background=p[1];i.title=t[p[0]]+': '+n[p[0]];s.appendChild(i);}});return s;}
function show(key){
  box.textContent='';var n=nodes[key];if(!n)return;
  var crumbs=el('div','crumbs');var all=el('button',null,t.allTopics);all.type='button';all.onclick=function(){box.textContent='';};crumbs.appendChild(all);
  n.path.forEach(function(_,i){var k=n.path.slice(0,i+1).join(' \\u203a ');crumbs.appendChild(document.createTextNode(' \\u203a '));
    if(i<n.path.length-1){var b=el('button',null,n.path[i]);b.type='button';b.onclick=function(){show(k);};crumbs.appendChild(b);}else{crumbs.appendChild(el('strong',null,n.path[i]));}});
  box.appendChild(crumbs);
  box.appendChild(el('p','muted',n.count+' '+t.mentions+' \\u00b7 '+(n.negativeShare==null?'\\u2013':n.negativeShare+'%')+' '+t.negativeShare+(n.meanScore==null?'':' \\u00b7 '+n.meanScore+'/100')));
  if(n.children.length){box.appendChild(el('h3',null,t.children));var max=0;n.children.forEach(function(k){if(nodes[k]&&nodes[k].count>max)max=nodes[k].count;});
    n.children.forEach(function(k){var c=nodes[k];if(!c)return;var r=el('button','drow');r.type='button';r.setAttribute('data-topic',k);r.appendChild(el('span',null,c.name));r.appendChild(bar(c,max));
      r.appendChild(el('span','muted',c.count+' \\u00b7 '+(c.negativeShare==null?'\\u2013':c.negativeShare+'%')));r.onclick=function(){show(k);};box.appendChild(r);});}
  box.appendChild(el('h3',null,t.verbatims));
  if(!n.verbatims.length)box.appendChild(el('p','muted',t.noVerbatims));
  n.verbatims.forEach(function(v){var q=el('blockquote',v.sentiment==='negative'?'neg':v.sentiment==='positive'?'pos':'',v.text);
    q.appendChild(el('span','m',[v.occurredAt.slice(0,10),v.location,v.source,v.score==null?null:v.score+'/100'].filter(Boolean).join(' \\u00b7 ')));box.appendChild(q);});
  box.scrollIntoView({behavior:'smooth',block:'nearest'});
}
document.querySelectorAll('[data-topic]').forEach(function(g){var k=g.getAttribute('data-topic');g.addEventListener('click',function(){show(k);});
  g.addEventListener('keydown',function(e){if(e.key==='Enter'||e.key===' '){e.preventDefault();show(k);}});});
window.cxShowTopic=show;
})();`;

export function renderReport(m: MetricsResult, options: ReportOptions = {}): RenderedReport {
	const lang: Lang = options.lang === 'zh' ? 'zh' : 'en';
	const t = dict(lang);
	const page = options.mode === 'page';
	const top = options.topTopics ?? 10;
	const sentences = options.summary ? options.summary.split(/\n+/).filter((s) => s.trim()) : summarySentences(m, lang);
	const summaryHtml = sentences.map((s) => `<p>${esc(s)}</p>`).join('');
	const title = options.title || (page ? t.dashboard : t.title);
	const sub = [
		options.subtitle,
		m.range.from && m.range.to ? `${t.range}: ${m.range.from.slice(0, 10)} – ${m.range.to.slice(0, 10)}` : undefined,
		`${fmt(m.records, 0, lang)} ${t.records}`,
		`${t.timeZone}: ${m.timeZone}`,
	]
		.filter(Boolean)
		.join(' · ');
	const body = [
		page ? filterForm(m, t, options, lang) : '',
		`<section class="summary" id="summary"><h2>${esc(t.summary)}</h2>${summaryHtml}</section>`,
		m.records ? kpiSection(m, t, lang) : '',
		m.records ? trendSection(m, t) : '',
		m.records ? distributionSection(m, t) : '',
		topicsSection(m, t, lang, top, page, options.print === true),
		driverSection(m, t, lang),
		leagueSection(m, t, lang),
		spcSection(m, t, lang),
		verbatimSection(m, t, lang),
		`<section id="methods"><h2>${esc(t.methods)}</h2><p class="muted">${esc(t.method_text)}</p></section>`,
	].join('\n');
	let scripts = '';
	if (page) {
		const topicData = {
			nodes: m.topics.nodes.map((n) => ({
				key: n.key,
				name: n.name,
				path: n.path,
				count: n.count,
				positive: n.positive,
				neutral: n.neutral,
				negative: n.negative,
				negativeShare: n.negativeShare,
				meanScore: n.meanScore,
				children: n.children,
				verbatims: n.verbatims,
			})),
		};
		const words = { allTopics: t.allTopics, children: t.children, verbatims: t.verbatims, noVerbatims: t.noVerbatims, mentions: t.mentions, negativeShare: t.negativeShare, positive: t.positive, neutral: t.neutral, negative: t.negative };
		scripts =
			`<script type="application/json" id="cx-topics">${jsonForScript(topicData)}</script>` +
			`<script type="application/json" id="cx-i18n">${jsonForScript(words)}</script>` +
			`<script>${DRILL_SCRIPT}</script>`;
	}
	const html =
		`<!DOCTYPE html><html lang="${lang === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
		`<title>${esc(title)}</title><style>${CSS}</style></head><body>` +
		`<header><h1>${esc(title)}</h1><p>${esc(sub)}</p></header><main>${body}</main>` +
		`<footer>${esc(t.generated)} ${esc(m.generatedAt)} · n8n-nodes-cxloop</footer>${scripts}</body></html>`;
	return { html, summary: sentences, summaryHtml, facts: summaryFacts(m) };
}
