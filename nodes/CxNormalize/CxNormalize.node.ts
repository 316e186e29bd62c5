import type { INodeTypeBaseDescription, IVersionedNodeType } from 'n8n-workflow';
import { VersionedNodeType } from 'n8n-workflow';

import { CxNormalizeV1 } from './v1/CxNormalizeV1.node';

export class CxNormalize extends VersionedNodeType {
	constructor() {
		const baseDescription: INodeTypeBaseDescription = {
			displayName: 'CX Normalize',
			name: 'cxNormalize',
			icon: 'file:cxNormalize.svg',
			group: ['transform'],
			description: 'Turn survey responses, reviews, tickets, call transcripts or any JSON into Feedback records',
			defaultVersion: 1,
		};
		const nodeVersions: IVersionedNodeType['nodeVersions'] = {
			1: new CxNormalizeV1(baseDescription),
		};
		super(nodeVersions, baseDescription);
	}
}
