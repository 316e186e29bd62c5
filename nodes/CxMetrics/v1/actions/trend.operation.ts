import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { aggregate, flatChange, flatMetrics, output } from './common';

const properties: INodeProperties[] = [
	{
		displayName:
			'Outputs one row per period with the figures, the change against the previous period (with its significance test) and the p-chart control limits and out-of-control flag',
		name: 'trendNotice',
		type: 'notice',
		default: '',
	},
];

export const description = updateDisplayOptions({ show: { operation: ['trend'] } }, properties);

export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	if (this.getNodeParameter('period', 0, 'week') === 'none') {
		throw new NodeOperationError(this.getNode(), 'A trend needs a period: "Whole Range" gives one set of figures', {
			description: 'Set Period to Day, Week, Month or Quarter, or use the operation "Summarize" or "Breakdown" for the whole range',
		});
	}
	const a = aggregate(this);
	const r = a.result;
	// The control chart columns come only with the defects family (CX Metrics "Metrics").
	const chart = r.spc as typeof r.spc | undefined;
	const spc = new Map((chart?.chart ?? []).map((p) => [p.period, p]));
	const rows = r.periods.map((p) => {
		const c = spc.get(p.period);
		return {
			period: p.period,
			start: p.start,
			end: p.end,
			...flatMetrics(p),
			...flatChange(p.change, r.metrics),
			...(chart && {
				defect: chart.defect,
				defectUnits: c?.units ?? 0,
				defects: c?.defects ?? 0,
				defectRate: c?.p ?? null,
				centerLine: chart.centerLine,
				ucl: c?.ucl ?? null,
				lcl: c?.lcl ?? null,
				outOfControl: c?.outOfControl ?? false,
				signal: c?.signal ?? null,
			}),
		};
	});
	return output(rows, a);
}
