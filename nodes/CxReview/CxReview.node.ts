import type { INodeTypeBaseDescription, IVersionedNodeType } from 'n8n-workflow';
import { VersionedNodeType } from 'n8n-workflow';

import { CxReviewV1 } from './v1/CxReviewV1.node';

export class CxReview extends VersionedNodeType {
	constructor() {
		const baseDescription: INodeTypeBaseDescription = {
			displayName: 'CX Review',
			name: 'cxReview',
			icon: 'file:cxReview.svg',
			group: ['transform'],
			description: 'List and reply to online reviews, summarise ratings, import OTA review exports and draft replies',
			defaultVersion: 1,
		};
		const nodeVersions: IVersionedNodeType['nodeVersions'] = {
			1: new CxReviewV1(baseDescription),
		};
		super(nodeVersions, baseDescription);
	}
}
