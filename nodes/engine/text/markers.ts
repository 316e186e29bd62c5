/**
 * Intent and risk markers (Chinese and English), written by the project. Intents: complaint, need
 * (request), inquiry, opportunity (sales), praise. Risk reasons: safety, hygiene, health, theft,
 * refund/compensation, bad-review or authority threat, discrimination/harassment, privacy.
 */

import { regionalSpellings } from './regional';
import { concat, cross, words } from './wordList';

/** What one is to eat or drink: after a wh-word, scorn of a failure ("没给筷子怎么吃"; markers below, NE_WH in analyze.ts). */
export const HOW_TO_CONSUME = '吃 喝 下口 下咽 入口';

/** Actions on one's own account after a Chinese how-to (怎么取消, 如何才能退款 …): asked and requested. */
const HOW_TO_ACT_ZH = '取消 退款 退货 修改 更改 注销 销户 挂失 解冻 解锁 找回 重置 补办 更换 换货 改';
/** 怎么才能 / 如何才能 + an action on one's own account: asked and requested alike (one list for both intents). */
const HOW_CAN_I_ACT_ZH = concat('怎么才能 如何才能 怎样才能 怎么样才能', HOW_TO_ACT_ZH);
/** Stop 34 (intent12): a membership asked how to join, or its or roaming's price asked (inquiry and opportunity both). */
const INTENT12_ASKED_ZH = `${concat('怎么 怎样 咋 如何 怎么才能 如何才能 请问怎么 请问如何', concat('开通 办 办理 加入 申请 注册 开', '会员 会员卡 VIP 年卡'))} ${concat('会员 会员卡 VIP 年卡', '怎么办理 怎么开通 怎么加入 怎么申请 怎么注册 如何办理 如何开通 如何加入 如何申请')} ${concat('漫游 国际漫游 漫游费 会员 会员卡 年卡 VIP', '多少钱 要多少钱 是多少钱 收多少钱 怎么卖 一个月多少钱 每个月多少钱 一年多少钱')}`;
/** The Chinese A-not-A asks of ability or leave (能不能, 可不可以 …) that a means or an effort follows (stop 19). */
const CAN_OR_NOT_ZH = '能不能 可不可以 能否 可否';

export const INTENTS = ['complaint', 'need', 'inquiry', 'opportunity', 'praise'] as const;
export type Intent = (typeof INTENTS)[number];
/**
 * A set phrase matched whole only so that the markers inside it count for nothing ("don't get me wrong", "不知道为什么",
 * "手续费" holding 续费): the longest match keeps it and it marks no intent — the markers' counterpart of lexicon.ts's `k: 'x'`.
 */
export const BLOCK = 'block';
export type MarkerKind = Intent | typeof BLOCK;

export const RISK_REASONS = [
	'safety',
	'hygiene',
	'health',
	'theft',
	'refund',
	'reviewThreat',
	'authorityThreat',
	'harassment',
	'privacy',
	'churn',
] as const;
export type RiskReason = (typeof RISK_REASONS)[number];

/**
 * A complaint said in words (投诉, 差评, "unacceptable", "speak to the manager"): a complaint in a question or after a
 * hedge too ("如果不处理我就给差评" threatens), unlike a failure marker (analyze.ts, failureAsked).
 */
export const COMPLAINT_SAID = '投诉 我要投诉 要投诉 强烈投诉 申诉 索赔 要求赔偿 要求退款 给个说法 讨个说法 给我一个说法 太过分 过分了 欺人太甚 不能接受 无法接受 难以接受 差评 差劲 非常不满 很不满 不满意 怎么回事 什么情况 搞什么 什么态度 谁负责 complain complaint complaining unacceptable not_acceptable demand_a_refund want_a_refund want_my_money_back disgraceful outrageous speak_to_the_manager speak_to_a_manager escalate';

/**
 * Requests for information (2026-11-29, stop 13): a request frame whose object is an explanation, an answer or
 * information ("can you explain …", "please advise", "I'd like to know …", "I need information about …") asks;
 * it is an inquiry, not a need. Each is longer than the frame it starts with, so the longest match keeps it.
 */
/** Stop 21: a card or product a customer can be given (a virtual card, a Visa, a spare card …). */
const CARD_TO_HAVE = `${cross('a an one another', 'virtual_card visa mastercard visa_card mastercard_card visa_credit_card disposable_card disposable_virtual_card spare_card extra_card additional_card second_card physical_card new_card')} virtual_cards disposable_cards spare_cards extra_cards additional_cards`;
export const INFO_REQUESTS = `${cross('can_you could_you would_you will_you can_you_please could_you_please would_you_please please can_someone could_someone', 'explain tell_me tell_my tell_us let_me_know advise inform_me clarify describe provide_information provide_more_information provide_info provide_details give_me_information give_me_info give_me_details give_me_more_information help_me_understand')} ${cross("i'd_like i_would_like would_like i_want i_need we_need need", 'to_find_out to_understand information more_information some_information info more_info details clarification an_explanation')} would_like_to_know i'd_like_to_know`;

/**
 * Request frames that name no action ("please", "can you", "I'd like", "I need", "can I have"): after a wh-word
 * of their clause ("How many cards can I have?", "What age do my kids need to be?") or a condition of the
 * customer's ("If I need GBP, …", "When I want to top up, …") they ask or suppose, and are no need (analyze.ts,
 * `frameAsked`). Markers that name the action ("cancel my", "reset the") stay needs in a how-to, as before.
 */
export const REQUEST_FRAMES = new Set(words("please could_you can_you would_you need needs i'd_like i_would_like would_like request requesting wish i_want_to i_want_a we_want_to can_i_get could_i_get can_i_have could_i_have may_i_have can_we_get could_we_get can_we_have can_someone could_someone can_somebody could_somebody can_anyone could_anyone"));

/**
 * A card to be issued (stop 18): get / order / obtain / request a new, second, spare or virtual card names the action asked
 * for, like "cancel my" — a need also in a how-to or a can-I question ("How do I get a virtual card?", "Can I order extra
 * cards?", "Is it possible to get a Visa here?"). An article or a count before it: "get my card" waits for one already sent.
 */
const CARD_ADJ = ['', 'new', 'second', 'spare', 'extra', 'virtual', 'physical', 'disposable', 'disposable_virtual', 'temporary_virtual', 'real', 'actual', 'plastic', 'replacement', 'non-virtual', 'visa', 'mastercard', 'debit', 'credit', 'visa_credit'];
const CARD_ISSUED = cross(
	cross('get order obtain request apply_for sign_up_for', 'a an another one extra more some two several both a_second a_new a_spare a_few'),
	CARD_ADJ.flatMap((a) => ['card', 'cards'].map((n) => (a ? `${a}_${n}` : n))).join(' '),
);

/**
 * A bare call for help ("Can you help?", "Please help!", "I need assistance", "I need help with my account"): it names
 * nothing asked for. Since stop 13 it is matched whole as a blocker (the frame inside it counts for nothing), so beside a
 * failure it is the complaint's; with the switch on it is a need. Stop 19 measured both on the BANKING77 dev rows (docs).
 */
export const BARE_HELP_IS_NEED = false;
const BARE_HELP = `${cross("please can_you could_you would_you can_someone could_someone i_need we_need need i_really_need", 'help help? help! assist some_help your_help assistance')} need_help need_some_help need_assistance`;

/** [intent, weight, words]. A weight ≥ 1 flags the intent on its own. */
export const INTENT_MARKERS: Array<[MarkerKind, number, string]> = [
	['complaint', 1, COMPLAINT_SAID],
	// Service failures reported as facts or questions ("my card was declined", "why was I charged twice?").
	['complaint', 1, '不对 错误 收错 算错 多收 多扣 扣了两次 重复扣款 乱扣 没收到 还没收到 一直没收到 没到账 未到账 还没到账 失败 被拒 被拒绝 用不了 打不开 登不上 登录不了 无法使用 无法登录 不能用 卡住了 没反应 没有反应 坏了 不工作 不管用 没人管 没人理 没人处理 漏水 停水 停电 断网 incorrect wrong wrong_amount not_correct isn\'t_correct wasn\'t_correct not_right isn\'t_right charged_more charged_extra extra_charge extra_charges extra_fee extra_fees hidden_fee don\'t_recognize don\'t_recognise do_not_recognize do_not_recognise didn\'t_make not_recognised not_recognized unauthorized unauthorised didn\'t_receive haven\'t_received hasn\'t_received have_not_received has_not_received not_received hasn\'t_arrived has_not_arrived hasn\'t_come still_waiting still_hasn\'t still_haven\'t still_not still_no not_working isn\'t_working doesn\'t_work does_not_work didn\'t_work won\'t_work stopped_working not_work declined rejected was_denied failed failing failure blocked swallowed charged_twice double_charged twice_for reverted not_showing isn\'t_showing not_updated hasn\'t_updated didn\'t_go_through hasn\'t_gone_through not_gone_through stuck broken missing lost_my been_charged overcharged out_of_order no_hot_water no_response nobody_answered no_one_answered still_pending still_showing still_outstanding won\'t_let_me doesn\'t_let_me didn\'t_let_me taking_so_long keeps_declining keeps_failing weird_charge weird_charges strange_charge random_charge odd_charge unknown_charge didn\'t_get not_okay_with was_cancelled got_cancelled ate_my_card 一直显示 还在处理 迟迟不 一直不'],
	['complaint', 0.5, '退款 退钱 赔偿 补偿 失望 生气 气愤 无语 糟糕 问题 还没 至今 一直没 始终没 refund compensation disappointed angry upset still_waiting still_not still_no'],
	['need', 1, '希望 麻烦 请帮 帮我 帮忙 能不能 能否 可不可以 可以帮 需要 想要 我要 要求 请尽快 尽快 请安排 安排一下 建议 最好能 加床 换房 换个房间 换一间 延迟退房 晚退房 叫醒 送一下 送到房间 再送 补送 安排接机 安排送机 安排接送 please could_you can_you would_you need needs i\'d_like i_would_like we\'d_like we_would_like could_we would_like request requesting suggest suggestion recommend_that should_provide wish extra_bed late_checkout late_check-out early_check-in wake-up_call change_rooms change_my_room'],
	// 能不能 / 可不可以 are requests (need, above); with 吗 they also ask.
	['inquiry', 1, '请问 想问 问一下 想了解 咨询 多少钱 几点 什么时候 有没有 是否可以 是否有 是否能 可否 吗？ 吗? 么？ 呢？ is_there are_there do_you_have do_you_offer can_i could_i may_i how_much how_long how_do_i how_can_i what_time inquire enquire inquiry enquiry wondering_if wondering_whether i_was_wondering quick_question'],
	['inquiry', 0.5, '多少 怎么 哪里 哪儿 在哪 是不是 是否 有无 how what when where which why who does do_you'],
	['opportunity', 1, '还会再来 下次还来 下次再来 会再来 还会入住 再次入住 续住 延住 多住几天 想订 想预订 想预定 团购 团队 会务 婚宴 婚礼 年会 宴会 包场 长住 月租 办卡 储值 推荐给朋友 介绍朋友 带朋友 带家人 下次带 will_be_back come_back return_again book_again booking_again stay_again group_booking corporate_rate conference wedding banquet long_stay monthly_rate recommend_to_friends tell_my_friends bring_my_family'],
	['opportunity', 0.5, '预订 预定 订房 会议 升级 套房 会员 推荐给 extend extension upgrade suite membership loyalty meeting_room event'],
	['praise', 1, '感谢 谢谢 非常感谢 特别感谢 表扬 点赞 好评 五星 赞 给力 推荐 强烈推荐 必须好评 超赞 优秀 贴心 暖心 感动 thank thanks thank_you grateful kudos shout-out shoutout compliment compliments praise recommend highly_recommend amazing excellent outstanding exceptional'],
	// Customer-service failures told as facts (2026-11-29, fourth round): a thing that did not arrive,
	// go through, show up or work; an unexpected charge; money or a card taken; a wait; no answer.
	['complaint', 1, '还没到 还没来 还没送 还没送到 还没发货 还没有发货 没有发货 没发货 未发货 还没退 还没处理 还没解决 还没修 还没回复 怎么还没 怎么还不 怎么又 扣了我 扣我钱 被扣 多扣了 扣了两次 吞卡 被吞 吞了 被冻结 冻结了 被锁 被封号 被封了 账号被封 转不了 取不了 取不出 付不了 支付不了 充不了 充值不了 提现不了 退不了 进不去 连不上 上不了网 收不到 没人通知 没人接 没人回 没人回复 没人联系 没人来 没给我 没有给我 去哪了 去哪儿了 余额没变 余额不变 没更新 没有更新 未更新 没显示 没有显示 被取消 催了 不符 和描述不一样 跟描述不一样 was_charged were_charged was_i_charged were_we_charged got_charged getting_charged being_charged charged_me charged_us this_charge this_fee these_charges these_fees pending on_hold fail fails denied unsuccessful reversed cancelled canceled error errors crash crashes crashing crashed keeps_freezing compromised hacked fraud fraudulent suspicious strange_payment strange_transaction strange_withdrawal random_withdrawal not_mine isn\'t_mine without_my_permission without_permission without_asking without_my_consent without_my_authorization what_happened what\'s_going_on what_is_going_on where_is_my where\'s_my where_are_my disappeared gone_missing got_lost gotten_lost kept_my_card took_my_card taken_by only_got less_than_i gave_me_less less_cash less_money short_changed shortchanged late_again was_late_again always_late arrived_late came_late running_late delayed delay nobody_has no_one_has haven\'t_heard hasn\'t_heard no_reply no_answer not_responding been_waiting quit_working duplicate duplicated showing_twice paid_twice multiple_charges someone_is_using someone_else_is_using someone_used somebody_used someone_has_used without_my_agreement without_me_knowing without_my_knowledge charged_too_much took_too_much taken_too_much too_much_money inaccurate still_isn\'t still_doesn\'t still_don\'t still_can\'t still_won\'t still_didn\'t taking_too_long taking_a_long_time taking_a_very_long_time taking_forever too_long trapped confiscated retained impossible having_trouble having_problems having_issues having_difficulty experiencing_difficulty experiencing_problems experiencing_issues there\'s_a_problem there_is_a_problem refuse refused refusing revoked declining it\'s_not_there its_not_there not_there_anymore no_longer_there get_my_card_back get_my_money_back 盗刷 被盗刷 不到账 到不了账 不通过 没通过 没有通过 未通过 延误 少找 漏发 寄错 不给退 不给换 不给处理 拒绝退款'],
	['complaint', 0.5, 'problem problems issue issues trouble 处理中'],
	// Things that would not turn on or open (only where the negation reports an attempt: "doesn't open until noon" is none).
	['complaint', 1, cross('won\'t wont wouldn\'t wouldnt would_not can\'t cant cannot couldn\'t couldnt could_not didn\'t didnt did_not', 'turn_on switch_on open close lock unlock flush connect start charge heat_up cool_down drain')],
	['complaint', 1, cross('won\'t wont wouldn\'t wouldnt would_not didn\'t didnt did_not hasn\'t hasnt has_not haven\'t havent have_not', 'return deposit deposited change changed approve approved remove let_me_in')],
	['complaint', 1, cross('unable_to not_able_to', 'do make regain choose')],
	['complaint', 1, cross('doesn\'t doesnt does_not won\'t wont can\'t cant didn\'t didnt', 'recognize_me recognise_me know_it\'s_me believe_it\'s_me')],
	['complaint', 1, 'seems_off too_low only_given was_only_given don\'t_recall do_not_recall not_familiar_with unknown dispute took_my_money taken_my_money stole_my_money two_charges double_payment swallow not_successful not_approved reversion'],
	['complaint', 1, '为什么我的 怎么我的 显示未 却显示 还是显示 被盗 怎么用不了 怎么开不了 怎么登不上 怎么登录不了 怎么支付不了 怎么付不了 怎么转不了 怎么充不了 怎么退不了 怎么取消不了 怎么打不开 hung_up hang_up_on'],
	['inquiry', 1, '是多少 电话多少'],
	['complaint', 1, cross('didn\'t did_not hasn\'t has_not haven\'t have_not hadn\'t wasn\'t was_not weren\'t isn\'t is_not aren\'t won\'t wouldn\'t would_not couldn\'t could_not can\'t cannot can_not unable_to not_able_to never still_not not_yet yet_to don\'t do_not doesn\'t does_not didnt hasnt havent wasnt werent isnt arent wont wouldnt couldnt cant doesnt dont not_been hasn\'t_been haven\'t_been', 'go_through gone_through went_through arrive arrived come come_through came receive received get got gotten show shown showed show_up shown_up showing appear appeared update updated work worked process processed complete completed clear cleared reflect reflected credit credited deliver delivered dispense dispensed ship shipped sent dispatched posted paid refunded returned answered replied called responded fixed repaired resolved cleaned see use withdraw transfer log_in login sign_in access load accept accepted accepting give giving gave given allow allowed allowing apply applied add added go_up gone_up verify prove top_up')],
	// What the customer did not do ("a payment I didn't make"): past and modal negations only ("they don't make …" is no report).
	['complaint', 1, cross('didn\'t did_not didnt never', 'make made do authorize authorise authorized authorised')],
	['inquiry', 1, '吗 如何 为什么 怎么办理 怎么办 怎么用 怎么使用 怎么走 怎么去 怎么找回 怎么修改 怎么改 怎么申请 怎么开 怎么设置 怎么查 怎么付 怎么支付 怎么联系 怎么预订 怎么预定 怎么订 怎么取消 怎么退 怎么注册 怎么登录 怎么绑定 怎么充值 怎么转账 怎么开通 怎么收费 多久能 多长时间能 几天能 几天到 ? ？'],
	['inquiry', 0.5, '多久 多长时间 几天'],
	// Asking without a question mark: "I need to know …", "not sure how …", "what are the fees", "do i need a pin".
	['inquiry', 1, `想知道 我想知道 不知道怎么 不知道如何 不知道能不能 不知道可不可以 不清楚怎么 了解一下 告诉我 请告知 问问 i_need_to_know i_want_to_know want_to_know need_to_know find_out figure_out more_information more_info information_about info_about info_on tell_me wondering not_sure_how not_sure_where not_sure_what not_sure_if not_sure_whether don't_know_how don't_know_where don't_know_what don't_know_if don't_know_whether ${cross('looking_for', 'the_option an_option a_way the_way')} show_me_how how_often how_many ${cross('what how when where', 'is are was were do does did can could will would should am')} ${cross('do does did will would can could should am', 'i')} is_it_possible`],
	['need', 1, '请给我 请把 请您 请你 请提供 请发 请寄 请送 请开 我想改 我想换 我想取消 我想退 我想办 我想申请 我想预约 我想修改 我想更改 i_want_to i_want_a we_want_to can_i_get could_i_get can_i_have could_i_have may_i_have can_we_get could_we_get can_we_have can_someone could_someone can_somebody could_somebody can_anyone could_anyone send_someone'],
	['complaint', 1, `为什么没 为什么还没 为什么不能 为什么一直 怎么没 怎么一直 怎么不能 why_is_there why_was_there why_are_there ${cross('why how_come', "didn't did_not hasn't haven't hadn't isn't aren't wasn't weren't won't wouldn't can't cannot couldn't doesn't don't is_my are_my was_my were_my has_my have_my did_my")}`],
	['need', 0.5, '我想 改成 换成'],
	// Set phrases that hold a failure or request pattern above but report none ("don't get me wrong",
	// "never fails to", "can't get enough"): blockers, they only keep the longer match.
	[BLOCK, 0, `impossible_not_to 还没来得及 还没来的及 还没来得急 还没来的急 被吞噬 don't_get_me_wrong do_not_get_me_wrong can't_get_enough couldn't_get_enough never_fails never_fail without_fail without_delay trial_and_error never_got_bored never_get_bored never_got_tired never_get_tired yet_to_come_across can't_see_why couldn't_see_why don't_see_why i_want_to_say i_want_to_add ${cross("we'd_like we_would_like i'd_like i_would_like could_we", 'to_thank to_say to_add_that to_mention to_commend have_been')}`],
	['praise', 1, 'i_want_to_thank we_want_to_thank'],
	// A bare call for help names nothing asked for (stop 13): "Please help!", "can you help?", "I need assistance" beside a failure
	// is the complaint's, not a need; matched whole as a blocker so the frame inside it counts for nothing. "Help me reset …",
	// "I need help resetting my passcode" still name the action (the gerunds below).
	// Whether these count as needs is one switch, BARE_HELP_IS_NEED (stop 19 measured both ways; the lead decides).
	[BARE_HELP_IS_NEED ? 'need' : BLOCK, BARE_HELP_IS_NEED ? 1 : 0, BARE_HELP],
	// Gaps named by the fourth round: the customer's own lost or stolen card, phone or wallet and a blocked PIN
	// ask for an action (block, replace, unblock). "I lost my …" is a need, not a complaint ("they lost my
	// luggage" keeps the complaint of lost_my); a theft keeps the complaint its sentiment gives. A mugging, "someone stole it"
	// and "lost track of my …" are the same mishap, and an account or card of one's own blocked or frozen asks to unblock it as a
	// blocked PIN does (stop 16).
	[
		'need',
		1,
		`${cross("i_lost_my i've_lost_my ive_lost_my i_have_lost_my i_think_i_lost_my i_think_i've_lost_my can't_find_my cant_find_my cannot_find_my can_not_find_my someone_stole_my somebody_stole_my", 'card cards credit_card debit_card bank_card phone wallet purse')} ${cross('my_card my_phone my_wallet my_credit_card card phone wallet', 'was_stolen got_stolen has_been_stolen is_lost got_lost is_missing has_gone_missing')} ${cross('block freeze cancel unblock unlock reset reactivate', 'my_card the_card my_pin the_pin my_account')} ${cross('pin my_pin the_pin', 'is_blocked was_blocked got_blocked has_been_blocked')} ${cross("my_account my_card my_card's", 'is_blocked got_blocked has_been_blocked is_locked got_locked is_frozen got_frozen has_been_frozen frozen locked')} ${cross('a_blocked my_blocked the_blocked a_locked my_locked', 'pin pin_number card account')} report_it_stolen report_it_lost report_my_card report_a_stolen report_a_lost blocked_my_pin ${cross("i_was i_got i've_been ive_been i_have_been i_just_got we_were we_got", 'mugged')} someone_stole_it somebody_stole_it lost_track_of_my 卡丢了 卡丢失了 卡被偷了 卡被盗了 钱包丢了 手机丢了 挂失 我要挂失 冻结我的卡 密码被锁 密码锁了 解锁密码`,
	],
	// Session of 2026-11-29 (stop 12). Needs: an action on the customer's own account, order, card or booking,
	// asked for as an imperative ("Cancel my last transfer", "delete this account"), a want ("I'd like to change
	// my PIN") or a how-to ("how do I reset my passcode?" — inquiry and need). The verb must have an object the
	// customer owns (my / this / it), so "they had to change the sheets" is none.
	[
		'need',
		1,
		`${cross('cancel stop reverse revert undo change update edit modify correct reset recover retrieve unblock unlock unfreeze reactivate activate deactivate delete close terminate freeze replace renew refund', 'my this it')} ${cross('cancel reverse undo', 'a the')} ${cross('reset recover retrieve unblock unlock unfreeze reactivate activate', 'the a')} ${cross('activating activate', 'card cards my_card my_new_card')} card_activation unblock unfreeze reactivate locked_out get_rid_of_my close_out_my ${cross('get claim request process need', 'a_refund')} claim_my_refund request_my_refund item_refunded refund_for_a refund_on_a refund_on_the give_me_back please_help_me send_me_a send_me_the send_me_my send_me_another appreciate_it_if needing_to want_my want_this ${cross("forgot forgotten forget lost don't_know do_not_know don't_remember do_not_remember can't_remember cannot_remember can't_find cannot_find can_not_find no_longer_have don't_have", 'my_passcode my_password my_pin my_code my_access_code my_login my_username my_security_code the_passcode the_password the_code the_pin my_card_pin the_card_pin my_pin_number')} ${cross('lost_my left_my forgot_my', 'phone smartphone mobile cell_phone card wallet purse passport')} ${cross('my_card my_phone my_wallet', 'is_gone')} my_address_has_changed my_address_changed change_of_address`,
	],
	// Stop 35 (review35). Goods to be sent back, asked whether or how ("Can I return this jacket?", "how do I exchange these?"):
	// a request as well as a question (the return told as a want is INTENT12's complaint). The asking frame is part of the
	// marker, so "I had to return it" (a story) is none.
	['need', 1, cross("can_i could_i may_i how_do_i how_can_i how_would_i where_do_i where_can_i is_it_possible_to", `${cross('return exchange swap', 'this these it them this_item my_order this_order')} send_it_back send_them_back send_this_back send_these_back`)],
	// …but a visit is no goods sent back ("Can I return this summer?", INTENT12_RETURN_BLOCKERS' seasons).
	[BLOCK, 0, cross("can_i could_i may_i how_can_i", cross('return_this return_next', 'summer year weekend week month spring autumn fall winter christmas easter time'))],
	// Stop 21. A card or product to be had, asked how or where to get it or wanted ("How can I order virtual cards?", "Where can I
	// obtain a virtual card?", "I'd rather get a Mastercard"): a request as well as a question. Not "receive" (a card of one's own
	// received is a story) and not after "my" (getting one's own card is a delivery question).
	['need', 1, cross('get order obtain purchase request apply_for getting ordering obtaining', CARD_TO_HAVE)],
	// A card or code of one's own to be obtained or given anew ("Where can I obtain my virtual card?", "Can I be given a new passcode?").
	['need', 1, `${cross('obtain', 'my_virtual_card my_new_card my_disposable_card')} ${cross('be_given be_sent', 'a_new_passcode another_passcode a_new_pin another_pin a_new_password')}`],
	// …but a choice weighed is no request ("How to decide if I get a Visa or Mastercard?").
	[BLOCK, 0, cross('if_i whether_i whether_to if_we', cross('get order obtain', CARD_TO_HAVE))],
	// The same actions as gerunds, after "help (me) with / in": "I need help resetting my passcode", "assist me with unblocking my PIN" (stop 13).
	['need', 1, cross('i_need_help we_need_help need_help help with in', cross('cancelling canceling reversing changing updating editing modifying correcting resetting recovering retrieving unblocking unlocking unfreezing reactivating deactivating deleting closing terminating freezing replacing renewing refunding', 'my this it'))],
	// A payment sent by mistake of one's own ("sent it to the wrong account") and an action asked for in the passive
	// ("how do I get my PIN unlocked?"): help is wanted.
	['need', 1, `wrong_account incorrect_account wrong_recipient wrong_person ${cross('be get', 'unblocked unlocked reset reactivated reinstated replaced')} ${cross('reinstate activating', 'my the a it')}`],
	// A demand for money back is a complaint and a need.
	// Whole, so the longer match keeps the named action over the frame "I want a" / "I'd like" (stop 13), and a block asked for as a noun.
	['need', 1, `want_a_refund demand_a_refund want_my_money_back get_my_money_back ${cross("i_want i_would_like i'd_like would_like we_want we_would_like", 'a_refund my_money_back a_replacement')} ${cross('put_a', 'freeze block hold stop')}`],
	// "Do I need …", "what do you need": asking what is required, not a need.
	['inquiry', 1, `${cross('what where why how_much how_many which when', 'do_i_need do_you_need does_it_need will_i_need would_i_need do_we_need did_i_need')} do_i_need do_you_need does_it_need will_i_need would_i_need do_we_need do_i_really_need do_i_have_to how_come let_me_know`],
	['inquiry', 1, INFO_REQUESTS],
	// Stop 21. Not finding a setting, an option or a code asks where it is ("I can't find the top-up verification code", "I can't seem
	// to find it in the app", "I need help finding the verification code"): the thing must be a part of a service (not "my card",
	// which is lost, nor "a better hotel").
	['inquiry', 1, `${cross("can't_find cant_find cannot_find can_not_find can't_seem_to_find cant_seem_to_find couldn't_find help_finding help_in_finding help_me_find", cross('the this that', 'option setting settings code verification_code button function feature page link form section menu tab auto_top-up auto_top_up auto-top_up top-up_verification_code top-up_option'))} ${cross("can't_find cant_find cannot_find can't_seem_to_find cant_seem_to_find", 'it_in_the_app it_on_the_app it_on_your_website it_on_the_website')}`],
	// Chinese requests: 给我换 / 请取消 / 退一下 / 取消我的订单; a how-to about an action on one's own account asks for it too.
	[
		'need',
		1,
		`${concat('给我', '换 退 补 修 处理 取消 退款 退钱 查查 解决 恢复 解冻 重置 注销 补办 更换')} ${concat('请', '尽快 取消 退 换 改 补 发 寄 修 处理 核实 核查 查 查一下 联系 回电 回复 确认 协助 解决 派 通知 更换 修改 办理 恢复 解冻 解锁 重置 注销 开通 关闭 安排 退款 退还 补发 重新 马上 立即 及时')} ${concat('退 换 改 处理 取消 核实 确认 修 查询 登记 备注 催', '一下')} ${concat('我想 想', '取消 退款 退货 退掉 退订 换 改 修改 更改 注销 销户 挂失 补办 开通 关闭 解冻 解绑 绑定 办理 预约 延期 续费 升级 转人工')} ${concat('取消 注销 冻结 解冻 挂失 修改 更改 退掉 退订 关闭', '我的')} ${concat('怎么 如何 怎样', '取消 退款 退货 修改 更改 注销 销户 挂失 解冻 解锁 找回 重置 补办 更换 换货 改')} 忘记密码 忘了密码 密码忘了 密码忘记了 忘记了密码 找回密码 重置密码`,
	],
	['inquiry', 1, `${concat('可以 能 行 有 对 收费 要钱 免费', '么')} ${concat('怎么 如何 怎样', '取消 退款 退货 修改 更改 注销 销户 挂失 解冻 解锁 找回 重置 补办 更换 换货 改')}`],
	['inquiry', 0.5, '几号'],
	// Chinese service questions and failures (stop 12): where to look, what it takes, how it is charged.
	['inquiry', 1, `${concat('在哪里 在哪 去哪里 哪里', '看 查 办 办理 买 找 下载 设置 申请 改')} 哪里可以 哪里能 哪里有 有哪些 ${concat('需要', '带 什么 哪些 多久 多少 几天 提供 准备')} 要带什么 ${concat('要交 要付 交 付 收 扣 退', '多少')} ${concat('怎么', '算 计算 收 连 连接 领 领取 兑换 买 下单 购买 退货 换货 续费 缴费 交费 报销 开发票 开票 激活 使用 操作 升级 加 预约')}`],
	['complaint', 1, `${concat('怎么', '扣了 多扣 又扣 乱扣')} ${concat('为什么', '扣 多扣 要扣 会扣 每个月扣 收我')} ${concat('没 没有 从没 从来没', '订过 开通过 办过 申请过 授权过 同意过')} 不让用 不给用 ${concat('等了', '半个 一个 两个 三个 几个 好几个 十几 二十 三十 四十 五十 很久 好久 半天 一整天 一上午 一下午 整整 足足 将近')}`],
	['need', 1, '我想加 我想续 想续费 怎么退 再给我 能再给 可以再给 再加一'],
	['inquiry', 1, '到哪了 到哪儿了 到哪里了 多久到账 几天到账 多久能到 要多久 得多久 怎么交 怎么缴 为啥'],
	// Stop 13 (self-written helpdesk set): "是哪里", whom to ask; a lost parcel or a broken item in the company's care; the
	// same failure again (还是没变); a request for an action on one's own thing (我想把 / 帮我把 …, 能换一个); narration of
	// help given (帮我修好了) is no request.
	['inquiry', 1, '是哪里 是哪儿 是哪家 是哪天 要找谁 该找谁 应该找谁 找谁处理 找谁解决 联系谁 要问谁 该问谁 找哪个部门'],
	['complaint', 1, '快递丢了 包裹丢了 件丢了 货丢了 行李丢了 弄丢了 给弄丢 被弄丢 是碎的 碎了 摔碎了 还是没变 还是没有变 还是没到 还是没收到 还是用不了 还是不行 没法用 没办法用 卡纸'],
	['need', 1, `我想把 帮我把 给我把 麻烦把 麻烦帮我把 能换一个 能不能换一个 可以换一个 能给我换 换个新的 换一个新的`],
	[BLOCK, 0, concat('帮我 给我', '装好了 修好了 弄好了 处理好了 解决了 搞定了 换好了 办好了 找回了')],
	// Rhetorical 呢 and fillers that ask nothing ("怎么说呢", "我能说什么呢", "逗我呢"): matched whole as a blocker.
	[BLOCK, 0, '怎么说呢 说什么呢 逗我呢 逗谁呢 欺负谁呢 骗谁呢 傻子呢 谁知道呢 何必呢 何苦呢 干嘛呢'],
	// Stop 13: words that hold a wh-word but ask nothing — ignorance told as a fact ("不知道为什么，孩子就是不喜欢", "不知道是不是
	// 正品", "想不通为什么"), "not much" (没多少钱), "a few days" (用了几天), "no matter how" (怎么也, 无论如何), "a few points" (有几点, 几点建议) and a how told as a topic ("教你如何", "对如何…感到迷茫").
	[BLOCK, 0, `不知道为什么 不知道为啥 不晓得为什么 不晓得为啥 不知为什么 不知为何 不知为啥 不知道怎么回事 不知道咋回事 不知怎么回事 不知怎么的 不知道怎么了 不知怎么了 不知道咋了 不知道是不是 不知是不是 不晓得是不是 怎么也 怎么都 再怎么 不管怎么 无论怎么 不管如何 无论如何 有几点 ${concat('几点', '建议 意见 看法 感受 体会 不足 注意 要注意 说明 想法 心得 缺点 优点 好处 遗憾')} 不怎么样 不咋样 想不通为什么 想不明白为什么 不明白为什么 搞不懂为什么 不懂为什么 不理解为什么 不要问我为什么 别问我为什么 没多少 没有多少 没几个 没几天 不了多少 多少有点 多多少少 多少年 了几天 几天了 这几天 前几天 好几天 过几天 几天下来 ${concat('教你 教我们 教会 告诉你 告诉我们 讲述了 讲了 讲 关于 学会 学习 懂得 明白 知道 对 思考', '如何')}`],
	// Stop 14: "how is one to eat / drink it" (没给筷子怎么吃, 咋喝, 如何下咽) is scorn after a failure: the wh-word asks nothing,
	// and the question mark left asks only in a text without an opinion (bareAsk in analyze.ts: "这个怎么吃？" still asks).
	[BLOCK, 0, concat('怎么 咋 如何', HOW_TO_CONSUME)],
	['complaint', 1, '为啥我的 为啥没 为啥还没 为啥不能 为啥一直 被停机 停机了 被销号'],
	// Words that hold 么 but ask nothing: matched whole as a blocker.
	[BLOCK, 0, '什么 那么 这么 多么 要么 干么 么么哒'],
	// Sales opportunities (stop 12): wanting to book, buy, upgrade, extend, renew or join, group and event
	// enquiries, pre-orders, packages and quotes; a price question counts half (with a room, suite or package, whole).
	[
		'opportunity',
		1,
		`${cross('book reserve buy purchase pre-order preorder upgrade extend renew join', 'a an the two three four five six ten some another more this these my our one')} ${cross('order', 'more another_one two_more three_more some_more')} buy_it buy_one buy_them upgrade_to upgrade_my upgrade_our pre-order preorder bulk_order bulk_purchase group_rate group_rates group_discount corporate_rates corporate_discount ${cross('room rooms suite suites', 'for_two for_three for_four for_five for_six for_ten for_a_family for_a_week for_a_month for_next')} availability_for any_availability rooms_available suites_available room_available a_quote quote_me quote_for gift_card gift_cards gift_voucher gift_vouchers honeymoon package_for packages_for spa_package wedding_package wedding_packages definitely_be_back definitely_come_back definitely_return definitely_stay_again product_launch annual_dinner company_dinner corporate_event team_building private_dining join_your become_a_member sign_up_for_membership add_breakfast add_a_night add_another_night an_extra_night two_more_nights more_nights stay_longer interested_in_buying interested_in_booking ${cross('recommend', 'you_to it_to this_to this_hotel_to this_place_to')}`,
	],
	['praise', 1, cross('recommend', 'you_to it_to this_to this_hotel_to this_place_to')],
	['opportunity', 0.5, 'how_much cost quote prices holding_our holding_a hosting_a hosting_our'],
	[
		'opportunity',
		1,
		`差价我补 愿意补差价 愿意加钱 可以加钱 费用算我 算我的 加购 下次还住 以后还住 还住你们 还住这 还会住 还会选择 还选这家 还来住 ${concat('办 办理 开通 加入 申请 注册 办一张', '会员 会员卡 VIP 年卡 储值卡')} 蜜月 协议价 企业价 团体价 团购价 批发价 大客户 批量 批发 长租 续费 续卡 续会员 发布会 团建 ${concat('还能 能 可以 可 想 要', '预订 预定')} 想再买 再买一 还想买 想订购 想采购 还有货 有现货 有货吗 套票`,
	],
	['opportunity', 0.5, '升级到 升级成 多少钱'],
	// Stop 13: buying more than one, more rooms or nights, extra beds ("想给父母办两张会员卡", "如果买两套能便宜点吗", "想多订几间",
	// "能加床吗"): counts between the verb and the thing, after a want or a condition ("买两件，一件全坏了" tells a purchase);
	// 多买 / 再买 with a count is buying more; an extra bed is a paid add-on in hotels.
	[
		'opportunity',
		1,
		`${concat(concat('办 办理 开 开通 买 充', '两张 三张 几张 一张 两个 几个'), '会员卡 会员 年卡 季卡 月卡 储值卡 卡 VIP')} ${concat('想买 要买 想订 要订 想定 如果买 要是买 打算买 准备买 采购', '两套 三套 几套 两台 三台 几台 两件 几件 两箱 几箱 一批 两份 几份 十份')} ${concat('多订 多定 多买 多要 多开 再订 再定 再买 再开 再加', '几间 两间 一间 三间 几套 两套 几份 几晚 两晚 一晚 几天 几台 一台 两台 几箱 两箱 几件 两件 几盒 几瓶')} 想加床 要加床 需要加床 能加床 可以加床 加一张床 加张床 加个床 想升级 我想升级 想升级到 续住一晚 续住两晚 续住几天 想续住 多住一晚 多住两晚 团购 团单`,
	],
	// Requests that are purchases: listed after the need markers, so they are both.
	['opportunity', 1, `想续费 我想续 我想加购 想加购 ${concat('我想 想 要', '办会员 办一张 办张 办个会员 加入会员 开通会员 办理会员')} ${concat('我想 我们想', '预订 预定 订 包场')}`],
	// 手续费 (a fee) holds 续费 (renewal): matched whole as a blocker (stop 13).
	[BLOCK, 0, '手续费'],
	['inquiry', 1, `${concat('为什么', '扣 多扣 要扣 会扣 每个月扣 收我')}`],
	// "不想买", "不想再买": no opportunity (a blocker keeps the longer match).
	// "不想买", "想买的朋友" (advice to other buyers), "本想买" (what was meant): no opportunity; "给我换了" is narration.
	[BLOCK, 0, `不想买 不想再买 没想买 不会再买 不想续费 想买的 想购买的 想入手的 本想买 本来想买 本来是想买 原本想买 ${concat('给我', '换了 退了 补了 修了 处理了 取消了 退款了 退货了 换货了 退钱了')}`],
	// Stop 18: a card to be issued is a need (CARD_ISSUED). Help to find or locate a thing asks where it is ("Help me find my card
	// PIN", "help me locate the nearest ATM"): matched longer than "help me", so it is no request. 请指教 / 麻烦告知 / 烦请告知 ask
	// (请多指教, a greeting, asks nothing).
	['need', 1, CARD_ISSUED],
	['inquiry', 1, `${cross('help_me help_us please_help_me', 'find locate figure_out')} help_in_finding help_finding help_with_finding assist_me_with_finding 请指教 指教一下 麻烦告知 烦请告知 麻烦告诉我 告知一下`],
	[BLOCK, 0, '请多指教 多多指教 多多关照'],
	// Stop 19. A Chinese A-not-A ask about a means ("能不能用现金充值", "可不可以刷卡", "能否使用支付宝") asks what is possible: an
	// inquiry, not the request 能不能 / 可不可以 makes on its own (matched longer). "怎么才能 / 如何才能 + an action on one's own
	// account" asks and requests, as "怎么取消" does.
	['inquiry', 1, concat(`${CAN_OR_NOT_ZH} 可以不可以`, '用 使用 刷')],
	['need', 1, concat(CAN_OR_NOT_ZH, '用心 用点心 用点儿心')],
	[BLOCK, 0, '功能不能 可能不能 性能不能 智能不能 本能不能'],
	['need', 1, HOW_CAN_I_ACT_ZH],
	['inquiry', 1, HOW_CAN_I_ACT_ZH],
	// Sales said in more shapes (stop 19): more rooms, lines or seats; group, student and bulk prices; accounts, plans and
	// products signed up for, switched to, taken out or rented, an account one wants to open (not one asked about: "what age …"); offers asked for. Renewing a contract (续约) like a fee (续费).
	[
		'opportunity',
		1,
		`${cross('two three four five six a_few several some', 'more_rooms more_tickets more_seats more_lines more_units more_licences more_licenses')} an_extra_room ${cross('group student senior corporate bulk volume family', 'discount discounts pricing price prices deal deals')} group_bookings discounts_for_groups deals_for ${cross(cross("i'd_like_to i_would_like_to we'd_like_to we_would_like_to i_want_to we_want_to looking_to planning_to how_do_i how_can_i can_i could_i", 'open'), 'a_savings_account an_account a_new_account a_joint_account a_business_account a_second_account a_current_account a_deposit_account an_isa')} ${cross('interested_in_opening', 'a_savings_account an_account a_joint_account a_business_account an_isa')} ${cross('sign_up_for join', 'the_family_plan a_family_plan your_family_plan a_plan the_plan your_plan a_loyalty_card the_loyalty_card your_loyalty_programme your_loyalty_program the_loyalty_programme the_loyalty_program your_rewards a_subscription the_subscription the_membership a_membership the_annual_membership')} ${cross('add', 'a_second_line another_line an_extra_line a_new_line a_line another_sim a_second_sim an_extra_sim international_roaming a_roaming a_data')} ${cross('rent hire book', 'the_ballroom a_ballroom the_hall a_hall the_venue a_venue a_function_room the_function_room a_private_room the_private_room the_terrace')} ${cross('take_out', 'a_mortgage a_loan a_personal_loan an_insurance_policy a_policy')} ${cross('switch_to switching_to move_to moving_to', 'your')} interested_in_your ${cross('get buy', 'the_annual_membership an_annual_membership a_season_ticket an_annual_pass a_membership the_membership')} ${cross('order buy', 'another_pair another_set two_more three_more')} pre-book prebook company_retreat team_retreat office_party christmas_party birthday_party ${cross('do_you_have do_you_offer do_you_do have_you_got any', 'packages a_package any_packages package_deals deals any_deals special_offers offers any_offers discounts any_discounts')} ${cross('what which', 'packages deals discounts')} ${cross("i_want_to_add i'd_like_to_add i_would_like_to_add we_want_to_add we'd_like_to_add", 'another_line a_second_line an_extra_line a_new_line another_sim a_second_sim an_extra_sim international_roaming a_line')} 续约 续签 我想续费 想续约 想续签`,
	],
	// Cues of weight 0 (stop 19): they mark nothing, but let analyze.ts read not understanding one's own account's why as an ask
	// (CONFUSED_WHY_EN), so that most texts skip that reading. Longer markers that hold them ("not sure how") still win.
	['inquiry', 0, "understand understanding confused puzzled baffled unclear not_sure don't_know dont_know do_not_know no_idea"],
	// The same for offers asked in Chinese (OFFER_ASKED_ZH; a need or a sale met cues it too). Not the 卡 words: "年卡" would hide
	// "卡丢了" behind it.
	['opportunity', 0, '套餐 优惠 折扣 特价 漫游包 流量包 办张 办一张 办两张 办几张 办个 办一个 办理一张'],
	// Stop 33 (intent11), retail and telecom. Told as facts: a price protection refused (不给保价), points wiped (积分被清零), a bill
	// higher than it should be, charges one was hit with, a thing charged even though it was turned off.
	['complaint', 1, `不给保价 不予保价 不能保价 拒绝保价 不给价保 被清零 莫名其妙被 莫名其妙扣 莫名其妙多 got_hit_with hit_me_with hit_us_with ${cross('higher more', 'than_it_should than_it_should_be than_quoted than_i_was_quoted than_agreed')} higher_than_usual ${cross('even_though_i even_though_we', 'turned switched cancelled canceled disabled opted')}`],
	// A size, colour or bigger plan asked after ("Do you have this in a larger size?", "Does it come in another colour?", "a plan
	// with more data") and more of a thing ordered ("order ten more") sell; in Chinese the size or colour asked with 有没有 cues
	// OFFER_ASKED_ZH (analyze.ts: "这件有没有大一码的？", "有没有同款其他颜色的？").
	[
		'opportunity',
		1,
		`${cross('this_in it_in these_in them_in that_in those_in come_in comes_in', 'a_larger_size a_bigger_size a_smaller_size a_larger a_bigger a_smaller a_different_size a_different_color a_different_colour another_color another_colour another_size other_colors other_colours other_sizes')} ${cross('a_plan a_package a_deal a_bundle any_plans plans packages', 'with_more_data with_unlimited_data with_more_minutes with_more_gb')} bigger_data_plan larger_data_plan a_bigger_plan a_larger_plan ${cross('order buy get', 'four_more five_more six_more ten_more twenty_more a_few_more several_more a_dozen_more')}`,
	],
	// Help asked to be kind (请耐心帮我看看): a request still, matched longer than lexicon.ts's help given kindly (耐心帮我).
	['need', 1, concat('请 请您 麻烦 麻烦您 能不能 能否 可不可以 希望 希望能 希望你们能', concat('耐心 耐心地 热情 热情地 细心 细心地', '帮我 给我 为我 帮我们 给我们 为我们'))],
	// The cues of those sizes and colours (weight 0: they mark nothing; OFFER_ASKED_ZH reads them after 有没有).
	['opportunity', 0, `大一码 小一码 大一号 小一号 其他颜色 其它颜色 别的颜色 其他尺码 其它尺码 别的尺码 其他码 别的码 ${concat('黑 白 红 蓝 粉 灰 金 银 绿 紫', '色的')}`],
	// Being upgraded or joining asked for ("Please upgrade me to the premium plan", "thinking of joining your network").
	['opportunity', 1, `upgrade_me_to upgrade_us_to ${cross('thinking_of thinking_about considering', 'joining_your joining_you switching_to_your moving_to_your')}`],
	// Stop 34 (intent12): a whole family's or business's lines brought over ("We are thinking of switching our whole family to
	// your network"; "switching to another provider" is churn: no sale); a membership or a plan's price asked about is a question
	// and a sale (怎么开通会员？, 会员怎么办理？, 国际漫游多少钱？; whole, so 怎么开通 / 怎么办 inside them hide nothing).
	['opportunity', 1, cross('switch switching move moving bring bringing', cross('our_whole_family our_family my_whole_family my_family the_whole_family the_family all_our_phones all_our_lines our_lines our_phones our_business my_business our_company our_office', 'to_your over_to_your to_you over_to_you'))],
	['inquiry', 1, INTENT12_ASKED_ZH],
	['opportunity', 1, INTENT12_ASKED_ZH],
	// Not wanting to renew, buy or book is no sale; 自动续费 (auto-renewal) is switched off more than sold.
	[BLOCK, 0, `${cross("don't_want_to do_not_want_to no_longer_want_to won't not_going_to", 'renew upgrade book extend buy join')} 自动续费 自动续约 不想续约 不续约`],
];

/**
 * Markers that count only where a sentence begins (2026-11-29, stop 12): a yes/no question without its
 * "?" ("Is my country supported", "Does your system support …") and an imperative request ("Send me a
 * new card"). Mid-sentence the same words are relative clauses or narration ("the room is the best").
 * A term that is also an ordinary marker of the same intent adds the difference of the weights here.
 */
export const INITIAL_INTENT_MARKERS: Array<[Intent, number, string]> = [
	// "Can you / could you / would you …" is a request (need), not a question for information.
	['inquiry', 1, `${cross('is are was were do does did can could will would should shall may', 'i we it my your the there this that these those a an any our')} ${cross('is are was were do does did has have shall may', 'you')} how_to how_secure how_safe whats what's why_do why_does why_is why_are`],
	// Stop 16: a request frame that opens the sentence asks whether it may be had, with its "?" or without ("Can I get a
	// card in the EU"), as it does with the mark; who / which opening a sentence before an auxiliary asks ("Who else can
	// top up my account"; mid-sentence they are relative: "the room, which was clean").
	['inquiry', 1, `${cross('can could may', 'i_get i_have we_get we_have')} ${cross('who who_else which', 'is are was were do does did can could will would should')}`],
	['need', 1, 'send_me give_me get_me send_my help_me'],
	// Stop 18: "what happens" opening the sentence asks without its "?" ("what happens to the funds if …"); "explain why / how …",
	// "show me where …" ask for an explanation. (A why opening the sentence: WHY_OPENING in analyze.ts.)
	['inquiry', 1, `what_happens ${cross('explain explain_to_me', 'why how what where when')} ${cross('show_me', 'where how what')}`],
];

/**
 * Markers that count only where their clause ends (but for final particles): the question particle 么 ("这个可以刷信用卡么")
 * and a wish to buy said now ("有大一码的吗？想买"; "一直想买这个牌子的" tells the story of a purchase).
 */
export const FINAL_INTENT_MARKERS: Array<[Intent, number, string]> = [
	['inquiry', 1, '么 呢'],
	['opportunity', 1, '想买 想购买 想入手'],
];

/** [reason, severity 0–1, words]. */
export const RISK_MARKERS: Array<[RiskReason, number, string]> = [
	['safety', 1, '火灾 着火 起火 失火 冒烟 烟雾报警 触电 漏电 煤气 燃气泄漏 泄漏 爆炸 受伤 摔倒 摔伤 滑倒 割伤 烫伤 流血 骨折 门锁坏 锁不上 门锁不上 安全隐患 不安全 危险 陌生人 闯入 被困 电梯故障 困在电梯 fire smoke_alarm electric_shock electrocuted gas_leak injured injury injuries hurt fell slipped cut_myself burned_myself bleeding unsafe dangerous hazard intruder broke_in trapped stuck_in_the_elevator stuck_in_the_lift lock_broken door_wouldn\'t_lock'],
	['hygiene', 0.8, '蟑螂 老鼠 臭虫 床虱 跳蚤 虱子 虫子 蚊子多 苍蝇 血迹 尿渍 呕吐物 发霉 霉斑 没换床单 没换 未更换 用过的 别人的头发 头发 毛发 污渍 很脏 太脏 不卫生 卫生太差 异物 cockroach cockroaches roaches rats rat mice mouse bed_bugs bedbugs bed_bug fleas lice blood_stains blood stain stains urine vomit mold mould mildew used_towels sheets_not_changed hair_in dirty_sheets filthy unhygienic insects'],
	['health', 1, '食物中毒 拉肚子 腹泻 呕吐 过敏 发烧 不舒服 住院 医院 看医生 吃坏 闹肚子 中毒 food_poisoning poisoned diarrhea diarrhoea vomiting allergic allergy anaphylactic hospital doctor got_sick fell_ill made_me_sick'],
	['theft', 1, '被偷 失窃 偷了 丢了 丢失 不见了 被盗 盗窃 小偷 钱包 手机丢 少了钱 stolen theft thief robbed missing_from_my_room went_missing wallet_missing lost_my'],
	['refund', 0.6, '退款 退钱 退费 全额退款 赔偿 补偿 赔钱 返还 扣款 多扣 重复扣款 乱扣费 refund refunded compensation compensate chargeback money_back double_charged charged_twice overcharged'],
	['reviewThreat', 0.9, '差评 给差评 打差评 一星 曝光 发微博 发朋友圈 发抖音 小红书 上网 网上说 让大家 大家注意 避雷 踩雷 点评 携程上 美团上 bad_review one-star one_star 1-star 1_star post_on tripadvisor yelp google_review social_media warn_others warn_everyone everyone_should_know'],
	['authorityThreat', 1, '报警 警察 12315 消协 消费者协会 工商 市场监管 投诉到 律师 起诉 法院 媒体 记者 卫生局 police lawyer sue legal_action court authorities health_department consumer_protection the_press journalist'],
	['harassment', 1, '骚扰 性骚扰 歧视 辱骂 骂人 打人 威胁 侮辱 harass harassed harassment discriminated discrimination racist sexist assaulted threatened insulted abusive verbally'],
	['privacy', 0.8, '泄露 隐私 个人信息 未经允许进入 擅自进入 私自进房 privacy data_leak personal_information entered_my_room_without walked_in_without'],
	['churn', 0.5, '再也不来 再也不会 不会再来 不会再住 不会再入住 再也不住 拉黑 取消会员 注销 never_again never_return never_coming_back won\'t_be_back will_not_be_back won\'t_return cancel_my_membership'],
];

/** Words that make a text more urgent: now, still, in house, waiting. */
export const URGENT_NOW = words('现在 马上 立刻 立即 赶紧 尽快 急 紧急 正在 还在 至今 一直 住在 入住中 今晚 今天 明天 房间里 now right_now immediately urgent urgently asap currently still tonight today staying in_my_room');

/**
 * A polite question ("请问退货地址是哪里", "could you tell me how to get a refund?") asks about what a
 * word of the lexicon may read as negative (退货, refund): in its sentence the sentiment alone does
 * not make a complaint, a complaint marker or a clearly negative clause still does. Inquiry markers.
 */
const POLITE_WORDS = "请问 想问 我想问 想问一下 想了解 咨询一下 请教 请教一下 could_you_tell_me can_you_tell_me would_you_tell_me please_tell_me i_was_wondering wondering_if wondering_whether i'd_like_to_know i_would_like_to_know may_i_ask quick_question";
export const POLITE_ASK = words(POLITE_WORDS);

export function intentTerms(): Array<{ term: string; intent: MarkerKind; weight: number; polite?: true; initial?: true; final?: true; said?: true; frame?: true }> {
	const out: Array<{ term: string; intent: MarkerKind; weight: number; polite?: true; initial?: true; final?: true; said?: true; frame?: true }> = [];
	const polite = new Set(POLITE_ASK);
	const said = new Set(words(COMPLAINT_SAID));
	for (const [intent, weight, list] of [...INTENT_MARKERS, ['inquiry', 1, POLITE_WORDS] as const])
		for (const w of words(list))
			out.push(
				polite.has(w)
					? { term: w, intent, weight, polite: true }
					: intent === 'complaint' && said.has(w)
						? { term: w, intent, weight, said: true }
						: intent === 'need' && REQUEST_FRAMES.has(w)
							? { term: w, intent, weight, frame: true }
							: { term: w, intent, weight },
			);
	for (const [intent, weight, list] of INITIAL_INTENT_MARKERS) for (const w of words(list)) out.push({ term: w, intent, weight, initial: true });
	for (const [intent, weight, list] of FINAL_INTENT_MARKERS) for (const w of words(list)) out.push({ term: w, intent, weight, final: true });
	return withRegional(out, (t) => t.intent);
}

/**
 * The markers and, after them, their Taiwan / Hong Kong spellings (没收到 → 冇收到, 登录不了 → 登入不了), each
 * marking what its word marks. Keyed by term and what it marks: one term may mark two intents, and its
 * spellings must mark both.
 */
function withRegional<T extends { term: string }>(list: T[], kind: (t: T) => string): T[] {
	const have = new Set(list.map((t) => `${t.term}\u0000${kind(t)}`));
	const out = [...list];
	for (const t of list)
		for (const v of regionalSpellings(t.term)) {
			const key = `${v}\u0000${kind(t)}`;
			if (!have.has(key)) {
				have.add(key);
				out.push({ ...t, term: v });
			}
		}
	return out;
}

/**
 * Severe failures of the core service (2026-11-29): a guest who found bed bugs, cockroaches, blood on
 * the sheets or mould, got food poisoning, was robbed or injured is not a happy guest, whatever else
 * they liked. A text with such a failure that is neither negated ("没有蟑螂", "no bed bugs") nor
 * hypothetical ("担心有虫子", "worried about bed bugs") cannot be positive unless the hotel put it right
 * (analyze.ts, `severe`). Mostly risk words of the list above; the few new ones are longer forms or
 * plain variants with the same reason. Words that also name harmless things are left out: 头发
 * (shampoo), 医院 / hospital, 不舒服, 钱包, 丢了, fire, hurt, mouse (a computer's), 过敏 (过敏体质).
 */
export const SEVERE_FAILURES: Array<[RiskReason, string]> = [
	['hygiene', '蟑螂 老鼠 耗子 臭虫 床虱 跳蚤 虱子 虫子 有虫 血迹 血渍 尿渍 呕吐物 发霉 霉斑 长霉 霉变 吃出头发 吃出了头发 吃出一根头发 一根头发 有根头发 别人的头发 床单上有头发 床上有头发 枕头上有头发 被子上有头发 cockroach cockroaches roach roaches rats mice bed_bugs bedbugs bed_bug bedbug fleas lice infested infestation blood_stains blood_stain bloodstains bloodstained blood_on_the urine urine_stains vomit mold mould mouldy moldy mildew hair_in_my_food hair_in_my_soup hair_in_my_meal hair_in_my_salad hair_in_my_dish hair_in_my_drink hair_in_the_food hair_in_the_soup'],
	['health', '食物中毒 拉肚子 腹泻 吃坏 闹肚子 上吐下泻 food_poisoning poisoned diarrhea diarrhoea got_sick fell_ill made_me_sick made_us_sick sick_after allergic_reaction anaphylactic'],
	['theft', '被偷 失窃 偷了 被盗 盗窃 丢了钱 钱丢了 stolen stole_our stole_my stole_from theft robbed burgled went_missing missing_from_my_room'],
	['safety', '漏电 触电 着火 起火 失火 受伤 摔伤 烫伤 骨折 困在电梯 被困在电梯 被困电梯 injured injury injuries electric_shock electrocuted gas_leak fire_alarm_didn\'t_work fire_alarm_did_not_work smoke_alarm_didn\'t_work smoke_alarm_did_not_work no_smoke_alarm no_fire_exit fire_exit_was_locked'],
];

/**
 * Severe words that also name cartoon and story animals ("猫和老鼠", "两个小老鼠好可爱", "念虫子书"): severe
 * only where they are seen or found — a cue just before ("房间里有老鼠", "看见一只老鼠", "吃出虫子") or a
 * verb just after ("老鼠乱窜", "被虫子咬了").
 */
export const SEVERE_SEEN = new Set(words('老鼠 耗子 虫子'));
export const SEVERE_SEEN_BEFORE = words('有 发现 看到 看见 见到 出现 一只 几只 好多 很多 全是 都是 吃出 爬');
export const SEVERE_SEEN_AFTER = words('爬 跑 窜 咬 出没 乱');

/**
 * Risk words inside compounds that name no risk (坐着火车, 围着火锅, 猫和老鼠, 被偷看, 心里很受伤, 有虫眼, Mickey Mouse):
 * matched whole at severity 0, so neither the risk nor the severe rule counts them.
 */
export const RISK_BLOCKERS = words('着火车 着火锅 着火炉 围着火 猫和老鼠 米老鼠 被偷看 偷偷 很受伤 好受伤 太受伤 心受伤 受伤的心 虫眼 有虫眼 mickey_mouse minnie_mouse');

export function riskTerms(): Array<{ term: string; reason: RiskReason; severity: number; severe?: true }> {
	const out: Array<{ term: string; reason: RiskReason; severity: number; severe?: true }> = [];
	const severe = new Map<string, RiskReason>();
	for (const [reason, list] of SEVERE_FAILURES) for (const w of words(list)) severe.set(w, reason);
	const seen = new Set<string>();
	for (const [reason, severity, list] of RISK_MARKERS)
		for (const w of words(list)) {
			seen.add(w);
			out.push(severe.get(w) === reason ? { term: w, reason, severity, severe: true } : { term: w, reason, severity });
		}
	// Severe words that are not risk words yet join the risk words of their reason, at its severity.
	for (const [w, reason] of severe) if (!seen.has(w)) out.push({ term: w, reason, severity: RISK_MARKERS.find((m) => m[0] === reason)![1], severe: true });
	for (const w of RISK_BLOCKERS) out.push({ term: w, reason: 'safety', severity: 0 });
	return withRegional(out, (t) => t.reason);
}
