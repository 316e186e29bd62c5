// `npm start`: the product on this machine. Installs (once) Node 24 and n8n 2.40.7 into .runtime/,
// builds this package and installs it into n8n as a community package, provisions the owner account,
// imports and publishes every workflow in workflows/, and starts n8n on SQLite. Ctrl-C stops it all.
//
// Settings (environment): CXLOOP_PORT (5678), CXLOOP_OWNER_EMAIL (admin@cxloop.local),
// CXLOOP_OWNER_PASSWORD (generated once, kept in .runtime/home/owner.json), CXLOOP_DB=postgres with
// DB_POSTGRESDB_* to use PostgreSQL instead of SQLite.
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import {
	RUNTIME, ensureRuntime, buildAndPack, installPackage, n8nEnv, importAndPublish, startN8n, bcryptHash,
	waitForWebhooks, templateWebhookPaths, listWorkflows, stopN8n,
} from './runtime.mjs';

const t0 = Date.now();
const userFolder = join(RUNTIME, 'home');
mkdirSync(userFolder, { recursive: true });
const port = Number(process.env.CXLOOP_PORT ?? 5678);
const brokerPort = Number(process.env.CXLOOP_BROKER_PORT ?? port + 1001);

ensureRuntime();
const tarball = buildAndPack();
console.log('[cxloop] installing the package into n8n as a community package …');
installPackage(userFolder, tarball);

const ownerFile = join(userFolder, 'owner.json');
let owner = existsSync(ownerFile) ? JSON.parse(readFileSync(ownerFile, 'utf8')) : null;
const wantedEmail = process.env.CXLOOP_OWNER_EMAIL ?? owner?.email ?? 'admin@cxloop.local';
const wantedPassword = process.env.CXLOOP_OWNER_PASSWORD ?? owner?.password ?? `Cx-${randomBytes(6).toString('base64url')}9`;
if (!owner || owner.email !== wantedEmail || owner.password !== wantedPassword) {
	owner = { email: wantedEmail, password: wantedPassword, passwordHash: bcryptHash(wantedPassword) };
	writeFileSync(ownerFile, JSON.stringify(owner, null, 2), { mode: 0o600 });
}

const env = n8nEnv({
	userFolder,
	port,
	brokerPort,
	owner,
	db: process.env.CXLOOP_DB === 'postgres' ? 'postgres' : 'sqlite',
});
// Templates are imported once: a later start must not overwrite what ops staff changed in the
// editor. CXLOOP_REIMPORT=1 imports (and publishes) them all again.
const importedFile = join(userFolder, 'imported-workflows.json');
const imported = process.env.CXLOOP_REIMPORT === '1' || !existsSync(importedFile) ? [] : JSON.parse(readFileSync(importedFile, 'utf8'));
const fresh = importAndPublish(env, undefined, { skip: imported });
if (fresh.length) console.log(`[cxloop] imported and published ${fresh.length} workflow template(s) from workflows/`);
writeFileSync(importedFile, JSON.stringify([...new Set([...imported, ...fresh.map((w) => w.id)])], null, 2));
const workflows = listWorkflows();

// Ctrl-C at any point from here on stops n8n too (it runs in its own process group).
let n8nChild;
let stopping = false;
const shutdown = async () => {
	if (stopping) return;
	stopping = true;
	console.log('\n[cxloop] stopping n8n …');
	if (n8nChild) await stopN8n(n8nChild);
	process.exit(0);
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);

const server = await startN8n(env, { onSpawn: (child) => (n8nChild = child) });
await waitForWebhooks(server.baseUrl, templateWebhookPaths());
const url = `http://localhost:${port}`;
// Our polling triggers need a credential (a review site's API key) before n8n can activate them; the
// rest of such a workflow is published without them, and n8n says only "partially published".
const waiting = workflows.flatMap((w) =>
	(w.json.nodes ?? [])
		.filter((n) => n.type.startsWith('n8n-nodes-cxloop.') && n.type.endsWith('Trigger') && !n.disabled && !n.credentials)
		.map((n) => `${w.name}: trigger "${n.name}"`),
);
console.log(`
  CX Loop is running on n8n 2.40.7 (${env.DB_TYPE === 'sqlite' ? 'SQLite' : 'PostgreSQL'}), ready in ${Math.round((Date.now() - t0) / 1000)} s

    Editor    ${url}
    Login     ${owner.email}
    Password  ${owner.password}

  Workflow templates (imported once; CXLOOP_REIMPORT=1 re-imports them):
${workflows.map((w) => `    - ${w.name}`).join('\n')}

${waiting.length ? `  Waiting for a credential (n8n logs "Workflow partially published" for these until you add one):
${waiting.map((x) => `    - ${x}`).join('\n')}
    Add the review site's credential in the editor: docs/connect-review-sites.md.

` : ''}  Try it:
    curl -s -X POST ${url}/webhook/cx/survey-response -H 'content-type: application/json' \\
      -d '{"id":"r-1","nps":4,"comment":"房间隔音太差","property":"SH-01"}'

  Ctrl-C stops n8n.
`);

server.child.on('exit', (code) => {
	if (!stopping) {
		console.error(`[cxloop] n8n exited (${code})`);
		process.exit(code ?? 1);
	}
});
