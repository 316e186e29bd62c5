import {
	NodeApiError,
	NodeOperationError,
	sleep,
	updateDisplayOptions,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
	type JsonObject,
} from 'n8n-workflow';

import { buildDigest, buildMessage, type Alert, type AlertKind, type Lang } from '../../../engine/notify/cards';
import { interpretResponse, type Platform } from '../../../engine/notify/errors';
import { acquire, block, messagesWanted, plan, release, type Grant, type SlotStore } from '../../../engine/notify/rateLimit';
import { withLock, type LockClock, type LockStore } from '../../../engine/notify/lock';
import { scrub } from '../../../engine/notify/signature';
import { dingTalkRobot } from '../../../providers/dingtalk/transport';
import { weComRobot } from '../../../providers/wecom/transport';
import { feishuRobot } from '../../../providers/feishu/transport';
import { slackRobot } from '../../../providers/slack/transport';
import { teamsRobot } from '../../../providers/teams/transport';
import type { Robot } from '../transport';
import { getPath as pick } from '../../../engine/path';
import { alertFromItem, alertId, alertProperties, linkBaseOption, list, quoteLengthOption } from './common';

const properties: INodeProperties[] = [
	...alertProperties,
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		options: [
			{ displayName: 'Alerts per Digest', name: 'digestSize', type: 'number', default: 20 },
			linkBaseOption,
			{ displayName: 'Digest Above', name: 'digestThreshold', type: 'number', default: 5, description: 'More alerts than this in one run are sent as a digest instead of one message each' },
			{ displayName: 'Mention Everyone', name: 'atAll', type: 'boolean', default: false },
			{ displayName: 'Mention Mobiles', name: 'mobiles', type: 'string', default: '', description: 'Comma-separated mobiles to @mention on every alert (besides the owner\'s)' },
			{ displayName: 'Mention User IDs', name: 'userIds', type: 'string', default: '', description: 'Comma-separated chat user IDs to @mention on every alert' },
			{ displayName: 'Messages per Minute', name: 'perMinute', type: 'number', default: 20, description: 'The robot\'s limit (DingTalk and WeCom: 20 a minute per robot)' },
			quoteLengthOption,
			{ displayName: 'Safety Margin', name: 'safetyMargin', type: 'number', default: 2, description: 'Slots per minute kept free for executions running at the same moment' },
			{ displayName: 'Urgent Alerts Sent Individually', name: 'urgentIndividually', type: 'number', default: 1, description: 'In digest mode, this many urgent alerts still get a message of their own' },
		],
	},
];

export const description = updateDisplayOptions({ show: { operation: ['send'] } }, properties);



async function robotFor(ctx: IExecuteFunctions, platform: Platform): Promise<Robot> {
	switch (platform) {
		case 'dingtalk':
			return dingTalkRobot(ctx);
		case 'wecom':
			return weComRobot(ctx);
		case 'feishu':
			return feishuRobot(ctx);
		case 'slack':
			return slackRobot(ctx);
		case 'teams':
			return teamsRobot(ctx);
	}
}

export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	const items = this.getInputData();
	const platform = this.getNodeParameter('platform', 0) as Platform;
	const lang = this.getNodeParameter('language', 0, 'zh') as Lang;
	const o = this.getNodeParameter('options', 0, {}) as IDataObject;
	const out: Array<INodeExecutionData | undefined> = new Array(items.length);
	const alerts: Array<{ i: number; alert: Alert; id: string }> = [];

	for (let i = 0; i < items.length; i++) {
		try {
			const field = this.getNodeParameter('alertField', i, '') as string;
			const raw = pick(items[i].json, field);
			const alert = alertFromItem(raw, {
				kind: this.getNodeParameter('kind', i, 'auto') as AlertKind | 'auto',
				linkBase: (o.linkBase as string) || undefined,
				mobiles: list(o.mobiles),
				userIds: list(o.userIds),
				atAll: !!o.atAll,
				quoteLength: (o.quoteLength as number) || 200,
			});
			alerts.push({ i, alert, id: alertId(raw, alert) });
		} catch (e) {
			const err = new NodeOperationError(this.getNode(), `Item ${i}: ${(e as Error).message}`, { itemIndex: i });
			if (!this.continueOnFail()) throw err;
			out[i] = { json: { error: err.message }, pairedItem: { item: i } };
		}
	}

	if (!alerts.length) return out.filter((x): x is INodeExecutionData => !!x);

	let robot: Robot;
	try {
		robot = await robotFor(this, platform);
	} catch (e) {
		// No credential selected, or one without a usable webhook URL: an error of every alert item,
		// each on its own (Continue On Fail keeps the items, marked failed, for a retry once fixed).
		const reason = scrub((e as Error).message, []);
		for (const { i, id } of alerts) {
			const err = new NodeOperationError(this.getNode(), `Item ${i}: no usable robot credential — ${reason}`, {
				itemIndex: i,
				description: 'Select or create the robot credential of this node (webhook URL, and the secret for signed DingTalk / Feishu robots).',
			});
			if (!this.continueOnFail()) throw err;
			out[i] = { json: { ...items[i].json, error: err.message, notify: { status: 'failed', platform, alertId: id, error: err.message, code: 'NO_CREDENTIAL' } }, pairedItem: { item: i } };
		}
		return out.filter((x): x is INodeExecutionData => !!x);
	}

	const storeRetry = async <T>(fn: () => Promise<T>): Promise<T> => {
		for (let attempt = 0; ; attempt++) {
			try {
				return await fn();
			} catch (e) {
				if (attempt >= 3) throw new NodeOperationError(this.getNode(), `n8n's deduplication store failed: ${(e as Error).message}`);
				await sleep(50 + Math.floor(Math.random() * 100));
			}
		}
	};
	// The robot budget: slots in the workflow's row of n8n's deduplication store, written only while
	// holding the lock, which is this node's own row of the store (see engine/notify/lock.ts).
	const slotStore: SlotStore = {
		checkAndRecord: async (keys) => {
			const r = await storeRetry(async () => await this.helpers.checkProcessedAndRecord(keys, 'workflow', { mode: 'entries', maxEntries: 5000 }));
			return { new: r.new.map(String), processed: r.processed.map(String) };
		},
		remove: async (keys) => await storeRetry(async () => await this.helpers.removeProcessed(keys, 'workflow', { mode: 'entries' })),
	};
	const lockStore: LockStore = {
		count: async () => await this.helpers.getProcessedDataCount('node', { mode: 'entries' }),
		tryCreate: async (keys) => {
			try {
				const r = await this.helpers.checkProcessedAndRecord(keys, 'node', { mode: 'entries', maxEntries: 100 });
				// Every lock row holds "lock": if it was already there, someone else created the row.
				return r.processed.length === 0 && r.new.length === keys.length;
			} catch {
				return false; // another execution's INSERT of the row committed first
			}
		},
		remove: async () => await storeRetry(async () => await this.helpers.clearAllProcessedItems('node', { mode: 'entries' })),
	};

	const clock: LockClock = { now: () => Date.now(), sleep: async (ms) => await sleep(ms), random: () => Math.random() };

	const planOpts = { digestThreshold: (o.digestThreshold as number) ?? 5, digestSize: (o.digestSize as number) || 20, urgentIndividually: (o.urgentIndividually as number) ?? 1 };
	const limits = { limit: (o.perMinute as number) || 20, safetyMargin: (o.safetyMargin as number) ?? 2 };
	const prios = alerts.map((a) => a.alert.priority);
	const wanted = messagesWanted(prios, planOpts);
	// Nothing is sent without the lock: busy, late or a failing store → every alert comes out queued.
	let locked: Awaited<ReturnType<typeof withLock<Grant>>> | { ok: false; reason: 'store'; message: string };
	try {
		locked = await withLock(lockStore, async (h) => await acquire(slotStore, robot.id, wanted, Date.now(), limits, () => h.check()), {}, clock);
	} catch (e) {
		locked = { ok: false, reason: 'store', message: scrub((e as Error).message, robot.secrets) };
	}
	const busyUntil = new Date(Date.now() + 60_000).toISOString();
	const grant: Grant = locked.ok ? locked.value : { granted: 0, used: 0, limit: limits.limit, blocked: false, retryAt: busyUntil, keys: [] };
	const busyReason = locked.ok
		? undefined
		: locked.reason === 'store'
			? `rate limiter unavailable (${locked.message}); not sent`
			: 'rate limiter busy (n8n overloaded); not sent';
	const p = plan(prios, grant.granted, planOpts);
	const slots = [...grant.keys];
	const giveBack: string[] = [];
	let blockedAt: string | undefined;
	let blockMinutes = 0;

	const result = (idx: number, json: IDataObject) => {
		const { i, id } = alerts[idx];
		out[i] = { json: { ...items[i].json, notify: { ...json, alertId: id } }, pairedItem: { item: i } };
	};
	const deliver = async (body: Record<string, unknown>, idxs: number[], status: 'sent' | 'digested') => {
		if (blockedAt) {
			giveBack.push(...slots.splice(0, 1));
			for (const idx of idxs) result(idx, { status: 'queued', platform, reason: 'robot throttled', retryAt: blockedAt });
			return;
		}
		let res;
		try {
			res = await robot.send(body);
		} catch (e) {
			// Never reached the robot: the slot goes back (under the lock, after the loop).
			giveBack.push(...slots.splice(0, 1));
			const msg = scrub((e as Error).message, robot.secrets);
			if (!this.continueOnFail()) {
				await settle();
				throw new NodeOperationError(this.getNode(), msg, { itemIndex: alerts[idxs[0]].i });
			}
			for (const idx of idxs) result(idx, { status: 'failed', platform, error: msg });
			return;
		}
		slots.splice(0, 1);
		const verdict = interpretResponse(platform, res.status, res.body);
		if (verdict.ok) {
			for (const idx of idxs) result(idx, { status, platform, ...(status === 'digested' ? { digestOf: idxs.length } : {}), sentAt: new Date().toISOString() });
			return;
		}
		const message = scrub(verdict.message, robot.secrets);
		if (verdict.rateLimited) {
			blockMinutes = Math.max(blockMinutes, verdict.blockMinutes ?? 1);
			blockedAt = new Date(Date.now() + (verdict.blockMinutes ?? 1) * 60_000).toISOString();
			for (const idx of idxs) result(idx, { status: 'queued', platform, reason: message, code: verdict.code ?? null, retryAt: blockedAt });
			return;
		}
		if (!this.continueOnFail()) {
			await settle();
			throw new NodeApiError(this.getNode(), { message, code: String(verdict.code ?? '') } as JsonObject, {
				itemIndex: alerts[idxs[0]].i,
				message,
				description: verdict.configuration ? 'Check the robot credential: webhook URL, secret, keyword and IP allow-list' : undefined,
			});
		}
		for (const idx of idxs) result(idx, { status: 'failed', platform, error: message, code: verdict.code ?? null });
	};
	/** Slots not used go back and a "too fast" answer blocks the robot: both writes under the lock. */
	const settle = async () => {
		giveBack.push(...slots.splice(0));
		if (!giveBack.length && !blockMinutes) return;
		// Without the lock nothing is written: the unused slots then count until they leave the
		// window (under a minute), and the robot's next "too fast" answer records the block.
		try {
			await withLock(
				lockStore,
				async (h) => {
					await release(slotStore, giveBack.splice(0), () => h.check());
					if (blockMinutes) await block(slotStore, robot.id, Date.now(), blockMinutes, () => h.check());
				},
				{},
				clock,
			);
		} catch {
			// The store failed: the slots stay counted until they leave the window (conservative).
		}
	};

	for (const idx of p.individual) await deliver(buildMessage(platform, alerts[idx].alert, lang), [idx], 'sent');
	for (let n = 0; n < p.digests.length; n++) {
		const g = p.digests[n];
		const more = n === p.digests.length - 1 ? p.queued.length : 0;
		await deliver(buildDigest(platform, g.map((idx) => alerts[idx].alert), lang, more), g, 'digested');
	}
	for (const idx of p.queued) {
		result(idx, { status: 'queued', platform, reason: busyReason ?? (grant.blocked ? 'robot throttled' : 'rate limit reached'), retryAt: blockedAt ?? grant.retryAt ?? null });
	}
	await settle();
	return out.filter((x): x is INodeExecutionData => !!x);
}
