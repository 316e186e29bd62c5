import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chain, runWorkflow } from '../harness/n8n';

const fixture = (name: string) => JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'calls', name), 'utf8'));

describe('CX Normalize Call Transcript preset → CX Analyze (in-process n8n)', () => {
	const wf = () =>
		chain(
			{ type: 'cxNormalize', name: 'Normalize', parameters: { operation: 'preset', preset: 'callTranscript' } },
			{ type: 'cxAnalyze', name: 'Analyze', parameters: { operation: 'analyze' } },
		);

	it('billing complaints (zh Alibaba without punctuation, en AWS with fillers): the caller is negative and complains; the agent\'s apologies are read apart', async () => {
		const r = await runWorkflow(wf(), { input: [fixture('alibaba-billing-zh.json'), fixture('aws-billing-en.json'), fixture('assemblyai-transfer-en.json')] });
		for (const fb of r.json('Analyze')) {
			const a = fb.analysis as any;
			expect(fb.channel).toBe('call');
			expect(a.sentiment.label).toBe('negative');
			expect(a.primaryIntent).toBe('complaint');
			expect(a.dialogue.agentSentiment.label).not.toBe('negative');
			expect(a.dialogue.customerTurns).toBe((fb.meta as any).call.turns.customer);
			expect(a.dialogue.agentTurns).toBe((fb.meta as any).call.turns.agent);
		}
	});

	it('praise calls (zh caller first, en agent first) are positive praise; booking changes are a need, not a complaint', async () => {
		const r = await runWorkflow(wf(), {
			input: [fixture('alibaba-praise-zh.json'), fixture('azure-praise-en.json'), fixture('tencent-booking-zh.json'), fixture('deepgram-booking-en.json')],
		});
		const [praiseZh, praiseEn, bookingZh, bookingEn] = r.json('Analyze').map((fb) => fb.analysis as any);
		for (const a of [praiseZh, praiseEn]) {
			expect(a.sentiment.label).toBe('positive');
			expect(a.primaryIntent).toBe('praise');
		}
		for (const a of [bookingZh, bookingEn]) {
			expect(a.sentiment.label).not.toBe('negative');
			expect(a.intents.map((i: any) => i.intent)).toContain('need');
			expect(a.intents.map((i: any) => i.intent)).not.toContain('complaint');
		}
		// The caller's "喂你好" (no punctuation) is a greeting, not praise: the booking call starts neutral.
		expect(bookingZh.dialogue.customerStart.label).toBe('neutral');
	});

	it('a Whisper transcript (one voice) is read as plain text', async () => {
		const r = await runWorkflow(wf(), { input: [fixture('whisper-praise-zh.json')] });
		const [fb] = r.json('Analyze');
		expect((fb.analysis as any).dialogue).toBeUndefined();
		expect((fb.analysis as any).sentiment.label).toBe('positive');
		expect((fb.meta as any).call.agentRule).toBe('oneVoice');
	});

	it('Call Options: the agent by channel id; Continue On Fail gives a per-item error naming the item and what was expected', async () => {
		const byId = chain({
			type: 'cxNormalize',
			name: 'N',
			parameters: { operation: 'preset', preset: 'callTranscript', callOptions: { agentSpeaker: 'speaker', agentSpeakerIds: '0' } },
			onError: 'continueRegularOutput',
		});
		const r = await runWorkflow(byId, { input: [fixture('alibaba-praise-zh.json'), { id: 'c2', messages: [] }, fixture('alibaba-billing-zh.json')] });
		const [ok, bad, alsoOk] = r.json('N');
		expect((ok.meta as any).call).toMatchObject({ agentRule: 'option', agentSpeakers: ['0'] });
		expect(ok.text).toMatch(/^客服：喂 你好 是悦途酒店吗/);
		expect(bad.error).toBe(
			'Item 1: cannot read the Call Transcript (Speech-to-Text) payload — payload: expected a speech-to-text result: Alibaba Result.Sentences, Tencent ResultDetail, AWS Transcribe results, Azure recognizedPhrases or phrases, Deepgram results.utterances, AssemblyAI utterances or Whisper segments; got an object with id, messages',
		);
		expect(alsoOk.id).toBe('alibaba:4b56f0c4b7e611eab3b7f16c9e5f2c10');

		const unknownId = chain({ type: 'cxNormalize', name: 'N', parameters: { operation: 'preset', preset: 'callTranscript', callOptions: { agentSpeaker: 'speaker', agentSpeakerIds: 'spk_9' } }, onError: 'continueRegularOutput' });
		const u = await runWorkflow(unknownId, { input: [fixture('aws-billing-en.json')] });
		expect(u.json('N')[0].error).toBe('Item 0: cannot read the Call Transcript (Speech-to-Text) payload — Agent Channel or Speaker "spk_9": the transcript\'s voices are spk_0, spk_1');
	});
});
