import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chain, runWorkflow } from '../harness/n8n';

const fixture = (name: string) => JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'surveys', name), 'utf8'));

describe('CX Normalize (in-process n8n)', () => {
	it('maps a Typeform webhook payload with the preset', async () => {
		const r = await runWorkflow(chain({ type: 'cxNormalize', name: 'Normalize', parameters: { operation: 'preset', preset: 'typeform' } }), {
			input: [fixture('typeform-webhook.json')],
		});
		const [fb] = r.json('Normalize');
		expect(fb).toMatchObject({
			id: 'typeform:a3a12ec67a1365927098a606107fac15',
			source: 'typeform',
			channel: 'survey',
			touchpoint: 'check-out',
			occurredAt: '2026-11-20T08:15:42Z',
			location: { id: 'SH-PUDONG' },
			customer: { id: 'G-5521' },
			scores: { nps: 3, csat: 2, normalised: 30 },
			text: '房间隔音太差，晚上被走廊的噪音吵醒。The Wi-Fi kept dropping.',
			meta: { ids: { form: 'lT4Z3j', booking: 'BK-778812', room: '1208' } },
		});
		expect(fb.answers).toHaveLength(5);
		expect((fb.answers as any[])[3]).toEqual({ question: 'Purpose of stay', questionId: 'purpose', type: 'multiple_choice', value: 'Business' });
		expect(r.items('Normalize')[0].pairedItem).toEqual({ item: 0 });
	});

	it('maps a SurveyMonkey response (simple form) and reads the NPS question by its heading', async () => {
		const r = await runWorkflow(chain({ type: 'cxNormalize', name: 'N', parameters: { operation: 'preset', preset: 'surveymonkey' } }), {
			input: [fixture('surveymonkey-response-simple.json')],
		});
		expect(r.json('N')[0]).toMatchObject({
			id: 'surveymonkey:114252966812',
			scores: { nps: 10, normalised: 100 },
			text: 'Friendly front desk and a great breakfast.',
			location: { id: 'BJ-CBD' },
			language: 'en',
			occurredAt: '2026-11-19T21:56:31Z',
			meta: { ids: { survey: '315912301', collector: '404133412' } },
		});
	});

	it('reads Chinese export rows with the generic preset, naive times in the chosen time zone', async () => {
		const r = await runWorkflow(
			chain({
				type: 'cxNormalize',
				name: 'N',
				parameters: { operation: 'preset', preset: 'json', defaults: { source: 'ctrip-export', channel: 'review' }, options: { timeZone: 'Asia/Shanghai' } },
			}),
			{ input: [{ 编号: 88123, 点评内容: '早餐很丰富，但是房间有异味', 评分: 3, 评价时间: '2026-11-02 21:30', hotel: 'SZ-01' }] },
		);
		expect(r.json('N')[0]).toMatchObject({
			id: 'ctrip-export:88123',
			channel: 'review',
			occurredAt: '2026-11-02T21:30:00+08:00',
			scores: { rating: { value: 3, scale: 5 }, normalised: 60 },
			text: '早餐很丰富，但是房间有异味',
			location: { id: 'SZ-01' },
		});
	});

	it('maps with a JSONata expression', async () => {
		const expression = `{"source":"kiosk","sourceId":$string(id),"channel":"survey","occurredAt":ts,"scores":{"nps":$number(rec)},"text":comment,"location":{"id":hotel}}`;
		const r = await runWorkflow(chain({ type: 'cxNormalize', name: 'N', parameters: { operation: 'jsonata', inputField: 'body', expression } }), {
			input: [{ body: { id: 7, ts: '2026-11-21T10:00:00+01:00', rec: '9', comment: ' Great stay ', hotel: 'PAR-1' } }],
		});
		expect(r.json('N')[0]).toMatchObject({
			id: 'kiosk:7',
			occurredAt: '2026-11-21T10:00:00+01:00',
			scores: { nps: 9, normalised: 90 },
			text: 'Great stay',
		});
	});

	it('names the item and the field on bad input, and Continue On Fail keeps the rest of the batch', async () => {
		const expression = `{"source":"kiosk","sourceId":id,"channel":"survey","scores":{"nps":rec}}`;
		const wf = chain({ type: 'cxNormalize', name: 'N', parameters: { operation: 'jsonata', expression }, onError: 'continueRegularOutput' });
		const r = await runWorkflow(wf, {
			input: [{ id: 'a', rec: 8 }, { id: 'b', rec: 11 }, { rec: 5 }, { id: 'd', rec: 0 }],
		});
		const out = r.json('N');
		expect(out).toHaveLength(4);
		expect(out[0]).toMatchObject({ id: 'kiosk:a', scores: { nps: 8 } });
		expect(out[1].error).toMatch(/^Item 1: invalid Feedback — scores\.nps:/);
		expect(out[2].error).toMatch(/^Item 2: invalid Feedback — .*sourceId: is required/);
		expect(out[3]).toMatchObject({ id: 'kiosk:d', scores: { nps: 0, normalised: 0 } });
		expect(r.items('N').map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }, { item: 3 }]);
	});

	it('fails the run with the item index when Continue On Fail is off', async () => {
		const r = await runWorkflow(chain({ type: 'cxNormalize', name: 'N', parameters: { operation: 'preset', preset: 'json', inputField: 'body' } }), {
			input: [{ body: { id: 1, text: 'ok' } }, { headers: {} }],
		});
		expect(r.run.status).toBe('error');
		const err = r.error('N') as any;
		expect(err.message).toBe('Item 1 has no field "body"');
		expect(err.context?.itemIndex).toBe(1);
	});

	it('reports a JSONata syntax error clearly', async () => {
		const r = await runWorkflow(chain({ type: 'cxNormalize', name: 'N', parameters: { operation: 'jsonata', expression: '{"a": ' } }), { input: [{}] });
		expect(r.run.status).toBe('error');
		expect((r.error('N') as Error).message).toMatch(/The JSONata mapping does not parse/);
	});
});

describe('CX Normalize error output', () => {
	it('routes bad items to the error output when set to "Continue (using error output)"', async () => {
		const wf = chain(
			{ type: 'cxNormalize', name: 'N', parameters: { operation: 'preset', preset: 'json' }, onError: 'continueErrorOutput' },
		);
		const r = await runWorkflow(wf, { input: [{ id: 'ok-1', nps: 9 }, { id: 'bad', nps: 14 }, { id: 'ok-2', rating: 4 }] });
		expect(r.json('N', 0).map((f) => f.id)).toEqual(['json:ok-1', 'json:ok-2']);
		const errors = r.json('N', 1);
		expect(errors).toHaveLength(1);
		expect(errors[0].error).toMatch(/^Item 1: invalid Feedback — scores\.nps: /);
		expect(errors[0].details).toMatch(/scores\.nps/);
		expect(r.items('N', 1)[0].pairedItem).toEqual({ item: 1 });
	});
});
