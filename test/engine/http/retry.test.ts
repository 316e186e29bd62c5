import { HttpStatusError, parseBody, sendWithRetry, vendorMessage, type RawResponse } from '../../../nodes/engine/http/retry';
import { TICKET_RETRY } from '../../../nodes/engine/cases/provider';
import { REVIEW_RETRY } from '../../../nodes/engine/reviews/http';
import { SURVEY_RETRY } from '../../../nodes/providers/json/http';

const replay = (answers: RawResponse[]) => {
	const sent: number[] = [];
	return { sent, send: async () => (sent.push(1), answers.shift()!) };
};
const ok: RawResponse = { statusCode: 200, headers: {}, body: { ok: true } };

describe('shared HTTP retry rules', () => {
	it('ticket policy: 503 is retried only with Retry-After; backoff is capped at the longest wait', async () => {
		const waits: number[] = [];
		const sleep = async (ms: number) => void waits.push(ms);
		const bare503 = await sendWithRetry(replay([{ statusCode: 503, headers: {}, body: { error: 'down' } }]).send, sleep, TICKET_RETRY, 'GET /x').catch((e) => e);
		expect(bare503).toBeInstanceOf(HttpStatusError);
		expect(bare503.message).toBe('GET /x failed with HTTP 503: down');
		expect(waits).toEqual([]);
		const r = replay([{ statusCode: 503, headers: { 'Retry-After': '2' }, body: {} }, { statusCode: 429, headers: {}, body: {} }, ok]);
		expect((await sendWithRetry(r.send, sleep, { ...TICKET_RETRY, baseDelayMs: 50_000 })).body).toEqual({ ok: true });
		expect(waits).toEqual([2000, 60_000]);
	});

	it('ticket policy: gives up after 3 retries and fails at once on a too long Retry-After', async () => {
		const r = replay(Array.from({ length: 5 }, () => ({ statusCode: 429, headers: { 'retry-after': '1' }, body: { description: 'Slow down' } })));
		const e = await sendWithRetry(r.send, async () => {}, TICKET_RETRY, 'POST /api/v2/tickets').catch((x) => x);
		expect(r.sent).toHaveLength(4);
		expect(e.message).toBe('POST /api/v2/tickets failed with HTTP 429 (rate limited; the service asks to retry after 1 s): Slow down');
		const long = replay([{ statusCode: 429, headers: { 'retry-after': '120' }, body: {} }]);
		const e2 = await sendWithRetry(long.send, async () => {}, TICKET_RETRY, 'GET /x').catch((x) => x);
		expect([long.sent.length, e2.retryAfterMs, e2.description]).toEqual([1, 120_000, 'Try again later, or lower how often this workflow runs.']);
	});

	it('survey policy: 5 retries, only 2xx and accepted statuses are answers, label-colon messages', async () => {
		const isSuccess = (s: number) => (s >= 200 && s < 300) || s === 404;
		expect((await sendWithRetry(replay([{ statusCode: 404, headers: {}, body: {} }]).send, async () => {}, { ...SURVEY_RETRY, isSuccess })).statusCode).toBe(404);
		const redirect = await sendWithRetry(replay([{ statusCode: 302, headers: {}, body: '' }]).send, async () => {}, { ...SURVEY_RETRY, isSuccess }, 'Typeform: get form').catch((x) => x);
		expect(redirect.message).toBe('Typeform: get form: HTTP 302');
		const r = replay(Array.from({ length: 7 }, () => ({ statusCode: 503, headers: {}, body: { message: 'busy' } })));
		const waits: number[] = [];
		const e = await sendWithRetry(r.send, async (ms) => void waits.push(ms), SURVEY_RETRY, 'Qualtrics: list surveys').catch((x) => x);
		expect(waits).toEqual([1000, 2000, 4000, 8000, 16_000]);
		expect(e.message).toBe('Qualtrics: list surveys: HTTP 503 — busy');
	});

	it('review policy: 4 retries, 3xx are answers', async () => {
		const r = replay(Array.from({ length: 6 }, () => ({ statusCode: 429, headers: {}, body: {} })));
		await expect(sendWithRetry(r.send, async () => {}, REVIEW_RETRY, 'GET reviews')).rejects.toThrow('GET reviews failed with HTTP 429 (rate limited)');
		expect(r.sent).toHaveLength(5);
		expect((await sendWithRetry(replay([{ statusCode: 304, headers: {}, body: undefined }]).send, async () => {}, REVIEW_RETRY)).statusCode).toBe(304);
	});

	it('names the usual failures and finds every vendor message', () => {
		expect(vendorMessage({ description: 'Validation failed', errors: [{ field: 'requester_id', message: 'Please fill at least 1 of requester_id, phone, email fields' }] })).toBe(
			'Validation failed — requester_id: Please fill at least 1 of requester_id, phone, email fields',
		);
		expect(vendorMessage({ errorMessages: ['Issue does not exist'], errors: {} })).toBe('Issue does not exist');
		expect(vendorMessage({ error: { message: 'Invalid table', detail: 'incidentx' }, status: 'failure' })).toBe('Invalid table: incidentx');
		expect(vendorMessage({ error: 'invalid_grant', error_description: 'Token expired' })).toBe('invalid_grant — Token expired');
		expect(vendorMessage({ details: [{ message: 'Bad field' }] })).toBe('Bad field');
		expect(vendorMessage(Buffer.from(' plain text '))).toBe('plain text');
		expect(vendorMessage({})).toBeUndefined();
		expect(parseBody('{"a":1}')).toEqual({ a: 1 });
		expect(parseBody(Buffer.from('[1]'))).toEqual([1]);
		expect(parseBody('  ')).toBeUndefined();
		expect(parseBody('{oops')).toBe('{oops');
	});

	it('adds a hint for 401, 403 and 404', async () => {
		for (const [status, hint] of [[401, 'check the credential'], [403, 'the account lacks permission'], [404, 'not found']] as const) {
			await expect(sendWithRetry(replay([{ statusCode: status, headers: {}, body: {} }]).send, async () => {}, {}, 'GET /t')).rejects.toThrow(`GET /t failed with HTTP ${status} (${hint})`);
		}
	});
});
