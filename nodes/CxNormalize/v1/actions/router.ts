import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import * as preset from './preset.operation';
import * as jsonataMapping from './jsonata.operation';
import type { CxNormalizeOperation } from './node.type';

const operations: Record<CxNormalizeOperation, { execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> }> = {
	preset,
	jsonata: jsonataMapping,
};

export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const operation = this.getNodeParameter('operation', 0) as CxNormalizeOperation;
	const op = operations[operation];
	if (!op) throw new NodeOperationError(this.getNode(), `The operation "${operation}" is not supported`);
	return [await op.execute.call(this)];
}
