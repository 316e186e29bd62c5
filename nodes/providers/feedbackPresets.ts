/**
 * Source → Feedback presets, shared by CX Normalize, the survey and review triggers and imports.
 * A preset turns one raw payload into a Feedback draft; buildFeedback() then validates it.
 */
import { typeformToDraft, type SurveyFieldMapping } from './typeform/normalize';
import { surveyMonkeyToDraft } from './surveymonkey/normalize';
import { jsonToDraft } from './json/normalize';
import { qualtricsToDraft } from './qualtrics/normalize';
import { formbricksToDraft } from './formbricks/normalize';
import { wenjuanxingToDraft } from './wenjuanxing/normalize';
import { limeSurveyToDraft } from './limesurvey/normalize';
import { zendeskTicketToDraft } from './zendesk/normalize';
import { freshdeskTicketToDraft } from './freshdesk/normalize';
import { zammadTicketToDraft } from './zammad/normalize';
import { chatTranscriptToDraft } from './chat/normalize';
import { callTranscriptToDraft } from './call/normalize';
import type { AgentSpeakerMode } from '../engine/call/agentSide';

export interface PresetOptions extends SurveyFieldMapping {
	/** Default `source` / `channel` for the generic JSON preset. */
	source?: string;
	channel?: string;
	/** SurveyMonkey: the survey's /details, to resolve question headings and choice texts. */
	survey?: Record<string, any>;
	/** LimeSurvey: list_questions, to resolve question codes, texts and types. */
	questions?: Array<Record<string, any>>;
	/** LimeSurvey: the survey id, part of the response's stable id. */
	surveyId?: string;
	/** Wenjuanxing: added to the NPS question's value (option index vs 0–10). */
	npsOffset?: number;
	/** Call transcripts: which voice is the agent (Auto reads the words), and the ids for "speaker". */
	agentSpeaker?: AgentSpeakerMode;
	agentSpeakerIds?: string;
	/** Call transcripts: sentence breaks for speech recognised without punctuation (default on). */
	sentenceBreaks?: boolean;
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
	qualtrics: {
		name: 'Qualtrics',
		description: 'Qualtrics response ({responseId, values, labels}) from the API or an export file, with the survey when given',
		toDraft: (p, o) => qualtricsToDraft(p, o.survey, o),
	},
	formbricks: {
		name: 'Formbricks',
		description: 'Formbricks webhook payload ({webhookId, event, data}) or management API response, with the survey when given',
		toDraft: (p, o) => formbricksToDraft(p, o.survey, o),
	},
	wenjuanxing: {
		name: 'Wenjuanxing (问卷星)',
		description: 'Wenjuanxing data push (activity, joinid, submittime, q1 … qn); name the score questions (q1 …)',
		toDraft: (p, o) => wenjuanxingToDraft(p, o),
	},
	limesurvey: {
		name: 'LimeSurvey',
		description: 'LimeSurvey export_responses row (heading type "code"), with list_questions when given',
		toDraft: (p, o) => limeSurveyToDraft(p, o.questions, o),
	},
	zendeskTicket: {
		name: 'Zendesk Ticket (With Comments)',
		description: '{ ticket, comments } from /api/v2/tickets/{id} and …/comments: public comments as a Customer / Agent dialogue, CSAT good / bad',
		toDraft: (p, o) => zendeskTicketToDraft(p, o),
	},
	freshdeskTicket: {
		name: 'Freshdesk Ticket (With Conversations)',
		description: '{ ticket, conversations } from /api/v2/tickets/{id} and …/conversations: description and public replies as a dialogue',
		toDraft: (p, o) => freshdeskTicketToDraft(p, o),
	},
	zammadTicket: {
		name: 'Zammad Ticket (With Articles)',
		description: '{ ticket, articles } from /api/v1/tickets/{id} and /ticket_articles/by_ticket/{id}: Customer and Agent articles as a dialogue',
		toDraft: (p, o) => zammadTicketToDraft(p, o),
	},
	chatTranscript: {
		name: 'Chat Transcript (Generic)',
		description: '{ id, messages: [{ role, text, time }] } from any chat or bot; roles customer / user / visitor / 客户 vs agent / bot / 客服',
		toDraft: (p, o) => chatTranscriptToDraft(p, o),
	},
	callTranscript: {
		name: 'Call Transcript (Speech-to-Text)',
		description:
			'A call recognised by Alibaba, Tencent, AWS Transcribe, Azure Speech, Deepgram, AssemblyAI or Whisper: voices as a Customer / Agent dialogue, call metrics in meta.call',
		toDraft: (p, o) => callTranscriptToDraft(p, o),
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
