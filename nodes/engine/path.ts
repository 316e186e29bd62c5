/**
 * Dot paths into items ("body", "feedback.scores.nps"): how every CX node finds its input inside an
 * n8n item. An empty path means the whole object.
 */
export function getPath(obj: unknown, path: string): unknown {
	const p = path.trim();
	if (!p) return obj;
	let v: unknown = obj;
	for (const key of p.split('.')) {
		if (v === null || typeof v !== 'object') return undefined;
		v = (v as Record<string, unknown>)[key];
	}
	return v;
}

/** Sets a value at a dot path, creating (or replacing non-object) intermediate objects. */
export function setPath(obj: Record<string, unknown>, path: string, value: unknown): void {
	const keys = path.trim().split('.');
	let o = obj;
	for (let i = 0; i < keys.length - 1; i++) {
		const k = keys[i];
		if (o[k] === null || typeof o[k] !== 'object' || Array.isArray(o[k])) o[k] = {};
		o = o[k] as Record<string, unknown>;
	}
	o[keys[keys.length - 1]] = value;
}
