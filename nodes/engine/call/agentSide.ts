/**
 * Which speaker of a call transcript is the agent. Speech-to-text services separate voices (by
 * channel or by diarisation) but name them "0" / "1", "spk_0", "A": which one is the contact centre
 * is for us to decide. Plain TypeScript, no n8n.
 *
 * Auto reads the words: agents greet, introduce themselves with a staff number or a company, offer help
 * and close ("工号1024为您服务", "请问有什么可以帮您", "thank you for calling", "is there anything else").
 * A speaker is on the agent's side when more of their turns hold such phrases than the speaker with the
 * fewest — so a supervisor who takes over a transferred call is an agent too. When the words do not
 * decide (nobody, or everybody equally), a dual-channel recording follows the usual contact-centre
 * convention (channel 0 / left = agent), else the first speaker is the agent (an inbound call is answered
 * by the agent).
 */

export interface CallSegment {
	/** The voice as the vendor names it (channel id or speaker label), as a string. */
	speaker: string;
	text: string;
	/** Offsets from the start of the recording, in milliseconds (absent when the vendor gives none). */
	startMs?: number;
	endMs?: number;
	/** Vendor emotion / energy value and speech rate of the sentence, when given. */
	emotion?: number;
	speechRate?: number;
}

/** How the voices were separated: by recording channel, by diarisation, or not at all. */
export type Separation = 'channel' | 'speaker' | 'none';

export type AgentRule = 'option' | 'firstSpeakerOption' | 'words' | 'channelConvention' | 'firstSpeaker' | 'oneSpeaker' | 'oneVoice';

export interface AgentChoice {
	/** Speaker ids on the agent's side (the rest are the customer's). */
	agents: string[];
	/** Which rule decided (recorded in meta.call.agentRule). */
	rule: AgentRule;
	/** Turns holding an agent phrase, per speaker (Auto only). */
	agentPhrases: Record<string, number>;
}

export type AgentSpeakerMode = 'auto' | 'speaker' | 'first';

// Self-written, general contact-centre phrasing. Chinese: greetings with a staff number, offers of
// help, "this is … customer service", holds, closing questions. Matched on text with spaces removed
// (ASR often puts spaces between Chinese words).
const AGENT_ZH = [
	/工号/,
	/很高兴(?:为您|为你|给您)服务/,
	/(?:请问)?(?:有什么|有啥)(?:可以|能|需要我)?(?:帮|为)(?:您|你)/,
	/(?:请问)?(?:您|你)(?:有什么|需要什么)(?:问题|需要|事情)?(?:需要|要)?(?:咨询|帮助|办理)/,
	/这里是.{0,12}(?:客服|服务中心|热线|前台|酒店|公司|中心)/,
	// 您, not 你: a caller says "稍等我看一下" or "我给你看一下订单号" too.
	/(?:稍等|请稍候|稍候)(?:一下)?.{0,4}(?:我|这边)(?:帮|为|给)您(?:查|看|核实|确认|处理|转)/,
	/(?:我|这边)(?:帮|为|给)您(?:查|看|核实|确认|登记|记录|反馈|申请|处理|转接|安排)/,
	/(?:请问)?(?:还有(?:什么|其他|别的)|另外还有).{0,6}(?:可以|能|需要).{0,4}(?:帮|为|您|你)/,
	/感谢(?:您的)?(?:来电|致电|耐心等待)/,
	/(?:给您|为您)带来(?:的)?不便/,
	// Not "我是你们的会员，前台…" (a caller naming the front desk).
	/(?:我是|这边是|我这边是)(?!你们|您们)[^，。！？,.!?]{0,8}?(?:客服|专员|经理|主管|值班|坐席)/,
	/(?:请问)?(?:您|你)(?:贵姓|怎么称呼)/,
	/请您?(?:对我的服务)?(?:进行)?评价/,
];
const AGENT_EN = [
	/\bthank(?:s| you) for (?:calling|contacting|holding|waiting|your patience)\b/i,
	/\bhow (?:can|may|could) I (?:help|assist)\b/i,
	/\bwhat can I (?:do|help)\b/i,
	/\bmy name is \w+(?: \w+)?,? (?:from|with|at|and I(?:'m| am))\b/i,
	/\b(?:you(?:'ve| have) reached|this is \w+(?: \w+)? (?:from|with|at|speaking))\b/i,
	// Not "let me check my email": what the agent checks is that, this, your booking, availability, you (transfer) …
	/\blet me (?:check|look|see|pull|find|transfer|get|confirm|verify)(?: (?:up|into|at|on|in))? (?:that|this|it|your|the system|availability|what|for you|you|if|whether)\b/i,
	/\b(?:is there|was there) anything else\b/i,
	/\bbear with me\b/i,
	/\b(?:may|can|could) I (?:have|get|take) your (?:name|booking|reservation|order|account|confirmation|number)\b/i,
	/\bsorry for the inconvenience\b/i,
	/\bI(?:'m| am) the (?:supervisor|manager|duty manager|team lead)\b/i,
	/\bhave a (?:great|good|nice|wonderful) (?:day|evening|night|stay)\b/i,
];

/** Does this turn hold an agent phrase? */
export function hasAgentPhrase(text: string): boolean {
	const zh = text.replace(/\s+/g, '');
	return AGENT_ZH.some((re) => re.test(zh)) || AGENT_EN.some((re) => re.test(text));
}

/** "spk_0", "ch_0", "Speaker 0", "Guest-1", "0" → "0"; "A" → "a": how ids are compared with the option. */
export function speakerKey(id: string): string {
	return id.trim().toLowerCase().replace(/^(?:spk|ch|channel|speaker|guest)[\s_-]*/, '');
}

/**
 * The agent side of a call. `ids` (Speaker mode) is a comma-separated list of channel or speaker ids as
 * the vendor names them ("1", "spk_1", "ch_0", "B"); an id the transcript does not have is an error.
 */
export function chooseAgent(
	segments: CallSegment[],
	separation: Separation,
	mode: AgentSpeakerMode = 'auto',
	ids = '',
): AgentChoice {
	const order: string[] = [];
	const phrases: Record<string, number> = {};
	for (const s of segments) {
		if (!(s.speaker in phrases)) {
			order.push(s.speaker);
			phrases[s.speaker] = 0;
		}
		if (mode === 'auto' && hasAgentPhrase(s.text)) phrases[s.speaker]++;
	}
	if (mode === 'speaker') {
		const wanted = ids.split(/[,，;\s]+/).map(speakerKey).filter(Boolean);
		if (!wanted.length) throw new Error('Agent Channel or Speaker: empty (name the agent\'s channel or speaker id, e.g. 0, spk_1, B)');
		const agents = order.filter((id) => wanted.includes(speakerKey(id)));
		if (!agents.length) throw new Error(`Agent Channel or Speaker "${ids}": the transcript's voices are ${order.join(', ')}`);
		return { agents, rule: 'option', agentPhrases: {} };
	}
	if (mode === 'first') return { agents: order.slice(0, 1), rule: 'firstSpeakerOption', agentPhrases: {} };
	if (order.length === 1) {
		// A lone voice: the agent's when it speaks like one (a voicemail greeting, a one-sided recording), else the caller's.
		return { agents: phrases[order[0]] > 0 ? order : [], rule: 'oneSpeaker', agentPhrases: phrases };
	}
	const counts = order.map((id) => phrases[id]);
	const fewest = Math.min(...counts);
	if (Math.max(...counts) > fewest) {
		return { agents: order.filter((id) => phrases[id] > fewest), rule: 'words', agentPhrases: phrases };
	}
	if (separation === 'channel') {
		const left = order.find((id) => speakerKey(id) === '0');
		if (left !== undefined) return { agents: [left], rule: 'channelConvention', agentPhrases: phrases };
	}
	return { agents: order.slice(0, 1), rule: 'firstSpeaker', agentPhrases: phrases };
}
