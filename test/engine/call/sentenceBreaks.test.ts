import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { joinWordsAtPauses, PAUSE_CLAUSE_MS, PAUSE_SENTENCE_MS, restoreSentenceBreaks } from '../../../nodes/engine/call/sentenceBreaks';
import { callTranscriptToDraft } from '../../../nodes/providers/call/normalize';
import { getEngine } from '../../../nodes/engine/text';

const fx = (name: string) => JSON.parse(readFileSync(join(__dirname, '..', '..', 'fixtures', 'calls', name), 'utf8'));
// Words 300 ms long, 80 ms apart unless a pause (ms) is given before them (self-written).
function timed(spec: string) {
	let t = 0;
	return spec.split(' ').flatMap((tok) => {
		if (/^\|\d+$/.test(tok)) {
			t += Number(tok.slice(1)) - 80;
			return [];
		}
		const w = { text: tok, startMs: t, endMs: t + 300 };
		t += 380;
		return [w];
	});
}

describe('sentence breaks at pauses in word timings', () => {
	it('a clause break at 400 ms, a sentence break at 800 ms, nothing for shorter hesitations', () => {
		expect(PAUSE_CLAUSE_MS).toBe(400);
		expect(PAUSE_SENTENCE_MS).toBe(800);
		expect(joinWordsAtPauses(timed('the shower was cold |900 the staff were rude |450 nobody helped |300 at all'), true)).toBe(
			'the shower was cold. the staff were rude, nobody helped at all',
		);
		expect(joinWordsAtPauses(timed('热水 不 热 |900 前台 也 不 管 |500 太 差 了'), false)).toBe('热水不热。前台也不管，太差了');
	});
	it('words that bring their own punctuation are joined as they are', () => {
		const ws = [
			{ text: 'fine', startMs: 0, endMs: 300 },
			{ text: '.', punct: true },
			{ text: 'thanks', startMs: 2000, endMs: 2300 },
		];
		expect(joinWordsAtPauses(ws, true)).toBe('fine. thanks');
	});
});

describe('sentence breaks by rules (no timings)', () => {
	it('a Chinese caller\'s greeting run on into the turn is broken off; "你好差劲" is a judgement, not a greeting', () => {
		expect(restoreSentenceBreaks('喂你好送餐很快但是饭凉了')).toBe('喂你好，送餐很快但是饭凉了');
		expect(restoreSentenceBreaks('您好我想改一下订单')).toBe('您好，我想改一下订单');
		expect(restoreSentenceBreaks('你好差劲啊')).toBe('你好差劲啊');
		expect(restoreSentenceBreaks('你好牛肉饭凉了')).toBe('你好，牛肉饭凉了');
		expect(restoreSentenceBreaks('喂你好 我想问一下')).toBe('喂你好 我想问一下');
		expect(restoreSentenceBreaks('嗯空调坏了')).toBe('嗯空调坏了');
	});
	it('English without punctuation: clause openers and capitalised sentence openers; relative "I" and names stay', () => {
		expect(restoreSentenceBreaks('the room was clean The staff were rude when we arrived')).toBe('the room was clean. The staff were rude when we arrived');
		expect(restoreSentenceBreaks('we stayed two nights so we know the area and then the heating broke')).toBe('we stayed two nights, so we know the area, and then the heating broke');
		expect(restoreSentenceBreaks('the heating broke last night I could not sleep')).toBe('the heating broke last night. I could not sleep');
		expect(restoreSentenceBreaks('they charged me for a checkout I never asked for')).toBe('they charged me for a checkout I never asked for');
		expect(restoreSentenceBreaks('thank you for calling Harbor View Hotels how can I help you')).toBe('thank you for calling Harbor View Hotels how can I help you');
		expect(restoreSentenceBreaks('the food was so good but the room was dirty')).toBe('the food was so good, but the room was dirty');
	});
	it('punctuated English is returned as the recogniser wrote it', () => {
		expect(restoreSentenceBreaks('The room was clean The staff, however, were rude.')).toBe('The room was clean The staff, however, were rude.');
	});
});

describe('the call preset with word timings (self-written fixtures)', () => {
	const engine = getEngine();
	it('Deepgram utterances without punctuation: pauses become breaks, and the front desk reads negative in the caller\'s turn', () => {
		const on = callTranscriptToDraft(fx('deepgram-aircon-en-words.json'));
		const off = callTranscriptToDraft(fx('deepgram-aircon-en-words.json'), { sentenceBreaks: false });
		expect(on.text).toContain('Customer: hi I stayed in room four twelve last night. the air conditioning was broken all night, I called the front desk twice but nobody came. I barely slept');
		expect(off.text).toContain('Customer: hi I stayed in room four twelve last night the air conditioning was broken all night I called');
		const topic = (text: string, name: string) => engine.analyze(text).topics.find((t) => t.name === name)?.sentiment;
		expect(topic(on.text, 'Front office')).toBe('negative');
		expect(topic(off.text, 'Front office')).toBe('neutral');
		// Agent detection and figures read the same sentences either way.
		expect(on.meta.call.agentSpeakers).toEqual(off.meta.call.agentSpeakers);
		expect(on.meta.call.talkSeconds).toEqual(off.meta.call.talkSeconds);
	});
	it('Tencent ResultDetail with Words (offsets from the sentence start): 热水 and the shower are the complaint, not a room "overheating"', () => {
		const on = callTranscriptToDraft(fx('tencent-hotwater-zh-words.json'));
		const off = callTranscriptToDraft(fx('tencent-hotwater-zh-words.json'), { sentenceBreaks: false });
		expect(on.text.split('\n')[1]).toBe('客户：喂你好，我昨天住的808房间，热水一直不热。洗澡洗到一半就凉了，打电话也没人接');
		expect(off.text.split('\n')[1]).toBe('客户：喂你好我昨天住的808房间热水一直不热洗澡洗到一半就凉了打电话也没人接');
		const names = (text: string) => engine.analyze(text).topics.filter((t) => t.sentiment === 'negative').map((t) => t.name);
		expect(names(on.text)).toContain('淋浴');
		expect(names(off.text)).not.toContain('淋浴');
	});
	it('AWS items, AssemblyAI and Azure words: the same pauses, in each vendor\'s units', () => {
		const aws = callTranscriptToDraft({
			jobName: 'j1',
			results: {
				language_code: 'en-US',
				transcripts: [{ transcript: 'x' }],
				items: [
					{ id: 0, start_time: '0.0', end_time: '0.3', alternatives: [{ content: 'thank' }], type: 'pronunciation', speaker_label: 'spk_0' },
					{ id: 1, start_time: '0.35', end_time: '0.6', alternatives: [{ content: 'you' }], type: 'pronunciation', speaker_label: 'spk_0' },
					{ id: 2, start_time: '1.0', end_time: '1.3', alternatives: [{ content: 'the' }], type: 'pronunciation', speaker_label: 'spk_1' },
					{ id: 3, start_time: '1.35', end_time: '1.7', alternatives: [{ content: 'wifi' }], type: 'pronunciation', speaker_label: 'spk_1' },
					{ id: 4, start_time: '1.75', end_time: '2.0', alternatives: [{ content: 'failed' }], type: 'pronunciation', speaker_label: 'spk_1' },
					{ id: 5, start_time: '3.0', end_time: '3.2', alternatives: [{ content: 'twice' }], type: 'pronunciation', speaker_label: 'spk_1' },
				],
			},
		});
		expect(aws.text).toContain('the wifi failed. twice');
		const aai = callTranscriptToDraft({
			id: 'a1',
			status: 'completed',
			audio_url: 'https://x',
			utterances: [
				{ speaker: 'A', text: 'how can I help', start: 0, end: 900, words: [] },
				{ speaker: 'B', text: 'the bed was fine the noise was not', start: 1000, end: 4000, words: timed('the bed was fine |500 the noise was not').map((w) => ({ text: w.text, start: w.startMs + 1000, end: w.endMs + 1000 })) },
			],
		});
		expect(aai.text).toContain('the bed was fine, the noise was not');
		const az = callTranscriptToDraft({
			durationMilliseconds: 5000,
			phrases: [
				{ speaker: 1, offsetMilliseconds: 0, durationMilliseconds: 800, text: 'how can I help' },
				{ speaker: 2, offsetMilliseconds: 1000, durationMilliseconds: 3000, text: 'the bed was fine the noise was not', words: timed('the bed was fine |900 the noise was not').map((w) => ({ text: w.text, offsetMilliseconds: w.startMs + 1000, durationMilliseconds: 300 })) },
			],
		});
		expect(az.text).toContain('the bed was fine. the noise was not');
	});
});
