/**
 * Loads the offline text engine (nodes/engine/text) of an earlier commit beside the current one, for
 * the equivalence check (scripts/equiv-text.ts) and the interleaved speed comparison
 * (scripts/ab-text.ts, scripts/alloc-text.ts), and the text sets both comparisons run on. The engine of REF is extracted with `git archive` into node_modules/.cache,
 * so it resolves the same dependencies (zod) as the working tree.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dialogueTexts, enHotelTexts, zhHotelTexts } from '../bench/texts';
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

/** The texts of a comparison set (--set of ab-text and alloc-text): zh, en, waimai or dialogue. */
export function comparisonTexts(set: string): string[] {
	if (set === 'zh') return zhHotelTexts();
	if (set === 'en') return enHotelTexts();
	if (set === 'dialogue') return dialogueTexts();
	if (set === 'waimai') {
		const file = join(repoRoot, '..', 'shared', 'data', 'zh', 'waimai_10k.csv');
		if (!existsSync(file)) throw new Error(`${file} not found`);
		return readFileSync(file, 'utf8').split('\n').slice(1).map((l) => l.replace(/^\d,/, '')).filter(Boolean);
	}
	throw new Error(`unknown --set ${set} (zh, en, waimai, dialogue)`);
}
