import type { Icon, ICredentialTestRequest, ICredentialType, INodeProperties } from 'n8n-workflow';

/**
 * LimeSurvey RemoteControl 2 (JSON-RPC). Turn it on in Global settings › Interfaces › RPC interface
 * enabled: JSON-RPC. The user needs permission on the surveys it reads.
 */
export class CxLimeSurveyApi implements ICredentialType {
	name = 'cxLimeSurveyApi';
	displayName = 'CX LimeSurvey RemoteControl API';
	icon: Icon = 'file:cxLimeSurvey.svg';
	documentationUrl = 'https://github.com/n8n-nodes-cxloop/n8n-nodes-cxloop/blob/main/docs/nodes/cx-survey.md#limesurvey';
	properties: INodeProperties[] = [
		{
			displayName: 'RemoteControl URL',
			name: 'url',
			type: 'string',
			default: '',
			placeholder: 'https://survey.example.com/index.php/admin/remotecontrol',
			required: true,
		},
		{ displayName: 'Username', name: 'username', type: 'string', default: '', required: true },
		{ displayName: 'Password', name: 'password', type: 'string', typeOptions: { password: true }, default: '', required: true },
		{
			displayName: 'Webhook Shared Secret',
			name: 'webhookSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description:
				'Optional. When set, callbacks from your LimeSurvey webhook plugin must carry X-CX-Signature: sha256=<hex HMAC-SHA256 of the body>.',
		},
	];
	test: ICredentialTestRequest = {
		request: {
			method: 'POST',
			url: '={{$credentials.url}}',
			headers: { 'content-type': 'application/json' },
			body: { method: 'get_session_key', params: ['={{$credentials.username}}', '={{$credentials.password}}'], id: 1 },
		},
	};
}
