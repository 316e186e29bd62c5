import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildFeedback } from '../../../nodes/engine/feedback/build';
import { FEEDBACK_PRESETS } from '../../../nodes/providers/feedbackPresets';
import { callTranscriptToDraft, parseCallTranscript } from '../../../nodes/providers/call/normalize';
import { findTurns } from '../../../nodes/engine/text/dialogue';

const fx = (name: string) => JSON.parse(readFileSync(join(__dirname, '..', '..', 'fixtures', 'calls', name), 'utf8'));
const now = () => Date.parse('2026-11-29T00:00:00Z');
const build = (draft: unknown) => {
	const r = buildFeedback(draft, { timeZone: 'UTC', now });
	if (!r.ok) throw new Error(JSON.stringify(r.issues));
	return r.feedback;
};
const sides = (text: string) => findTurns(text, {})?.map((t) => t.side);

describe('Call Transcript preset: the vendors’ fixtures', () => {
	it('Alibaba, dual channel, the agent on channel 1 and first: words decide; sentences of one side make one turn', () => {
		const fb = build(callTranscriptToDraft(fx('alibaba-billing-zh.json')));
		expect(fb).toMatchObject({ id: 'alibaba:4b56f0c4b7e611eab3b7f16c9e5f2c10', source: 'alibaba', channel: 'call' });
		const lines = fb.text!.split('\n');
		expect(lines[0]).toBe('客服：您好，这里是悦途酒店客服中心工号2046很高兴为您服务');
		// Two sentences of the customer joined, a comma between (the ASR gave no punctuation).
		expect(lines[1]).toBe('客户：嗯 那个 我上周五在你们上海店住了两晚 退房的时候 呃 信用卡被扣了三晚的房费，多扣了一晚 八百多块钱 到现在都没退回来 啊');
		expect(sides(fb.text!)).toEqual(['agent', 'customer', 'agent', 'customer', 'agent', 'customer', 'agent', 'customer', 'agent']);
		const call = (fb.meta as any).call;
		expect(call).toMatchObject({
			vendor: 'alibaba',
			separation: 'channel',
			agentRule: 'words',
			agentSpeakers: ['1'],
			durationSeconds: 96.3,
			turns: { agent: 5, customer: 4 },
			talkSeconds: { agent: 39.8, customer: 33.3 },
			talkShare: { agent: 0.544, customer: 0.456 },
			longestSilenceSeconds: 18,
			interruptions: { agent: 0, customer: 1 },
			agentFirstResponseSeconds: 1.5,
			firstSide: 'agent',
			emotion: { customer: { mean: 7.2, max: 8.6 }, agent: { mean: 5.72, max: 6.1 } },
			speechRate: { customer: 199.6, agent: 234 },
		});
		expect(call.speakers).toEqual([
			{ id: '1', side: 'agent', sentences: 6, talkSeconds: 39.8, agentPhrases: 4 },
			{ id: '0', side: 'customer', sentences: 5, talkSeconds: 33.3, agentPhrases: 0 },
		]);
		expect((fb.meta as any).conversation).toEqual({ turns: 9, customerTurns: 4, agentTurns: 5, firstResponseMinutes: 0, status: null, priority: null });
	});

	it('Tencent (Response.Data), the caller first, SpeakerId 0 / 1: 0 is the customer by the words', () => {
		const fb = build(callTranscriptToDraft(fx('tencent-booking-zh.json')));
		expect(fb.id).toBe('tencent:5209391842');
		expect(fb.text!.split('\n')[0]).toBe('客户：喂你好，我想改一下我订的房间日期');
		expect((fb.meta as any).call).toMatchObject({ vendor: 'tencent', separation: 'speaker', agentRule: 'words', agentSpeakers: ['1'], firstSide: 'customer', durationSeconds: 58.4, longestSilenceSeconds: 12.9 });
		expect((fb.meta as any).call.speechRate).toEqual({ customer: 3.56, agent: 3.63 });
	});

	it('AWS Transcribe audio_segments (spk_0 / spk_1), English', () => {
		const fb = build(callTranscriptToDraft(fx('aws-billing-en.json')));
		expect(fb.id).toBe('aws:call-20261124-0917-billing');
		expect(fb.text!.split('\n')).toEqual([
			'Agent: Thank you for calling Harbor View Hotels, my name is Priya, how can I help you today?',
			'Customer: Hi, um, I stayed with you last week and I was charged twice for the minibar, and, uh, I never even opened it.',
			"Agent: I'm so sorry to hear that. Let me check that for you. Can I have your reservation number?",
			"Customer: It's HV 5520. This is the second time I've called about this and nobody has fixed it.",
			"Agent: I understand, I've submitted a refund for the minibar charge, it should be back on your card within five business days. Is there anything else I can help with?",
			'Customer: No. Just make sure it actually happens this time.',
		]);
		expect((fb.meta as any).call).toMatchObject({ agentSpeakers: ['spk_0'], language: 'en-US', durationSeconds: 57.3, emotion: null, speechRate: null, interruptions: { agent: 0, customer: 1 } });
	});

	it('Azure batch transcription: speakers, ticks, NoMatch phrases left out; the audio file name as id (the SAS token never kept), timestamp as occurredAt', () => {
		const fb = build(callTranscriptToDraft(fx('azure-praise-en.json')));
		expect(fb).toMatchObject({ id: 'azure:praise-0412.wav', occurredAt: '2026-11-26T10:14:03Z' });
		expect(JSON.stringify(fb)).not.toContain('sig=');
		expect((fb.meta as any).call).toMatchObject({ agentSpeakers: ['1'], durationSeconds: 41.2, turns: { agent: 3, customer: 2 }, talkSeconds: { agent: 16.2, customer: 20.7 } });
	});

	it('Deepgram utterances, the caller first; AssemblyAI A / B / C with a supervisor', () => {
		const dg = build(callTranscriptToDraft(fx('deepgram-booking-en.json')));
		expect(dg).toMatchObject({ id: 'deepgram:5d1e4a2c-7b8f-4c3e-9a10-2f6b8d4e1a77', occurredAt: '2026-11-27T15:02:11.482Z' });
		expect(dg.text!.startsWith('Customer: Hello? Hi, yes, I need to change my booking.\nAgent: Of course, thank you for calling Lakeside Inn.')).toBe(true);
		const aai = build(callTranscriptToDraft(fx('assemblyai-transfer-en.json')));
		expect((aai.meta as any).call).toMatchObject({ agentRule: 'words', agentSpeakers: ['A', 'C'], longestSilenceSeconds: 21.3 });
		// The agent's transfer and the manager's first words are one agent turn.
		expect(sides(aai.text!)).toEqual(['agent', 'customer', 'agent', 'customer', 'agent', 'customer']);
	});

	it('Whisper verbose_json: one voice, plain text without labels, said so in meta.call; id from a digest of the transcript', () => {
		const d = callTranscriptToDraft(fx('whisper-praise-zh.json'));
		const fb = build(d);
		expect(fb.text).toBe('我想表扬一下你们前台的小李，昨天晚上我发烧 她帮我买了药还送了热水，真的太贴心了，下次还住你们家');
		expect(sides(fb.text!)).toBeUndefined();
		expect(fb.id).toMatch(/^whisper:sha1-[0-9a-f]{16}$/);
		expect(callTranscriptToDraft(fx('whisper-praise-zh.json')).sourceId).toBe(d.sourceId);
		expect((fb.meta as any).call).toMatchObject({ separation: 'none', agentRule: 'oneVoice', agentSpeakers: [], turns: null, talkShare: null, durationSeconds: 21.6, speechSeconds: 21.6 });
		expect((fb.meta as any).call.voices).toMatch(/one voice/);
	});

	it('is registered as a preset', () => {
		expect(FEEDBACK_PRESETS.callTranscript.name).toBe('Call Transcript (Speech-to-Text)');
		expect(FEEDBACK_PRESETS.callTranscript.toDraft(fx('alibaba-praise-zh.json'), { agentSpeaker: 'speaker', agentSpeakerIds: '0' }).meta.call.agentSpeakers).toEqual(['0']);
	});
});

describe('Call Transcript preset: options, ids and times', () => {
	it('Agent Speaker = Channel or Speaker ID and First Speaker override the words', () => {
		const byId = callTranscriptToDraft(fx('alibaba-billing-zh.json'), { agentSpeaker: 'speaker', agentSpeakerIds: '0' });
		expect(byId.text.split('\n')[0]).toMatch(/^客户：您好，这里是/);
		expect(byId.meta.call).toMatchObject({ agentRule: 'option', agentSpeakers: ['0'] });
		expect(byId.meta.call.speakers[0]).not.toHaveProperty('agentPhrases');
		const first = callTranscriptToDraft(fx('deepgram-booking-en.json'), { agentSpeaker: 'first' });
		expect(first.text.split('\n')[0]).toBe('Agent: Hello? Hi, yes, I need to change my booking.');
		expect(first.meta.call.agentRule).toBe('firstSpeakerOption');
	});
	it('a call_id and recorded_at beside the vendor result win; the vendor job id is kept in meta.ids.job', () => {
		const d = callTranscriptToDraft({ ...fx('aws-billing-en.json'), call_id: 'CC-88123', recorded_at: '2026-11-24T09:17:00+08:00' }, { source: 'genesys' });
		expect(d).toMatchObject({ source: 'genesys', sourceId: 'CC-88123', occurredAt: '2026-11-24T09:17:00+08:00', meta: { ids: { call: 'CC-88123', job: 'call-20261124-0917-billing' } } });
	});
});

describe('Call Transcript preset: other shapes of the same vendors (self-written, tolerant)', () => {
	it('AWS items labelled by speaker_labels.segments only (older diarised output), punctuation kept to its word', () => {
		const p = {
			jobName: 'j1',
			results: {
				transcripts: [{ transcript: 'How can I help? My room is cold.' }],
				speaker_labels: { speakers: 2, segments: [ { speaker_label: 'spk_0', start_time: '0.0', end_time: '1.5' }, { speaker_label: 'spk_1', start_time: '2.0', end_time: '4.0' } ] },
				items: [
					{ start_time: '0.1', end_time: '0.4', alternatives: [{ content: 'How' }], type: 'pronunciation' },
					{ start_time: '0.4', end_time: '0.6', alternatives: [{ content: 'can' }], type: 'pronunciation' },
					{ start_time: '0.6', end_time: '0.7', alternatives: [{ content: 'I' }], type: 'pronunciation' },
					{ start_time: '0.7', end_time: '1.2', alternatives: [{ content: 'help' }], type: 'pronunciation' },
					{ alternatives: [{ content: '?' }], type: 'punctuation' },
					{ start_time: '2.1', end_time: '2.3', alternatives: [{ content: 'My' }], type: 'pronunciation' },
					{ start_time: '2.3', end_time: '2.6', alternatives: [{ content: 'room' }], type: 'pronunciation' },
					{ start_time: '2.6', end_time: '2.8', alternatives: [{ content: 'is' }], type: 'pronunciation' },
					{ start_time: '2.8', end_time: '3.4', alternatives: [{ content: 'cold' }], type: 'pronunciation' },
					{ alternatives: [{ content: '.' }], type: 'punctuation' },
				],
			},
		};
		const d = callTranscriptToDraft(p);
		expect(d.text).toBe('Agent: How can I help?\nCustomer: My room is cold.');
		expect(d.meta.call).toMatchObject({ separation: 'speaker', agentSpeakers: ['spk_0'], agentFirstResponseSeconds: null, talkSeconds: { agent: 1.1, customer: 1.3 } });
	});
	it('AWS channel identification (channel_labels): the two channels merged in time order; no agent phrase → ch_0', () => {
		const item = (ch: string, t: number, w: string) => ({ channel_label: ch, start_time: String(t), end_time: String(t + 0.3), alternatives: [{ content: w }], type: 'pronunciation' });
		const p = {
			jobName: 'j2',
			results: {
				transcripts: [{ transcript: '…' }],
				items: [],
				channel_labels: {
					number_of_channels: 2,
					channels: [
						{ channel_label: 'ch_0', items: [item('ch_0', 0.5, 'Hello'), item('ch_0', 5.0, 'Sure')] },
						{ channel_label: 'ch_1', items: [item('ch_1', 2.0, 'Hi'), item('ch_1', 2.4, 'there'), { channel_label: 'ch_1', alternatives: [{ content: '.' }], type: 'punctuation' }] },
					],
				},
			},
		};
		const d = callTranscriptToDraft(p);
		expect(d.text).toBe('Agent: Hello\nCustomer: Hi there.\nAgent: Sure');
		expect(d.meta.call).toMatchObject({ separation: 'channel', agentRule: 'channelConvention', agentSpeakers: ['ch_0'] });
	});
	it('AWS with transcripts only: one voice', () => {
		const d = callTranscriptToDraft({ jobName: 'j3', results: { transcripts: [{ transcript: 'The room was great.' }] } });
		expect(d).toMatchObject({ text: 'The room was great.', meta: { call: { separation: 'none', agentRule: 'oneVoice', durationSeconds: null } } });
	});
	it('Deepgram multichannel without utterances: each channel\'s words merged by time', () => {
		const w = (word: string, start: number) => ({ word: word.toLowerCase(), punctuated_word: word, start, end: start + 0.4 });
		const p = {
			metadata: { request_id: 'r1', duration: 9.5, channels: 2 },
			results: {
				channels: [
					{ alternatives: [{ transcript: 'Thanks for calling, how can I help?', words: [w('Thanks', 0), w('for', 0.4), w('calling,', 0.8), w('how', 1.2), w('can', 1.6), w('I', 2.0), w('help?', 2.4)] }] },
					{ alternatives: [{ transcript: 'The wifi is down.', words: [w('The', 3.5), w('wifi', 3.9), w('is', 4.3), w('down.', 4.7)] }] },
				],
			},
		};
		const d = callTranscriptToDraft(p);
		expect(d.text).toBe('Agent: Thanks for calling, how can I help?\nCustomer: The wifi is down.');
		expect(d.meta.call).toMatchObject({ separation: 'channel', agentRule: 'words', agentSpeakers: ['0'], durationSeconds: 9.5 });
	});
	it('Azure fast transcription (phrases, milliseconds); Tencent ResultDetail as a JSON string; Alibaba Result as a string and numbers as strings', () => {
		const az = callTranscriptToDraft({
			durationMilliseconds: 8000,
			combinedPhrases: [{ text: '…' }],
			phrases: [
				{ speaker: 1, offsetMilliseconds: 0, durationMilliseconds: 2000, text: 'Front desk, how may I help you?' },
				{ speaker: 2, offsetMilliseconds: 2500, durationMilliseconds: 3000, text: 'The TV in my room is broken.' },
			],
		});
		expect(az.text).toBe('Agent: Front desk, how may I help you?\nCustomer: The TV in my room is broken.');
		expect(az.meta.call).toMatchObject({ vendor: 'azure', durationSeconds: 8, agentFirstResponseSeconds: null });
		const tc = callTranscriptToDraft({ Data: { TaskId: 77, StatusStr: 'success', AudioDuration: '6.0', ResultDetail: JSON.stringify([{ FinalSentence: '您好请问有什么可以帮您', StartMs: 0, EndMs: 2000, SpeakerId: 0 }, { FinalSentence: '电视坏了', StartMs: 2500, EndMs: 4000, SpeakerId: 1 }]) } });
		expect(tc).toMatchObject({ sourceId: '77', text: '客服：您好，请问有什么可以帮您\n客户：电视坏了' });
		const ali = callTranscriptToDraft({ TaskId: 't9', StatusText: 'SUCCESS', BizDuration: '5000', Result: JSON.stringify({ Sentences: [{ BeginTime: '0', EndTime: '1500', Text: '电视坏了', ChannelId: '0' }, { BeginTime: '1800', EndTime: '4000', Text: '您好 工号008 我帮您报修', ChannelId: '1' }] }) });
		expect(ali.text).toBe('客户：电视坏了\n客服：您好 工号008 我帮您报修');
		expect(ali.meta.call).toMatchObject({ durationSeconds: 5, agentFirstResponseSeconds: 0.3, firstSide: 'customer' });
	});
});

describe('Call Transcript preset: errors name what was expected', () => {
	it.each([
		[[1, 2], /^payload: expected a speech-to-text result: Alibaba Result\.Sentences, Tencent ResultDetail, AWS Transcribe results, Azure recognizedPhrases or phrases, Deepgram results\.utterances, AssemblyAI utterances or Whisper segments; got a list$/],
		['text', /; got string$/],
		[{ id: 'c1', messages: [] }, /; got an object with id, messages$/],
		[{ TaskId: 'x', StatusText: 'RUNNING' }, /^StatusText: RUNNING \(the Alibaba task has no Result\.Sentences/],
		[{ Response: { Data: { TaskId: 3, Status: 3, StatusStr: 'failed', ErrorMsg: 'audio decode failed' } } }, /^StatusStr: failed \(the Tencent task has no ResultDetail: audio decode failed\)$/],
		[{ Data: { TaskId: 3, StatusStr: 'success', Result: '[0:0.020,0:2.380,0]  你好' } }, /^ResultDetail: missing \(ask Tencent for it with ResTextFormat 1/],
		[{ id: 'a1', status: 'error', audio_url: 'https://x', error: 'Download error' }, /^status: error — Download error$/],
		[{ id: 'a2', status: 'processing', audio_url: 'https://x' }, /^utterances: missing \(status processing/],
		[{ TaskId: 't', Result: { Sentences: [{ Text: ' ', ChannelId: 0 }] } }, /^alibaba: no sentence with text/],
	])('%j', (payload, message) => {
		expect(() => parseCallTranscript(payload)).toThrow(message);
	});
});
