/**
 * Rule conditions: JSONata expressions over the Feedback record, plus ready-made presets that
 * compile to JSONata (so what the preset does is visible and copyable into a custom rule).
 */
import jsonata from 'jsonata';

export const CONDITION_PRESETS = [
	'always',
	'detractor',
	'passive',
	'promoter',
	'lowCsat',
	'lowScore',
	'negativeSentiment',
	'negativeOnTopic',
	'topic',
	'intent',
	'complaintIntent',
	'riskAtLeast',
	'inHouse',
	'channel',
	'location',
	'expression',
] as const;
export type ConditionPreset = (typeof CONDITION_PRESETS)[number];

export interface ConditionSpec {
	type: ConditionPreset;
	/** Topic id or a name on its path (negativeOnTopic, topic), intent name, channel, location id. */
	value?: string;
	/** Threshold (lowCsat: csat ≤ t, lowScore: normalised ≤ t, riskAtLeast: risk ≥ t). */
	threshold?: number;
	/** JSONata for type "expression". */
	expression?: string;
}

/** JSONata string literal. */
function lit(s: string): string {
	return JSON.stringify(String(s));
}

/** A risk is a number (0–1 or 0–100) or an object with score / probability / level. */
const RISK = `($r := analysis.risk; $type($r) = 'number' ? $r : ($type($r) = 'object' ? ($exists($r.score) ? $r.score : $r.probability) : 0))`;

/** Intents are strings or objects with label / type / intent / name. */
function intentMatch(name: string): string {
	const n = lit(name);
	return `$count(analysis.intents[($type($) = 'string' and $ = ${n}) or label = ${n} or type = ${n} or intent = ${n} or name = ${n}]) > 0`;
}

function topicMatch(value: string, negativeOnly: boolean): string {
	const v = lit(value);
	const neg = negativeOnly ? `sentiment = 'negative' and ` : '';
	return `$count(analysis.topics[${neg}(id = ${v} or ${v} in path or $contains(id, ${v} & '.'))]) > 0`;
}

/** The JSONata text a condition stands for. */
export function conditionToExpression(c: ConditionSpec): string {
	const need = (what: string) => {
		if (c.value === undefined || c.value === '') throw new Error(`Condition "${c.type}" needs ${what}`);
		return c.value;
	};
	const t = (d: number) => (c.threshold === undefined || c.threshold === null || Number.isNaN(Number(c.threshold)) ? d : Number(c.threshold));
	switch (c.type) {
		case 'always':
			return 'true';
		case 'detractor':
			return `$exists(scores.nps) and scores.nps <= 6`;
		case 'passive':
			return `$exists(scores.nps) and scores.nps >= 7 and scores.nps <= 8`;
		case 'promoter':
			return `$exists(scores.nps) and scores.nps >= 9`;
		case 'lowCsat':
			return `$exists(scores.csat) and scores.csat <= ${t(2)}`;
		case 'lowScore':
			return `$exists(scores.normalised) and scores.normalised <= ${t(40)}`;
		case 'negativeSentiment':
			return `analysis.sentiment.label = 'negative'`;
		case 'negativeOnTopic':
			return topicMatch(need('a topic'), true);
		case 'topic':
			return topicMatch(need('a topic'), false);
		case 'intent':
			return intentMatch(need('an intent'));
		case 'complaintIntent':
			return intentMatch('complaint');
		case 'riskAtLeast':
			return `${RISK} >= ${t(0.7)}`;
		case 'inHouse':
			return `customer.inHouse = true`;
		case 'channel':
			return `channel = ${lit(need('a channel'))}`;
		case 'location':
			return `location.id = ${lit(need('a location id'))}`;
		case 'expression':
			if (!c.expression?.trim()) throw new Error('Condition "expression" needs a JSONata expression');
			return c.expression;
		default:
			throw new Error(`Unknown condition type "${(c as ConditionSpec).type}"`);
	}
}

/** A rule condition that does not compile or fails to evaluate. */
export class ConditionError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'ConditionError';
	}
}

const compiled = new Map<string, jsonata.Expression>();

export function compileCondition(expression: string): jsonata.Expression {
	let e = compiled.get(expression);
	if (e) return e;
	let failure: string | undefined;
	try {
		e = jsonata(expression);
	} catch (err) {
		const x = err as { message?: string; position?: number };
		failure = `Invalid JSONata condition "${expression}": ${x.message}${x.position !== undefined ? ` (at ${x.position})` : ''}`;
	}
	if (failure !== undefined || !e) throw new ConditionError(failure ?? `Invalid JSONata condition "${expression}"`);
	if (compiled.size > 500) compiled.clear();
	compiled.set(expression, e);
	return e;
}

/** JSONata truthiness: false, null, undefined, 0, "", [] and {} are false. */
export function truthy(v: unknown): boolean {
	if (v === undefined || v === null || v === false || v === 0 || v === '') return false;
	if (Array.isArray(v)) return v.some(truthy);
	if (typeof v === 'object') return Object.keys(v as object).length > 0;
	return true;
}

export async function evaluateCondition(expression: string, record: unknown, bindings?: Record<string, unknown>): Promise<boolean> {
	const e = compileCondition(expression);
	let value: unknown;
	let failure: string | undefined;
	try {
		value = await e.evaluate(record, bindings);
	} catch (err) {
		failure = `Condition "${expression}" failed: ${(err as Error).message}`;
	}
	if (failure !== undefined) throw new ConditionError(failure);
	return truthy(value);
}
