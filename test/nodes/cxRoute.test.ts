import { chain, runWorkflow } from '../harness/n8n';
import { feedback } from '../fixtures/tickets/feedback';
import { caseToRow, newCase } from '../../nodes/engine/cases/model';
import { CASE_ID_RE } from '../../nodes/engine/cases/ids';

const businessHours = { timeZone: 'Asia/Shanghai', start: '09:00', end: '18:00', holidays: '2026-12-25' };

describe('CX Route (in-process n8n)', () => {
	it('routes with form rules: first match, SLA in business hours, escalation chain, mentions', async () => {
		const r = await runWorkflow(
			chain({
				type: 'cxRoute',
				name: 'Route',
				parameters: {
					operation: 'route',
					rules: {
						rule: [
							{ name: 'Promoter', condition: 'promoter', department: 'Marketing' },
							{
								name: 'Detractor in house',
								condition: 'expression',
								expression: 'scores.nps <= 6 and customer.inHouse',
								department: 'Front Office',
								person: 'Duty Manager',
								priority: 'urgent',
								responseMinutes: 15,
								resolutionMinutes: 480,
								alert: true,
								escalateTo: 'Hotel GM:Mr Li, Group CX Centre',
								escalateAfterMinutes: 30,
								mentionMobiles: '13800000001, 13800000002',
								tags: 'in-house, detractor',
							},
						],
					},
					businessHours,
				},
			}),
			{ input: [feedback({ receivedAt: '2026-11-23T16:00:00+08:00' })] },
		);
		const [out] = r.json('Route');
		expect(out.id).toBe('typeform:resp-1');
		expect(out.routing).toMatchObject({
			owner: { department: 'Front Office', person: 'Duty Manager', mobiles: ['13800000001', '13800000002'] },
			priority: 'urgent',
			responseDueAt: '2026-11-23T16:15:00+08:00',
			dueAt: '2026-11-24T15:00:00+08:00',
			alert: true,
			tags: ['in-house', 'detractor'],
			matchedRules: ['Detractor in house'],
			escalation: {
				level: 0,
				chain: [
					{ level: 1, owner: { department: 'Hotel GM', person: 'Mr Li' }, afterMinutes: 0 },
					{ level: 2, owner: { department: 'Group CX Centre' }, afterMinutes: 30 },
				],
			},
		});
		expect((out.routing as any).caseId).toMatch(CASE_ID_RE);
		expect(r.items('Route')[0].pairedItem).toEqual({ item: 0 });
	});

	it('routes with JSON rules in "all matches" mode and indicator-tree owners', async () => {
		const r = await runWorkflow(
			chain({
				type: 'cxRoute',
				name: 'Route',
				parameters: {
					operation: 'route',
					rulesSource: 'json',
					matchMode: 'all',
					rulesJson: JSON.stringify([
						{ name: 'Risk', condition: { type: 'riskAtLeast', threshold: 0.8 }, outcome: { priority: 'urgent', alert: true } },
						{ name: 'Complaint', condition: '"complaint" in analysis.intents', outcome: { priority: 'high', sla: { resolutionMinutes: 240 } } },
					]),
					topicOwners: { owner: [{ topic: 'room', department: 'Housekeeping', mentionMobiles: '13900000000' }] },
					businessHours: { ...businessHours, mode: '24x7' },
				},
			}),
			{ input: [feedback({ receivedAt: '2026-11-23T22:00:00+08:00' })] },
		);
		expect(r.json('Route')[0].routing).toMatchObject({
			owner: { department: 'Housekeeping', mobiles: ['13900000000'] },
			ownerSource: 'topic:room.cleanliness',
			priority: 'urgent',
			dueAt: '2026-11-24T02:00:00+08:00',
			alert: true,
			matchedRules: ['Risk', 'Complaint'],
			sla: { timeZone: 'Asia/Shanghai', businessHours: false, resolutionMinutes: 240 },
		});
	});

	it('names the item and field for a bad record; continueOnFail keeps the rest', async () => {
		const wf = chain({ type: 'cxRoute', name: 'Route', parameters: { operation: 'route', rules: { rule: [{ name: 'All', condition: 'always' }] } }, continueOnFail: true });
		const r = await runWorkflow(wf, { input: [feedback(), { ...feedback(), scores: { nps: 12 } }] });
		const out = r.json('Route');
		expect(out).toHaveLength(2);
		expect(out[0].routing).toBeDefined();
		expect(out[1].error).toMatch(/Item 1: not a valid Feedback record — scores.nps/);
		expect(r.items('Route')[1].pairedItem).toEqual({ item: 1 });
	});

	it('reports an invalid JSONata rule with the rule name', async () => {
		const wf = chain({ type: 'cxRoute', name: 'Route', parameters: { operation: 'route', rules: { rule: [{ name: 'Broken', condition: 'expression', expression: 'scores.nps <' }] } } });
		const r = await runWorkflow(wf, { input: [feedback()] });
		expect(r.error('Route')?.message).toMatch(/Rule 1 \("Broken"\): Invalid JSONata/);
	});

	it('same customer and stay delivered three times → the same case id', async () => {
		const wf = chain({ type: 'cxRoute', name: 'Route', parameters: { operation: 'route', rules: { rule: [{ name: 'D', condition: 'detractor' }] } } });
		const r = await runWorkflow(wf, {
			input: [feedback(), feedback({ id: 'typeform:resp-9', sourceId: 'resp-9' }), feedback()],
		});
		const ids = r.json('Route').map((x: any) => x.routing.caseId);
		expect(new Set(ids).size).toBe(1);
	});

	it('escalates overdue case rows one level and says who to tell', async () => {
		const f = feedback();
		const c = newCase(f, undefined, { now: '2026-11-23T10:00:00+08:00' });
		const overdue = caseToRow({ ...c, dueAt: '2026-11-23T12:00:00+08:00', escalationChain: [{ level: 1, owner: { department: 'Hotel GM', mobiles: ['13700000000'] } }] });
		const fine = caseToRow({ ...c, id: 'CX-000000000001', dueAt: '2026-11-23T18:00:00+08:00' });
		const wf = chain({
			type: 'cxRoute',
			name: 'Esc',
			parameters: { operation: 'escalateOverdue', defaultChain: 'Duty Manager, Hotel GM', businessHours, options: { now: '2026-11-23T13:00:00+08:00' } },
		});
		const r = await runWorkflow(wf, { input: [overdue, fine, {}] });
		const out = r.json('Esc');
		expect(out).toHaveLength(1);
		expect(out[0]).toMatchObject({
			caseId: c.id,
			decision: 'escalate',
			fromLevel: 0,
			toLevel: 1,
			overdueMinutes: 60,
			notify: { department: 'Hotel GM', mobiles: ['13700000000'] },
			row: { caseId: c.id, escalationLevel: 1, ownerDepartment: 'Hotel GM', isOpen: true },
		});
		// the next watchdog run sees level 1 and a chain with no level 2
		const again = await runWorkflow(
			chain({ type: 'cxRoute', name: 'Esc', parameters: { operation: 'escalateOverdue', output: 'all', businessHours, options: { now: '2026-11-23T14:00:00+08:00' } } }),
			{ input: [out[0].row as any] },
		);
		expect(again.json('Esc')[0]).toMatchObject({ decision: 'overdue', escalated: false });
		// the default chain applies to cases without one
		const d = await runWorkflow(wf, { input: [fine] , });
		expect(d.json('Esc')).toHaveLength(0);
	});
});
