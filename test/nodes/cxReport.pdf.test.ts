/**
 * CX Report → PDF through the in-process n8n, printed by the machine's Chromium (playwright-core
 * drives it; nothing is downloaded). Skipped, with a note, when no Chromium is installed; the
 * "no browser" error case runs everywhere.
 */
import { execFileSync } from 'node:child_process';
import { binaryBytes, chain, runWorkflow } from '../harness/n8n';
import { metricsStep, sampleFeedback } from '../engine/report/sample';
import { countPdfPages, findChromium } from '../../nodes/engine/report/pdf';

let chromium: string | undefined;
try {
	chromium = findChromium({ env: process.env });
} catch {
	console.warn('[cxReport.pdf] SKIPPED the PDF tests: no Chromium found (apt-get install chromium fonts-noto-cjk, or set CHROME_PATH)');
}
const pdfIt = chromium ? it : it.skip;

let pdftotext = false;
try {
	execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
	pdftotext = true;
} catch {
	console.warn('[cxReport.pdf] pdftotext (poppler-utils) not installed: checking the embedded CJK font instead of the text');
}



function textOf(pdf: Buffer): string {
	return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', '-', '-'], { input: pdf }).toString('utf8');
}

describe('CX Report → PDF (local Chromium)', () => {
	pdfIt('a Chinese report as HTML and PDF on one item: %PDF, plausible pages, the Chinese text in it', async () => {
		const t0 = Date.now();
		const r = await runWorkflow(
			chain(metricsStep, {
				type: 'cxReport',
				name: 'Report',
				parameters: { operation: 'report', language: 'zh', title: '华东区周报', fileName: 'weekly.html', outputFormat: 'both', pdfOptions: { chromiumPath: chromium } },
			}),
			{ input: sampleFeedback(800) },
		);
		const [item] = r.items('Report');
		expect(Object.keys(item.binary!).sort()).toEqual(['data', 'pdf']);
		expect(item.binary!.data.mimeType).toBe('text/html; charset=utf-8');
		const bin = item.binary!.pdf;
		expect(bin.mimeType).toBe('application/pdf');
		expect(bin.fileName).toBe('weekly.pdf');
		const pdf = await binaryBytes(bin);
		expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
		expect(pdf.subarray(-8).toString('latin1')).toContain('%%EOF');
		const pages = countPdfPages(pdf);
		expect(pages).toBeGreaterThanOrEqual(3); // summary, KPIs, charts, tables, comments on A4
		expect(pages).toBeLessThanOrEqual(40);
		expect(item.json.pdf).toMatchObject({ fileName: 'weekly.pdf', bytes: pdf.length, pages });
		expect(item.json.summarySource).toBe('rules');
		// Chinese glyphs come from a CJK font embedded in the file (fonts-noto-cjk on Debian).
		expect(pdf.toString("latin1")).toMatch(/\/(?:BaseFont|FontName)\s*\/[A-Z]{6}\+[^\s/]*CJK/);
		if (pdftotext) {
			const text = textOf(pdf).replace(/\s+/g, '');
			expect(text).toContain('华东区周报');
			expect(text).toContain('NPS为'); // the summary
			expect(text).toContain('上海外滩店'); // a property in the league table
			expect(text).toContain('客房Room'); // an open top-level topic section
			expect(text).toContain(`1/${pages}`); // the page footer
		}
		console.log(`[cxReport.pdf] zh report: ${(pdf.length / 1024).toFixed(0)} kB, ${pages} pages, printed in ${item.json.pdf && (item.json.pdf as any).ms} ms (whole workflow ${Date.now() - t0} ms)`);
	});

	pdfIt('PDF only: the PDF takes the output field and the file name', async () => {
		const r = await runWorkflow(
			chain(metricsStep, {
				type: 'cxReport',
				name: 'Report',
				parameters: { operation: 'report', language: 'en', fileName: 'cx-weekly-2026-W47.html', outputFormat: 'pdf', pdfOptions: { landscape: true, format: 'Letter' } },
			}),
			{ input: sampleFeedback(300) },
		);
		const [item] = r.items('Report');
		expect(Object.keys(item.binary!)).toEqual(['data']);
		expect(item.binary!.data).toMatchObject({ mimeType: 'application/pdf', fileName: 'cx-weekly-2026-W47.pdf' });
		const pdf = await binaryBytes(item.binary!.data);
		expect(item.json).toMatchObject({ fileName: 'cx-weekly-2026-W47.pdf', bytes: pdf.length });
		// Letter landscape: the first page's MediaBox is 792 × 612 points.
		expect(pdf.toString('latin1')).toMatch(/\/MediaBox\s*\[0 0 792 612\]/);
		if (pdftotext) expect(textOf(pdf)).toContain('Customer experience report');
	});

	it('no browser at the given path: a clear error for the item, and Continue On Fail goes on', async () => {
		const step = {
			type: 'cxReport',
			name: 'Report',
			parameters: { operation: 'report', outputFormat: 'pdf', pdfOptions: { chromiumPath: '/nonexistent/chromium' } },
		};
		const failed = await runWorkflow(chain(metricsStep, step), { input: sampleFeedback(60) });
		const err = failed.error('Report') as any;
		expect(err.message).toBe('No Chromium at the given path: /nonexistent/chromium');
		expect(err.description).toMatch(/apt-get install chromium fonts-noto-cjk/);
		const cont = await runWorkflow(chain(metricsStep, { ...step, continueOnFail: true }), { input: sampleFeedback(60) });
		expect(cont.json('Report')[0]).toMatchObject({ error: 'No Chromium at the given path: /nonexistent/chromium' });
	});
});
