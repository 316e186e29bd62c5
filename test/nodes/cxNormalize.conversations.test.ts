import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chain, runWorkflow } from '../harness/n8n';

const fixture = (name: string) => JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'conversations', name), 'utf8'));

describe('CX Normalize conversation presets → CX Analyze (in-process n8n)', () => {
	it('a Zendesk thread (polite agent, complaining customer) is read as a dialogue: negative, complaint', async () => {
		const wf = chain(
			{ type: 'cxNormalize', name: 'Normalize', parameters: { operation: 'preset', preset: 'zendeskTicket', inputField: 'body' } },
			{ type: 'cxAnalyze', name: 'Analyze', parameters: { operation: 'analyze' } },
		);
		const r = await runWorkflow(wf, { input: [{ body: fixture('zendesk-ticket-en.json') }, { body: fixture('zendesk-ticket-zh.json') }] });
		const [en, zh] = r.json('Analyze');
		for (const fb of [en, zh]) {
			const a = fb.analysis as any;
			expect(a.sentiment.label).toBe('negative');
			expect(a.intents.map((i: any) => i.intent)).toContain('complaint');
			expect(a.dialogue).toMatchObject({ turns: (fb.meta as any).conversation.turns, customerTurns: (fb.meta as any).conversation.customerTurns });
			// The agent's apologies and thanks are read apart, as the agent's.
			expect(a.dialogue.agentSentiment.label).not.toBe('negative');
		}
		expect(en).toMatchObject({ id: 'zendesk:35501', channel: 'ticket' });
		expect(zh).toMatchObject({ id: 'zendesk:35436', scores: { csat: 1 } });
	});

	it('a generic chat with a polite agent and an angry guest, Chinese and English', async () => {
		const wf = chain(
			{ type: 'cxNormalize', name: 'Normalize', parameters: { operation: 'preset', preset: 'chatTranscript' } },
			{ type: 'cxAnalyze', name: 'Analyze', parameters: { operation: 'analyze' } },
		);
		const en = {
			id: 'web-551',
			messages: [
				{ role: 'agent', text: 'Hi there! Thank you for contacting us, I am happy to help.', time: '2026-11-20T09:00:00Z' },
				{ role: 'user', text: 'The room smelled of smoke and the bed sheets were stained. Disgusting.', time: '2026-11-20T09:01:00Z' },
				{ role: 'assistant', text: 'I sincerely apologise, we truly appreciate your feedback and will make it right.', time: '2026-11-20T09:03:00Z' },
			],
		};
		const r = await runWorkflow(wf, { input: [fixture('chat-transcript-zh.json'), en] });
		for (const fb of r.json('Analyze')) {
			const a = fb.analysis as any;
			expect(a.sentiment.label).toBe('negative');
			expect(a.primaryIntent).toBe('complaint');
			expect(a.dialogue.agentTurns).toBeGreaterThan(0);
			expect(a.dialogue.customerTurns).toBe((fb.meta as any).conversation.customerTurns);
		}
		expect(r.json('Normalize')[1]).toMatchObject({ meta: { conversation: { firstResponseMinutes: 2 } } });
	});

	it('Freshdesk and Zammad threads through the node; bad payloads fail per item naming the field', async () => {
		const wf = chain({ type: 'cxNormalize', name: 'N', parameters: { operation: 'preset', preset: 'chatTranscript' }, onError: 'continueRegularOutput' });
		const r = await runWorkflow(wf, { input: [{ id: 'c1', messages: [{ role: 'user', text: 'hi' }] }, { id: 'c2' }, { id: 'c3', messages: [{ text: 'x' }] }] });
		const out = r.json('N');
		expect(out[0]).toMatchObject({ id: 'chat:c1', text: 'Customer: hi' });
		expect(out[1].error).toBe('Item 1: cannot read the Chat Transcript (Generic) payload — messages: missing (a list of { role, text, time })');
		expect(out[2].error).toMatch(/messages\[0\]: no role/);

		const fd = await runWorkflow(chain({ type: 'cxNormalize', name: 'N', parameters: { operation: 'preset', preset: 'freshdeskTicket' } }), {
			input: [fixture('freshdesk-ticket-zh.json')],
		});
		expect(fd.json('N')[0]).toMatchObject({ id: 'freshdesk:20871', meta: { conversation: { turns: 4 } } });
		const zm = await runWorkflow(chain({ type: 'cxNormalize', name: 'N', parameters: { operation: 'preset', preset: 'zammadTicket' } }), {
			input: [fixture('zammad-ticket-zh.json')],
		});
		expect(zm.json('N')[0]).toMatchObject({ id: 'zammad:6012', meta: { conversation: { turns: 3 } } });
	});
});
