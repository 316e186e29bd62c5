import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import * as create from './create.operation';
import * as manage from './manage.operation';
import * as search from './search.operation';
import type { CxTicketOperation } from './node.type';

type Op = { execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> };
const operations: Record<CxTicketOperation, Op> = {
	create,
	get: manage,
	update: manage,
	comment: manage,
	resolve: manage,
	reopen: manage,
	close: manage,
	followUp: manage,
	search,
};

export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const operation = this.getNodeParameter('operation', 0) as CxTicketOperation;
	const op = operations[operation];
	if (!op) throw new NodeOperationError(this.getNode(), `The operation "${operation}" is not supported`);
	return [await op.execute.call(this)];
}
