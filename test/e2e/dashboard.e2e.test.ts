/**
 * The drill-down dashboard (workflows/dashboard.json) served by the real n8n, in a real browser.
 *
 * Varied Feedback records (zh + en, four properties, eight weeks, surveys and reviews, topics three
 * levels deep) are posted to the survey intake webhook, which stores them in the Data Table
 * cx_feedback; the dashboard workflow reads that table, so the page shows them. Headless Chromium
 * (Debian's /usr/bin/chromium through playwright-core) opens GET /webhook/cx/dashboard, clicks a topic,
 * sees its sub-topics and verbatims appear without a page reload, filters by property, and keeps
 * screenshots in artifacts/ (git-ignored). The browser part is skipped, with a note, only when
 * Chromium is not installed (.ci/run installs it).
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { callWebhook, info } from './n8n';
import { sampleFeedback } from '../engine/report/sample';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const HAVE_CHROMIUM = existsSync(CHROMIUM);
const ARTIFACTS = join(__dirname, '..', '..', 'artifacts');
const DASHBOARD = 'cx/dashboard';
const SEP = ' › ';

if (!HAVE_CHROMIUM) {
	console.warn(`[e2e] SKIPPED the dashboard browser test: ${CHROMIUM} is not installed (apt-get install chromium fonts-noto-cjk)`);
}
const browserIt = HAVE_CHROMIUM ? it : it.skip;

// Clean, realistic records (no XSS strings: those are in the unit tests); ids of their own.
const RECORDS: Array<Record<string, any>> = sampleFeedback(160, 6, { clean: true }).map((r) => ({ ...r, id: `e2e-dash:${r.id}` }));
const TEXTS = [...new Set(RECORDS.map((r) => r.text as string).filter(Boolean))];
const countAt = (location: string) => RECORDS.filter((r) => r.location.id === location).length;
/** Sub-topics of a topic key in the posted data, as the page keys them ("a › b"). */
function childrenOf(key: string): string[] {
	const depth = key.split(SEP).length;
	const out = new Set<string>();
	for (const r of RECORDS) {
		for (const t of r.analysis.topics as Array<{ path: string[] }>) {
			if (t.path.length > depth && t.path.slice(0, depth).join(SEP) === key) out.add(t.path.slice(0, depth + 1).join(SEP));
		}
	}
	return [...out].sort();
}

/**
 * Posts the records to the survey intake webhook. The first one alone, retried while n8n is still
 * registering the webhook (404 for a moment after start-up) and so that the intake's "create the table
 * if it does not exist" step runs once before concurrent requests; then a few at a time.
 */
async function postAll(records: Array<Record<string, any>>, concurrency = 4): Promise<number[]> {
	const statuses: number[] = [];
	const until = Date.now() + 30000;
	let first = await callWebhook('cx/survey-response', { body: records[0] });
	while (first.status === 404 && Date.now() < until) {
		await new Promise((r) => setTimeout(r, 500));
		first = await callWebhook('cx/survey-response', { body: records[0] });
	}
	statuses.push(first.status);
	let next = 1;
	await Promise.all(
		Array.from({ length: concurrency }, async () => {
			while (next < records.length) {
				const r = records[next++];
				statuses.push((await callWebhook('cx/survey-response', { body: r })).status);
			}
		}),
	);
	return statuses;
}

const recordsIn = (text: string) => Number(/([\d,]+)\s*(?:feedback records|条反馈)/.exec(text)?.[1].replace(/,/g, '') ?? NaN);

describe('Drill-down dashboard in a real n8n', () => {
	beforeAll(async () => {
		const statuses = await postAll(RECORDS);
		expect(statuses.filter((s) => s !== 201)).toEqual([]);
	}, 120000);

	it('serves the page over GET with the stored records and the drill-down data', async () => {
		const res = await callWebhook(DASHBOARD, { method: 'GET' });
		expect(res.status).toBe(200);
		expect(res.headers['content-type']).toMatch(/text\/html/);
		const html = String(res.data);
		expect(html).toContain('客户体验看板'); // zh by default
		expect(recordsIn(html)).toBeGreaterThanOrEqual(RECORDS.length); // other suites add a few rows too
		expect(html).toContain('id="cx-topics"');
		expect(html).toContain('data-topic="客房 Room"');
		const filtered = String((await callWebhook(`${DASHBOARD}?lang=en&location=BJ02`, { method: 'GET' })).data);
		expect(recordsIn(filtered)).toBe(countAt('BJ02'));
		expect(filtered).toContain('<option value="BJ02" selected>');
	});

	browserIt('in Chromium: topic → sub-topics → verbatims without a reload, then filter by property', async () => {
		const { chromium } = await import('playwright-core');
		mkdirSync(ARTIFACTS, { recursive: true });
		const browser = await chromium.launch({
			executablePath: CHROMIUM,
			args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
		});
		try {
			const base = info().baseUrl;
			const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
			const problems: string[] = [];
			page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
			page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
			page.on('dialog', async (d) => {
				problems.push(`dialog: ${d.message()}`);
				await d.dismiss();
			});
			const loads: string[] = [];
			page.on('framenavigated', (f) => f === page.mainFrame() && loads.push(f.url()));

			await page.goto(`${base}/webhook/${DASHBOARD}?lang=en`);
			expect(await page.locator('header h1').innerText()).toBe('Customer experience dashboard');
			expect(recordsIn(await page.locator('header p').innerText())).toBeGreaterThanOrEqual(RECORDS.length);
			await page.screenshot({ path: join(ARTIFACTS, 'e2e-dashboard.png'), fullPage: true });

			// Drill down by clicks; a marker on window proves the page was never reloaded.
			await page.evaluate(() => ((globalThis as any).__cxNoReload = true));
			const loadsBefore = loads.length;
			const drill = page.locator('#drill');
			await page.locator('#topics svg g.topic-row[data-topic="客房 Room"]').first().click();
			await drill.getByText('Sub-topics').waitFor({ timeout: 5000 });
			expect(await drill.locator('strong').innerText()).toBe('客房 Room');
			const shown = (await drill.locator('button.drow').evaluateAll((els) => els.map((e) => e.getAttribute('data-topic')))).sort();
			expect(shown).toEqual(expect.arrayContaining(childrenOf('客房 Room')));
			expect(shown.length).toBeGreaterThanOrEqual(2);

			const clean = `客房 Room${SEP}清洁 Cleanliness`;
			await drill.locator(`button.drow[data-topic="${clean}"]`).click();
			expect(await drill.locator('strong').innerText()).toBe('清洁 Cleanliness');
			const leaves = (await drill.locator('button.drow').evaluateAll((els) => els.map((e) => e.getAttribute('data-topic')))).sort();
			expect(leaves).toEqual(expect.arrayContaining(childrenOf(clean)));
			const bathroom = `${clean}${SEP}卫生间 Bathroom`;
			await drill.locator(`button.drow[data-topic="${bathroom}"]`).click();
			await drill.getByText('What customers said').waitFor({ timeout: 5000 });
			expect(await drill.locator('strong').innerText()).toBe('卫生间 Bathroom');
			const quotes = await drill.locator('blockquote').evaluateAll((els) => els.map((e) => e.firstChild?.textContent ?? ''));
			expect(quotes.length).toBeGreaterThan(0);
			expect(quotes.length).toBeLessThanOrEqual(5); // verbatimsPerTopic in the workflow
			// Each verbatim is one of the posted comments (redacted: the phone number is masked).
			for (const q of quotes) expect(TEXTS.some((t) => t.slice(0, 8) === q.slice(0, 8))).toBe(true);
			expect(quotes.join('\n')).not.toContain('13800138000');
			await drill.scrollIntoViewIfNeeded();
			await page.locator('#topics').screenshot({ path: join(ARTIFACTS, 'e2e-dashboard-drilldown.png') });
			// Back up through the breadcrumb, still without a reload.
			await drill.locator('.crumbs button', { hasText: '客房 Room' }).click();
			expect(await drill.locator('strong').innerText()).toBe('客房 Room');
			expect(await page.evaluate(() => (globalThis as any).__cxNoReload)).toBe(true);
			expect(loads.length).toBe(loadsBefore);

			// Filter by property: the form GETs the same webhook; the page keeps its language.
			await page.selectOption('select[name="location"]', 'BJ02');
			await Promise.all([page.waitForURL(/location=BJ02/), page.click('form.filters button[type="submit"]')]);
			expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
			expect(await page.locator('select[name="location"]').inputValue()).toBe('BJ02');
			const header = await page.locator('header p').innerText();
			expect(header).toContain('Property BJ02');
			expect(recordsIn(header)).toBe(countAt('BJ02'));
			await page.screenshot({ path: join(ARTIFACTS, 'e2e-dashboard-filtered.png'), fullPage: true });

			// The picture for docs/img: the posted data's own date range, top of the page.
			await page.goto(`${base}/webhook/${DASHBOARD}?lang=en&period=week&from=2026-09-28&to=2026-11-22`);
			await page.screenshot({ path: join(ARTIFACTS, 'e2e-dashboard-top.png') });
			expect(problems).toEqual([]);
		} finally {
			await browser.close();
		}
	});
});
