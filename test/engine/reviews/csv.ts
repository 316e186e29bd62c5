/** A small RFC 4180 CSV reader for the export fixtures (what Extract From File hands n8n: one object per row). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function parseCsv(text: string): Array<Record<string, string>> {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') {
				field += '"';
				i++;
			} else if (c === '"') quoted = false;
			else field += c;
		} else if (c === '"') quoted = true;
		else if (c === ',') {
			row.push(field);
			field = '';
		} else if (c === '\n' || c === '\r') {
			if (c === '\r' && text[i + 1] === '\n') i++;
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
		} else field += c;
	}
	if (field || row.length) {
		row.push(field);
		rows.push(row);
	}
	const [header, ...data] = rows.filter((r) => r.some((x) => x !== ''));
	return data.map((r) => Object.fromEntries(header.map((h, k) => [h, r[k] ?? ''])));
}

export function readExport(name: string): Array<Record<string, string>> {
	return parseCsv(readFileSync(join(__dirname, '..', '..', 'fixtures', 'reviews', 'ota', name), 'utf8'));
}
