import { applyAction, caseFromRow, caseToRow, newCase, CASE_COLUMNS, type Case } from '../../../nodes/engine/cases/model';
import { caseIdFromKey, CASE_ID_RE, externalTag } from '../../../nodes/engine/cases/ids';
import { buildCalendar } from '../../../nodes/engine/routing/businessHours';
import { evaluateEscalation } from '../../../nodes/engine/routing/escalate';
import { route, type Rule } from '../../../nodes/engine/routing/rules';
import { feedback } from '../../fixtures/tickets/feedback';

const calendar = buildCalendar({ timeZone: 'Asia/Shanghai' });
const T0 = '2026-11-23T10:00:05+08:00';
const rules: Rule[] = [
	{
		name: 'Detractor',
		condition: { type: 'detractor' },
		outcome: {
			owner: { department: 'Front Office' },
			priority: 'high',
			sla: { responseMinutes: 30, resolutionMinutes: 120 },
			escalation: [
				{ level: 1, owner: { department: 'Hotel GM', mobiles: ['13900000002'] } },
				{ level: 2, owner: { department: 'Group CX Centre' }, afterMinutes: 60, resolutionMinutes: 240 },
			],
		},
	},
];

async function makeCase(): Promise<Case> {
	const f = feedback();
	const r = await route(f, rules, { calendar, now: Date.parse(T0) });
	return newCase(f, r, { now: T0 });
}

describe('case ids', () => {
	it('are deterministic, readable and distinct', () => {
		const a = caseIdFromKey('k1');
		expect(a).toBe(caseIdFromKey('k1'));
		expect(a).toMatch(CASE_ID_RE);
		expect(caseIdFromKey('k2')).not.toBe(a);
		expect(caseIdFromKey('k1', 'HZ')).toMatch(/^HZ-/);
		expect(externalTag(a)).toBe(`cxloop-${a.toLowerCase()}`);
	});
	it('do not collide across 100,000 keys', () => {
		const seen = new Set<string>();
		for (let i = 0; i < 100000; i++) seen.add(caseIdFromKey(`key-${i}`));
		expect(seen.size).toBe(100000);
	});
});

describe('case model', () => {
	it('builds a new case from routed feedback with redacted text', async () => {
		const c = await makeCase();
		expect(c).toMatchObject({ status: 'new', priority: 'high', owner: { department: 'Front Office' }, feedbackIds: ['typeform:resp-1'], topics: ['Cleanliness'], escalationLevel: 0 });
		expect(c.title).toBe('[NPS 3] Cleanliness · 上海外滩店');
		expect(c.description).toContain('[phone]');
		expect(c.description).not.toContain('13800138000');
		expect(c.dueAt).toBe('2026-11-23T12:00:05+08:00');
	});
	it('walks the state machine new → open → pending → open → resolved → closed', async () => {
		let c = await makeCase();
		c = applyAction(c, 'open', { now: '2026-11-23T10:10:00+08:00', by: 'amy' });
		expect(c.status).toBe('open');
		expect(c.firstResponseAt).toBe('2026-11-23T10:10:00+08:00');
		c = applyAction(c, 'pend', { now: '2026-11-23T10:20:00+08:00', text: 'waiting for guest' });
		expect(c.status).toBe('pending');
		c = applyAction(c, 'open', { now: '2026-11-23T10:30:00+08:00' });
		c = applyAction(c, 'resolve', { now: '2026-11-23T11:00:00+08:00', text: 'Room re-cleaned, upgrade offered' });
		expect(c).toMatchObject({ status: 'resolved', resolvedAt: '2026-11-23T11:00:00+08:00', resolution: 'Room re-cleaned, upgrade offered' });
		c = applyAction(c, 'close', { now: '2026-11-24T11:00:00+08:00' });
		expect(c.status).toBe('closed');
		expect(c.history.map((h) => `${h.action}:${h.to}`)).toEqual(['create:new', 'open:open', 'pend:pending', 'open:open', 'resolve:resolved', 'close:closed']);
		expect(c.firstResponseAt).toBe('2026-11-23T10:10:00+08:00');
	});
	it('rejects invalid transitions, naming the case and what is allowed', async () => {
		const c = await makeCase();
		expect(() => applyAction(c, 'close', { now: T0 })).toThrow(new RegExp(`Cannot close case ${c.id}: it is new \\(close is allowed from resolved\\)`));
		expect(() => applyAction(c, 'reopen', { now: T0 })).toThrow(/allowed from resolved, closed/);
		expect(() => applyAction(c, 'followUpSent', { now: T0 })).toThrow(/needs it resolved/);
	});
	it('reopen counts and clears resolution times', async () => {
		let c = applyAction(await makeCase(), 'resolve', { now: T0 });
		c = applyAction(c, 'reopen', { now: T0, text: 'guest unhappy' });
		expect(c).toMatchObject({ status: 'open', reopenCount: 1 });
		expect(c.resolvedAt).toBeUndefined();
	});
	it('follow-up: satisfied closes, not satisfied reopens', async () => {
		const resolved = applyAction(applyAction(await makeCase(), 'resolve', { now: T0 }), 'followUpSent', { now: T0 });
		expect(resolved.followUp?.sentAt).toBe(T0);
		expect(applyAction(resolved, 'followUpAnswered', { now: T0, satisfied: true }).status).toBe('closed');
		const unhappy = applyAction(resolved, 'followUpAnswered', { now: T0, satisfied: false });
		// reopened and escalated one level to the next owner in the chain
		expect(unhappy).toMatchObject({ status: 'open', reopenCount: 1, escalationLevel: 1, owner: { department: 'Hotel GM' } });
	});
	it('merge links further feedback once; comments keep internal flag', async () => {
		let c = await makeCase();
		c = applyAction(c, 'merge', { now: T0, feedbackId: 'typeform:resp-2' });
		c = applyAction(c, 'merge', { now: T0, feedbackId: 'typeform:resp-2' });
		expect(c.feedbackIds).toEqual(['typeform:resp-1', 'typeform:resp-2']);
		c = applyAction(c, 'comment', { now: T0, text: 'called the guest', internal: true });
		c = applyAction(c, 'comment', { now: T0, text: 'public reply' });
		expect(c.notes.map((n) => n.internal)).toEqual([true, false]);
	});
	it('update validates priority', async () => {
		const c = await makeCase();
		expect(applyAction(c, 'update', { now: T0, patch: { priority: 'urgent', owner: { person: 'Li' } } })).toMatchObject({ priority: 'urgent', owner: { department: 'Front Office', person: 'Li' } });
		expect(() => applyAction(c, 'update', { now: T0, patch: { priority: 'p0' as any } })).toThrow(/Priority "p0"/);
	});
	it('round-trips through a flat Data Table row', async () => {
		const c = applyAction(await makeCase(), 'comment', { now: T0, text: '你好' });
		const row = caseToRow(c);
		expect(Object.keys(row).sort()).toEqual(CASE_COLUMNS.map((x) => x.name).sort());
		for (const v of Object.values(row)) expect(['string', 'number', 'boolean'].includes(typeof v) || v === null).toBe(true);
		expect(row).toMatchObject({ caseId: c.id, status: 'new', isOpen: true, ownerDepartment: 'Front Office', dueAtMs: Date.parse(c.dueAt!) });
		expect(caseFromRow({ ...row, id: 7, createdAt: 'x' })).toEqual(c);
		// a status edited by hand in the table wins
		expect(caseFromRow({ ...row, status: 'pending' })?.status).toBe('pending');
		expect(caseFromRow({})).toBeUndefined();
		expect(() => caseFromRow({ caseId: 'CX-1', data: '{oops' })).toThrow(/not JSON/);
	});
});

describe('escalate overdue', () => {
	it('walks the chain one level per run, waiting for each step', async () => {
		const c = await makeCase();
		const at = (iso: string) => Date.parse(iso);
		expect(evaluateEscalation(c, { now: at('2026-11-23T10:20:00+08:00') }).decision).toBe('ok');
		// 10:31 — the 30-minute response SLA is breached (no first response yet)
		const d1 = evaluateEscalation(c, { now: at('2026-11-23T10:31:00+08:00'), calendar });
		expect(d1).toMatchObject({ decision: 'escalate', fromLevel: 0, toLevel: 1, notify: { department: 'Hotel GM', mobiles: ['13900000002'] } });
		expect(d1.reason).toMatch(/response overdue by 0 min/);
		expect(d1.case.owner).toEqual({ department: 'Hotel GM', mobiles: ['13900000002'] });
		expect(d1.case.escalationLevel).toBe(1);
		// 10:45 — level 2 waits 60 min after level 1
		const d2 = evaluateEscalation(d1.case, { now: at('2026-11-23T10:45:00+08:00'), calendar });
		expect(d2.decision).toBe('overdue');
		const d3 = evaluateEscalation(d1.case, { now: at('2026-11-23T11:32:00+08:00'), calendar });
		expect(d3).toMatchObject({ decision: 'escalate', toLevel: 2, notify: { department: 'Group CX Centre' } });
		// level 2 resets the resolution due time: 240 business minutes from 11:32
		expect(d3.case.dueAt).toBe('2026-11-23T15:32:00+08:00');
		const d4 = evaluateEscalation(d3.case, { now: at('2026-11-23T18:00:00+08:00'), calendar });
		expect(d4.decision).toBe('overdue');
		expect(d4.reason).toMatch(/no escalation level 3/);
	});
	it('leaves resolved and closed cases alone; responded cases count only the resolution due time', async () => {
		const c = await makeCase();
		expect(evaluateEscalation(applyAction(c, 'resolve', { now: T0 }), { now: Date.parse('2026-12-01T00:00:00Z') }).decision).toBe('closed');
		const responded = applyAction(c, 'open', { now: '2026-11-23T10:05:00+08:00' });
		expect(evaluateEscalation(responded, { now: Date.parse('2026-11-23T11:00:00+08:00') }).decision).toBe('ok');
		expect(evaluateEscalation(responded, { now: Date.parse('2026-11-23T12:10:00+08:00') })).toMatchObject({ decision: 'escalate', overdueMinutes: 9 });
	});
	it('uses a default chain when the case has none', async () => {
		const c = { ...(await makeCase()), escalationChain: [] };
		const d = evaluateEscalation(c, { now: Date.parse('2026-11-24T10:00:00+08:00'), defaultChain: [{ level: 1, owner: { queue: 'Duty' } }] });
		expect(d).toMatchObject({ decision: 'escalate', notify: { queue: 'Duty' } });
	});
});
