// `npm run bench [-- NAME…]`: runs every bench/*.bench.ts (or those whose name contains NAME), each
// in its own Node process so one benchmark's heap does not skew the next. Each prints its figures
// and its ratio against a baseline measured in the same run.
import { readdirSync } from 'node:fs';
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
	console.log(`\n=== bench/${f}`);
	const r = spawnSync(process.execPath, ['--expose-gc', '-r', join(root, 'scripts/ts-register.cjs'), join(root, 'bench', f)], {
		stdio: 'inherit',
		cwd: root,
	});
	if (r.status !== 0) failed++;
}
if (!files.length) console.log('no benchmarks matched');
process.exit(failed ? 1 : 0);
