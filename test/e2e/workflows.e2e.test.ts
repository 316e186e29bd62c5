import { readFileSync } from 'node:fs';
import { info, rest } from './n8n';

/** Keys whose values would be secrets if a template carried them inline. */
const SECRET_KEY = /(api[_-]?key|secret|token|password|passwd|authorization|access[_-]?key|private[_-]?key)$/i;

function walk(value: unknown, path: string, visit: (path: string, key: string, v: unknown) => void): void {
	if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`, visit));
	else if (value && typeof value === 'object') {
		for (const [k, v] of Object.entries(value)) {
			visit(`${path}.${k}`, k, v);
			walk(v, `${path}.${k}`, visit);
		}
	}
}

describe('Workflow templates in a real n8n', () => {
	const { workflows } = info();

	it('ships at least one template', () => {
		expect(workflows.length).toBeGreaterThan(0);
	});

	it.each(workflows.map((w) => [w.name, w] as const))('%s imported, published and uses only node types n8n knows', async (_name, wf) => {
		const api = await rest();
		const stored = (await api.get(`/rest/workflows/${wf.id}`)).data.data;
		expect(stored.id).toBe(wf.id);
		const template = JSON.parse(readFileSync(wf.file, 'utf8'));
		if (template.meta?.cxloopPublish !== false) expect(stored.active).toBe(true);
		const known = new Set<string>(((await api.get('/types/nodes.json')).data as Array<{ name: string }>).map((t) => t.name));
		const unknown = (stored.nodes as Array<{ type: string }>).map((n) => n.type).filter((t) => !known.has(t));
		expect(unknown).toEqual([]);
	});

	it.each(workflows.map((w) => [w.name, w] as const))('%s carries no credentials or secrets', (_name, wf) => {
		const template = JSON.parse(readFileSync(wf.file, 'utf8'));
		const problems: string[] = [];
		for (const node of template.nodes) {
			if (node.credentials && Object.keys(node.credentials).length) problems.push(`${node.name}: credentials ${JSON.stringify(node.credentials)}`);
		}
		walk(template.nodes, 'nodes', (path, key, v) => {
			if (typeof v === 'string' && SECRET_KEY.test(key) && v && !v.startsWith('=')) problems.push(`${path} = "${v.slice(0, 4)}…"`);
			if (typeof v === 'string' && /(sk-[A-Za-z0-9]{20,}|xox[bp]-|SEC[0-9a-f]{32,}|access_token=[A-Za-z0-9]{16,})/.test(v)) problems.push(`${path} looks like a secret`);
		});
		expect(problems).toEqual([]);
	});
});
