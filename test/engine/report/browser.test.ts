/**
 * The dashboard page and the report in a real browser (Debian's Chromium through playwright-core,
 * skipped when it is not installed): no script error, no injected script runs, the topic drill-down
 * works by clicks, and screenshots are kept in artifacts/ (gitignored) for the docs and for review.
 * The same page served by a real n8n is covered by the e2e suite.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { computeMetrics } from '../../../nodes/engine/metrics/aggregator';
import { renderReport } from '../../../nodes/engine/report/render';
import { SAMPLE_OPTIONS, sampleFeedback } from './sample';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTIFACTS = join(__dirname, '..', '..', '..', 'artifacts');
const run = existsSync(CHROMIUM) ? describe : describe.skip;

run('CX Report in Chromium', () => {
	let browser: import('playwright-core').Browser;
	const metrics = computeMetrics(sampleFeedback(), SAMPLE_OPTIONS);

	beforeAll(async () => {
		const { chromium } = await import('playwright-core');
		browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
		mkdirSync(ARTIFACTS, { recursive: true });
	});
	afterAll(async () => {
		await browser?.close();
	});

	async function open(html: string, name: string) {
		const file = join(ARTIFACTS, `${name}.html`);
		writeFileSync(file, html);
		const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
		const problems: string[] = [];
		page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
		page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
		page.on('dialog', async (d) => {
			problems.push(`dialog: ${d.message()}`); // an injected alert() ran
			await d.dismiss();
		});
		page.on('request', (r) => !r.url().startsWith('file:') && problems.push(`request: ${r.url()}`));
		await page.goto(`file://${file}`);
		return { page, problems };
	}

	it('dashboard page: click a topic, then a sub-topic, see its verbatims', async () => {
		const { html } = renderReport(metrics, { lang: 'en', mode: 'page' });
		const { page, problems } = await open(html, 'cx-dashboard-page');
		await page.locator('#topics svg g.topic-row[data-topic="客房 Room"]').first().click();
		const drill = page.locator('#drill');
		await drill.getByText('Sub-topics').waitFor();
		await drill.locator('button.drow[data-topic="客房 Room › 清洁 Cleanliness"]').click();
		await drill.locator('button.drow[data-topic="客房 Room › 清洁 Cleanliness › 卫生间 Bathroom"]').click();
		await drill.getByText('What customers said').waitFor();
		expect(await drill.locator('strong').innerText()).toBe('卫生间 Bathroom');
		const quotes = await drill.locator('blockquote').count();
		expect(quotes).toBeGreaterThan(0);
		expect(quotes).toBeLessThanOrEqual(5);
		// The breadcrumb goes back up without a reload.
		await drill.locator('.crumbs button', { hasText: '客房 Room' }).click();
		expect(await drill.locator('strong').innerText()).toBe('客房 Room');
		// A hostile topic name is shown as text.
		await page.locator('#topics svg g.topic-row[data-topic^="价格"]').first().click();
		expect(await drill.locator('strong').innerText()).toContain('<img src=x');
		await page.locator('#topics').screenshot({ path: join(ARTIFACTS, 'cx-dashboard-drilldown.png') });
		await page.screenshot({ path: join(ARTIFACTS, 'cx-dashboard-page.png'), fullPage: true });
		expect(problems).toEqual([]);
	});

	it.each(['en', 'zh'] as const)('report (%s) renders without errors', async (lang) => {
		const { html } = renderReport(metrics, { lang });
		const { page, problems } = await open(html, `cx-report-${lang}`);
		expect(await page.locator('svg').count()).toBeGreaterThanOrEqual(7);
		await page.setViewportSize({ width: 1200, height: 1400 });
		await page.screenshot({ path: join(ARTIFACTS, `cx-report-${lang}-top.png`) });
		// Expand the static drill-down of the first topic.
		await page.locator('#topics details > summary').first().click();
		await page.screenshot({ path: join(ARTIFACTS, `cx-report-${lang}.png`), fullPage: true });
		expect(problems).toEqual([]);
	});

	// The pictures in docs/img come from the same sample without the XSS strings (those stay in the
	// tests above): artifacts/docs/*.png, copied to docs/img when the report's look changes.
	it('docs pictures from clean data (artifacts/docs)', async () => {
		const clean = computeMetrics(sampleFeedback(2400, 42, { clean: true }), SAMPLE_OPTIONS);
		const dir = join(ARTIFACTS, 'docs');
		mkdirSync(dir, { recursive: true });
		const report = await open(renderReport(clean, { lang: 'zh' }).html, 'docs-cx-report-zh');
		await report.page.setViewportSize({ width: 1200, height: 1400 });
		await report.page.screenshot({ path: join(dir, 'cx-report-zh-top.png') });
		const dash = await open(renderReport(clean, { lang: 'en', mode: 'page' }).html, 'docs-cx-dashboard-page');
		await dash.page.locator('#topics svg g.topic-row[data-topic="客房 Room"]').first().click();
		await dash.page.locator('#drill button.drow[data-topic="客房 Room › 清洁 Cleanliness"]').click();
		await dash.page.locator('#drill button.drow[data-topic="客房 Room › 清洁 Cleanliness › 卫生间 Bathroom"]').click();
		await dash.page.locator('#drill').getByText('What customers said').waitFor();
		const html = await dash.page.content();
		expect(html).not.toContain('<img src=x');
		expect(html).not.toContain('13800138000'); // redacted in the verbatims
		await dash.page.locator('#topics').screenshot({ path: join(dir, 'cx-dashboard-drilldown.png') });
		expect([...report.problems, ...dash.problems]).toEqual([]);
	});
});
