import type { INodeTypeBaseDescription, IVersionedNodeType } from 'n8n-workflow';
import { VersionedNodeType } from 'n8n-workflow';

import { CxRouteV1 } from './v1/CxRouteV1.node';

export class CxRoute extends VersionedNodeType {
	constructor() {
		const baseDescription: INodeTypeBaseDescription = {
			displayName: 'CX Route',
			name: 'cxRoute',
			icon: 'file:cxRoute.svg',
			group: ['transform'],
			description: 'Assign owner, priority, SLA due time and escalation to feedback; escalate overdue cases',
			defaultVersion: 1,
		};
		const nodeVersions: IVersionedNodeType['nodeVersions'] = {
			1: new CxRouteV1(baseDescription),
		};
		super(nodeVersions, baseDescription);
	}
}
