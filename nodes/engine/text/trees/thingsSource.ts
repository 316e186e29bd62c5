/**
 * The engine's own thing words (things.json): every topic term of the built-in trees (hotel,
 * restaurant, telecom, retail). The whole-text sentiment rules that ask whether a clause names a
 * thing ("没有热水" / "no hot water" is a complaint; a lukewarm clause that names nothing is a verdict)
 * read these, not the tree in use, so a text's overall sentiment is the same whatever tree an ops user
 * picks (topic-level sentiment still reads the tree). Generated: run with --write after a built-in
 * tree changes (a test checks it is current).
 */
import { eachNode, type IndicatorTree } from '../tree';

export interface ThingWords {
	zh: string[];
	en: string[];
}

export function buildThingWords(trees: IndicatorTree[]): ThingWords {
	const zh = new Set<string>();
	const en = new Set<string>();
	for (const tree of trees)
		eachNode(tree, (n) => {
			for (const t of n.terms?.zh ?? []) zh.add(t);
			for (const t of n.terms?.en ?? []) en.add(t);
		});
	return { zh: [...zh].sort(), en: [...en].sort() };
}

// eslint-disable-next-line @n8n/community-nodes/no-restricted-globals -- the generator runs as a script at development time only
if (require.main === module && process.argv.includes('--write')) {
	/* eslint-disable @typescript-eslint/no-require-imports */
	const fs = require('node:fs') as typeof import('node:fs');
	const path = require('node:path') as typeof import('node:path');
	const { BUILT_IN_TREES, builtInTree } = require('../index') as typeof import('../index');
	/* eslint-enable @typescript-eslint/no-require-imports */
	// eslint-disable-next-line @n8n/community-nodes/no-restricted-globals -- development-time script
	const file = path.join(__dirname, 'things.json');
	fs.writeFileSync(file, JSON.stringify(buildThingWords(BUILT_IN_TREES.map((t) => builtInTree(t))), null, '\t') + '\n');
	// eslint-disable-next-line no-console -- development-time script
	console.log(`wrote ${file}`);
}
