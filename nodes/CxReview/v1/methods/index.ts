import type { IAllExecuteFunctions, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';
import { listAccounts, listLocations, locationId } from '../../../providers/google-business/transport';

export const loadOptions = {
	async getGoogleAccounts(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const accounts = await listAccounts(this as unknown as IAllExecuteFunctions);
		return accounts.map((a) => ({ name: a.accountName ? `${a.accountName} (${a.name})` : a.name, value: a.name }));
	},
	async getGoogleLocations(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const account = this.getCurrentNodeParameter('account') as string;
		if (!account) return [];
		const locations = await listLocations(this as unknown as IAllExecuteFunctions, account);
		return locations.map((l) => ({
			name: `${l.title ?? locationId(l.name)}${l.storeCode ? ` [${l.storeCode}]` : ''}`,
			value: locationId(l.name),
		}));
	},
};
