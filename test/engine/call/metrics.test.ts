import { callMetrics, oneVoiceMetrics } from '../../../nodes/engine/call/metrics';
import type { CallSegment } from '../../../nodes/engine/call/agentSide';

// a = agent, c = customer; times in ms (self-written).
const seg = (speaker: 'a' | 'c', startMs: number, endMs: number, extra: Partial<CallSegment> = {}): CallSegment => ({ speaker, text: 'x', startMs, endMs, ...extra });
const side = (s: CallSegment) => (s.speaker === 'a' ? 'agent' : 'customer') as 'agent' | 'customer';

describe('call metrics', () => {
	const segments = [
		seg('a', 0, 4000, { emotion: 5, speechRate: 220 }), // greeting
		seg('c', 5000, 12000, { emotion: 6, speechRate: 200 }),
		seg('c', 12000, 15000, { emotion: 8, speechRate: 240 }), // same turn
		seg('a', 16500, 20000, { emotion: 5, speechRate: 230 }), // first response 1.5 s after the customer's turn
		seg('a', 50000, 56000, { emotion: 6 }), // 30 s hold before it
		seg('c', 55000, 60000, { emotion: 9, speechRate: 260 }), // talks over the agent
	];
	const m = callMetrics(segments, side, 62000);
	it('turns per side are runs of one side', () => {
		expect(m.turns).toEqual({ agent: 2, customer: 2 });
		expect(m.firstSide).toBe('agent');
	});
	it('talk time and share per side, speech in all', () => {
		expect(m.talkSeconds).toEqual({ agent: 13.5, customer: 15 });
		expect(m.talkShare).toEqual({ agent: 0.474, customer: 0.526 });
		expect(m.speechSeconds).toBe(28.5);
	});
	it('longest silence, silence share of the vendor duration, interruptions, first response', () => {
		expect(m.longestSilenceSeconds).toBe(30);
		expect(m.silenceShare).toBe(0.524); // (1 + 1.5 + 30) / 62 (between the first and the last words)
		expect(m.interruptions).toEqual({ agent: 0, customer: 1 });
		expect(m.agentFirstResponseSeconds).toBe(1.5);
		expect(m.durationSeconds).toBe(62);
	});
	it('emotion (mean, max) and speech rate per side, when the vendor gives them', () => {
		expect(m.emotion).toEqual({ customer: { mean: 7.67, max: 9 }, agent: { mean: 5.33, max: 6 } });
		expect(m.speechRate).toEqual({ customer: 233.33, agent: 225 });
		expect(callMetrics([seg('a', 0, 1000), seg('c', 1000, 2000)], side).emotion).toBeNull();
	});
	it('without times: counts only; duration from the vendor or null', () => {
		const untimed = callMetrics([{ speaker: 'a', text: 'hi' }, { speaker: 'c', text: 'hello' }], side);
		expect(untimed).toMatchObject({ durationSeconds: null, turns: { agent: 1, customer: 1 }, talkShare: null, longestSilenceSeconds: null, interruptions: null, agentFirstResponseSeconds: null });
		expect(callMetrics([{ speaker: 'a', text: 'hi' }], side, 9000).durationSeconds).toBe(9);
	});
	it('the duration is the end of the last words when the vendor states none; an agent who talks over has responded in 0 s', () => {
		const over = callMetrics([seg('c', 0, 5000), seg('a', 4000, 7000)], side);
		expect(over.durationSeconds).toBe(7);
		expect(over.agentFirstResponseSeconds).toBe(0);
		expect(over.interruptions).toEqual({ agent: 1, customer: 0 });
	});
	it('one voice: no per-side figures', () => {
		const one = oneVoiceMetrics([seg('c', 0, 4000), seg('c', 6000, 9000)], 10000);
		expect(one).toMatchObject({ durationSeconds: 10, speechSeconds: 7, longestSilenceSeconds: 2, turns: null, talkShare: null, firstSide: null, agentFirstResponseSeconds: null });
	});
});
