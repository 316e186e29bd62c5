import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import * as listSurveys from './listSurveys.operation';
import * as getResponse from './getResponse.operation';
import * as getManyResponses from './getManyResponses.operation';
import * as sendInvitation from './sendInvitation.operation';
import type { CxSurveyOperation } from './node.type';

const operations: Record<CxSurveyOperation, { execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> }> = {
	listSurveys,
	getResponse,
	getManyResponses,
	sendInvitation,
};

export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const operation = this.getNodeParameter('operation', 0) as CxSurveyOperation;
	const op = operations[operation];
	if (!op) throw new NodeOperationError(this.getNode(), `The operation "${operation}" is not supported`);
	return [await op.execute.call(this)];
}
