// Copies node and credential icons next to the compiled files, where n8n resolves `file:` icon paths,
// and the built-in indicator trees, minified (they are read at run time; tsc would re-indent them).
const { task, src, dest } = require('gulp');
const fs = require('node:fs');
const path = require('node:path');

task('build:icons', () =>
	src(['nodes/**/*.{png,svg}', 'credentials/**/*.{png,svg}'], { base: '.', encoding: false }).pipe(
		dest('dist'),
	),
);

task('build:trees', (done) => {
	const from = 'nodes/engine/text/trees';
	const to = path.join('dist', from);
	fs.mkdirSync(to, { recursive: true });
	for (const file of fs.readdirSync(from).filter((f) => f.endsWith('.json'))) {
		fs.writeFileSync(path.join(to, file), JSON.stringify(JSON.parse(fs.readFileSync(path.join(from, file), 'utf8'))));
	}
	done();
});
