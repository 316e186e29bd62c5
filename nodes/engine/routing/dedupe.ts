/**
 * Dedupe key: one customer's repeated feedback about one stay (or one order, one visit) must not
 * open several cases. The key names the customer, the place and the stay; the case id is derived
 * from it (cases/ids.ts), so every path that sees the same key lands on the same case.
 */
import { createHash } from 'node:crypto';
import type { Feedback } from '../feedback/schema';
import { parseTimestamp, wallClock } from '../time';

export interface DedupeOptions {
	/**
	 * `stay` (default): customer + location + stay/booking/order id, or the local date bucket of
	 * `windowDays` when there is none. `feedback`: one case per Feedback record. `customer`:
	 * customer + location regardless of stay, bucketed by `windowDays`.
	 */
	strategy?: 'stay' | 'feedback' | 'customer';
	/** Bucket width in days when no stay id is known (default 7). */
	windowDays?: number;
	/** Zone for the date bucket (default UTC). */
	timeZone?: string;
}

const STAY_KEYS = ['stayId', 'stay', 'bookingId', 'booking', 'reservationId', 'reservation', 'confirmationNumber', 'orderId', 'order', 'visitId', 'visit', 'ticketId', 'callId'];

/** A stable customer identity: id, else e-mail (lower-cased), else phone digits. */
export function customerIdentity(f: Pick<Feedback, 'customer'>): string | undefined {
	const c = f.customer;
	if (!c) return undefined;
	if (c.id) return `id:${c.id}`;
	if (c.email) return `email:${c.email.trim().toLowerCase()}`;
	if (c.phone) {
		const digits = c.phone.replace(/\D/g, '');
		if (digits.length >= 5) return `phone:${digits.slice(-11)}`;
	}
	return undefined;
}

export function stayIdentity(f: Pick<Feedback, 'meta'>): string | undefined {
	const ids = (f.meta?.ids ?? {}) as Record<string, string>;
	for (const k of STAY_KEYS) if (ids[k]) return `${k}:${ids[k]}`;
	return undefined;
}

export interface DedupeResult {
	/** Human-readable parts (no hashing) for debugging. */
	basis: string;
	/** sha256 of the basis, hex, 32 chars. */
	key: string;
}

export function dedupeKey(f: Feedback, options: DedupeOptions = {}): DedupeResult {
	const strategy = options.strategy ?? 'stay';
	const who = customerIdentity(f);
	const where = f.location?.id ? `loc:${f.location.id}` : 'loc:-';
	let basis: string;
	if (strategy === 'feedback' || !who) {
		basis = `fb:${f.id}`;
	} else {
		const stay = strategy === 'stay' ? stayIdentity(f) : undefined;
		if (stay) basis = `${who}|${where}|${stay}`;
		else {
			const days = Math.max(1, Math.floor(options.windowDays ?? 7));
			const t = parseTimestamp(f.occurredAt) ?? 0;
			const w = wallClock(t, options.timeZone ?? 'UTC');
			const dayNumber = Math.floor(Date.UTC(w.year, w.month - 1, w.day) / 86400000);
			basis = `${who}|${where}|w${days}:${Math.floor(dayNumber / days)}`;
		}
	}
	return { basis, key: createHash('sha256').update(basis).digest('hex').slice(0, 32) };
}
