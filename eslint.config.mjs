import { config } from '@n8n/node-cli/eslint';

export default [
	...config,
	{
		rules: {
			// This package is for self-hosted n8n and ships zod (schema validation of the Feedback record and
			// LLM output) and jsonata (user-editable mappings and routing conditions) at run time; see
			// docs/dependencies.md. n8n's verification rules forbid runtime dependencies for Cloud-verified
			// nodes only, and a multi-vendor package cannot be verified anyway (reference/n8n.md §1).
			'@n8n/community-nodes/no-runtime-dependencies': 'off',
			// Same reason: the Cloud-only import allow-list would forbid zod's siblings such as jsonata.
			'@n8n/community-nodes/no-restricted-imports': 'off',
		},
	},
	{
		files: ['nodes/**/*.ts', 'credentials/**/*.ts'],
		rules: { '@typescript-eslint/no-explicit-any': 'warn' },
	},
	{
		// Engine and provider normalisers read untyped vendor JSON by design and validate it at run
		// time with zod; `any` there is the honest type of the input.
		files: ['nodes/engine/**/*.ts', 'nodes/providers/**/*.ts'],
		rules: { '@typescript-eslint/no-explicit-any': 'off' },
	},
	{ ignores: ['dist/**', 'node_modules/**', '.runtime/**', 'test/**', 'scripts/**', 'bench/**', '*.js', '*.mjs'] },
];
