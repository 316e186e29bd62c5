/**
 * Alert message cards, zh and en, for DingTalk, WeCom, Feishu/Lark, Slack and Teams: what
 * happened, the customer's words (redacted), topic, owner, due time and a link back, with
 * @mentions by mobile or user id. Also the digest that replaces a flood.
 */
import type { Case } from '../cases/model';
import type { Feedback } from '../feedback/schema';
import type { Owner } from '../routing/rules';
import { parseTimestamp, wallClock } from '../time';
import type { Platform } from './errors';

export type Lang = 'zh' | 'en';
export type AlertKind = 'new' | 'escalation' | 'reminder' | 'resolved' | 'reopened' | 'followUp';

export interface Alert {
	kind: AlertKind;
	caseId?: string;
	title: string;
	/** The customer's words, already redacted. */
	quote?: string;
	topic?: string;
	owner?: Owner;
	priority: string;
	dueAt?: string;
	timeZone?: string;
	location?: string;
	score?: string;
	link?: string;
	escalationLevel?: number;
	reason?: string;
	mentions: { mobiles: string[]; userIds: string[]; emails: string[]; all: boolean };
}

const L = {
	zh: {
		new: '新客诉', escalation: '客诉升级', reminder: '客诉提醒', resolved: '客诉已解决', reopened: '客诉重开', followUp: '回访结果',
		quote: '客户原话', topic: '主题', owner: '负责人', due: '处理时限', priority: '优先级', location: '门店', score: '评分', open: '查看详情',
		level: '升级级别', reason: '原因', digest: 'CX 告警汇总', more: '另有', items: '条',
		p: { urgent: '紧急', high: '高', normal: '普通', low: '低' } as Record<string, string>,
	},
	en: {
		new: 'New case', escalation: 'Case escalated', reminder: 'Case reminder', resolved: 'Case resolved', reopened: 'Case reopened', followUp: 'Follow-up answer',
		quote: 'Customer said', topic: 'Topic', owner: 'Owner', due: 'Due', priority: 'Priority', location: 'Location', score: 'Score', open: 'Open case',
		level: 'Escalation level', reason: 'Reason', digest: 'CX alert digest', more: 'and', items: 'more',
		p: { urgent: 'Urgent', high: 'High', normal: 'Normal', low: 'Low' } as Record<string, string>,
	},
};

const EMAIL_RE = /[\w.+-]+@[\w-]+(\.[\w-]+)+/g;
const PHONE_RE = /(?<!\d)(\+?\d[\d\s-]{6,}\d)(?!\d)/g;
const CN_ID_RE = /(?<![\dXx])\d{17}[\dXx](?![\dXx])/g;

/** Light redaction when CX Analyze has not supplied `redactedText`: e-mails, phone and ID numbers. */
export function redact(text: string): string {
	return text.replace(EMAIL_RE, '[email]').replace(CN_ID_RE, '[id]').replace(PHONE_RE, '[phone]');
}

function clip(s: string, n: number): string {
	const chars = [...s];
	return chars.length > n ? `${chars.slice(0, n - 1).join('')}…` : s;
}

export function formatDue(iso: string | undefined, timeZone: string | undefined): string | undefined {
	if (!iso) return undefined;
	const t = parseTimestamp(iso);
	if (t === undefined) return iso;
	const tz = timeZone || 'UTC';
	const w = wallClock(t, tz);
	const p = (n: number) => String(n).padStart(2, '0');
	return `${w.year}-${p(w.month)}-${p(w.day)} ${p(w.hour)}:${p(w.minute)} (${tz})`;
}

function ownerText(o?: Owner): string | undefined {
	if (!o) return undefined;
	const parts = [o.department, o.person, o.queue].filter(Boolean);
	return parts.length ? parts.join(' / ') : undefined;
}

export interface AlertOptions {
	kind?: AlertKind;
	/** Link base: `${linkBase}${caseId}` unless the record has its own link. */
	linkBase?: string;
	extraMobiles?: string[];
	extraUserIds?: string[];
	atAll?: boolean;
	reason?: string;
	quoteLength?: number;
}

function mentionsOf(o: Owner | undefined, opts: AlertOptions): Alert['mentions'] {
	return {
		mobiles: [...new Set([...(o?.mobiles ?? []), ...(opts.extraMobiles ?? [])].filter(Boolean))],
		userIds: [...new Set([...(o?.userIds ?? []), ...(opts.extraUserIds ?? [])].filter(Boolean))],
		emails: [...new Set([...(o?.emails ?? [])].filter(Boolean))],
		all: !!opts.atAll,
	};
}

export function alertFromCase(c: Case, opts: AlertOptions = {}, feedback?: Feedback): Alert {
	const quoteSource = (feedback?.analysis?.redactedText as string | undefined) ?? (feedback ? redact(feedback.text) : redact(c.description.split('\n\n')[0] ?? ''));
	const link = opts.linkBase ? `${opts.linkBase}${encodeURIComponent(c.id)}` : c.external?.url;
	return {
		kind: opts.kind ?? (c.escalationLevel > 0 ? 'escalation' : 'new'),
		caseId: c.id,
		title: c.title,
		quote: quoteSource ? clip(quoteSource.replace(/\s+/g, ' ').trim(), opts.quoteLength ?? 200) : undefined,
		topic: c.topics[0],
		owner: c.owner,
		priority: c.priority,
		dueAt: c.dueAt,
		timeZone: c.timeZone,
		location: c.location ? (c.location.name ?? c.location.id) : undefined,
		link,
		escalationLevel: c.escalationLevel,
		reason: opts.reason,
		mentions: mentionsOf(c.owner, opts),
	};
}

export function alertFromFeedback(f: Feedback, opts: AlertOptions = {}): Alert {
	const r = (f.routing ?? {}) as { owner?: Owner; priority?: string; dueAt?: string; caseId?: string; sla?: { timeZone?: string } };
	const topic = f.analysis?.topics?.[0];
	const s = f.scores ?? {};
	const score = s.nps !== undefined ? `NPS ${s.nps}` : s.csat !== undefined ? `CSAT ${s.csat}` : s.rating ? `${s.rating.value}/${s.rating.scale}` : undefined;
	const quote = (f.analysis?.redactedText as string | undefined) ?? redact(f.text ?? '');
	return {
		kind: opts.kind ?? 'new',
		caseId: r.caseId,
		title: `${score ? `[${score}] ` : ''}${topic ? (topic.path?.[topic.path.length - 1] ?? topic.id) : f.channel}${f.location ? ` · ${f.location.name ?? f.location.id}` : ''}`,
		quote: quote ? clip(quote.replace(/\s+/g, ' ').trim(), opts.quoteLength ?? 200) : undefined,
		topic: topic ? (topic.path?.join(' › ') ?? topic.id) : undefined,
		owner: r.owner,
		priority: r.priority ?? 'normal',
		dueAt: r.dueAt,
		timeZone: r.sla?.timeZone,
		location: f.location ? (f.location.name ?? f.location.id) : undefined,
		score,
		link: opts.linkBase && r.caseId ? `${opts.linkBase}${encodeURIComponent(r.caseId)}` : f.meta?.url,
		reason: opts.reason,
		mentions: mentionsOf(r.owner, opts),
	};
}

function lines(a: Alert, lang: Lang): Array<[string, string]> {
	const t = L[lang];
	const out: Array<[string, string]> = [];
	if (a.quote) out.push([t.quote, a.quote]);
	if (a.topic) out.push([t.topic, a.topic]);
	const ow = ownerText(a.owner);
	if (ow) out.push([t.owner, ow]);
	const due = formatDue(a.dueAt, a.timeZone);
	if (due) out.push([t.due, due]);
	out.push([t.priority, t.p[a.priority] ?? a.priority]);
	if (a.location) out.push([t.location, a.location]);
	if (a.score) out.push([t.score, a.score]);
	if (a.kind === 'escalation' && a.escalationLevel) out.push([t.level, String(a.escalationLevel)]);
	if (a.reason) out.push([t.reason, a.reason]);
	return out;
}

function heading(a: Alert, lang: Lang): string {
	return `${L[lang][a.kind]}${a.caseId ? ` ${a.caseId}` : ''}`;
}

/**
 * Neutralises what customer text could use to forge a link or a mention in a robot's markdown
 * (`[x](url)`, `<@user>`, `<at id=…>`). Robot markdown dialects do not all honour backslash escapes,
 * so angle brackets become look-alikes and a link opener gets a space.
 */
function md(s: string): string {
	return s.replace(/\]\(/g, '] (').replace(/</g, '‹').replace(/>/g, '›');
}

function utf8Clip(s: string, maxBytes: number): string {
	if (Buffer.byteLength(s, 'utf8') <= maxBytes) return s;
	let lo = 0;
	let hi = s.length;
	while (lo < hi) {
		const mid = Math.ceil((lo + hi) / 2);
		if (Buffer.byteLength(s.slice(0, mid), 'utf8') + 3 <= maxBytes) lo = mid;
		else hi = mid - 1;
	}
	return `${s.slice(0, lo)}…`;
}

const COLOR: Record<string, string> = { urgent: 'red', high: 'orange', normal: 'blue', low: 'grey' };

/** The request body for one alert. */
export function buildMessage(platform: Platform, a: Alert, lang: Lang): Record<string, unknown> {
	const t = L[lang];
	const head = heading(a, lang);
	const rows = lines(a, lang);
	switch (platform) {
		case 'dingtalk': {
			const at = [...a.mentions.mobiles.map((m) => `@${m}`), ...a.mentions.userIds.map((u) => `@${u}`)].join(' ');
			const text = [
				`### ${md(head)}`,
				`**${md(a.title)}**`,
				...rows.map(([k, v]) => `- ${k}: ${md(v)}`),
				a.link ? `\n[${t.open}](${a.link})` : '',
				at ? `\n${at}` : '',
			]
				.filter(Boolean)
				.join('\n');
			return {
				msgtype: 'markdown',
				markdown: { title: clip(`${head} ${a.title}`, 60), text: utf8Clip(text, 19000) },
				at: { atMobiles: a.mentions.mobiles, atUserIds: a.mentions.userIds, isAtAll: a.mentions.all },
			};
		}
		case 'wecom': {
			const body = [`${head}`, a.title, ...rows.map(([k, v]) => `${k}: ${v}`), a.link ? `${t.open}: ${a.link}` : ''].filter(Boolean).join('\n');
			if (a.mentions.mobiles.length || a.mentions.all) {
				// Only the text message type supports mentions by mobile number.
				return {
					msgtype: 'text',
					text: {
						content: utf8Clip(body, 2000),
						mentioned_list: [...a.mentions.userIds, ...(a.mentions.all ? ['@all'] : [])],
						mentioned_mobile_list: [...a.mentions.mobiles, ...(a.mentions.all ? ['@all'] : [])],
					},
				};
			}
			const mdText = [
				`**${md(head)}**`,
				`${md(a.title)}`,
				...rows.map(([k, v]) => `> ${k}: <font color="${k === t.priority && (a.priority === 'urgent' || a.priority === 'high') ? 'warning' : 'comment'}">${md(v)}</font>`),
				a.link ? `[${t.open}](${a.link})` : '',
				a.mentions.userIds.map((u) => `<@${u}>`).join(' '),
			]
				.filter(Boolean)
				.join('\n');
			return { msgtype: 'markdown', markdown: { content: utf8Clip(mdText, 4000) } };
		}
		case 'feishu': {
			const at = [...a.mentions.userIds.map((u) => `<at id=${u}></at>`), ...a.mentions.emails.map((e) => `<at email=${e}></at>`), a.mentions.all ? '<at id=all></at>' : '']
				.filter(Boolean)
				.join(' ');
			const content = [`**${md(a.title)}**`, ...rows.map(([k, v]) => `**${k}**: ${md(v)}`), at].filter(Boolean).join('\n');
			const elements: unknown[] = [{ tag: 'div', text: { tag: 'lark_md', content } }];
			if (a.link) elements.push({ tag: 'action', actions: [{ tag: 'button', text: { tag: 'plain_text', content: t.open }, url: a.link, type: 'primary' }] });
			return {
				msg_type: 'interactive',
				card: {
					config: { wide_screen_mode: true },
					header: { title: { tag: 'plain_text', content: head }, template: COLOR[a.priority] ?? 'blue' },
					elements,
				},
			};
		}
		case 'slack': {
			const mention = a.mentions.userIds.map((u) => `<@${u}>`).join(' ') + (a.mentions.all ? ' <!channel>' : '');
			const blocks: unknown[] = [
				{ type: 'header', text: { type: 'plain_text', text: clip(head, 150) } },
				{ type: 'section', text: { type: 'mrkdwn', text: `*${a.title}*${mention.trim() ? `\n${mention.trim()}` : ''}` } },
				{ type: 'section', fields: rows.slice(0, 10).map(([k, v]) => ({ type: 'mrkdwn', text: `*${k}*\n${clip(v, 1900)}` })) },
			];
			if (a.link) blocks.push({ type: 'actions', elements: [{ type: 'button', text: { type: 'plain_text', text: t.open }, url: a.link }] });
			return { text: `${head}: ${a.title}`, blocks };
		}
		case 'teams': {
			const entities = a.mentions.emails.map((e) => ({ type: 'mention', text: `<at>${e}</at>`, mentioned: { id: e, name: e } }));
			const body: unknown[] = [
				{ type: 'TextBlock', text: head, weight: 'Bolder', size: 'Medium', color: a.priority === 'urgent' ? 'Attention' : 'Default', wrap: true },
				{ type: 'TextBlock', text: a.title, wrap: true },
				{ type: 'FactSet', facts: rows.map(([k, v]) => ({ title: k, value: v })) },
			];
			if (entities.length) body.push({ type: 'TextBlock', text: entities.map((e) => e.text).join(' '), wrap: true });
			return {
				type: 'message',
				attachments: [
					{
						contentType: 'application/vnd.microsoft.card.adaptive',
						content: {
							$schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
							type: 'AdaptiveCard',
							version: '1.4',
							body,
							actions: a.link ? [{ type: 'Action.OpenUrl', title: t.open, url: a.link }] : [],
							msteams: { width: 'Full', entities },
						},
					},
				],
			};
		}
	}
}

/** One message summarising several alerts. */
export function buildDigest(platform: Platform, alerts: Alert[], lang: Lang, queuedAfter = 0): Record<string, unknown> {
	const t = L[lang];
	const title = `${t.digest} (${alerts.length + queuedAfter})`;
	const item = (a: Alert) => {
		const due = formatDue(a.dueAt, a.timeZone);
		return `[${t.p[a.priority] ?? a.priority}] ${a.caseId ? `${a.caseId} ` : ''}${a.title}${ownerText(a.owner) ? ` — ${ownerText(a.owner)}` : ''}${due ? ` — ${t.due} ${due}` : ''}`;
	};
	const list = alerts.map(item);
	if (queuedAfter > 0) list.push(lang === 'zh' ? `${t.more} ${queuedAfter} ${t.items}` : `${t.more} ${queuedAfter} ${t.items}`);
	const mobiles = [...new Set(alerts.flatMap((a) => a.mentions.mobiles))];
	const userIds = [...new Set(alerts.flatMap((a) => a.mentions.userIds))];
	switch (platform) {
		case 'dingtalk':
			return {
				msgtype: 'markdown',
				markdown: { title, text: utf8Clip([`### ${title}`, ...list.map((l) => `- ${md(l)}`), mobiles.length ? mobiles.map((m) => `@${m}`).join(' ') : ''].filter(Boolean).join('\n'), 19000) },
				at: { atMobiles: mobiles, atUserIds: userIds, isAtAll: false },
			};
		case 'wecom':
			return { msgtype: 'markdown', markdown: { content: utf8Clip([`**${title}**`, ...list.map((l) => `> ${md(l)}`)].join('\n'), 4000) } };
		case 'feishu':
			return {
				msg_type: 'interactive',
				card: {
					config: { wide_screen_mode: true },
					header: { title: { tag: 'plain_text', content: title }, template: 'orange' },
					elements: [{ tag: 'div', text: { tag: 'lark_md', content: utf8Clip(list.map((l) => `• ${md(l)}`).join('\n'), 18000) } }],
				},
			};
		case 'slack':
			return { text: title, blocks: [{ type: 'header', text: { type: 'plain_text', text: title } }, { type: 'section', text: { type: 'mrkdwn', text: clip(list.map((l) => `• ${l}`).join('\n'), 2900) } }] };
		case 'teams':
			return {
				type: 'message',
				attachments: [
					{
						contentType: 'application/vnd.microsoft.card.adaptive',
						content: {
							$schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
							type: 'AdaptiveCard',
							version: '1.4',
							body: [{ type: 'TextBlock', text: title, weight: 'Bolder', size: 'Medium' }, ...list.map((l) => ({ type: 'TextBlock', text: l, wrap: true, spacing: 'Small' }))],
						},
					},
				],
			};
	}
}

function escapeHtml(s: string): string {
	return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

export interface EmailMessage {
	subject: string;
	text: string;
	html: string;
}

/**
 * The same card as an e-mail (n8n's Send Email node sends it): subject "[CX] <kind> <case id> · <title>",
 * a plain-text body and an HTML body with every customer-supplied value escaped. The customer's
 * words are the redacted quote of the alert, as on the chat card.
 */
export function buildEmail(a: Alert, lang: Lang): EmailMessage {
	const t = L[lang];
	const head = heading(a, lang);
	const rows = lines(a, lang);
	const subject = clip(`[CX] ${head} · ${a.title}`.replace(/[\r\n]+/g, ' '), 200);
	const text = [head, a.title, '', ...rows.map(([k, v]) => `${k}: ${v}`), a.link ? `\n${t.open}: ${a.link}` : ''].filter((l, i, all) => l !== '' || (i > 0 && all[i - 1] !== '')).join('\n').trim();
	const html = [
		`<h3>${escapeHtml(head)}</h3>`,
		`<p><strong>${escapeHtml(a.title)}</strong></p>`,
		'<table cellpadding="4" style="border-collapse:collapse">',
		...rows.map(([k, v]) => `<tr><td style="color:#666;vertical-align:top">${escapeHtml(k)}</td><td>${escapeHtml(v)}</td></tr>`),
		'</table>',
		a.link && /^https?:\/\//i.test(a.link) ? `<p><a href="${escapeHtml(a.link)}">${escapeHtml(t.open)}</a></p>` : '',
	]
		.filter(Boolean)
		.join('\n');
	return { subject, text, html };
}
