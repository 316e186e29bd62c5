import type { INodeTypeBaseDescription, IVersionedNodeType } from 'n8n-workflow';
import { VersionedNodeType } from 'n8n-workflow';

import { CxMetricsV1 } from './v1/CxMetricsV1.node';

export class CxMetrics extends VersionedNodeType {
	constructor() {
		const baseDescription: INodeTypeBaseDescription = {
			displayName: 'CX Metrics',
			name: 'cxMetrics',
			icon: 'file:cxMetrics.svg',
			group: ['transform'],
			description: 'NPS, CSAT, CES, rating, complaint rate, reputation, key drivers and control charts from Feedback records',
			defaultVersion: 1,
		};
		const nodeVersions: IVersionedNodeType['nodeVersions'] = {
			1: new CxMetricsV1(baseDescription),
		};
		super(nodeVersions, baseDescription);
	}
}
