/**
 * CX Normalize throughput: Typeform payloads → validated Feedback records, beside a baseline that
 * only deep-copies the same payloads (structuredClone) in the same run; then 10,000 items through the
 * node inside an in-process n8n execution.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildFeedback } from '../nodes/engine/feedback/build';
import { typeformToDraft } from '../nodes/providers/typeform/normalize';
import { chain, runWorkflow } from '../test/harness/n8n';

const base = JSON.parse(readFileSync(join(__dirname, '..', 'test', 'fixtures', 'surveys', 'typeform-webhook.json'), 'utf8'));
const N = 20000;
const payloads = Array.from({ length: N }, (_, i) => {
	const p = structuredClone(base);
	p.form_response.token = `tok-${i}`;
	p.form_response.answers[0].number = i % 11;
	return p;
});

function time(fn: () => void): number {
	const t = process.hrtime.bigint();
	fn();
	return Number(process.hrtime.bigint() - t) / 1e6;
}

// Warm up both paths so the JIT has seen them.
for (let i = 0; i < 2000; i++) {
	structuredClone(payloads[i]);
	buildFeedback(typeformToDraft(payloads[i]));
}
let sink = 0;
const baselineMs = time(() => {
	for (const p of payloads) sink += (structuredClone(p) as { form_response: { answers: unknown[] } }).form_response.answers.length;
});
let failures = 0;
const engineMs = time(() => {
	for (const p of payloads) {
		const r = buildFeedback(typeformToDraft(p), { timeZone: 'Asia/Shanghai' });
		if (!r.ok) failures++;
	}
});
if (failures) throw new Error(`${failures} payloads failed to normalise`);
const perSec = (ms: number) => Math.round((N / ms) * 1000);
console.log(`engine  typeform → Feedback        ${perSec(engineMs).toLocaleString('en')} records/s  (${N} in ${engineMs.toFixed(0)} ms)`);
console.log(`baseline structuredClone of same   ${perSec(baselineMs).toLocaleString('en')} payloads/s (${baselineMs.toFixed(0)} ms)`);
console.log(`ratio   engine time / baseline time  ${(engineMs / baselineMs).toFixed(2)}×`);

(async () => {
	const items = payloads.slice(0, 10000);
	const wf = chain({ type: 'cxNormalize', name: 'N', parameters: { operation: 'preset', preset: 'typeform' } });
	await runWorkflow(wf, { input: items.slice(0, 200) }); // warm-up
	const t = process.hrtime.bigint();
	const r = await runWorkflow(wf, { input: items });
	const ms = Number(process.hrtime.bigint() - t) / 1e6;
	if (r.json('N').length !== items.length) throw new Error('node lost items');
	console.log(`n8n     10,000 items through CX Normalize in an in-process run: ${ms.toFixed(0)} ms (${perSec(ms * (N / 10000)).toLocaleString('en')} items/s)`);
	if (sink < 0) console.log(sink);
})().catch((e) => {
	console.error(e);
	process.exit(1);
});
