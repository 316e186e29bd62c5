/* eslint-disable n8n-nodes-base/node-filename-against-convention */
import { NodeConnectionTypes, type INodeTypeDescription } from 'n8n-workflow';

import { scoreFieldsProperty, surveyLocator } from '../../CxSurvey/v1/helpers/descriptions';

export const EXAMPLE_JSON_MAPPING = `{
  "source": "kiosk",
  "sourceId": $string(id),
  "channel": "survey",
  "occurredAt": submittedAt,
  "location": { "id": hotelCode },
  "customer": { "id": guestId },
  "scores": { "nps": $number(recommend) },
  "text": comment
}`;

export const versionDescription: INodeTypeDescription = {
	displayName: 'CX Survey Trigger',
	name: 'cxSurveyTrigger',
	group: ['trigger'],
	version: 1,
	subtitle: '={{ "on " + $parameter["platform"] + " response" }}',
	description: 'Starts the workflow when a survey response arrives, verified and as a Feedback record',
	defaults: { name: 'CX Survey Trigger' },
	inputs: [],
	outputs: [NodeConnectionTypes.Main],
	credentials: [
		{ name: 'cxTypeformApi', required: true, displayOptions: { show: { platform: ['typeform'] } } },
		{ name: 'cxSurveyMonkeyApi', required: true, displayOptions: { show: { platform: ['surveymonkey'] } } },
		{ name: 'cxQualtricsApi', required: true, displayOptions: { show: { platform: ['qualtrics'] } } },
		{ name: 'cxFormbricksApi', required: true, displayOptions: { show: { platform: ['formbricks'] } } },
		{ name: 'cxLimeSurveyApi', required: true, displayOptions: { show: { platform: ['limesurvey'] } } },
		{ name: 'cxWenjuanxingApi', required: true, displayOptions: { show: { platform: ['wenjuanxing'], verifySignature: [true] } } },
		{ name: 'cxWebhookSecretApi', required: true, displayOptions: { show: { platform: ['json'], verifySignature: [true] } } },
	],
	webhooks: [
		// SurveyMonkey checks the subscription URL with HEAD while the webhook is being created, so this
		// entry comes first: n8n registers webhooks in this order and runs `create` for `default` only.
		{ name: 'setup', httpMethod: 'HEAD', responseMode: 'onReceived', path: 'webhook' },
		{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook' },
	],
	properties: [
		{
			displayName: 'Platform',
			name: 'platform',
			type: 'options',
			noDataExpression: true,
			options: [
				{ name: 'Any JSON', value: 'json', description: 'Any system that can POST JSON (kiosk, app, CRM), optionally HMAC-signed' },
				{ name: 'Formbricks', value: 'formbricks' },
				{ name: 'LimeSurvey', value: 'limesurvey', description: 'Through a webhook plugin; the response is read back over RemoteControl' },
				{ name: 'Qualtrics', value: 'qualtrics' },
				{ name: 'SurveyMonkey', value: 'surveymonkey' },
				{ name: 'Typeform', value: 'typeform' },
				{ name: 'Wenjuanxing (问卷星)', value: 'wenjuanxing', description: 'Data push API (答卷推送)' },
			],
			default: 'typeform',
		},
		{
			displayName:
				'Registered automatically: when the workflow is published the node creates the webhook on the platform, and removes it when unpublished',
			name: 'autoNotice',
			type: 'notice',
			default: '',
			displayOptions: { show: { platform: ['typeform', 'surveymonkey', 'qualtrics', 'formbricks'] } },
		},
		{
			displayName:
				'Copy the Production URL above into the platform (Wenjuanxing: 问卷设置 › 数据推送; LimeSurvey: your webhook plugin; other systems: their webhook settings). This platform has no API to register it.',
			name: 'manualNotice',
			type: 'notice',
			default: '',
			displayOptions: { show: { platform: ['wenjuanxing', 'limesurvey', 'json'] } },
		},
		surveyLocator({ platform: ['typeform', 'surveymonkey', 'qualtrics', 'formbricks'] }),
		{
			displayName: 'Event',
			name: 'smEvent',
			type: 'options',
			options: [
				{ name: 'Response Completed', value: 'response_completed' },
				{ name: 'Response Updated', value: 'response_updated' },
				{ name: 'Response Created', value: 'response_created' },
			],
			default: 'response_completed',
			displayOptions: { show: { platform: ['surveymonkey'] } },
		},
		{
			displayName: 'Events',
			name: 'formbricksTriggers',
			type: 'multiOptions',
			options: [
				{ name: 'Response Finished', value: 'responseFinished' },
				{ name: 'Response Updated', value: 'responseUpdated' },
				{ name: 'Response Created', value: 'responseCreated' },
			],
			default: ['responseFinished'],
			displayOptions: { show: { platform: ['formbricks'] } },
		},
		{
			displayName: 'Verify Signature',
			name: 'verifySignature',
			type: 'boolean',
			default: true,
			description:
				'Whether to reject (401) requests without a valid signature. Wenjuanxing: the sign field with your push key; Any JSON: an HMAC header with the shared secret; LimeSurvey: X-CX-Signature with the webhook secret of the credential.',
			displayOptions: { show: { platform: ['wenjuanxing', 'json', 'limesurvey'] } },
		},
		{
			displayName: 'Signature',
			name: 'signature',
			type: 'collection',
			placeholder: 'Add setting',
			default: {},
			displayOptions: { show: { platform: ['json'], verifySignature: [true] } },
			options: [
				{
					displayName: 'Algorithm',
					name: 'algorithm',
					type: 'options',
					options: [
						{ name: 'HMAC-SHA256', value: 'sha256' },
						{ name: 'HMAC-SHA1', value: 'sha1' },
						{ name: 'HMAC-SHA512', value: 'sha512' },
					],
					default: 'sha256',
				},
				{
					displayName: 'Encoding',
					name: 'encoding',
					type: 'options',
					options: [
						{ name: 'Hex', value: 'hex' },
						{ name: 'Base64', value: 'base64' },
					],
					default: 'hex',
				},
				{ displayName: 'Header', name: 'header', type: 'string', default: 'X-Signature', description: 'Header carrying the signature' },
				{ displayName: 'Max Age (Seconds)', name: 'maxAgeSeconds', type: 'number', default: 300, typeOptions: { minValue: 1 } },
				{ displayName: 'Prefix', name: 'prefix', type: 'string', default: '', placeholder: 'sha256=', description: 'Text before the digest in the header' },
				{
					displayName: 'Timestamp Header',
					name: 'timestampHeader',
					type: 'string',
					default: '',
					placeholder: 'X-Timestamp',
					description: 'When set, the signed payload is "&lt;timestamp&gt;.&lt;body&gt;" and the timestamp must be recent (replay protection)',
				},
			],
		},
		{
			displayName: 'Mapping',
			name: 'jsonMapping',
			type: 'options',
			options: [
				{ name: 'Generic Field Names', value: 'generic', description: 'Fields named ID, text/comment, NPS, rating, date, hotel … (English and Chinese names)' },
				{ name: 'JSONata Expression', value: 'jsonata' },
			],
			default: 'generic',
			displayOptions: { show: { platform: ['json'] } },
		},
		{
			displayName: 'Mapping (JSONata)',
			name: 'expression',
			type: 'string',
			typeOptions: { rows: 10 },
			default: EXAMPLE_JSON_MAPPING,
			noDataExpression: true,
			description: 'A JSONata expression evaluated on the request body that returns the Feedback fields',
			displayOptions: { show: { platform: ['json'], jsonMapping: ['jsonata'] } },
		},
		{
			displayName: 'NPS Offset',
			name: 'npsOffset',
			type: 'number',
			default: 0,
			description: 'Added to the NPS question value, e.g. -1 when Wenjuanxing sends the option number 1–11 for a 0–10 scale',
			displayOptions: { show: { platform: ['wenjuanxing'] } },
		},
		scoreFieldsProperty,
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add option',
			default: {},
			options: [
				{
					displayName: 'Include Raw Payload',
					name: 'includeRaw',
					type: 'boolean',
					default: false,
					description: 'Whether to keep the received payload (and fetched response) under meta.raw (may contain personal data)',
				},
				{
					displayName: 'Invalid Payloads',
					name: 'onInvalid',
					type: 'options',
					options: [
						{ name: 'Reject (HTTP 422, No Execution)', value: 'reject', description: 'The sender sees the error and can retry' },
						{ name: 'Emit an Error Item', value: 'emit', description: 'Start the workflow with {error, issues, payload} so it can be handled there' },
					],
					default: 'reject',
				},
				{
					displayName: 'Max Body Size (KB)',
					name: 'maxBodyKb',
					type: 'number',
					default: 1024,
					typeOptions: { minValue: 1 },
					description: 'Larger requests are answered 413 and start nothing',
				},
				{
					displayName: 'Time Zone',
					name: 'timeZone',
					type: 'string',
					default: '',
					placeholder: 'Asia/Shanghai',
					description: 'IANA zone for timestamps without an offset (LimeSurvey server time). Empty uses the workflow time zone.',
				},
			],
		},
	],
};
