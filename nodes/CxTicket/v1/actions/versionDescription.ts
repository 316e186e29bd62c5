/* eslint-disable n8n-nodes-base/node-filename-against-convention */
import { NodeConnectionTypes, type INodeTypeDescription } from 'n8n-workflow';

import * as create from './create.operation';
import * as manage from './manage.operation';
import * as search from './search.operation';

const external = ['zendesk', 'freshdesk', 'jira', 'servicenow', 'zammad', 'redmine'];

export const versionDescription: INodeTypeDescription = {
	displayName: 'CX Ticket',
	name: 'cxTicket',
	group: ['transform'],
	version: 1,
	subtitle: '={{ $parameter["operation"] + " · " + $parameter["provider"] }}',
	description: 'One case model over a built-in case table, Zendesk, Freshdesk, Jira Service Management, ServiceNow, Zammad and Redmine',
	defaults: { name: 'CX Ticket' },
	inputs: [NodeConnectionTypes.Main],
	outputs: [NodeConnectionTypes.Main],
	usableAsTool: true,
	credentials: [
		{ name: 'cxZendeskApi', required: true, displayOptions: { show: { provider: ['zendesk'] } } },
		{ name: 'cxFreshdeskApi', required: true, displayOptions: { show: { provider: ['freshdesk'] } } },
		{ name: 'cxJiraServiceManagementApi', required: true, displayOptions: { show: { provider: ['jira'] } } },
		{ name: 'cxServiceNowApi', required: true, displayOptions: { show: { provider: ['servicenow'] } } },
		{ name: 'cxZammadApi', required: true, displayOptions: { show: { provider: ['zammad'] } } },
		{ name: 'cxRedmineApi', required: true, displayOptions: { show: { provider: ['redmine'] } } },
	],
	properties: [
		{
			displayName: 'Case System',
			name: 'provider',
			type: 'options',
			noDataExpression: true,
			options: [
				{ name: 'Built-in Case Table (N8n Data Table)', value: 'dataTable', description: 'Nothing to set up: the workflow stores case rows with the Data Table node' },
				{ name: 'Freshdesk', value: 'freshdesk' },
				{ name: 'Jira Service Management', value: 'jira' },
				{ name: 'Redmine', value: 'redmine' },
				{ name: 'ServiceNow', value: 'servicenow' },
				{ name: 'Zammad', value: 'zammad' },
				{ name: 'Zendesk', value: 'zendesk' },
			],
			default: 'dataTable',
		},
		{
			displayName: 'The built-in case table is an n8n Data Table: this node computes the case row; a Data Table node after it upserts the row (match on caseId). See the "survey closed loop" template.',
			name: 'dataTableNotice',
			type: 'notice',
			default: '',
			displayOptions: { show: { provider: ['dataTable'] } },
		},
		{
			displayName: 'Operation',
			name: 'operation',
			type: 'options',
			noDataExpression: true,
			options: [
				{ name: 'Add Comment', value: 'comment', action: 'Add a comment or internal note', description: 'Add a comment or internal note' },
				{ name: 'Close', value: 'close', action: 'Close a case', description: 'Close a resolved case' },
				{ name: 'Create', value: 'create', action: 'Create a case idempotently', description: 'Create a case from routed feedback; the same feedback again never makes a second case' },
				{ name: 'Get', value: 'get', action: 'Get a case' },
				{ name: 'Record Follow-Up', value: 'followUp', action: 'Record a follow up survey event', description: 'Follow-up sent, or answered: close when satisfied, reopen when not' },
				{ name: 'Reopen', value: 'reopen', action: 'Reopen a case' },
				{ name: 'Resolve', value: 'resolve', action: 'Resolve a case' },
				{ name: 'Search', value: 'search', action: 'Search open or overdue cases' },
				{ name: 'Update', value: 'update', action: 'Update priority title owner or status' },
			],
			default: 'create',
		},
		{
			displayName: 'Provider Settings',
			name: 'providerSettings',
			type: 'collection',
			placeholder: 'Add setting',
			default: {},
			displayOptions: { show: { provider: external } },
			options: [
				{ displayName: 'Assigned To ID', name: 'assignedToId', type: 'string', default: '', displayOptions: { show: { '/provider': ['redmine'] } } },
				{ displayName: 'Assignment Group', name: 'assignmentGroup', type: 'string', default: '', description: 'Sys_id or name of the assignment group', displayOptions: { show: { '/provider': ['servicenow'] } } },
				{ displayName: 'Caller ID', name: 'callerId', type: 'string', default: '', displayOptions: { show: { '/provider': ['servicenow'] } } },
				{ displayName: 'Close Code', name: 'closeCode', type: 'string', default: 'Solution provided', description: "Resolution code your instance accepts (e.g. 'Solved (Permanently)')", displayOptions: { show: { '/provider': ['servicenow'] } } },
				{ displayName: 'Default Requester Email', name: 'defaultRequesterEmail', type: 'string', placeholder: 'name@email.com', default: '', description: 'Requester when the customer left no e-mail', displayOptions: { show: { '/provider': ['freshdesk', 'zammad'] } } },
				{ displayName: 'Group', name: 'group', type: 'string', default: 'Users', description: 'Zammad group for new tickets', displayOptions: { show: { '/provider': ['zammad'] } } },
				{ displayName: 'Project', name: 'projectId', type: 'string', default: '', description: 'Project ID or identifier', displayOptions: { show: { '/provider': ['redmine'] } } },
				{ displayName: 'Raise on Behalf Of', name: 'raiseOnBehalfOf', type: 'string', default: '', description: 'Cloud: an account ID (not an e-mail); Server: a username', displayOptions: { show: { '/provider': ['jira'] } } },
				{ displayName: 'Request Type ID', name: 'requestTypeId', type: 'string', default: '', displayOptions: { show: { '/provider': ['jira'] } } },
				{ displayName: 'Service Desk ID', name: 'serviceDeskId', type: 'string', default: '', displayOptions: { show: { '/provider': ['jira'] } } },
				{ displayName: 'Table', name: 'table', type: 'string', default: 'incident', displayOptions: { show: { '/provider': ['servicenow'] } } },
				{ displayName: 'Tracker ID', name: 'trackerId', type: 'string', default: '', displayOptions: { show: { '/provider': ['redmine'] } } },
			],
		},
		...create.description,
		...manage.description,
		...search.description,
	],
};
