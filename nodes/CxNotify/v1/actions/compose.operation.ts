import { NodeOperationError, updateDisplayOptions, type IDataObject, type IExecuteFunctions, type INodeExecutionData, type INodeProperties } from 'n8n-workflow';

import { buildEmail, type AlertKind, type Lang } from '../../../engine/notify/cards';
import { getPath as pick } from '../../../engine/path';
import { alertFromItem, alertId, alertProperties, linkBaseOption, quoteLengthOption } from './common';

const properties: INodeProperties[] = [
	...alertProperties,
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		options: [
			{ displayName: 'Always Copy To', name: 'copyTo', type: 'string', default: '', placeholder: 'cx-team@example.com', description: 'Comma-separated addresses added to every e-mail' },
			linkBaseOption,
			{ displayName: 'Fallback Recipients', name: 'fallbackTo', type: 'string', default: '', placeholder: 'duty-manager@example.com', description: 'Comma-separated addresses used when the owner has no e-mail address' },
			quoteLengthOption,
		],
	},
];

export const description = updateDisplayOptions({ show: { operation: ['compose'] } }, properties);

const ADDRESS = /^[^\s@<>,;]+@[^\s@<>,;]+\.[^\s@<>,;]+$/;

function addresses(v: unknown): string[] {
	const list = Array.isArray(v) ? v.map(String) : typeof v === 'string' ? v.split(/[,;，；\s]+/) : [];
	return list.map((s) => s.trim()).filter((s) => ADDRESS.test(s));
}

/**
 * Renders each alert as an e-mail for n8n's Send Email node: `email.to` (the owner's addresses from
 * the routing rule, else the fallback, plus the copy list; empty when there is nobody to write to),
 * `email.subject`, `email.text`, `email.html`. Sends nothing and needs no credential.
 */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	const items = this.getInputData();
	const lang = this.getNodeParameter('language', 0, 'zh') as Lang;
	const o = this.getNodeParameter('options', 0, {}) as IDataObject;
	const copyTo = addresses(o.copyTo);
	const fallback = addresses(o.fallbackTo);
	const out: INodeExecutionData[] = [];
	for (let i = 0; i < items.length; i++) {
		try {
			const raw = pick(items[i].json, this.getNodeParameter('alertField', i, '') as string);
			const alert = alertFromItem(raw, {
				kind: this.getNodeParameter('kind', i, 'auto') as AlertKind | 'auto',
				linkBase: (o.linkBase as string) || undefined,
				mobiles: [],
				userIds: [],
				atAll: false,
				quoteLength: (o.quoteLength as number) || 200,
			});
			const owner = addresses(alert.owner?.emails ?? []);
			const to = [...new Set([...(owner.length ? owner : fallback), ...copyTo])];
			out.push({ json: { ...items[i].json, email: { to: to.join(', '), ...buildEmail(alert, lang), alertId: alertId(raw, alert) } }, pairedItem: { item: i } });
		} catch (e) {
			const err = new NodeOperationError(this.getNode(), `Item ${i}: ${(e as Error).message}`, { itemIndex: i });
			if (!this.continueOnFail()) throw err;
			out.push({ json: { error: err.message }, pairedItem: { item: i } });
		}
	}
	return out;
}
