/**
 * Runs a polling trigger's poll() the way n8n's poll scheduler does, in process: n8n-core's own
 * PollContext (real httpRequestWithAuthentication through the harness's credentials helper, real
 * workflow static data), in production ('trigger') or editor ('manual', "Fetch test event") mode.
 *
 *   const staticData = {};
 *   const r1 = await runPoll({ type: 'cxReviewTrigger', parameters }, { credentials, staticData });
 *   const r2 = await runPoll(..., { credentials, staticData });   // the cursor persisted
 *
 * Pass a deep copy of an earlier staticData to replay a poll window whose cursor n8n did not commit.
 */
import { PollContext } from 'n8n-core';
import {
	NodeHelpers,
	Workflow,
	type ICredentialDataDecryptedObject,
	type IDataObject,
	type INode,
	type INodeExecutionData,
	type INodeType,
	type WorkflowExecuteMode,
} from 'n8n-workflow';
import { PACKAGE_NAME, TestCredentialsHelper, TestNodeTypes, packageTypes, testAdditionalData } from './n8n';

export interface PollOptions {
	credentials?: Record<string, ICredentialDataDecryptedObject>;
	/** Workflow static data; the same object across calls persists the cursor. */
	staticData?: IDataObject;
	/** 'trigger' (a scheduled production poll, default) or 'manual' ("Fetch test event"). */
	mode?: Extract<WorkflowExecuteMode, 'trigger' | 'manual'>;
	timezone?: string;
	typeVersion?: number;
	/** Budget reported by getPollBudgetMs(). */
	pollBudgetMs?: number;
}

export interface PollResult {
	result: INodeExecutionData[][] | null;
	/** JSON of the emitted items (empty when poll returned null). */
	json: IDataObject[];
	staticData: IDataObject;
}

export async function runPoll(node: { type: string; parameters: IDataObject; name?: string }, options: PollOptions = {}): Promise<PollResult> {
	const { nodes, credentials } = packageTypes();
	const type = node.type.includes('.') ? node.type : `${PACKAGE_NAME}.${node.type}`;
	const nodeTypes = new TestNodeTypes(nodes);
	const versioned = nodeTypes.getByName(type);
	const version = options.typeVersion ?? ('nodeVersions' in versioned ? versioned.currentVersion : (versioned as INodeType).description.version as number);
	const nodeType = NodeHelpers.getVersionedNodeType(versioned, version) as INodeType;
	if (!nodeType.poll) throw new Error(`${type} has no poll()`);
	const creds = options.credentials ?? {};
	const n: INode = {
		id: 'poll-node',
		name: node.name ?? 'Trigger',
		type,
		typeVersion: version,
		position: [0, 0],
		parameters: node.parameters as INode['parameters'],
		credentials: Object.fromEntries(Object.keys(creds).map((k) => [k, { id: `cred-${k}`, name: k }])),
	};
	const staticData = options.staticData ?? {};
	const workflow = new Workflow({
		id: 'poll-workflow',
		name: 'poll test',
		nodes: [n],
		connections: {},
		nodeTypes,
		active: true,
		staticData,
		settings: { executionOrder: 'v1', timezone: options.timezone ?? 'UTC' } as any,
	});
	const additionalData = testAdditionalData(new TestCredentialsHelper(credentials, creds), { executionId: undefined });
	const mode = options.mode ?? 'trigger';
	const ctx = new PollContext(
		workflow,
		n,
		additionalData,
		mode,
		mode === 'manual' ? 'manual' : 'activate',
		undefined,
		undefined,
		undefined,
		undefined,
		undefined,
		options.pollBudgetMs === undefined ? undefined : () => options.pollBudgetMs!,
	);
	const result = await nodeType.poll.call(ctx);
	return { result, json: (result?.[0] ?? []).map((i) => i.json), staticData };
}
