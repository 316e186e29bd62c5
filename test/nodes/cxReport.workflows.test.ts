/**
 * The prebuilt workflows, run as they are (workflows/dashboard.json, workflows/weekly-report.json):
 * our nodes for real, n8n's own Webhook / Data Table / Respond / Set / E-mail / HTTP nodes replaced by
 * small stand-ins that hand over the same items, so every expression and connection in the template
 * is exercised. The e2e suite runs them against a real n8n.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeType } from 'n8n-workflow';
import { binaryBytes, runWorkflow, type WorkflowJson } from '../harness/n8n';
import { sampleFeedback } from '../engine/report/sample';
import { runPage } from '../engine/report/miniDom';

const root = join(__dirname, '..', '..');
const load = (f: string) => JSON.parse(readFileSync(join(root, 'workflows', f), 'utf8')) as WorkflowJson;

/** A stand-in node type that declares the given parameters (so n8n keeps and resolves them). */
function standIn(name: string, params: string[], run: (this: IExecuteFunctions, items: INodeExecutionData[]) => INodeExecutionData[] | Promise<INodeExecutionData[]>, trigger = false): INodeType {
	return {
		description: {
			displayName: name,
			name,
			group: [trigger ? 'trigger' : 'transform'],
			version: [1, 1.1, 1.2, 1.5, 2, 2.1, 2.2, 3.4, 4.2],
			defaults: { name },
			inputs: trigger ? [] : ['main'],
			outputs: ['main'],
			properties: params.map((p) => ({ displayName: p, name: p, type: 'json', default: '' })),
		},
		async execute(this: IExecuteFunctions) {
			return [await run.call(this, this.getInputData())];
		},
	} as unknown as INodeType;
}

const rows = sampleFeedback(600).map((f) => ({ id: 1, feedback_id: f.id, location_id: (f.location as any).id, record: JSON.stringify(f) }));
const sent: Record<string, any> = {};
const fakes = {
	'n8n-nodes-base.webhook': standIn('webhook', [], (items) => items, true),
	'n8n-nodes-base.scheduleTrigger': standIn('scheduleTrigger', [], (items) => items, true),
	'n8n-nodes-base.dataTable': standIn('dataTable', ['resource', 'operation', 'dataTableId', 'returnAll'], function () {
		expect(this.getNodeParameter('operation', 0)).toBe('get');
		expect((this.getNodeParameter('dataTableId', 0) as any).value).toBe('cx_feedback');
		return rows.map((json) => ({ json }));
	}),
	'n8n-nodes-base.respondToWebhook': standIn('respondToWebhook', ['respondWith', 'inputFieldName', 'options'], function (items) {
		sent.respond = { respondWith: this.getNodeParameter('respondWith', 0), field: this.getNodeParameter('inputFieldName', 0), options: this.getNodeParameter('options', 0) };
		return items;
	}),
	'n8n-nodes-base.set': standIn('set', ['assignments'], function () {
		const a = (this.getNodeParameter('assignments', 0) as any).assignments as Array<{ name: string; value: unknown }>;
		return [{ json: Object.fromEntries(a.map((x) => [x.name, x.value])) as IDataObject }];
	}),
	'n8n-nodes-base.emailSend': standIn('emailSend', ['fromEmail', 'toEmail', 'subject', 'emailFormat', 'text', 'html', 'options'], function (items) {
		sent.email = {
			to: this.getNodeParameter('toEmail', 0),
			subject: this.getNodeParameter('subject', 0),
			format: this.getNodeParameter('emailFormat', 0),
			text: this.getNodeParameter('text', 0),
			html: this.getNodeParameter('html', 0),
			options: this.getNodeParameter('options', 0),
			binary: Object.keys(items[0].binary ?? {}),
		};
		return items;
	}),
	'n8n-nodes-base.if': standIn('if', [], (items) => items),
	'n8n-nodes-base.httpRequest': standIn('httpRequest', ['url', 'jsonBody'], function (items) {
		sent.chat = { url: this.getNodeParameter('url', 0), body: this.getNodeParameter('jsonBody', 0) };
		return items;
	}),
};

describe('workflows/dashboard.json', () => {
	it('serves the page for the query, with the filters applied and the drill-down working', async () => {
		const r = await runWorkflow(load('dashboard.json'), {
			extraNodeTypes: fakes,
			startNode: 'Dashboard Request',
			input: [{ headers: {}, params: {}, body: {}, query: { location: 'BJ02', period: 'month', from: '2026-10-01', to: '2026-11-30', lang: 'en' } }],
		});
		const metrics = r.json('Dashboard Metrics')[0] as any;
		expect(metrics.granularity).toBe('month');
		// Counted independently: BJ02 records whose Shanghai date is 1 Oct … 30 Nov (the "to" day included).
		const expected = rows.filter((x) => {
			const f = JSON.parse(x.record);
			const day = new Date(Date.parse(f.occurredAt) + 8 * 3600000).toISOString().slice(0, 10);
			return f.location.id === 'BJ02' && day >= '2026-10-01' && day <= '2026-11-30';
		}).length;
		expect(expected).toBeGreaterThan(100);
		expect(metrics.records).toBe(expected);
		expect(metrics.filteredOut).toBe(600 - expected);
		expect(metrics.breakdowns.location.map((g: any) => g.key)).toEqual(['BJ02']);
		const page = r.items('Dashboard Page')[0];
		expect(page.json.html).toBeUndefined(); // served as the binary
		expect(page.binary?.data.mimeType).toBe('text/html; charset=utf-8');
		expect(sent.respond).toMatchObject({ respondWith: 'binary', field: 'data' });
		expect(r.items('Send Page')).toHaveLength(1);
	});

	it('defaults to weekly, Chinese, all properties when the page is opened without a query', async () => {
		const r = await runWorkflow(load('dashboard.json'), {
			extraNodeTypes: fakes,
			startNode: 'Dashboard Request',
			input: [{ headers: {}, params: {}, body: {}, query: {} }],
		});
		const metrics = r.json('Dashboard Metrics')[0] as any;
		expect(metrics.granularity).toBe('week');
		expect(metrics.records).toBe(600);
		const facts = r.json('Dashboard Page')[0] as any;
		expect(facts.language).toBe('zh');
		expect(facts.summary).toMatch(/NPS 为/);
	});
});

describe('workflows/weekly-report.json', () => {
	it('builds the report for the last complete weeks and hands it to e-mail and chat', async () => {
		const wf = load('weekly-report.json');
		// The sample covers 2026-09-28 … 2026-11-22; pin "now" by fixing the Settings' week count high
		// enough to include it whatever today is, and set a chat URL so the chat branch runs.
		const settings = wf.nodes.find((n) => n.name === 'Settings')!;
		const assignments = (settings.parameters.assignments as any).assignments;
		assignments.find((a: any) => a.name === 'weeks').value = 520;
		assignments.find((a: any) => a.name === 'chatWebhookUrl').value = 'https://chat.example/robot';
		const r = await runWorkflow(wf, { extraNodeTypes: fakes, startNode: 'Every Monday 08:00', input: [{}] });
		const report = r.items('Weekly Report')[0];
		expect(report.json.records).toBe(600);
		expect(report.binary?.data.fileName).toMatch(/^cx-weekly-\d{4}-W\d{2}\.html$/);
		expect(sent.email.to).toBe('cx-team@example.com');
		expect(sent.email.subject).toMatch(/^cx-weekly-\d{4}-W\d{2} · NPS /);
		expect(sent.email.format).toBe('both');
		expect(sent.email.text).toContain('NPS 为');
		expect(sent.email.html).toContain(String(report.json.summaryHtml));
		expect(sent.email.html).toContain(`<h2>${String(report.json.fileName).replace('.html', '')}</h2>`);
		// Every file the report made is attached as a regular file: here the HTML only (Settings → pdf is off).
		expect(sent.email.options).toEqual({ appendAttribution: false, fileAttachments: 'data' });
		expect(sent.email.binary).toEqual(['data']);
		expect(sent.chat.url).toBe('https://chat.example/robot');
		expect(JSON.parse(sent.chat.body).markdown.content).toMatch(/^\*\*cx-weekly-/);
	});
});

describe('the served page', () => {
	it('drills down in the page the dashboard workflow produced', async () => {
		const r = await runWorkflow(load('dashboard.json'), {
			extraNodeTypes: fakes,
			startNode: 'Dashboard Request',
			input: [{ headers: {}, params: {}, body: {}, query: { lang: 'en' } }],
		});
		const html = (await binaryBytes(r.items('Dashboard Page')[0].binary!.data)).toString('utf8');
		const { drill, rows: topicRows } = runPage(html);
		topicRows.find((t) => t.getAttribute('data-topic') === '服务 Service')!.click();
		expect(drill.textContent).toContain('前台 Front desk');
		expect(drill.find((e) => e.tagName === 'blockquote').length).toBeGreaterThan(0);
	});
});
