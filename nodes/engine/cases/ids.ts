/**
 * Deterministic case ids: the same dedupe key always gives the same id, so a Data Table upsert
 * keyed on it is idempotent and external systems can be searched for it before a create.
 */
import { createHash } from 'node:crypto';

/** Crockford base32 (no I, L, O, U): readable on the phone, unambiguous in print. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function caseIdFromKey(dedupeKey: string, prefix = 'CX'): string {
	if (!dedupeKey) throw new Error('A case id needs a dedupe key');
	const digest = createHash('sha256').update(`case:${dedupeKey}`).digest();
	let out = '';
	// 60 bits → 12 characters: collision odds stay negligible for millions of cases.
	let acc = 0n;
	for (let i = 0; i < 8; i++) acc = (acc << 8n) | BigInt(digest[i]);
	acc >>= 4n;
	for (let i = 0; i < 12; i++) {
		out = ALPHABET[Number(acc & 31n)] + out;
		acc >>= 5n;
	}
	return `${prefix}-${out}`;
}

/** The tag / label / external id under which a case is filed in an external system. */
export function externalTag(caseId: string): string {
	return `cxloop-${caseId.toLowerCase()}`;
}

export const CASE_ID_RE = /^[A-Z][A-Z0-9]{0,9}-[0-9A-HJKMNP-TV-Z]{12}$/;
