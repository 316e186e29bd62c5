import type { IAuthenticateGeneric, ICredentialTestRequest, ICredentialType, Icon, INodeProperties } from 'n8n-workflow';

/**
 * Any OpenAI-compatible chat API: OpenAI, DeepSeek, Qwen (DashScope compatible mode), Moonshot, a
 * local Ollama (http://localhost:11434/v1) or vLLM server. Used by CX Analyze's LLM engine.
 */
export class CxOpenAiCompatibleApi implements ICredentialType {
	name = 'cxOpenAiCompatibleApi';
	displayName = 'OpenAI-Compatible API';
	icon: Icon = 'file:cxOpenAiCompatible.svg';
	documentationUrl = 'https://github.com/n8n-nodes-cxloop/n8n-nodes-cxloop/blob/main/docs/nodes/cx-analyze.md#llm-engine';
	properties: INodeProperties[] = [
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://api.openai.com/v1',
			required: true,
			placeholder: 'https://api.deepseek.com/v1',
			description:
				'The API root that has /chat/completions under it. Examples: https://api.openai.com/v1, https://api.deepseek.com/v1, https://dashscope.aliyuncs.com/compatible-mode/v1, http://localhost:11434/v1 (Ollama).',
		},
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description: 'Sent as "Authorization: Bearer …". Local servers such as Ollama accept any value.',
		},
		{
			displayName: 'Model',
			name: 'model',
			type: 'string',
			default: 'gpt-4o-mini',
			required: true,
			placeholder: 'deepseek-chat',
			description: 'Model name as the server knows it (gpt-4o-mini, deepseek-chat, qwen-plus, qwen2.5:7b …)',
		},
	];
	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: { headers: { Authorization: '=Bearer {{$credentials.apiKey}}' } },
	};
	test: ICredentialTestRequest = {
		request: { baseURL: '={{$credentials.baseUrl}}', url: '/models' },
	};
}
