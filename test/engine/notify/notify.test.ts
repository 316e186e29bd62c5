import { dingTalkSign, feishuSign, safeEqual, scrub, verifyDingTalk, verifyFeishu } from '../../../nodes/engine/notify/signature';
import { acquire, block, MemorySlotStore, plan, messagesWanted } from '../../../nodes/engine/notify/rateLimit';
import { interpretResponse } from '../../../nodes/engine/notify/errors';
import { alertFromCase, alertFromFeedback, buildDigest, buildMessage, redact } from '../../../nodes/engine/notify/cards';
import { newCase } from '../../../nodes/engine/cases/model';
import { feedback } from '../../fixtures/tickets/feedback';

describe('signatures (vectors from reference/apis.md)', () => {
	it('DingTalk: key = secret, msg = ts\\nsecret, ms', () => {
		expect(dingTalkSign(1700000000000, 'SECtest')).toBe('aZLLrriXgn05YbwaGR7knYsLeJADjr9NwLaNNKpxh4g=');
		expect(encodeURIComponent(dingTalkSign('1700000000000', 'SECtest'))).toBe('aZLLrriXgn05YbwaGR7knYsLeJADjr9NwLaNNKpxh4g%3D');
	});
	it('Feishu: key = ts\\nsecret, msg = empty, seconds', () => {
		expect(feishuSign(1700000000, 'test-secret')).toBe('mbm4Y4oluIPQ00qlBIhX8vAZ0EKv3nw0LuTb91jPL84=');
		// the pitfall in apis.md: key = secret gives something else
		expect(feishuSign(1700000000, 'test-secret')).not.toBe(dingTalkSign(1700000000, 'test-secret'));
	});
	it('verifies in constant time, rejecting stale timestamps and wrong secrets', () => {
		expect(verifyDingTalk('1700000000000', 'aZLLrriXgn05YbwaGR7knYsLeJADjr9NwLaNNKpxh4g%3D', 'SECtest', 1700000000000)).toBe(true);
		expect(verifyDingTalk('1700000000000', 'aZLLrriXgn05YbwaGR7knYsLeJADjr9NwLaNNKpxh4g%3D', 'SECother', 1700000000000)).toBe(false);
		expect(verifyDingTalk('1700000000000', 'aZLLrriXgn05YbwaGR7knYsLeJADjr9NwLaNNKpxh4g%3D', 'SECtest', 1700000000000 + 2 * 3600_000)).toBe(false);
		expect(verifyFeishu('1700000000', 'mbm4Y4oluIPQ00qlBIhX8vAZ0EKv3nw0LuTb91jPL84=', 'test-secret', 1700000000000)).toBe(true);
		expect(verifyFeishu('1700000000', 'mbm4Y4oluIPQ00qlBIhX8vAZ0EKv3nw0LuTb91jPL84', 'test-secret', 1700000000000)).toBe(false);
		expect(safeEqual('abc', 'abcd')).toBe(false);
	});
	it('scrubs secrets and tokens from messages', () => {
		const s = scrub('POST https://oapi.dingtalk.com/robot/send?access_token=abc123&sign=xyz failed SECtest', ['SECtest']);
		expect(s).not.toMatch(/abc123|xyz|SECtest/);
		expect(scrub('https://open.feishu.cn/open-apis/bot/v2/hook/9f3a-77', [])).toBe('https://open.feishu.cn/open-apis/bot/v2/hook/***');
	});
});

describe('rate limiter (sliding window over a seen-keys store)', () => {
	const t0 = Date.parse('2026-11-23T02:00:03Z');
	it('grants at most 20 in any 60 s and frees slots as they age out', async () => {
		const store = new MemorySlotStore();
		const g1 = await acquire(store, 'dingtalk:r1', 15, t0);
		expect(g1).toMatchObject({ granted: 15, used: 0, blocked: false });
		const g2 = await acquire(store, 'dingtalk:r1', 15, t0 + 30_000);
		expect(g2).toMatchObject({ granted: 5, used: 15 });
		expect(Date.parse(g2.retryAt!)).toBeGreaterThanOrEqual(t0 + 60_000);
		const g3 = await acquire(store, 'dingtalk:r1', 1, t0 + 59_000);
		expect(g3.granted).toBe(0);
		// 61 s after the first burst its slots have left the window; the 5 from t0+30 s remain
		const g4 = await acquire(store, 'dingtalk:r1', 20, t0 + 71_000);
		expect(g4).toMatchObject({ granted: 15, used: 5 });
		// other robots have their own budget
		expect((await acquire(store, 'dingtalk:r2', 20, t0)).granted).toBe(20);
	});
	it('a burst of 100 sends: never more than 20 in any 60-second window (simulated over 10 minutes)', async () => {
		const store = new MemorySlotStore();
		const sent: number[] = [];
		let pending = 100;
		for (let t = t0; t < t0 + 600_000 && pending > 0; t += 1_000) {
			const g = await acquire(store, 'wecom:x', Math.min(pending, 7), t);
			for (let i = 0; i < g.granted; i++) sent.push(t);
			pending -= g.granted;
		}
		expect(pending).toBe(0);
		for (const s of sent) expect(sent.filter((x) => x > s - 60_000 && x <= s).length).toBeLessThanOrEqual(20);
		// the store keeps only claimed slots still near the window: probe keys are released and the slots
		// of buckets that left the window are pruned, so the row stays small
		expect([...store.keys].every((k) => /^wecom:x:s:\d+:\d+$/.test(k))).toBe(true);
		expect(store.keys.size).toBeLessThanOrEqual(20);
	});
	it('safety margin and block markers', async () => {
		const store = new MemorySlotStore();
		expect((await acquire(store, 'r', 30, t0, { safetyMargin: 2 })).granted).toBe(18);
		const s2 = new MemorySlotStore();
		await block(s2, 'r', t0, 10);
		const g = await acquire(s2, 'r', 5, t0 + 5 * 60_000);
		expect(g).toMatchObject({ granted: 0, blocked: true });
		expect((await acquire(s2, 'r', 5, t0 + 12 * 60_000)).granted).toBe(5);
	});
	it('plans individual messages, digests and a queue', () => {
		const p = (prios: string[], budget: number, o = {}) => plan(prios, budget, o);
		expect(p(['normal', 'urgent', 'high'], 20)).toEqual({ individual: [1, 2, 0], digests: [], queued: [], messages: 3 });
		const many = Array.from({ length: 100 }, (_, i) => (i === 50 ? 'urgent' : 'normal'));
		const big = p(many, 20);
		expect(big.individual).toEqual([50]);
		expect(big.digests.length).toBe(5);
		expect(big.digests.flat().length + big.individual.length).toBe(100);
		expect(big.queued).toEqual([]);
		const tight = p(many, 3);
		expect(tight.messages).toBe(3);
		expect(tight.queued.length).toBe(100 - 1 - 40);
		expect(p(['normal', 'normal'], 0).queued).toEqual([0, 1]);
		expect(p(['normal', 'normal', 'normal'], 2)).toEqual({ individual: [0], digests: [[1, 2]], queued: [], messages: 2 });
		expect(messagesWanted(many)).toBe(6);
	});
});

describe('robot error codes', () => {
	it('maps DingTalk 130101 to a rate limit with a 10-minute block', () => {
		expect(interpretResponse('dingtalk', 200, { errcode: 130101, errmsg: 'send too fast' })).toMatchObject({ ok: false, rateLimited: true, blockMinutes: 10, code: 130101 });
		expect(interpretResponse('dingtalk', 200, { errcode: 310000, errmsg: 'sign not match' })).toMatchObject({ ok: false, configuration: true });
		expect(interpretResponse('dingtalk', 200, { errcode: 0, errmsg: 'ok' })).toEqual({ ok: true });
		expect(interpretResponse('wecom', 200, { errcode: 45009 })).toMatchObject({ rateLimited: true });
		expect(interpretResponse('feishu', 200, { code: 19021, msg: 'sign match fail or timestamp is not within one hour from current time' })).toMatchObject({ configuration: true });
		expect(interpretResponse('feishu', 200, { StatusCode: 0, code: 0, msg: 'success' })).toEqual({ ok: true });
		expect(interpretResponse('slack', 200, 'ok')).toEqual({ ok: true });
		expect(interpretResponse('slack', 404, 'no_service')).toMatchObject({ ok: false, configuration: true });
		expect(interpretResponse('teams', 429, '')).toMatchObject({ rateLimited: true });
	});
});

describe('message cards', () => {
	const f = feedback({ routing: { owner: { department: '前厅部', mobiles: ['13800000001'] }, priority: 'urgent', dueAt: '2026-11-23T12:00:05+08:00', caseId: 'CX-ABCDEFGHJKMN', sla: { timeZone: 'Asia/Shanghai' } } } as any);
	const alert = alertFromFeedback(f, { linkBase: 'https://cx.example.com/case/' });
	it('redacts the customer words and never includes raw phone numbers', () => {
		expect(redact('call 13800138000 or mail a.b@c.com, id 11010519491231002X')).toBe('call [phone] or mail [email], id [id]');
		for (const p of ['dingtalk', 'wecom', 'feishu', 'slack', 'teams'] as const) {
			const s = JSON.stringify(buildMessage(p, alert, 'zh'));
			expect(s).not.toContain('13800138000');
			expect(s).toContain('房间很脏');
			expect(s).toContain('2026-11-23 12:00 (Asia/Shanghai)');
			expect(s).toContain('https://cx.example.com/case/CX-ABCDEFGHJKMN');
		}
	});
	it('DingTalk markdown with @mobile in text and at.atMobiles', () => {
		const m = buildMessage('dingtalk', alert, 'zh') as any;
		expect(m.msgtype).toBe('markdown');
		expect(m.at.atMobiles).toEqual(['13800000001']);
		expect(m.markdown.text).toContain('@13800000001');
		expect(m.markdown.text).toContain('### 新客诉 CX-ABCDEFGHJKMN');
		expect(m.markdown.text).toContain('负责人: 前厅部');
	});
	it('WeCom uses text for mobile mentions, markdown otherwise', () => {
		expect((buildMessage('wecom', alert, 'en') as any).text.mentioned_mobile_list).toEqual(['13800000001']);
		const noMobile = { ...alert, mentions: { mobiles: [], userIds: ['zhangsan'], emails: [], all: false } };
		const m = buildMessage('wecom', noMobile, 'en') as any;
		expect(m.msgtype).toBe('markdown');
		expect(m.markdown.content).toContain('<@zhangsan>');
		expect(m.markdown.content).toContain('Owner: <font');
	});
	it('Feishu interactive card with header colour by priority and a button', () => {
		const m = buildMessage('feishu', alert, 'en') as any;
		expect(m.msg_type).toBe('interactive');
		expect(m.card.header).toEqual({ title: { tag: 'plain_text', content: 'New case CX-ABCDEFGHJKMN' }, template: 'red' });
		expect(m.card.elements[1].actions[0].url).toBe('https://cx.example.com/case/CX-ABCDEFGHJKMN');
	});
	it('Slack blocks and Teams adaptive card', () => {
		expect((buildMessage('slack', alert, 'en') as any).blocks[0].text.text).toBe('New case CX-ABCDEFGHJKMN');
		const t = buildMessage('teams', alert, 'en') as any;
		expect(t.attachments[0].content.type).toBe('AdaptiveCard');
		expect(t.attachments[0].content.actions[0].type).toBe('Action.OpenUrl');
	});
	it('alerts from a case (escalation) and digests', () => {
		const c = { ...newCase(f, f.routing as any, { now: '2026-11-23T10:00:05+08:00' }), escalationLevel: 1 };
		const a = alertFromCase(c, { reason: '响应超时' }, f);
		expect(a.kind).toBe('escalation');
		const m = buildMessage('dingtalk', a, 'zh') as any;
		expect(m.markdown.text).toContain('客诉升级');
		expect(m.markdown.text).toContain('升级级别: 1');
		const d = buildDigest('wecom', [alert, a], 'zh', 3) as any;
		expect(d.markdown.content).toContain('CX 告警汇总 (5)');
		expect(d.markdown.content).toContain('另有 3 条');
		expect(Buffer.byteLength(d.markdown.content)).toBeLessThanOrEqual(4096);
	});
	it('clips WeCom markdown to the 4096-byte limit', () => {
		const long = { ...alert, quote: '很'.repeat(3000), mentions: { mobiles: [], userIds: [], emails: [], all: false } };
		expect(Buffer.byteLength((buildMessage('wecom', long, 'zh') as any).markdown.content)).toBeLessThanOrEqual(4096);
	});
});
