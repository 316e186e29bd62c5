import type { IBinaryData } from 'n8n-workflow';
import { binaryBytes, chain, runWorkflow } from '../harness/n8n';
import { metricsStep, sampleFeedback } from '../engine/report/sample';



/** Reads a binary output back through n8n's own BinaryDataService (the harness stores it on disk, as n8n does). */
async function decode(binary: IBinaryData): Promise<string> {
	return (await binaryBytes(binary)).toString('utf8');
}

describe('CX Report (in-process n8n)', () => {
	it('CX Metrics → CX Report: an HTML file as binary output, with the summary and facts', async () => {
		const r = await runWorkflow(
			chain(metricsStep, { type: 'cxReport', name: 'Report', parameters: { operation: 'report', language: 'zh', title: '华东区周报', fileName: 'weekly.html' } }),
			{ input: sampleFeedback(800) },
		);
		const [item] = r.items('Report');
		expect(item.pairedItem).toEqual({ item: 0 });
		expect(item.json).toMatchObject({ fileName: 'weekly.html', language: 'zh', records: 800 });
		expect(String(item.json.summary)).toMatch(/NPS 为/);
		expect((item.json.facts as any).period).toBe('2026-W47');
		const bin = item.binary!.data;
		expect(bin.mimeType).toBe('text/html; charset=utf-8');
		expect(bin.fileName).toBe('weekly.html');
		expect(bin.fileExtension).toBe('html');
		const html = await decode(bin);
		expect(html).toContain('<title>华东区周报</title>');
		expect(html).toContain('<svg ');
		expect(Buffer.byteLength(html)).toBe(item.json.bytes);
	});

	it('page mode: HTML in the item for Respond to Webhook, filters shown as selected', async () => {
		const r = await runWorkflow(
			chain(metricsStep, {
				type: 'cxReport',
				name: 'Page',
				parameters: {
					operation: 'page',
					language: 'en',
					selected: { location: 'SH01', granularity: 'week' },
					propertyList: 'SH01=Shanghai Bund, BJ02=Beijing Airport',
					formAction: '/webhook/cx-dashboard',
				},
			}),
			{ input: sampleFeedback(400) },
		);
		const [item] = r.items('Page');
		const html = String(item.json.html);
		expect(item.json.contentType).toBe('text/html; charset=utf-8');
		expect(html).toContain('<form class="filters" method="get" action="/webhook/cx-dashboard">');
		expect(html).toContain('<option value="SH01" selected>Shanghai Bund</option>');
		expect(html).toContain('id="cx-topics"');
		expect(await decode(item.binary!.data)).toBe(html);
	});

	it('names the item when it holds no metrics; Continue On Fail keeps going', async () => {
		const wf = chain({ type: 'cxReport', name: 'Report', parameters: { operation: 'report' } });
		const failed = await runWorkflow(wf, { input: [{ hello: 'world' }] });
		expect(failed.error('Report')?.message).toBe('Item 0 holds no CX Metrics result');
		const cont = await runWorkflow(chain({ type: 'cxReport', name: 'Report', parameters: { operation: 'report' }, continueOnFail: true }), { input: [{ hello: 'world' }] });
		expect(cont.json('Report')[0].error).toBe('Item 0 holds no CX Metrics result');
	});
});
