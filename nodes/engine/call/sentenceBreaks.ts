/**
 * Sentence breaks for recognised speech that came without punctuation (speech-to-text with punctuation
 * off, Chinese models that leave it out, word-level results). CX Analyze reads clauses at punctuation
 * (negation scope, contrast, topic sentiment, questions), so a turn that runs together reads worse.
 *
 * Two sources, both deterministic:
 * 1. Word timings: a silence between two words of one voice of at least PAUSE_CLAUSE_MS is a clause
 *    break, of at least PAUSE_SENTENCE_MS a sentence break.
 * 2. Words alone (no timings): English clauses begin before "but", "because", "so" + subject, "and then",
 *    "I" after a time word or "sorry", a capitalised sentence opener; a Chinese caller's greeting run on into the turn is
 *    broken off. Only where the text has no punctuation of its own: the recogniser's marks win.
 *
 * No n8n imports: used by CX Normalize's call preset and by CX Analyze.
 */

/**
 * A silence of 400 ms or more between words is a clause break. Deepgram's own streaming example ends a
 * phrase at 300 ms of silence (endpointing=300), and pauses under about 250 ms are articulatory, not
 * boundaries (Goldman-Eisler's classic threshold); hesitations inside a clause run to about 300–400 ms
 * in conversational speech, so 400 ms keeps most of them inside.
 */
export const PAUSE_CLAUSE_MS = 400;
/**
 * A silence of 800 ms or more ends a sentence: the default of Deepgram's utterance split (utt_split 0.8 s)
 * and of IBM Watson's end_of_phrase_silence_time (0.8 s; 0.6 s for Chinese, below which we keep a clause break).
 */
export const PAUSE_SENTENCE_MS = 800;

export interface TimedWord {
	text: string;
	startMs?: number;
	endMs?: number;
	/** A punctuation token (AWS items of type punctuation): glued to the word before it. */
	punct?: boolean;
}

/** Any mark that ends a clause or sentence: the recogniser punctuated, so its marks are kept as they are. */
const PUNCTUATED = /[。！？!?.,，、；;：:…]/;
export const hasPunctuation = (text: string): boolean => PUNCTUATED.test(text);
const HAN = /\p{Script=Han}/u;
const ENDS_WITH_MARK = /[。！？!?.,，、；;：:…~～]$/;

/**
 * Words of one voice joined, with "，" / "," at pauses of PAUSE_CLAUSE_MS and "。" / "." at pauses of
 * PAUSE_SENTENCE_MS. When the words bring their own punctuation, it is kept and pauses add nothing.
 */
export function joinWordsAtPauses(words: TimedWord[], spaced: boolean): string {
	const punctuated = words.some((w) => w.punct || PUNCTUATED.test(w.text));
	let out = '';
	let lastEnd: number | undefined;
	for (const w of words) {
		const t = w.text.trim();
		if (!t) continue;
		if (w.punct) {
			out += t;
		} else if (!out) {
			out = t;
		} else {
			const gap = lastEnd !== undefined && w.startMs !== undefined ? w.startMs - lastEnd : 0;
			const zh = HAN.test(out[out.length - 1]);
			let mark = '';
			if (!punctuated && !ENDS_WITH_MARK.test(out)) {
				if (gap >= PAUSE_SENTENCE_MS) mark = zh ? '。' : '.';
				else if (gap >= PAUSE_CLAUSE_MS) mark = zh ? '，' : ',';
			}
			out += mark + (spaced && !(zh && mark) ? ' ' : '') + t;
		}
		if (w.endMs !== undefined) lastEnd = w.endMs;
	}
	return out;
}

// ── Chinese ─────────────────────────────────────────────────────────────────────────────────────
//
// A space between Chinese characters is already a clause break for CX Analyze, and it cuts at contrast
// words (但是, 不过 …) and reads 吗 without its question mark by itself. Rules that add commas before
// conjunctions, after final particles or after "太…了", or question marks, were measured and did not help
// it (docs/nodes/cx-analyze.md, stop 13): only the caller's opening greeting is broken off.

/**
 * A caller's opening greeting run together with what follows ("喂你好我房间空调坏了", "喂你好送餐很快"):
 * broken after it, so the 好 of 你好 is not read as praise. After 喂 / 嗯 it is the greeting whatever follows
 * (as CX Analyze's dialogue reading has it); 你好 alone only where no judgement follows ("你好差劲", "你好厉害"
 * are "you are so …").
 */
const ZH_GREETING = /^(?:(?:喂+|嗯+|哎+)(?:您好|你好)?|您好|你好(?!差|烦|坏|过分|厉害|棒|牛(?![肉奶排])|讨厌|恶心|可恶|可爱|有意思|像|帅|美|漂亮|啰嗦|狠|凶|贵|慢|快))?(?:喂+)?/u;

function breakChinese(text: string): string {
	// At least two characters ("嗯" alone is a filler CX Analyze skips), and only where it runs on into the turn.
	const greeting = ZH_GREETING.exec(text)?.[0] ?? '';
	if (greeting.length < 2 || text.length <= greeting.length + 1 || /[\s。！？!?.,，、；;：:…~～]/.test(text[greeting.length])) return text;
	return greeting + '，' + text.slice(greeting.length);
}

// ── English ─────────────────────────────────────────────────────────────────────────────────────

/**
 * Words that end a clause, after which "I" opens the next one ("last night I called", "sorry I"). Only these:
 * after a noun "I" mostly opens a relative clause ("the room I booked", "a checkout I never asked for").
 */
const EN_END_BEFORE_I = new Set('night nights day days today yesterday tonight morning afternoon evening week weekend month year ago again too though anyway please sorry thanks'.split(' '));
/** Capitalised words that open a sentence when a recogniser capitalises without punctuating (not names: "at Harbor View"). */
const EN_STARTER = /^(The|This|That|These|Those|It|We|They|He|She|My|Our|Their|There|You|Your|Overall|Also|Then|Now|Anyway|Honestly|Plus)$/;
/** "so" that opens a clause: before a subject, not a degree word ("so slow", "so much"). */
const EN_SO_SUBJECT = /^(i|we|they|he|she|it|you|the|my|our|now|then|that|this|there|basically|yeah)$/i;
const EN_QUESTION_OPENING = /^(is|are|was|were|do|does|did|can|could|will|would|should|why|how|what|when|where|who|which)$/i;
const EN_SUBJECT = /^(i|you|we|they|he|she|it|there|this|that|my|your|the)$/i;

function breakEnglish(text: string): string {
	const words = text.split(/\s+/).filter(Boolean);
	if (words.length < 4) return text;
	// Clause starts (index of the word that opens a clause) and whether the clause before ends a sentence.
	const opens = new Map<number, 'clause' | 'sentence'>();
	for (let i = 2; i < words.length; i++) {
		const w = words[i];
		const lw = w.toLowerCase();
		const prev = words[i - 1].toLowerCase();
		if (lw === 'but' || lw === 'however' || lw === 'although' || lw === 'because') opens.set(i, 'clause');
		else if (lw === 'so' && i + 1 < words.length && EN_SO_SUBJECT.test(words[i + 1]) && prev !== 'and') opens.set(i, 'clause');
		else if (lw === 'and' && words[i + 1]?.toLowerCase() === 'then') opens.set(i, 'clause');
		else if (w === 'I' && EN_END_BEFORE_I.has(prev)) opens.set(i, 'sentence');
		else if (EN_STARTER.test(w) && /^[a-z]/.test(words[i - 1])) opens.set(i, 'sentence');
	}
	if (!opens.size) return text;
	// A clause opening with an auxiliary or wh-word followed by a subject asks: "is it included".
	const asks = (from: number, to: number) => EN_QUESTION_OPENING.test(words[from]) && from + 1 < to && EN_SUBJECT.test(words[from + 1]);
	let out = '';
	let from = 0;
	const starts = [...opens.keys()].sort((a, b) => a - b);
	for (const at of starts) {
		if (at - from < 2) continue;
		const kind = opens.get(at);
		const clause = words.slice(from, at).join(' ');
		const mark = asks(from, at) ? '?' : kind === 'sentence' ? '.' : ',';
		out += (out ? ' ' : '') + clause + mark;
		from = at;
	}
	const last = words.slice(from).join(' ');
	return out + (out ? ' ' : '') + last + (asks(from, words.length) ? '?' : '');
}

/**
 * Clause and sentence breaks for recognised text. Chinese: breakChinese; English without any punctuation:
 * breakEnglish (punctuated text is returned as it is: the recogniser's marks win); mixed text is left alone.
 */
export function restoreSentenceBreaks(text: string): string {
	if (!text) return text;
	const han = (text.match(/\p{Script=Han}/gu) ?? []).length;
	// The greeting is broken off even in a punctuated turn ("喂你好我房间空调坏了，…"): recognisers mark clause ends, not it.
	if (han * 2 > text.replace(/\s/g, '').length) return breakChinese(text);
	return han || PUNCTUATED.test(text) ? text : breakEnglish(text);
}
