/**
 * Just enough DOM to run the dashboard's drill-down script in Node (no browser here): elements with
 * textContent, className, attributes, children and click/keydown listeners, and the few document
 * methods the script calls. innerHTML is deliberately absent: the script must not need it.
 */
import { runInNewContext } from 'node:vm';

export class El {
	children: El[] = [];
	attrs: Record<string, string> = {};
	listeners: Record<string, Array<(e: unknown) => void>> = {};
	style: Record<string, string> = {};
	className = '';
	title = '';
	type = '';
	onclick: (() => void) | null = null;
	private text = '';
	constructor(readonly tagName: string) {}
	get textContent(): string {
		return this.text + this.children.map((c) => c.textContent).join('');
	}
	set textContent(v: string) {
		this.text = v ?? '';
		this.children = [];
	}
	appendChild(c: El) {
		this.children.push(c);
		return c;
	}
	setAttribute(k: string, v: string) {
		this.attrs[k] = String(v);
	}
	getAttribute(k: string) {
		return this.attrs[k] ?? null;
	}
	addEventListener(type: string, fn: (e: unknown) => void) {
		(this.listeners[type] ??= []).push(fn);
	}
	click() {
		if (this.onclick) this.onclick();
		for (const fn of this.listeners.click ?? []) fn({});
	}
	scrollIntoView() {}
	all(): El[] {
		return [this, ...this.children.flatMap((c) => c.all())];
	}
	find(pred: (e: El) => boolean): El[] {
		return this.all().filter(pred);
	}
	set innerHTML(_v: string) {
		throw new Error('innerHTML used');
	}
}

/** Runs the page's inline scripts against a document made from its data blocks and data-topic rows. */
export function runPage(html: string) {
	const scripts = [...html.matchAll(/<script(?: type="application\/json" id="([^"]+)")?>([\s\S]*?)<\/script>/g)];
	const byId: Record<string, El> = {};
	for (const [, id, body] of scripts) {
		if (id) {
			const e = new El('script');
			e.textContent = body;
			byId[id] = e;
		}
	}
	const drill = new El('div');
	byId.drill = drill;
	const rows = [...html.matchAll(/data-topic="([^"]*)"/g)].map((m) => {
		const e = new El('g');
		e.setAttribute('data-topic', m[1].replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'"));
		return e;
	});
	const document = {
		getElementById: (id: string) => byId[id] ?? null,
		createElement: (tag: string) => new El(tag),
		createTextNode: (text: string) => {
			const e = new El('#text');
			e.textContent = text;
			return e;
		},
		querySelectorAll: (sel: string) => {
			if (sel !== '[data-topic]') throw new Error(`unsupported selector ${sel}`);
			return rows;
		},
	};
	const window: Record<string, unknown> = {};
	const code = scripts.filter(([, id]) => !id).map(([, , body]) => body);
	for (const c of code) runInNewContext(c, { document, window, JSON });
	return { drill, rows, window };
}
