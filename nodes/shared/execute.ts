/**
 * The per-item execute loop every CX action node uses: one item's failure never loses the rest of
 * the batch, errors name the item (itemIndex) and, where known, the field, "Continue On Fail" turns an
 * error into an output item paired with its input, and every output carries pairedItem.
 */
import {
	NodeApiError,
	NodeOperationError,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
	type JsonObject,
} from 'n8n-workflow';

export type ItemResult = IDataObject | IDataObject[] | INodeExecutionData | INodeExecutionData[] | null | undefined;

function isExecutionData(v: unknown): v is INodeExecutionData {
	return typeof v === 'object' && v !== null && 'json' in v && typeof (v as INodeExecutionData).json === 'object';
}

/** Wraps any error as an n8n error that carries the item index. */
export function asNodeError(ctx: IExecuteFunctions, error: unknown, itemIndex: number): NodeOperationError | NodeApiError {
	// Duck-typed on purpose: n8n and this package may each load their own copy of n8n-workflow, and
	// `instanceof` fails across copies.
	const name = (error as Error)?.name;
	if (error instanceof NodeApiError || error instanceof NodeOperationError || name === 'NodeApiError' || name === 'NodeOperationError') {
		if ((error as any).context && (error as any).context.itemIndex === undefined) (error as any).context.itemIndex = itemIndex;
		return error as NodeOperationError | NodeApiError;
	}
	const e = error as Error;
	return new NodeOperationError(ctx.getNode(), e?.message ?? String(error), { itemIndex });
}

/**
 * Runs `fn` for each input item. `fn` returns the output for that item: one object, several, or
 * nothing (the item is dropped on purpose, e.g. a filter).
 */
export async function forEachItem(
	ctx: IExecuteFunctions,
	fn: (item: INodeExecutionData, itemIndex: number) => Promise<ItemResult> | ItemResult,
): Promise<INodeExecutionData[]> {
	const items = ctx.getInputData();
	const out: INodeExecutionData[] = [];
	for (let i = 0; i < items.length; i++) {
		try {
			const result = await fn(items[i], i);
			if (result === null || result === undefined) continue;
			const list = Array.isArray(result) ? result : [result];
			const data = list.map((r) => (isExecutionData(r) ? r : { json: r as IDataObject }));
			out.push(...ctx.helpers.constructExecutionMetaData(data, { itemData: { item: i } }));
		} catch (error) {
			if (ctx.continueOnFail()) {
				// Only `error`/`message`/`details` keys: that is how n8n recognises an error item and routes
				// it to the error output when the node is set to "Continue (using error output)". (Setting
				// item.error instead would make n8n replace the json with the bare message.)
				const e = asNodeError(ctx, error, i);
				out.push({
					json: { error: e.message, ...(e.description ? { details: e.description } : {}) },
					pairedItem: { item: i },
				});
				continue;
			}
			throw asNodeError(ctx, error, i);
		}
	}
	return out;
}

/** For provider transports: wrap an HTTP failure so n8n shows the API's own message and status. */
export function apiError(ctx: IExecuteFunctions, error: unknown, itemIndex?: number): NodeApiError {
	if (error instanceof NodeApiError || (error as Error)?.name === 'NodeApiError') return error as NodeApiError;
	return new NodeApiError(ctx.getNode(), error as JsonObject, itemIndex === undefined ? {} : { itemIndex });
}
