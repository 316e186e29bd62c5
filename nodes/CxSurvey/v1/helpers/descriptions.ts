import type { IDisplayOptions, INodeProperties } from 'n8n-workflow';

export const platformCredentials = [
	{ name: 'cxTypeformApi', required: true, displayOptions: { show: { platform: ['typeform'] } } },
	{ name: 'cxSurveyMonkeyApi', required: true, displayOptions: { show: { platform: ['surveymonkey'] } } },
	{ name: 'cxQualtricsApi', required: true, displayOptions: { show: { platform: ['qualtrics'] } } },
	{ name: 'cxFormbricksApi', required: true, displayOptions: { show: { platform: ['formbricks'] } } },
	{ name: 'cxLimeSurveyApi', required: true, displayOptions: { show: { platform: ['limesurvey'] } } },
];

export const apiPlatformOptions = [
	{ name: 'Formbricks', value: 'formbricks' },
	{ name: 'LimeSurvey', value: 'limesurvey' },
	{ name: 'Qualtrics', value: 'qualtrics' },
	{ name: 'SurveyMonkey', value: 'surveymonkey' },
	{ name: 'Typeform', value: 'typeform' },
];

/** Survey picker: a searchable list loaded from the platform, or an ID. */
export function surveyLocator(show: NonNullable<IDisplayOptions['show']> = {}): INodeProperties {
	return {
		displayName: 'Survey',
		name: 'survey',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		description: 'The survey (Typeform: form) whose responses to read',
		displayOptions: Object.keys(show).length ? { show } : undefined,
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: 'searchSurveys', searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: 'e.g. lT4Z3j, 315912301, SV_1Xc…, clx…, 123456',
			},
		],
	};
}

export const scoreFieldsProperty: INodeProperties = {
	displayName: 'Score Questions',
	name: 'scoreFields',
	type: 'collection',
	placeholder: 'Add question',
	default: {},
	description: 'Name the questions holding scores when recognition by question type or wording is not enough',
	options: [
		{ displayName: 'CES Question', name: 'cesField', type: 'string', default: '', description: 'Ref, ID, code or title of the 1–7 effort question' },
		{ displayName: 'CSAT Question', name: 'csatField', type: 'string', default: '', description: 'Ref, ID, code or title of the 1–5 satisfaction question' },
		{ displayName: 'NPS Question', name: 'npsField', type: 'string', default: '', description: 'Ref, ID, code or title of the 0–10 recommend question' },
		{ displayName: 'Rating Question', name: 'ratingField', type: 'string', default: '', description: 'Ref, ID, code or title of a star rating question' },
		{ displayName: 'Touchpoint', name: 'touchpoint', type: 'string', default: '', placeholder: 'check-out', description: 'Touchpoint when the response carries none' },
	],
};
