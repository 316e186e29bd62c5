import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { aggregate, output } from './common';

const properties: INodeProperties[] = [
	{
		displayName:
			"Outputs one row per topic driver: Johnson's relative weight (importance, % of R²), correlation, standardised beta, performance (% positive mentions) and its importance–performance quadrant. Set the outcome and tree level under Options.",
		name: 'driversNotice',
		type: 'notice',
		default: '',
	},
];

export const description = updateDisplayOptions({ show: { operation: ['drivers'] } }, properties);

export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	const a = aggregate(this);
	const d = a.result.drivers;
	if (!d || !d.drivers.length) {
		return output([{ outcome: d?.outcome ?? null, n: d?.n ?? 0, note: d?.note ?? 'no drivers', method: d?.method ?? null }], a);
	}
	return output(
		d.drivers.map((x, rank) => ({
			rank: rank + 1,
			driver: x.key,
			name: x.name,
			level: d.level,
			outcome: d.outcome,
			importance: x.importance,
			relativeWeight: x.relativeWeight,
			correlation: x.correlation,
			beta: x.beta,
			performance: x.performance,
			quadrant: x.quadrant,
			mentions: x.mentions,
			positive: x.positive,
			negative: x.negative,
			outcomeWhenNegative: x.outcomeWhenNegative,
			outcomeOtherwise: x.outcomeOtherwise,
			r2: d.r2,
			n: d.n,
			importanceThreshold: d.importanceThreshold,
			performanceThreshold: d.performanceThreshold,
			method: d.method,
		})),
		a,
	);
}
