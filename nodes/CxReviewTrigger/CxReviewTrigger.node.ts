import type { INodeTypeBaseDescription, IVersionedNodeType } from 'n8n-workflow';
import { VersionedNodeType } from 'n8n-workflow';

import { CxReviewTriggerV1 } from './v1/CxReviewTriggerV1.node';

export class CxReviewTrigger extends VersionedNodeType {
	constructor() {
		const baseDescription: INodeTypeBaseDescription = {
			displayName: 'CX Review Trigger',
			name: 'cxReviewTrigger',
			icon: 'file:cxReviewTrigger.svg',
			group: ['trigger'],
			description: 'Starts the workflow on new and edited reviews from Google Business Profile, Trustpilot, Booking.com, Expedia or Tripadvisor',
			defaultVersion: 1,
		};
		const nodeVersions: IVersionedNodeType['nodeVersions'] = {
			1: new CxReviewTriggerV1(baseDescription),
		};
		super(nodeVersions, baseDescription);
	}
}
