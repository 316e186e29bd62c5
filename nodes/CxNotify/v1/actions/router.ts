import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import * as compose from './compose.operation';
import * as send from './send.operation';
import type { CxNotifyOperation } from './node.type';

const operations: Record<CxNotifyOperation, { execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> }> = { send, compose };

export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const operation = this.getNodeParameter('operation', 0) as CxNotifyOperation;
	const op = operations[operation];
	if (!op) throw new NodeOperationError(this.getNode(), `The operation "${operation}" is not supported`);
	return [await op.execute.call(this)];
}
