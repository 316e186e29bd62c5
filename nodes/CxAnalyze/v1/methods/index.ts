import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { builtInTree, flattenTree, validateTree, type IndicatorTree } from '../../../engine/text';

export const loadOptions = {
	/** Nodes of the first three levels of the selected tree, for the "Topic Subtree" option. */
	async getSubtrees(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		let tree: IndicatorTree;
		try {
			const source = String(this.getCurrentNodeParameter('treeSource') ?? 'hotel');
			tree = source === 'custom' ? validateTree(this.getCurrentNodeParameter('customTree')) : builtInTree(source);
		} catch {
			tree = builtInTree();
		}
		const flat = flattenTree(tree);
		const options: INodePropertyOptions[] = [{ name: '(Whole Tree)', value: '' }];
		for (const n of flat.nodes) {
			if (n.depth > 3) continue;
			const path = [...n.ancestors, n.index].map((i) => flat.nodes[i].name);
			options.push({ name: `${path.map((p) => p.en).join(' › ')}`, value: n.id, description: path.map((p) => p.zh).join(' › ') });
		}
		return options;
	},
};
