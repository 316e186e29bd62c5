import { importRows, parseRating, presetFor } from '../../../nodes/providers/ota-import/normalize';
import { readExport } from './csv';

const now = () => Date.parse('2026-11-23T00:00:00Z');

describe('OTA export import presets', () => {
	it('Ctrip eBooking export: good rows imported, bad rows reported with their row number', () => {
		const rows = readExport('ctrip-ebooking-export.csv');
		const r = importRows(rows, presetFor('ctrip'), { now });
		expect(r.imported.map((x) => x.feedback.sourceId)).toEqual(['1288430175', '1288431102', '1288433569']);
		expect(r.errors.map((e) => e.row)).toEqual([5, 6]);
		expect(r.errors[0].message).toMatch(/^Row 5: 总评分: cannot read "五分" as a rating/);
		expect(r.errors[1].message).toMatch(/^Row 6: 点评时间: cannot read "2026-13-01 10:00:00"/);
		const f = r.imported[0].feedback;
		expect(f).toMatchObject({
			id: 'ctrip:1288430175',
			source: 'ctrip',
			channel: 'review',
			occurredAt: '2026-11-18T21:14:07+08:00',
			location: { id: '2561873', name: '港湾酒店(上海外滩店)' },
			scores: { rating: { value: 4.8, scale: 5 }, normalised: 96 },
			language: 'zh',
			customer: { segment: '商务出差' },
			meta: { reply: { state: 'replied', text: '感谢您的好评，期待您再次入住！', at: '2026-11-19T09:02:33+08:00' }, context: { orderId: '2231907765412', roomType: '高级大床房' } },
		});
		expect(f.answers).toEqual(expect.arrayContaining([{ question: 'cleanliness', type: 'rating', value: 4.8 }]));
		expect(f.customer?.name).toBeUndefined();
		expect(r.imported[2].feedback.language).toBe('en');
		expect(r.imported[1].feedback.meta.reply).toEqual({ state: 'none' });
	});

	it('Meituan: a row with neither rating nor text is an error; the others import', () => {
		const r = importRows(readExport('meituan-merchant-export.csv'), presetFor('meituan'), { now });
		expect(r.imported).toHaveLength(2);
		expect(r.errors).toEqual([expect.objectContaining({ row: 4, message: expect.stringContaining('neither a rating nor review text') })]);
		expect(r.imported[1].feedback.scores.normalised).toBe(40);
	});

	it('Dianping stars ×10 become 5-point ratings', () => {
		const r = importRows(readExport('dianping-export.csv'), presetFor('dianping'), { now });
		expect(r.errors).toEqual([]);
		expect(r.imported.map((x) => x.feedback.scores.rating)).toEqual([
			{ value: 5, scale: 5 },
			{ value: 3, scale: 5 },
		]);
	});

	it('Fliggy: a rating outside the scale is reported', () => {
		const r = importRows(readExport('fliggy-export.csv'), presetFor('fliggy'), { now });
		expect(r.imported).toHaveLength(1);
		expect(r.errors[0]).toMatchObject({ row: 3, issues: [{ field: '评分', message: '9 is outside the 0–5 scale' }] });
		// No hotel ID column: the hotel name is the location id.
		expect(r.imported[0].feedback.location).toEqual({ id: '港湾酒店(杭州西湖店)', name: '港湾酒店(杭州西湖店)' });
	});

	it('Qunar: titles are kept and joined with the text', () => {
		const r = importRows(readExport('qunar-ebooking-export.csv'), presetFor('qunar'), { now });
		expect(r.imported[0].feedback.text).toBe('不错的选择\n房间稍小但很干净，服务好');
		expect(r.imported[0].feedback.location?.id).toBe('shanghai_city_36512');
	});

	it('ids are stable across overlapping exports; a new reply makes a new version', () => {
		const rows = readExport('ctrip-ebooking-export.csv');
		const a = importRows(rows, presetFor('ctrip'), { now });
		const b = importRows(rows.slice(1), presetFor('ctrip'), { now: () => now() + 86_400_000 });
		expect(b.imported.map((x) => x.key)).toEqual(a.imported.slice(1).map((x) => x.key));
		const replied = rows.map((r) => ({ ...r }));
		replied[1]['酒店回复'] = '非常抱歉给您带来不好的体验。';
		const c = importRows(replied, presetFor('ctrip'), { now });
		expect(c.imported[1].feedback.id).toBe(a.imported[1].feedback.id);
		expect(c.imported[1].key).not.toBe(a.imported[1].key);
	});

	it('rows without a review id get a stable hash id; duplicates inside a batch are caught', () => {
		const rows = readExport('meituan-merchant-export.csv').map(({ 评价ID: _drop, ...rest }) => rest);
		const r1 = importRows([...rows, rows[0]], presetFor('meituan'), { now });
		const r2 = importRows(rows, presetFor('meituan'), { now });
		expect(r1.imported[0].feedback.id).toMatch(/^meituan:h[0-9a-f]{16}$/);
		expect(r1.imported[0].feedback.id).toBe(r2.imported[0].feedback.id);
		expect(r1.duplicates).toEqual([{ itemIndex: 3, row: 5, id: r1.imported[0].feedback.id, firstRow: 2 }]);
	});

	it('headers with a BOM or spaces still match; Excel serial dates are read', () => {
		const r = importRows(
			[{ '\ufeff点评ID': '1', ' 点评时间 ': 46346.5, 总评分: '4.5分', 点评内容: '好' }],
			presetFor('ctrip'),
			{ now, defaultLocation: { id: 'P1', name: 'Test Hotel' } },
		);
		expect(r.errors).toEqual([]);
		expect(r.imported[0].feedback.occurredAt).toBe('2026-11-20T12:00:00+08:00');
		expect(r.imported[0].feedback.location).toEqual({ id: 'P1', name: 'Test Hotel' });
	});

	it('reads ratings as exports write them', () => {
		expect(parseRating('4.5分')).toBe(4.5);
		expect(parseRating('5星')).toBe(5);
		expect(parseRating('★★★★☆')).toBe(4);
		expect(parseRating('4/5')).toBe(4);
		expect(parseRating('good')).toBeUndefined();
	});
});
