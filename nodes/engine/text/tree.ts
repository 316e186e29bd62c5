/* eslint-disable @n8n/community-nodes/require-node-api-error -- engine code has no n8n imports by design; the node wraps these errors in NodeOperationError */
/**
 * Indicator trees: a hierarchical topic taxonomy (domain → category → aspect → attribute …). Each
 * node has an id, zh and en names, match terms in both languages, an owning department, optional
 * qualifier terms (`with`) and children. See docs/indicator-tree.md.
 *
 * Matching semantics:
 * - a node is mentioned when one of its `terms` occurs in the text;
 * - a child with `with` qualifiers refines a mention of its parent (or of any ancestor chain down to
 *   it) when one of the qualifiers occurs in the same clause: "床垫太硬" = 床垫 (mattress) + 硬 (qualifier
 *   of the leaf mattress › comfort) → the leaf.
 */
import { z } from 'zod';

const termList = z.array(z.string().trim().min(1, 'empty term').max(100, 'term longer than 100 characters')).max(2000);
const Terms = z.object({ zh: termList.optional(), en: termList.optional() }).strict();
const Names = z.object({ zh: z.string().min(1), en: z.string().min(1) }).strict();

export interface TreeNode {
	id: string;
	name: { zh: string; en: string };
	owner?: string;
	description?: string;
	terms?: { zh?: string[]; en?: string[] };
	with?: { zh?: string[]; en?: string[] };
	children?: TreeNode[];
	/** Only in extensions: the id of the node to graft this one under. */
	parent?: string;
}

export const TreeNodeSchema: z.ZodType<TreeNode> = z.lazy(() =>
	z
		.object({
			id: z
				.string()
				.min(1)
				.max(200)
				.regex(/^[A-Za-z0-9_.:-]+$/, 'id may only contain letters, digits, "_", ".", ":" and "-"'),
			name: Names,
			owner: z.string().min(1).optional(),
			description: z.string().optional(),
			terms: Terms.optional(),
			with: Terms.optional(),
			children: z.array(TreeNodeSchema).optional(),
			parent: z.string().optional(),
		})
		.strict(),
);

export const IndicatorTreeSchema = z
	.object({
		id: z.string().min(1),
		name: Names,
		version: z.string().optional(),
		description: z.string().optional(),
		/** Department id → names. Node owners must be listed here when it is present. */
		departments: z.record(z.string(), Names).optional(),
		nodes: z.array(TreeNodeSchema).min(1, 'a tree needs at least one node'),
	})
	.strict();

export type IndicatorTree = z.infer<typeof IndicatorTreeSchema>;

/** Extension nodes: like tree nodes, but `name` may be left out when the id already exists. */
const ExtensionNodeSchema = z
	.object({
		id: z.string().min(1).max(200),
		name: Names.optional(),
		owner: z.string().min(1).optional(),
		description: z.string().optional(),
		terms: Terms.optional(),
		with: Terms.optional(),
		children: z.array(TreeNodeSchema).optional(),
		parent: z.string().optional(),
	})
	.strict();

export const TreeExtensionSchema = z
	.object({
		departments: z.record(z.string(), Names).optional(),
		nodes: z.array(ExtensionNodeSchema),
	})
	.strict();
export type TreeExtension = z.infer<typeof TreeExtensionSchema>;

export const MAX_TREE_NODES = 50000;
export const MAX_TREE_DEPTH = 12;

export class TreeValidationError extends Error {
	constructor(public readonly issues: string[]) {
		super(`Invalid indicator tree: ${issues.slice(0, 5).join('; ')}${issues.length > 5 ? ` (and ${issues.length - 5} more)` : ''}`);
		this.name = 'TreeValidationError';
	}
}

function formatZod(error: z.ZodError, prefix: string): string[] {
	return error.issues.map((i) => `${[prefix, ...i.path].map(String).join('.').replace(/\.(\d+)/g, '[$1]')}: ${i.message}`);
}

function walk(nodes: TreeNode[], fn: (n: TreeNode, depth: number, where: string) => void, depth = 1, where = 'nodes') {
	nodes.forEach((n, i) => {
		fn(n, depth, `${where}[${i}]`);
		if (n.children) walk(n.children, fn, depth + 1, `${where}[${i}].children`);
	});
}

/** Checks the shape and the rules zod cannot see (unique ids, depth, size, known owners). */
export function validateTree(input: unknown): IndicatorTree {
	if (typeof input === 'string') {
		try {
			input = JSON.parse(input);
		} catch (e) {
			throw new TreeValidationError([`tree is not valid JSON: ${(e as Error).message}`]);
		}
	}
	const parsed = IndicatorTreeSchema.safeParse(input);
	if (!parsed.success) throw new TreeValidationError(formatZod(parsed.error, 'tree'));
	const tree = parsed.data;
	const issues: string[] = [];
	const seen = new Map<string, string>();
	let count = 0;
	walk(tree.nodes, (n, depth, where) => {
		count++;
		if (seen.has(n.id)) issues.push(`tree.${where}.id: duplicate id "${n.id}" (first at tree.${seen.get(n.id)})`);
		else seen.set(n.id, where);
		if (depth > MAX_TREE_DEPTH) issues.push(`tree.${where}: deeper than ${MAX_TREE_DEPTH} levels`);
		if (n.owner && tree.departments && !tree.departments[n.owner]) issues.push(`tree.${where}.owner: unknown department "${n.owner}"`);
		if (n.parent !== undefined) issues.push(`tree.${where}.parent: only allowed in an extension`);
	});
	if (count > MAX_TREE_NODES) issues.push(`tree: ${count} nodes, more than ${MAX_TREE_NODES}`);
	if (issues.length) throw new TreeValidationError(issues);
	return tree;
}

const mergeTerms = (a?: { zh?: string[]; en?: string[] }, b?: { zh?: string[]; en?: string[] }) =>
	a || b
		? {
				zh: [...new Set([...(a?.zh ?? []), ...(b?.zh ?? [])])],
				en: [...new Set([...(a?.en ?? []), ...(b?.en ?? [])])],
			}
		: undefined;

/**
 * Extends a tree: an extension node whose id exists adds its terms, qualifiers and children to that
 * node (and may change its owner); a new node goes under `parent` (or at the top when none).
 */
export function extendTree(base: IndicatorTree, extension: unknown): IndicatorTree {
	if (typeof extension === 'string') {
		try {
			extension = JSON.parse(extension);
		} catch (e) {
			throw new TreeValidationError([`extension is not valid JSON: ${(e as Error).message}`]);
		}
	}
	const parsed = TreeExtensionSchema.safeParse(extension);
	if (!parsed.success) throw new TreeValidationError(formatZod(parsed.error, 'extension'));
	const tree: IndicatorTree = JSON.parse(JSON.stringify(base));
	const index = new Map<string, TreeNode>();
	walk(tree.nodes, (n) => index.set(n.id, n));
	const issues: string[] = [];
	parsed.data.nodes.forEach((ext, i) => {
		const { parent, ...node } = ext;
		const existing = index.get(node.id);
		if (existing) {
			existing.terms = mergeTerms(existing.terms, node.terms);
			existing.with = mergeTerms(existing.with, node.with);
			if (node.owner) existing.owner = node.owner;
			if (node.children) existing.children = [...(existing.children ?? []), ...node.children];
			return;
		}
		if (!node.name) {
			issues.push(`extension.nodes[${i}].name: required for a new node ("${node.id}" is not in the tree)`);
			return;
		}
		const fresh = node as TreeNode;
		if (parent === undefined) {
			tree.nodes.push(fresh);
		} else {
			const p = index.get(parent);
			if (!p) {
				issues.push(`extension.nodes[${i}].parent: no node with id "${parent}"`);
				return;
			}
			p.children = [...(p.children ?? []), fresh];
		}
		walk([fresh], (n) => index.set(n.id, n));
	});
	if (issues.length) throw new TreeValidationError(issues);
	if (parsed.data.departments) tree.departments = { ...(tree.departments ?? {}), ...parsed.data.departments };
	return validateTree(tree);
}

/** A flattened node, as the matcher uses it. */
export interface FlatNode {
	index: number;
	id: string;
	name: { zh: string; en: string };
	owner?: string;
	depth: number;
	parent: number;
	/** Indexes of the children that have qualifiers. */
	qualified: number[];
	ancestors: number[];
	isLeaf: boolean;
}

export interface FlatTree {
	tree: IndicatorTree;
	nodes: FlatNode[];
	byId: Map<string, number>;
	leafCount: number;
	maxDepth: number;
}

export function flattenTree(tree: IndicatorTree): FlatTree {
	const nodes: FlatNode[] = [];
	const byId = new Map<string, number>();
	let leafCount = 0;
	let maxDepth = 0;
	const visit = (list: TreeNode[], parent: number, depth: number, ancestors: number[], owner?: string) => {
		for (const n of list) {
			const index = nodes.length;
			const own = n.owner ?? owner;
			const isLeaf = !n.children?.length;
			if (isLeaf) leafCount++;
			maxDepth = Math.max(maxDepth, depth);
			nodes.push({ index, id: n.id, name: n.name, owner: own, depth, parent, qualified: [], ancestors, isLeaf });
			byId.set(n.id, index);
			if (parent >= 0 && n.with && ((n.with.zh?.length ?? 0) + (n.with.en?.length ?? 0)) > 0) nodes[parent].qualified.push(index);
			if (n.children) visit(n.children, index, depth + 1, [...ancestors, index], own);
		}
	};
	visit(tree.nodes, -1, 1, []);
	return { tree, nodes, byId, leafCount, maxDepth };
}

/** Every node of a tree with its terms, depth first (for building the automaton). */
export function eachNode(tree: IndicatorTree, fn: (n: TreeNode, index: number) => void): void {
	let i = 0;
	walk(tree.nodes, (n) => fn(n, i++));
}
