import { Automaton, longestLeftmost } from '../../../nodes/engine/text/automaton';
import { foldText } from '../../../nodes/engine/text/fold';

function matches(a: Automaton<string>, text: string) {
	const out: Array<{ start: number; end: number; p: string }> = [];
	a.scan(text, (start, end, ps) => ps.forEach((p) => out.push({ start, end, p })));
	return out;
}

describe('Aho-Corasick automaton', () => {
	const a = new Automaton<string>();
	for (const t of ['客服', '入住', '性价比', '性价比高', '价比', 'clean*', 'room']) a.add(t, t);
	a.build();

	it('finds every term, overlaps included, on raw Chinese text without a segmenter', () => {
		const found = matches(a, '客服说入住的性价比高').map((m) => m.p);
		expect(found).toEqual(expect.arrayContaining(['客服', '入住', '性价比', '性价比高', '价比']));
	});

	it('keeps the longest leftmost match', () => {
		const kept = longestLeftmost(matches(a, '性价比高').map((m) => ({ ...m })));
		expect(kept.map((m) => m.p)).toEqual(['性价比高']);
	});

	it('reports overlapping terms through failure links', () => {
		const c = new Automaton<string>();
		for (const t of ['房间', '间隔', '隔音', '房间隔音', '音']) c.add(t, t);
		expect(matches(c, '房间隔音').map((m) => m.p).sort()).toEqual(['房间', '房间隔音', '间隔', '隔音', '音'].sort());
	});

	it('respects Latin word boundaries, folds case and allows prefix terms', () => {
		expect(matches(a, 'The ROOM was Cleaner than the bathroom').map((m) => m.p)).toEqual(['room', 'clean*']);
	});

	it('folds full-width letters and Traditional characters, keeping offsets', () => {
		const b = new Automaton<string>();
		b.add('服务', 's');
		b.add('wifi', 'w');
		const text = '這家的服務很好，ＷＩＦＩ也快';
		const m = matches(b, text);
		expect(m.map((x) => text.slice(x.start, x.end))).toEqual(['服務', 'ＷＩＦＩ']);
		expect(foldText('這個房間')).toBe('这个房间');
	});
});
