/**
 * Speech-to-text results of a call → a Feedback draft (the "Call Transcript (Speech-to-Text)" preset):
 * the voices become "Customer: …" / "Agent: …" lines (客户：/客服： for Chinese calls), which CX Analyze
 * reads as a dialogue, with contact-centre figures in meta.call.
 *
 * One preset for every vendor: the shapes do not overlap (Alibaba Result.Sentences, Tencent
 * ResultDetail, AWS results, Azure recognizedPhrases / phrases, Deepgram results.utterances,
 * AssemblyAI utterances, Whisper segments), so the payload says which it is and a workflow that changes
 * vendor keeps its node. Fields are read tolerantly (strings for numbers, missing times, a wrapper
 * such as Tencent's Response.Data); what the vendors' docs did not confirm is marked [U] in
 * docs/nodes/cx-normalize.md.
 */
import { createHash } from 'node:crypto';
import { isObject } from '../../engine/reviews/types';
import { chooseAgent, type AgentChoice, type AgentSpeakerMode, type CallSegment, type Separation } from '../../engine/call/agentSide';
import { callMetrics, oneVoiceMetrics, type CallSide } from '../../engine/call/metrics';
import { hasPunctuation, joinWordsAtPauses, restoreSentenceBreaks, type TimedWord } from '../../engine/call/sentenceBreaks';
import { buildConversation, idString, type ConversationMessage } from '../json/conversation';

type Obj = Record<string, any>;

export type CallVendor = 'alibaba' | 'tencent' | 'aws' | 'azure' | 'deepgram' | 'assemblyai' | 'whisper';

export interface ParsedCall {
	vendor: CallVendor;
	separation: Separation;
	/** In time order when the vendor gives times. */
	segments: CallSegment[];
	/** The vendor's job / task / request id, when it has one. */
	id?: string;
	durationMs?: number;
	/** The recording's time (Azure timestamp, Deepgram metadata.created) when given. */
	recordedAt?: string;
	language?: string;
}

export interface CallPresetOptions {
	source?: string;
	channel?: string;
	touchpoint?: string;
	agentSpeaker?: AgentSpeakerMode;
	agentSpeakerIds?: string;
	/**
	 * Sentence breaks for speech recognised without punctuation (default on): at pauses in the vendor's word
	 * timings, else by rules (nodes/engine/call/sentenceBreaks.ts). Off: the recognised text as it is.
	 */
	sentenceBreaks?: boolean;
}

export const EXPECTED_SHAPES =
	'expected a speech-to-text result: Alibaba Result.Sentences, Tencent ResultDetail, AWS Transcribe results, Azure recognizedPhrases or phrases, Deepgram results.utterances, AssemblyAI utterances or Whisper segments';

/** A number from a number or a numeric string ("4.87"); undefined otherwise. */
function num(v: unknown): number | undefined {
	if (typeof v === 'number' && Number.isFinite(v)) return v;
	if (typeof v === 'string' && v.trim() && Number.isFinite(Number(v))) return Number(v);
	return undefined;
}
/** Seconds (number or string) → milliseconds. */
function ms(seconds: unknown): number | undefined {
	const n = num(seconds);
	return n === undefined ? undefined : Math.round(n * 1000);
}
const str = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const sid = (v: unknown) => (v === undefined || v === null || v === '' ? undefined : String(v));

function safeJson(s: string): any {
	try {
		return JSON.parse(s);
	} catch {
		return undefined;
	}
}

interface RawSentence {
	speaker?: string;
	channel?: string;
	text: string;
	startMs?: number;
	endMs?: number;
	emotion?: number;
	speechRate?: number;
}

/**
 * Sentences → segments with one voice id each: the speaker when there are several speakers, else the
 * channel when there are several channels, else one voice. Put in time order when every one has a start
 * (stable; a dual-channel result lists channel 0's sentences first).
 */
function toSegments(list: RawSentence[]): { separation: Separation; segments: CallSegment[] } {
	const kept = list.filter((s) => s.text.trim());
	const distinct = (xs: Array<string | undefined>) => new Set(xs.filter((x) => x !== undefined)).size;
	const key = distinct(kept.map((s) => s.speaker)) > 1 ? 'speaker' : distinct(kept.map((s) => s.channel)) > 1 ? 'channel' : null;
	const segments: CallSegment[] = kept.map((s) => ({
		speaker: (key ? s[key] : undefined) ?? 'voice',
		text: s.text.trim(),
		...(s.startMs !== undefined ? { startMs: s.startMs } : {}),
		...(s.endMs !== undefined ? { endMs: s.endMs } : {}),
		...(s.emotion !== undefined ? { emotion: s.emotion } : {}),
		...(s.speechRate !== undefined ? { speechRate: s.speechRate } : {}),
	}));
	if (segments.every((s) => s.startMs !== undefined)) segments.sort((a, b) => (a.startMs as number) - (b.startMs as number));
	return { separation: key ?? 'none', segments };
}

interface Word {
	speaker?: string;
	channel?: string;
	startMs?: number;
	endMs?: number;
	text: string;
	punct?: boolean;
}

/**
 * Words → sentences: a new one at each change of voice; punctuation sticks to the word before it. Without
 * any punctuation in the words, pauses become breaks (withPauses).
 */
function wordsToSentences(words: Word[], spaced: boolean): RawSentence[] {
	const out: Array<RawSentence & { words: Word[] }> = [];
	for (const w of words) {
		const last = out[out.length - 1];
		if (last && (w.punct || (last.speaker === w.speaker && last.channel === w.channel))) {
			last.text += (w.punct || !spaced ? '' : ' ') + w.text;
			last.words.push(w);
			if (w.endMs !== undefined) last.endMs = w.endMs;
		} else if (!w.punct) {
			out.push({ speaker: w.speaker, channel: w.channel, text: w.text, startMs: w.startMs, endMs: w.endMs, words: [w] });
		}
	}
	return out.map(({ words: ws, ...s }) => ({ ...s, text: withPauses(s.text, ws, spaced) }));
}

/** Whether the vendor readers rebuild unpunctuated sentences from their word timings (set per parse). */
let pauseBreaks = true;

/**
 * A sentence's text: as recognised when it has punctuation (or breaks are off or no word has times),
 * else its words joined with breaks at pauses.
 */
function withPauses(text: string, words: TimedWord[], spaced: boolean): string {
	if (!pauseBreaks || hasPunctuation(text) || !words.some((w) => w.startMs !== undefined)) return text;
	return joinWordsAtPauses(words, spaced) || text;
}
const isSpaced = (text: string) => !/\p{Script=Han}/u.test(text);

// ── Vendors ────────────────────────────────────────────────────────────────────────────────────

/** Alibaba Cloud 智能语音交互 录音文件识别 GetTaskResult: { TaskId, StatusText, BizDuration, Result: { Sentences } }. */
function alibaba(p: Obj): ParsedCall | undefined {
	const result = isObject(p.Result) ? p.Result : typeof p.Result === 'string' ? safeJson(p.Result) : undefined;
	const sentences = isObject(result) ? (result.Sentences ?? result.sentences) : Array.isArray(p.Sentences) ? p.Sentences : undefined;
	if (!Array.isArray(sentences)) {
		if (typeof p.StatusText === 'string' && p.StatusText !== 'SUCCESS' && p.TaskId !== undefined) {
			throw new Error(`StatusText: ${p.StatusText} (the Alibaba task has no Result.Sentences: not finished, or failed)`);
		}
		return undefined;
	}
	// With word output on, Result.Words lists every word with its channel and times [U]: a sentence's words are those of its channel inside its times.
	const allWords: Obj[] = isObject(result) && Array.isArray(result.Words ?? result.words) ? (result.Words ?? result.words).filter(isObject) : [];
	const wordsOf = (s: Obj): TimedWord[] => {
		const b = num(s.BeginTime ?? s.beginTime);
		const e = num(s.EndTime ?? s.endTime);
		const ch = sid(s.ChannelId ?? s.channelId);
		if (!allWords.length || b === undefined || e === undefined) return [];
		return allWords
			.filter((w) => sid(w.ChannelId ?? w.channelId) === ch && (num(w.BeginTime ?? w.beginTime) ?? -1) >= b && (num(w.EndTime ?? w.endTime) ?? Infinity) <= e)
			.map((w) => ({ text: str(w.Word ?? w.word), startMs: num(w.BeginTime ?? w.beginTime), endMs: num(w.EndTime ?? w.endTime) }));
	};
	const list: RawSentence[] = sentences.filter(isObject).map((s) => ({
		speaker: sid(s.SpeakerId ?? s.speakerId),
		channel: sid(s.ChannelId ?? s.channelId),
		text: withPauses(str(s.Text ?? s.text), wordsOf(s), isSpaced(str(s.Text ?? s.text))),
		startMs: num(s.BeginTime ?? s.beginTime),
		endMs: num(s.EndTime ?? s.endTime),
		emotion: num(s.EmotionValue ?? s.emotionValue),
		speechRate: num(s.SpeechRate ?? s.speechRate),
	}));
	return { vendor: 'alibaba', ...toSegments(list), id: idString(p.TaskId ?? p.taskId), durationMs: num(p.BizDuration ?? p.bizDuration) };
}

/** Tencent Cloud ASR 录音文件识别 DescribeTaskStatus: { Response: { Data: { TaskId, StatusStr, ResultDetail, AudioDuration } } }. */
function tencent(p: Obj): ParsedCall | undefined {
	const data: Obj = isObject(p.Response) && isObject(p.Response.Data) ? p.Response.Data : isObject(p.Data) ? p.Data : p;
	const detail = typeof data.ResultDetail === 'string' ? safeJson(data.ResultDetail) : data.ResultDetail;
	if (!Array.isArray(detail)) {
		if (data.TaskId !== undefined && data.StatusStr !== undefined && data.StatusStr !== 'success') {
			const why = typeof data.ErrorMsg === 'string' && data.ErrorMsg ? `: ${data.ErrorMsg}` : '';
			throw new Error(`StatusStr: ${data.StatusStr} (the Tencent task has no ResultDetail${why})`);
		}
		if (data.TaskId !== undefined && typeof data.Result === 'string') {
			throw new Error('ResultDetail: missing (ask Tencent for it with ResTextFormat 1 or higher; Result alone has no voices)');
		}
		return undefined;
	}
	const list: RawSentence[] = detail.filter(isObject).map((s) => ({
		// SpeakerId is the channel with ChannelNum 2 and the speaker with SpeakerDiarization; the result does not say which.
		speaker: sid(s.SpeakerId),
		// SentenceWords: Word with OffsetStartMs / OffsetEndMs from the sentence's start [U: relative offsets].
		text: withPauses(
			str(s.FinalSentence ?? s.WrittenText ?? s.SliceSentence),
			(Array.isArray(s.Words) ? s.Words.filter(isObject) : []).map((w: Obj) => {
				const base = num(s.StartMs) ?? 0;
				const a = num(w.OffsetStartMs);
				const b = num(w.OffsetEndMs);
				return { text: str(w.Word), startMs: a === undefined ? undefined : base + a, endMs: b === undefined ? undefined : base + b };
			}),
			isSpaced(str(s.FinalSentence ?? s.WrittenText ?? s.SliceSentence)),
		),
		startMs: num(s.StartMs),
		endMs: num(s.EndMs),
		emotion: num(s.EmotionalEnergy),
		speechRate: num(s.SpeechSpeed),
	}));
	return { vendor: 'tencent', ...toSegments(list), id: idString(data.TaskId ?? data.RecTaskId), durationMs: ms(data.AudioDuration) };
}

/** AWS Transcribe job output: { jobName, results: { transcripts, items, speaker_labels, channel_labels, audio_segments } }. */
function aws(p: Obj): ParsedCall | undefined {
	const r = p.results;
	if (!isObject(r) || !(Array.isArray(r.transcripts) || Array.isArray(r.items) || Array.isArray(r.audio_segments) || isObject(r.channel_labels))) return undefined;
	const language = str(r.language_code ?? p.language_code) || undefined;
	const spaced = !/^(zh|ja|ko)/i.test(language ?? '');
	let items: Obj[] = Array.isArray(r.items) ? r.items.filter(isObject) : [];
	// Channel identification: the items of each channel under channel_labels.channels[].items,
	// merged in time order (a punctuation mark keeps the time of the word before it).
	const channels: Obj[] = isObject(r.channel_labels) && Array.isArray(r.channel_labels.channels) ? r.channel_labels.channels.filter(isObject) : [];
	if (channels.length && !items.some((i) => i.channel_label !== undefined)) {
		const keyed = channels.flatMap((c) => {
			let t = 0;
			return (Array.isArray(c.items) ? c.items.filter(isObject) : []).map((i: Obj) => ({ i: { channel_label: c.channel_label, ...i }, t: (t = ms(i.start_time) ?? t) }));
		});
		keyed.sort((a, b) => a.t - b.t);
		if (keyed.length) items = keyed.map((k) => k.i);
	}
	let list: RawSentence[];
	if (Array.isArray(r.audio_segments) && r.audio_segments.length) {
		// A segment's items are ids of results.items [U]: their times give the pauses when the transcript has no punctuation.
		const byId = new Map<string, Obj>(items.map((i, k) => [String(i.id ?? k), i]));
		const wordsOf = (s: Obj): TimedWord[] =>
			(Array.isArray(s.items) ? s.items : [])
				.map((id: unknown) => byId.get(String(id)))
				.filter((i: Obj | undefined): i is Obj => !!i)
				.map((i: Obj) => ({ text: str((Array.isArray(i.alternatives) ? i.alternatives[0] : undefined)?.content ?? i.content), startMs: ms(i.start_time), endMs: ms(i.end_time), punct: i.type === 'punctuation' }));
		list = r.audio_segments.filter(isObject).map((s: Obj) => ({
			speaker: sid(s.speaker_label),
			channel: sid(s.channel_label),
			text: withPauses(str(s.transcript), wordsOf(s), spaced),
			startMs: ms(s.start_time),
			endMs: ms(s.end_time),
		}));
	} else if (items.length) {
		// Older diarised outputs label only speaker_labels.segments: a word takes the speaker of the segment it starts in.
		const segs: Obj[] = isObject(r.speaker_labels) && Array.isArray(r.speaker_labels.segments) ? r.speaker_labels.segments.filter(isObject) : [];
		const speakerAt = (t: number | undefined) => {
			if (t === undefined) return undefined;
			return sid(segs.find((s) => (ms(s.start_time) ?? Infinity) <= t && t <= (ms(s.end_time) ?? -Infinity))?.speaker_label);
		};
		list = wordsToSentences(
			items.map((i) => {
				const startMs = ms(i.start_time);
				const alt = Array.isArray(i.alternatives) ? i.alternatives[0] : undefined;
				return {
					speaker: sid(i.speaker_label) ?? speakerAt(startMs),
					channel: sid(i.channel_label),
					startMs,
					endMs: ms(i.end_time),
					text: str(alt?.content ?? i.content),
					punct: i.type === 'punctuation',
				};
			}),
			spaced,
		);
	} else {
		const transcripts: unknown[] = Array.isArray(r.transcripts) ? r.transcripts : [];
		list = [{ text: transcripts.filter(isObject).map((t) => str((t as Obj).transcript)).join(' ') }];
	}
	return { vendor: 'aws', ...toSegments(list), id: idString(p.jobName ?? p.job_name), language };
}

/** Azure Speech batch transcription result file ({ source, timestamp, durationInTicks, recognizedPhrases }) or fast transcription ({ durationMilliseconds, phrases }). */
function azure(p: Obj): ParsedCall | undefined {
	if (Array.isArray(p.recognizedPhrases)) {
		const list: RawSentence[] = p.recognizedPhrases
			.filter(isObject)
			.filter((r: Obj) => r.recognitionStatus === undefined || r.recognitionStatus === 'Success')
			.map((r: Obj) => {
				const best = Array.isArray(r.nBest) ? r.nBest[0] : undefined;
				const start = num(r.offsetInTicks);
				const length = num(r.durationInTicks);
				return {
					speaker: sid(r.speaker),
					channel: sid(r.channel),
					// Word-level timestamps (wordLevelTimestampsEnabled): nBest[0].words with offsetInTicks / durationInTicks.
					text: withPauses(
						str(best?.display ?? best?.itn ?? best?.lexical),
						(Array.isArray(best?.words) ? best.words.filter(isObject) : []).map((w: Obj) => {
							const o = num(w.offsetInTicks);
							const d = num(w.durationInTicks);
							return { text: str(w.word), startMs: o === undefined ? undefined : Math.round(o / 1e4), endMs: o === undefined || d === undefined ? undefined : Math.round((o + d) / 1e4) };
						}),
						isSpaced(str(best?.display ?? best?.lexical)),
					),
					startMs: start !== undefined ? Math.round(start / 1e4) : undefined,
					endMs: start !== undefined && length !== undefined ? Math.round((start + length) / 1e4) : undefined,
				};
			});
		const ticks = num(p.durationInTicks);
		return {
			vendor: 'azure',
			...toSegments(list),
			// The audio's file name (the URL may carry a SAS token: never kept).
			id: typeof p.source === 'string' ? idString(p.source.split('?')[0].split('/').pop()) : undefined,
			durationMs: ticks !== undefined ? Math.round(ticks / 1e4) : undefined,
			recordedAt: typeof p.timestamp === 'string' ? p.timestamp : undefined,
		};
	}
	if (Array.isArray(p.phrases) && (p.durationMilliseconds !== undefined || p.combinedPhrases !== undefined)) {
		const list: RawSentence[] = p.phrases.filter(isObject).map((r: Obj) => {
			const start = num(r.offsetMilliseconds);
			const length = num(r.durationMilliseconds);
			const words: TimedWord[] = (Array.isArray(r.words) ? r.words.filter(isObject) : []).map((w: Obj) => {
				const o = num(w.offsetMilliseconds);
				const d = num(w.durationMilliseconds);
				return { text: str(w.text), startMs: o, endMs: o !== undefined && d !== undefined ? o + d : undefined };
			});
			const text = withPauses(str(r.text), words, isSpaced(str(r.text)));
			return { speaker: sid(r.speaker), channel: sid(r.channel), text, startMs: start, endMs: start !== undefined && length !== undefined ? start + length : undefined };
		});
		return { vendor: 'azure', ...toSegments(list), durationMs: num(p.durationMilliseconds) };
	}
	return undefined;
}

/** Deepgram pre-recorded: { metadata: { request_id, duration, created }, results: { utterances, channels } }. */
function deepgram(p: Obj): ParsedCall | undefined {
	const r = p.results;
	if (!isObject(r) || !(Array.isArray(r.utterances) || Array.isArray(r.channels))) return undefined;
	const meta: Obj = isObject(p.metadata) ? p.metadata : {};
	let list: RawSentence[];
	if (Array.isArray(r.utterances) && r.utterances.length) {
		list = r.utterances.filter(isObject).map((u: Obj) => {
			const words: TimedWord[] = (Array.isArray(u.words) ? u.words.filter(isObject) : []).map((w: Obj) => ({ text: str(w.punctuated_word ?? w.word), startMs: ms(w.start), endMs: ms(w.end) }));
			return { speaker: sid(u.speaker), channel: sid(u.channel), text: withPauses(str(u.transcript), words, isSpaced(str(u.transcript))), startMs: ms(u.start), endMs: ms(u.end) };
		});
	} else {
		// No utterances: each channel's words (with their speaker when diarised), merged in time order.
		const words: Word[] = (r.channels as unknown[]).filter(isObject).flatMap((c, ci) => {
			const alt: Obj | undefined = Array.isArray((c as Obj).alternatives) ? (c as Obj).alternatives[0] : undefined;
			const ws: Obj[] = Array.isArray(alt?.words) ? alt.words.filter(isObject) : [];
			if (!ws.length) return alt?.transcript ? [{ channel: String(ci), text: str(alt.transcript) }] : [];
			return ws.map((w) => ({ speaker: sid(w.speaker), channel: String(ci), startMs: ms(w.start), endMs: ms(w.end), text: str(w.punctuated_word ?? w.word) }));
		});
		if (words.every((w) => w.startMs !== undefined)) words.sort((a, b) => (a.startMs as number) - (b.startMs as number));
		list = wordsToSentences(words, true);
	}
	return {
		vendor: 'deepgram',
		...toSegments(list),
		id: idString(meta.request_id),
		durationMs: ms(meta.duration),
		recordedAt: typeof meta.created === 'string' ? meta.created : undefined,
	};
}

/** AssemblyAI transcript: { id, status, text, utterances: [{ speaker: "A", text, start, end }], audio_duration }. */
function assemblyai(p: Obj): ParsedCall | undefined {
	if (!Array.isArray(p.utterances) && !(typeof p.status === 'string' && 'audio_url' in p)) return undefined;
	if (p.status === 'error') throw new Error(`status: error — ${str(p.error) || 'AssemblyAI could not transcribe the audio'}`);
	if (!Array.isArray(p.utterances) || !p.utterances.length) {
		if (typeof p.text === 'string' && p.text.trim()) {
			return { vendor: 'assemblyai', ...toSegments([{ text: p.text }]), id: idString(p.id), durationMs: ms(p.audio_duration) };
		}
		throw new Error(`utterances: missing (status ${str(p.status) || 'unknown'}; request speaker_labels or multichannel to get voices)`);
	}
	const list: RawSentence[] = p.utterances.filter(isObject).map((u: Obj) => {
		// Words in ms like the utterances [U].
		const words: TimedWord[] = (Array.isArray(u.words) ? u.words.filter(isObject) : []).map((w: Obj) => ({ text: str(w.text), startMs: num(w.start), endMs: num(w.end) }));
		return { speaker: sid(u.speaker), channel: sid(u.channel), text: withPauses(str(u.text), words, isSpaced(str(u.text))), startMs: num(u.start), endMs: num(u.end) };
	});
	return { vendor: 'assemblyai', ...toSegments(list), id: idString(p.id), durationMs: ms(p.audio_duration), language: str(p.language_code) || undefined };
}

/** OpenAI Whisper verbose_json: { task, language, duration, text, segments: [{ start, end, text }] } — no speakers. */
function whisper(p: Obj): ParsedCall | undefined {
	if (!Array.isArray(p.segments) || (p.task === undefined && p.duration === undefined && p.language === undefined)) return undefined;
	const list: RawSentence[] = p.segments.filter(isObject).map((s: Obj) => ({ speaker: sid(s.speaker), text: str(s.text), startMs: ms(s.start), endMs: ms(s.end) }));
	return { vendor: 'whisper', ...toSegments(list), durationMs: ms(p.duration), language: str(p.language) || undefined };
}

const READERS = [alibaba, tencent, aws, azure, deepgram, assemblyai, whisper];

/** The vendor's sentences of a call, or an error naming the field or what was expected. */
export function parseCallTranscript(payload: unknown, options: { sentenceBreaks?: boolean } = {}): ParsedCall {
	pauseBreaks = options.sentenceBreaks !== false;
	if (!isObject(payload)) throw new Error(`payload: ${EXPECTED_SHAPES}; got ${Array.isArray(payload) ? 'a list' : typeof payload}`);
	for (const read of READERS) {
		const parsed = read(payload);
		if (parsed) {
			if (!parsed.segments.length) throw new Error(`${parsed.vendor}: no sentence with text (an empty or silent recording)`);
			return parsed;
		}
	}
	const keys = Object.keys(payload).slice(0, 6).join(', ');
	throw new Error(`payload: ${EXPECTED_SHAPES}; got an object with ${keys || 'no fields'}`);
}

// ── The draft ──────────────────────────────────────────────────────────────────────────────────

const ID_KEYS = ['call_id', 'callId', 'recording_id', 'recordingId', 'conversation_id', 'conversationId'] as const;
const TIME_KEYS = ['recorded_at', 'recordedAt', 'started_at', 'startedAt', 'call_time', 'callTime'] as const;
const ENDS_CLAUSE = /[。！？!?.…~～，,；;、]$/;

/** A turn's sentences joined; a sentence without an end mark gets "，" (Chinese) or "," so clauses stay apart. */
function joinTurn(texts: string[], zh: boolean): string {
	let out = '';
	for (const t of texts) {
		if (!out) out = t;
		else if (ENDS_CLAUSE.test(out)) out += (zh ? '' : ' ') + t;
		else out += (zh ? '，' : ', ') + t;
	}
	return out.replace(/\s*\n\s*/g, ' ');
}

export function callTranscriptToDraft(payload: unknown, options: CallPresetOptions = {}): Record<string, any> {
	const call = parseCallTranscript(payload, { sentenceBreaks: options.sentenceBreaks });
	const p = payload as Obj;
	// The words as CX Analyze reads them: breaks restored where the recogniser left none (agent detection and
	// the figures use the sentences as recognised, with pause breaks only).
	const said = options.sentenceBreaks === false ? (s: CallSegment) => s.text : (s: CallSegment) => restoreSentenceBreaks(s.text);
	const { segments, separation } = call;
	const all = segments.map((s) => s.text).join('');
	const zh = (all.match(/\p{Script=Han}/gu) ?? []).length * 2 > all.replace(/\s/g, '').length;
	// No separation at all (Whisper, a mono recording without diarisation): one voice, read as plain text.
	const oneVoice = separation === 'none';
	const choice: AgentChoice = oneVoice
		? { agents: [], rule: 'oneVoice', agentPhrases: {} }
		: chooseAgent(segments, separation, options.agentSpeaker ?? 'auto', options.agentSpeakerIds ?? '');
	const agentSet = new Set(choice.agents);
	const sideOf = (s: CallSegment): CallSide => (agentSet.has(s.speaker) ? 'agent' : 'customer');

	let text: string;
	let conversation: Record<string, unknown>;
	if (oneVoice) {
		text = joinTurn(segments.map(said), zh);
		conversation = { turns: 1, customerTurns: 0, agentTurns: 0, firstResponseMinutes: null, status: null, priority: null };
	} else {
		// A turn is a run of sentences by one side (an agent and the supervisor who takes over are one side).
		const messages: ConversationMessage[] = [];
		let run: { side: CallSide; texts: string[] } | undefined;
		for (const s of segments) {
			const side = sideOf(s);
			if (run && run.side === side) run.texts.push(said(s));
			else {
				if (run) messages.push({ side: run.side, text: joinTurn(run.texts, zh) });
				run = { side, texts: [said(s)] };
			}
		}
		if (run) messages.push({ side: run.side, text: joinTurn(run.texts, zh) });
		const conv = buildConversation(messages);
		text = conv.text;
		conversation = { ...conv.meta };
	}
	const metrics = oneVoice ? oneVoiceMetrics(segments, call.durationMs) : callMetrics(segments, sideOf, call.durationMs);
	if (!oneVoice) conversation.firstResponseMinutes = metrics.agentFirstResponseSeconds === null ? null : Math.round(metrics.agentFirstResponseSeconds / 6) / 10;

	const byWords = choice.rule !== 'option' && choice.rule !== 'firstSpeakerOption' && choice.rule !== 'oneVoice';
	const speakers = [...new Set(segments.map((s) => s.speaker))].map((id) => {
		const mine = segments.filter((s) => s.speaker === id);
		const timed = mine.every((s) => s.startMs !== undefined && s.endMs !== undefined);
		return {
			id,
			side: oneVoice ? null : agentSet.has(id) ? 'agent' : 'customer',
			sentences: mine.length,
			talkSeconds: timed ? Math.round(mine.reduce((a, s) => a + (s.endMs as number) - (s.startMs as number), 0) / 100) / 10 : null,
			...(byWords ? { agentPhrases: choice.agentPhrases[id] ?? 0 } : {}),
		};
	});

	const given = ID_KEYS.map((k) => idString(p[k])).find(Boolean);
	// Without an id (Whisper, Azure fast transcription): a digest of the transcript, so a re-run gives the same id.
	const digest = () => 'sha1-' + createHash('sha1').update(segments.map((s) => `${s.speaker}|${s.startMs ?? ''}|${s.text}`).join('\n')).digest('hex').slice(0, 16);
	const id = given ?? call.id ?? digest();
	const source = options.source || (typeof p.source === 'string' && /^[\w.-]{1,40}$/.test(p.source) ? p.source : call.vendor);
	const occurredAt = TIME_KEYS.map((k) => p[k]).find((v) => v !== undefined && v !== null && v !== '') ?? call.recordedAt;
	return {
		source,
		sourceId: id,
		channel: options.channel || 'call',
		touchpoint: options.touchpoint,
		...(occurredAt !== undefined ? { occurredAt } : {}),
		scores: {},
		text,
		answers: [],
		meta: {
			ids: { call: id, ...(call.id && call.id !== id ? { job: call.id } : {}) },
			conversation,
			call: {
				vendor: call.vendor,
				separation,
				voices: oneVoice ? 'one voice: no speaker or channel separation, read as plain text' : 'separated',
				agentRule: choice.rule,
				agentSpeakers: choice.agents,
				speakers,
				...(call.language ? { language: call.language } : {}),
				...metrics,
			},
		},
	};
}
