/**
 * Dialogues — helpdesk chats, call transcripts, ticket threads, a review followed by the hotel's
 * reply: speaker-labelled turns found at line starts, each on the agent's or the customer's side, so
 * that the customer's sentiment, topics, intents and risk are read from the customer's turns alone
 * and the agent's courtesy ("非常抱歉给您带来不便", "happy to help!") is not counted as the customer's.
 * Plain TypeScript, no n8n imports.
 *
 * A turn begins at a line start (optionally after a timestamp such as "[10:01:02]", "10:01" or
 * "2026-11-01 10:01") with a label and a colon ("客服：", "Agent:", "客服小王：", "Anna (Support):",
 * "Agent wrote:", "酒店回复："), or with a header line of its own ("—— Agent ——", "=== 客户 ===",
 * "店小二 2026-11-01 10:01:02"). Offsets are never moved: the customer's reading is the analysis of
 * the text with everything that is not customer speech replaced by spaces (line breaks kept), so
 * every topic span and evidence clause points into the original text.
 */
import type { AnalyzeOptions, OfflineAnalysis, SentimentLabel } from './analyze';
import { foldChar, isDigit } from './fold';

export type DialogueSide = 'agent' | 'customer';
/** auto: a dialogue when labelled turns of both sides are found; off: always the whole text; force: any labelled turn makes a dialogue. */
export type DialogueMode = 'auto' | 'off' | 'force';

export interface DialogueTurn {
	/** Start of the turn's line (timestamp or label), or 0 for the unlabelled start of the text. */
	start: number;
	/** The turn's words: [contentStart, end). */
	contentStart: number;
	end: number;
	/** The label as written ('' for text before the first label, read as the customer's). */
	label: string;
	side: DialogueSide;
}

export interface DialogueSummary {
	turns: number;
	customerTurns: number;
	agentTurns: number;
	/** Each speaker in order of first appearance ('' is the unlabelled start of the text). */
	speakers: Array<{ label: string; side: DialogueSide; turns: number }>;
	/** The agent turns read on their own (for quality checks). */
	agentSentiment: { label: SentimentLabel; score: number; positive: number; negative: number };
	/** The customer's first and last turns that hold an opinion (greetings, order numbers, "ok" are skipped; one such turn: both the same). */
	customerStart: { label: SentimentLabel; score: number };
	customerEnd: { label: SentimentLabel; score: number };
	trend: 'improved' | 'worsened' | 'unchanged';
}

interface LabelInfo {
	side: DialogueSide;
	/** An aspect noun that a review may use as a heading ("前台：", "Staff:"): a dialogue only beside a known customer label. */
	weak: boolean;
	/** Named by the user (always strong and known). */
	user: boolean;
	/** A reply form ("酒店回复：", "Agent wrote:"): text before it is the message replied to. */
	reply?: boolean;
}

// Built-in labels (general service vocabulary, written by the project). Longest match wins, so the
// longer entries settle the overlaps ("客户经理" is the agent's, "Customer Service" too).
const AGENT_STRONG = [
	'客服', '坐席', '人工客服', '在线客服', '智能客服', '客服人员', '客服专员', '客服代表', '客服经理', '客户经理', '售后', '售后客服',
	'机器人', '小助手', '助手', '接线员', '话务员', '店小二', '掌柜', '小二', '值班经理', '服务台', '官方客服',
	'agent', 'support', 'support agent', 'support team', 'customer service', 'customer support', 'customer care', 'customer success',
	'rep', 'representative', 'operator', 'bot', 'chatbot', 'assistant', 'virtual assistant', 'advisor', 'adviser', 'csr', 'helpdesk',
	'help desk', 'service desk', 'guest relations', 'guest services', 'guest service', 'client services', 'member services',
];
const AGENT_WEAK = [
	'前台', '店家', '商家', '卖家', '酒店', '工作人员', '服务员', '管家', '经理', '店长', '老板', '房东', '民宿', '官方', '管理者', '管理员', '门店',
	'staff', 'hotel', 'host', 'front desk', 'reception', 'receptionist', 'concierge', 'manager', 'owner', 'seller', 'merchant', 'store',
	'shop', 'restaurant', 'property', 'management', 'team',
];
const CUSTOMER = [
	'客户', '顾客', '用户', '买家', '客人', '住客', '访客', '我', '游客', '旅客', '来电人', '来电者', '来电', '消费者', '会员', '宾客', '租客', '乘客', '咨询者', '投诉人',
	'customer', 'client', 'user', 'guest', 'caller', 'visitor', 'me', 'buyer', 'member', 'consumer', 'traveler', 'traveller', 'passenger',
	'requester', 'end user', 'shopper', 'tenant', 'patient',
];

const BUILT_IN = new Map<string, LabelInfo>();
for (const l of AGENT_WEAK) BUILT_IN.set(l, { side: 'agent', weak: true, user: false });
for (const l of AGENT_STRONG) BUILT_IN.set(l, { side: 'agent', weak: false, user: false });
for (const l of CUSTOMER) BUILT_IN.set(l, { side: 'customer', weak: false, user: false });

/** "X wrote", "X回复", "Response from X": a reply form; an agent's reply is never a review heading. */
const REPLY_SUFFIX = [' wrote', ' replied', ' replies', ' reply', ' response', ' responded', ' says', ' said', '的回复', '回复', '答复', '回应', '留言', '说'];
const REPLY_PREFIX = ['response from the ', 'response from ', 'reply from the ', 'reply from ', 'message from the ', 'message from '];

/** The longest raw label (with a timestamp inside, "Agent (10:01:02 AM)") and the longest label proper. */
const RAW_MAX = 40;
const LABEL_MAX = 24;

let userCacheKey = '';
let userCache: Map<string, LabelInfo> | undefined;

/**
 * Normalised label: lower case, full-width letters and separators folded, Traditional characters read
 * as Simplified (顧客 → 顾客, 客服人員 → 客服人员), runs of separators as one space.
 */
function norm(s: string): string {
	let out = '';
	let space = false;
	for (let i = 0; i < s.length; i++) {
		let c = s.charCodeAt(i);
		if (c >= 0x3400 && c <= 0x9fff) c = foldChar(c);
		else if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
		if (c >= 65 && c <= 90) c += 32;
		if (c === 32 || c === 9 || c === 0x3000 || c === 45 || c === 95 || c === 0xb7 || c === 35 || c === 47 || c === 124 || c === 0x2014 || c === 0x2013) {
			space = out.length > 0;
			continue;
		}
		if (space) out += ' ';
		space = false;
		out += String.fromCharCode(c);
	}
	return out;
}

function labelTable(options: AnalyzeOptions): Map<string, LabelInfo> {
	const a = options.agentLabels ?? [];
	const c = options.customerLabels ?? [];
	if (!a.length && !c.length) return BUILT_IN;
	const key = a.join('\u0001') + '\u0002' + c.join('\u0001');
	if (userCache && key === userCacheKey) return userCache;
	const m = new Map(BUILT_IN);
	for (const l of a) if (norm(l)) m.set(norm(l), { side: 'agent', weak: false, user: true });
	for (const l of c) if (norm(l)) m.set(norm(l), { side: 'customer', weak: false, user: true });
	userCacheKey = key;
	userCache = m;
	return m;
}

const isCjk = (c: number) => (c >= 0x2e80 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
const isAsciiLetter = (c: number) => (c | 32) >= 97 && (c | 32) <= 122;

/** A name or number after a CJK role: "客服008", "坐席1号", "客服小王", "客服阿杰", "客服美美" — not an aspect ("客服态度"). */
const CJK_NAME_AFTER = /^(?:[0-9a-z#]+号?|[0-9一二三四五六七八九十]+号|[小老阿][\u4e00-\u9fff]{1,2}|([\u4e00-\u9fff])\1)$/;
/** Before a CJK role, a company, a place or a tier: "美团客服", "酒店前台", "VIP客户" (at most 4 characters). */
const CJK_BEFORE_MAX = 4;

/** Whether every word of rest is written with a capital or a digit in the original label (a name: "Agent Sarah", "Support Team"). */
function capitalised(rest: string, orig: string): boolean {
	const words = orig.split(/[^A-Za-z0-9\u00c0-\u024f']+/);
	for (const w of rest.split(' ')) {
		if (!w) continue;
		const o = words.find((x) => x.toLowerCase() === w);
		if (!o) return false;
		const c = o.charCodeAt(0);
		if (!(isDigit(c) || (c >= 65 && c <= 90))) return false;
	}
	return true;
}

/** A known label exactly, or a known role with a name, number or company beside it ("客服小王", "美团客服", "Agent Sarah", "Hotel Staff"). */
function lookupPlain(s: string, table: Map<string, LabelInfo>, orig: string): LabelInfo | undefined {
	if (!s) return undefined;
	const exact = table.get(s);
	if (exact) return exact;
	let best: LabelInfo | undefined;
	let bestLen = 0;
	for (const [k, info] of table) {
		if (k.length <= bestLen || k.length >= s.length) continue;
		const cjk = isCjk(k.charCodeAt(0));
		// "我", "me": only as the whole label ("我们的房间", "call me" are not speakers).
		if (k.length < (cjk ? 2 : 3)) continue;
		let ok = false;
		if (s.startsWith(k)) {
			const rest = s.slice(k.length).trim();
			if (cjk) ok = CJK_NAME_AFTER.test(rest);
			else ok = s.charCodeAt(k.length) === 32 && rest.split(' ').length <= 2 && capitalised(rest, orig);
		}
		if (!ok && s.endsWith(k)) {
			const rest = s.slice(0, s.length - k.length).trim();
			if (cjk) ok = rest.length <= CJK_BEFORE_MAX && !rest.includes(' ');
			else ok = s.charCodeAt(s.length - k.length - 1) === 32 && rest.split(' ').length <= 2;
		}
		if (!ok) continue;
		best = info;
		bestLen = k.length;
	}
	return best;
}

/**
 * Side of a normalised label: plain, a reply form ("酒店回复", "Response from the owner", "Agent wrote":
 * strong, `reply`), or a part in brackets ("Anna (Support)", "【客服】小美").
 */
function lookup(label: string, table: Map<string, LabelInfo>, orig: string): LabelInfo | undefined {
	const open = label.search(/[([【〔［]/);
	if (open >= 0) {
		const close = label.slice(open + 1).search(/[)\]】〕］]/);
		if (close >= 0) {
			const inner = norm(label.slice(open + 1, open + 1 + close));
			const outer = norm(label.slice(0, open) + ' ' + label.slice(open + 2 + close));
			return lookup(inner, table, orig) ?? lookup(outer, table, orig);
		}
	}
	const exact = table.get(label);
	if (exact) return exact;
	for (const p of REPLY_PREFIX)
		if (label.startsWith(p)) {
			const info = lookupPlain(label.slice(p.length), table, orig);
			if (info) return { ...info, weak: false, reply: true };
		}
	for (const x of REPLY_SUFFIX)
		if (label.length > x.length && label.endsWith(x)) {
			const info = lookupPlain(label.slice(0, label.length - x.length).trim(), table, orig);
			if (info) return { ...info, weak: false, reply: true };
		}
	return lookupPlain(label, table, orig);
}

/**
 * End of a timestamp at i ("[10:01:02]", "(10:01)", "10:01:02 AM", "2026-11-01 10:01", "2026/11/01"),
 * or i when there is none. Bracketed: digits and separators only inside the brackets.
 */
function skipStamp(text: string, i: number, end: number): number {
	const c = text.charCodeAt(i);
	const close = c === 91 ? 93 : c === 40 ? 41 : c === 0x3010 ? 0x3011 : c === 0xff08 ? 0xff09 : c === 0xff3b ? 0xff3d : -1;
	if (close > 0) {
		let digits = 0;
		for (let j = i + 1; j < end && j < i + 32; j++) {
			const d = text.charCodeAt(j);
			if (d === close) return digits >= 3 ? j + 1 : i;
			if (isDigit(d)) digits++;
			else if (!(d === 58 || d === 45 || d === 47 || d === 46 || d === 32 || d === 84 || d === 0xff1a || (d | 32) === 97 || (d | 32) === 112 || (d | 32) === 109)) return i;
		}
		return i;
	}
	// Bare: digits and the separators of dates and times, at least one ":" or a full date.
	let j = i;
	let digits = 0,
		colons = 0,
		dashes = 0;
	while (j < end) {
		const d = text.charCodeAt(j);
		if (isDigit(d)) digits++;
		else if (d === 58 && isDigit(text.charCodeAt(j + 1))) colons++;
		else if ((d === 45 || d === 47 || d === 46) && isDigit(text.charCodeAt(j + 1)) && j > i) dashes++;
		else if ((d === 32 || d === 84) && isDigit(text.charCodeAt(j + 1)) && j > i && isDigit(text.charCodeAt(j - 1))) {
			/* between date and time */
		} else break;
		j++;
	}
	if (digits < 3 || (colons === 0 && dashes < 2)) return i;
	// "10:01 AM"
	let k = j;
	while (k < end && text.charCodeAt(k) === 32) k++;
	const a = text.charCodeAt(k) | 32;
	if ((a === 97 || a === 112) && (text.charCodeAt(k + 1) | 32) === 109 && !isAsciiLetter(text.charCodeAt(k + 2))) j = k + 2;
	return j;
}

/** Characters that end a sentence or a clause: a label never holds them. */
function breaksLabel(c: number): boolean {
	return c === 0xff0c || c === 44 || c === 0x3002 || c === 46 || c === 0xff01 || c === 33 || c === 0xff1f || c === 63 || c === 59 || c === 0xff1b || c === 0x3001 || c === 34 || c === 0x201c || c === 0x201d;
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 0x3000;
/** Decoration of header lines and Markdown around labels: - — = * # ~ _ > */
const isDeco = (c: number) => c === 45 || c === 0x2014 || c === 0x2013 || c === 61 || c === 42 || c === 35 || c === 126 || c === 95 || c === 62 || c === 0x2500;

interface Candidate {
	start: number;
	contentStart: number;
	label: string;
	key: string;
	info: LabelInfo | undefined;
	/** A timestamp before or after the label: the format of a chat export or transcript. */
	stamped: boolean;
	/** A header line of its own ("—— Agent ——"); the words follow on the next lines. */
	header: boolean;
}

/** A shape a label may have: starts with a letter, at most LABEL_MAX characters and four words, no sentence punctuation. */
function validLabel(label: string): boolean {
	if (!label || label.length > LABEL_MAX) return false;
	const c0 = label.charCodeAt(0);
	if (isDigit(c0)) return false;
	let words = 1;
	for (let i = 0; i < label.length; i++) {
		const c = label.charCodeAt(i);
		if (breaksLabel(c)) return false;
		if (c === 32) words++;
	}
	return words <= 4;
}

/** Strips a timestamp at the end of a raw label ("Agent 10:01:02", "客服小王 2026-11-01 10:01:02"). */
function stripStampTail(raw: string): string {
	const m = /[\s(（[【]*(\d{2,4}[-/.]\d{1,2}[-/.]\d{1,2}[\sT]*)?(\d{1,2}:\d{2}(:\d{2})?(\s*[ap]m)?)?[\s)）\]】]*$/i.exec(raw);
	return m && (m[1] || m[2]) ? raw.slice(0, m.index) : raw;
}

/** The label of the line [ls, le), or undefined. */
function parseLine(text: string, ls: number, le: number, nextLine: number, table: Map<string, LabelInfo>): Candidate | undefined {
	let i = ls;
	while (i < le && isSpace(text.charCodeAt(i))) i++;
	if (i >= le) return undefined;
	const afterStamp = skipStamp(text, i, le);
	const stampBefore = afterStamp > i;
	if (stampBefore) {
		i = afterStamp;
		while (i < le && (isSpace(text.charCodeAt(i)) || text.charCodeAt(i) === 45 || text.charCodeAt(i) === 124)) i++;
	}
	// Decoration before the label ("—— Agent ——", "**Agent:**", "> Agent:").
	let deco = 0;
	while (i < le && (isDeco(text.charCodeAt(i)) || isSpace(text.charCodeAt(i)))) {
		if (!isSpace(text.charCodeAt(i))) deco++;
		i++;
	}
	// Look for the colon (one between two digits belongs to a time).
	let colon = -1;
	const limit = Math.min(le, i + RAW_MAX);
	let j = i;
	for (; j < limit; j++) {
		const c = text.charCodeAt(j);
		if (c === 0xff1a || (c === 58 && !(isDigit(text.charCodeAt(j - 1)) && isDigit(text.charCodeAt(j + 1))))) {
			colon = j;
			break;
		}
		if (breaksLabel(c) && !(c === 46 && isDigit(text.charCodeAt(j - 1)) && isDigit(text.charCodeAt(j + 1)))) return undefined;
	}
	if (colon >= 0) {
		// Not a URL ("http://").
		if (text.charCodeAt(colon + 1) === 47 && text.charCodeAt(colon + 2) === 47) return undefined;
		let raw = text.slice(i, colon);
		let b = raw.length;
		while (b > 0 && (isDeco(raw.charCodeAt(b - 1)) || isSpace(raw.charCodeAt(b - 1)))) b--;
		raw = raw.slice(0, b);
		const label = stripStampTail(raw).trim();
		if (!validLabel(label)) return undefined;
		let cs = colon + 1;
		// "**Agent:** hi": the closing decoration belongs to the label.
		while (cs < le && text.charCodeAt(cs) === 42) cs++;
		const key = norm(label);
		return { start: ls, contentStart: cs, label, key, info: lookup(key, table, label), header: false, stamped: stampBefore || label.length < raw.trim().length };
	}
	if (j < le) return undefined;
	// A header line of its own: "—— Agent ——", "=== 客户 ===", "[客服]", "店小二 2026-11-01 10:01:02" — known labels only.
	let raw = text.slice(i, le);
	let b = raw.length;
	while (b > 0 && (isDeco(raw.charCodeAt(b - 1)) || isSpace(raw.charCodeAt(b - 1)) || raw.charCodeAt(b - 1) === 13)) b--;
	raw = raw.slice(0, b);
	const stripped = stripStampTail(raw).trim();
	const stamped = stripped.length < raw.trim().length;
	if (!(deco >= 2 || stamped || stampBefore)) {
		// "[客服]" / "【Agent】" alone on its line.
		const c0 = raw.charCodeAt(0);
		const cl = raw.charCodeAt(raw.length - 1);
		if (!((c0 === 91 && cl === 93) || (c0 === 0x3010 && cl === 0x3011))) return undefined;
	}
	const label = stripped.replace(/^[[【]|[\]】]$/g, '').trim();
	if (!validLabel(label)) return undefined;
	const key = norm(label);
	const info = lookup(key, table, label);
	// A name with a timestamp on a line of its own is a chat export's speaker line; other headers must name a known role.
	if (!info && !stamped) return undefined;
	return { start: ls, contentStart: nextLine, label, key, info, header: true, stamped: stamped || stampBefore };
}

/**
 * The turns of a dialogue, or undefined for plain text. Auto: at least one agent label and one
 * customer turn; unknown labels are the customer's; text before a first agent reply or header is the
 * customer's (a review and the hotel's reply, "The room was dirty.\n—— Agent ——\n…"). Guards
 * against reviews written as "前台：…\n房间：…": with known labels on both sides, unknown labels are
 * part of the turn they sit in; with only agent labels, one must be a plain service role (客服, Agent,
 * a reply form) — not an aspect noun (前台, Staff) — and unknown-label turns must alternate with the
 * agent's (two changes of side at least).
 */
export function findTurns(text: string, options: AnalyzeOptions): DialogueTurn[] | undefined {
	const mode = options.dialogue ?? 'auto';
	if (mode === 'off') return undefined;
	// Auto needs two turns at line starts, so two lines; else turns run together on a line, or bracketed labels.
	if (mode === 'auto' && text.indexOf('\n') < 0) return findInlineTurns(text);
	return findLineTurns(text, options, mode) ?? findInlineTurns(text);
}

function findLineTurns(text: string, options: AnalyzeOptions, mode: DialogueMode): DialogueTurn[] | undefined {
	const table = labelTable(options);
	const cands: Candidate[] = [];
	const n = text.length;
	for (let ls = 0; ls < n; ) {
		let nl = text.indexOf('\n', ls);
		if (nl < 0) nl = n;
		const le = nl > ls && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
		const c = parseLine(text, ls, le, Math.min(n, nl + 1), table);
		if (c) cands.push(c);
		ls = nl + 1;
	}
	if (!cands.length) return undefined;
	let kept: Candidate[];
	if (mode === 'force') kept = cands;
	else {
		let agent = false,
			strongAgent = false,
			knownCustomer = false;
		for (const c of cands) {
			if (!c.info) continue;
			if (c.info.side === 'agent') {
				agent = true;
				if (!c.info.weak) strongAgent = true;
			} else knownCustomer = true;
		}
		if (!agent) return undefined;
		if (knownCustomer) kept = cands.filter((c) => c.info);
		else {
			if (!strongAgent) return undefined;
			kept = cands;
		}
	}
	const turns: DialogueTurn[] = [];
	const first = kept[0];
	const firstSide: DialogueSide = first.info?.side ?? 'customer';
	// Text before a first agent reply or header ("酒店回复：", "Agent wrote:", "—— Agent ——") is the message replied to.
	if (firstSide === 'agent' && (first.info?.reply || first.header) && first.start > 0 && text.slice(0, first.start).trim()) {
		turns.push({ start: 0, contentStart: 0, end: first.start, label: '', side: 'customer' });
	}
	for (let k = 0; k < kept.length; k++) {
		const c = kept[k];
		const end = k + 1 < kept.length ? kept[k + 1].start : n;
		turns.push({ start: c.start, contentStart: Math.min(c.contentStart, end), end, label: c.label, side: c.info?.side ?? 'customer' });
	}
	if (mode === 'force') return turns;
	let agentTurns = 0,
		changes = 0;
	for (let k = 0; k < turns.length; k++) {
		if (turns[k].side === 'agent') agentTurns++;
		if (k > 0 && turns[k].side !== turns[k - 1].side) changes++;
	}
	if (turns.length < 2 || agentTurns === 0 || agentTurns === turns.length) return undefined;
	// Only agent labels are known: the customer's turns are unknown labels that alternate with the agent's, or the unlabelled start.
	// (A transcript with timestamps on every line is evidence enough.)
	const unknownTurns = kept.some((c) => !c.info);
	if (unknownTurns && changes < 2 && !kept.every((c) => c.stamped)) return undefined;
	return turns;
}

// Inline layouts (2026-11-29): turns run together on one line ("客户：空调坏了 客服：非常抱歉 客户：快点",
// "Customer: … | Agent: …"), bracketed labels at line starts or inline ("[客户] …", "【客服】…", "<Agent> …"), and
// Q/A layouts ("Q: … A: …", "问：… 答：…"). Only the strict labels below count — service roles and customer words,
// never aspect nouns a review uses as headings (前台, 酒店, Staff, Hotel) and never names — and only when the text
// starts with one, each further label follows a space, a separator or sentence punctuation (brackets need none),
// and both sides speak. Q/A needs two questions and two answers, alternating.
const INLINE_ROLE = new Map<string, DialogueSide>();
for (const l of ['客户', '顾客', '用户', '买家', '来电人', 'customer', 'client', 'user', 'guest', 'caller']) INLINE_ROLE.set(l, 'customer');
for (const l of [
	'客服', '坐席', '人工客服', '在线客服', '智能客服', '官方客服', '售后客服', '机器人', '接线员', '话务员',
	'agent', 'support', 'rep', 'representative', 'assistant', 'operator', 'bot', 'chatbot',
])
	INLINE_ROLE.set(l, 'agent');
const INLINE_QA = new Map<string, DialogueSide>([
	['Q', 'customer'],
	['A', 'agent'],
	['问', 'customer'],
	['答', 'agent'],
]);
/** CJK labels, longest first (the label that ends at a colon). */
const INLINE_CJK = [...INLINE_ROLE.keys(), '问', '答'].filter((l) => isCjk(l.charCodeAt(0))).sort((a, b) => b.length - a.length);

interface InlineLabel {
	start: number;
	contentStart: number;
	label: string;
	side: DialogueSide;
	qa: boolean;
}

/** What may stand before an inline label: a space, a line break, a separator (| ; ；) or sentence punctuation. */
function inlineBoundary(c: number): boolean {
	return (
		c === 32 || c === 9 || c === 10 || c === 13 || c === 0x3000 || c === 124 || c === 59 || c === 0xff1b || c === 0x3002 || c === 46 ||
		c === 0xff01 || c === 33 || c === 0xff1f || c === 63 || c === 0x2026
	);
}

/** The known label that ends at the colon at `colon`, or undefined; none starts before `from` (the start of the text). */
function inlineColonLabel(text: string, colon: number, from: number): InlineLabel | undefined {
	if (text.charCodeAt(colon) === 58 && text.charCodeAt(colon + 1) === 47) return undefined;
	const p = text.charCodeAt(colon - 1);
	const atBoundary = (s: number) => s === from || (s > from && inlineBoundary(text.charCodeAt(s - 1)));
	if (isCjk(p)) {
		for (const l of INLINE_CJK) {
			const s = colon - l.length;
			if (s < from || !text.startsWith(l, s) || !atBoundary(s)) continue;
			const qa = INLINE_QA.get(l);
			return { start: s, contentStart: colon + 1, label: l, side: qa ?? INLINE_ROLE.get(l)!, qa: !!qa };
		}
		return undefined;
	}
	if (!isAsciiLetter(p)) return undefined;
	let s = colon - 1;
	while (s > from && colon - s <= 14 && isAsciiLetter(text.charCodeAt(s - 1))) s--;
	if (!atBoundary(s)) return undefined;
	const label = text.slice(s, colon);
	const qa = INLINE_QA.get(label);
	if (qa) return { start: s, contentStart: colon + 1, label, side: qa, qa: true };
	const side = INLINE_ROLE.get(label.toLowerCase());
	if (!side) return undefined;
	// Inside a line an English label is written with a capital ("… Agent: …", not "the agent: …").
	const c0 = label.charCodeAt(0);
	if (s > 0 && text.charCodeAt(s - 1) !== 10 && !(c0 >= 65 && c0 <= 90)) return undefined;
	return { start: s, contentStart: colon + 1, label, side, qa: false };
}

const BRACKET_CLOSE = new Map<number, number>([
	[91, 93],
	[0x3010, 0x3011],
	[60, 62],
	[0xff3b, 0xff3d],
]);

/** A known label in brackets at `b` ("[客户]", "【客服】", "<Agent>"), with an optional colon after it. */
function inlineBracketLabel(text: string, b: number): InlineLabel | undefined {
	const close = BRACKET_CLOSE.get(text.charCodeAt(b))!;
	const e = text.indexOf(String.fromCharCode(close), b + 1);
	if (e < 0 || e - b > 16) return undefined;
	const label = text.slice(b + 1, e).trim();
	const side = INLINE_ROLE.get(label.toLowerCase());
	if (!side) return undefined;
	let cs = e + 1;
	const c = text.charCodeAt(cs);
	if (c === 58 || c === 0xff1a) cs++;
	return { start: b, contentStart: cs, label, side, qa: false };
}

/** The turns of a text whose turns run together or carry bracketed labels, or undefined (see above). */
function findInlineTurns(text: string): DialogueTurn[] | undefined {
	const n = text.length;
	let from = 0;
	while (from < n && (isSpace(text.charCodeAt(from)) || text.charCodeAt(from) === 10 || text.charCodeAt(from) === 13)) from++;
	// The text must start with a label: a plain text costs this one look.
	const c0 = text.charCodeAt(from);
	let first: InlineLabel | undefined;
	if (BRACKET_CLOSE.has(c0)) first = inlineBracketLabel(text, from);
	else {
		const limit = Math.min(n, from + 15);
		for (let j = from + 1; j < limit; j++) {
			const c = text.charCodeAt(j);
			if (c === 58 || c === 0xff1a) {
				first = inlineColonLabel(text, j, from);
				break;
			}
			if (!((c >= 0x4e00 && c <= 0x9fff) || isAsciiLetter(c))) break;
		}
	}
	if (!first) return undefined;
	const roles: InlineLabel[] = [];
	const qas: InlineLabel[] = [];
	(first.qa ? qas : roles).push(first);
	for (let i = first.contentStart; i < n; i++) {
		const c = text.charCodeAt(i);
		let l: InlineLabel | undefined;
		if (c === 58 || c === 0xff1a) l = inlineColonLabel(text, i, from);
		else if (BRACKET_CLOSE.has(c)) l = inlineBracketLabel(text, i);
		if (!l) continue;
		(l.qa ? qas : roles).push(l);
		i = l.contentStart - 1;
	}
	let list: InlineLabel[] | undefined;
	if (!first.qa && roles.length >= 2 && roles.some((l) => l.side !== first!.side)) list = roles;
	else if (first.qa && first.side === 'customer' && qas.length >= 4 && qas.every((l, k) => l.side === (k % 2 ? 'agent' : 'customer'))) list = qas;
	if (!list) return undefined;
	return list.map((l, k) => ({
		start: l.start,
		contentStart: l.contentStart,
		end: k + 1 < list!.length ? list![k + 1].start : n,
		label: l.label,
		side: l.side,
	}));
}

// Courtesy in a customer's turn — greetings, thanks, acknowledgements, goodbyes — is phatic, not a
// judgement of the service, just like the agent's; a clause made of it alone is left out ("好的，谢谢",
// "Hi,", "ok thanks"). General conversation vocabulary, written by the project.
const ZH_COURTESY = [
	'你好', '您好', '你们好', '大家好', '哈喽', '嗨', '在吗', '在不在', '在么', '好的', '好吧', '好滴', '好', '嗯嗯', '嗯', '哦哦', '哦', '噢', '喔', '额', '呃', '行', '可以',
	'收到', '知道了', '知道', '明白了', '明白', '了解了', '了解', '是的', '是', '对的', '对', '没问题', '谢谢', '谢了', '多谢', '感谢', '谢', '麻烦了', '麻烦', '辛苦了', '辛苦',
	'再见', '拜拜', '晚安', '早上好', '下午好', '晚上好', '啊', '呀', '哈哈', '哈', '啦', '了', '呢', '吧', '的', '亲', '你们', '你', '您', '非常', '十分', '很', '太', '一下', '那', '那就', '先这样',
].sort((a, b) => b.length - a.length);
/** ZH_COURTESY by first character, longest first as there: a clause's position is tried against its few words only. */
const ZH_COURTESY_BY_FIRST = new Map<number, string[]>();
for (const w of ZH_COURTESY) {
	const list = ZH_COURTESY_BY_FIRST.get(w.charCodeAt(0));
	if (list) list.push(w);
	else ZH_COURTESY_BY_FIRST.set(w.charCodeAt(0), [w]);
}
const EN_COURTESY = new Set(
	(
		'ok okay k kk yes yeah yep yup sure thanks thank thx ty you cheers bye goodbye hi hello hey there got it alright noted much very so ' +
		"a lot again for the your all help everything and many dear sir madam morning afternoon evening that that's oh ah um uh"
	).split(' '),
);
const EN_COURTESY_PHRASES = ['no worries', 'no problem', 'not a problem', 'of course', "you're welcome", 'you are welcome', 'good morning', 'good afternoon', 'good evening', 'good night', 'good day'];

/** Degree words: before 好 they make a judgement ("非常好", "很好", "太好了"), not the acknowledgement 好 ("OK"). */
const ZH_DEGREE = new Set(['非常', '十分', '很', '太']);

function isCourtesy(piece: string): boolean {
	if (!piece) return false;
	if (isCjk(piece.charCodeAt(0))) {
		let i = 0;
		let prev = '';
		while (i < piece.length) {
			// Speech-to-text puts spaces between words ("好的 谢谢 再见"): a space joins courtesy words.
			if (piece.charCodeAt(i) === 32 || piece.charCodeAt(i) === 0x3000) {
				i++;
				continue;
			}
			const t = ZH_COURTESY_BY_FIRST.get(piece.charCodeAt(i))?.find((w) => piece.startsWith(w, i));
			if (!t || (t === '好' && ZH_DEGREE.has(prev))) return false;
			prev = t;
			i += t.length;
		}
		return true;
	}
	let p = piece.toLowerCase().replace(/\s+/g, ' ').trim();
	for (const ph of EN_COURTESY_PHRASES) if (p.includes(ph)) p = p.split(ph).join(' ');
	// Word by word, up to the first that is no courtesy (most clauses: their first or second).
	for (let a = 0; a <= p.length; ) {
		let b = p.indexOf(' ', a);
		if (b < 0) b = p.length;
		if (b > a && !EN_COURTESY.has(p.slice(a, b))) return false;
		a = b + 1;
	}
	return true;
}

/** Clause breaks of a turn for courtesy: the punctuation of analyze.ts's clauses (no spaces, no contrast words). */
function isPieceBreak(c: number): boolean {
	return breaksLabel(c) || c === 10 || c === 13 || c === 0xff5e || c === 126 || c === 0xff1a || c === 58 || c === 0x2026;
}

// Speech-to-text writes a call's opening without punctuation: "喂你好我想改一下订单", "嗯那个空调坏了". A
// greeting or filler run at the start of a clause is blanked like a courtesy clause, so the 好 of 你好
// is not praise. 你好 only after 喂 / 嗯 …, or before a space, a break or the words that follow a greeting
// (我, 请问, 想 …): "你好差" is "you are so bad". Dialogues only (customer turns), so plain texts read as before.
const ZH_OPENER_WORDS = ['喂', '哎', '诶', '嗯', '呃', '额', '啊', '哦', '噢', '那个', '您好', '哈喽', '嗨'];
const ZH_AFTER_GREETING = /^(?:[\s，,。.!！?？]|我|请|想|麻烦|是|那|这|就|帮|问|有|你们|$)/;

// A caller checking whom they reached ("请问是悦途酒店吗", "is this the front desk?") asks nothing of the service.
const ZH_WHO_IS_THIS = /^(?:请问)?(?:这里|这边|那边|您这)?是.{0,12}(?:酒店|宾馆|民宿|客服|前台|公司|中心|热线|总机|服务台)(?:吗|嘛|么|吧|呀)?[?？]?$/;
const EN_WHO_IS_THIS = /^(?:(?:hi|hello|hey|yes|yeah|um|uh)[, ]+)*(?:is this|am I speaking (?:to|with)|have I reached) (?:the )?[\w'&. -]{0,40}?(?:hotel|inn|resort|front desk|reception|customer service|support|help ?desk)\??$/i;

/** Length of the greeting / filler run that opens a CJK clause (0 when there is none). */
function openerLength(piece: string): number {
	let i = 0;
	let afterOpener = false;
	for (;;) {
		while (i < piece.length && (piece[i] === ' ' || piece[i] === '\u3000')) i++;
		const w = ZH_OPENER_WORDS.find((x) => piece.startsWith(x, i));
		if (w) {
			i += w.length;
			afterOpener = true;
			continue;
		}
		// After 喂 / 嗯 … ("喂你好送餐很快") 你好 is the greeting whatever follows: "you are so …" does not open a call.
		if (piece.startsWith('你好', i) && (afterOpener || ZH_AFTER_GREETING.test(piece.slice(i + 2)))) {
			i += 2;
			continue;
		}
		return i;
	}
}

/** The turn's words with its courtesy clauses (and a CJK clause's opening greeting or filler) blanked (same length). */
function blankCourtesy(content: string): string {
	let out = '';
	let from = 0;
	for (let i = 0; i <= content.length; i++) {
		if (i < content.length && !isPieceBreak(content.charCodeAt(i))) continue;
		const piece = content.slice(from, i);
		const t = piece.trim();
		const cjk = t !== '' && isCjk(t.charCodeAt(0));
		const open = cjk ? openerLength(piece) : 0;
		const courtesy = isCourtesy(t);
		// Cheap guards first: the question is short and holds 是 / "is this" (most clauses are neither).
		const whoIsThis =
			!courtesy &&
			t.length <= 100 &&
			(cjk ? t.includes('是') && ZH_WHO_IS_THIS.test(piece.slice(open).trim()) : /\b(?:is this|speaking|reached)\b/i.test(t) && EN_WHO_IS_THIS.test(t));
		out += courtesy || whoIsThis ? ' '.repeat(piece.length) : open ? ' '.repeat(open) + piece.slice(open) : piece;
		// Its question mark goes too, or the blanked clause would still read as a question.
		if (i < content.length) out += whoIsThis && (content[i] === '?' || content[i] === '？') ? ' ' : content[i];
		from = i + 1;
	}
	return out;
}

const RANK: Record<SentimentLabel, number> = { negative: 0, neutral: 1, positive: 2 };

/**
 * The analysis of a dialogue: everything from the customer's turns (the text with all else blanked,
 * offsets unchanged), plus the agent's sentiment and the customer's start, end and trend.
 */
export function analyzeDialogue(
	text: string,
	turns: DialogueTurn[],
	options: AnalyzeOptions,
	run: (text: string, options: AnalyzeOptions, sentimentOnly: boolean) => OfflineAnalysis,
): OfflineAnalysis {
	// The customer's words in place, everything else blanked (line breaks kept: clauses and sentences end there).
	let masked = '';
	let pos = 0;
	const blank = (a: number, b: number) => {
		let out = '';
		let from = a;
		for (let i = a; i < b; i++) {
			const c = text.charCodeAt(i);
			if (c !== 10 && c !== 13) continue;
			out += ' '.repeat(i - from) + text[i];
			from = i + 1;
		}
		return b > from ? out + ' '.repeat(b - from) : out;
	};
	const customer: DialogueTurn[] = [];
	const agent: DialogueTurn[] = [];
	for (const t of turns) {
		if (t.side === 'customer') {
			masked += blank(pos, t.contentStart) + blankCourtesy(text.slice(t.contentStart, t.end));
			pos = t.end;
			customer.push(t);
		} else agent.push(t);
	}
	masked += blank(pos, text.length);
	const inner: AnalyzeOptions = { ...options, dialogue: 'off' };
	const out = run(masked, inner, false);
	if (out.clauses) out.clauses = out.clauses.filter((c) => c.text !== '');

	const sentimentOnly: AnalyzeOptions = { dialogue: 'off' };
	if (options.threshold !== undefined) sentimentOnly.threshold = options.threshold;
	if (options.negativeWeight !== undefined) sentimentOnly.negativeWeight = options.negativeWeight;
	// Only the sentiment of these is read: the engine skips topics, intents and risk for them.
	const read = (source: string, list: DialogueTurn[]) => run(list.map((t) => source.slice(t.contentStart, t.end).trim()).join('\n'), sentimentOnly, true).sentiment;

	const agentSentiment = read(text, agent);
	// The customer's first and last turns that hold an opinion: greetings, order numbers and "ok" are skipped.
	const opinion = (k: number) => {
		const r = read(masked, [customer[k]]);
		return r.positive + r.negative > 0 ? r : undefined;
	};
	let startSentiment: OfflineAnalysis['sentiment'] = { label: 'neutral', score: 0, positive: 0, negative: 0 };
	let endSentiment = startSentiment;
	let a = 0;
	for (; a < customer.length; a++) {
		const r = opinion(a);
		if (r) {
			startSentiment = endSentiment = r;
			break;
		}
	}
	for (let b = customer.length - 1; b > a; b--) {
		const r = opinion(b);
		if (r) {
			endSentiment = r;
			break;
		}
	}
	out.dialogue = {
		...turnSummary(turns),
		agentSentiment,
		customerStart: { label: startSentiment.label, score: startSentiment.score },
		customerEnd: { label: endSentiment.label, score: endSentiment.score },
		trend: dialogueTrend(startSentiment.label, endSentiment.label),
	};
	return out;
}

/** The customer's trend from the label of their first opinion to that of their last, in the order negative < neutral < positive. */
export function dialogueTrend(start: SentimentLabel, end: SentimentLabel): DialogueSummary['trend'] {
	const diff = RANK[end] - RANK[start];
	return diff > 0 ? 'improved' : diff < 0 ? 'worsened' : 'unchanged';
}

/** The counts of a dialogue's turns and its speakers in order of first appearance (the part of the summary that comes from the turns alone). */
export function turnSummary(turns: DialogueTurn[]): Pick<DialogueSummary, 'turns' | 'customerTurns' | 'agentTurns' | 'speakers'> {
	const speakers: DialogueSummary['speakers'] = [];
	const byKey = new Map<string, { label: string; side: DialogueSide; turns: number }>();
	let customerTurns = 0;
	for (const t of turns) {
		if (t.side === 'customer') customerTurns++;
		const key = `${t.side}|${norm(t.label)}`;
		const s = byKey.get(key);
		if (s) s.turns++;
		else {
			const fresh = { label: t.label, side: t.side, turns: 1 };
			byKey.set(key, fresh);
			speakers.push(fresh);
		}
	}
	return { turns: turns.length, customerTurns, agentTurns: turns.length - customerTurns, speakers };
}
