/**
 * Webhook signature checks, in constant time, over the raw request body. Plain TypeScript (node:crypto
 * only, no n8n imports) so every trigger can share it and tests can run it alone.
 *
 * Every check returns `{ ok: true }` or `{ ok: false, reason }` and never throws, so a trigger can
 * answer 401 without leaking which part failed to the caller (the reason goes to the n8n log only).
 *
 * Schemes covered (vectors in test/engine/signature.test.ts, from reference/apis.md):
 * - Typeform: `Typeform-Signature: sha256=<base64 HMAC-SHA256(secret, rawBody)>`.
 * - SurveyMonkey: `Sm-Signature: <base64 HMAC-SHA1(key = "apiKey&apiSecret", rawBody)>`.
 * - Standard Webhooks (`webhook-id`, `webhook-timestamp`, `webhook-signature: v1,<base64>`), HMAC-SHA256
 *   over `${id}.${timestamp}.${rawBody}` with the `whsec_` secret base64-decoded.
 * - Generic: any header, any HMAC algorithm, hex or base64, optional prefix, optional timestamp header
 *   with a window, signed payload either the body or `${timestamp}.${body}`.
 * - Wenjuanxing (问卷星) push: `sign = sha1(activity + index + pushKey)` (plain SHA-1, hex) [U: hex case].
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

export type HmacAlgorithm = 'sha1' | 'sha256' | 'sha512';
export type DigestEncoding = 'hex' | 'base64';

export type VerifyFailure =
	| 'missing-secret'
	| 'missing-signature'
	| 'missing-timestamp'
	| 'bad-timestamp'
	| 'stale-timestamp'
	| 'bad-signature';

export type VerifyResult = { ok: true } | { ok: false; reason: VerifyFailure };

const OK: VerifyResult = { ok: true };
const fail = (reason: VerifyFailure): VerifyResult => ({ ok: false, reason });

type Bytes = string | Buffer;

function toBuffer(v: Bytes): Buffer {
	return Buffer.isBuffer(v) ? v : Buffer.from(v, 'utf8');
}

/**
 * Constant-time string comparison. Both sides are hashed first so the comparison takes the same time
 * whatever the lengths are (timingSafeEqual alone throws on, and so reveals, a length mismatch).
 */
export function safeEqual(a: Bytes, b: Bytes): boolean {
	const ha = createHash('sha256').update(toBuffer(a)).digest();
	const hb = createHash('sha256').update(toBuffer(b)).digest();
	return timingSafeEqual(ha, hb);
}

export function hmacDigest(algorithm: HmacAlgorithm, key: Bytes, data: Bytes, encoding: DigestEncoding): string {
	return createHmac(algorithm, toBuffer(key)).update(toBuffer(data)).digest(encoding);
}

/** First value of a header, case-insensitively, from Node's IncomingHttpHeaders or any record. */
export function headerValue(headers: Record<string, unknown> | undefined, name: string): string | undefined {
	if (!headers) return undefined;
	const lower = name.toLowerCase();
	for (const [k, v] of Object.entries(headers)) {
		if (k.toLowerCase() !== lower) continue;
		const first = Array.isArray(v) ? v[0] : v;
		if (first === undefined || first === null) return undefined;
		const s = String(first).trim();
		return s === '' ? undefined : s;
	}
	return undefined;
}

export interface TimestampWindow {
	/** The timestamp as sent (seconds or milliseconds since the epoch, or an ISO date). */
	value: string | undefined;
	/** Largest accepted distance from now, in seconds. Default 300. */
	maxAgeSeconds?: number;
	/** Clock in ms (tests pass a fixed one). */
	now?: number;
}

/** Reads seconds, milliseconds (13+ digits) or an ISO date; undefined when unreadable. */
export function parseSignatureTimestamp(value: string): number | undefined {
	const t = value.trim();
	if (/^\d+(\.\d+)?$/.test(t)) {
		const n = Number(t);
		return t.replace(/\..*$/, '').length >= 13 ? n : n * 1000;
	}
	const ms = Date.parse(t);
	return Number.isNaN(ms) ? undefined : ms;
}

export function checkTimestamp(w: TimestampWindow): VerifyResult {
	if (w.value === undefined || w.value === '') return fail('missing-timestamp');
	const ms = parseSignatureTimestamp(w.value);
	if (ms === undefined) return fail('bad-timestamp');
	const maxAge = (w.maxAgeSeconds ?? 300) * 1000;
	const now = w.now ?? Date.now();
	return Math.abs(now - ms) <= maxAge ? OK : fail('stale-timestamp');
}

export interface HmacCheck {
	rawBody: Bytes;
	secret: Bytes | undefined;
	/** The signature header's value as received. */
	signature: string | undefined;
	algorithm: HmacAlgorithm;
	encoding: DigestEncoding;
	/** Text before the digest in the header, e.g. `sha256=`. Compared too, case-insensitively. */
	prefix?: string;
	/** When set, the timestamp must be within the window and is part of the signed payload. */
	timestamp?: TimestampWindow;
	/** How the timestamp joins the body in the signed payload. Default `${timestamp}.${body}`. */
	signedPayload?: (timestamp: string, rawBody: Buffer) => Buffer;
}

/** The generic check behind every HMAC scheme. */
export function verifyHmac(c: HmacCheck): VerifyResult {
	if (c.secret === undefined || c.secret === null || toBuffer(c.secret).length === 0) return fail('missing-secret');
	if (!c.signature) return fail('missing-signature');
	let payload = toBuffer(c.rawBody);
	if (c.timestamp) {
		const t = checkTimestamp(c.timestamp);
		if (!t.ok) return t;
		const join = c.signedPayload ?? ((ts: string, body: Buffer) => Buffer.concat([Buffer.from(`${ts}.`, 'utf8'), body]));
		payload = join(c.timestamp.value as string, payload);
	}
	let actual = c.signature.trim();
	if (c.prefix) {
		if (actual.slice(0, c.prefix.length).toLowerCase() !== c.prefix.toLowerCase()) return fail('bad-signature');
		actual = actual.slice(c.prefix.length);
	}
	const expected = hmacDigest(c.algorithm, c.secret, payload, c.encoding);
	// Hex digests are case-insensitive; base64 is not.
	const same = c.encoding === 'hex' ? safeEqual(actual.toLowerCase(), expected) : safeEqual(actual, expected);
	return same ? OK : fail('bad-signature');
}

/** Typeform: `Typeform-Signature: sha256=<base64>`. No timestamp in the scheme. */
export function verifyTypeform(rawBody: Bytes, signatureHeader: string | undefined, secret: string | undefined): VerifyResult {
	return verifyHmac({ rawBody, secret, signature: signatureHeader, algorithm: 'sha256', encoding: 'base64', prefix: 'sha256=' });
}

/** SurveyMonkey: `Sm-Signature: <base64 HMAC-SHA1>` keyed with `apiKey&apiSecret` (api key or client id). */
export function verifySurveyMonkey(
	rawBody: Bytes,
	signatureHeader: string | undefined,
	apiKey: string | undefined,
	apiSecret: string | undefined,
): VerifyResult {
	if (!apiKey || !apiSecret) return fail('missing-secret');
	return verifyHmac({ rawBody, secret: `${apiKey}&${apiSecret}`, signature: signatureHeader, algorithm: 'sha1', encoding: 'base64' });
}

/**
 * Standard Webhooks (standardwebhooks.com): `webhook-signature` holds space-separated `v1,<base64>`
 * entries; any one matching passes. A `whsec_` secret is base64-decoded; any other string is used as is.
 */
export function verifyStandardWebhook(
	rawBody: Bytes,
	headers: Record<string, unknown>,
	secret: string | undefined,
	options: { maxAgeSeconds?: number; now?: number } = {},
): VerifyResult {
	if (!secret) return fail('missing-secret');
	const id = headerValue(headers, 'webhook-id');
	const ts = headerValue(headers, 'webhook-timestamp');
	const sig = headerValue(headers, 'webhook-signature');
	if (!sig || !id) return fail('missing-signature');
	const t = checkTimestamp({ value: ts, maxAgeSeconds: options.maxAgeSeconds, now: options.now });
	if (!t.ok) return t;
	const key = secret.startsWith('whsec_') ? Buffer.from(secret.slice(6), 'base64') : Buffer.from(secret, 'utf8');
	const expected = hmacDigest('sha256', key, Buffer.concat([Buffer.from(`${id}.${ts}.`, 'utf8'), toBuffer(rawBody)]), 'base64');
	let match = false;
	for (const entry of sig.split(/\s+/)) {
		const [version, value] = entry.split(',', 2);
		// Compare every entry (no early exit) so timing does not reveal which one matched.
		if (version === 'v1' && value !== undefined && safeEqual(value, expected)) match = true;
	}
	return match ? OK : fail('bad-signature');
}

/**
 * Wenjuanxing (问卷星) data push: the body carries `sign = sha1(activity + index + pushKey)`.
 * [U] `index` (作答序号) is not in the documented sample; we fall back to `joinid`. Hex, compared
 * case-insensitively.
 */
export function verifyWenjuanxing(payload: Record<string, unknown>, pushKey: string | undefined): VerifyResult {
	if (!pushKey) return fail('missing-secret');
	const sign = typeof payload.sign === 'string' ? payload.sign.trim() : '';
	if (!sign) return fail('missing-signature');
	const activity = String(payload.activity ?? '');
	const index = String(payload.index ?? payload.joinid ?? '');
	const expected = createHash('sha1').update(`${activity}${index}${pushKey}`, 'utf8').digest('hex');
	return safeEqual(sign.toLowerCase(), expected) ? OK : fail('bad-signature');
}

/** Human text for the n8n log / error description. */
export function describeFailure(reason: VerifyFailure): string {
	switch (reason) {
		case 'missing-secret':
			return 'no signing secret is configured for this webhook';
		case 'missing-signature':
			return 'the request carries no signature';
		case 'missing-timestamp':
			return 'the request carries no timestamp';
		case 'bad-timestamp':
			return 'the timestamp cannot be read';
		case 'stale-timestamp':
			return 'the timestamp is outside the accepted window (replayed or clock skew)';
		case 'bad-signature':
			return 'the signature does not match the body';
	}
}
