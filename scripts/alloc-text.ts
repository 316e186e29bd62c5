/**
 * Bytes the offline text engine allocates per text, of REF (default `main`) and of the working tree, in one process:
 *
 *   node -r ./scripts/ts-register.cjs scripts/alloc-text.ts [--base REF] [--set zh|en|waimai|dialogue] [--texts 30000]
 *
 * Each engine is warmed up (20,000 texts), then V8's sampling heap profiler (1 KiB interval, objects collected by minor
 * and major GC counted) runs over the texts: the sum of the sampled sizes per text. Unlike ab-text's rates it does not
 * depend on the machine's load (speed, eighteenth pass).
 */
import { Session } from 'node:inspector';
import * as current from '../nodes/engine/text';
import { comparisonTexts, loadBaseEngine, type TextEngineModule } from './baseline-engine';
import { parseArgs } from './eval-common';

const { opts } = parseArgs(process.argv.slice(2));
const base = opts.base ?? 'main';
const set = opts.set ?? 'zh';
const count = Number(opts.texts ?? 30000);


interface SampleNode {
	selfSize: number;
	children: SampleNode[];
}

async function main() {
	const texts = comparisonTexts(set);
	const session = new Session();
	session.connect();
	const post = <T>(method: string, params: object = {}) =>
		new Promise<T>((resolve, reject) => session.post(method, params, (err, res) => (err ? reject(err) : resolve(res as T))));
	await post('HeapProfiler.enable');
	const sides: Array<[string, TextEngineModule]> = [
		[base, loadBaseEngine(base).engine],
		['working tree', current as TextEngineModule],
	];
	for (const [name, lib] of sides) {
		const engine = lib.getEngine();
		for (let n = 0; n < 20000; n++) lib.analyzeText(engine, texts[n % texts.length], { pii: {} });
		await post('HeapProfiler.startSampling', { samplingInterval: 1024, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
		for (let n = 0; n < count; n++) lib.analyzeText(engine, texts[n % texts.length], { pii: {} });
		const { profile } = await post<{ profile: { head: SampleNode } }>('HeapProfiler.stopSampling');
		let total = 0;
		const walk = (node: SampleNode) => {
			total += node.selfSize;
			for (const c of node.children) walk(c);
		};
		walk(profile.head);
		console.log(`${set} ${name}: ${Math.round(total / count)} B allocated per text`);
	}
	session.disconnect();
}

void main();
