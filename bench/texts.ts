/**
 * Deterministic review texts composed from hotel review clauses (no data set needed): used by the
 * analyze benchmark and by the engine equivalence check (scripts/equiv-text.ts), so both measure and
 * compare the same texts.
 */

const ZH = [
	'酒店位置很好，离地铁站步行五分钟', '前台小姐姐办理入住很快，态度也很热情', '房间面积不大但是很干净', '床垫有点硬，枕头倒是挺舒服的',
	'隔音太差了，半夜被隔壁吵醒好几次', '早餐品种丰富，现煮的面条很好吃', '卫生间的淋浴水压不够，热水也要放很久', '空调有噪音，晚上睡不好',
	'性价比很高，下次还会再来', '停车场车位太少，停车费也贵', '服务员很贴心，生日还送了蛋糕', 'wifi信号不稳定，经常断网',
	'退房很顺利，发票也开得很快', '房间有股霉味，窗户打不开', '泳池和健身房都不错，就是开放时间太短', '总体来说很满意，推荐给朋友',
	'虽然价格有点贵，但是服务非常到位', '地毯有污渍，毛巾也不太干净', '行政酒廊的下午茶很棒', '叫醒服务忘了，差点误了航班',
];
const EN = [
	'The location was perfect, a short walk from the metro station.', 'Check-in was quick and the receptionist was very friendly.',
	'The room was small but spotless.', 'The mattress was a bit too firm for us, pillows were comfy though.',
	'Soundproofing was poor and we could hear the neighbours all night.', 'Breakfast had a great selection and the coffee was excellent.',
	'The shower had weak water pressure and no hot water in the morning.', 'The air conditioning was noisy and we slept badly.',
	'Great value for money, we will be back.', 'Parking was expensive and there were not enough spaces.',
	'Staff were attentive and surprised us with a birthday cake.', 'The wifi kept dropping and was very slow.',
	'Check-out was smooth and the invoice was ready.', 'The room smelled musty and the window would not open.',
	'The pool and gym were nice but closed too early.', 'Overall a lovely stay, highly recommend.',
];

/** `count` texts of at least `targetLen` characters, clauses drawn with a fixed-seed generator. */
function compose(parts: string[], targetLen: number, sep: string, count: number, seed: number): string[] {
	const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
	const out: string[] = [];
	for (let i = 0; i < count; i++) {
		let t = '';
		while (t.length < targetLen) t += (t ? sep : '') + parts[Math.floor(rnd() * parts.length)];
		out.push(t + (sep === '，' ? '。' : ''));
	}
	return out;
}

/** About 130-character Chinese hotel reviews (the speed goal's unit). */
export const zhHotelTexts = (count = 2000, seed = 42) => compose(ZH, 120, '，', count, seed);
/** About 450-character English hotel reviews. */
export const enHotelTexts = (count = 2000, seed = 43) => compose(EN, 420, ' ', count, seed);

// An agent's side of a service chat (written for the benchmark): courtesy, apologies, steps taken.
const ZH_AGENT = [
	'您好，很高兴为您服务', '非常抱歉给您带来不便', '我马上帮您联系前台处理', '请问您的房间号是多少', '已经为您安排工程师上门检查',
	'感谢您的耐心等待', '这边为您申请了延迟退房', '还有其他可以帮您的吗',
];
const EN_AGENT = [
	'Hello, thanks for reaching out.', 'I am so sorry to hear about that.', 'Let me check with the front desk right away.',
	'Could you give me your booking number?', 'I have asked maintenance to look at it today.', 'Thank you for your patience.',
	'I have arranged a late check-out for you.', 'Is there anything else I can help with?',
];

/**
 * Speaker-labelled chats ("客户：" / "客服：", "Customer:" / "Agent:" at line starts), Chinese and English in turn:
 * three to five customer turns of one or two review clauses each, every one answered by an agent line.
 */
export function dialogueTexts(count = 1000, seed = 44): string[] {
	const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
	const pick = (list: string[]) => list[Math.floor(rnd() * list.length)];
	const out: string[] = [];
	for (let i = 0; i < count; i++) {
		const zh = i % 2 === 0;
		const turns = 3 + Math.floor(rnd() * 3);
		const lines: string[] = [];
		for (let k = 0; k < turns; k++) {
			const said = rnd() < 0.5 ? pick(zh ? ZH : EN) : pick(zh ? ZH : EN) + (zh ? '，' : ' ') + pick(zh ? ZH : EN);
			lines.push(zh ? `客户：${said}。` : `Customer: ${said}`, zh ? `客服：${pick(ZH_AGENT)}。` : `Agent: ${pick(EN_AGENT)}`);
		}
		out.push(lines.join('\n'));
	}
	return out;
}
