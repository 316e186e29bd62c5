/**
 * Interleaved speed comparison of the offline text engine of REF (default `main`) and of the working
 * tree, in one process, so both see the same machine load:
 *
 *   node --expose-gc -r ./scripts/ts-register.cjs scripts/ab-text.ts [--base REF] [--set zh|en|waimai|dialogue]
 *        [--rounds 10] [--round-ms 500] [--warmup-ms 4000] [--tree NAME]
 *
 * Full analysis as in the benchmark (`analyzeText(engine, text, { pii: {} })`). Both engines are
 * warmed up in turn first (the JIT compiles each separately); then each round runs A and B on the same
 * texts in short alternating slices (AB BA AB …) and adds up each one's CPU time of this process.
 * Prints the rates of every round, the medians and the median of the per-round ratios B/A, and the
 * load average. --set dialogue: speaker-labelled chats (bench/texts.ts dialogueTexts), Chinese and English.
 * --tree NAME runs the working tree's engine B over that built-in tree (A keeps the
 * default hotel tree): with --base HEAD it measures one tree against the other on the same code.
 */
import { loadavg } from 'node:os';
import * as current from '../nodes/engine/text';
import { comparisonTexts, loadBaseEngine, type TextEngineModule } from './baseline-engine';
import { parseArgs } from './eval-common';

const { opts } = parseArgs(process.argv.slice(2));
const base = opts.base ?? 'main';
const set = opts.set ?? 'zh';
const rounds = Number(opts.rounds ?? 10);
const roundMs = Number(opts['round-ms'] ?? 500);
const warmupMs = Number(opts['warmup-ms'] ?? 4000);
const treeB = opts.tree;
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);


const median = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const cpuMs = (c: NodeJS.CpuUsage) => (c.user + c.system) / 1000;

function main() {
	const texts = comparisonTexts(set);
	const old = loadBaseEngine(base);
	const runners: Array<{ name: string; run: (i: number) => void }> = [
		{ name: `A ${base} (${old.sha.slice(0, 10)})`, lib: old.engine },
		{ name: `B working tree${treeB ? ` (${treeB} tree)` : ''}`, lib: current as TextEngineModule, tree: treeB },
	].map(({ name, lib, tree }) => {
		const engine = tree ? current.getEngine({ tree }) : lib.getEngine();
		return { name, run: (i: number) => void lib.analyzeText(engine, texts[i % texts.length], { pii: {} }) };
	});
	const load0 = loadavg()[0];

	// Warm-up in turn; it also calibrates how many texts fill one measurement of about roundMs.
	let perMs = 0;
	for (let w = 0; w < 4; w++)
		for (const r of runners) {
			const t0 = Date.now();
			let n = 0;
			while (Date.now() - t0 < warmupMs / 8) for (let k = 0; k < 100; k++) r.run(n++);
			perMs = Math.max(perMs, n / (Date.now() - t0));
		}
	const count = Math.max(200, Math.round(perMs * roundMs));

	// A round alternates A and B in short slices (ABBA ABBA …) and adds up each one's CPU time: load
	// that comes and goes (the other engineer's benchmark, the host) then falls on both alike.
	const slices = 10;
	const perSlice = Math.max(20, Math.round(count / slices));
	const rates: number[][] = [[], []];
	const ratios: number[] = [];
	let next = 0;
	for (let round = 0; round < rounds; round++) {
		const used = [0, 0];
		gc();
		// An untimed slice of each after the forced collection: the first slice after it runs slower, and in
		// every round it fell on A (the same engine as A and B: B/A 1.06–1.14 with the collection, 1.01 without).
		for (const r of runners) for (let i = 0; i < perSlice; i++) r.run(next + i);
		for (let k = 0; k < slices; k++) {
			for (const which of k % 2 ? [1, 0] : [0, 1]) {
				const r = runners[which];
				const start = next;
				const c0 = process.cpuUsage();
				for (let i = 0; i < perSlice; i++) r.run(start + i);
				used[which] += cpuMs(process.cpuUsage(c0));
			}
			next += perSlice;
		}
		const got = used.map((ms) => (slices * perSlice * 1000) / ms);
		rates[0].push(got[0]);
		rates[1].push(got[1]);
		ratios.push(got[1] / got[0]);
		console.log(`round ${String(round + 1).padStart(2)}: A ${Math.round(got[0])}/s  B ${Math.round(got[1])}/s  B/A ${(got[1] / got[0]).toFixed(3)}`);
	}
	const fmt = (x: number) => Math.round(x).toLocaleString('en-US');
	console.log(`set ${set} (${texts.length} texts, avg ${Math.round(texts.reduce((a, t) => a + t.length, 0) / texts.length)} chars), ${rounds} rounds of ${slices} × ${perSlice} texts each, texts per CPU-second`);
	console.log(`${runners[0].name}: median ${fmt(median(rates[0]))}/s (${fmt(Math.min(...rates[0]))}–${fmt(Math.max(...rates[0]))})`);
	console.log(`${runners[1].name}: median ${fmt(median(rates[1]))}/s (${fmt(Math.min(...rates[1]))}–${fmt(Math.max(...rates[1]))})`);
	console.log(`B/A median ${median(ratios).toFixed(3)} (${Math.min(...ratios).toFixed(3)}–${Math.max(...ratios).toFixed(3)}); load average ${load0.toFixed(2)} → ${loadavg()[0].toFixed(2)}`);
}

main();
