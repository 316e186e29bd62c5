import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import * as report from './report.operation';
import * as page from './page.operation';
import type { CxReportOperation } from './node.type';

const operations: Record<CxReportOperation, { execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> }> = {
	report,
	page,
};

export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const operation = this.getNodeParameter('operation', 0) as CxReportOperation;
	const op = operations[operation];
	if (!op) throw new NodeOperationError(this.getNode(), `The operation "${operation}" is not supported`);
	return [await op.execute.call(this)];
}
