import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeGoogleReview, originalComment } from '../../../nodes/providers/google-business/normalize';
import { normalizeTrustpilotReview } from '../../../nodes/providers/trustpilot/normalize';
import { normalizeBookingReview } from '../../../nodes/providers/booking/normalize';
import { normalizeExpediaReview } from '../../../nodes/providers/expedia/normalize';
import { normalizeTripadvisorReview } from '../../../nodes/providers/tripadvisor/normalize';
import { reviewToFeedback } from '../../../nodes/engine/reviews/toFeedback';
import { summariseRatings } from '../../../nodes/engine/reviews/summary';
import type { Feedback } from '../../../nodes/engine/feedback/schema';

const fx = (p: string) => JSON.parse(readFileSync(join(__dirname, '..', '..', 'fixtures', 'reviews', p), 'utf8'));
const now = () => Date.parse('2026-11-23T00:00:00Z');
const ok = (r: ReturnType<typeof reviewToFeedback>): Feedback => {
	if (!r.ok) throw new Error(JSON.stringify(r.issues));
	return r.feedback;
};

describe('review normalisers → Feedback', () => {
	it('Google: star enum, reply, translated comment, anonymous reviewer', () => {
		const page = fx('google/reviews-page.json');
		const [a, b, c] = page.reviews.map((r: unknown) => normalizeGoogleReview(r, { name: 'accounts/9876543210/locations/1111111111', title: 'Harbour Hotel Shanghai Bund' }));
		expect(a).toMatchObject({ reviewId: 'AbFvOqn1', locationId: '1111111111', rating: { value: 2, scale: 5 } });
		expect(b.text).toBe('早餐很丰富，前台服务热情，位置方便，离外滩步行五分钟。');
		expect(b.context?.googleTranslation).toMatch(/^Rich breakfast/);
		expect(c.text).toBe('');
		const f = ok(reviewToFeedback(b, { timeZone: 'Asia/Shanghai', includeReviewer: true, now }));
		expect(f.customer).toBeUndefined(); // anonymous: no name even when asked
		expect(f.meta.reply).toEqual({ state: 'replied', text: '感谢您的好评，期待再次光临！', at: '2026-11-19T16:30:00Z' });
		expect(f.occurredAt).toBe('2026-11-19T14:02:44Z'); // an explicit offset is kept
		expect(originalComment('Hello (Translated by Google) Hallo').text).toBe('Hello');
	});

	it('Trustpilot', () => {
		const list = fx('trustpilot/reviews.json');
		const r = normalizeTrustpilotReview(list.reviews[0], { id: 'bu1' });
		expect(r).toMatchObject({ platform: 'trustpilot', rating: { value: 1, scale: 5 }, language: 'en', reply: undefined });
		const f = ok(reviewToFeedback(r, { now }));
		expect(f.scores.normalised).toBe(20);
		expect(f.text.startsWith('Room not ready')).toBe(true);
		expect(ok(reviewToFeedback(normalizeTrustpilotReview(list.reviews[1], { id: 'bu1' }), { now })).meta.reply?.state).toBe('replied');
	});

	it('Booking.com (tolerant): 10-point score, liked/disliked parts, reply', () => {
		const list = fx('booking/reviews.json');
		const r = normalizeBookingReview(list.data.reviews[0], '1234567');
		expect(r.rating).toEqual({ value: 6.3, scale: 10 });
		expect(r.text).toBe('+ Great location near the metro.\n- Breakfast queue was long and the room was noisy.');
		const alt = normalizeBookingReview({ id: 'x', score: 9, liked: 'All', date: '2026-11-01T10:00:00Z' }, '1');
		expect(alt).toMatchObject({ reviewId: 'x', rating: { value: 9, scale: 10 }, text: '+ All' });
		expect(ok(reviewToFeedback(r, { now })).scores.normalised).toBe(63);
	});

	it('Expedia: derived stable ids, 10-point ratings, management responses', () => {
		const res = fx('expedia/guest-reviews.json');
		const a = normalizeExpediaReview(res.verified.recent[0], '1234', 'en-US');
		const again = normalizeExpediaReview(res.verified.recent[0], '1234', 'en-US');
		expect(a.reviewId).toBe(again.reviewId);
		expect(a.rating).toEqual({ value: 8, scale: 10 });
		expect(a.reply?.text).toMatch(/Thank you/);
		expect(ok(reviewToFeedback(a, { now })).customer?.segment).toBe('business');
	});

	it('Tripadvisor', () => {
		const res = fx('tripadvisor/reviews.json');
		const r = normalizeTripadvisorReview(res.data[0]);
		expect(r).toMatchObject({ reviewId: '987654321', locationId: '188151', rating: { value: 5, scale: 5 }, url: expect.stringContaining('tripadvisor.com') });
		expect(ok(reviewToFeedback(r, { now })).language).toBe('en');
	});

	it('rating summary per location', () => {
		const mk = (id: string, loc: string, v: number, replied = false): Feedback =>
			ok(
				reviewToFeedback(
					{ platform: 'google', reviewId: id, locationId: loc, locationName: `L${loc}`, rating: { value: v, scale: 5 }, text: '', createdAt: '2026-11-20T00:00:00Z', reply: replied ? { text: 'x' } : undefined },
					{ now },
				),
			);
		const s = summariseRatings([mk('a', '1', 5, true), mk('b', '1', 2), mk('c', '1', 4), mk('d', '2', 3)]);
		expect(s[0]).toMatchObject({ platform: 'google', locationId: '1', locationName: 'L1', count: 3, average: 3.67, averageNormalised: 73.3, replied: 1, replyRate: 0.3333, negative: 1, distribution: { '1': 0, '2': 1, '3': 0, '4': 1, '5': 1 } });
		expect(summariseRatings([mk('a', '1', 5), mk('d', '2', 3)], 'all')[0]).toMatchObject({ count: 2, average: 4 });
	});
});
