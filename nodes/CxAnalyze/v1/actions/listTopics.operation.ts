import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { engineFor, treeProperties } from './common';

const properties: INodeProperties[] = [
	...treeProperties,
	{
		displayName: 'Only Leaves',
		name: 'onlyLeaves',
		type: 'boolean',
		default: false,
		description: 'Whether to list only the most specific indicators',
	},
	{
		displayName: 'Max Depth',
		name: 'maxDepth',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 0,
		description: 'List nodes down to this level only (0 = all levels)',
	},
];

export const description = updateDisplayOptions({ show: { operation: ['listTopics'] } }, properties);

/** Runs once (not per item): one output item per tree node, paired with the first input item. */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	const engine = engineFor(this, 0);
	const onlyLeaves = this.getNodeParameter('onlyLeaves', 0, false) as boolean;
	const maxDepth = Number(this.getNodeParameter('maxDepth', 0, 0)) || 0;
	const { nodes } = engine.flat;
	const departments = engine.flat.tree.departments ?? {};
	const out: IDataObject[] = [];
	for (const n of nodes) {
		if (maxDepth && n.depth > maxDepth) continue;
		if (onlyLeaves && !n.isLeaf) continue;
		const chain = [...n.ancestors, n.index].map((i) => nodes[i]);
		out.push({
			id: n.id,
			nameZh: n.name.zh,
			nameEn: n.name.en,
			depth: n.depth,
			parentId: n.parent >= 0 ? nodes[n.parent].id : null,
			pathZh: chain.map((c) => c.name.zh).join(' › '),
			pathEn: chain.map((c) => c.name.en).join(' › '),
			owner: n.owner ?? null,
			ownerZh: n.owner ? (departments[n.owner]?.zh ?? null) : null,
			ownerEn: n.owner ? (departments[n.owner]?.en ?? null) : null,
			isLeaf: n.isLeaf,
		});
	}
	return this.helpers.constructExecutionMetaData(this.helpers.returnJsonArray(out), { itemData: { item: 0 } });
}
