/**
 * Bounded verbatim samples. A report shows a handful of quotes per topic; keeping them must not grow
 * with the number of feedback records, so each topic holds a fixed-size uniform reservoir
 * (Vitter's Algorithm R) and the report keeps the k lowest- and k highest-scored quotes.
 */

export interface Verbatim {
	id: string;
	/** Redacted and shortened text. */
	text: string;
	occurredAt: string;
	location?: string;
	source?: string;
	channel?: string;
	sentiment?: string;
	/** The record's score on 0–100, when it has one. */
	score?: number;
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
// Chinese resident ID (18 chars), bank-card-like digit runs, then phone numbers (+86 138 0013 8000, 020-12345678 …).
const CN_ID = /\b\d{17}[\dXx]\b/g;
const LONG_DIGITS = /\b\d{12,19}\b/g;
const PHONE = /(?:\+?\d{1,3}[\s-]?)?(?:\(?\d{2,4}\)?[\s-]?)?\d{3,4}[\s-]?\d{4}\b/g;

/**
 * A last-line redaction for quotes that did not pass through CX Analyze's PII step
 * (`analysis.redactedText` is preferred when present): e-mail addresses, ID and card numbers, phone
 * numbers.
 */
export function redactText(text: string): string {
	return text
		.replace(EMAIL, '[email]')
		.replace(CN_ID, '[id]')
		.replace(LONG_DIGITS, '[number]')
		.replace(PHONE, (m) => (m.replace(/\D/g, '').length >= 7 ? '[phone]' : m));
}

/** Shortens to `max` characters (code points) on a word or sentence boundary where one is near. */
export function shorten(text: string, max = 280): string {
	const chars = Array.from(text.trim().replace(/\s+/g, ' '));
	if (chars.length <= max) return chars.join('');
	let cut = chars.slice(0, max).join('');
	const b = Math.max(cut.lastIndexOf(' '), cut.lastIndexOf('。'), cut.lastIndexOf('，'), cut.lastIndexOf('. '));
	if (b > max * 0.6) cut = cut.slice(0, b);
	return `${cut}…`;
}

/** Fixed-size uniform sample of a stream (Algorithm R). */
export class Reservoir<T> {
	readonly items: T[] = [];
	seen = 0;

	constructor(
		readonly size: number,
		private readonly random: () => number,
	) {}

	/** `make` is only called when the element is kept, so callers can build the element lazily. */
	offer(make: () => T): void {
		this.seen++;
		if (this.items.length < this.size) {
			this.items.push(make());
			return;
		}
		const j = Math.floor(this.random() * this.seen);
		if (j < this.size) this.items[j] = make();
	}
}

/** Keeps the k elements with the smallest (or largest) rank. */
export class Extremes<T> {
	readonly items: Array<{ rank: number; value: T }> = [];

	constructor(
		readonly size: number,
		readonly direction: 'lowest' | 'highest',
	) {}

	wants(rank: number): boolean {
		if (this.size <= 0) return false;
		if (this.items.length < this.size) return true;
		const worst = this.items[this.items.length - 1].rank;
		return this.direction === 'lowest' ? rank < worst : rank > worst;
	}

	offer(rank: number, make: () => T): void {
		if (!this.wants(rank)) return;
		const entry = { rank, value: make() };
		const better = (a: number, b: number) => (this.direction === 'lowest' ? a < b : a > b);
		let i = this.items.length;
		while (i > 0 && better(rank, this.items[i - 1].rank)) i--;
		this.items.splice(i, 0, entry);
		if (this.items.length > this.size) this.items.pop();
	}

	values(): T[] {
		return this.items.map((e) => e.value);
	}
}
