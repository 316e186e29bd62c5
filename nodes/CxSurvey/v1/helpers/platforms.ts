/**
 * One entry point per survey platform for what both survey nodes need: list surveys (editor
 * dropdowns), read responses (one, or all with complete pagination / export) and turn them into
 * Feedback drafts with the survey's question definitions loaded once.
 */
import type { IDataObject } from 'n8n-workflow';
import type { RequestContext } from '../../../providers/json/http';
import type { SurveyFieldMapping } from '../../../providers/typeform/normalize';
import type { SurveySummary } from '../../../providers/typeform/transport';
import * as typeform from '../../../providers/typeform/transport';
import * as surveymonkey from '../../../providers/surveymonkey/transport';
import * as qualtrics from '../../../providers/qualtrics/transport';
import * as formbricks from '../../../providers/formbricks/transport';
import * as limesurvey from '../../../providers/limesurvey/transport';
import { typeformToDraft } from '../../../providers/typeform/normalize';
import { surveyMonkeyToDraft } from '../../../providers/surveymonkey/normalize';
import { qualtricsToDraft } from '../../../providers/qualtrics/normalize';
import { formbricksToDraft } from '../../../providers/formbricks/normalize';
import { limeSurveyToDraft } from '../../../providers/limesurvey/normalize';

export type ApiPlatform = 'typeform' | 'surveymonkey' | 'qualtrics' | 'formbricks' | 'limesurvey';
export const API_PLATFORMS: ApiPlatform[] = ['typeform', 'surveymonkey', 'qualtrics', 'formbricks', 'limesurvey'];

export const PLATFORM_NAMES: Record<string, string> = {
	typeform: 'Typeform',
	surveymonkey: 'SurveyMonkey',
	qualtrics: 'Qualtrics',
	formbricks: 'Formbricks',
	wenjuanxing: 'Wenjuanxing (问卷星)',
	limesurvey: 'LimeSurvey',
	json: 'Any JSON',
};

export const CREDENTIALS: Record<ApiPlatform, string> = {
	typeform: typeform.TYPEFORM_CREDENTIAL,
	surveymonkey: surveymonkey.SURVEYMONKEY_CREDENTIAL,
	qualtrics: qualtrics.QUALTRICS_CREDENTIAL,
	formbricks: formbricks.FORMBRICKS_CREDENTIAL,
	limesurvey: limesurvey.LIMESURVEY_CREDENTIAL,
};

export async function listSurveys(ctx: RequestContext, platform: ApiPlatform, search?: string, limit?: number): Promise<SurveySummary[]> {
	switch (platform) {
		case 'typeform':
			return await typeform.listForms(ctx, search, limit);
		case 'surveymonkey':
			return await surveymonkey.listSurveys(ctx, search, limit);
		case 'qualtrics':
			return await qualtrics.listSurveys(ctx, search, limit);
		case 'formbricks':
			return await formbricks.listSurveys(ctx, search, limit);
		case 'limesurvey':
			return await limesurvey.listSurveys(ctx, search, limit);
	}
}

export interface ResponsesQuery {
	since?: string;
	until?: string;
	limit?: number;
}

export interface FetchedResponses {
	/** Raw responses as the platform returned them. */
	rows: IDataObject[];
	/** Feedback draft for one raw response (question definitions already loaded). */
	toDraft(row: IDataObject): IDataObject;
}

export async function getResponses(
	ctx: RequestContext,
	platform: ApiPlatform,
	surveyId: string,
	q: ResponsesQuery,
	mapping: SurveyFieldMapping,
): Promise<FetchedResponses> {
	switch (platform) {
		case 'typeform': {
			const rows = await typeform.getResponses(ctx, surveyId, q);
			return { rows, toDraft: (r) => typeformToDraft(r, mapping) };
		}
		case 'surveymonkey': {
			const details = await surveymonkey.getSurveyDetails(ctx, surveyId);
			const rows = await surveymonkey.getResponses(ctx, surveyId, q);
			return { rows, toDraft: (r) => surveyMonkeyToDraft(r, details, mapping) };
		}
		case 'qualtrics': {
			const survey = { ...(await qualtrics.getSurvey(ctx, surveyId)), id: surveyId };
			const rows = await qualtrics.exportResponses(ctx, surveyId, q);
			return { rows, toDraft: (r) => qualtricsToDraft(r, survey, mapping) };
		}
		case 'formbricks': {
			const survey = await formbricks.getSurvey(ctx, surveyId);
			const rows = await formbricks.getResponses(ctx, surveyId, q);
			return { rows, toDraft: (r) => formbricksToDraft(r, survey, mapping) };
		}
		case 'limesurvey': {
			const { rows, questions } = await limesurvey.exportResponses(ctx, surveyId, q);
			return { rows, toDraft: (r) => limeSurveyToDraft(r, questions, { ...mapping, surveyId }) };
		}
	}
}

/** One response by id; undefined when the platform says it does not exist. */
export async function getResponse(
	ctx: RequestContext,
	platform: ApiPlatform,
	surveyId: string,
	responseId: string,
	mapping: SurveyFieldMapping,
): Promise<{ raw: IDataObject; draft: IDataObject } | undefined> {
	switch (platform) {
		case 'typeform': {
			const r = await typeform.getResponse(ctx, surveyId, responseId);
			return r ? { raw: r, draft: typeformToDraft(r, mapping) } : undefined;
		}
		case 'surveymonkey': {
			const details = await surveymonkey.getSurveyDetails(ctx, surveyId);
			const r = await surveymonkey.getResponseDetails(ctx, surveyId, responseId);
			return { raw: r, draft: surveyMonkeyToDraft(r, details, mapping) };
		}
		case 'qualtrics': {
			const survey = { ...(await qualtrics.getSurvey(ctx, surveyId)), id: surveyId };
			const r = await qualtrics.getResponse(ctx, surveyId, responseId);
			return { raw: r, draft: qualtricsToDraft(r, survey, mapping) };
		}
		case 'formbricks': {
			const r = await formbricks.getResponse(ctx, responseId);
			const survey = await formbricks.getSurvey(ctx, String(r.surveyId ?? surveyId));
			return { raw: r, draft: formbricksToDraft(r, survey, mapping) };
		}
		case 'limesurvey': {
			const id = Number(responseId);
			const { rows, questions } = await limesurvey.exportResponses(ctx, surveyId, { fromResponseId: id, toResponseId: id, completion: 'all' });
			const r = rows.find((x) => String(x.id) === String(responseId)) ?? rows[0];
			return r ? { raw: r, draft: limeSurveyToDraft(r, questions, { ...mapping, surveyId }) } : undefined;
		}
	}
}
