import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import * as analyze from './analyze.operation';
import * as redact from './redact.operation';
import * as listTopics from './listTopics.operation';
import type { CxAnalyzeOperation } from './node.type';

const operations: Record<CxAnalyzeOperation, { execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> }> = {
	analyze,
	redact,
	listTopics,
};

export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const operation = this.getNodeParameter('operation', 0) as CxAnalyzeOperation;
	const op = operations[operation];
	if (!op) throw new NodeOperationError(this.getNode(), `The operation "${operation}" is not supported`);
	return [await op.execute.call(this)];
}
