/**
 * Topic words in another sense (false topics): a word of the tree read where it names no thing a department
 * owns. A false topic sends a finding to the wrong owner ("went there for lunch" is no finding on the food,
 * "sat down at a table" none on the furniture, "一碗面" none on the bowls). Each rule reads the words beside
 * the topic word only; the word stays a topic everywhere else ("dinner was superb", "the tables are too close",
 * "碗很脏").
 */
import { words } from './wordList';

const set = (list: string) => new Set(words(list));

/** Meals: an occasion after for / at / during / over ("for a romantic dinner", "at lunch"). */
const EN_MEALS = set('breakfast breakfasts brunch brunches lunch lunches dinner dinners supper suppers meal meals');
const EN_OCCASION_BEFORE = set('for at during over after before');
/** "Dinner took almost 4 hours": a meal as the subject of a duration is the wait, not the food. */
const EN_DURATION_VERBS = set('took takes taking lasted lasts');
/** "had dinner here", "have lunch": the meal eaten, right after the verb (not "meal": "had a good meal" praises the food). */
const EN_OCCASION_VERBS = set('have has had having');
const EN_MEAL_TIMES = set('breakfast brunch lunch dinner supper');
/** A meal word that names the time or the event of a noun after it: "dinner meeting", "lunch crowd", "lunch time". */
const EN_MEAL_EVENTS = set('meeting meetings date dates party parties location spot place crowd crowds rush time times hour hours reservation reservations companion companions');
/** Tables: a place after at / to / for, or after a verb of getting one ("getting a table", "waited for a table"). */
const EN_TABLES = set('table tables');
const EN_PLACE_BEFORE = set('at to for get gets got getting gotten request requested requesting find found grab grabbed');
/** "table service": the table names whose service. */
const EN_TABLE_HEADS = set('service');
/** Vessels: a measure before "of" ("a glass of Sangria"), a way of selling ("by the glass"), a place ("on your plate"), a dish named by its vessel ("sushi plate"). */
const EN_VESSELS = set('glass glasses plate plates bowl bowls');
const EN_DISH_VESSELS = set('plate plates bowl bowls');
const EN_VESSEL_PLACE_BEFORE = set('on off from by');
/** Foods that name a dish by its vessel though the tree has no topic for them: "cheese plate", "fruit bowl", "rice bowl". */
const EN_DISH_CONTENTS = set('cheese fruit meat sampler combo charcuterie antipasto mezze poke rice noodle acai burrito seafood');
/** Determiners and possessives that may stand between the preposition and the noun. */
const EN_DETERMINERS = set('a an the our my your their his her this that one');
/** Numbers after "a table for" ("a table for two"): a booking. */
const EN_NUMBERS = set('two three four five six seven eight nine ten 2 3 4 5 6 7 8 9 10 1 one');

/**
 * "楼道里打电话都能听到", "隔壁洗澡的声音都能听见": someone's call, shower or television heard through the wall is noise, not
 * the hotel's phone, shower or television (stop 20).
 */
export const ZH_HEARD_AFTER = /^(?:的声音|声|的动静)?(?:都|也)?(?:能|可以)?(?:听得|听到|听见|听清)/;
const ZH_HEARD_TOPICS = set('打电话 洗澡 电视 冲水 冲马桶');
const ZH_HEARD_FIRST = new Set(Array.from(ZH_HEARD_TOPICS, (w) => w.charCodeAt(0)));
/** Chinese vessels and furniture that are also measure words after a numeral: 一碗面, 一杯咖啡, 一桌菜, 满满一桌子. */
const ZH_MEASURE_TOPICS = set('碗 杯 桌 盘 桌子 盘子 盤 盤子');
/** Numerals and 每 (每碗, 每桌) before a measure word. */
const ZH_NUMERALS = '0123456789０１２３４５６７８９一二两三四五六七八九十百千几半每俩兩幾倆';
/** Their code units: read with charCodeAt, as `text[i]` would make a string of every Han character before a topic word. */
const ZH_NUMERAL_CODES = new Set(Array.from(ZH_NUMERALS, (c) => c.charCodeAt(0)));

/**
 * The English topic words otherSense reads (meals, tables, vessels; all ASCII lower case) as letters by length: per
 * length, a bit per first letter and a bit per last letter. A topic word whose first and last ASCII letters fit no
 * such word ("room", "staff", "location", the most frequent) is answered without a slice, a lower-casing and three
 * Set look-ups (stop 17). A non-ASCII first or last character goes the long way (toLowerCase maps K, U+212A, to k).
 */
const EN_SENSE_FIRST = new Int32Array(10);
const EN_SENSE_LAST = new Int32Array(10);
for (const w of [...EN_MEALS, ...EN_TABLES, ...EN_VESSELS]) {
	if (!/^[a-z]+$/.test(w)) throw new Error(`otherSense: "${w}" is no word of ASCII letters`);
	// otherSense reads words of 4 to 9 letters only ("breakfasts" is never looked up).
	if (w.length < 4 || w.length > 9) continue;
	EN_SENSE_FIRST[w.length] |= 1 << (w.charCodeAt(0) - 97);
	EN_SENSE_LAST[w.length] |= 1 << (w.charCodeAt(w.length - 1) - 97);
}
/** Whether the ASCII code unit `c` (upper or lower case) is a letter of the mask; any other code unit may be. */
function mayBeLetterOf(mask: number, c: number): boolean {
	if (c >= 128) return true;
	const f = (c | 32) - 97;
	return f >= 0 && f < 26 && ((mask >> f) & 1) === 1;
}

function isLetter(c: number): boolean {
	return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || (c >= 48 && c <= 57);
}

/** A space or a hyphen ("wine-by-the-glass"). */
function isGap(c: number): boolean {
	return c === 32 || c === 45;
}

/** Up to `max` words before `at`, nearest first, lower case; stops at anything but a letter, a digit, ' or a space. */
function wordsBefore(text: string, at: number, max: number): string[] {
	const out: string[] = [];
	let i = at;
	while (out.length < max) {
		let j = i;
		while (j > 0 && isGap(text.charCodeAt(j - 1))) j--;
		if (j === i && i !== at) break;
		if (j === 0 || !isLetter(text.charCodeAt(j - 1))) break;
		let k = j;
		while (k > 0 && isLetter(text.charCodeAt(k - 1))) k--;
		out.push(text.slice(k, j).toLowerCase());
		i = k;
	}
	return out;
}

/** Up to `max` words after `at`, lower case, as wordsBefore. */
function wordsAfter(text: string, at: number, max: number): string[] {
	const out: string[] = [];
	let i = at;
	const n = text.length;
	while (out.length < max) {
		let j = i;
		while (j < n && isGap(text.charCodeAt(j))) j++;
		if (j === i) break;
		let k = j;
		while (k < n && isLetter(text.charCodeAt(k))) k++;
		if (k === j) break;
		out.push(text.slice(j, k).toLowerCase());
		i = k;
	}
	return out;
}

/** A preposition of `before`, then at most `between` words ("for a romantic dinner"), then the word. */
function afterPreposition(prev: string[], before: Set<string>, between: number): boolean {
	for (let k = 0; k <= between && k < prev.length; k++) if (before.has(prev[k])) return true;
	return false;
}

/**
 * Is the topic word at [start, end) used in another sense here? `prevTopicEnd`: the end of the
 * topic word before it in the clause (a dish named by its vessel, "sushi plate", has one right before the vessel).
 * `heard`: whether the text may hold a call or shower heard through the wall (the 听 of ZH_HEARD_AFTER, analyze.ts
 * MARK_HEARD); false spares every Chinese topic word the look at ZH_HEARD_TOPICS (speed, fifteenth pass: most texts hold no 听).
 */
export function otherSense(text: string, start: number, end: number, latin: boolean, prevTopicEnd: number, heard = true): boolean {
	const len = end - start;
	if (!latin) {
		if (heard && (len === 2 || len === 3) && ZH_HEARD_FIRST.has(text.charCodeAt(start)) && ZH_HEARD_TOPICS.has(text.slice(start, end))) return ZH_HEARD_AFTER.test(text.slice(end, end + 8));
		if (len > 2 || start === 0 || !ZH_NUMERAL_CODES.has(text.charCodeAt(start - 1))) return false;
		return ZH_MEASURE_TOPICS.has(text.slice(start, end));
	}
	if (len < 4 || len > 9) return false;
	if (!mayBeLetterOf(EN_SENSE_FIRST[len], text.charCodeAt(start)) || !mayBeLetterOf(EN_SENSE_LAST[len], text.charCodeAt(end - 1))) return false;
	const word = text.slice(start, end).toLowerCase();
	if (EN_MEALS.has(word)) {
		const next = wordsAfter(text, end, 1);
		if (next.length && (EN_MEAL_EVENTS.has(next[0]) || EN_DURATION_VERBS.has(next[0]))) return true;
		// "for a romantic dinner", "for lunch", "at dinner", "during lunch": two words at most between.
		const prev = wordsBefore(text, start, 3);
		if (prev.length && EN_MEAL_TIMES.has(word) && EN_OCCASION_VERBS.has(prev[0])) return true;
		return afterPreposition(prev, EN_OCCASION_BEFORE, 2);
	}
	if (EN_TABLES.has(word)) {
		const next = wordsAfter(text, end, 2);
		if (next.length && EN_TABLE_HEADS.has(next[0])) return true;
		if (next.length === 2 && next[0] === 'for' && EN_NUMBERS.has(next[1])) return true;
		const prev = wordsBefore(text, start, 2);
		// "at a table", "to our table", "getting a table": the place, with at most a determiner between.
		return prev.length > 0 && (EN_PLACE_BEFORE.has(prev[0]) || (EN_DETERMINERS.has(prev[0]) && prev.length > 1 && EN_PLACE_BEFORE.has(prev[1])));
	}
	if (EN_VESSELS.has(word)) {
		const next = wordsAfter(text, end, 1);
		if (next.length && next[0] === 'of') return true;
		const prev = wordsBefore(text, start, 2);
		if (prev.length > 1 && EN_DETERMINERS.has(prev[0]) && EN_VESSEL_PLACE_BEFORE.has(prev[1])) return true;
		// "cheese plate", "noodle bowl": another topic word right before names the dish (not a meal: "dinner plates").
		if (EN_DISH_VESSELS.has(word) && prev.length && EN_DISH_CONTENTS.has(prev[0]) && isGap(text.charCodeAt(start - 1))) return true;
		return EN_DISH_VESSELS.has(word) && prevTopicEnd === start - 1 && text.charCodeAt(start - 1) === 32 && !(prev.length && EN_MEALS.has(prev[0]));
	}
	return false;
}

/**
 * Stop 19: a meal word glued before another topic word names which meal that thing serves ("breakfast buffet",
 * "breakfast room", "breakfast staff"): the compound is the meal's, and the head word is no topic of its own (a
 * "breakfast room" is no guest room, a "breakfast buffet" no dinner buffet). One space between, the meal word first.
 * Breakfast and brunch only, the meals a hotel serves as a service of their own, before the words of EN_MEAL_HEADS (a
 * "dinner menu" or a "lunch special" is still the menu, the dish).
 */
export function mealBefore(text: string, mealStart: number, mealEnd: number, headStart: number): boolean {
	const len = mealEnd - mealStart;
	if (headStart !== mealEnd + 1 || len < 5 || len > 9 || text.charCodeAt(mealEnd) !== 32) return false;
	const meal = text.slice(mealStart, mealEnd).toLowerCase();
	if (meal !== 'breakfast' && meal !== 'brunch') return false;
	const next = wordsAfter(text, mealEnd, 1);
	return next.length > 0 && EN_MEAL_HEADS.has(next[0]);
}
/** What a hotel's breakfast has of its own: the room and the buffet it is served in, its spread, its staff. */
const EN_MEAL_HEADS = set('buffet buffets room rooms restaurant hall lounge spread selection staff service team options choice area areas');

/** "pool area", "lobby area", "seating area": "area" after another topic word is that thing's place, not the location. */
export function areaOf(text: string, prevEnd: number, start: number, end: number): boolean {
	const len = end - start;
	if (start !== prevEnd + 1 || (len !== 4 && len !== 5) || text.charCodeAt(prevEnd) !== 32) return false;
	const w = text.slice(start, end).toLowerCase();
	return w === 'area' || w === 'areas';
}
