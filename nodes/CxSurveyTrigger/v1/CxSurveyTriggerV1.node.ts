import type {
	INodeType,
	INodeTypeBaseDescription,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';

import { versionDescription } from './description';
import { receive } from './receive';
import { webhookMethods } from './webhookMethods';
import { listSearch } from '../../CxSurvey/v1/methods';

// The icon comes from the versioned wrapper's base description (CxSurveyTrigger.node.ts).
// eslint-disable-next-line @n8n/community-nodes/icon-validation
export class CxSurveyTriggerV1 implements INodeType {
	description: INodeTypeDescription;

	constructor(baseDescription: INodeTypeBaseDescription) {
		this.description = { ...baseDescription, ...versionDescription };
	}

	methods = { listSearch };

	webhookMethods = webhookMethods;

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		return await receive.call(this);
	}
}
