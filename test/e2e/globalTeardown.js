// Stops the n8n processes started by globalSetup and everything they spawned, keeps their logs in
// artifacts/, and removes the temporary user folder (CXLOOP_E2E_KEEP=1 keeps it) and the PostgreSQL
// database it created.
const { execFileSync } = require('node:child_process');
const { rmSync } = require('node:fs');

module.exports = async function globalTeardown() {
	const ctx = globalThis.__cxloopE2E;
	if (!ctx) return;
	for (const p of [...(ctx.workers ?? []), ctx.server]) {
		if (!p) continue;
		// Workers' logs were written as they came (globalSetup); the server's is saved now.
		if (p !== ctx.server) await p.stop();
		else {
			p.saveLog();
			await p.stop();
		}
	}
	if (process.env.CXLOOP_E2E_KEEP !== '1') rmSync(ctx.userFolder, { recursive: true, force: true });
	if (ctx.database) {
		try {
			execFileSync('psql', ['-h', '127.0.0.1', '-U', 'postgres', '-q', '-c', `DROP DATABASE IF EXISTS ${ctx.database} WITH (FORCE)`]);
		} catch (e) {
			console.warn(`[e2e] could not drop ${ctx.database}: ${e.message}`);
		}
	}
};
