/**
 * The indicator tree as seen in the data: a trie of topic paths (Room › Cleanliness › Bathroom), so
 * that looking a topic up for each record allocates nothing once the node exists. Nodes carry the
 * per-record stamps that stop a record from counting twice for the same node, and the slots the
 * drill-down counters and key-driver statistics hang on.
 */
export const PATH_SEPARATOR = ' › ';

export interface TrieNode {
	key: string;
	name: string;
	level: number;
	parent: TrieNode | null;
	kids: Map<string, TrieNode>;
	/** Last record counted on this node (drill-down). */
	stamp: number;
	/** Last record counted per dimension (topic breakdowns). */
	dimStamps: number[];
	/** Index of the driver statistics, or −1. */
	driverIndex: number;
	/** Last record whose driver value went to this node. */
	driverStamp: number;
}

export class TopicTrie {
	readonly roots = new Map<string, TrieNode>();
	size = 0;
	truncated = false;

	constructor(readonly maxNodes: number) {}

	/** The node of `path` cut at `level` (1-based), created as needed; undefined past the node cap. */
	node(path: readonly unknown[], level: number): TrieNode | undefined {
		let map = this.roots;
		let parent: TrieNode | null = null;
		let node: TrieNode | undefined;
		for (let l = 1; l <= level; l++) {
			const raw = path[l - 1];
			const name = typeof raw === 'string' ? raw : String(raw);
			node = map.get(name);
			if (!node) {
				if (this.size >= this.maxNodes) {
					this.truncated = true;
					return undefined;
				}
				node = {
					key: parent ? parent.key + PATH_SEPARATOR + name : name,
					name,
					level: l,
					parent,
					kids: new Map(),
					stamp: -1,
					dimStamps: [],
					driverIndex: -1,
					driverStamp: -1,
				};
				map.set(name, node);
				this.size++;
			}
			parent = node;
			map = node.kids;
		}
		return node;
	}

	*all(): Generator<TrieNode> {
		const stack = [...this.roots.values()];
		while (stack.length) {
			const n = stack.pop()!;
			yield n;
			for (const k of n.kids.values()) stack.push(k);
		}
	}
}

export function pathOf(n: TrieNode): string[] {
	const out: string[] = [];
	for (let x: TrieNode | null = n; x; x = x.parent) out.unshift(x.name);
	return out;
}

const ONE: string[] = [''];

/** The path of a topic entry ({path: [...]} or {id}); undefined when it has neither. */
export function topicPath(t: unknown): readonly unknown[] | undefined {
	if (!t || typeof t !== 'object') return undefined;
	const o = t as Record<string, unknown>;
	if (Array.isArray(o.path) && o.path.length) return o.path;
	if (typeof o.id === 'string' && o.id) {
		const one = ONE.slice();
		one[0] = o.id;
		return one;
	}
	return undefined;
}
