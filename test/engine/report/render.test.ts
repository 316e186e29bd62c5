import { computeMetrics } from '../../../nodes/engine/metrics/aggregator';
import { esc, jsonForScript } from '../../../nodes/engine/report/html';
import { renderReport } from '../../../nodes/engine/report/render';
import { summaryFacts } from '../../../nodes/engine/report/summary';
import { fb, npsBatch } from '../metrics/fixtures';
import { runPage } from './miniDom';
import { HOSTILE, SAMPLE_OPTIONS, sampleFeedback } from './sample';

const metrics = computeMetrics(sampleFeedback(), SAMPLE_OPTIONS);

describe('escaping', () => {
	it('escapes HTML and makes JSON script-safe', () => {
		expect(esc(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
		const j = jsonForScript({ t: '</script><!-- \u2028 &' });
		expect(j).not.toMatch(/<|>|&|\u2028/);
		expect(JSON.parse(j)).toEqual({ t: '</script><!-- \u2028 &' });
	});

	it.each(['report', 'page'] as const)('no user text reaches the %s unescaped', (mode) => {
		const { html } = renderReport(metrics, { lang: 'en', mode, title: HOSTILE, subtitle: HOSTILE });
		// The hostile string sits in a property name, a topic name, verbatims, title and subtitle.
		expect(html).not.toContain('<img src=x');
		expect(html).not.toContain('<script>alert(1)</script>');
		expect(html).toContain('&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;');
		// Only our own script elements: JSON data blocks and (page) the drill-down code.
		const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
		expect(scripts).toEqual(mode === 'page' ? ['<script type="application/json" id="cx-topics">', '<script type="application/json" id="cx-i18n">', '<script>'] : []);
	});
});

describe('report', () => {
	it('is one self-contained document with the charts and sections', () => {
		const { html } = renderReport(metrics, { lang: 'en' });
		expect(html.startsWith('<!DOCTYPE html><html lang="en">')).toBe(true);
		expect(html).not.toMatch(/<link\b|src="http|url\(http|@import/);
		expect((html.match(/<svg /g) ?? []).length).toBeGreaterThanOrEqual(7); // 2 trends, 2 distributions, 2 topic charts, quadrant, p-chart
		for (const id of ['summary', 'kpis', 'trend', 'distribution', 'topics', 'drivers', 'departments', 'locations', 'reputation', 'spc', 'verbatims', 'methods']) {
			expect(html).toContain(`id="${id}"`);
		}
		// Static drill-down by level: <details> nested three deep for 客房 Room › 清洁 Cleanliness › 卫生间 Bathroom.
		expect(html).toMatch(/<details><summary>客房 Room[\s\S]*<details><summary>清洁 Cleanliness[\s\S]*<details><summary>卫生间 Bathroom/);
		// Redacted verbatims.
		expect(html).not.toContain('13800138000');
		expect(html).not.toContain('guest@example.com');
		expect(html).toContain('[phone]');
	});

	it('renders Chinese', () => {
		const { html, summary } = renderReport(metrics, { lang: 'zh' });
		expect(html).toContain('<html lang="zh-CN">');
		expect(html).toContain('客户体验报告');
		expect(html).toContain('关键驱动因素');
		expect(summary[0]).toMatch(/^2026-W47 NPS 为 /);
	});

	it('writes the summary from the numbers', () => {
		const f = summaryFacts(metrics);
		const last = metrics.periods[metrics.periods.length - 1];
		expect(f.period).toBe('2026-W47');
		expect(f.nps.score).toBe(last.nps.score);
		expect(f.outOfControl.map((o) => o.period)).toContain('2026-W46'); // the planted housekeeping incident
		const { summary } = renderReport(metrics, { lang: 'en' });
		expect(summary[0]).toBe(`NPS in 2026-W47 was ${last.nps.score!.toLocaleString('en-GB', { maximumFractionDigits: 1 })} (±${last.nps.marginOfError!.toLocaleString('en-GB', { maximumFractionDigits: 1 })} at 95% confidence, ${last.nps.responses} responses).`);
		expect(summary.join(' ')).toMatch(/out of statistical control in [^.]*2026-W46/);
		expect(summary.join(' ')).toMatch(/Key-driver analysis ranks “客房 Room › 清洁 Cleanliness” first/);
	});

	it('says when a change is not significant, or the sample too small', () => {
		const small = computeMetrics([...npsBatch(10, 5, 5, { at: '2026-11-02T10:00:00Z' }), ...npsBatch(12, 5, 3, { at: '2026-11-09T10:00:00Z' })]);
		const en = renderReport(small, { lang: 'en' });
		expect(en.summary.join(' ')).toContain('Too few responses to test the change from 2026-W45.');
		expect(en.html).toContain('sample too small to test');
		const ns = computeMetrics([...npsBatch(160, 120, 120, { at: '2026-11-02T10:00:00Z' }), ...npsBatch(168, 120, 112, { at: '2026-11-09T10:00:00Z' })]);
		expect(renderReport(ns, { lang: 'en' }).summary[1]).toBe('The change of +4 points on 2026-W45 is not statistically significant (p = 0.494).');
		expect(renderReport(ns, { lang: 'zh' }).summary[1]).toBe('较 2026-W45 变化 +4 分，不显著（p = 0.494）。');
	});

	it('handles an empty result', () => {
		const { html, summary } = renderReport(computeMetrics([]), { lang: 'en' });
		expect(summary).toEqual(['No data for this selection.']);
		expect(html).toContain('No data for this selection.');
	});

	it('uses a summary given from outside (e.g. an LLM) instead of its own', () => {
		const { html, summary } = renderReport(computeMetrics([fb({ nps: 9 })]), { summary: 'Line one.\nLine <two>.' });
		expect(summary).toEqual(['Line one.', 'Line <two>.']);
		expect(html).toContain('<p>Line &lt;two&gt;.</p>');
	});
});

describe('dashboard page', () => {
	const page = renderReport(metrics, {
		lang: 'en',
		mode: 'page',
		page: { selected: { location: 'BJ02', granularity: 'month', from: '2026-10-01' } },
	});

	it('has a filter form with the properties and the current selection', () => {
		expect(page.html).toMatch(/<form class="filters" method="get">/);
		expect(page.html).toContain('<option value="BJ02" selected>Beijing Airport</option>');
		expect(page.html).toContain('<option value="month" selected>Monthly</option>');
		expect(page.html).toContain('name="from" value="2026-10-01"');
		expect(page.html).toContain('<option value="GZ03">广州塔店 &lt;img');
	});

	it('drills down topic → sub-topics → verbatims without a reload', () => {
		const { drill, rows, window } = runPage(page.html);
		expect(rows.length).toBeGreaterThan(5);
		const room = rows.find((r) => r.getAttribute('data-topic') === '客房 Room')!;
		room.click();
		let text = drill.textContent;
		expect(text).toContain('Sub-topics');
		expect(text).toContain('清洁 Cleanliness');
		expect(text).toContain('What customers said');
		// Click the sub-topic button, then its child.
		const clean = drill.find((e) => e.getAttribute('data-topic') === '客房 Room › 清洁 Cleanliness')[0];
		clean.click();
		const bath = drill.find((e) => e.getAttribute('data-topic') === '客房 Room › 清洁 Cleanliness › 卫生间 Bathroom')[0];
		bath.click();
		text = drill.textContent;
		expect(text).toContain('卫生间 Bathroom');
		const quotes = drill.find((e) => e.tagName === 'blockquote');
		expect(quotes.length).toBeGreaterThan(0);
		expect(quotes.length).toBeLessThanOrEqual(5);
		// Breadcrumb back to the parent.
		const crumb = drill.find((e) => e.tagName === 'button' && e.textContent === '清洁 Cleanliness')[0];
		crumb.click();
		expect(drill.find((e) => e.getAttribute('data-topic') === '客房 Room › 清洁 Cleanliness › 卫生间 Bathroom')).toHaveLength(1);
		// Hostile topic names are text, never markup.
		const hostile = rows.find((r) => r.getAttribute('data-topic')!.includes('<img'))!;
		hostile.click();
		expect(drill.textContent).toContain('<img src=x');
		expect(typeof window.cxShowTopic).toBe('function');
	});
});

describe('number formatting', () => {
	it('never prints -0 and groups thousands per language', () => {
		const { fmt } = require('../../../nodes/engine/report/html');
		expect(fmt(-0.00001, 1)).toBe('0');
		expect(fmt(-0, 0)).toBe('0');
		expect(fmt(219375, 0, 'en')).toBe('219,375');
		expect(fmt(null)).toBe('–');
	});
});
