import { buildCalendar } from '../../../nodes/engine/routing/businessHours';
import { conditionToExpression, evaluateCondition, type ConditionSpec } from '../../../nodes/engine/routing/conditions';
import { dedupeKey } from '../../../nodes/engine/routing/dedupe';
import { route, type Rule } from '../../../nodes/engine/routing/rules';
import { CASE_ID_RE } from '../../../nodes/engine/cases/ids';
import { feedback } from '../../fixtures/tickets/feedback';

const calendar = buildCalendar({ timeZone: 'Asia/Shanghai' });
const now = Date.parse('2026-11-23T10:00:05+08:00');

describe('condition presets', () => {
	const cases: Array<[ConditionSpec, Partial<Parameters<typeof feedback>[0]>, boolean]> = [
		[{ type: 'detractor' }, {}, true],
		[{ type: 'detractor' }, { scores: { nps: 7 } }, false],
		[{ type: 'detractor' }, { scores: { csat: 1 } }, false],
		[{ type: 'passive' }, { scores: { nps: 8 } }, true],
		[{ type: 'promoter' }, { scores: { nps: 9 } }, true],
		[{ type: 'lowCsat', threshold: 2 }, { scores: { csat: 2 } }, true],
		[{ type: 'lowCsat', threshold: 2 }, { scores: { csat: 3 } }, false],
		[{ type: 'lowScore', threshold: 40 }, {}, true],
		[{ type: 'negativeSentiment' }, {}, true],
		[{ type: 'negativeOnTopic', value: 'room.cleanliness' }, {}, true],
		[{ type: 'negativeOnTopic', value: 'room' }, {}, true],
		[{ type: 'negativeOnTopic', value: 'Cleanliness' }, {}, true],
		[{ type: 'negativeOnTopic', value: 'food' }, {}, false],
		[{ type: 'topic', value: 'Room' }, {}, true],
		[{ type: 'complaintIntent' }, {}, true],
		[{ type: 'intent', value: 'inquiry' }, {}, false],
		[{ type: 'riskAtLeast', threshold: 0.8 }, {}, true],
		[{ type: 'riskAtLeast', threshold: 0.9 }, {}, false],
		[{ type: 'inHouse' }, {}, true],
		[{ type: 'channel', value: 'review' }, {}, false],
		[{ type: 'location', value: 'sh-01' }, {}, true],
		[{ type: 'expression', expression: 'scores.nps < 5 and $contains(text, "脏")' }, {}, true],
		[{ type: 'always' }, {}, true],
	];
	it.each(cases)('%j on %j → %s', async (spec, over, expected) => {
		expect(await evaluateCondition(conditionToExpression(spec), feedback(over as any))).toBe(expected);
	});
	it('reads intents given as objects and risk given as a number', async () => {
		const f = feedback({ analysis: { intents: [{ label: 'complaint', score: 0.9 }], risk: 0.75 } } as any);
		expect(await evaluateCondition(conditionToExpression({ type: 'complaintIntent' }), f)).toBe(true);
		expect(await evaluateCondition(conditionToExpression({ type: 'riskAtLeast', threshold: 0.7 }), f)).toBe(true);
	});
	it('escapes values so a topic name cannot inject JSONata', () => {
		expect(conditionToExpression({ type: 'topic', value: 'a" or true or "' })).toContain('"a\\" or true or \\""');
	});
	it('reports invalid JSONata with the expression and position', async () => {
		await expect(evaluateCondition('scores.nps <', feedback())).rejects.toThrow(/Invalid JSONata condition "scores.nps <"/);
	});
	it('requires values for value presets', () => {
		expect(() => conditionToExpression({ type: 'negativeOnTopic' })).toThrow(/needs a topic/);
	});
});

const rules: Rule[] = [
	{
		name: 'In-house detractor',
		condition: { type: 'expression', expression: 'customer.inHouse = true and scores.nps <= 6' },
		outcome: {
			owner: { department: 'Front Office', person: 'Duty Manager', mobiles: ['13800000001'] },
			priority: 'urgent',
			sla: { responseMinutes: 15, resolutionMinutes: 120 },
			escalation: [{ level: 1, owner: { department: 'Hotel GM' }, afterMinutes: 0 }, { level: 2, owner: { department: 'Group CX Centre' }, afterMinutes: 60 }],
			alert: true,
			tags: ['in-house'],
		},
	},
	{ name: 'Complaint', condition: { type: 'complaintIntent' }, outcome: { owner: { queue: 'Complaints' }, priority: 'high', sla: { resolutionMinutes: 60 }, tags: ['complaint'] } },
	{ name: 'Detractor', condition: { type: 'detractor' }, outcome: { priority: 'normal', sla: { resolutionMinutes: 480 }, alert: false } },
];

describe('route()', () => {
	it('first match: the first matching rule decides', async () => {
		const r = await route(feedback(), rules, { calendar, now });
		expect(r.matchedRules).toEqual(['In-house detractor']);
		expect(r.owner).toEqual({ department: 'Front Office', person: 'Duty Manager', mobiles: ['13800000001'] });
		expect(r.priority).toBe('urgent');
		expect(r.responseDueAt).toBe('2026-11-23T10:15:05+08:00');
		expect(r.dueAt).toBe('2026-11-23T12:00:05+08:00');
		expect(r.alert).toBe(true);
		expect(r.escalation).toEqual({ level: 0, chain: rules[0].outcome.escalation });
		expect(r.caseId).toMatch(CASE_ID_RE);
		expect(r.ownerSource).toBe('In-house detractor');
	});
	it('all matches: owner from the first rule that names one, most urgent priority, shortest SLA, alert if any, tags merged', async () => {
		const f = feedback({ customer: { id: 'c-1', inHouse: false } });
		const r = await route(f, rules, { calendar, now, mode: 'all' });
		expect(r.matchedRules).toEqual(['Complaint', 'Detractor']);
		expect(r.owner).toEqual({ queue: 'Complaints' });
		expect(r.priority).toBe('high');
		expect(r.dueAt).toBe('2026-11-23T11:00:05+08:00');
		expect(r.alert).toBe(false);
		expect(r.tags).toEqual(['complaint']);
	});
	it('stop ends "all matches" evaluation', async () => {
		const withStop = [{ ...rules[0], outcome: { ...rules[0].outcome, stop: true } }, ...rules.slice(1)];
		const r = await route(feedback(), withStop, { calendar, now, mode: 'all' });
		expect(r.matchedRules).toEqual(['In-house detractor']);
	});
	it('disabled rules are skipped', async () => {
		const r = await route(feedback(), [{ ...rules[0], enabled: false }, ...rules.slice(1)], { calendar, now });
		expect(r.matchedRules).toEqual(['Complaint']);
	});
	it('owner from the indicator tree when no rule names one (KPI decomposition)', async () => {
		const r = await route(feedback({ customer: { id: 'x' }, analysis: { ...feedback().analysis, intents: [] } }), rules, {
			calendar,
			now,
			topicOwners: [
				{ topic: 'room', owner: { department: 'Rooms Division' } },
				{ topic: 'room.cleanliness', owner: { department: 'Housekeeping' }, priority: 'high' },
			],
		});
		expect(r.matchedRules).toEqual(['Detractor']);
		expect(r.owner).toEqual({ department: 'Housekeeping' });
		expect(r.ownerSource).toBe('topic:room.cleanliness');
		expect(r.priority).toBe('normal');
	});
	it('takes a department carried on the topic itself', async () => {
		const f = feedback({ customer: { id: 'x' }, analysis: { topics: [{ id: 'fnb.breakfast', path: ['F&B', 'Breakfast'], sentiment: 'negative', department: 'F&B' }] } } as any);
		const r = await route(f, [], { calendar, now });
		expect(r.owner).toEqual({ department: 'F&B' });
	});
	it('fallback outcome when nothing matches', async () => {
		const r = await route(feedback({ scores: { nps: 10 }, customer: {}, analysis: {} }), rules, {
			calendar,
			now,
			fallback: { owner: { queue: 'CX Inbox' }, priority: 'low', sla: { resolutionMinutes: 2880 } },
		});
		expect(r.matchedRules).toEqual([]);
		expect(r.owner).toEqual({ queue: 'CX Inbox' });
		expect(r.priority).toBe('low');
		// 2,880 business minutes = 5.33 working days from Monday 10:00 → next Monday 13:00
		expect(r.dueAt).toBe('2026-11-30T13:00:05+08:00');
	});
	it('no match and no fallback: normal priority, no owner, no due time', async () => {
		const r = await route(feedback({ scores: { nps: 10 }, customer: {}, analysis: {} }), rules, { calendar, now });
		expect(r).toMatchObject({ owner: {}, priority: 'normal', alert: false, matchedRules: [] });
		expect(r.dueAt).toBeUndefined();
	});
	it('names the rule that fails', async () => {
		await expect(route(feedback(), [{ name: 'Broken', condition: 'scores.nps <', outcome: {} }], { calendar, now })).rejects.toThrow(/Rule 1 \("Broken"\)/);
		await expect(route(feedback(), [{ name: 'Bad prio', condition: 'true', outcome: { priority: 'p1' as any } }], { calendar, now })).rejects.toThrow(/priority "p1"/);
	});
});

describe('dedupe key', () => {
	it('same customer, same stay → same key and case id, whatever the feedback id', async () => {
		const a = await route(feedback(), rules, { calendar, now });
		const b = await route(feedback({ id: 'typeform:resp-2', sourceId: 'resp-2', occurredAt: '2026-11-25T10:00:00+08:00' }), rules, { calendar, now });
		expect(b.caseId).toBe(a.caseId);
		expect(b.dedupeKey).toBe(a.dedupeKey);
	});
	it('another stay or another location → another case', () => {
		const a = dedupeKey(feedback());
		expect(dedupeKey(feedback({ meta: { ids: { bookingId: 'BK-9999' } } })).key).not.toBe(a.key);
		expect(dedupeKey(feedback({ location: { id: 'bj-02' } })).key).not.toBe(a.key);
	});
	it('without a stay id, feedback in the same window bucket shares a case; e-mail case-insensitive', () => {
		const base = { meta: {}, customer: { email: 'Wang@Example.com' } };
		const a = dedupeKey(feedback({ ...base, occurredAt: '2026-11-23T10:00:00Z' }), { windowDays: 7 });
		const b = dedupeKey(feedback({ ...base, customer: { email: 'wang@example.com' }, occurredAt: '2026-11-24T10:00:00Z' }), { windowDays: 7 });
		expect(b.key).toBe(a.key);
		expect(a.basis).toMatch(/^email:wang@example.com\|loc:sh-01\|w7:/);
	});
	it('anonymous feedback → one case per feedback record (re-deliveries still collapse)', () => {
		const a = dedupeKey(feedback({ customer: undefined }));
		expect(a.basis).toBe('fb:typeform:resp-1');
		expect(dedupeKey(feedback({ customer: undefined })).key).toBe(a.key);
	});
	it('does not output the customer identity', async () => {
		const r = await route(feedback(), rules, { calendar, now });
		expect(JSON.stringify(r)).not.toContain('wang@example.com');
	});
});
