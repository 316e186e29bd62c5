import { createHash, createHmac } from 'node:crypto';
import {
	checkTimestamp,
	safeEqual,
	verifyHmac,
	verifyStandardWebhook,
	verifySurveyMonkey,
	verifyTypeform,
	verifyWenjuanxing,
} from '../../nodes/engine/signature';

// Vectors from reference/apis.md ("Signature test vectors").
const BODY = '{"event_id":"x"}';
const TYPEFORM_SIG = 'sha256=yyYCJLobP8ckc89xC2JPAKfLiZ3UdvxN1ydma+nI3lM=';
const SM_SIG = 'IPUEp3y9ta24gaRxyZasurKZcpw=';

describe('Typeform signature', () => {
	it('accepts the reference vector', () => {
		expect(verifyTypeform(BODY, TYPEFORM_SIG, 'secret')).toEqual({ ok: true });
		expect(verifyTypeform(Buffer.from(BODY), TYPEFORM_SIG, 'secret')).toEqual({ ok: true });
	});
	it('rejects a tampered body, a wrong secret, a missing header, a missing secret', () => {
		expect(verifyTypeform('{"event_id":"y"}', TYPEFORM_SIG, 'secret')).toEqual({ ok: false, reason: 'bad-signature' });
		expect(verifyTypeform(BODY + ' ', TYPEFORM_SIG, 'secret')).toEqual({ ok: false, reason: 'bad-signature' });
		expect(verifyTypeform(BODY, TYPEFORM_SIG, 'Secret')).toEqual({ ok: false, reason: 'bad-signature' });
		expect(verifyTypeform(BODY, undefined, 'secret')).toEqual({ ok: false, reason: 'missing-signature' });
		expect(verifyTypeform(BODY, '', 'secret')).toEqual({ ok: false, reason: 'missing-signature' });
		expect(verifyTypeform(BODY, TYPEFORM_SIG, undefined)).toEqual({ ok: false, reason: 'missing-secret' });
	});
	it('needs the sha256= prefix and does not accept the digest alone or another length', () => {
		expect(verifyTypeform(BODY, TYPEFORM_SIG.slice('sha256='.length), 'secret').ok).toBe(false);
		expect(verifyTypeform(BODY, 'sha256=', 'secret').ok).toBe(false);
		expect(verifyTypeform(BODY, TYPEFORM_SIG + 'A', 'secret').ok).toBe(false);
		expect(verifyTypeform(BODY, 'SHA256=' + TYPEFORM_SIG.slice(7), 'secret').ok).toBe(true);
	});
});

describe('SurveyMonkey signature', () => {
	it('accepts the reference vector (key "clientid&clientsecret", HMAC-SHA1, base64)', () => {
		expect(verifySurveyMonkey(BODY, SM_SIG, 'clientid', 'clientsecret')).toEqual({ ok: true });
	});
	it('rejects tampered body, wrong secret, missing header, missing key', () => {
		expect(verifySurveyMonkey('{"event_id":"X"}', SM_SIG, 'clientid', 'clientsecret').ok).toBe(false);
		expect(verifySurveyMonkey(BODY, SM_SIG, 'clientid', 'other')).toEqual({ ok: false, reason: 'bad-signature' });
		expect(verifySurveyMonkey(BODY, undefined, 'clientid', 'clientsecret')).toEqual({ ok: false, reason: 'missing-signature' });
		expect(verifySurveyMonkey(BODY, SM_SIG, '', 'clientsecret')).toEqual({ ok: false, reason: 'missing-secret' });
	});
});

describe('generic HMAC with a timestamp window', () => {
	const secret = 'shh';
	const now = Date.parse('2026-11-23T12:00:00Z');
	const ts = String(Math.floor(now / 1000));
	const sign = (t: string, body: string) => createHmac('sha256', secret).update(`${t}.${body}`).digest('hex');
	const base = { rawBody: BODY, secret, algorithm: 'sha256' as const, encoding: 'hex' as const };

	it('accepts a fresh signature over "<timestamp>.<body>", hex case-insensitively', () => {
		expect(verifyHmac({ ...base, signature: sign(ts, BODY), timestamp: { value: ts, now } })).toEqual({ ok: true });
		expect(verifyHmac({ ...base, signature: sign(ts, BODY).toUpperCase(), timestamp: { value: ts, now } })).toEqual({ ok: true });
	});
	it('rejects a stale or future timestamp, a missing or unreadable one, and a swapped timestamp', () => {
		const old = String(Math.floor(now / 1000) - 301);
		expect(verifyHmac({ ...base, signature: sign(old, BODY), timestamp: { value: old, now } })).toEqual({ ok: false, reason: 'stale-timestamp' });
		const future = String(Math.floor(now / 1000) + 3600);
		expect(verifyHmac({ ...base, signature: sign(future, BODY), timestamp: { value: future, now } })).toEqual({ ok: false, reason: 'stale-timestamp' });
		expect(verifyHmac({ ...base, signature: sign(ts, BODY), timestamp: { value: undefined, now } })).toEqual({ ok: false, reason: 'missing-timestamp' });
		expect(verifyHmac({ ...base, signature: sign(ts, BODY), timestamp: { value: 'yesterday', now } })).toEqual({ ok: false, reason: 'bad-timestamp' });
		const other = String(Number(ts) - 10);
		expect(verifyHmac({ ...base, signature: sign(ts, BODY), timestamp: { value: other, now } })).toEqual({ ok: false, reason: 'bad-signature' });
	});
	it('reads millisecond timestamps and honours a custom window', () => {
		const ms = String(now - 20_000);
		expect(verifyHmac({ ...base, signature: sign(ms, BODY), timestamp: { value: ms, now, maxAgeSeconds: 30 } }).ok).toBe(true);
		expect(verifyHmac({ ...base, signature: sign(ms, BODY), timestamp: { value: ms, now, maxAgeSeconds: 10 } }).ok).toBe(false);
		expect(checkTimestamp({ value: new Date(now - 1000).toISOString(), now }).ok).toBe(true);
	});
	it('supports base64, sha1/sha512 and a prefix', () => {
		const b64 = createHmac('sha512', secret).update(BODY).digest('base64');
		expect(verifyHmac({ rawBody: BODY, secret, algorithm: 'sha512', encoding: 'base64', signature: `v1=${b64}`, prefix: 'v1=' }).ok).toBe(true);
		expect(verifyHmac({ rawBody: BODY, secret, algorithm: 'sha1', encoding: 'base64', signature: SM_SIG }).ok).toBe(false);
		expect(verifyHmac({ rawBody: BODY, secret: 'clientid&clientsecret', algorithm: 'sha1', encoding: 'base64', signature: SM_SIG }).ok).toBe(true);
	});
});

describe('Standard Webhooks (Formbricks when a secret is set)', () => {
	const now = Date.parse('2026-11-23T12:00:00Z');
	const ts = String(Math.floor(now / 1000));
	const key = Buffer.from('MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', 'utf8');
	const secret = `whsec_${key.toString('base64')}`;
	const sig = createHmac('sha256', key).update(`msg_1.${ts}.${BODY}`).digest('base64');
	const headers = { 'webhook-id': 'msg_1', 'webhook-timestamp': ts, 'webhook-signature': `v1,bogus v1,${sig}` };
	it('accepts any matching v1 entry', () => {
		expect(verifyStandardWebhook(BODY, headers, secret, { now })).toEqual({ ok: true });
	});
	it('rejects tampered body, wrong secret, stale timestamp, missing headers', () => {
		expect(verifyStandardWebhook(BODY + 'x', headers, secret, { now }).ok).toBe(false);
		expect(verifyStandardWebhook(BODY, headers, 'whsec_' + Buffer.from('other').toString('base64'), { now }).ok).toBe(false);
		expect(verifyStandardWebhook(BODY, headers, secret, { now: now + 600_000 })).toEqual({ ok: false, reason: 'stale-timestamp' });
		expect(verifyStandardWebhook(BODY, { 'webhook-id': 'msg_1', 'webhook-timestamp': ts }, secret, { now })).toEqual({ ok: false, reason: 'missing-signature' });
	});
});

describe('Wenjuanxing push sign', () => {
	const payload = { activity: '5657754', joinid: '101812480275', q1: '3' };
	const sign = createHash('sha1').update('5657754' + '101812480275' + 'pushkey').digest('hex');
	it('accepts sha1(activity + index + key), case-insensitively', () => {
		expect(verifyWenjuanxing({ ...payload, sign }, 'pushkey')).toEqual({ ok: true });
		expect(verifyWenjuanxing({ ...payload, sign: sign.toUpperCase() }, 'pushkey')).toEqual({ ok: true });
		const withIndex = createHash('sha1').update('5657754' + '7' + 'pushkey').digest('hex');
		expect(verifyWenjuanxing({ ...payload, index: 7, sign: withIndex }, 'pushkey')).toEqual({ ok: true });
	});
	it('rejects wrong key, tampered id, empty sign', () => {
		expect(verifyWenjuanxing({ ...payload, sign }, 'other').ok).toBe(false);
		expect(verifyWenjuanxing({ ...payload, joinid: '101812480276', sign }, 'pushkey').ok).toBe(false);
		expect(verifyWenjuanxing({ ...payload, sign: '' }, 'pushkey')).toEqual({ ok: false, reason: 'missing-signature' });
	});
});

describe('safeEqual', () => {
	it('compares any lengths without throwing', () => {
		expect(safeEqual('abc', 'abc')).toBe(true);
		expect(safeEqual('abc', 'abcd')).toBe(false);
		expect(safeEqual('', '')).toBe(true);
	});
});
