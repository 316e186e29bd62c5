import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import * as summarize from './summarize.operation';
import * as breakdown from './breakdown.operation';
import * as trend from './trend.operation';
import * as drivers from './drivers.operation';
import * as reputation from './reputation.operation';
import type { CxMetricsOperation } from './node.type';

const operations: Record<CxMetricsOperation, { execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> }> = {
	summarize,
	breakdown,
	trend,
	drivers,
	reputation,
};

export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const operation = this.getNodeParameter('operation', 0) as CxMetricsOperation;
	const op = operations[operation];
	if (!op) throw new NodeOperationError(this.getNode(), `The operation "${operation}" is not supported`);
	return [await op.execute.call(this)];
}
