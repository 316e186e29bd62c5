// Minimal require hook so scripts and benchmarks can run TypeScript sources directly with the
// project's own `typescript` (transpile only; `npm run typecheck` does the type checking).
const ts = require('typescript');
const fs = require('node:fs');

require.extensions['.ts'] = function compileTs(module, filename) {
	const source = fs.readFileSync(filename, 'utf8');
	const { outputText } = ts.transpileModule(source, {
		fileName: filename,
		compilerOptions: {
			module: ts.ModuleKind.CommonJS,
			target: ts.ScriptTarget.ES2022,
			esModuleInterop: true,
			resolveJsonModule: true,
			inlineSourceMap: true,
		},
	});
	module._compile(outputText, filename);
};
