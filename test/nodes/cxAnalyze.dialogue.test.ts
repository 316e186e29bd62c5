import { chain, runWorkflow } from '../harness/n8n';

const analyze = (parameters: Record<string, unknown> = {}) => chain({ type: 'cxAnalyze', parameters: { operation: 'analyze', ...parameters } });

const chat =
	'[10:01:02] Agent: Thank you for contacting us, I am happy to help!\n' +
	'[10:01:20] Customer: The room was dirty and the air conditioning was broken all night. Call me on 13812345678.\n' +
	'[10:02:00] Agent: I am so sorry for the inconvenience, we really appreciate your patience.\n' +
	'[10:02:30] Customer: Fixed now, great job, thank you';

describe('CX Analyze node: dialogues', () => {
	it('Auto-Detect (default) reads the customer turns, adds the dialogue summary and redacts the whole text', async () => {
		const r = await runWorkflow(analyze(), { input: [{ text: chat }, { text: 'The room was dirty.' }] });
		const [out, plain] = r.json('Step 1');
		const a = out.analysis as any;
		expect(a.engine).toBe('offline');
		expect(a.dialogue).toMatchObject({
			turns: 4,
			customerTurns: 2,
			agentTurns: 2,
			speakers: [
				{ label: 'Agent', side: 'agent', turns: 2 },
				{ label: 'Customer', side: 'customer', turns: 2 },
			],
			customerStart: { label: 'negative' },
			customerEnd: { label: 'positive' },
			trend: 'improved',
		});
		expect(a.dialogue.agentSentiment.label).toBe('positive');
		// Topics and their spans are the customer's, in the original text.
		expect(a.topics.length).toBeGreaterThan(0);
		for (const t of a.topics) expect(chat.slice(t.span[0], t.span[1]).length).toBeGreaterThan(0);
		expect(a.negativeTopicIds.length).toBeGreaterThan(0);
		expect(a.redactedText).toContain('[PHONE]');
		expect((plain.analysis as any).dialogue).toBeUndefined();
	});

	it('Whole Text reads everything as one voice; the agent\'s courtesy then makes it praise', async () => {
		const t = 'Agent: Thank you so much for calling, happy to help! Have a wonderful day.\nCustomer: the breakfast was cold and the coffee machine was broken';
		const auto = await runWorkflow(analyze(), { input: [{ text: t }] });
		const whole = await runWorkflow(analyze({ options: { dialogue: 'off' } }), { input: [{ text: t }] });
		expect((auto.json('Step 1')[0].analysis as any).sentiment.label).toBe('negative');
		const w = whole.json('Step 1')[0].analysis as any;
		expect(w.dialogue).toBeUndefined();
		expect(w.sentiment.label).toBe('positive');
	});

	it('Agent Labels and Customer Labels name the speakers; Always a Dialogue takes any labelled turn', async () => {
		const t = 'Speaker 1: Thank you for calling, happy to help!\nSpeaker 2: my room is dirty and the tv is broken';
		const r = await runWorkflow(analyze({ options: { agentLabels: 'Speaker 1, Operator 2', customerLabels: 'Speaker 2' } }), { input: [{ text: t }] });
		const a = r.json('Step 1')[0].analysis as any;
		expect(a.dialogue.speakers).toEqual([
			{ label: 'Speaker 1', side: 'agent', turns: 1 },
			{ label: 'Speaker 2', side: 'customer', turns: 1 },
		]);
		expect(a.sentiment.label).toBe('negative');
		const f = await runWorkflow(analyze({ options: { dialogue: 'force' } }), { input: [{ text: 'Guest: the room was dirty' }] });
		expect((f.json('Step 1')[0].analysis as any).dialogue).toMatchObject({ turns: 1, customerTurns: 1, agentTurns: 0 });
	});
});
