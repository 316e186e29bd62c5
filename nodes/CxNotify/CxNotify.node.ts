import type { INodeTypeBaseDescription, IVersionedNodeType } from 'n8n-workflow';
import { VersionedNodeType } from 'n8n-workflow';

import { CxNotifyV1 } from './v1/CxNotifyV1.node';

export class CxNotify extends VersionedNodeType {
	constructor() {
		const baseDescription: INodeTypeBaseDescription = {
			displayName: 'CX Notify',
			name: 'cxNotify',
			icon: 'file:cxNotify.svg',
			group: ['output'],
			description: 'Real-time alerts to DingTalk, WeCom, Feishu/Lark, Slack and Teams robots, with rate limits and digests',
			defaultVersion: 1,
		};
		const nodeVersions: IVersionedNodeType['nodeVersions'] = {
			1: new CxNotifyV1(baseDescription),
		};
		super(nodeVersions, baseDescription);
	}
}
