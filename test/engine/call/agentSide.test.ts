import { chooseAgent, hasAgentPhrase, speakerKey, type CallSegment } from '../../../nodes/engine/call/agentSide';

/** A transcript from [speaker, text] pairs (self-written). */
const call = (...lines: Array<[string, string]>): CallSegment[] => lines.map(([speaker, text]) => ({ speaker, text }));

describe('agent phrases', () => {
	it.each([
		'您好，工号1024为您服务',
		'您好很高兴为您服务',
		'请问有什么可以帮您',
		'这里是悦途酒店客服中心',
		'您稍等我帮您查一下',
		'我这边帮您核实一下订单',
		'请问还有其他可以帮您的吗',
		'感谢您的来电',
		'Thank you for calling Harbor View, how can I help?',
		'My name is Priya from the reservations team',
		'Let me check that for you',
		'Is there anything else I can help with?',
		"Hello, I'm the duty manager",
	])('"%s" is an agent phrase', (text) => {
		expect(hasAgentPhrase(text)).toBe(true);
	});
	it.each([
		'我想查一下我的订单',
		'你们的客服电话一直打不通',
		'我要投诉你们前台',
		'好的谢谢',
		'Thank you, bye',
		'I want to check out early',
		'Can you help me? The shower is broken',
		'I called customer service twice and nobody helped',
		// A caller's own words that look like an agent's (the words must not count for the caller).
		'稍等我看一下订单号',
		'我给你看一下 是十号入住',
		'我是你们的会员 前台态度太差了',
		'喂 前台你好 我房间空调坏了',
		'let me check my email for the number',
	])('"%s" is not', (text) => {
		expect(hasAgentPhrase(text)).toBe(false);
	});
});

describe('which speaker is the agent', () => {
	it('Auto: the voice with agent phrases, even when the caller speaks first and sits on channel 0', () => {
		const c = chooseAgent(
			call(['0', '喂 你好 我想改一下订单日期'], ['1', '您好很高兴为您服务 请问您的订单号是多少'], ['0', '订单号是HT123'], ['1', '好的稍等我帮您查一下']),
			'channel',
		);
		expect(c).toEqual({ agents: ['1'], rule: 'words', agentPhrases: { '0': 0, '1': 2 } });
	});
	it('Auto: a transfer to a supervisor puts both staff voices on the agent side (3 speakers)', () => {
		const c = chooseAgent(
			call(
				['A', 'Thanks for calling Northgate, how can I help?'],
				['B', 'The heating is broken and nobody came.'],
				['A', 'Let me transfer you to my supervisor.'],
				['C', "Hi, I'm the duty manager. Let me check what happened."],
				['B', 'This is unacceptable.'],
			),
			'speaker',
		);
		expect(c.agents).toEqual(['A', 'C']);
		expect(c.rule).toBe('words');
	});
	it('Auto: a caller who once says an agent-like phrase stays the customer when the agent says more', () => {
		const c = chooseAgent(
			call(['spk_0', 'Thank you for calling, how can I help you?'], ['spk_1', 'Let me check my notes… the room was dirty'], ['spk_0', 'Let me look into that. Is there anything else?']),
			'speaker',
		);
		expect(c.agents).toEqual(['spk_0']);
	});
	it('Auto without agent phrases: channel 0 of a dual-channel recording, else the first speaker', () => {
		const plain = call(['1', '喂'], ['0', '喂 听得到吗'], ['1', '听得到']);
		expect(chooseAgent(plain, 'channel')).toMatchObject({ agents: ['0'], rule: 'channelConvention' });
		expect(chooseAgent(plain, 'speaker')).toMatchObject({ agents: ['1'], rule: 'firstSpeaker' });
		// A tie (both voices say one agent phrase) does not decide either.
		expect(chooseAgent(call(['B', 'how can I help'], ['A', 'let me check that']), 'speaker')).toMatchObject({ agents: ['B'], rule: 'firstSpeaker' });
	});
	it('one speaker: the agent when it speaks like one (a voicemail greeting), else the customer', () => {
		expect(chooseAgent(call(['0', '您好，这里是悦途酒店客服中心，请在提示音后留言']), 'channel')).toMatchObject({ agents: ['0'], rule: 'oneSpeaker' });
		expect(chooseAgent(call(['0', '我是1208的客人 空调坏了 麻烦回个电话']), 'channel')).toMatchObject({ agents: [], rule: 'oneSpeaker' });
	});
	it('the option: a channel or speaker id as the vendor names it (spk_1, ch_0, B, or just 1), several with commas; First Speaker', () => {
		const segs = call(['spk_0', 'how can I help'], ['spk_1', 'hello'], ['spk_2', 'hi']);
		expect(chooseAgent(segs, 'speaker', 'speaker', '1')).toEqual({ agents: ['spk_1'], rule: 'option', agentPhrases: {} });
		expect(chooseAgent(segs, 'speaker', 'speaker', 'spk_1, SPK_2').agents).toEqual(['spk_1', 'spk_2']);
		expect(chooseAgent(segs, 'speaker', 'first')).toMatchObject({ agents: ['spk_0'], rule: 'firstSpeakerOption' });
		expect(() => chooseAgent(segs, 'speaker', 'speaker', '7')).toThrow('Agent Channel or Speaker "7": the transcript\'s voices are spk_0, spk_1, spk_2');
		expect(() => chooseAgent(segs, 'speaker', 'speaker', ' ')).toThrow(/empty/);
	});
	it('speaker ids compare without the vendor prefix', () => {
		expect(['spk_0', 'ch_0', 'Speaker 0', 'Guest-0', '0'].map(speakerKey)).toEqual(['0', '0', '0', '0', '0']);
		expect(speakerKey('B')).toBe('b');
	});
});
