import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';
import { FEEDBACK_PRESETS } from '../../../providers/feedbackPresets';

export const loadOptions = {
	async getPresets(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		return Object.entries(FEEDBACK_PRESETS).map(([value, p]) => ({ name: p.name, value, description: p.description }));
	},
};
