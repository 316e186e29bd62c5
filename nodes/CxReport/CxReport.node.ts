import type { INodeTypeBaseDescription, IVersionedNodeType } from 'n8n-workflow';
import { VersionedNodeType } from 'n8n-workflow';

import { CxReportV1 } from './v1/CxReportV1.node';

export class CxReport extends VersionedNodeType {
	constructor() {
		const baseDescription: INodeTypeBaseDescription = {
			displayName: 'CX Report',
			name: 'cxReport',
			icon: 'file:cxReport.svg',
			group: ['transform'],
			description: 'Render a CX report or a drill-down dashboard page (HTML with charts) from CX Metrics',
			defaultVersion: 1,
		};
		const nodeVersions: IVersionedNodeType['nodeVersions'] = {
			1: new CxReportV1(baseDescription),
		};
		super(nodeVersions, baseDescription);
	}
}
