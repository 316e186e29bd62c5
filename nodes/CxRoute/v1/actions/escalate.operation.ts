import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { caseFromRow, caseToRow } from '../../../engine/cases/model';
import { evaluateEscalation } from '../../../engine/routing/escalate';
import { forEachItem } from '../../../shared/execute';
import { businessHoursProperty, chainFromText, pick, readCalendar, referenceTime } from './common';

const properties: INodeProperties[] = [
	{
		displayName: 'Case Field',
		name: 'caseField',
		type: 'string',
		default: '',
		placeholder: 'case',
		hint: 'Leave empty when each item is a case row from the Data Table node (or a case from CX Ticket)',
		description: 'Dot path of the case (a case-table row or a case object) in the item',
	},
	{
		displayName: 'Default Escalation Chain',
		name: 'defaultChain',
		type: 'string',
		default: '',
		placeholder: 'Duty Manager, Hotel GM, Group CX Centre',
		description: 'Used for cases that carry no chain of their own; "Department:Person" names a person',
	},
	{ displayName: 'Minutes Between Levels', name: 'afterMinutes', type: 'number', default: 60, description: 'For the default chain' },
	{
		displayName: 'Output',
		name: 'output',
		type: 'options',
		default: 'escalated',
		options: [
			{ name: 'Escalated Cases Only', value: 'escalated' },
			{ name: 'Overdue Cases (Escalated or Waiting)', value: 'overdue' },
			{ name: 'All Cases With the Decision', value: 'all' },
		],
	},
	businessHoursProperty,
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		options: [
			{ displayName: 'Count Missed First Response', name: 'responseCounts', type: 'boolean', default: true, description: 'Whether a missed response SLA (no first response yet) also escalates' },
			{ displayName: 'Reference Time', name: 'now', type: 'string', default: '', description: 'The clock (ISO); empty = now' },
		],
	},
];

export const description = updateDisplayOptions({ show: { operation: ['escalateOverdue'] } }, properties);

export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await forEachItem(this, (item, i) => {
		const field = (this.getNodeParameter('caseField', i, '') as string).trim();
		const raw = pick(item.json, field);
		let c;
		try {
			c = caseFromRow(raw);
		} catch (e) {
			throw new NodeOperationError(this.getNode(), `Item ${i}: ${(e as Error).message}`, { itemIndex: i });
		}
		if (!c) {
			// An empty item (a Data Table lookup that found nothing) is not an error: nothing to escalate.
			if (raw && typeof raw === 'object' && Object.keys(raw).length === 0) return null;
			throw new NodeOperationError(this.getNode(), `Item ${i} is not a case${field ? ` (field "${field}")` : ''}`, {
				itemIndex: i,
				description: 'Expected a case-table row (with a "data" column) or a case object from CX Ticket',
			});
		}
		const options = this.getNodeParameter('options', i, {}) as IDataObject;
		const defaultChain = chainFromText(this.getNodeParameter('defaultChain', i, '') as string, this.getNodeParameter('afterMinutes', i, 60) as number);
		const d = evaluateEscalation(c, {
			now: referenceTime(this, options.now, i),
			defaultChain,
			calendar: readCalendar(this, i),
			responseCounts: options.responseCounts !== false,
		});
		const output = this.getNodeParameter('output', i, 'escalated') as string;
		if (output === 'escalated' && d.decision !== 'escalate') return null;
		if (output === 'overdue' && d.decision !== 'escalate' && d.decision !== 'overdue') return null;
		return {
			caseId: d.caseId,
			decision: d.decision,
			escalated: d.decision === 'escalate',
			reason: d.reason,
			overdueMinutes: d.overdueMinutes,
			fromLevel: d.fromLevel,
			toLevel: d.toLevel,
			notify: (d.notify ?? null) as IDataObject | null,
			previousOwner: (d.previousOwner ?? null) as IDataObject | null,
			case: d.case as unknown as IDataObject,
			row: caseToRow(d.case) as IDataObject,
		};
	});
}
