// `node scripts/run-ts.mjs FILE.ts args…`: runs a TypeScript script of the project (eval commands etc.).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [file, ...args] = process.argv.slice(2);
const r = spawnSync(process.execPath, ['-r', join(root, 'scripts/ts-register.cjs'), file, ...args], { stdio: 'inherit' });
process.exit(r.status ?? 1);
