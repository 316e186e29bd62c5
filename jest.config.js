/** Unit and in-process workflow tests (no n8n server). */
module.exports = {
	testEnvironment: 'node',
	roots: ['<rootDir>/test'],
	testMatch: ['**/*.test.ts'],
	testPathIgnorePatterns: ['/test/e2e/'],
	transform: {
		// Type checking is done once by `npm run typecheck`; jest only transpiles, which keeps the suite fast.
		'^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.jest.json', diagnostics: false }],
	},
	moduleFileExtensions: ['ts', 'js', 'json'],
	testTimeout: 30000,
};
