import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildFeedback } from '../../../nodes/engine/feedback/build';
import { FEEDBACK_PRESETS } from '../../../nodes/providers/feedbackPresets';
import { qualtricsToDraft } from '../../../nodes/providers/qualtrics/normalize';
import { formbricksToDraft } from '../../../nodes/providers/formbricks/normalize';
import { wenjuanxingToDraft } from '../../../nodes/providers/wenjuanxing/normalize';
import { limeSurveyToDraft } from '../../../nodes/providers/limesurvey/normalize';
import { decodeExport } from '../../../nodes/providers/limesurvey/transport';
import { typeformToDraft } from '../../../nodes/providers/typeform/normalize';

const fx = (name: string) => JSON.parse(readFileSync(join(__dirname, '..', '..', 'fixtures', 'surveys', name), 'utf8'));
const now = () => Date.parse('2026-11-23T00:00:00Z');
const build = (draft: unknown, timeZone = 'UTC') => {
	const r = buildFeedback(draft, { timeZone, now });
	if (!r.ok) throw new Error(JSON.stringify(r.issues));
	return r.feedback;
};

describe('Qualtrics normaliser', () => {
	it('reads NPS (by selector / _NPS_GROUP), CSAT by wording, text entry, embedded data and language', () => {
		const fb = build(qualtricsToDraft(fx('qualtrics-response.json'), { ...fx('qualtrics-survey.json').result, id: 'SV_0ewrJmZ2ksVkFjE' }));
		expect(fb).toMatchObject({
			id: 'qualtrics:R_1LyVRpLMCTDKdiW',
			source: 'qualtrics',
			occurredAt: '2026-11-20T12:31:40.702Z',
			scores: { nps: 2, csat: 2, normalised: 20 },
			text: '前台办理入住等了四十分钟，没有人解释原因。',
			language: 'zh',
			location: { id: 'SH-JINGAN' },
			meta: { ids: { survey: 'SV_0ewrJmZ2ksVkFjE', booking: 'BK-99121' }, finished: true },
		});
		expect(fb.answers.map((a) => a.questionId)).toEqual(['QID1', 'QID2', 'QID3_TEXT']);
		expect(fb.answers[0]).toMatchObject({ question: '您向朋友推荐本酒店的可能性有多大？', type: 'MC/NPS', value: 2 });
		expect(fb.answers[2].question).toBe('What happened?');
	});
	it('works without the survey definition (NPS from the _NPS_GROUP key) and with a named CSAT question', () => {
		const fb = build(qualtricsToDraft(fx('qualtrics-response.json'), undefined, { csatField: 'QID2' }));
		expect(fb.scores).toMatchObject({ nps: 2, csat: 2 });
	});
	it('refuses a non-object and a values list with a clear message', () => {
		expect(() => qualtricsToDraft('x')).toThrow('response: expected an object');
		expect(() => qualtricsToDraft({ responseId: 'R_1', values: [1, 2] })).toThrow('values: expected an object');
	});
});

describe('Formbricks normaliser', () => {
	it('reads nps / rating / openText by question type, hidden fields into location', () => {
		const fb = build(formbricksToDraft(fx('formbricks-webhook.json'), fx('formbricks-survey.json').data));
		expect(fb).toMatchObject({
			id: 'formbricks:cm3resp0000001',
			scores: { nps: 9, rating: { value: 4, scale: 5 }, normalised: 80 },
			text: 'Breakfast was great, but the gym was closed without notice.',
			location: { id: 'HZ-WESTLAKE' },
			meta: { ids: { survey: 'cm3survey00001', webhook: 'cm3webhook0001' }, finished: true, event: 'responseFinished' },
		});
		expect(fb.answers).toHaveLength(4);
		expect(fb.answers[0]).toMatchObject({ question: 'How likely are you to recommend us?', type: 'nps', value: 9 });
	});
	it('without the survey: free text still recognised, context keys still mapped', () => {
		const fb = build(formbricksToDraft(fx('formbricks-webhook.json')));
		expect(fb.text).toContain('gym was closed');
		expect(fb.location).toEqual({ id: 'HZ-WESTLAKE' });
	});
	it('reads a management-API response too, and rejects answers that are not an object', () => {
		const resp = fx('formbricks-webhook.json').data;
		expect(build(formbricksToDraft(resp, fx('formbricks-survey.json').data)).id).toBe('formbricks:cm3resp0000001');
		expect(() => formbricksToDraft({ event: 'responseFinished', data: { id: 'x', data: 'oops' } })).toThrow('data.data');
	});
});

describe('Wenjuanxing normaliser', () => {
	it('reads the documented push, Beijing time, custom link parameters, named score questions', () => {
		const fb = build(wenjuanxingToDraft(fx('wenjuanxing-push.json'), { csatField: 'q1' }), 'Europe/London');
		expect(fb).toMatchObject({
			id: 'wenjuanxing:101812480275',
			occurredAt: '2026-11-22T10:01:59+08:00',
			scores: { csat: 3 },
			text: '空调噪音很大，晚上睡不好。',
			language: 'zh',
			location: { id: 'GZ-TIANHE' },
			meta: { ids: { survey: '5657754', room: '1806' }, surveyName: '客房满意度调查', durationSeconds: 528, totalScore: 15 },
		});
		expect(fb.answers[2]).toEqual({ question: 'q3', questionId: 'q3', type: 'choices', value: ['1', '2'] });
	});
	it('applies an NPS offset (option 1–11 → 0–10)', () => {
		expect(build(wenjuanxingToDraft({ activity: '1', joinid: '2', submittime: '2026-11-22 10:00:00', q1: '11' }, { npsField: 'q1', npsOffset: -1 })).scores.nps).toBe(10);
	});
});

describe('LimeSurvey normaliser', () => {
	const rows = decodeExport(Buffer.from(JSON.stringify(fx('limesurvey-export.json'))).toString('base64'));
	it('decodes the base64 export (LS 3–5 shape and LS 6 flat rows)', () => {
		expect(rows.map((r) => r.id)).toEqual(['41', '42']);
		const flat = decodeExport(Buffer.from(JSON.stringify({ responses: [{ id: 7, submitdate: null }] })).toString('base64'));
		expect(flat).toEqual([{ id: 7, submitdate: null }]);
		expect(decodeExport('')).toEqual([]);
	});
	it('reads question codes with list_questions, server time in the chosen zone, token as customer id', () => {
		const fb = build(limeSurveyToDraft(rows[0], fx('limesurvey-questions.json'), { surveyId: '123456' }), 'Asia/Shanghai');
		expect(fb).toMatchObject({
			id: 'limesurvey:123456-41',
			occurredAt: '2026-11-20T09:12:00+08:00',
			scores: { nps: 6, csat: 2 },
			text: 'The room smelled of smoke and nobody came to fix the shower.',
			language: 'en',
			location: { id: 'SZ-NANSHAN' },
			customer: { id: 'tk8821' },
		});
		expect(fb.answers.find((a) => a.questionId === 'COMMENT')?.question).toBe('Tell us more');
		expect(build(limeSurveyToDraft(rows[1], fx('limesurvey-questions.json'), { surveyId: '123456' })).language).toBe('zh');
	});
});

describe('presets registry', () => {
	it('registers the new survey presets for CX Normalize', () => {
		expect(Object.keys(FEEDBACK_PRESETS)).toEqual(expect.arrayContaining(['typeform', 'surveymonkey', 'qualtrics', 'formbricks', 'wenjuanxing', 'limesurvey', 'json']));
		const d = FEEDBACK_PRESETS.qualtrics.toDraft(fx('qualtrics-response.json'), {});
		expect(d.sourceId).toBe('R_1LyVRpLMCTDKdiW');
	});
});

describe('malformed payloads: a clear error or a tolerant record, never a crash', () => {
	const cases: Array<[string, (p: unknown) => unknown]> = [
		['typeform', (p) => typeformToDraft(p)],
		['qualtrics', (p) => qualtricsToDraft(p)],
		['formbricks', (p) => formbricksToDraft(p)],
		['wenjuanxing', (p) => wenjuanxingToDraft(p)],
		['limesurvey', (p) => limeSurveyToDraft(p)],
	];
	const junk: unknown[] = [null, 42, 'text', [], {}, { answers: 'nope' }, { data: null }, { values: null }, { q1: { nested: true } }, { form_response: { answers: [null, 7, { type: 'hologram', hologram: { x: 1 } }] } }];
	it.each(cases)('%s: every junk payload throws an Error with a message or yields a draft buildFeedback judges', (_name, fn) => {
		for (const p of junk) {
			let draft: unknown;
			try {
				draft = fn(p);
			} catch (e) {
				expect(e).toBeInstanceOf(Error);
				expect((e as Error).message.length).toBeGreaterThan(5);
				continue;
			}
			const r = buildFeedback(draft, { now });
			if (!r.ok) for (const i of r.issues) expect(i.path).toBeTruthy();
		}
	});
	it('keeps an unknown Typeform answer type instead of dropping it', () => {
		const d = typeformToDraft({ form_response: { token: 't', submitted_at: '2026-11-20T00:00:00Z', answers: [{ type: 'hologram', hologram: { x: 1 }, field: { id: 'f', type: 'hologram' } }] } });
		expect(build(d).answers[0]).toMatchObject({ type: 'hologram', value: '{"x":1}' });
	});
	it('a huge text answer stays one record (no truncation, no crash)', () => {
		const big = 'x '.repeat(200_000);
		const fb = build(formbricksToDraft({ id: 'r', createdAt: '2026-11-20T00:00:00Z', data: { open1: big } }, { questions: [{ id: 'open1', type: 'openText' }] }));
		expect(fb.text.length).toBeGreaterThan(399_000);
	});
});
