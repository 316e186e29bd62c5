import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { API_PLATFORMS, listSurveys, type ApiPlatform } from '../helpers/platforms';

export const listSearch = {
	/** The survey dropdown: surveys (forms) of the chosen platform, filtered by the typed text. */
	async searchSurveys(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
		const platform = this.getCurrentNodeParameter('platform') as ApiPlatform;
		if (!API_PLATFORMS.includes(platform)) return { results: [] };
		const surveys = await listSurveys(this, platform, filter || undefined, 200);
		return {
			results: surveys.map((s) => ({ name: s.name === s.id ? s.id : `${s.name} (${s.id})`, value: s.id, ...(s.url ? { url: String(s.url) } : {}) })),
		};
	},
};
