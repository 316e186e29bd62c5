/**
 * The report as a PDF: a locally installed Chromium (or Chrome) prints the self-contained report
 * HTML, driven by playwright-core, which ships no browser of its own and downloads none. It is
 * loaded only when a PDF is asked for, so HTML-only users pay nothing for it.
 *
 * Every call launches its own headless browser with a fresh, temporary profile (Playwright creates
 * and removes it) and closes it afterwards: nothing is shared between executions, which may run on
 * different queue-mode workers anyway. The page gets no network: the report has no external asset,
 * and any request it would make is aborted.
 */
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Flags that work as root in containers and keep Chromium off the network on its own account. */
export const CHROMIUM_FLAGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-dev-shm-usage',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
];

const ENV_VARS = ['CHROME_PATH', 'PUPPETEER_EXECUTABLE_PATH'] as const;
const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];
const FIXED = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
	'/usr/bin/google-chrome-stable',
	'/snap/bin/chromium',
	'/opt/google/chrome/chrome',
	'/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
	'/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export class ChromiumNotFoundError extends Error {
	constructor(
		readonly tried: string[],
		readonly explicit: boolean,
	) {
		super(
			explicit
				? `No Chromium at the given path: ${tried[0]}`
				: `No Chromium or Chrome found for the PDF (looked at ${tried.join(', ')})`,
		);
	}

	/** What to do about it, for the error's description. */
	get hint(): string {
		return (
			'Install Chromium on the machine that runs n8n (Debian/Ubuntu: apt-get install chromium fonts-noto-cjk; ' +
			'Alpine, as in Docker images built on it: apk add chromium font-noto-cjk), or set "Chromium Path" in the node ' +
			'or the CHROME_PATH environment variable of n8n to the browser executable. The CJK fonts are needed for Chinese text.'
		);
	}
}

function executable(path: string): boolean {
	try {
		accessSync(path, constants.X_OK);
		return true;
	} catch {
		return false;
	}
}

export interface FindOptions {
	/** The node's "Chromium Path": used alone when given. */
	explicitPath?: string;
	env?: Record<string, string | undefined>;
	/** For tests: whether a file is an executable. */
	isExecutable?: (path: string) => boolean;
}

/**
 * The browser to print with: the explicit path, else CHROME_PATH, PUPPETEER_EXECUTABLE_PATH, the
 * usual names on PATH, then the usual install locations. Throws ChromiumNotFoundError listing where
 * it looked.
 */
export function findChromium(options: FindOptions = {}): string {
	const isExe = options.isExecutable ?? executable;
	const explicit = options.explicitPath?.trim();
	if (explicit) {
		if (isExe(explicit)) return explicit;
		throw new ChromiumNotFoundError([explicit], true);
	}
	const env = options.env ?? {};
	const tried: string[] = [];
	for (const name of ENV_VARS) {
		const v = env[name]?.trim();
		if (!v) {
			tried.push(`${name} (not set)`);
			continue;
		}
		if (isExe(v)) return v;
		tried.push(`${name}=${v}`);
	}
	const dirs = (env.PATH ?? '').split(delimiter).filter(Boolean);
	const candidates = [...dirs.flatMap((d) => NAMES.map((n) => join(d, n))), ...FIXED];
	for (const c of [...new Set(candidates)]) if (isExe(c)) return c;
	tried.push(`${NAMES.join(' / ')} on PATH`, ...FIXED.filter((f) => !dirs.some((d) => f.startsWith(`${d}/`))));
	throw new ChromiumNotFoundError(tried, false);
}

export interface PdfOptions {
	executablePath: string;
	/** Paper size. Default A4. */
	format?: 'A4' | 'A3' | 'Letter' | 'Legal';
	landscape?: boolean;
	/** For launching Chromium and for printing, each. Default 60 s. */
	timeoutMs?: number;
	/** Footer text beside the page numbers (e.g. the report title). */
	footer?: string;
}

export interface PdfResult {
	pdf: Buffer;
	pages: number;
	ms: number;
}

/** Pages in a PDF that Chromium (Skia) wrote: its page objects are not inside compressed streams. */
export function countPdfPages(pdf: Buffer): number {
	return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Prints a self-contained HTML document to PDF with a local Chromium. */
export async function htmlToPdf(html: string, options: PdfOptions): Promise<PdfResult> {
	const t0 = Date.now();
	const timeout = options.timeoutMs ?? 60_000;
	// Loaded here, not at the top: only PDF users need it.
	const { chromium } = await import('playwright-core');
	const browser = await chromium.launch({ executablePath: options.executablePath, headless: true, args: CHROMIUM_FLAGS, timeout });
	try {
		// No script: the report needs none (its drill-down is <details>), and the text in it is customers'.
		const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
		const page = await context.newPage();
		page.setDefaultTimeout(timeout);
		await page.route('**/*', (route) => route.abort());
		await page.setContent(html, { waitUntil: 'load', timeout });
		const footer = options.footer ? `<span>${escapeHtml(options.footer)}</span> · ` : '';
		const pdf = await page.pdf({
			format: options.format ?? 'A4',
			landscape: options.landscape ?? false,
			printBackground: true,
			margin: { top: '12mm', bottom: '16mm', left: '10mm', right: '10mm' },
			displayHeaderFooter: true,
			headerTemplate: '<span></span>',
			footerTemplate: `<div style="font-size:8px;width:100%;text-align:center;color:#6b7280">${footer}<span class="pageNumber"></span> / <span class="totalPages"></span></div>`,
		});
		return { pdf, pages: countPdfPages(pdf), ms: Date.now() - t0 };
	} finally {
		await browser.close();
	}
}
