/**
 * get, update, comment, resolve, reopen, close and the follow-up steps: on the built-in case table
 * they apply the case state machine to the row given (the workflow upserts the result); on an
 * external provider they call its API.
 */
import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { applyAction, CaseTransitionError, type CaseAction, type CaseStatus } from '../../../engine/cases/model';
import { PRIORITIES, type Priority } from '../../../engine/routing/rules';
import type { TicketApi } from '../../../engine/cases/provider';
import { forEachItem } from '../../../shared/execute';
import { caseOutput, nowIso, provider, readCaseParam, resolveTicketId, ticketApi, ticketOutput, wrapProviderError } from './common';

export type ManageOperation = 'get' | 'update' | 'comment' | 'resolve' | 'reopen' | 'close' | 'followUp';
const OPS: ManageOperation[] = ['get', 'update', 'comment', 'resolve', 'reopen', 'close', 'followUp'];

const properties: INodeProperties[] = [
	{
		displayName: 'Case',
		name: 'case',
		type: 'json',
		default: '={{ $json }}',
		displayOptions: { show: { provider: ['dataTable'] } },
		description: 'The case-table row (from the Data Table node) or a CX Ticket output item',
	},
	{
		displayName: 'Ticket ID',
		name: 'ticketId',
		type: 'string',
		default: '={{ $json.externalId ?? $json.caseId }}',
		required: true,
		displayOptions: { hide: { provider: ['dataTable'] } },
		description: "The provider's ticket ID or key, or a case ID (CX-…) to look the ticket up",
	},
	{
		displayName: 'Text',
		name: 'text',
		type: 'string',
		typeOptions: { rows: 3 },
		default: '',
		displayOptions: { show: { operation: ['comment', 'resolve', 'reopen', 'close'] } },
		description: 'Comment, resolution or reason',
	},
	{
		displayName: 'Internal Note',
		name: 'internal',
		type: 'boolean',
		default: true,
		displayOptions: { show: { operation: ['comment'] } },
		description: 'Whether the comment is internal (not visible to the customer)',
	},
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add field',
		default: {},
		displayOptions: { show: { operation: ['update'] } },
		options: [
			{ displayName: 'Due At', name: 'dueAt', type: 'dateTime', default: '', displayOptions: { show: { '/provider': ['dataTable'] } } },
			{ displayName: 'Owner Department', name: 'department', type: 'string', default: '', displayOptions: { show: { '/provider': ['dataTable'] } } },
			{ displayName: 'Owner Person', name: 'person', type: 'string', default: '', displayOptions: { show: { '/provider': ['dataTable'] } } },
			{
				displayName: 'Priority',
				name: 'priority',
				type: 'options',
				options: PRIORITIES.map((p) => ({ name: p[0].toUpperCase() + p.slice(1), value: p })),
				default: 'normal',
			},
			{ displayName: 'Status', name: 'status', type: 'options', options: [{ name: 'Open', value: 'open' }, { name: 'Pending', value: 'pending' }], default: 'open' },
			{ displayName: 'Title', name: 'title', type: 'string', default: '' },
		],
	},
	{
		displayName: 'Follow-Up Event',
		name: 'followUpEvent',
		type: 'options',
		options: [
			{ name: 'Survey Sent', value: 'sent', description: 'The follow-up survey went out (case must be resolved)' },
			{ name: 'Customer Answered', value: 'answered', description: 'Close when satisfied; reopen when not' },
		],
		default: 'answered',
		displayOptions: { show: { operation: ['followUp'] } },
	},
	{
		displayName: 'Satisfied',
		name: 'satisfied',
		type: 'boolean',
		default: true,
		displayOptions: { show: { operation: ['followUp'], followUpEvent: ['answered'] } },
		description: 'Whether the customer confirmed the problem is solved, e.g. {{ $JSON.scores.csat >= 4 }}',
	},
	{
		displayName: 'Answer Feedback ID',
		name: 'answerFeedbackId',
		type: 'string',
		default: '',
		displayOptions: { show: { operation: ['followUp'], followUpEvent: ['answered'] } },
	},
];

export const description = updateDisplayOptions({ show: { operation: OPS } }, properties);

const STATUS_ACTION: Partial<Record<ManageOperation, CaseAction>> = { resolve: 'resolve', reopen: 'reopen', close: 'close' };
const TARGET: Partial<Record<ManageOperation, CaseStatus>> = { resolve: 'resolved', reopen: 'open', close: 'closed' };

export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	const p = provider(this);
	const op = this.getNodeParameter('operation', 0) as ManageOperation;
	let api: TicketApi | undefined;
	return await forEachItem(this, async (_item, i) => {
		const text = (this.getNodeParameter('text', i, '') as string) || undefined;
		if (p === 'dataTable') {
			const c = readCaseParam(this, 'case', i, true)!;
			const now = nowIso(this, c.timeZone);
			try {
				switch (op) {
					case 'get':
						return caseOutput('get', c);
					case 'comment':
						if (!text) throw new NodeOperationError(this.getNode(), `Item ${i}: "Text" is empty`, { itemIndex: i });
						return caseOutput('commented', applyAction(c, 'comment', { now, text, internal: this.getNodeParameter('internal', i, true) as boolean }));
					case 'update': {
						const u = this.getNodeParameter('updateFields', i, {}) as IDataObject;
						let next = applyAction(c, 'update', {
							now,
							patch: {
								priority: u.priority as Priority | undefined,
								title: (u.title as string) || undefined,
								owner: u.department || u.person ? { ...(u.department ? { department: String(u.department) } : {}), ...(u.person ? { person: String(u.person) } : {}) } : undefined,
								dueAt: u.dueAt ? new Date(String(u.dueAt)).toISOString() : undefined,
							},
						});
						if (u.status === 'pending' && next.status !== 'pending') next = applyAction(next, 'pend', { now });
						if (u.status === 'open' && (next.status === 'new' || next.status === 'pending')) next = applyAction(next, 'open', { now });
						return caseOutput('updated', next);
					}
					case 'followUp': {
						const event = this.getNodeParameter('followUpEvent', i) as string;
						if (event === 'sent') return caseOutput('followUpSent', applyAction(c, 'followUpSent', { now }));
						const satisfied = this.getNodeParameter('satisfied', i) as boolean;
						const next = applyAction(c, 'followUpAnswered', { now, satisfied, feedbackId: (this.getNodeParameter('answerFeedbackId', i, '') as string) || undefined });
						return caseOutput(satisfied ? 'closed' : 'reopened', next, { satisfied, alert: !satisfied });
					}
					default: {
						const action = STATUS_ACTION[op]!;
						return caseOutput(TARGET[op]!, applyAction(c, action, { now, text }));
					}
				}
			} catch (e) {
				if (e instanceof CaseTransitionError) throw new NodeOperationError(this.getNode(), `Item ${i}: ${e.message}`, { itemIndex: i });
				throw wrapProviderError(this, e, i);
			}
		}

		try {
			api ??= await ticketApi(this, p, i);
			const id = await resolveTicketId(this, api, i);
			switch (op) {
				case 'get':
					return ticketOutput('get', await api.get(id));
				case 'comment':
					if (!text) throw new NodeOperationError(this.getNode(), `Item ${i}: "Text" is empty`, { itemIndex: i });
					await api.comment(id, text, this.getNodeParameter('internal', i, true) as boolean);
					return ticketOutput('commented', await api.get(id));
				case 'update': {
					const u = this.getNodeParameter('updateFields', i, {}) as IDataObject;
					let t = await api.update(id, { priority: u.priority as Priority | undefined, title: (u.title as string) || undefined });
					if (u.status === 'open' || u.status === 'pending') t = await api.setStatus(id, u.status as CaseStatus);
					return ticketOutput('updated', t);
				}
				case 'followUp': {
					const event = this.getNodeParameter('followUpEvent', i) as string;
					if (event === 'sent') {
						await api.comment(id, 'Follow-up survey sent to the customer', true);
						return ticketOutput('followUpSent', await api.get(id));
					}
					const satisfied = this.getNodeParameter('satisfied', i) as boolean;
					const t = satisfied
						? await api.setStatus(id, 'closed', 'Customer confirmed the problem is solved (follow-up survey)')
						: await api.setStatus(id, 'open', 'Customer not satisfied in the follow-up survey: reopened');
					return ticketOutput(satisfied ? 'closed' : 'reopened', t, { satisfied, alert: !satisfied });
				}
				default:
					return ticketOutput(TARGET[op]!, await api.setStatus(id, TARGET[op]!, text));
			}
		} catch (e) {
			throw wrapProviderError(this, e, i);
		}
	});
}
