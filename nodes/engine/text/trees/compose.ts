/**
 * The composition shared by the generated built-in trees (hotel, restaurant, telecom, retail):
 * domains → categories → aspects (→ sub-aspects) → attributes (→ facets (→ kinds)).
 * An attribute leaf is chosen when a term of its aspect and one of the attribute's qualifier words
 * occur in the same clause; a facet refines the attribute the same way, one level further, and a kind the facet.
 */
import { foldText } from '../fold';
import type { IndicatorTree, TreeNode } from '../tree';

export type Bi = { zh: string; en: string };
export type T = { zh?: string[]; en?: string[] };

/** Space-separated words; "_" stands for a space inside an English phrase ("hot_water"). */
const sp = (s: string) =>
	s
		.split(/\s+/)
		.filter(Boolean)
		.map((w) => w.replace(/_/g, ' '));
/**
 * Searched long before finding the place ("找了半天才找到", "转了大半天终于找到"): hard to find (lexicon.ts ZH_SEARCHED_LONG);
 * a finding term of the restaurant and hotel trees.
 */
export const SEARCHED_LONG = ['找了半天', '找了好久', '找了很久', '找了挺久', '找了大半天', '找了好一会', '转了半天', '转了大半天', '绕了半天', '绕了好久', '找半天'].flatMap((a) => ['才找到', '终于找到', '才找着', '终于找着'].map((b) => a + b)).join(' ');

export const terms = (zh: string, en: string): T => ({
	zh: sp(zh),
	en: sp(en),
});

/** Facet of an attribute: what exactly was found (no signal indoors, charged twice, crushed box …). */
export interface Facet {
	id: string;
	name: Bi;
	with: T;
	/** Fixed owner (overrides the attribute's, or for a kind the facet's). */
	owner?: string;
	/** Only under the aspects this accepts (full aspect id); under every aspect with the attribute when absent. */
	on?: (aspectId: string) => boolean;
	/** Kinds of this finding, one level further, where they differ in severity or in who fixes them. */
	kinds?: Facet[];
}
/** Attribute: name, qualifier words (zh / en), an optional fixed owner, and optional facets. */
export interface Attr {
	name: Bi;
	with: T;
	/** Fixed owner (overrides the aspect's). */
	owner?: string;
	facets?: Facet[];
}
export interface Aspect {
	id: string;
	name: Bi;
	terms: T;
	attrs: string[];
	owner?: string;
	/** Sub-aspects (one more level). */
	items?: Aspect[];
	/**
	 * Words that name one attribute (key "attr") or facet ("attr.facet") of this aspect on their own,
	 * where the qualifier would overlap the aspect's word: "没信号" is signal › coverage › no signal,
	 * but a qualifier inside the topic word does not count.
	 */
	direct?: Record<string, T>;
	/**
	 * An aspect that is itself an attribute (分量 portion): it holds that attribute's facets as its own
	 * children, since a term cannot be its own qualifier ("分量很足" → portion › generous).
	 */
	facetsOf?: string;
}
export interface Category {
	id: string;
	name: Bi;
	terms: T;
	owner: string;
	/** Qualifiers that choose this category when its domain is mentioned ("环境很干净" → environment › hygiene). */
	with?: T;
	aspects: Aspect[];
}
export interface Domain {
	id: string;
	name: Bi;
	terms: T;
	owner: string;
	categories: Category[];
}

export const F = (id: string, zh: string, en: string, zhWith: string, enWith: string, owner?: string, extra: Pick<Facet, 'on' | 'kinds'> = {}): Facet => ({
	id,
	name: { zh, en },
	with: terms(zhWith, enWith),
	...(owner ? { owner } : {}),
	...extra,
});
/** A facet's `on`: the aspects named by full id ('rooms.space.floor') or by their last segment ('sheet'). */
export const among =
	(...ids: string[]) =>
	(aspectId: string): boolean =>
		ids.includes(aspectId) || ids.includes(aspectId.slice(aspectId.lastIndexOf('.') + 1));
/** A facet's `on`: every aspect but those named as in among(). */
export const besides =
	(...ids: string[]) =>
	(aspectId: string): boolean =>
		!among(...ids)(aspectId);
export const AT = (zh: string, en: string, zhWith: string, enWith: string, extra: { owner?: string; facets?: Facet[] } = {}): Attr => ({
	name: { zh, en },
	with: terms(zhWith, enWith),
	...extra,
});
export const A = (id: string, zh: string, en: string, zhTerms: string, enTerms: string, attrs: string, extra: Partial<Aspect> = {}): Aspect => ({
	id,
	name: { zh, en },
	terms: terms(zhTerms, enTerms),
	attrs: attrs.split(/\s+/).filter(Boolean),
	...extra,
});

/**
 * The attributes with their facets, for a source that keeps the facet lists apart (one list per
 * attribute key, shared by every aspect that has the attribute).
 */
export function withFacets(attributes: Record<string, Attr>, facets: Record<string, Facet[]>): Record<string, Attr> {
	for (const k of Object.keys(facets)) if (!attributes[k]) throw new Error(`facets for unknown attribute ${k}`);
	return Object.fromEntries(Object.entries(attributes).map(([k, a]) => [k, facets[k] ? { ...a, facets: facets[k] } : a]));
}

export interface TreeSpec {
	id: string;
	name: Bi;
	version: string;
	description: string;
	departments: Record<string, Bi>;
	attributes: Record<string, Attr>;
	domains: Domain[];
	/** Owner of an attribute leaf under an aspect owned by `aspectOwner` (default: the attribute's fixed owner, else the aspect's). */
	ownerFor?: (attrKey: string, aspectOwner: string) => string;
}

function aspectNode(spec: TreeSpec, a: Aspect, parentId: string, parentOwner: string): TreeNode {
	const id = `${parentId}.${a.id}`;
	const owner = a.owner ?? parentOwner;
	const ownerOf = (k: string) => (spec.ownerFor ? spec.ownerFor(k, owner) : (spec.attributes[k].owner ?? owner));
	const usedDirect = new Set<string>();
	const direct = (key: string) => {
		if (!a.direct?.[key]) return {};
		usedDirect.add(key);
		return { terms: a.direct[key] };
	};
	const name = (n: Bi) => ({ zh: `${a.name.zh}·${n.zh}`, en: `${a.name.en} · ${n.en}` });
	// Facets (and their kinds) that apply to this aspect; `key` is the attribute key, then facet ids, for `direct`.
	const facetNodes = (list: Facet[] | undefined, parent: string, parentOwner: string, key?: string): TreeNode[] =>
		(list ?? [])
			.filter((f) => !f.on || f.on(id))
			.map((f): TreeNode => {
				const fid = `${parent}.${f.id}`;
				const fOwner = f.owner ?? parentOwner;
				const fKey = key && `${key}.${f.id}`;
				const kinds = facetNodes(f.kinds, fid, fOwner, fKey);
				return { id: fid, name: name(f.name), owner: fOwner, ...(fKey ? direct(fKey) : {}), with: f.with, ...(kinds.length ? { children: kinds } : {}) };
			});
	const children: TreeNode[] = a.attrs.map((k) => {
		const attr = spec.attributes[k];
		if (!attr) throw new Error(`unknown attribute ${k} in ${id}`);
		const attrId = `${id}.${k}`;
		const attrOwner = ownerOf(k);
		const facets = facetNodes(attr.facets, attrId, attrOwner, k);
		return { id: attrId, name: name(attr.name), owner: attrOwner, ...direct(k), with: attr.with, ...(facets.length ? { children: facets } : {}) };
	});
	// Direct words for an attribute, facet or kind this aspect does not have (or that `on` leaves out) would be lost.
	for (const key of Object.keys(a.direct ?? {}))
		if (!usedDirect.has(key)) throw new Error(`direct terms for ${key} in ${id}: no such attribute or facet`);
	if (a.facetsOf) {
		const facets = spec.attributes[a.facetsOf]?.facets;
		if (!facets?.length) throw new Error(`${id} holds the facets of ${a.facetsOf}, which has none`);
		children.push(...facetNodes(facets, id, ownerOf(a.facetsOf)));
	}
	for (const item of a.items ?? []) children.push(aspectNode(spec, item, id, owner));
	// An aspect with neither attributes nor sub-aspects is a leaf of its own terms ("洒了" → delivery › spilled).
	return { id, name: a.name, owner, terms: a.terms, ...(children.length ? { children } : {}) };
}

/**
 * Adds the Traditional spelling of every Chinese term and qualifier that the engine's fold does not
 * map back to it (the fold takes every one-to-one OpenCC character, so only spellings such as 回覆,
 * 反覆, 傢俱 remain), so zh-Hant text is read without a converter at run time. `toHant` is a Simplified → Traditional converter (opencc-js at
 * generation time, see hantConverter()).
 */
function withHant(nodes: TreeNode[], toHant: (s: string) => string): TreeNode[] {
	const add = (list: string[] | undefined) => {
		if (!list) return list;
		const seen = new Set(list.map(foldText));
		const out = [...list];
		for (const w of list) {
			const h = toHant(w);
			if (!seen.has(foldText(h))) {
				seen.add(foldText(h));
				out.push(h);
			}
		}
		return out;
	};
	return nodes.map((n) => ({
		...n,
		...(n.terms ? { terms: { ...n.terms, zh: add(n.terms.zh) } } : {}),
		...(n.with ? { with: { ...n.with, zh: add(n.with.zh) } } : {}),
		...(n.children ? { children: withHant(n.children, toHant) } : {}),
	}));
}

/** The tree of a spec, in the JSON shape of hotel.json (with Traditional variants when a converter is given). */
export function composeTree(spec: TreeSpec, toHant?: (s: string) => string): IndicatorTree {
	const tree = composePlain(spec);
	return toHant ? { ...tree, nodes: withHant(tree.nodes, toHant) } : tree;
}

function composePlain(spec: TreeSpec): IndicatorTree {
	return {
		id: spec.id,
		name: spec.name,
		version: spec.version,
		description: spec.description,
		departments: spec.departments,
		nodes: spec.domains.map((d) => ({
			id: d.id,
			name: d.name,
			owner: d.owner,
			terms: d.terms,
			children: d.categories.map((c) => ({
				id: c.id,
				name: c.name,
				owner: c.owner,
				terms: c.terms,
				...(c.with ? { with: c.with } : {}),
				// A category without aspects is a leaf of its own terms (推荐 → overall › recommendation).
				...(c.aspects.length ? { children: c.aspects.map((a) => aspectNode(spec, a, c.id, c.owner)) } : {}),
			})),
		})),
	};
}

/* eslint-disable no-console -- the generators run as scripts at development time only */
/** Simplified → Traditional (Taiwan) by opencc-js, a devDependency: only the generators and their tests load it. */
export function hantConverter(): (s: string) => string {
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const { Converter } = require('opencc-js') as {
		Converter: (o: { from: string; to: string }) => (s: string) => string;
	};
	const tw = Converter({ from: 'cn', to: 'tw' });
	return (s) => tw(s);
}

/** `--write` of a tree source: writes the tree's JSON beside it. */
export function writeTreeJson(dir: string, tree: IndicatorTree): void {
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const fs = require('node:fs') as typeof import('node:fs');
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const path = require('node:path') as typeof import('node:path');
	const file = path.join(dir, `${tree.id}.json`);
	fs.writeFileSync(file, JSON.stringify(tree, null, '\t') + '\n');
	console.log(`wrote ${file}`);
}
