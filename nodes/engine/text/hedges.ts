/**
 * Hedges (2026-11-29, stop 13): words before a failure in its clause that make it supposed, feared, warded off,
 * asked about or heard of rather than told ("万一扣费", "担心有蟑螂", "in case the card is declined", "I checked for
 * bed bugs"). One vocabulary for the three readings of analyze.ts, which had drifted apart:
 *
 * - `FAILURE_HEDGES`: a service-failure fact (lexicon `fact`) counts nothing in the sentiment;
 * - `INTENT_HEDGES`: a complaint marker is feared, no complaint (`failureAsked`);
 * - `SEVERE_HEDGES`: a severe finding (bed bugs, theft, food poisoning) neither caps the score nor keeps its
 *   complaint weight (`severeState`).
 *
 * All three share the core (supposition, fear, prevention) and the exclusions; each adds what only it needs,
 * named below. Written by the project for any trade; Chinese in folded (Simplified) form, since the readings
 * run on folded text, with the Taiwan / Hong Kong / Cantonese spellings of `regionalSpellings` (会唔会).
 */
import { EN_CONTRAST, ZH_CONTRAST } from './lexicon';
import { regionalSpellings } from './regional';
import { words } from './wordList';

/** Supposition: the failure has not happened ("万一扣费", "if my payment is declined", "the card might be blocked"). */
const SUPPOSITION = '如果 要是 假如 假设 假使 倘若 万一 if in_case might risk_of';
/** Fear: the writer dreads it ("担心会掉线", "怕有虫子", "worried about bed bugs"). */
const FEAR =
	'担心 担忧 害怕 生怕 怕 worried worry worries worrying afraid scared fear fears feared nervous paranoid';
/** Prevention: the writer wards it off ("以免扣费", "防止被盗刷", "in order not to be charged"). */
const PREVENTION = '以防 以免 防止 避免 预防 in_order_not so_as_not';

/**
 * Asking whether it happens ("会不会扣费", "是否有蟑螂", "whether I get charged"). For the sentiment's failures and for
 * severe findings; the intent reads questions by their form (`YES_NO_ZH`, `YES_NO_OPENING` in analyze.ts, which
 * give an asked failure to the inquiry) and takes only "whether" from here (`WHETHER`).
 */
const ASKING = '会不会 会否 是否 能否 whether will_i would_i do_i_get';
const WHETHER = 'whether';
/**
 * Severe findings only: concern. A guest "concerned about bed bugs" fears them; a customer "concerned about a charge
 * I do not recognise" complains, so failures do not take it (it cost a complaint on the BANKING77 dev part).
 */
const CONCERN = 'concerned_about concerned_that';
/**
 * Severe findings only: hearsay and a search ("听说有臭虫", "after reading reviews about bed bugs", "we checked for
 * bed bugs"). A severe word forces the text negative and raises urgency, so a finding only others told of or looked
 * for and not found must not; a service failure heard of ("听说会乱扣费") still tells the reader something against
 * the business and keeps its mild weight.
 */
const HEARSAY = '听说 据说 网上说 评论说 有人说 听人说 听别人说 heard reviews review read_about';
const SEARCH = 'checked_for check_for looked_for look_for';

/**
 * Words that hold a hedge but are none: 可怕 (dreadful); 哪怕 (a concession, colloquially of what did happen too:
 * "哪怕坏了一个零件也不给修"; English "even if" mostly supposes and stays a hedge); 主要是 / 只要是 / 需要是 / 重要是 /
 * 还要是 / 就要是 (要是 inside "mainly is", "as long as it is" …); 千万一 (千万一定要: "by all means", not 万一); as if
 * (a manner: "treated us as if we were invisible"); if only (an unmet wish, a complaint: "if only the wifi worked").
 */
const NOT_HEDGES = '可怕 哪怕 主要是 只要是 需要是 重要是 还要是 就要是 千万一 as_if if_only';

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const isLatin = (w: string) => /^[a-z]/i.test(w);

/** One alternation: Chinese words as they are (with their regional spellings), English words whole. */
function alternation(list: string): string {
	const zh = new Set<string>();
	const en = new Set<string>();
	for (const w of words(list)) {
		if (isLatin(w)) en.add(w);
		else for (const v of [w, ...regionalSpellings(w)]) zh.add(v);
	}
	// Longer first, so a longer word wins where two start together (害怕 before 怕).
	const byLength = (a: string, b: string) => b.length - a.length;
	const parts = [...zh].sort(byLength).map(escape);
	if (en.size) parts.push(`\\b(?:${[...en].sort(byLength).map((w) => escape(w).replace(/ /g, '\\s+')).join('|')})\\b`);
	return parts.join('|');
}

/** A hedge vocabulary: the core plus the named additions, with the exclusions read first at each position. */
function hedges(...additions: string[]): RegExp {
	return hedgeRegExp([SUPPOSITION, FEAR, PREVENTION, ...additions].join(' '));
}
function hedgeRegExp(list: string): RegExp {
	return new RegExp(`(${alternation(NOT_HEDGES)})|${alternation(list)}`, 'gi');
}

export const FAILURE_HEDGES = hedges(ASKING);
export const INTENT_HEDGES = hedges(WHETHER);
export const SEVERE_HEDGES = hedges(ASKING, CONCERN, HEARSAY, SEARCH);

/**
 * What ends a hedge's reach inside a clause the writer did not break (stop 14). An outcome word tells what happened,
 * after any hedge ("本来担心价格结果房间里有蟑螂", "看了评论说不错就订了竟然有蟑螂", "worried about noise, and sure enough …").
 * A contrast word (the lexicon's ZH_CONTRAST / EN_CONTRAST) ends every hedge but a supposition: "Worried about the price
 * at first but the room had mould everywhere" tells the mould, "If the payment goes through but the money doesn't arrive,
 * what do I do?" still supposes.
 */
const OUTCOME = '结果 没想到 谁知 谁知道 竟然 居然 果然 turned_out turns_out sure_enough only_to';
/** Words that hold an outcome or contrast word but are none: 不但 (not only), 但愿 (may it be), 冷却 / 忘却, 检查结果 (a result as a thing). */
const NOT_TURNS = '不但 但愿 冷却 忘却 检查结果 结果是';
const OUTCOMES = new RegExp(`(${alternation(NOT_TURNS)})|${alternation(OUTCOME)}`, 'gi');
const CONTRASTS = new RegExp(`(${alternation(NOT_TURNS)})|${alternation(`${ZH_CONTRAST} ${EN_CONTRAST}`)}`, 'gi');
const SUPPOSING = hedgeRegExp(SUPPOSITION);

/** The end of the last word of `re` in `text` that is not part of a non-word (0: none). */
function lastEnd(text: string, re: RegExp): number {
	let end = 0;
	re.lastIndex = 0;
	for (let m = re.exec(text); m !== null; m = re.exec(text)) if (m[1] === undefined) end = re.lastIndex;
	return end;
}

function found(text: string, re: RegExp): boolean {
	re.lastIndex = 0;
	for (let m = re.exec(text); m !== null; m = re.exec(text)) if (m[1] === undefined) return true;
	return false;
}

/**
 * How far a hedge reaches (stop 14), in every use: back to the start of the finding's clause, and no further. A hedge
 * governs the clause it opens, however long ("担心晚上睡觉的时候床上会有臭虫", "I was worried the whole night that the
 * mattress had bed bugs"); a clause break ends it, so what follows is told ("担心有蟑螂，结果真的看到了一只"). Severe findings
 * read 10 / 40 characters back before, which cut such a clause at an arbitrary place; an outcome or a contrast inside the clause ends the reach (OUTCOMES, CONTRASTS).
 */
export function hedged(text: string, clauseStart: number, at: number, vocabulary: RegExp): boolean {
	const before = text.slice(clauseStart, at);
	const told = before.slice(lastEnd(before, OUTCOMES));
	const contrast = lastEnd(told, CONTRASTS);
	return found(told.slice(contrast), vocabulary) || (contrast > 0 && found(told.slice(0, contrast), SUPPOSING));
}

/**
 * A hedge after the finding (stop 14). Only hearsay reaches back: a clause that says no more than that it was heard
 * ("房间里有蟑螂，听说的", "据说而已", "…bed bugs, or so I heard") makes the clause before it hearsay. Fear or worry after it
 * does not: "吃完拉肚子了，好怕" fears what happened (a question before it, "会不会拉肚子啊，好怕", is read by ASKING), and a
 * hearsay word that opens a clause with more in it ("…，听说隔壁也有") is about that clause.
 */
const HEARD_AFTER = new RegExp(
	`^[\\s，,。.！!？?…~、；;]*(?:${alternation(words(HEARSAY).filter((w) => !isLatin(w)).join(' '))}|(?:(?:or\\s+)?so\\s+)?(?:i|we)(?:'ve|\\s+have)?\\s+heard)(?:的|而已|罢了)*[啊哈呀啦吧哦噢]*\\s*(?:[，,。.！!？?…~；;]|$)`,
	'i',
);

/** Whether the clause after `clauseEnd` only says that what came before was heard (for severe findings, like HEARSAY). */
export function heardAfter(text: string, clauseEnd: number): boolean {
	return HEARD_AFTER.test(text.slice(clauseEnd, clauseEnd + 24));
}
