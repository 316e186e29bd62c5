import { joinUrl, queryOf } from '../../../nodes/providers/json/http';
import { retryAfterMs, vendorMessage } from '../../../nodes/engine/http/retry';

describe('survey transport helpers', () => {
	it('reads Retry-After as seconds or an HTTP date, case-insensitively; undefined otherwise', () => {
		const now = Date.parse('2026-11-23T12:00:00Z');
		expect(retryAfterMs({ 'Retry-After': '7' }, now)).toBe(7000);
		expect(retryAfterMs({ 'retry-after': '0.5' }, now)).toBe(500);
		expect(retryAfterMs({ 'retry-after': 'Mon, 23 Nov 2026 12:00:30 GMT' }, now)).toBe(30_000);
		expect(retryAfterMs({ 'retry-after': 'Mon, 23 Nov 2026 11:00:00 GMT' }, now)).toBe(0);
		expect(retryAfterMs({ 'retry-after': 'soon' }, now)).toBeUndefined();
		expect(retryAfterMs({}, now)).toBeUndefined();
	});
	it('finds the vendor message in the usual places', () => {
		expect(vendorMessage({ meta: { error: { errorMessage: 'Response not found' } } })).toBe('Response not found');
		expect(vendorMessage({ error: { message: 'Too many requests' } })).toBe('Too many requests');
		expect(vendorMessage({ description: 'Form not found', code: 'FORM_NOT_FOUND' })).toBe('Form not found');
		expect(vendorMessage({ code: 'NOT_FOUND' })).toBe('NOT_FOUND');
		expect(vendorMessage('<html>Bad gateway</html>')).toBe('<html>Bad gateway</html>');
		expect(vendorMessage(undefined)).toBeUndefined();
	});
	it('joins URLs and replays next-page queries', () => {
		expect(joinUrl('https://api.typeform.com/', '/forms')).toBe('https://api.typeform.com/forms');
		expect(queryOf('https://api.surveymonkey.com/v3/surveys/1/responses/bulk?page=3&per_page=100')).toEqual({ page: '3', per_page: '100' });
		expect(queryOf('not a url')).toEqual({});
	});
});
