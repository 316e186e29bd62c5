/**
 * Loads the offline text engine (nodes/engine/text) of an earlier commit beside the current one, for
 * the equivalence check (scripts/equiv-text.ts) and the interleaved speed comparison
 * (scripts/ab-text.ts). The engine of REF is extracted with `git archive` into node_modules/.cache,
 * so it resolves the same dependencies (zod) as the working tree.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type * as current from '../nodes/engine/text';

export type TextEngineModule = typeof current;

export const repoRoot = join(__dirname, '..');

export function loadBaseEngine(ref: string): { engine: TextEngineModule; sha: string } {
	const sha = execFileSync('git', ['rev-parse', '--verify', `${ref}^{commit}`], { cwd: repoRoot, encoding: 'utf8' }).trim();
	const dir = join(repoRoot, 'node_modules', '.cache', 'equiv-text', sha);
	if (!existsSync(join(dir, 'nodes', 'engine', 'text', 'index.ts'))) {
		mkdirSync(dir, { recursive: true });
		const tar = join(dir, 'engine.tar');
		execFileSync('git', ['archive', '-o', tar, sha, 'nodes/engine/text'], { cwd: repoRoot });
		execFileSync('tar', ['-x', '-f', tar, '-C', dir]);
	}
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	return { engine: require(join(dir, 'nodes', 'engine', 'text', 'index.ts')) as TextEngineModule, sha };
}
