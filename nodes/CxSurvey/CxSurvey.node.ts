import type { INodeTypeBaseDescription, IVersionedNodeType } from 'n8n-workflow';
import { VersionedNodeType } from 'n8n-workflow';

import { CxSurveyV1 } from './v1/CxSurveyV1.node';

export class CxSurvey extends VersionedNodeType {
	constructor() {
		const baseDescription: INodeTypeBaseDescription = {
			displayName: 'CX Survey',
			name: 'cxSurvey',
			icon: 'file:cxSurvey.svg',
			group: ['input'],
			description: 'List surveys, read responses as Feedback records and send survey invitations (Typeform, SurveyMonkey, Qualtrics, Formbricks, LimeSurvey)',
			defaultVersion: 1,
		};
		const nodeVersions: IVersionedNodeType['nodeVersions'] = {
			1: new CxSurveyV1(baseDescription),
		};
		super(nodeVersions, baseDescription);
	}
}
