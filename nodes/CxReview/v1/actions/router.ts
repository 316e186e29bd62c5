import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import * as getMany from './getMany.operation';
import * as get from './get.operation';
import * as reply from './reply.operation';
import * as deleteReply from './deleteReply.operation';
import * as ratingSummary from './ratingSummary.operation';
import * as importRows from './import.operation';
import * as draftReply from './draftReply.operation';
import type { CxReviewOperation } from './node.type';

const operations: Record<CxReviewOperation, { execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> }> = {
	getMany,
	get,
	reply,
	updateReply: reply,
	deleteReply,
	ratingSummary,
	import: importRows,
	draftReply,
};

export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const operation = this.getNodeParameter('operation', 0) as CxReviewOperation;
	const op = operations[operation];
	if (!op) throw new NodeOperationError(this.getNode(), `The operation "${operation}" is not supported`);
	return [await op.execute.call(this)];
}
