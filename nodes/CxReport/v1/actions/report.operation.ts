import { NodeOperationError, updateDisplayOptions, type IDataObject, type IExecuteFunctions, type INodeExecutionData, type INodeProperties } from 'n8n-workflow';

import { ChromiumNotFoundError, findChromium, htmlToPdf, type PdfOptions } from '../../../engine/report/pdf';
import { renderReport } from '../../../engine/report/render';
import type { Lang } from '../../../engine/report/i18n';
import { forEachItem } from '../../../shared/execute';
import { build, readMetrics } from './common';
import { writeSummaryWithLlm } from './llmSummary';

const properties: INodeProperties[] = [
	{
		displayName:
			'Builds a self-contained HTML report (charts inline, no external files) and/or a PDF of it as binary files: attach them to an e-mail or send them to chat. "summary" and "facts" in the output are the written summary and the numbers behind it.',
		name: 'reportNotice',
		type: 'notice',
		default: '',
	},
	{
		displayName: 'Output Format',
		name: 'outputFormat',
		type: 'options',
		default: 'html',
		options: [
			{ name: 'HTML', value: 'html', description: 'One HTML file that opens in any browser' },
			{ name: 'PDF', value: 'pdf', description: 'A PDF printed by a Chromium installed on the n8n machine' },
			{ name: 'HTML and PDF', value: 'both', description: 'Both files on the same item' },
		],
	},
	{
		displayName:
			'PDF needs Chromium or Chrome on the machine that runs n8n (Debian/Ubuntu: apt-get install chromium fonts-noto-cjk). It is found by itself, or set its path below.',
		name: 'pdfNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: { outputFormat: ['pdf', 'both'] } },
	},
	{
		displayName: 'PDF Options',
		name: 'pdfOptions',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: { show: { outputFormat: ['pdf', 'both'] } },
		options: [
			{
				displayName: 'Chromium Path',
				name: 'chromiumPath',
				type: 'string',
				default: '',
				placeholder: '/usr/bin/chromium',
				description: 'The browser executable. Empty: CHROME_PATH, PUPPETEER_EXECUTABLE_PATH, then chromium, chromium-browser or google-chrome on the PATH and the usual install folders.',
			},
			{
				displayName: 'Landscape',
				name: 'landscape',
				type: 'boolean',
				default: false,
				description: 'Whether to print the pages in landscape orientation',
			},
			{
				displayName: 'Paper Size',
				name: 'format',
				type: 'options',
				default: 'A4',
				options: [
					{ name: 'A3', value: 'A3' },
					{ name: 'A4', value: 'A4' },
					{ name: 'Legal', value: 'Legal' },
					{ name: 'Letter', value: 'Letter' },
				],
			},
			{
				displayName: 'Put PDF in Field',
				name: 'pdfBinaryPropertyName',
				type: 'string',
				default: 'pdf',
				description: 'Binary property of the PDF when both files are made (with PDF alone it goes in "Put Output File in Field")',
			},
			{ displayName: 'Timeout (Ms)', name: 'timeoutMs', type: 'number', typeOptions: { minValue: 5000 }, default: 60000, description: 'For starting Chromium and for printing, each' },
		],
	},
	{
		displayName: 'Summary Writer',
		name: 'summaryWriter',
		type: 'options',
		default: 'rules',
		options: [
			{ name: 'Rules', value: 'rules', description: 'Sentences generated from the numbers, no outside service' },
			{
				name: 'LLM (OpenAI-Compatible)',
				value: 'llm',
				description: 'An LLM rewrites the summary from the numbers only; a summary stating a number that is not in them is rejected, and then the rules write it',
			},
		],
		description: 'Who writes the short summary at the top of the report. "Summary Text" in Options overrides both.',
	},
	{
		displayName: 'LLM Options',
		name: 'llmOptions',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: { show: { summaryWriter: ['llm'] } },
		options: [
			{ displayName: 'JSON Mode', name: 'jsonMode', type: 'boolean', default: true, description: 'Whether to ask the server for a JSON answer (response_format); turn off for servers that reject it' },
			{ displayName: 'Model', name: 'model', type: 'string', default: '', placeholder: 'deepseek-chat', description: 'Overrides the model of the credential' },
			{ displayName: 'Temperature', name: 'temperature', type: 'number', typeOptions: { minValue: 0, maxValue: 2, numberPrecision: 1 }, default: 0.2 },
			{ displayName: 'Timeout (Ms)', name: 'timeoutMs', type: 'number', typeOptions: { minValue: 1000 }, default: 60000 },
		],
	},
];

export const description = updateDisplayOptions({ show: { operation: ['report'] } }, properties);

function pdfFileName(htmlName: string): string {
	return /\.html?$/i.test(htmlName) ? htmlName.replace(/\.html?$/i, '.pdf') : `${htmlName}.pdf`;
}

export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await forEachItem(this, async (item, i) => {
		const m = readMetrics(this, item, i);
		const own = ((this.getNodeParameter('options', i, {}) as IDataObject).summary as string) || '';
		const writer = this.getNodeParameter('summaryWriter', i, 'rules') as string;
		let summary: Partial<{ summary: string }> = {};
		let source: IDataObject = { summarySource: own ? 'manual' : 'rules' };
		if (!own && writer === 'llm') {
			const lang = this.getNodeParameter('language', i, 'en') as Lang;
			const w = await writeSummaryWithLlm(this, m, lang, i, this.getNodeParameter('llmOptions', i, {}) as IDataObject);
			if (w.source === 'llm') summary = { summary: w.text };
			source = { summarySource: w.source, ...(w.warning ? { summaryWarning: w.warning } : {}) };
		}
		const built = await build(this, item, i, 'report', summary, m);
		const format = this.getNodeParameter('outputFormat', i, 'html') as string;
		if (format === 'html') return { json: { ...built.json, ...source }, binary: built.binary };

		const po = this.getNodeParameter('pdfOptions', i, {}) as IDataObject;
		let executablePath: string;
		try {
			// Finding a locally installed browser needs the environment (CHROME_PATH …) and the file
			// system: this package is for self-hosted n8n (docs/dependencies.md).
			// eslint-disable-next-line @n8n/community-nodes/no-restricted-globals
			executablePath = findChromium({ explicitPath: po.chromiumPath as string, env: process.env });
		} catch (e) {
			if (e instanceof ChromiumNotFoundError) throw new NodeOperationError(this.getNode(), e.message, { itemIndex: i, description: e.hint });
			throw new NodeOperationError(this.getNode(), (e as Error).message, { itemIndex: i });
		}
		const printable = renderReport(built.metrics, { ...built.options, print: true }).html;
		const options: PdfOptions = {
			executablePath,
			format: (po.format as PdfOptions['format']) || 'A4',
			landscape: po.landscape === true,
			timeoutMs: Number(po.timeoutMs ?? 60_000) || 60_000,
			footer: built.options.title || undefined,
		};
		let result;
		try {
			result = await htmlToPdf(printable, options);
		} catch (e) {
			throw new NodeOperationError(this.getNode(), `Chromium (${executablePath}) could not print the report: ${(e as Error).message.split('\n')[0]}`, {
				itemIndex: i,
				description: 'Check that this browser starts on the n8n machine (e.g. "chromium --headless --no-sandbox --dump-dom about:blank"), or point "Chromium Path" at another one.',
			});
		}
		const htmlProp = Object.keys(built.binary)[0];
		const pdfProp = format === 'pdf' ? htmlProp : ((po.pdfBinaryPropertyName as string) || 'pdf').trim();
		const name = pdfFileName(built.json.fileName as string);
		const pdfData = await this.helpers.prepareBinaryData(result.pdf, name, 'application/pdf');
		const binary = format === 'pdf' ? { [pdfProp]: pdfData } : { ...built.binary, [pdfProp]: pdfData };
		const pdf = { fileName: name, bytes: result.pdf.length, pages: result.pages, ms: result.ms };
		const json = format === 'pdf' ? { ...built.json, fileName: name, bytes: result.pdf.length, htmlBytes: built.json.bytes, pdf } : { ...built.json, pdf };
		return { json: { ...json, ...source }, binary };
	});
}
