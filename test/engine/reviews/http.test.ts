import { collectPages } from '../../../nodes/engine/reviews/http';
import { HttpStatusError, retryAfterMs, sendWithRetry, type RawResponse } from '../../../nodes/engine/http/retry';

describe('review HTTP rules', () => {
	it('reads Retry-After as seconds or an HTTP date', () => {
		expect(retryAfterMs({ 'Retry-After': '7' })).toBe(7000);
		expect(retryAfterMs({ 'retry-after': new Date(Date.parse('2026-01-01T00:00:10Z')).toUTCString() }, Date.parse('2026-01-01T00:00:00Z'))).toBe(10000);
		expect(retryAfterMs({})).toBeUndefined();
	});

	it('retries 429 after Retry-After, then succeeds', async () => {
		const answers: RawResponse[] = [
			{ statusCode: 429, headers: { 'retry-after': '2' }, body: {} },
			{ statusCode: 503, headers: {}, body: {} },
			{ statusCode: 200, headers: {}, body: { ok: true } },
		];
		const waits: number[] = [];
		const res = await sendWithRetry(async () => answers.shift()!, async (ms) => void waits.push(ms), { baseDelayMs: 10 });
		expect(res.body).toEqual({ ok: true });
		expect(waits).toEqual([2000, 20]);
	});

	it('fails with the API message and the asked wait when it is too long', async () => {
		const send = async (): Promise<RawResponse> => ({ statusCode: 429, headers: { 'retry-after': '3600' }, body: { error: { message: 'Quota exceeded' } } });
		await expect(sendWithRetry(send, async () => {}, {}, 'GET reviews')).rejects.toThrow(
			'GET reviews failed with HTTP 429 (rate limited; the service asks to retry after 3600 s): Quota exceeded',
		);
		const e = await sendWithRetry(async () => ({ statusCode: 404, headers: {}, body: 'nope' }), async () => {}).catch((x) => x);
		expect(e).toBeInstanceOf(HttpStatusError);
		expect(e.statusCode).toBe(404);
	});

	it('collects every page and stops on a repeated token', async () => {
		const pages: Record<string, { items: number[]; next?: string }> = { '': { items: [1, 2], next: 'a' }, a: { items: [3], next: 'b' }, b: { items: [4], next: 'a' } };
		expect(await collectPages(async (t) => pages[String(t ?? '')])).toEqual([1, 2, 3, 4]);
		expect(await collectPages(async (t) => pages[String(t ?? '')], { limit: 3 })).toEqual([1, 2, 3]);
	});
});
