// `npm run bench [-- NAME…]`: runs every bench/*.bench.ts (or those whose name contains NAME), each
// in its own Node process so one benchmark's heap does not skew the next. Each prints its figures
// and its ratio against a baseline measured in the same run.
import { readdirSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const filters = process.argv.slice(2);
const files = readdirSync(join(root, 'bench'))
	.filter((f) => f.endsWith('.bench.ts'))
	.filter((f) => !filters.length || filters.some((x) => f.includes(x)))
	.sort();
let failed = 0;
for (const f of files) {
	// A bench may ask for more Node flags in a line `// node-flags: …` (metrics: --single-threaded-gc).
	const flags = /^\/\/ node-flags: (.*)$/m.exec(readFileSync(join(root, 'bench', f), 'utf8'))?.[1].split(/\s+/).filter(Boolean) ?? [];
	console.log(`\n=== bench/${f}${flags.length ? ` (node ${flags.join(' ')})` : ''}`);
	const r = spawnSync(process.execPath, ['--expose-gc', ...flags, '-r', join(root, 'scripts/ts-register.cjs'), join(root, 'bench', f)], {
		stdio: 'inherit',
		cwd: root,
	});
	if (r.status !== 0) failed++;
}
if (!files.length) console.log('no benchmarks matched');
process.exit(failed ? 1 : 0);
