/**
 * A text's overall sentiment (label and score) does not depend on the indicator tree: the rules that
 * ask whether a clause names a thing read the engine's own thing words (trees/things.json), not the
 * tree's topics. All strings self-written.
 */
import { BUILT_IN_TREES, builtInTree, getEngine } from '../../../nodes/engine/text';
import { buildThingWords } from '../../../nodes/engine/text/trees/thingsSource';
import thingsJson from '../../../nodes/engine/text/trees/things.json';

/** A tiny custom tree that knows none of the words below. */
const tiny = { id: 't', name: { zh: '小', en: 'Tiny' }, nodes: [{ id: 'a', name: { zh: '甲', en: 'A' }, terms: { zh: ['甲'] }, children: [{ id: 'a.b', name: { zh: '乙', en: 'B' }, with: { zh: ['乙'] } }] }] };
const engines = [...BUILT_IN_TREES.map((tree) => ({ tree: tree as string, engine: getEngine({ tree }) })), { tree: 'custom', engine: getEngine({ tree: 'custom', customTree: tiny }) }];

const TEXTS = [
	'外卖没有配汤，也没给勺子。',
	'手机收到了，盒子里没有充电器。',
	'房间没有热水，空调也不制冷。',
	'菜一般，送得挺快。',
	'一般般吧，送得挺快。',
	'宽带一般，客服态度还行。',
	'房間沒有熱水，冷氣也不冷。',
	'There was no spoon in the bag and no napkins.',
	'The router had no signal all evening.',
	'Room was fine, no hot water though.',
	'客户：你好，我家宽带没有网络了\n客服：您好，我帮您查一下\n客户：好的，信号一般',
];

describe('overall sentiment is the same whatever the tree', () => {
	it.each(TEXTS)('%s', (text) => {
		const hotel = engines[0].engine.analyze(text).sentiment;
		for (const { tree, engine } of engines) expect({ tree, sentiment: engine.analyze(text).sentiment }).toEqual({ tree, sentiment: hotel });
	});

	it('reads a missing thing as a complaint even where the tree has no such topic', () => {
		const custom = engines[engines.length - 1].engine;
		expect(custom.analyze('外卖没有配汤，也没给勺子。').sentiment.score).toBeLessThan(-0.3);
		expect(custom.analyze('There was no spoon in the bag and no napkins.').sentiment.score).toBeLessThan(-0.3);
		expect(custom.analyze('外卖没有配汤，也没给勺子。').topics).toEqual([]);
	});

	it('a lukewarm clause that names a thing is no verdict, in every tree ("包装一般" is about the packaging)', () => {
		// "一般般吧" names nothing: the lukewarm verdict pulls the text toward neutral. Since stop 18 "菜一般" (the food) also halves
		// the courier praise beside it (analyze.ts coreComplaint), so it reads below both.
		for (const { engine } of engines) {
			expect(engine.analyze('包装一般，送得挺快。').sentiment.score).toBeGreaterThan(engine.analyze('一般般吧，送得挺快。').sentiment.score);
			expect(engine.analyze('菜一般，送得挺快。').sentiment.score).toBeLessThan(engine.analyze('一般般吧，送得挺快。').sentiment.score);
		}
	});

	it('topic-level sentiment still reads the tree', () => {
		expect(getEngine({ tree: 'restaurant' }).analyze('菜一般，送得挺快。').topics.length).toBeGreaterThan(0);
		expect(getEngine({ tree: 'custom', customTree: tiny }).analyze('菜一般，送得挺快。').topics).toEqual([]);
	});

	it('things.json is the generated output of the built-in trees (run trees/thingsSource.ts --write after editing a tree)', () => {
		expect(thingsJson).toEqual(buildThingWords(BUILT_IN_TREES.map((t) => builtInTree(t))));
	});
});
