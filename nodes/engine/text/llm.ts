/**
 * The LLM engine's plain part (no n8n, no HTTP): the prompt that carries the indicator tree, the
 * zod schema every answer must pass, and the mapping of a valid answer onto the same analysis shape
 * as the offline engine (topic ids checked against the tree, paths and owners filled from it).
 */
import { z } from 'zod';
import { INTENTS } from './markers';
import type { FlatTree } from './tree';
import type { IntentResult, OfflineAnalysis, SentimentLabel, TopicResult } from './analyze';
import { dialogueTrend, turnSummary, type DialogueSide, type DialogueSummary, type DialogueTurn } from './dialogue';

const Label = z.enum(['positive', 'neutral', 'negative']);
const Sentiment = z.object({ label: Label, score: z.number().min(-1).max(1) });

export const LlmItemSchema = z.object({
	index: z.number().int().min(0),
	sentiment: Sentiment,
	topics: z
		.array(z.object({ id: z.string().min(1), sentiment: Label, evidence: z.string().max(500).default('') }))
		.max(50)
		.default([]),
	intents: z
		.array(z.object({ intent: z.enum(INTENTS), evidence: z.string().max(500).default('') }))
		.max(10)
		.default([]),
	urgency: z.object({ level: z.enum(['low', 'medium', 'high', 'critical']), reasons: z.array(z.string().max(300)).max(10).default([]) }),
	badReviewRisk: z.object({ level: z.enum(['low', 'medium', 'high']), reasons: z.array(z.string().max(300)).max(10).default([]) }),
	keyPhrases: z.array(z.string().max(100)).max(15).default([]),
	/** Only for a text sent as a dialogue (required there, see parseAnswer); ignored for other texts. */
	dialogue: z.object({ agentSentiment: Sentiment, customerStart: Sentiment, customerEnd: Sentiment }).optional(),
});
export type LlmItem = z.infer<typeof LlmItemSchema>;

export const LlmAnswerSchema = z.object({ results: z.array(LlmItemSchema).min(1) });

export interface PromptOptions {
	/** Only tree nodes under this id. */
	subtree?: string;
	/** Only tree nodes down to this depth (default 3). */
	depth?: number;
	/** At most this many tree nodes in the prompt (default 400). */
	maxNodes?: number;
}

/** The tree as compact lines: `id | 中文名 | English name`. */
export function treeForPrompt(flat: FlatTree, options: PromptOptions = {}): string {
	const depth = options.depth ?? 3;
	const max = options.maxNodes ?? 400;
	const root = options.subtree !== undefined ? flat.byId.get(options.subtree) : undefined;
	if (options.subtree !== undefined && root === undefined) throw new Error(`Unknown subtree id "${options.subtree}"`);
	const lines: string[] = [];
	for (const n of flat.nodes) {
		if (n.depth > depth) continue;
		if (root !== undefined && n.index !== root && !n.ancestors.includes(root)) continue;
		lines.push(`${'  '.repeat(n.depth - 1)}${n.id} | ${n.name.zh} | ${n.name.en}`);
		if (lines.length >= max) break;
	}
	return lines.join('\n');
}

/** One turn of a dialogue as the model sees it: its side and its words (no label, no timestamp). */
export interface PromptTurn {
	side: DialogueSide;
	text: string;
}

/**
 * The turns of a dialogue for the prompt: each turn's words (contentStart..end, trimmed) with its
 * side, passed through `prepare` (redaction) one turn at a time; empty turns are left out. Text
 * outside the turns (a transcript's header before the first label) is not sent.
 */
export function dialogueForPrompt(text: string, turns: DialogueTurn[], prepare: (words: string) => string = (w) => w): PromptTurn[] {
	const out: PromptTurn[] = [];
	for (const t of turns) {
		const words = prepare(text.slice(t.contentStart, t.end).trim()).trim();
		if (words) out.push({ side: t.side, text: words });
	}
	return out;
}

/** A dialogue in the user message: one line per turn, "[customer] …" / "[agent] …"; a turn's further lines are indented. */
function dialogueText(turns: PromptTurn[]): string {
	return turns.map((t) => `[${t.side}] ${t.text.replace(/[ \t]*\r?\n\s*/g, '\n  ')}`).join('\n');
}

const DIALOGUE_RULES = [
	'Some texts are dialogues between a customer and an agent (customer service, hotel staff, a bot), marked "(dialogue)": each line that starts with [customer] or [agent] is one turn of that side.',
	"For a dialogue, judge sentiment, topics, intents, urgency, badReviewRisk and keyPhrases from the CUSTOMER's turns only: the agent's greetings, apologies, thanks and promises are not the customer's opinion, and evidence must be the customer's words.",
	'For a dialogue, add to its result "dialogue":{"agentSentiment":{"label":"positive|neutral|negative","score":-1..1},"customerStart":{"label":"…","score":-1..1},"customerEnd":{"label":"…","score":-1..1}}:',
	"agentSentiment is the tone of the agent's turns; customerStart and customerEnd are the customer's sentiment in their first and in their last turn that holds an opinion (skip greetings, order numbers, \"ok\"; with one such turn both are that turn; with none, neutral and 0). Texts not marked (dialogue) get no dialogue part.",
];

/**
 * The chat messages for a batch. A text is a string (read whole) or the turns of a dialogue; when the
 * batch holds a dialogue, the system prompt adds the dialogue rules. A batch of plain texts gets the
 * same messages as before dialogues existed.
 */
export function buildMessages(texts: Array<string | PromptTurn[]>, treeText: string): Array<{ role: 'system' | 'user'; content: string }> {
	const anyDialogue = texts.some((t) => typeof t !== 'string');
	const system = [
		'You analyse customer feedback (Chinese or English) for a customer-experience team.',
		'Answer with ONE JSON object only, no prose, no code fences, of this shape:',
		'{"results":[{"index":0,"sentiment":{"label":"positive|neutral|negative","score":-1..1},',
		'"topics":[{"id":"<an id from the indicator tree>","sentiment":"positive|neutral|negative","evidence":"<exact words from the text>"}],',
		`"intents":[{"intent":"${INTENTS.join('|')}","evidence":"<exact words>"}],`,
		'"urgency":{"level":"low|medium|high|critical","reasons":["…"]},',
		'"badReviewRisk":{"level":"low|medium|high","reasons":["…"]},',
		'"keyPhrases":["…"]}]}',
		'One result per text, with the index given. Use only topic ids listed in the tree; choose the most specific one that fits.',
		'Urgency is high or critical for safety, hygiene (pests, dirty linen), health, theft, threats of bad reviews or authorities, and guests still in the hotel.',
		...(anyDialogue ? DIALOGUE_RULES : []),
		'Indicator tree (id | 中文 | English):',
		treeText,
	].join('\n');
	const user = texts.map((t, i) => (typeof t === 'string' ? `### text ${i}\n${t}` : `### text ${i} (dialogue)\n${dialogueText(t)}`)).join('\n\n');
	return [
		{ role: 'system', content: system },
		{ role: 'user', content: user },
	];
}

/** Finds the JSON object in a model's reply (tolerates code fences and leading prose). */
export function extractJson(content: string): unknown {
	let s = content.trim();
	const fence = s.match(/```(?:json)?\s*([\s\S]*?)```/i);
	if (fence) s = fence[1].trim();
	const a = s.indexOf('{');
	const b = s.lastIndexOf('}');
	if (a < 0 || b <= a) throw new Error('the answer contains no JSON object');
	return JSON.parse(s.slice(a, b + 1));
}

export type ParseResult = { ok: true; items: LlmItem[] } | { ok: false; error: string };

/**
 * Validates an answer for `count` texts: JSON, schema, and one result per index; a text whose index
 * is in `dialogues` must have its dialogue part (the dialogue part of any other text is dropped).
 */
export function parseAnswer(content: string, count: number, dialogues: ReadonlySet<number> = new Set()): ParseResult {
	let data: unknown;
	try {
		data = extractJson(content);
	} catch (e) {
		return { ok: false, error: `not JSON: ${(e as Error).message}` };
	}
	// A single-text answer may come without the "results" wrapper.
	if (count === 1 && data && typeof data === 'object' && !('results' in data)) data = { results: [{ index: 0, ...(data as object) }] };
	const parsed = LlmAnswerSchema.safeParse(data);
	if (!parsed.success) return { ok: false, error: parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
	const byIndex = new Map(parsed.data.results.map((r) => [r.index, r]));
	const missing = [...Array(count).keys()].filter((i) => !byIndex.has(i));
	if (missing.length) return { ok: false, error: `no result for text ${missing.join(', ')}` };
	const noDialogue = [...dialogues].filter((i) => i < count && !byIndex.get(i)!.dialogue).sort((a, b) => a - b);
	if (noDialogue.length) return { ok: false, error: `no "dialogue" part for text ${noDialogue.join(', ')} (a dialogue)` };
	return {
		ok: true,
		items: [...Array(count).keys()].map((i) => {
			const r = byIndex.get(i)!;
			if (dialogues.has(i) || !r.dialogue) return r;
			const rest = { ...r };
			delete rest.dialogue;
			return rest;
		}),
	};
}

const levelScore = { low: 0.1, medium: 0.4, high: 0.7, critical: 0.9 } as const;

/** A sentiment of the model with the positive / negative mass the offline shape carries. */
function withMass(s: LlmItem['sentiment']): OfflineAnalysis['sentiment'] {
	return { label: s.label, score: s.score, positive: Math.max(0, s.score), negative: Math.max(0, -s.score) };
}

/**
 * The `dialogue` field of an LLM answer, in the offline shape: turns and speakers from the turns
 * found in the text (findTurns), the sentiments from the model, the trend from their labels
 * (dialogueTrend, as the offline engine computes it).
 */
export function dialogueSummary(part: NonNullable<LlmItem['dialogue']>, turns: DialogueTurn[]): DialogueSummary {
	return {
		...turnSummary(turns),
		agentSentiment: withMass(part.agentSentiment),
		customerStart: { label: part.customerStart.label, score: part.customerStart.score },
		customerEnd: { label: part.customerEnd.label, score: part.customerEnd.score },
		trend: dialogueTrend(part.customerStart.label, part.customerEnd.label),
	};
}

/**
 * Maps a validated answer onto the offline analysis shape; unknown topic ids are dropped and listed.
 * With the turns of a dialogue (and the answer's dialogue part) the result carries `dialogue`.
 */
export function toAnalysis(
	item: LlmItem,
	flat: FlatTree,
	language: OfflineAnalysis['language'],
	namesIn: 'zh' | 'en',
	turns?: DialogueTurn[],
): OfflineAnalysis & { droppedTopics: string[] } {
	const dropped: string[] = [];
	const topics: TopicResult[] = [];
	for (const t of item.topics) {
		const idx = flat.byId.get(t.id);
		if (idx === undefined) {
			dropped.push(t.id);
			continue;
		}
		const n = flat.nodes[idx];
		const chain = [...n.ancestors, idx].map((i) => flat.nodes[i]);
		topics.push({
			id: n.id,
			name: n.name[namesIn],
			path: chain.map((c) => c.name[namesIn]),
			pathIds: chain.map((c) => c.id),
			depth: n.depth,
			...(n.owner ? { owner: n.owner } : {}),
			sentiment: t.sentiment as SentimentLabel,
			score: t.sentiment === 'positive' ? 0.5 : t.sentiment === 'negative' ? -0.5 : 0,
			mentions: 1,
			evidence: t.evidence,
			span: [-1, -1],
		});
	}
	const intents: IntentResult[] = item.intents.map((i) => ({ intent: i.intent, confidence: 0.8, evidence: i.evidence }));
	return {
		language,
		sentiment: withMass(item.sentiment),
		topics,
		intents,
		primaryIntent: intents[0]?.intent ?? 'none',
		urgency: { level: item.urgency.level, score: levelScore[item.urgency.level], reasons: item.urgency.reasons.map((r) => ({ reason: 'model' as const, evidence: r, weight: 0 })) },
		risk: {
			badReview: {
				level: item.badReviewRisk.level,
				score: levelScore[item.badReviewRisk.level],
				reasons: item.badReviewRisk.reasons.map((r) => ({ reason: 'model' as const, evidence: r, weight: 0 })),
			},
		},
		keyPhrases: item.keyPhrases,
		...(turns && item.dialogue ? { dialogue: dialogueSummary(item.dialogue, turns) } : {}),
		droppedTopics: dropped,
	};
}
