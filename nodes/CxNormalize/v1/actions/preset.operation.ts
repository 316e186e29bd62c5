import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { FEEDBACK_PRESETS, type PresetOptions } from '../../../providers/feedbackPresets';
import { forEachItem } from '../../../shared/execute';
import { finishFeedback, inputFieldProperty, outputOptions, readInput } from './common';

const properties: INodeProperties[] = [
	{
		displayName: 'Preset Name or ID',
		name: 'preset',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getPresets' },
		default: 'json',
		required: true,
		description:
			'The source the payload comes from. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	inputFieldProperty,
	{
		displayName: 'Score Questions',
		name: 'scoreFields',
		type: 'collection',
		placeholder: 'Add question',
		default: {},
		description: 'Name the questions holding scores when automatic recognition (by question type) is not enough',
		options: [
			{ displayName: 'NPS Question', name: 'npsField', type: 'string', default: '', description: 'Ref, ID or title of the 0–10 recommend question' },
			{ displayName: 'CSAT Question', name: 'csatField', type: 'string', default: '', description: 'Ref, ID or title of the 1–5 satisfaction question' },
			{ displayName: 'CES Question', name: 'cesField', type: 'string', default: '', description: 'Ref, ID or title of the 1–7 effort question' },
			{ displayName: 'Rating Question', name: 'ratingField', type: 'string', default: '', description: 'Ref, ID or title of a star rating question' },
		],
	},
	{
		displayName: 'Defaults',
		name: 'defaults',
		type: 'collection',
		placeholder: 'Add default',
		default: {},
		options: [
			{ displayName: 'Source', name: 'source', type: 'string', default: '', placeholder: 'kiosk', description: 'Source name when the payload has none (Generic JSON)' },
			{
				displayName: 'Channel',
				name: 'channel',
				type: 'options',
				default: 'survey',
				options: ['survey', 'review', 'call', 'ticket', 'chat', 'social', 'inspection'].map((c) => ({ name: c[0].toUpperCase() + c.slice(1), value: c })),
			},
			{ displayName: 'Touchpoint', name: 'touchpoint', type: 'string', default: '', placeholder: 'check-out' },
		],
	},
	{
		displayName: 'Call Options',
		name: 'callOptions',
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		displayOptions: { show: { preset: ['callTranscript'] } },
		options: [
			{
				displayName: 'Agent Speaker',
				name: 'agentSpeaker',
				type: 'options',
				default: 'auto',
				description: 'Which voice of the call is the agent; every other voice is the customer',
				options: [
					{
						name: 'Auto (Read the Words)',
						value: 'auto',
						description: 'The voice with agent phrases (工号, 请问有什么可以帮您, "how can I help") is the agent; else channel 0 of a dual-channel call, else the first speaker',
					},
					{ name: 'Channel or Speaker ID', value: 'speaker', description: 'Name the agent\'s channel or speaker ID' },
					{ name: 'First Speaker', value: 'first', description: 'Whoever speaks first (an inbound call answered by the agent)' },
				],
			},
			{
				displayName: 'Agent Channel or Speaker ID',
				name: 'agentSpeakerIds',
				type: 'string',
				default: '',
				placeholder: '0',
				description: 'With Agent Speaker = Channel or Speaker ID: the agent\'s channel or speaker ID as the vendor names it (0, 1, spk_1, ch_0, B); several separated by commas',
			},
			{
				displayName: 'Restore Sentence Breaks',
				name: 'sentenceBreaks',
				type: 'boolean',
				default: true,
				description:
					'Whether to add clause and sentence breaks to speech recognised without punctuation: at pauses in the word timings (400 ms a clause, 800 ms a sentence), else by rules (English clause openers, a caller\'s greeting run on into the turn). Off: the recognised text as it is.',
			},
		],
	},
	outputOptions,
];

export const description = updateDisplayOptions({ show: { operation: ['preset'] } }, properties);

export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await forEachItem(this, (item, i) => {
		const presetKey = this.getNodeParameter('preset', i) as string;
		const preset = FEEDBACK_PRESETS[presetKey];
		if (!preset) {
			throw new NodeOperationError(this.getNode(), `Unknown preset "${presetKey}"`, {
				itemIndex: i,
				description: `Known presets: ${Object.keys(FEEDBACK_PRESETS).join(', ')}`,
			});
		}
		const payload = readInput(this, item.json, i);
		const scoreFields = this.getNodeParameter('scoreFields', i, {}) as IDataObject;
		const defaults = this.getNodeParameter('defaults', i, {}) as IDataObject;
		const callOptions = presetKey === 'callTranscript' ? (this.getNodeParameter('callOptions', i, {}) as IDataObject) : {};
		const options: PresetOptions = {
			...(scoreFields as PresetOptions),
			source: (defaults.source as string) || undefined,
			channel: (defaults.channel as string) || undefined,
			touchpoint: (defaults.touchpoint as string) || undefined,
			agentSpeaker: (callOptions.agentSpeaker as PresetOptions['agentSpeaker']) || undefined,
			agentSpeakerIds: (callOptions.agentSpeakerIds as string) || undefined,
			sentenceBreaks: callOptions.sentenceBreaks === false ? false : undefined,
		};
		let draft: Record<string, unknown>;
		try {
			draft = preset.toDraft(payload, options);
		} catch (e) {
			throw new NodeOperationError(this.getNode(), `Item ${i}: cannot read the ${preset.name} payload — ${(e as Error).message}`, {
				itemIndex: i,
			});
		}
		return finishFeedback(this, draft, payload, item.json, i);
	});
}
