/**
 * Source → Feedback presets, shared by CX Normalize, the survey and review triggers and imports.
 * A preset turns one raw payload into a Feedback draft; buildFeedback() then validates it.
 */
import { typeformToDraft, type SurveyFieldMapping } from './typeform/normalize';
import { surveyMonkeyToDraft } from './surveymonkey/normalize';
import { jsonToDraft } from './json/normalize';

export interface PresetOptions extends SurveyFieldMapping {
	/** Default `source` / `channel` for the generic JSON preset. */
	source?: string;
	channel?: string;
	/** SurveyMonkey: the survey's /details, to resolve question headings and choice texts. */
	survey?: Record<string, any>;
}

export interface FeedbackPreset {
	name: string;
	description: string;
	toDraft(payload: unknown, options: PresetOptions): Record<string, any>;
}

export const FEEDBACK_PRESETS: Record<string, FeedbackPreset> = {
	typeform: {
		name: 'Typeform',
		description: 'Typeform webhook payload, form_response or Responses API item',
		toDraft: (p, o) => typeformToDraft(p, o),
	},
	surveymonkey: {
		name: 'SurveyMonkey',
		description: 'SurveyMonkey response (details or bulk, simple or not), with the survey details when given',
		toDraft: (p, o) => surveyMonkeyToDraft(p, o.survey, o),
	},
	json: {
		name: 'Generic JSON',
		description: 'Any object with the usual field names (id, text/comment, nps, rating, date, property …), English or Chinese',
		toDraft: (p, o) => jsonToDraft(p, { source: o.source, channel: o.channel }),
	},
};

export function registerFeedbackPreset(key: string, preset: FeedbackPreset): void {
	FEEDBACK_PRESETS[key] = preset;
}
