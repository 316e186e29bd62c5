/**
 * Reply templates by language and sentiment. Each reply is built from sentences in a fixed order;
 * each sentence has a priority so that, when a platform's length limit is tight, the least
 * important ones are dropped first (never the apology or the thanks).
 *
 * Placeholders: {guestName} {property} {manager} {managerTitle} {praised} {issues} {departments}
 * {contact} {action}. Templates contain facts only from these inputs: no compensation, discount,
 * upgrade or promise of a fix that nobody confirmed.
 */
export type TemplateLanguage = 'en' | 'zh';
export type Sentiment = 'positive' | 'neutral' | 'negative';

export interface ReplyTemplates {
	greetingNamed: string;
	greeting: string;
	thanksPositive: string;
	thanksNeutral: string;
	thanksNegative: string;
	praiseTopics: string;
	praiseGeneral: string;
	apologyTopics: string;
	apologyGeneral: string;
	/** Used when the caller says what was done ({action}); otherwise shareWithTeam. */
	action: string;
	shareWithTeam: string;
	contact: string;
	inviteBackPositive: string;
	inviteBackNegative: string;
	closing: string;
	signature: string;
	/** List joining: "a, b and c" / "a、b和c". */
	listSeparator: string;
	listLastSeparator: string;
	/** Sentence separator inside a paragraph. */
	space: string;
}

export const TEMPLATES: Record<TemplateLanguage, ReplyTemplates> = {
	en: {
		greetingNamed: 'Dear {guestName},',
		greeting: 'Dear guest,',
		thanksPositive: 'Thank you for taking the time to share your review of {property}.',
		thanksNeutral: 'Thank you for staying with us at {property} and for sharing your feedback.',
		thanksNegative: 'Thank you for your feedback on your stay at {property}.',
		praiseTopics: 'We are delighted that you enjoyed {praised}.',
		praiseGeneral: 'We are delighted that you enjoyed your stay.',
		apologyTopics: 'We are sorry that {issues} did not meet your expectations.',
		apologyGeneral: 'We are sorry that your experience did not meet your expectations.',
		action: '{action}',
		shareWithTeam: 'I will share your comments with our {departments} so that they can be looked into.',
		contact: 'Please feel free to contact me directly at {contact}.',
		inviteBackPositive: 'We look forward to welcoming you back soon.',
		inviteBackNegative: 'We hope to have the opportunity to welcome you again.',
		closing: 'Kind regards,',
		signature: '{manager}\n{managerTitle}, {property}',
		listSeparator: ', ',
		listLastSeparator: ' and ',
		space: ' ',
	},
	zh: {
		greetingNamed: '尊敬的{guestName}，您好！',
		greeting: '尊敬的宾客，您好！',
		thanksPositive: '感谢您入住{property}并分享您的点评。',
		thanksNeutral: '感谢您入住{property}并留下宝贵的反馈。',
		thanksNegative: '感谢您对{property}提出的宝贵意见。',
		praiseTopics: '很高兴您对{praised}感到满意。',
		praiseGeneral: '很高兴您在这里度过了愉快的时光。',
		apologyTopics: '对于{issues}未能达到您的期望，我们深表歉意。',
		apologyGeneral: '对于此次入住未能达到您的期望，我们深表歉意。',
		action: '{action}',
		shareWithTeam: '我会将您的意见转达给{departments}，以便认真核查。',
		contact: '如有任何需要，欢迎通过{contact}与我直接联系。',
		inviteBackPositive: '期待您再次光临！',
		inviteBackNegative: '希望有机会再次为您服务。',
		closing: '',
		signature: '{property} {managerTitle} {manager}',
		listSeparator: '、',
		listLastSeparator: '和',
		space: '',
	},
};

/**
 * Reply length limits in characters. Google's is documented (4096) [V]; the others are what the
 * platforms' back offices accept as far as we know [U] and can be overridden in the node.
 */
export const REPLY_LIMITS: Record<string, number> = {
	google: 4096,
	trustpilot: 2048,
	booking: 1000,
	expedia: 1000,
	tripadvisor: 5000,
	ctrip: 1000,
	meituan: 500,
	dianping: 500,
	fliggy: 500,
	qunar: 500,
	default: 1000,
};

/** Words that mean compensation, in the languages we draft in. A generated draft must not contain
 * any of them unless the caller's own facts (the action taken) do. */
export const COMPENSATION_PATTERNS: RegExp[] = [
	/refund|compensat|reimburs|voucher|coupon|discount|free (night|stay|upgrade|breakfast)|complimentary|upgrade|money back|credit (note|to your)|gift card|% off/i,
	/退款|退还|补偿|赔偿|优惠券|代金券|抵用券|折扣|打折|免费|升级|返现|积分|礼券|红包/,
];

export function compensationTerms(text: string): string[] {
	const out: string[] = [];
	for (const re of COMPENSATION_PATTERNS) {
		const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
		for (const m of text.matchAll(g)) out.push(m[0]);
	}
	return [...new Set(out.map((s) => s.toLowerCase()))];
}
