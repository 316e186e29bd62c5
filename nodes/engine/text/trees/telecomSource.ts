/**
 * Source of the built-in telecom (运营商) indicator tree (trees/telecom.json): network, billing, plans,
 * devices & SIM, service channels, complaint handling, privacy & spam, composed like the hotel tree
 * (domain › category › aspect › attribute › facet, see compose.ts). "宽带老是断网" = 宽带 (broadband)
 * + 断网 (qualifier of the outage attribute) + 老是 (facet: intermittent) → network.broadband.broadband.outage.intermittent.
 *
 * Regenerate the JSON after editing:  node scripts/run-ts.mjs nodes/engine/text/trees/telecomSource.ts --write
 */
import type { IndicatorTree } from '../tree';
import { A, AT, F, composeTree, hantConverter, terms, writeTreeJson, type Attr, type Bi, type Domain } from './compose';

export const DEPARTMENTS: Record<string, Bi> = {
	NOC: { zh: '网络运维部', en: 'Network Operations' },
	FIELD: { zh: '宽带装维部', en: 'Broadband & Field Service' },
	BILL: { zh: '计费账务部', en: 'Billing' },
	MKT: { zh: '市场与产品部', en: 'Marketing & Products' },
	CSC: { zh: '客户服务中心', en: 'Customer Service Centre' },
	RETAIL: { zh: '渠道与营业厅', en: 'Retail Channels' },
	IT: { zh: '信息技术部', en: 'IT & Digital' },
	LEGAL: { zh: '法务与合规部', en: 'Legal & Compliance' },
};

export const ATTRIBUTES: Record<string, Attr> = {
	coverage: AT('覆盖与信号强度', 'Coverage & strength', '没信号 无信号 信号差 信号弱 弱 差 满格 一格 覆盖 盲区 死角 没有服务 无服务 搜不到 收不到', 'coverage weak bars no_signal poor_signal dead_zone no_service', {
		owner: 'NOC',
		facets: [
			F('none', '无信号', 'No signal', '没信号 无信号 没有信号 无服务 没有服务 搜不到 一格都没有 零格', 'no_signal no_service zero_bars no_bars no_reception'),
			F('weak', '信号弱', 'Weak signal', '弱 差 一格 两格 时有时无 不稳', 'weak poor one_bar two_bars patchy'),
			F('indoor', '室内覆盖', 'Indoors', '室内 屋里 家里 房间里 地下室 地下车库 电梯里 楼里 办公室', 'indoors inside basement elevator lift at_home in_the_house office'),
			F('area', '区域盲区', 'Area blind spots', '农村 郊区 乡下 山区 小区 高铁 地铁 捷运 高速', 'rural countryside village train motorway highway subway'),
		],
	}),
	drop: AT('掉话', 'Dropped calls', '掉线 断线 掉话 挂断 断掉 中断 自动挂 打着打着', 'drop* cut_off disconnect* hung_up', { owner: 'NOC' }),
	voice: AT('通话质量', 'Call quality', '杂音 听不清 回声 断断续续 单通 听不到 声音小 电流声 卡顿', 'crackl* static echo can\'t_hear cannot_hear choppy muffled one-way', { owner: 'NOC' }),
	speed: AT('速率', 'Speed', '网速 慢 很慢 快 卡 卡顿 转圈 速度 速率 兆 延迟 加载 缓冲', 'speed slow fast sluggish lag* buffering latency mbps', {
		owner: 'NOC',
		facets: [
			F('slow', '网速慢', 'Slow', '慢 卡 卡顿 转圈 加载不出来 打不开', 'slow sluggish buffering crawl* won\'t_load'),
			F('latency', '延迟高', 'Latency', '延迟 高延迟 游戏卡 ping', 'latency ping lag laggy'),
			F('peak', '高峰时段', 'Peak hours', '晚上 高峰 晚高峰 一到晚上 周末', 'evening evenings peak_hours at_night weekend*'),
			F('below_contract', '速率不达标', 'Below the contracted speed', '不达标 达不到 签约速率 宣传的 测速 100M 千兆 只有几兆', 'advertised contracted speed_test not_what_i_pay_for fraction'),
		],
	}),
	outage: AT('故障中断', 'Outages', '断网 停网 故障 中断 用不了 连不上 上不了网 没网 没有网 断了 断线 掉线 瘫痪 无法上网 无法连接', 'outage down no_internet cannot_connect can\'t_connect not_working went_down offline', {
		owner: 'NOC',
		facets: [
			F('long', '长时间中断', 'Long outage', '一整天 好几天 两天 三天 一周 一直没网 至今', 'all_day days a_week still_down for_hours'),
			F('intermittent', '频繁断线', 'Intermittent', '老是 经常 常常 时断时续 断断续续 总是 天天 隔三差五', 'keeps_dropping keep_dropping intermittent* on_and_off constantly every_day'),
			F('restore', '抢修恢复', 'Restoration', '恢复 修复 抢修 修好 多久能好 什么时候好', 'restor* fixed back_up repaired'),
		],
	}),
	function: AT('功能与使用', 'Function & ease of use', '好用 难用 不好用 不会用 操作 复杂 没反应 用不了 打不开 闪退 报错 失败 不能用 找不到', 'work* easy_to_use hard_to_use complicated confusing crash* error* fail* glitch* bug*', {
		facets: [
			F('not_working', '无法使用', 'Does not work', '用不了 打不开 没反应 不能用 失败 报错 闪退', 'not_working does_not_work doesn\'t_work won\'t_work crash* error* fail*'),
			F('hard_to_use', '操作复杂', 'Hard to use', '不会用 复杂 难用 找不到 看不懂 繁琐', 'complicated confusing hard_to_use can\'t_find'),
			F('unstable', '时好时坏', 'Intermittent', '时好时坏 不稳定 经常 老是', 'intermittent* unstable sometimes'),
		],
	}),
	condition: AT('设备故障', 'Hardware faults', '坏 坏了 损坏 故障 亮红灯 红灯 闪红灯 重启 发热 死机 老化', 'broken faulty red_light reboot* restart* overheat* dead', { owner: 'FIELD' }),
	charge: AT('扣费', 'Charges', '扣费 乱扣费 多扣 扣钱 扣了 扣款 收费 乱收费 莫名 不明 多收 收了', 'charg* deduct* overcharg* billed debited', {
		owner: 'BILL',
		facets: [
			F('unknown', '不明扣费', 'Unexplained', '莫名 莫名其妙 不明 不知道 乱扣 乱扣费 没用过 凭什么', 'unexplained mystery unknown no_idea never_used'),
			F('double', '重复扣费', 'Charged twice', '重复 两次 扣两次 多扣 重复扣', 'twice double duplicate charged_twice'),
			F('after_cancel', '取消后仍扣费', 'After cancelling', '退订后 取消后 销户后 停机后 已经退订 还在扣 还扣', 'after_cancel* after_i_cancelled still_charg* still_being_charged'),
		],
	}),
	consent: AT('未经同意订购', 'Without consent', '没同意 未经同意 未经允许 没经过 未经 不经 没有经过 给我开通 开通了 擅自 自动开通 默认开通 偷偷 诱导 强制 莫名开通 没办过 被开通 被订购', 'without_consent never_agreed signed_me_up without_my_permission automatically opted_in never_asked', { owner: 'LEGAL' }),
	clarity: AT('清晰透明', 'Clarity', '看不懂 不清楚 明细 解释 说明 详单 不透明 说不清', 'unclear confusing explain* breakdown itemi* transparent', { owner: 'BILL' }),
	refund: AT('退费', 'Refund', '退款 退钱 退费 退还 返还 到账 退回', 'refund* reimburs* credit* money_back', {
		owner: 'BILL',
		facets: [
			F('delay', '退费迟缓', 'Slow', '还没 迟迟 多久 几天 没到账 还没到 一直没退', 'still_waiting not_received delay* weeks'),
			F('partial', '退费不全', 'Partial', '少退 不全 只退 部分 一部分', 'partial only_part not_the_full'),
			F('refused', '拒绝退费', 'Refused', '不给退 拒绝 不退 不能退 不予退', 'refus* denied won\'t_refund wouldn\'t_refund'),
		],
	}),
	price: AT('价格', 'Price', '贵 便宜 资费 划算 性价比 不值 太贵 实惠 月租 元 块钱', 'expensive cheap price* overpriced value pricey affordable', {
		owner: 'MKT',
		facets: [
			F('too_high', '价格偏高', 'Too expensive', '贵 太贵 偏贵 不便宜 坑', 'expensive overpriced pricey rip-off'),
			F('value', '性价比', 'Value for money', '性价比 划算 实惠 值 超值', 'value worth bargain good_value affordable'),
			F('increase', '涨价', 'Price increases', '涨价 涨了 提价 变贵', 'increase* went_up price_rise hike*'),
			F('loyalty', '老用户待遇', 'Existing customers', '老用户 老客户 新用户 新客户 老用户不如新用户', 'existing_customer* loyal new_customers long-time'),
		],
	}),
	terms: AT('条款与告知', 'Terms & disclosure', '条款 告知 没告诉 没说 隐瞒 说明 规则 不清楚 小字', 'terms fine_print small_print not_told never_told mislead* disclos*', { owner: 'LEGAL' }),
	lockin: AT('合约限制', 'Contract lock-in', '违约金 合约期 绑定 最低消费 解约 保底 合约 在网', 'early_termination penalty termination_fee lock-in locked_in minimum_spend contract_term', {
		owner: 'MKT',
		facets: [
			F('penalty', '违约金', 'Termination fee', '违约金 赔钱 罚款 解约费', 'early_termination_fee penalty termination_fee'),
			F('minimum', '最低消费', 'Minimum spend', '最低消费 保底 低消', 'minimum_spend minimum_charge'),
			F('term', '合约期', 'Term length', '合约期 两年 一年 在网时间 到期', 'contract_term two_years 24_months 12_months expir*'),
		],
	}),
	accuracy: AT('承诺与宣传一致', 'As promised', '不符 不一致 不对 金额不对 错误 宣传 承诺 说好的 虚假 骗 忽悠 和说的不一样 不兑现 没兑现', 'promised advertised false misleading mis-sold mis-selling lied not_as_described'),
	process: AT('流程与手续', 'Process', '流程 手续 麻烦 繁琐 材料 证件 本人 跑 跑了 不给办 办不了 拒绝办理 刁难', 'process* paperwork hassle documents in_person red_tape refus* won\'t_let', {
		facets: [
			F('complicated', '手续繁琐', 'Complicated', '麻烦 繁琐 复杂 材料 证明 跑了好几趟', 'hassle complicated paperwork documents several_trips'),
			F('in_person', '必须线下办理', 'Only in person', '本人 必须去营业厅 线下 到厅 柜台办理 网上办不了', 'in_person in_store only_in_store visit_a_store'),
			F('obstructed', '刁难阻挠', 'Obstructed', '不给办 刁难 拒绝 阻挠 挽留 拖着 不让', 'refus* obstruct* won\'t_let wouldn\'t_let retention stalling'),
		],
	}),
	availability: AT('供应与可办理', 'Availability', '没有 缺货 没货 有货 不支持 不提供 办不了 暂不支持 开通不了', 'available unavailable out_of_stock not_supported not_offered', {}),
	quality: AT('品质', 'Quality', '质量 品质 做工 劣质 翻新 二手 正品 假 次品', 'quality refurbished second-hand genuine fake defective', {}),
	attitude: AT('服务态度', 'Attitude', '态度 热情 冷漠 礼貌 粗鲁 耐心 不耐烦 友好 爱理不理 凶 不理 客气 敷衍 傲慢', 'attitude friendly rude polite impolite patient impatient courteous arrogant dismissive', {
		facets: [
			F('friendly', '热情友好', 'Friendliness', '热情 友好 微笑 亲切 客气', 'friendly welcoming warm kind'),
			F('rude', '冷漠粗鲁', 'Rudeness', '冷漠 粗鲁 凶 态度差 态度恶劣 爱理不理 不理 傲慢 挂电话', 'rude unfriendly dismissive arrogant hostile hung_up'),
			F('patience', '耐心', 'Patience', '耐心 不耐烦 耐烦', 'patient impatient'),
			F('perfunctory', '敷衍', 'Perfunctory', '敷衍 打官腔 套话 复读机 推脱', 'scripted canned brush-off fobbed_off'),
		],
	}),
	waiting: AT('等待与响应', 'Waiting & response', '等 久 等了 排队 半天 迟迟 及时 马上 很快 拖 慢 分钟 小时', 'wait* queue* hold on_hold forever ages prompt* quick* slow minutes hours days weeks took', {
		facets: [
			F('waiting', '等待时长', 'Waiting time', '等 等了 排队 半天 分钟 小时 等候', 'wait* queue* on_hold minutes hours forever'),
			F('response', '响应速度', 'Responsiveness', '及时 马上 迟迟 回复 回电 没回 没人回', 'prompt* respon* repl* never_called_back right_away'),
			F('delay', '办理拖延', 'Delays', '拖 拖延 一直拖 推迟 几天了', 'delay* dragged postpone* still_pending'),
		],
	}),
	competence: AT('专业与解决', 'Competence & resolution', '专业 不懂 不会 解决 处理 推诿 错误 搞错 弄错 踢皮球 没解决 说不清楚 乱说', 'professional* knowledg* competent incompetent solv* resolv* handl* mistake* error* clueless', {
		facets: [
			F('unresolved', '问题未解决', 'Not resolved', '没解决 没有解决 还是不行 依然 仍然 至今没 一直没', 'not_resolved unresolved still not_fixed never_fixed'),
			F('passed_around', '推诿转接', 'Passed around', '推诿 踢皮球 转来转去 让我找 互相推 推给', 'passed_around transferred bounced run-around runaround'),
			F('wrong_info', '信息错误', 'Wrong information', '说法不一 说错 误导 乱说 前后不一 每次说的都不一样', 'wrong_information misinform* contradict* different_answer*'),
		],
	}),
	reachability: AT('接通率', 'Getting through', '打不通 没人接 占线 转人工 转不了人工 接不通 一直忙 排队', 'can\'t_get_through couldn\'t_get_through no_answer busy human real_person speak_to_someone', {
		owner: 'CSC',
		facets: [
			F('no_human', '难转人工', 'No human agent', '转人工 转不了人工 找不到人工 人工客服 机器人', 'human real_person live_agent speak_to_someone robot bot'),
			F('no_answer', '无人接听', 'No answer', '没人接 打不通 接不通 占线 一直忙', 'no_answer can\'t_get_through couldn\'t_get_through busy_line'),
		],
	}),
	punctuality: AT('守时', 'Punctuality', '迟到 准时 爽约 没来 放鸽子 改时间 不来 约好的 守时 按时', 'late on_time no-show no_show didn\'t_show never_showed reschedul* punctual', { owner: 'FIELD' }),
	tidiness: AT('施工规范', 'Workmanship & tidiness', '弄脏 乱 垃圾 打孔 走线 线乱 规范 收拾 整洁', 'mess messy tidy cabl* wiring drill* workmanship', { owner: 'FIELD' }),
	selling: AT('推销', 'Pushy selling', '推销 强制 捆绑 硬塞 强推 强卖 办套餐 忽悠', 'pushy upsell* hard_sell pressur* bundl*', { owner: 'RETAIL' }),
	privacy: AT('个人信息保护', 'Personal data', '泄露 隐私 个人信息 信息 卖信息 被泄露 身份信息', 'leak* privacy personal_data personal_information data_breach sold_my', { owner: 'LEGAL' }),
	frequency: AT('频次', 'Frequency', '天天 每天 频繁 一直 不停 好几个 几十个 反复 没完没了 一天好几次', 'every_day daily constantly repeatedly several_times non-stop all_day', { owner: 'LEGAL' }),
	blocking: AT('拦截与退订', 'Blocking & opt-out', '拦截 屏蔽 退订 TD 黑名单 取消 还在发 还在打', 'block* opt_out opt-out unsubscrib* stop still_calling', { owner: 'LEGAL' }),
	content: AT('内容与节目', 'Content', '节目 频道 内容 片源 会员 回看 点播 广告', 'channels content shows programmes programs replay on_demand ads', { owner: 'MKT' }),
	delivery: AT('送达', 'Delivery', '收不到 延迟 没收到 发不出去 发送失败 很久才到', 'not_received didn\'t_arrive delayed failed_to_send late', { owner: 'NOC' }),
};

export const DOMAINS: Domain[] = [
	{
		id: 'network',
		name: { zh: '网络质量', en: 'Network' },
		terms: terms('网络 网路 网络质量', 'network network_quality'),
		owner: 'NOC',
		categories: [
			{
				id: 'network.mobile', name: { zh: '移动网络', en: 'Mobile network' }, owner: 'NOC', terms: terms('移动网络 手机网络 行动网路', 'mobile_network cellular'),
				aspects: [
					A('signal', '手机信号', 'Signal', '信号 手机信号 讯号 收讯 满格', 'signal reception bars phone_signal', 'coverage', {
						direct: {
							'coverage.none': terms('没信号 无信号 没有信号 无服务 没有服务 没讯号', 'no_signal no_service no_reception'),
							'coverage.weak': terms('信号差 信号弱 信号不好 讯号差 讯号不好', 'weak_signal poor_signal poor_reception bad_signal'),
						},
					}),
					A('calls', '通话', 'Calls', '通话 打电话 接电话 讲电话 电话打不出去 打不出去 打不进来', 'call calls calling phone_calls', 'drop voice coverage'),
					A('data', '手机上网', 'Mobile data', '手机上网 移动数据 流量上网 4G 数据网络 上网 网路 行动上网 流动数据 数据', 'mobile_data 4g lte data_connection', 'speed outage coverage'),
					A('fiveg', '5G', '5G', '5G 5G信号 5G网络', '5g', 'coverage speed price'),
					A('sms', '短信', 'SMS', '短信 验证码 短讯', 'sms text_message text_messages verification_code', 'delivery function'),
					A('volte', '高清通话', 'VoLTE & Wi-Fi calling', 'VoLTE 高清通话 WiFi通话', 'volte wifi_calling', 'function availability'),
				],
			},
			{
				id: 'network.broadband', name: { zh: '家庭宽带', en: 'Home broadband' }, owner: 'NOC', terms: terms('家庭宽带 宽带业务', 'home_broadband'),
				aspects: [
					A('broadband', '宽带网络', 'Broadband', '宽带 光纤 家里的网 家里网 宽频 光纤宽带 千兆宽带', 'broadband fibre fiber home_internet internet_connection ftth', 'speed outage price'),
					A('install', '宽带装机', 'Installation', '装宽带 装机 安装宽带 开通宽带 新装 装网', 'installation install broadband_install set_up setup', 'waiting punctuality competence attitude', { owner: 'FIELD' }),
					A('wifi', '家庭Wi-Fi', 'Home Wi-Fi', 'wifi Wi-Fi 无线 路由器 分享器 组网 mesh', 'wifi wi-fi router mesh wireless', 'coverage speed outage function', {
						owner: 'FIELD',
						direct: { coverage: terms('WiFi信号 无线信号 路由器信号', 'wifi_signal wi-fi_signal') },
					}),
					A('ont', '光猫', 'ONT / modem', '光猫 猫 光纤猫 网关', 'ont modem optical_modem gateway hub', 'condition function', { owner: 'FIELD' }),
					A('iptv', 'IPTV', 'IPTV', 'IPTV 电视 网络电视 机顶盒 魔百和 天翼高清', 'iptv set-top_box tv_box tv', 'content function price', { owner: 'MKT' }),
					A('relocation', '宽带移机', 'Moving the line', '移机 搬家 迁移', 'move_the_line moving_house relocat*', 'waiting process price', { owner: 'FIELD' }),
					A('repair', '宽带报修', 'Fault repair', '报修 维修 修网 故障处理 报障', 'repair fault_report engineer_visit', 'waiting punctuality competence', { owner: 'FIELD' }),
				],
			},
		],
	},
	{
		id: 'billing',
		name: { zh: '计费账务', en: 'Billing' },
		terms: terms('计费 账务 话费', 'billing'),
		owner: 'BILL',
		categories: [
			{
				id: 'billing.charges', name: { zh: '费用扣费', en: 'Charges' }, owner: 'BILL', terms: terms('费用 扣费', 'charges fees'),
				aspects: [
					A('charges', '话费扣费', 'Phone charges', '话费 扣费 乱扣费 扣钱 费用 收费', 'charge charges fee fees', 'charge clarity refund'),
					A('vas', '增值业务', 'Value-added services', '增值业务 增值服务 彩铃 包月 SP 订购 会员 视频会员 流量包 来电提醒', 'value-added_service value-added_services subscription subscriptions premium_sms ringtone add-on add-ons', 'consent charge refund', {
						items: [
							A('ringtone', '彩铃', 'Ringback tones', '彩铃 炫铃', 'ringback_tone caller_tune', 'consent charge'),
							A('membership', '视频音乐会员', 'Video & music memberships', '视频会员 音乐会员 爱奇艺 腾讯视频 优酷', 'streaming_subscription video_subscription', 'consent charge'),
							A('datapack', '流量包', 'Data packs', '流量包 加油包 日包', 'data_pack data_add-on data_booster', 'consent charge'),
						],
					}),
					A('roaming', '漫游', 'Roaming', '漫游 国际漫游 出国 境外 港澳 漫游费', 'roaming abroad international overseas', 'charge price coverage speed'),
					A('overage', '超套餐费用', 'Overage', '超出 套餐外 超流量 超了', 'overage over_the_limit data_overage exceeded', 'charge clarity price'),
					A('refunds', '退费', 'Refunds', '退费 退款 退钱 返还', 'refund refunds money_back', 'refund waiting'),
				],
			},
			{
				id: 'billing.account', name: { zh: '账单与缴费', en: 'Bills & payments' }, owner: 'BILL', terms: terms('账单 缴费', 'bill payment'),
				aspects: [
					A('bill', '账单', 'Bill', '账单 详单 话费单 月结 帐单', 'bill bills statement invoice_details', 'clarity accuracy charge'),
					A('topup', '充值缴费', 'Top-up & payment', '充值 缴费 交话费 充话费 自动缴费 储值', 'top_up top-up recharge payment autopay direct_debit', 'function waiting charge'),
					A('arrears', '欠费停机', 'Arrears & suspension', '欠费 停机 催缴 停了 被停 复机', 'arrears suspended unpaid cut_off disconnected', 'process terms waiting'),
					A('invoice', '发票', 'Invoice', '发票 开票 电子发票', 'invoice receipt', 'availability waiting'),
				],
			},
		],
	},
	{
		id: 'plans',
		name: { zh: '套餐与业务', en: 'Plans & packages' },
		terms: terms('套餐 业务 资费', 'plan plans package packages tariff'),
		owner: 'MKT',
		categories: [
			{
				id: 'plans.package', name: { zh: '套餐资费', en: 'Packages' }, owner: 'MKT', terms: terms('套餐 资费 月租', 'plan package tariff monthly_fee'),
				aspects: [
					A('package', '套餐', 'Plan', '套餐 资费 月租 月费 流量套餐', 'plan package tariff monthly_fee contract_plan', 'price accuracy lockin terms'),
					A('change', '套餐变更', 'Plan changes', '改套餐 换套餐 变更套餐 降套餐 降档 升档 改低 换个便宜的', 'change_plan change_my_plan downgrade upgrade switch_plan', 'process lockin waiting'),
					A('contract', '合约', 'Contract', '合约 协议 合同 签约 解约', 'contract agreement', 'lockin terms accuracy', {
						direct: { 'lockin.penalty': terms('违约金 解约费', 'early_termination_fee termination_fee') },
					}),
					A('promo', '优惠活动', 'Promotions', '优惠 活动 促销 赠送 送流量 返话费 充值送', 'promotion promo offer deal free bonus', 'accuracy terms availability'),
					A('allowance', '流量与通话额度', 'Allowances', '流量 通话时长 分钟数 不限量 限速', 'data_allowance allowance unlimited throttl*', 'price accuracy terms'),
					A('bundle', '融合套餐', 'Bundles', '融合套餐 宽带套餐 全家享 副卡 亲情号', 'bundle family_plan extra_line', 'price lockin accuracy'),
				],
			},
			{
				id: 'plans.account', name: { zh: '号码与账户', en: 'Number & account' }, owner: 'CSC', terms: terms('号码 账户 手机号', 'number account'),
				aspects: [
					A('porting', '携号转网', 'Number porting', '携号转网 转网 携转 转出 携号转台 携码 转台 携码转台 转电讯商', 'port porting number_porting port_out switch_carrier switch_provider', 'process lockin waiting', { owner: 'MKT' }),
					A('cancel', '销户', 'Cancellation', '销户 注销 退网 拆机 停号 取消宽带', 'cancel cancellation close_account terminat* disconnect_service', 'process lockin refund'),
					A('realname', '实名登记', 'ID registration', '实名 实名制 实名认证 身份证 人脸', 'id_verification real-name identity_check', 'process privacy'),
					A('ownership', '过户与副卡', 'Ownership & lines', '过户 主卡 靓号', 'transfer_ownership secondary_line vanity_number', 'process price'),
				],
			},
		],
	},
	{
		id: 'devices',
		name: { zh: '终端与SIM卡', en: 'Devices & SIM' },
		terms: terms('终端 设备', 'device devices'),
		owner: 'RETAIL',
		categories: [
			{
				id: 'devices.sim', name: { zh: 'SIM卡', en: 'SIM' }, owner: 'RETAIL', terms: terms('SIM 电话卡业务', 'sim'),
				aspects: [
					A('sim', 'SIM卡', 'SIM card', 'SIM卡 电话卡 手机卡 补卡 换卡 号卡', 'sim sim_card replacement_sim', 'function process waiting'),
					A('esim', 'eSIM', 'eSIM', 'eSIM 一号双终端 手表号', 'esim e-sim', 'availability process function'),
				],
			},
			{
				id: 'devices.phone', name: { zh: '手机终端', en: 'Handsets' }, owner: 'RETAIL', terms: terms('手机 终端', 'phone handset'),
				aspects: [
					A('purchase', '购机', 'Phone purchase', '买手机 购机 新手机 合约机 0元购 分期', 'new_phone handset buy_a_phone financ*', 'price quality accuracy lockin'),
					A('repair', '终端维修', 'Device repair', '手机维修 手机坏了 售后 保修 返修', 'phone_repair handset_repair warranty', 'waiting competence price', { owner: 'RETAIL' }),
					A('delivery', '终端配送', 'Device delivery', '快递 配送 发货 到货', 'delivery shipping courier', 'waiting accuracy'),
				],
			},
		],
	},
	{
		id: 'channels',
		name: { zh: '服务渠道', en: 'Service channels' },
		terms: terms('服务 客服', 'service customer_service'),
		owner: 'CSC',
		categories: [
			{
				id: 'channels.hotline', name: { zh: '客服热线', en: 'Hotline' }, owner: 'CSC', terms: terms('热线 客服电话 客服专线', 'hotline call_centre call_center helpline'),
				aspects: [
					A('hotline', '客服热线', 'Hotline', '10086 10000 10010 客服电话 热线 客服热线 专线 打客服 客服专线', 'hotline helpline call_centre call_center customer_service_line support_line on_hold customer_service_number', 'reachability waiting'),
					A('ivr', '语音导航', 'IVR', '语音菜单 按键 语音导航 按了 智能语音 语音助手', 'ivr phone_menu automated_system press_1 press_2 menu_options', 'function reachability'),
					A('agent', '客服人员', 'Agents', '客服 客服人员 接线员 工号 客服小姐 客服代表', 'agent agents representative rep advisor customer_service customer_service_agent', 'attitude competence waiting'),
					A('callback', '回电回访', 'Callbacks', '回电 回访 回电话 承诺回电 回复', 'call_back callback follow-up follow_up', 'waiting punctuality accuracy'),
				],
			},
			{
				id: 'channels.online', name: { zh: '线上渠道', en: 'Online channels' }, owner: 'IT', terms: terms('线上 网上', 'online'),
				aspects: [
					A('app', 'App', 'App', 'App 掌厅 手机营业厅 中国移动App 客户端', 'app my_account_app mobile_app', 'function speed'),
					A('website', '网上营业厅', 'Website', '官网 网上营业厅 网站 网页', 'website online_account portal web', 'function'),
					A('chat', '在线客服', 'Online chat', '在线客服 智能客服 机器人客服 人工客服 在线', 'live_chat chat chatbot bot online_support', 'waiting competence reachability', { owner: 'CSC' }),
					A('wechat', '公众号与小程序', 'WeChat', '公众号 小程序 微信', 'wechat mini_program', 'function'),
				],
			},
			{
				id: 'channels.store', name: { zh: '营业厅', en: 'Retail stores' }, owner: 'RETAIL', terms: terms('营业厅 门店 门市 营业厅里', 'store shop retail_store'),
				aspects: [
					A('hall', '营业厅', 'Store', '营业厅 门店 门市 实体店 自有厅', 'store shop retail_store branch', 'waiting process availability'),
					A('staff', '营业员', 'Store staff', '营业员 店员 柜员 工作人员 经理 门市人员 门市小姐', 'staff clerk salesperson sales_assistant employee', 'attitude competence selling'),
					A('queue', '排队取号', 'Queue & ticketing', '排队 取号 叫号 窗口', 'queue line queue_ticket counter', 'waiting'),
				],
			},
			{
				id: 'channels.field', name: { zh: '上门服务', en: 'Home visits' }, owner: 'FIELD', terms: terms('上门 上门服务', 'home_visit visit'),
				aspects: [
					A('technician', '装维师傅', 'Technician', '师傅 装维 安装师傅 维修师傅 装维人员 工程师 装机师傅', 'technician engineer installer', 'punctuality attitude competence tidiness'),
					A('appointment', '上门预约', 'Appointment', '预约 上门时间 约时间 约的时间', 'appointment time_slot booking_slot', 'punctuality waiting'),
				],
			},
		],
	},
	{
		id: 'complaints',
		name: { zh: '投诉处理', en: 'Complaint handling' },
		terms: terms('投诉', 'complaint complaints'),
		owner: 'CSC',
		categories: [
			{
				id: 'complaints.handling', name: { zh: '投诉处理', en: 'Handling' }, owner: 'CSC', terms: terms('投诉处理 处理结果', 'complaint_handling'),
				aspects: [
					A('complaint', '投诉受理', 'Complaint', '投诉 投诉了 客诉 工单', 'complaint complained ticket case', 'waiting competence attitude'),
					A('escalation', '越级申诉', 'Escalation to the regulator', '工信部 申诉 工信部申诉 12300 通管局 消协 12315 电信管理局 通讯管理局 NCC 通讯局', 'miit regulator ombudsman ofcom fcc escalat* trading_standards', 'waiting competence', { owner: 'LEGAL' }),
					A('repeat', '重复投诉', 'Repeat complaints', '多次投诉 反复投诉 又投诉 再次投诉 第三次 第二次 一直投诉 投诉了好几次', 'complained_again repeat_complaint several_times third_time second_time', 'competence waiting'),
					A('compensation', '补偿', 'Compensation', '补偿 赔偿 减免 话费补偿', 'compensat* goodwill credit discount', 'accuracy availability'),
				],
			},
		],
	},
	{
		id: 'privacy',
		name: { zh: '隐私与骚扰', en: 'Privacy & spam' },
		terms: terms('隐私 骚扰', 'privacy spam'),
		owner: 'LEGAL',
		categories: [
			{
				id: 'privacy.data', name: { zh: '个人信息', en: 'Personal data' }, owner: 'LEGAL', terms: terms('个人信息 个人资料', 'personal_data personal_information'),
				aspects: [A('leak', '信息泄露', 'Data leaks', '信息泄露 泄露 泄漏 个人信息 被卖', 'data_breach leak leaked personal_data', 'privacy')],
			},
			{
				id: 'privacy.spam', name: { zh: '骚扰电话与短信', en: 'Spam calls & texts' }, owner: 'LEGAL', terms: terms('骚扰', 'spam'),
				aspects: [
					A('calls', '骚扰电话', 'Spam calls', '骚扰电话 推销电话 营销电话 诈骗电话 广告电话 陌生电话', 'spam_calls spam_call robocalls robocall scam_calls scam_call telemarketing nuisance_calls', 'frequency blocking'),
					A('sms', '垃圾短信', 'Spam texts', '垃圾短信 营销短信 广告短信 诈骗短信', 'spam_texts spam_sms spam_messages scam_texts', 'frequency blocking'),
					A('marketing', '运营商外呼营销', 'Operator marketing calls', '外呼 营销 推销 天天打电话推销 回访推销', 'sales_calls marketing_calls', 'frequency consent blocking', { owner: 'MKT' }),
				],
			},
		],
	},
	{
		id: 'overall',
		name: { zh: '整体体验', en: 'Overall experience' },
		terms: terms('整体 总体', 'overall'),
		owner: 'MKT',
		categories: [
			{
				id: 'overall.brand', name: { zh: '运营商整体', en: 'Operator' }, owner: 'MKT', terms: terms('运营商 电信商 电讯商', 'carrier provider operator'),
				aspects: [
					A('operator', '运营商', 'Operator', '中国移动 中国联通 中国电信 移动 联通 电信 广电 运营商 中华电信 台湾大哥大 远传 亚太电信 台湾之星 数码通 和记 中移动香港 电讯盈科', 'carrier provider operator telco verizon at&t t-mobile vodafone ee o2 three_uk bt virgin_media csl smartone', 'price quality accuracy'),
					A('churn', '离网意愿', 'Intention to leave', '换运营商 不用了 再也不用 转走 换掉', 'switching leave leaving cancel_everything never_again', 'price quality'),
				],
			},
		],
	},
];

/** Network attributes of home equipment (Wi-Fi, ONT) belong to the field team that installs it, not the network centre. */
function ownerFor(attrKey: string, aspectOwner: string): string {
	if (aspectOwner === 'FIELD' && (attrKey === 'coverage' || attrKey === 'speed' || attrKey === 'outage' || attrKey === 'function')) return 'FIELD';
	return ATTRIBUTES[attrKey].owner ?? aspectOwner;
}

export function buildTelecomTree(toHant?: (s: string) => string): IndicatorTree {
	return composeTree(
		{
			id: 'telecom',
			name: { zh: '运营商行业指标体系', en: 'Telecom indicator tree' },
			version: '1.0.0',
			description:
				'Built-in telecom indicator tree of n8n-nodes-cxloop: domain › category › aspect (› sub-aspect) › attribute (› facet). Generated from nodes/engine/text/trees/telecomSource.ts.',
			departments: DEPARTMENTS,
			attributes: ATTRIBUTES,
			domains: DOMAINS,
			ownerFor,
		},
		toHant,
	);
}

// eslint-disable-next-line @n8n/community-nodes/no-restricted-globals -- the generator runs as a script at development time only
if (require.main === module && process.argv.includes('--write')) writeTreeJson(__dirname, buildTelecomTree(hantConverter()));
