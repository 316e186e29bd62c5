/** End-to-end tests against a real n8n server started from the cached runtime (.runtime/). */
module.exports = {
	testEnvironment: 'node',
	roots: ['<rootDir>/test/e2e'],
	testMatch: ['**/*.e2e.test.ts'],
	transform: {
		'^.+\\.ts$': ['ts-jest', { isolatedModules: true, diagnostics: false }],
	},
	moduleFileExtensions: ['ts', 'js', 'json'],
	// Booting n8n (migrations on a fresh SQLite database) takes up to a minute on a 2-core machine.
	testTimeout: 300000,
};
