// Starts ONE real n8n for the whole e2e run, from the cached runtime in .runtime/ (installed on first
// use), with the freshly built package installed as a community package and every template in
// workflows/ imported and published, in a temporary user folder and on free ports.
//   default                      SQLite, one process
//   CXLOOP_E2E_DB=postgres       a fresh database on the machine's PostgreSQL (127.0.0.1, trust auth)
//   CXLOOP_E2E_MODE=queue        PostgreSQL + Redis, main process + TWO workers that run the executions
//                                (so "across workers" is really tested; their logs, at info level, name the
//                                executions each ran: artifacts/e2e-n8n-worker-<n>.log)
// Tests read the connection details from the file named by CXLOOP_E2E_INFO.
const { appendFileSync, mkdtempSync, writeFileSync, mkdirSync } = require('node:fs');
const { execFileSync } = require('node:child_process');
const { join } = require('node:path');
const { tmpdir } = require('node:os');

module.exports = async function globalSetup() {
	const rt = await import('../../scripts/runtime.mjs');
	const t0 = Date.now();
	rt.ensureRuntime();
	const tarball = rt.buildAndPack({ skipBuild: process.env.CXLOOP_E2E_SKIP_BUILD === '1' });
	const userFolder = mkdtempSync(join(tmpdir(), 'cxloop-e2e-'));
	rt.installPackage(userFolder, tarball);
	const [port, brokerPort] = [await rt.freePort(), await rt.freePort()];
	const owner = { email: 'e2e@cxloop.local', password: 'E2e-Passw0rd!' };
	owner.passwordHash = rt.bcryptHash(owner.password);
	const mode = process.env.CXLOOP_E2E_MODE === 'queue' ? 'queue' : 'regular';
	const db = mode === 'queue' || process.env.CXLOOP_E2E_DB === 'postgres' ? 'postgres' : 'sqlite';
	const extra = {};
	let database;
	if (db === 'postgres') {
		database = `cxloop_e2e_${process.pid}_${Date.now()}`;
		execFileSync('psql', ['-h', '127.0.0.1', '-U', 'postgres', '-q', '-c', `CREATE DATABASE ${database}`]);
		Object.assign(extra, { DB_POSTGRESDB_HOST: '127.0.0.1', DB_POSTGRESDB_USER: 'postgres', DB_POSTGRESDB_DATABASE: database });
	}
	if (mode === 'queue') {
		Object.assign(extra, {
			EXECUTIONS_MODE: 'queue',
			QUEUE_BULL_REDIS_HOST: '127.0.0.1',
			QUEUE_BULL_REDIS_PORT: '6379',
			QUEUE_BULL_PREFIX: database,
			// n8n also caches in Redis under fixed n8n:cache:* keys for an hour; a run must not read the
			// project ids of an earlier run's database.
			N8N_REDIS_KEY_PREFIX: database,
			OFFLOAD_MANUAL_EXECUTIONS_TO_WORKERS: 'true',
		});
	}
	const env = rt.n8nEnv({ userFolder, port, brokerPort, owner, db, extra });
	const workflows = rt.importAndPublish(env);
	const artifacts = join(__dirname, '..', '..', 'artifacts');
	mkdirSync(artifacts, { recursive: true });
	const server = await rt.startN8n(env, { logFile: join(artifacts, `e2e-n8n-${mode}-${db}.log`) });
	await rt.waitForWebhooks(server.baseUrl, rt.templateWebhookPaths());
	const workers = [];
	const workerLogs = [];
	if (mode === 'queue') {
		for (let n = 1; n <= 2; n++) {
			const logFile = join(artifacts, `e2e-n8n-worker-${n}.log`);
			writeFileSync(logFile, '');
			const workerEnv = {
				...env,
				// "Worker started execution <id>" is logged at info level: the tests read which worker ran what.
				N8N_LOG_LEVEL: 'info',
				N8N_RUNNERS_BROKER_PORT: String(await rt.freePort()),
				QUEUE_HEALTH_CHECK_ACTIVE: 'true',
				QUEUE_HEALTH_CHECK_PORT: String(await rt.freePort()),
			};
			const worker = await rt.startN8n(workerEnv, {
				command: 'worker',
				logFile,
				// Written as it comes (not only at the end), so tests can read it while n8n runs.
				onSpawn: (child) => {
					child.stdout.on('data', (b) => appendFileSync(logFile, b));
					child.stderr.on('data', (b) => appendFileSync(logFile, b));
				},
			});
			workers.push(worker);
			workerLogs.push(logFile);
		}
	}
	globalThis.__cxloopE2E = { server, workers, database, userFolder };
	const info = {
		baseUrl: server.baseUrl,
		owner: { email: owner.email, password: owner.password },
		userFolder,
		db,
		mode,
		workflows: workflows.map((w) => ({ id: w.id, name: w.name, file: w.file })),
		workerLogs,
		setupMs: Date.now() - t0,
		startupMs: server.startupMs,
	};
	const infoFile = join(userFolder, 'e2e-info.json');
	writeFileSync(infoFile, JSON.stringify(info, null, 2));
	process.env.CXLOOP_E2E_INFO = infoFile;
	console.log(
		`\n[e2e] n8n ${rt.N8N_VERSION} (${db}, ${mode} mode${workers.length ? ` + ${workers.length} workers` : ''}) at ${server.baseUrl}: ` +
			`set up in ${Math.round(info.setupMs / 1000)} s, server ready in ${Math.round(server.startupMs / 1000)} s`,
	);
};
