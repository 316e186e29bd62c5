import type { INodeTypeBaseDescription, IVersionedNodeType } from 'n8n-workflow';
import { VersionedNodeType } from 'n8n-workflow';

import { CxAnalyzeV1 } from './v1/CxAnalyzeV1.node';

export class CxAnalyze extends VersionedNodeType {
	constructor() {
		const baseDescription: INodeTypeBaseDescription = {
			displayName: 'CX Analyze',
			name: 'cxAnalyze',
			icon: 'file:cxAnalyze.svg',
			group: ['transform'],
			description: 'Sentiment, indicator-tree topics, intent, urgency, bad-review risk, PII redaction and key phrases for Chinese and English feedback',
			defaultVersion: 1,
		};
		const nodeVersions: IVersionedNodeType['nodeVersions'] = {
			1: new CxAnalyzeV1(baseDescription),
		};
		super(nodeVersions, baseDescription);
	}
}
