// `node scripts/screenshot.mjs URL EMAIL PASSWORD PATH OUT.png`: logs in to a running n8n and saves a
// screenshot of a page (e.g. /workflow/<id>) with Debian's Chromium through playwright-core. Used to
// keep the pictures in docs/ true to what the editor shows.
import { chromium } from 'playwright-core';

const [base, email, password, path, out, openNode] = process.argv.slice(2);
const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
	const context = await browser.newContext({ viewport: { width: 1400, height: 800 }, deviceScaleFactor: 1 });
	const login = await context.request.post(`${base}/rest/login`, { data: { emailOrLdapLoginId: email, password } });
	if (!login.ok()) throw new Error(`login failed: ${login.status()}`);
	const page = await context.newPage();
	await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
	// The editor loads node types and the workflow after the shell: wait for canvas nodes when there are any.
	await page.waitForSelector('[data-test-id="canvas-node"]', { timeout: 45000 }).catch(() => {});
	await page.waitForTimeout(1500);
	// Close any welcome or "what's new" dialogs the editor may open.
	for (const label of ['Close', 'Got it', 'Skip']) {
		const b = page.getByRole('button', { name: label });
		if (await b.count()) await b.first().click().catch(() => {});
	}
	await page.keyboard.press('Escape').catch(() => {});
	if (openNode) {
		// Optional 6th argument: a node name to open in the parameter panel.
		await page.locator('[data-test-id="canvas-node"]', { hasText: openNode }).first().dblclick();
		await page.waitForTimeout(2000);
	}
	await page.waitForTimeout(500);
	await page.screenshot({ path: out });
	console.log(`saved ${out}`);
} finally {
	await browser.close();
}
