/**
 * In-process n8n: runs a workflow JSON through n8n-core's WorkflowExecute with this package's node
 * classes registered under their installed type names (`n8n-nodes-cxloop.<name>`), credentials held
 * in memory, and n8n's deduplication store backed by memory. Fast enough for every test; the e2e
 * suite covers the same workflows in a real n8n server.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// n8n-core writes an encryption-key file under the user folder on first use: keep it out of $HOME,
// in a temporary folder removed when the test process ends.
if (!process.env.N8N_USER_FOLDER) {
	const folder = mkdtempSync(join(tmpdir(), 'cxloop-harness-'));
	process.env.N8N_USER_FOLDER = folder;
	process.on('exit', () => rmSync(folder, { recursive: true, force: true }));
}

import {
	BinaryDataService,
	Credentials,
	DataDeduplicationService,
	ExecutionLifecycleHooks,
	WorkflowExecute,
} from 'n8n-core';
import {
	ICredentialsHelper,
	NodeHelpers,
	Workflow,
	createRunExecutionData,
	type IBinaryData,
	type ICredentialDataDecryptedObject,
	type ICredentialType,
	type ICredentialsExpressionResolveValues,
	type IDataObject,
	type IHttpRequestOptions,
	type INode,
	type INodeCredentialsDetails,
	type INodeExecutionData,
	type INodeType,
	type INodeTypes,
	type IRun,
	type IVersionedNodeType,
	type IWorkflowExecuteAdditionalData,
	type WorkflowExecuteMode,
} from 'n8n-workflow';
import { MemoryDeduplicator } from './deduplicator';

export const PACKAGE_NAME = 'n8n-nodes-cxloop';
const ROOT = resolve(__dirname, '..', '..');

type AnyNodeType = INodeType | IVersionedNodeType;

/** Loads every node and credential listed in package.json `n8n`, from the TypeScript sources. */
function loadPackage(): { nodes: Record<string, AnyNodeType>; credentials: Record<string, ICredentialType> } {
	const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
	const toSource = (distPath: string) => join(ROOT, distPath.replace(/^dist\//, '').replace(/\.js$/, '.ts'));
	const instantiate = <T>(file: string): T[] => {
		const mod = require(toSource(file));
		return Object.values(mod)
			.filter((v): v is new () => T => typeof v === 'function')
			.map((C) => new C());
	};
	const nodes: Record<string, AnyNodeType> = {};
	for (const file of pkg.n8n.nodes as string[]) {
		for (const n of instantiate<AnyNodeType>(file)) {
			if (n && (n as AnyNodeType).description) nodes[`${PACKAGE_NAME}.${n.description.name}`] = n;
		}
	}
	const credentials: Record<string, ICredentialType> = {};
	for (const file of pkg.n8n.credentials as string[]) {
		for (const c of instantiate<ICredentialType>(file)) if (c?.name) credentials[c.name] = c;
	}
	return { nodes, credentials };
}

let packageCache: ReturnType<typeof loadPackage> | undefined;
export function packageTypes() {
	packageCache ??= loadPackage();
	return packageCache;
}

/**
 * Stand-in start nodes so test workflows can begin like real ones do. Only what n8n's own nodes do
 * at the start of a run: emit the items they are given.
 */
class ManualTrigger implements INodeType {
	description = {
		displayName: 'Manual Trigger',
		name: 'manualTrigger',
		group: ['trigger'],
		version: 1,
		defaults: { name: 'Manual Trigger' },
		inputs: [],
		outputs: ['main'],
		properties: [],
	} as unknown as INodeType['description'];
	async execute(this: any) {
		return [this.getInputData()];
	}
}

class NoOp implements INodeType {
	description = {
		displayName: 'No Operation',
		name: 'noOp',
		group: ['organization'],
		version: 1,
		defaults: { name: 'No Operation' },
		inputs: ['main'],
		outputs: ['main'],
		properties: [],
	} as unknown as INodeType['description'];
	async execute(this: any) {
		return [this.getInputData()];
	}
}

export class TestNodeTypes implements INodeTypes {
	constructor(private readonly map: Record<string, AnyNodeType>) {}
	getByName(type: string): AnyNodeType {
		const t = this.map[type];
		if (!t) throw new Error(`Unknown node type "${type}" (known: ${Object.keys(this.map).join(', ')})`);
		return t;
	}
	getByNameAndVersion(type: string, version?: number): INodeType {
		return NodeHelpers.getVersionedNodeType(this.getByName(type), version);
	}
	getKnownTypes() {
		return {};
	}
}

/** Resolves `={{$credentials.x}}`-style values the way n8n does for generic credential auth. */
function resolveCredentialExpression(value: unknown, creds: ICredentialDataDecryptedObject): unknown {
	if (typeof value !== 'string' || !value.startsWith('=')) return value;
	return value.slice(1).replace(/\{\{\s*\$credentials(?:\.([\w$]+)|\[['"]([^'"]+)['"]\])\s*\}\}/g, (_m, a, b) => {
		const v = creds[(a ?? b) as string];
		return v === undefined || v === null ? '' : String(v);
	});
}

export class TestCredentialsHelper extends ICredentialsHelper {
	constructor(
		private readonly types: Record<string, ICredentialType>,
		private readonly data: Record<string, ICredentialDataDecryptedObject>,
	) {
		super();
	}
	getParentTypes(): string[] {
		return [];
	}
	isCredentialUsableByNode() {
		return true;
	}
	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const auth = this.types[typeName]?.authenticate;
		if (typeof auth === 'function') return auth(credentials, requestOptions);
		if (auth && auth.type === 'generic') {
			const out = { ...requestOptions } as IHttpRequestOptions & Record<string, any>;
			for (const [where, props] of Object.entries(auth.properties ?? {})) {
				const target = { ...(out[where] ?? {}) };
				for (const [k, v] of Object.entries(props as IDataObject)) target[k] = resolveCredentialExpression(v, credentials);
				out[where] = target;
			}
			return out;
		}
		return requestOptions;
	}
	async preAuthentication() {
		return undefined;
	}
	async runPreAuthentication() {
		return undefined as any;
	}
	async getCredentials(details: INodeCredentialsDetails, type: string) {
		return new Credentials(details, type);
	}
	async getDecrypted(
		_additionalData: IWorkflowExecuteAdditionalData,
		_details: INodeCredentialsDetails,
		type: string,
		_mode?: WorkflowExecuteMode,
		_executeData?: unknown,
		_raw?: boolean,
		_expressionResolveValues?: ICredentialsExpressionResolveValues,
	): Promise<ICredentialDataDecryptedObject> {
		const d = this.data[type];
		if (!d) throw new Error(`No test credentials of type "${type}"`);
		return d;
	}
	async updateCredentials() {}
	async updateCredentialsOauthTokenData() {}
	getCredentialsProperties() {
		return [];
	}
}

// n8n-core's own copy of the DI container (npm may hoist a different @n8n/di version to the top).
const { Container } = require(require.resolve('@n8n/di', { paths: [require.resolve('n8n-core')] })) as typeof import('@n8n/di');

let servicesReady: Promise<void> | undefined;
export const memoryDeduplicator = new MemoryDeduplicator();

/** n8n-core singletons our nodes use through helpers: binary data and the deduplication store. */
function initServices(): Promise<void> {
	servicesReady ??= (async () => {
		await Container.get(BinaryDataService).init();
		await DataDeduplicationService.init(memoryDeduplicator);
	})();
	return servicesReady;
}

/** The bytes of a binary output, read back through n8n's own BinaryDataService (stored on disk, as n8n does). */
export async function binaryBytes(binary: IBinaryData): Promise<Buffer> {
	return await Container.get(BinaryDataService).getAsBuffer(binary);
}

/**
 * The slice of n8n's IWorkflowExecuteAdditionalData our nodes touch, as a plain object: a mock that
 * answers every property would make n8n-core try to decrypt `encryptedRunnerIdentity`. The URLs must
 * be absolute (n8n-core parses them when a node reads parameters).
 */
export function testAdditionalData(
	credentialsHelper: ICredentialsHelper,
	extra: Record<string, unknown> = {},
): IWorkflowExecuteAdditionalData {
	return {
		credentialsHelper,
		webhookBaseUrl: 'http://localhost:5678/webhook',
		webhookWaitingBaseUrl: 'http://localhost:5678/webhook-waiting',
		webhookTestBaseUrl: 'http://localhost:5678/webhook-test',
		formWaitingBaseUrl: 'http://localhost:5678/form-waiting',
		restApiUrl: 'http://localhost:5678/rest',
		instanceBaseUrl: 'http://localhost:5678/',
		variables: {},
		currentNodeParameters: undefined,
		encryptedRunnerIdentity: undefined,
		userId: 'test-user',
		...extra,
	} as unknown as IWorkflowExecuteAdditionalData;
}

export interface WorkflowJson {
	id?: string;
	name?: string;
	nodes: INode[];
	connections: Record<string, any>;
	settings?: IDataObject;
	staticData?: IDataObject;
}

export interface RunOptions {
	/** Items fed to the start node (default: one empty item). */
	input?: Array<IDataObject | INodeExecutionData>;
	/** Credential data by credential type name. */
	credentials?: Record<string, ICredentialDataDecryptedObject>;
	/** Name of the node to start from (default: n8n's own choice of start node). */
	startNode?: string;
	/** Execution mode seen by nodes (manual, trigger, webhook …). */
	mode?: WorkflowExecuteMode;
	/** Extra node types (e.g. fakes) keyed by full type name. */
	extraNodeTypes?: Record<string, AnyNodeType>;
	/** Workflow static data; pass the same object to later runs to persist cursors. */
	staticData?: IDataObject;
	/** Workflow id (scopes the deduplication store). */
	workflowId?: string;
}

export interface RunResult {
	run: IRun;
	workflow: Workflow;
	/** The JSON of every item the named node emitted on `output` (default 0) in its last run. */
	json(nodeName: string, output?: number): IDataObject[];
	items(nodeName: string, output?: number): INodeExecutionData[];
	/** The error of the named node, if it failed. */
	error(nodeName: string): Error | undefined;
}

function toItem(x: IDataObject | INodeExecutionData): INodeExecutionData {
	return x && typeof x === 'object' && 'json' in x && typeof (x as INodeExecutionData).json === 'object'
		? (x as INodeExecutionData)
		: { json: x as IDataObject };
}

export async function runWorkflow(json: WorkflowJson, options: RunOptions = {}): Promise<RunResult> {
	await initServices();
	const { nodes, credentials } = packageTypes();
	const nodeTypes = new TestNodeTypes({
		'n8n-nodes-base.manualTrigger': new ManualTrigger(),
		'n8n-nodes-base.noOp': new NoOp(),
		...nodes,
		...(options.extraNodeTypes ?? {}),
	});
	const workflow = new Workflow({
		id: options.workflowId ?? json.id ?? 'test-workflow',
		name: json.name ?? 'test',
		nodes: json.nodes,
		connections: json.connections,
		nodeTypes,
		active: false,
		staticData: options.staticData ?? json.staticData ?? {},
		settings: (json.settings as any) ?? { executionOrder: 'v1' },
	});
	const mode = options.mode ?? 'manual';
	const hooks = new ExecutionLifecycleHooks(mode, '1', { id: workflow.id, name: workflow.name } as any);
	let resolveRun!: (r: IRun) => void;
	const done = new Promise<IRun>((r) => (resolveRun = r));
	hooks.addHandler('workflowExecuteAfter', (run: IRun) => resolveRun(run));
	const additionalData = testAdditionalData(new TestCredentialsHelper(credentials, options.credentials ?? {}), {
		executionId: '1',
		hooks,
		getRunExecutionData: async () => undefined,
		logAiEvent: () => {},
		setExecutionStatus: () => {},
		sendDataToUI: () => {},
		startRunnerTask: async () => {
			throw new Error('Task runners are not available in the in-process harness');
		},
	});

	const start = options.startNode ? workflow.getNode(options.startNode) : workflow.getStartNode();
	if (!start) throw new Error('Workflow has no start node');
	const input = (options.input ?? [{}]).map(toItem);
	const runData = createRunExecutionData({
		executionData: { nodeExecutionStack: [{ node: start, data: { main: [input] }, source: null }] },
	});
	await new WorkflowExecute(additionalData, mode, runData).processRunExecutionData(workflow);
	const run = await done;

	const lastRun = (name: string) => {
		const runs = run.data.resultData.runData[name];
		if (!runs?.length) throw new Error(`Node "${name}" did not run (ran: ${Object.keys(run.data.resultData.runData).join(', ')})`);
		return runs[runs.length - 1];
	};
	return {
		run,
		workflow,
		items: (name, output = 0) => lastRun(name).data?.main?.[output] ?? [],
		json: (name, output = 0) => (lastRun(name).data?.main?.[output] ?? []).map((i) => i.json),
		error: (name) => lastRun(name).error as Error | undefined,
	};
}

/**
 * A linear workflow: Manual Trigger → each given node in order. Parameters are the node's UI values.
 */
export function chain(
	...steps: Array<{ type: string; name?: string; parameters?: IDataObject; typeVersion?: number; credentials?: INode['credentials']; continueOnFail?: boolean; onError?: INode['onError'] }>
): WorkflowJson {
	const nodes: INode[] = [
		{ id: 'start', name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
	];
	const connections: Record<string, any> = {};
	let prev = 'Start';
	steps.forEach((s, i) => {
		const type = s.type.includes('.') ? s.type : `${PACKAGE_NAME}.${s.type}`;
		const name = s.name ?? `Step ${i + 1}`;
		const { nodes: pkgNodes } = packageTypes();
		const nt = pkgNodes[type];
		const defaultVersion =
			nt && 'nodeVersions' in nt ? (nt as IVersionedNodeType).currentVersion : ((nt as INodeType | undefined)?.description.version as number) ?? 1;
		nodes.push({
			id: `n${i}`,
			name,
			type,
			typeVersion: s.typeVersion ?? (Array.isArray(defaultVersion) ? Math.max(...defaultVersion) : defaultVersion),
			position: [200 * (i + 1), 0],
			parameters: (s.parameters ?? {}) as INode["parameters"],
			credentials: s.credentials,
			...(s.onError ? { onError: s.onError } : {}),
			...(s.continueOnFail ? { continueOnFail: true } : {}),
		});
		connections[prev] = { main: [[{ node: name, type: 'main', index: 0 }]] };
		prev = name;
	});
	return { nodes, connections };
}
