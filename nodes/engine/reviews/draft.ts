/**
 * Reply drafting from templates: the review's language, its sentiment, the topics it praises or
 * complains about, the property and the signature, within the platform's length limit. Facts come
 * only from the inputs; the draft never offers compensation.
 */
import { compensationTerms, REPLY_LIMITS, TEMPLATES, type ReplyTemplates, type Sentiment, type TemplateLanguage } from './templates';
import { TOPICS, topicsFromAnalysis, topicsFromText, type TopicHit, type TopicKey } from './topics';

export interface DraftInput {
	text: string;
	language?: string;
	platform?: string;
	/** 0–100 (Feedback scores.normalised). */
	score?: number;
	/** CX Analyze output when present. */
	analysis?: { sentiment?: { label?: string }; topics?: Array<{ id?: string; path?: string[]; sentiment?: string }> };
	guestName?: string;
	property?: string;
	manager?: string;
	managerTitle?: string;
	contact?: string;
	/** What was actually done, in the reply's language, written by a person ("We have replaced the shower head."). */
	action?: string;
	/** Override the platform's limit. */
	maxLength?: number;
	/** Force a template language. */
	replyLanguage?: TemplateLanguage;
	/** Per-language overrides of template sentences. */
	templates?: Partial<Record<TemplateLanguage, Partial<ReplyTemplates>>>;
	/** At most this many topics named per sentence. Default 3. */
	maxTopics?: number;
}

export interface DraftResult {
	text: string;
	language: TemplateLanguage;
	/** True when the review's language has no template and English was used. */
	languageFallback: boolean;
	sentiment: Sentiment;
	praised: TopicKey[];
	issues: TopicKey[];
	length: number;
	limit: number;
	/** Sentences dropped or shortened to fit the limit. */
	trimmed: string[];
	warnings: string[];
}

const CJK = /[\u3400-\u9fff]/g;

export function detectLanguage(text: string): string {
	const cjk = (text.match(CJK) ?? []).length;
	const letters = (text.match(/[A-Za-z]/g) ?? []).length;
	if (cjk && cjk * 2 >= letters) return 'zh';
	return 'en';
}

export function sentimentOf(input: Pick<DraftInput, 'analysis' | 'score' | 'text'>): Sentiment {
	const label = String(input.analysis?.sentiment?.label ?? '').toLowerCase();
	if (label === 'positive' || label === 'negative' || label === 'neutral') return label;
	if (typeof input.score === 'number') {
		if (input.score >= 80) return 'positive';
		if (input.score <= 50) return 'negative';
		return 'neutral';
	}
	const hits = topicsFromText(input.text ?? '');
	if (hits.some((h) => h.sentiment === 'negative')) return 'negative';
	if (hits.some((h) => h.sentiment === 'positive')) return 'positive';
	return 'neutral';
}

function fill(template: string, values: Record<string, string | undefined>): string {
	return template.replace(/\{(\w+)\}/g, (_m, k) => values[k] ?? '');
}

function list(items: string[], t: ReplyTemplates): string {
	if (items.length <= 1) return items.join('');
	return items.slice(0, -1).join(t.listSeparator) + t.listLastSeparator + items[items.length - 1];
}

interface Sentence {
	id: string;
	text: string;
	/** Lower = dropped first when the reply is too long. Infinity = never dropped. */
	priority: number;
	paragraph: number;
}

export function draftReply(input: DraftInput): DraftResult {
	const detected = (input.language || detectLanguage(input.text ?? '')).toLowerCase();
	const language: TemplateLanguage = input.replyLanguage ?? (detected.startsWith('zh') ? 'zh' : 'en');
	const languageFallback = !input.replyLanguage && !detected.startsWith('zh') && !detected.startsWith('en');
	const t: ReplyTemplates = { ...TEMPLATES[language], ...(input.templates?.[language] ?? {}) };
	const sentiment = sentimentOf(input);
	const maxTopics = input.maxTopics ?? 3;
	const warnings: string[] = [];

	const fromAnalysis = input.analysis?.topics?.length ? topicsFromAnalysis(input.analysis.topics) : [];
	const hits: TopicHit[] = fromAnalysis.length ? fromAnalysis : topicsFromText(input.text ?? '');
	let praised = hits.filter((h) => h.sentiment === 'positive').map((h) => h.key);
	let issues = hits.filter((h) => h.sentiment === 'negative').map((h) => h.key);
	// With a clearly negative review and no polarity on the topics, the topics are the complaints.
	if (sentiment === 'negative' && !issues.length) issues = hits.filter((h) => h.sentiment === 'neutral').map((h) => h.key);
	if (sentiment === 'positive' && !praised.length && !issues.length) praised = hits.filter((h) => h.sentiment === 'neutral').map((h) => h.key);

	const words = (keys: TopicKey[]) => keys.slice(0, maxTopics).map((k) => (language === 'zh' ? TOPICS[k].zh : TOPICS[k].en));
	const depts = [...new Set(issues.slice(0, maxTopics).map((k) => (language === 'zh' ? TOPICS[k].deptZh : TOPICS[k].deptEn)))];
	const values: Record<string, string | undefined> = {
		guestName: input.guestName?.trim() || undefined,
		property: input.property?.trim() || (language === 'zh' ? '我们酒店' : 'our hotel'),
		manager: input.manager?.trim() || undefined,
		managerTitle: input.managerTitle?.trim() || undefined,
		contact: input.contact?.trim() || undefined,
		action: input.action?.trim() || undefined,
		praised: list(words(praised), t),
		issues: list(words(issues), t),
		departments: language === 'en' && depts.length ? `${list(depts, t)} ${depts.length > 1 ? 'teams' : 'team'}` : list(depts, t),
	};

	const s: Sentence[] = [];
	const add = (id: string, template: string, priority: number, paragraph: number) => {
		const text = fill(template, values).trim();
		if (text) s.push({ id, text, priority, paragraph });
	};
	add('greeting', values.guestName ? t.greetingNamed : t.greeting, Infinity, 0);
	add('thanks', sentiment === 'positive' ? t.thanksPositive : sentiment === 'negative' ? t.thanksNegative : t.thanksNeutral, Infinity, 1);
	if (praised.length) add('praise', t.praiseTopics, 3, 1);
	else if (sentiment === 'positive') add('praise', t.praiseGeneral, 2, 1);
	if (issues.length) add('apology', t.apologyTopics, Infinity, 1);
	else if (sentiment === 'negative') add('apology', t.apologyGeneral, Infinity, 1);
	if (values.action) add('action', t.action, 6, 1);
	else if (issues.length) add('share', t.shareWithTeam, 4, 1);
	if (values.contact && sentiment !== 'positive') add('contact', t.contact, 5, 1);
	add('invite', sentiment === 'negative' ? t.inviteBackNegative : t.inviteBackPositive, 1, 1);
	if (values.manager || input.managerTitle) {
		add('closing', t.closing, 0.5, 2);
		add('signature', cleanSignature(fill(t.signature, values)), 0.6, 2);
	}

	const limit = input.maxLength ?? REPLY_LIMITS[String(input.platform ?? '').toLowerCase()] ?? REPLY_LIMITS.default;
	const render = (list: Sentence[]) => {
		const paras: string[] = [];
		for (const p of [0, 1, 2]) {
			const part = list.filter((x) => x.paragraph === p).map((x) => x.text);
			if (!part.length) continue;
			paras.push(p === 2 ? part.join('\n') : part.join(t.space));
		}
		return paras.join('\n\n');
	};
	const trimmed: string[] = [];
	let out = render(s);
	while (out.length > limit) {
		const droppable = s.filter((x) => x.priority !== Infinity);
		if (!droppable.length) break;
		const victim = droppable.reduce((a, b) => (b.priority < a.priority ? b : a));
		s.splice(s.indexOf(victim), 1);
		trimmed.push(victim.id);
		out = render(s);
	}
	if (out.length > limit) {
		out = cutAtSentence(out, limit);
		trimmed.push('(cut)');
		warnings.push(`the reply was cut to the ${limit}-character limit`);
	}
	if (languageFallback) warnings.push(`no template for language "${detected}"; drafted in English`);
	const comp = compensationTerms(out).filter((w) => !compensationTerms(values.action ?? '').includes(w));
	if (comp.length) warnings.push(`compensation wording from a custom template: ${comp.join(', ')}`);
	return { text: out, language, languageFallback, sentiment, praised, issues, length: out.length, limit, trimmed, warnings };
}

function cleanSignature(sig: string): string {
	return sig
		.split('\n')
		.map((l) => l.replace(/^[\s,，]+|[\s,，]+$/g, '').replace(/\s{2,}/g, ' '))
		.filter(Boolean)
		.join('\n');
}

/** The longest prefix within `limit` that ends at a sentence end (or the hard limit). */
export function cutAtSentence(text: string, limit: number): string {
	if (text.length <= limit) return text;
	const head = text.slice(0, limit);
	const ends = [...head.matchAll(/[.!?。！？](?=\s|$)|[。！？]/g)].map((m) => (m.index ?? 0) + 1);
	const last = ends.length ? ends[ends.length - 1] : 0;
	return (last > limit * 0.5 ? head.slice(0, last) : head.slice(0, Math.max(0, limit - 1)) + '…').trim();
}

/**
 * Messages for an OpenAI-compatible chat model: the same facts as the template draft, the tone,
 * the limit, and the rules (no compensation, no invented facts). The template draft is given as
 * the baseline so the model rewrites rather than invents.
 */
export function llmMessages(input: DraftInput, baseline: DraftResult, tone: string): Array<{ role: 'system' | 'user'; content: string }> {
	const facts = {
		reviewLanguage: input.language || detectLanguage(input.text ?? ''),
		sentiment: baseline.sentiment,
		praisedTopics: baseline.praised.map((k) => TOPICS[k].en),
		complaintTopics: baseline.issues.map((k) => TOPICS[k].en),
		guestName: input.guestName || null,
		property: input.property || null,
		signature: [input.manager, input.managerTitle].filter(Boolean).join(', ') || null,
		contact: input.contact || null,
		actionTaken: input.action || null,
		maxCharacters: baseline.limit,
	};
	return [
		{
			role: 'system',
			content:
				'You write public replies from a hotel or business to an online review. Write in the language of the review. ' +
				`Tone: ${tone}. Use only the facts given. Do not offer or mention any refund, compensation, discount, voucher, upgrade, ` +
				'free service or gift, and do not promise fixes, unless "actionTaken" states them. Do not invent names, dates or events. ' +
				'Thank the guest; for complaints apologise for the specific issues; invite the guest back. ' +
				`Stay under ${baseline.limit} characters. Answer with the reply text only.`,
		},
		{
			role: 'user',
			content: `Review:\n"""${(input.text ?? '').slice(0, 4000)}"""\n\nFacts (JSON):\n${JSON.stringify(facts)}\n\nBaseline draft:\n"""${baseline.text}"""`,
		},
	];
}

/** Checks a model's reply: not empty, within the limit, no compensation the facts do not state. */
export function checkLlmReply(reply: string, input: DraftInput, limit: number): { ok: true; text: string } | { ok: false; reason: string } {
	const text = String(reply ?? '').trim().replace(/^"+|"+$/g, '').trim();
	if (!text) return { ok: false, reason: 'the model returned an empty reply' };
	const allowed = compensationTerms(input.action ?? '');
	const bad = compensationTerms(text).filter((w) => !allowed.includes(w));
	if (bad.length) return { ok: false, reason: `the model mentioned compensation (${bad.join(', ')})` };
	if (/\{\w+\}/.test(text)) return { ok: false, reason: 'the model left a placeholder in the reply' };
	return { ok: true, text: cutAtSentence(text, limit) };
}
