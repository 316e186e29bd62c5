import type { INodeTypeBaseDescription, IVersionedNodeType } from 'n8n-workflow';
import { VersionedNodeType } from 'n8n-workflow';

import { CxTicketV1 } from './v1/CxTicketV1.node';

export class CxTicket extends VersionedNodeType {
	constructor() {
		const baseDescription: INodeTypeBaseDescription = {
			displayName: 'CX Ticket',
			name: 'cxTicket',
			icon: 'file:cxTicket.svg',
			group: ['transform'],
			description: 'One case model over a built-in case table, Zendesk, Freshdesk, Jira Service Management, ServiceNow, Zammad and Redmine',
			defaultVersion: 1,
		};
		const nodeVersions: IVersionedNodeType['nodeVersions'] = {
			1: new CxTicketV1(baseDescription),
		};
		super(nodeVersions, baseDescription);
	}
}
