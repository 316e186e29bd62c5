/**
 * Contact-centre QA figures of a call transcript whose voices have sides (meta.call). Times in seconds
 * to 0.1 s, shares to 0.001. Every timing figure is null when the vendor gave no times.
 */
import type { CallSegment } from './agentSide';

export type CallSide = 'agent' | 'customer';

export interface SideFigures {
	agent: number;
	customer: number;
}

export interface CallMetrics {
	/** The recording's length as the vendor states it, else the end of the last sentence. */
	durationSeconds: number | null;
	/** Turns: runs of consecutive sentences by one side (null for one voice, as every per-side figure). */
	turns: SideFigures | null;
	/** Seconds of speech per side (sum of the sentences' lengths). */
	talkSeconds: SideFigures | null;
	/** Share of all speech per side (0–1); overlapping speech counts for both. */
	talkShare: SideFigures | null;
	/** Longest stretch nobody speaks, between the first and the last words (hold, search, dead air). */
	longestSilenceSeconds: number | null;
	/** Silence (nobody speaking) over the duration, between the first and last words. */
	silenceShare: number | null;
	/** Times a side started speaking while the other was still speaking (sentence timings). */
	interruptions: SideFigures | null;
	/** From the end of the customer's first turn to the start of the agent's next words (0 when the agent talked over). */
	agentFirstResponseSeconds: number | null;
	/** Seconds of speech of all voices together. */
	speechSeconds: number | null;
	/** Who spoke first. */
	firstSide: CallSide | null;
	/** Mean and highest vendor emotion value of each side's sentences (Alibaba EmotionValue 1–10, Tencent EmotionalEnergy). */
	emotion: { customer: { mean: number; max: number } | null; agent: { mean: number; max: number } | null } | null;
	/** Mean vendor speech rate of each side (Alibaba: characters per minute; Tencent: words per second). */
	speechRate: { customer: number | null; agent: number | null } | null;
}

const s1 = (ms: number) => Math.round(ms / 100) / 10;
const r3 = (x: number) => Math.round(x * 1000) / 1000;
const r2 = (x: number) => Math.round(x * 100) / 100;

function mean(xs: number[]): number | null {
	return xs.length ? r2(xs.reduce((a, b) => a + b, 0) / xs.length) : null;
}

/**
 * `segments` in time order, `sideOf` gives each sentence's side. `durationMs` is the vendor's figure
 * for the recording when it has one.
 */
export function callMetrics(segments: CallSegment[], sideOf: (s: CallSegment) => CallSide, durationMs?: number): CallMetrics {
	return sidedMetrics(segments, sideOf, durationMs);
}

/**
 * The figures of a transcript without separated voices: duration, speech, silence; every per-side
 * figure null (nobody knows who said what).
 */
export function oneVoiceMetrics(segments: CallSegment[], durationMs?: number): CallMetrics {
	const m = sidedMetrics(segments, () => 'customer', durationMs);
	return { ...m, turns: null, talkSeconds: null, talkShare: null, interruptions: null, agentFirstResponseSeconds: null, firstSide: null, emotion: null, speechRate: null };
}

function sidedMetrics(segments: CallSegment[], sideOf: (s: CallSegment) => CallSide, durationMs?: number): CallMetrics {
	const turns: SideFigures = { agent: 0, customer: 0 };
	let prev: CallSide | undefined;
	for (const s of segments) {
		const side = sideOf(s);
		if (side !== prev) turns[side]++;
		prev = side;
	}
	const timed = segments.every((s) => s.startMs !== undefined && s.endMs !== undefined && s.endMs >= s.startMs);
	const lastEnd = timed && segments.length ? Math.max(...segments.map((s) => s.endMs as number)) : undefined;
	const duration = durationMs !== undefined && durationMs > 0 ? durationMs : lastEnd;
	const firstSide = segments.length ? sideOf(segments[0]) : null;

	let speechSeconds: number | null = null;
	let talkSeconds: SideFigures | null = null;
	let talkShare: SideFigures | null = null;
	let longestSilence: number | null = null;
	let silenceShare: number | null = null;
	let interruptions: SideFigures | null = null;
	let firstResponse: number | null = null;
	if (timed && segments.length) {
		const talk = { agent: 0, customer: 0 };
		const speakingUntil = { agent: -Infinity, customer: -Infinity };
		const cuts = { agent: 0, customer: 0 };
		let reach = segments[0].startMs as number;
		let gap = 0;
		let silent = 0;
		for (const s of segments) {
			const side = sideOf(s);
			const other: CallSide = side === 'agent' ? 'customer' : 'agent';
			const start = s.startMs as number;
			const end = s.endMs as number;
			talk[side] += end - start;
			// Started while the other side was still talking: an interruption (sentence-level timings).
			if (start < speakingUntil[other]) cuts[side]++;
			if (start > reach) {
				gap = Math.max(gap, start - reach);
				silent += start - reach;
			}
			reach = Math.max(reach, end);
			speakingUntil[side] = Math.max(speakingUntil[side], end);
		}
		const total = talk.agent + talk.customer;
		speechSeconds = s1(total);
		talkSeconds = { agent: s1(talk.agent), customer: s1(talk.customer) };
		talkShare = total > 0 ? { agent: r3(talk.agent / total), customer: r3(talk.customer / total) } : null;
		longestSilence = s1(gap);
		silenceShare = duration ? r3(silent / duration) : null;
		interruptions = cuts;
		const firstCustomer = segments.findIndex((s) => sideOf(s) === 'customer');
		if (firstCustomer >= 0) {
			let i = firstCustomer;
			let turnEnd = segments[i].endMs as number;
			while (i + 1 < segments.length && sideOf(segments[i + 1]) === 'customer') turnEnd = Math.max(turnEnd, segments[++i].endMs as number);
			const reply = segments.slice(i + 1).find((s) => sideOf(s) === 'agent');
			if (reply) firstResponse = s1(Math.max(0, (reply.startMs as number) - turnEnd));
		}
	}

	const emotionOf = (side: CallSide) => {
		const xs = segments.filter((s) => sideOf(s) === side && typeof s.emotion === 'number').map((s) => s.emotion as number);
		return xs.length ? { mean: mean(xs) as number, max: Math.max(...xs) } : null;
	};
	const rateOf = (side: CallSide) => mean(segments.filter((s) => sideOf(s) === side && typeof s.speechRate === 'number').map((s) => s.speechRate as number));
	const hasEmotion = segments.some((s) => typeof s.emotion === 'number');
	const hasRate = segments.some((s) => typeof s.speechRate === 'number');
	return {
		durationSeconds: duration !== undefined ? s1(duration) : null,
		turns,
		talkSeconds,
		talkShare,
		longestSilenceSeconds: longestSilence,
		silenceShare,
		interruptions,
		agentFirstResponseSeconds: firstResponse,
		speechSeconds,
		firstSide,
		emotion: hasEmotion ? { customer: emotionOf('customer'), agent: emotionOf('agent') } : null,
		speechRate: hasRate ? { customer: rateOf('customer'), agent: rateOf('agent') } : null,
	};
}
