import type { INodeTypeBaseDescription, IVersionedNodeType } from 'n8n-workflow';
import { VersionedNodeType } from 'n8n-workflow';

import { CxSurveyTriggerV1 } from './v1/CxSurveyTriggerV1.node';

export class CxSurveyTrigger extends VersionedNodeType {
	constructor() {
		const baseDescription: INodeTypeBaseDescription = {
			displayName: 'CX Survey Trigger',
			name: 'cxSurveyTrigger',
			icon: 'file:cxSurveyTrigger.svg',
			group: ['trigger'],
			description:
				'Starts the workflow when a survey response arrives (Typeform, SurveyMonkey, Qualtrics, Formbricks, Wenjuanxing, LimeSurvey or any JSON), verified and as a Feedback record',
			defaultVersion: 1,
		};
		const nodeVersions: IVersionedNodeType['nodeVersions'] = {
			1: new CxSurveyTriggerV1(baseDescription),
		};
		super(nodeVersions, baseDescription);
	}
}
