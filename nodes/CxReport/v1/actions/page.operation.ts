import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { forEachItem } from '../../../shared/execute';
import { build } from './common';

const properties: INodeProperties[] = [
	{
		displayName:
			'Builds the dashboard page for a Respond to Webhook node (respond with the binary, or with the text in "html"). The filter form sends location, period, from and to as query parameters back to the same URL; map them into CX Metrics and into the fields below.',
		name: 'pageNotice',
		type: 'notice',
		default: '',
	},
	{
		displayName: 'Selected Filters',
		name: 'selected',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		description: "The filter values to show as selected, usually mapped from the Webhook node's query parameters",
		options: [
			{ displayName: 'Property ID', name: 'location', type: 'string', default: '' },
			{ displayName: 'Period', name: 'granularity', type: 'string', default: '', placeholder: 'week' },
			{ displayName: 'From', name: 'from', type: 'string', default: '', placeholder: '2026-11-01' },
			{ displayName: 'To', name: 'to', type: 'string', default: '', placeholder: '2026-11-30' },
		],
	},
	{
		displayName: 'Property List',
		name: 'propertyList',
		type: 'string',
		default: '',
		placeholder: 'SH01=上海外滩店, BJ02=北京机场店',
		description: 'Properties offered in the filter (ID=Name, comma-separated). Empty: the properties found in the metrics\' location breakdown.',
	},
	{ displayName: 'Form Action', name: 'formAction', type: 'string', default: '', description: 'URL the filter form submits to. Empty: the page\'s own URL.' },
	{ displayName: 'Include HTML in JSON', name: 'includeHtml', type: 'boolean', default: true, description: 'Whether to put the page in the "html" field too, for Respond to Webhook → Text' },
];

export const description = updateDisplayOptions({ show: { operation: ['page'] } }, properties);

export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await forEachItem(this, async (item, i) => {
		const selected = this.getNodeParameter('selected', i, {}) as IDataObject;
		const list = (this.getNodeParameter('propertyList', i, '') as string)
			.split(',')
			.map((s) => s.trim())
			.filter(Boolean)
			.map((s) => {
				const [value, ...rest] = s.split('=');
				return { value: value.trim(), label: (rest.join('=') || value).trim() };
			});
		const action = (this.getNodeParameter('formAction', i, '') as string).trim();
		const { json, binary, html } = await build(this, item, i, 'page', {
			page: {
				action: action || undefined,
				locations: list.length ? list : undefined,
				selected: {
					location: (selected.location as string) || undefined,
					granularity: (selected.granularity as string) || undefined,
					from: (selected.from as string) || undefined,
					to: (selected.to as string) || undefined,
				},
			},
		});
		const includeHtml = this.getNodeParameter('includeHtml', i, true) as boolean;
		return { json: includeHtml ? { ...json, html, contentType: 'text/html; charset=utf-8' } : json, binary };
	});
}
