// Stops the n8n started by globalSetup and everything it spawned; keeps its log in artifacts/.
module.exports = async function globalTeardown() {
	const ctx = globalThis.__cxloopE2E;
	if (!ctx) return;
	ctx.server.saveLog();
	await ctx.server.stop();
};
