import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';
import jsonata from 'jsonata';

import { importRow, parseRating, presetFor, reviewToImported, type ImportOptions } from '../../../providers/ota-import/normalize';
import { parseTimestamp, toIsoInZone } from '../../../engine/time';
import { detectLanguage } from '../../../engine/reviews/draft';
import { fnv1a, type Review } from '../../../engine/reviews/types';

const properties: INodeProperties[] = [
	{
		displayName: 'Export From',
		name: 'preset',
		type: 'options',
		default: 'ctrip',
		options: [
			{ name: 'Ctrip / Trip.com (携程 eBooking 点评导出)', value: 'ctrip' },
			{ name: 'Dianping (大众点评 商户通 评价导出)', value: 'dianping' },
			{ name: 'Fliggy (飞猪 商家后台 评价导出)', value: 'fliggy' },
			{ name: 'Meituan (美团 商家后台 评价导出)', value: 'meituan' },
			{ name: 'Other (JSONata Mapping)', value: 'custom' },
			{ name: 'Qunar (去哪儿 eBooking 点评导出)', value: 'qunar' },
		],
		description: 'The platform whose back-office review export the rows come from (read the file with Extract From File first)',
	},
	{
		displayName: 'Mapping (JSONata)',
		name: 'mapping',
		type: 'string',
		typeOptions: { rows: 8 },
		displayOptions: { show: { preset: ['custom'] } },
		default:
			'{\n  "platform": "myota",\n  "reviewId": `Review ID`,\n  "hotelId": `Hotel ID`,\n  "hotelName": `Hotel`,\n  "createdAt": `Date`,\n  "rating": `Score`,\n  "ratingScale": 5,\n  "text": `Comment`,\n  "reviewer": `Guest`,\n  "reply": `Reply`,\n  "replyAt": `Reply Date`\n}',
		description: 'JSONata evaluated on each row; it returns platform, reviewId, hotelId, hotelName, createdAt, rating, ratingScale, title, text, reviewer, reply, replyAt',
	},
	{
		displayName: 'Duplicates',
		name: 'duplicates',
		type: 'options',
		default: 'skip',
		options: [
			{ name: 'Skip Reviews Already Imported', value: 'skip', description: 'Remembered across runs of this workflow (n8n’s deduplication store)' },
			{ name: 'Mark Them', value: 'mark', description: 'Output them with meta.duplicate set to true' },
			{ name: 'Keep Everything', value: 'keep', description: 'Only duplicates inside this batch are dropped' },
		],
		description:
			'Overlapping exports contain the same reviews. Each review has a stable ID (the platform’s review ID, or a hash of hotel, time, guest and text) and a version (rating, text, reply), so an unchanged review is a duplicate and a newly replied one is not.',
	},
	{
		displayName: 'On Bad Row',
		name: 'onBadRow',
		type: 'options',
		default: 'output',
		options: [
			{ name: 'Output an Error Item and Continue', value: 'output', description: 'Items with error, row and issues next to the imported ones' },
			{ name: 'Skip It and Continue', value: 'skip' },
			{ name: 'Stop the Workflow', value: 'fail' },
		],
	},
	{
		displayName: 'Options',
		name: 'importOptions',
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		options: [
			{ displayName: 'Header Rows', name: 'headerRows', type: 'number', default: 1, description: 'Rows above the first review in the file, for the row numbers in error messages' },
			{ displayName: 'Include Reviewer Name', name: 'includeReviewer', type: 'boolean', default: false, description: 'Whether to copy the reviewer’s nickname into customer.name (personal data)' },
			{ displayName: 'Property ID', name: 'locationId', type: 'string', default: '', description: 'For exports of one property without a hotel column' },
			{ displayName: 'Property Name', name: 'locationName', type: 'string', default: '' },
			{ displayName: 'Time Zone of the Export', name: 'timeZone', type: 'string', default: 'Asia/Shanghai', description: 'Export timestamps carry no zone; they are read in this one' },
		],
	},
];

export const description = updateDisplayOptions({ show: { operation: ['import'] } }, properties);

async function customRowToReview(expr: ReturnType<typeof jsonata>, row: IDataObject, timeZone: string): Promise<{ review?: Review; issues: Array<{ field: string; message: string }> }> {
	let m: Record<string, unknown>;
	try {
		m = await expr.evaluate(row);
	} catch (e) {
		return { issues: [{ field: '(mapping)', message: (e as Error).message }] };
	}
	if (!m || typeof m !== 'object') return { issues: [{ field: '(mapping)', message: 'the mapping returned no object for this row' }] };
	const issues: Array<{ field: string; message: string }> = [];
	const created = parseTimestamp(m.createdAt, timeZone);
	if (created === undefined) issues.push({ field: 'createdAt', message: m.createdAt === undefined ? 'missing' : `cannot read ${JSON.stringify(m.createdAt)} as a date and time` });
	const rating = m.rating === undefined || m.rating === null || m.rating === '' ? undefined : parseRating(m.rating);
	const scale = Number(m.ratingScale ?? 5);
	if (m.rating !== undefined && m.rating !== null && m.rating !== '' && rating === undefined) issues.push({ field: 'rating', message: `cannot read ${JSON.stringify(m.rating)} as a rating` });
	if (rating !== undefined && (rating < 0 || rating > scale)) issues.push({ field: 'rating', message: `${rating} is outside the 0–${scale} scale` });
	const text = m.text === undefined || m.text === null ? '' : String(m.text);
	if (rating === undefined && !text) issues.push({ field: 'text', message: 'the row has neither a rating nor review text' });
	if (issues.length) return { issues };
	const createdIso = toIsoInZone(created!, timeZone);
	const platform = String(m.platform || 'import');
	const location = m.hotelId ?? m.hotelName;
	const replyAtMs = m.replyAt ? parseTimestamp(m.replyAt, timeZone) : undefined;
	return {
		issues: [],
		review: {
			platform,
			reviewId: m.reviewId ? String(m.reviewId) : `h${fnv1a([platform, location, createdIso, m.reviewer, text].join('\u0001'))}${fnv1a(`\u0002${platform}${location}${createdIso}${m.reviewer}${text}`)}`,
			locationId: location !== undefined ? String(location) : undefined,
			locationName: m.hotelName !== undefined ? String(m.hotelName) : undefined,
			rating: rating !== undefined ? { value: rating, scale } : undefined,
			title: m.title ? String(m.title) : undefined,
			text,
			language: m.language ? String(m.language) : detectLanguage(text),
			reviewer: m.reviewer ? { name: String(m.reviewer) } : undefined,
			createdAt: createdIso,
			reply: m.reply ? { text: String(m.reply), at: replyAtMs !== undefined ? toIsoInZone(replyAtMs, timeZone) : undefined } : undefined,
		},
	};
}

export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	const items = this.getInputData();
	const presetKey = this.getNodeParameter('preset', 0) as string;
	const duplicates = this.getNodeParameter('duplicates', 0, 'skip') as 'skip' | 'mark' | 'keep';
	const onBadRow = this.getNodeParameter('onBadRow', 0, 'output') as 'output' | 'skip' | 'fail';
	const o = this.getNodeParameter('importOptions', 0, {}) as IDataObject;
	const options: ImportOptions = {
		timeZone: String(o.timeZone || 'Asia/Shanghai'),
		includeReviewer: o.includeReviewer === true,
		headerRows: typeof o.headerRows === 'number' ? o.headerRows : 1,
		defaultLocation: o.locationId || o.locationName ? { id: (o.locationId as string) || undefined, name: (o.locationName as string) || undefined } : undefined,
	};
	let expr: ReturnType<typeof jsonata> | undefined;
	if (presetKey === 'custom') {
		const mapping = this.getNodeParameter('mapping', 0) as string;
		try {
			expr = jsonata(mapping);
		} catch (e) {
			throw new NodeOperationError(this.getNode(), `The JSONata mapping does not parse: ${(e as Error).message}`, { description: 'Parameter "Mapping (JSONata)"' });
		}
	}
	const preset = presetKey === 'custom' ? undefined : presetFor(presetKey);

	const good: Array<{ i: number; row: number; json: IDataObject; key: string }> = [];
	const errors: INodeExecutionData[] = [];
	const inBatch = new Map<string, number>();
	let batchDuplicates = 0;
	for (let i = 0; i < items.length; i++) {
		const rowNo = i + (options.headerRows ?? 1) + 1;
		const row = items[i].json;
		let res: { feedback: unknown; key: string } | { error: Array<{ field: string; message: string }> };
		if (expr) {
			const mapped = await customRowToReview(expr, row, options.timeZone!);
			res = mapped.review ? reviewToImported(mapped.review, options) : { error: mapped.issues };
		} else {
			res = importRow(row, preset!, options);
		}
		if ('error' in res) {
			const message = `Row ${rowNo}: ${res.error.map((x) => `${x.field}: ${x.message}`).join('; ')}`;
			if (onBadRow === 'fail' && !this.continueOnFail()) {
				throw new NodeOperationError(this.getNode(), message, { itemIndex: i, description: 'Set "On Bad Row" to continue past bad rows' });
			}
			if (onBadRow !== 'skip') errors.push({ json: { error: message, row: rowNo, issues: res.error as unknown as IDataObject[] }, pairedItem: { item: i } });
			continue;
		}
		if (inBatch.has(res.key)) {
			batchDuplicates++;
			continue;
		}
		inBatch.set(res.key, rowNo);
		good.push({ i, row: rowNo, json: res.feedback as IDataObject, key: res.key });
	}

	let known = new Set<string>();
	if (duplicates !== 'keep' && good.length) {
		const check = await this.helpers.checkProcessedAndRecord(
			good.map((g) => g.key),
			'workflow',
			{ mode: 'entries', maxEntries: 100000 },
		);
		known = new Set(check.processed.map(String));
	}
	const out: INodeExecutionData[] = [];
	for (const g of good) {
		const dup = known.has(g.key);
		if (dup && duplicates === 'skip') continue;
		const json = dup ? { ...g.json, meta: { ...(g.json.meta as IDataObject), duplicate: true } } : g.json;
		(json.meta as IDataObject).importRow = g.row;
		out.push({ json, pairedItem: { item: g.i } });
	}
	if (batchDuplicates) {
		// Nothing to output for them; say so in the execution log of the node.
		this.logger?.info?.(`CX Review import: ${batchDuplicates} duplicate rows inside this batch were dropped`);
	}
	return [...out, ...errors];
}
