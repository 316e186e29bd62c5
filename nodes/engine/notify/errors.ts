/**
 * The robots' error codes, mapped to messages an ops person can act on. `rateLimited` codes make
 * the node stop sending to that robot and queue the rest (DingTalk blocks a robot for 10 minutes
 * once it exceeds 20 messages a minute).
 */
export interface RobotErrorInfo {
	message: string;
	/** The robot is throttled: stop sending to it for `blockMinutes`. */
	rateLimited?: boolean;
	blockMinutes?: number;
	/** Fix the credential / robot settings; retrying will not help. */
	configuration?: boolean;
}

const DINGTALK: Record<number, RobotErrorInfo> = {
	130101: { message: 'DingTalk: the robot sent too fast (more than 20 messages a minute) and is throttled for 10 minutes', rateLimited: true, blockMinutes: 10 },
	90030: { message: 'DingTalk: the webhook is over its limit', rateLimited: true, blockMinutes: 10 },
	130102: { message: 'DingTalk: the robot is throttled (send too fast); try again later', rateLimited: true, blockMinutes: 10 },
	310000: { message: 'DingTalk: security check failed — the signature, keyword or IP allow-list of the robot does not match (check the secret and the keyword)', configuration: true },
	300001: { message: 'DingTalk: the access token is invalid (check the robot webhook)', configuration: true },
	300005: { message: 'DingTalk: the access token does not exist (the robot may have been removed)', configuration: true },
	400013: { message: 'DingTalk: the group is disbanded', configuration: true },
	410100: { message: 'DingTalk: the robot is disabled', configuration: true },
	400101: { message: 'DingTalk: the access token is missing', configuration: true },
	40035: { message: 'DingTalk: a required parameter is missing or the message is malformed', configuration: true },
	430101: { message: 'DingTalk: the message contains sensitive content and was blocked' },
};

const WECOM: Record<number, RobotErrorInfo> = {
	45009: { message: 'WeCom: the robot exceeded its API limit (20 messages a minute)', rateLimited: true, blockMinutes: 1 },
	93000: { message: 'WeCom: the webhook key is invalid (the robot may have been removed)', configuration: true },
	93004: { message: 'WeCom: the robot was removed from the group', configuration: true },
	40008: { message: 'WeCom: invalid message type', configuration: true },
	44004: { message: 'WeCom: the message text is empty' },
	40058: { message: 'WeCom: a message field is invalid or too long (text ≤ 2048 bytes, markdown ≤ 4096 bytes)' },
};

const FEISHU: Record<number, RobotErrorInfo> = {
	19021: { message: 'Feishu: signature check failed (check the secret and that the server clock is right)', configuration: true },
	19022: { message: 'Feishu: the IP is not on the bot allow-list', configuration: true },
	19024: { message: 'Feishu: the message does not contain the bot keyword', configuration: true },
	11232: { message: 'Feishu: the bot is rate limited; slow down', rateLimited: true, blockMinutes: 1 },
	9499: { message: 'Feishu: the request is malformed (bad param)', configuration: true },
	19001: { message: 'Feishu: the bot webhook is invalid', configuration: true },
};

export type Platform = 'dingtalk' | 'wecom' | 'feishu' | 'slack' | 'teams';

/** Reads a robot response into ok / error info. Slack and Teams answer with plain text ("ok", "1"). */
export function interpretResponse(platform: Platform, status: number, body: unknown): { ok: true } | ({ ok: false; code?: number | string } & RobotErrorInfo) {
	if (status === 429) return { ok: false, code: 429, message: `${platform}: HTTP 429 too many requests`, rateLimited: true, blockMinutes: 1 };
	if (platform === 'slack' || platform === 'teams') {
		if (status >= 200 && status < 300) return { ok: true };
		const text = typeof body === 'string' ? body : JSON.stringify(body);
		const config = status === 403 || status === 404 || /invalid_token|no_service|channel_not_found|action_prohibited|no_team/.test(text);
		return { ok: false, code: status, message: `${platform === 'slack' ? 'Slack' : 'Teams'}: HTTP ${status} ${text.slice(0, 200)}`, configuration: config };
	}
	const b = (typeof body === 'string' ? safeJson(body) : body) as Record<string, unknown> | undefined;
	const code = Number(platform === 'feishu' ? (b?.code ?? b?.StatusCode) : b?.errcode);
	if (status >= 200 && status < 300 && (code === 0 || (Number.isNaN(code) && b && !('errcode' in b) && !('code' in b)))) return { ok: true };
	const table = platform === 'dingtalk' ? DINGTALK : platform === 'wecom' ? WECOM : FEISHU;
	const known = Number.isFinite(code) ? table[code] : undefined;
	const raw = String(b?.errmsg ?? b?.msg ?? b?.StatusMessage ?? '');
	if (known) return { ok: false, code, ...known, message: `${known.message} [${code}${raw ? ` ${raw}` : ''}]` };
	return { ok: false, code: Number.isFinite(code) ? code : status, message: `${platform}: HTTP ${status}, code ${Number.isFinite(code) ? code : '?'} ${raw}`.trim() };
}

function safeJson(s: string): unknown {
	try {
		return JSON.parse(s);
	} catch {
		return undefined;
	}
}
