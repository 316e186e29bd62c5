/**
 * Robot signatures. DingTalk and Feishu both sign `timestamp + "\n" + secret` with HMAC-SHA256,
 * but with key and message swapped and with milliseconds vs seconds (see reference/apis.md):
 *   DingTalk: base64(HMAC(key = secret, msg = `${ms}\n${secret}`)), URL-encoded into `sign=`.
 *   Feishu:   base64(HMAC(key = `${s}\n${secret}`, msg = "")), sent in the body.
 * Secrets never leave these functions except inside the signature.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export function dingTalkSign(timestampMs: number | string, secret: string): string {
	return createHmac('sha256', secret).update(`${timestampMs}\n${secret}`, 'utf8').digest('base64');
}

export function feishuSign(timestampSeconds: number | string, secret: string): string {
	return createHmac('sha256', `${timestampSeconds}\n${secret}`).update('', 'utf8').digest('base64');
}

/** Constant-time string comparison (length is not secret). */
export function safeEqual(a: string, b: string): boolean {
	const x = Buffer.from(String(a), 'utf8');
	const y = Buffer.from(String(b), 'utf8');
	if (x.length !== y.length) return false;
	return timingSafeEqual(x, y);
}

/**
 * Verifies a DingTalk signature as a receiving server would (our capture servers and the outgoing
 * robot callbacks use the same scheme). `maxAgeMs` rejects stale timestamps (DingTalk: 1 hour).
 */
export function verifyDingTalk(timestampMs: string, sign: string, secret: string, now = Date.now(), maxAgeMs = 3600_000): boolean {
	const t = Number(timestampMs);
	if (!Number.isFinite(t) || Math.abs(now - t) > maxAgeMs) return false;
	let decoded = sign;
	try {
		decoded = decodeURIComponent(sign);
	} catch {
		return false;
	}
	return safeEqual(dingTalkSign(timestampMs, secret), decoded);
}

export function verifyFeishu(timestampSeconds: string, sign: string, secret: string, nowMs = Date.now(), maxAgeMs = 3600_000): boolean {
	const t = Number(timestampSeconds) * 1000;
	if (!Number.isFinite(t) || Math.abs(nowMs - t) > maxAgeMs) return false;
	return safeEqual(feishuSign(timestampSeconds, secret), sign);
}

/** Removes secrets from a string before it goes to an error message or a log. */
export function scrub(text: string, secrets: Array<string | undefined>): string {
	let out = text;
	for (const s of secrets) if (s && s.length >= 4) out = out.split(s).join('***');
	return out.replace(/([?&](?:access_token|key|sign|token)=)[^&\s"']+/gi, '$1***').replace(/(\/hook\/)[\w-]+/g, '$1***');
}
