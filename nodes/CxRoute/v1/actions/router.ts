import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import * as route from './route.operation';
import * as escalateOverdue from './escalate.operation';
import type { CxRouteOperation } from './node.type';

const operations: Record<CxRouteOperation, { execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> }> = {
	route,
	escalateOverdue,
};

export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const operation = this.getNodeParameter('operation', 0) as CxRouteOperation;
	const op = operations[operation];
	if (!op) throw new NodeOperationError(this.getNode(), `The operation "${operation}" is not supported`);
	return [await op.execute.call(this)];
}
