import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { forEachItem } from '../../../shared/execute';
import { surveyLocator } from '../helpers/descriptions';
import { surveyIdOf } from '../helpers/output';
import type { ApiPlatform } from '../helpers/platforms';
import { sendInvitation as smInvite } from '../../../providers/surveymonkey/transport';
import { createDistribution } from '../../../providers/qualtrics/transport';
import { inviteParticipant } from '../../../providers/limesurvey/transport';

const properties: INodeProperties[] = [
	{
		displayName:
			'Typeform and Formbricks have no invitation API: this returns a personalised survey link (hidden fields filled in) to send with CX Notify or an e-mail node',
		name: 'linkNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: { platform: ['typeform', 'formbricks'] } },
	},
	surveyLocator({ platform: ['typeform', 'qualtrics', 'formbricks', 'limesurvey'] }),
	{
		displayName: 'Collector ID',
		name: 'collectorId',
		type: 'string',
		default: '',
		required: true,
		description: 'An e-mail invitation collector of the survey (SurveyMonkey › Collect responses › Email invitation)',
		displayOptions: { show: { platform: ['surveymonkey'] } },
	},
	{
		displayName: 'Email',
		name: 'email',
		type: 'string',
		placeholder: 'name@email.com',
		default: '',
		required: true,
		displayOptions: { show: { platform: ['surveymonkey', 'limesurvey'] } },
	},
	{ displayName: 'First Name', name: 'firstName', type: 'string', default: '', displayOptions: { show: { platform: ['surveymonkey', 'limesurvey'] } } },
	{ displayName: 'Last Name', name: 'lastName', type: 'string', default: '', displayOptions: { show: { platform: ['surveymonkey', 'limesurvey'] } } },
	{
		displayName: 'Mailing List ID',
		name: 'mailingListId',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'CG_…',
		displayOptions: { show: { platform: ['qualtrics'] } },
	},
	{ displayName: 'Contact ID', name: 'contactId', type: 'string', default: '', placeholder: 'CID_…', description: 'One contact of the list; empty sends to the whole list', displayOptions: { show: { platform: ['qualtrics'] } } },
	{ displayName: 'Library ID', name: 'libraryId', type: 'string', default: '', required: true, placeholder: 'UR_… or GR_…', displayOptions: { show: { platform: ['qualtrics'] } } },
	{ displayName: 'Message ID', name: 'messageId', type: 'string', default: '', required: true, placeholder: 'MS_…', displayOptions: { show: { platform: ['qualtrics'] } } },
	{ displayName: 'From Email', name: 'fromEmail', type: 'string', default: '', required: true, placeholder: 'noreply@qemailserver.com', displayOptions: { show: { platform: ['qualtrics'] } } },
	{ displayName: 'From Name', name: 'fromName', type: 'string', default: '', required: true, displayOptions: { show: { platform: ['qualtrics'] } } },
	{ displayName: 'Subject', name: 'subject', type: 'string', default: '', displayOptions: { show: { platform: ['qualtrics', 'surveymonkey'] } } },
	{
		displayName: 'Context Fields',
		name: 'contextFields',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add field',
		default: {},
		description:
			'Context carried into the response (booking ID, property, touchpoint …): Typeform/Formbricks hidden fields, SurveyMonkey custom fields, LimeSurvey participant attributes (attribute_1 …)',
		displayOptions: { show: { platform: ['typeform', 'formbricks', 'surveymonkey', 'limesurvey'] } },
		options: [
			{
				displayName: 'Field',
				name: 'field',
				values: [
					{ displayName: 'Name', name: 'name', type: 'string', default: '', placeholder: 'booking_id' },
					{ displayName: 'Value', name: 'value', type: 'string', default: '' },
				],
			},
		],
	},
];

export const description = updateDisplayOptions({ show: { operation: ['sendInvitation'] } }, properties);

function contextFields(ctx: IExecuteFunctions, i: number): IDataObject {
	const fc = ctx.getNodeParameter('contextFields', i, {}) as { field?: Array<{ name: string; value: string }> };
	const out: IDataObject = {};
	for (const f of fc.field ?? []) if (f.name?.trim()) out[f.name.trim()] = f.value ?? '';
	return out;
}

function required(ctx: IExecuteFunctions, name: string, label: string, i: number): string {
	const v = String(ctx.getNodeParameter(name, i, '') ?? '').trim();
	if (!v) throw new NodeOperationError(ctx.getNode(), `Item ${i}: "${label}" is required`, { itemIndex: i });
	return v;
}

export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await forEachItem(this, async (_item, i) => {
		const platform = this.getNodeParameter('platform', i) as ApiPlatform;
		const fields = contextFields(this, i);
		switch (platform) {
			case 'typeform': {
				const formId = surveyIdOf(this, i);
				const hash = new URLSearchParams(fields as Record<string, string>).toString();
				return { platform, surveyId: formId, link: `https://form.typeform.com/to/${encodeURIComponent(formId)}${hash ? `#${hash}` : ''}`, sent: false };
			}
			case 'formbricks': {
				const surveyId = surveyIdOf(this, i);
				const creds = await this.getCredentials('cxFormbricksApi');
				const host = String(creds.baseUrl || 'https://app.formbricks.com').replace(/\/+$/, '');
				const qs = new URLSearchParams(fields as Record<string, string>).toString();
				return { platform, surveyId, link: `${host}/s/${encodeURIComponent(surveyId)}${qs ? `?${qs}` : ''}`, sent: false };
			}
			case 'surveymonkey':
				return await smInvite(this, {
					collectorId: required(this, 'collectorId', 'Collector ID', i),
					email: required(this, 'email', 'Email', i),
					firstName: this.getNodeParameter('firstName', i, '') as string,
					lastName: this.getNodeParameter('lastName', i, '') as string,
					subject: this.getNodeParameter('subject', i, '') as string,
					customFields: fields,
				});
			case 'qualtrics':
				return await createDistribution(this, {
					surveyId: surveyIdOf(this, i),
					mailingListId: required(this, 'mailingListId', 'Mailing List ID', i),
					contactId: (this.getNodeParameter('contactId', i, '') as string).trim() || undefined,
					libraryId: required(this, 'libraryId', 'Library ID', i),
					messageId: required(this, 'messageId', 'Message ID', i),
					fromEmail: required(this, 'fromEmail', 'From Email', i),
					fromName: required(this, 'fromName', 'From Name', i),
					subject: required(this, 'subject', 'Subject', i),
				});
			case 'limesurvey':
				return await inviteParticipant(this, surveyIdOf(this, i), {
					email: required(this, 'email', 'Email', i),
					firstName: this.getNodeParameter('firstName', i, '') as string,
					lastName: this.getNodeParameter('lastName', i, '') as string,
					attributes: fields,
				});
		}
		throw new NodeOperationError(this.getNode(), `Item ${i}: unknown platform "${platform}"`, { itemIndex: i });
	});
}
