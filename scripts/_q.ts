import { getEngine } from '../nodes/engine/text';
const e = getEngine();
for (const t of process.argv.slice(2)) { const r = e.analyze(t, { explain: true } as any); console.log(t, '→', r.sentiment.label, r.sentiment.score, JSON.stringify(r.intents.map((i) => i.intent)), JSON.stringify((r as any).clauses)); }
