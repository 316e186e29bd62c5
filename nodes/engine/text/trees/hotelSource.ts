/**
 * Source of the built-in hotel indicator tree (trees/hotel.json). The tree is composed
 * systematically: domains → categories → aspects (→ sub-aspects) → attributes (→ facets (→ kinds)). An attribute leaf
 * (e.g. rooms.bed.mattress.comfort) is chosen when a term of its aspect and one of the attribute's
 * qualifier words occur in the same clause ("床垫太硬", "the mattress was lumpy"); some leaves also
 * carry direct compound terms ("隔音", "soundproofing").
 *
 * Regenerate the JSON after editing:  node scripts/run-ts.mjs nodes/engine/text/trees/hotelSource.ts --write
 */
import type { IndicatorTree } from '../tree';
import { A, F, SEARCHED_LONG, among, besides, composeTree, terms, withFacets, writeTreeJson, type Attr, type Bi, type Domain, type Facet } from './compose';

/**
 * A serving's size told through its vessel: "好大一盆酸菜鱼", "很大一份" (大一盆, after a degree word: the lexicon's
 * ZH_SERVING_SIZE reads the opinion) qualify the dish as its portion; 一大盆 / 一大锅 ("满满一大锅") name the portion
 * only where no dish does (a plain "一大碗面条很好吃" is the noodles' taste).
 */
const vessels = (lead: string) => '盆 盘 锅 碗 份 杯 碟 桶 罐 盒 笼 块'.split(' ').map((v) => lead + v).join(' ');
const SERVINGS_SIZED = `${vessels('大一')} ${vessels('小一')}`;

export const DEPARTMENTS: Record<string, Bi> = {
	FO: { zh: '前厅部', en: 'Front Office' },
	HK: { zh: '客房部', en: 'Housekeeping' },
	ENG: { zh: '工程部', en: 'Engineering' },
	FB: { zh: '餐饮部', en: 'Food & Beverage' },
	SEC: { zh: '安保部', en: 'Security' },
	SM: { zh: '销售市场部', en: 'Sales & Marketing' },
	RES: { zh: '预订部', en: 'Reservations' },
	FIN: { zh: '财务部', en: 'Finance' },
	IT: { zh: '信息技术部', en: 'IT' },
	REC: { zh: '康乐部', en: 'Recreation & Spa' },
	QA: { zh: '质量管理部', en: 'Quality' },
	HR: { zh: '人力资源部', en: 'Human Resources' },
};

/** Soft furnishings: stains on them are sorted by kind (blood and body fluids are handled apart). */
const TEXTILES = among('mattress', 'pillow', 'linen', 'sheet', 'cover', 'pillowcase', 'duvet', 'towels', 'bathtowel', 'facetowel', 'bathmat', 'bathrobe', 'rooms.space.floor', 'rooms.space.desk', 'rooms.space.curtain');
/** Wet-area surfaces: limescale and rust. */
const HARD_SURFACES = among('shower', 'bathtub', 'toilet', 'sink', 'mirror', 'kettle');
/** Electrical room equipment. */
const APPLIANCES = among('tv', 'smart', 'phone', 'lights', 'sockets', 'curtain', 'ac', 'kettle', 'dryer', 'safe', 'toilet', 'remote', 'panel', 'voice', 'motorcurtain', 'coffee');
/** People: how rudeness showed. */
const STAFF = among('front.staff.reception', 'front.staff.concierge', 'front.staff.phone', 'doorman', 'service.quality.staff', 'fb.restaurant.waiters', 'fb.bar.bartender', 'rooms.housekeeping.daily', 'therapist', 'coach', 'lifeguard', 'kidsstaff', 'driver', 'banquet_service', 'meeting_service');

/**
 * Facets of the attributes that most findings are about: what exactly was wrong (or right). They
 * are the level a housekeeping or engineering supervisor works at ("床单有头发" → sheets › cleanliness
 * › hair), and they repeat under every aspect that has the attribute.
 */
const FACETS: Record<string, Facet[]> = {
	clean: [
		F('stain', '污渍', 'Stains', '污渍 污迹 斑 黄斑 印子 污点 血迹 水渍 油渍 发黄 血 尿渍 口红 粉底 咖啡渍 红酒渍 水垢 锈迹', 'stain* mark* spot* blood yellowed discolou* urine lipstick makeup limescale rust', undefined, {
			// Severity and handling differ: blood and body fluids mean the item is pulled and treated, makeup and food are laundry.
			kinds: [
				F('blood', '血迹', 'Blood', '血迹 血 血渍 经血', 'blood bloodstain* bloody', undefined, { on: TEXTILES }),
				F('bodily', '尿渍与体液', 'Urine & body fluids', '尿渍 尿 呕吐 呕吐物 精斑 体液', 'urine vomit pee bodily_fluid*', undefined, { on: (id) => TEXTILES(id) || among('toilet')(id) }),
				F('makeup', '化妆品印', 'Makeup', '口红 粉底 化妆品 眼影 唇印', 'lipstick makeup foundation mascara', undefined, { on: TEXTILES }),
				F('food_drink', '食物饮料渍', 'Food & drink', '咖啡渍 红酒渍 油渍 酱油 茶渍 果汁', 'coffee wine grease food_stain*', undefined, { on: TEXTILES }),
				F('limescale', '水垢水渍', 'Limescale & water marks', '水垢 水渍 水印 白垢', 'limescale watermark* water_mark* water_spots', undefined, { on: HARD_SURFACES }),
				F('rust', '锈迹', 'Rust', '锈 锈迹 生锈 锈斑', 'rust rusty', 'ENG', { on: HARD_SURFACES }),
			],
		}),
		F('hair', '毛发', 'Hair', '头发 毛发 阴毛 毛 发丝', 'hair hairs'),
		F('dust', '灰尘', 'Dust', '灰 灰尘 积灰 落灰 一层灰', 'dust dusty'),
		F('mould', '霉斑', 'Mould', '霉 发霉 霉斑 霉点 长毛', 'mould mouldy mold moldy mildew'),
		F('not_cleaned', '未清洁更换', 'Not cleaned or changed', '没打扫 没有打扫 没换 没有换 没清理 没收拾 没擦 没洗 用过的', 'not_cleaned not_changed uncleaned unchanged used'),
		F('debris', '垃圾残留', 'Debris & leftovers', '垃圾 残留 烟头 纸屑 烟灰 食物残渣 前客', 'trash rubbish garbage leftover* crumbs cigarette_butts previous_guest'),
	],
	availability: [
		F('missing', '未配备', 'Not provided', '没有 缺 不提供 没提供 没配 没有配', 'missing lack* not_provided no'),
		F('insufficient', '数量不足', 'Not enough', '不够 太少 只有一 数量少 少了', 'not_enough too_few only_one insufficient'),
		F('not_replenished', '未补充', 'Not replenished', '没补 没有补 没补充 用完 用光 没续', 'ran_out run_out not_replenished restock* refill*'),
		F('on_request', '需索取', 'On request', '要才给 索取 打电话要 问了才 前台要', 'on_request ask* request* had_to_call'),
	],
	condition: [
		F('broken', '损坏故障', 'Broken', '坏 坏了 损坏 故障 失灵 不能用 用不了 破 破损', 'broken faulty malfunction* not_working damaged'),
		F('worn', '老旧磨损', 'Worn & dated', '旧 老化 陈旧 掉漆 磨损 破旧 年久', 'worn old dated outdated peeling tired shabby'),
		F('leak', '渗漏', 'Leaks', '漏 漏水 渗水 滴水 渗漏', 'leak* drip*'),
		F('loose', '松动脱落', 'Loose or detached', '松动 松了 晃 摇晃 脱落 掉了', 'loose wobbly detached fell_off'),
		F('repair', '报修与维修', 'Repair', '维修 修 报修 修理 修好', 'repair* fix* maintenance', 'ENG'),
	],
	price: [
		F('too_high', '价格偏高', 'Too expensive', '贵 太贵 偏贵 小贵 不便宜 坑', 'expensive overpriced pricey steep'),
		F('value', '性价比', 'Value for money', '性价比 划算 实惠 值 超值 物有所值', 'value worth bargain good_value'),
		F('extra_charge', '额外收费', 'Extra charges', '额外 另收 加收 另外收费 附加费 城市税 旅游税', 'extra_charge* hidden surcharge* additional_fee* city_tax tourist_tax', 'FIN', {
			// What was charged on top: each has its own aspect too, reported beside this one ("房价之外另收停车费").
			// The kind words are not the facet's: a deposit or a parking fee is no extra charge until one is said.
			kinds: [
				F('deposit', '押金', 'Deposit', '押金 预授权', 'deposit', undefined, { on: besides('deposit') }),
				F('servicecharge', '服务费', 'Service charge', '服务费 服务费用', 'service_charge service_fee', undefined, { on: besides('servicecharge', 'fees') }),
				F('parking', '停车费', 'Parking fee', '停车费 停车收费', 'parking_fee parking_charge', undefined, { on: besides('fee') }),
			],
		}),
		F('transparency', '价格透明', 'Price transparency', '明码标价 标价 价目表 没标价 不透明', 'price_list unclear_price not_listed transparent'),
	],
	function: [
		F('not_working', '无法使用', 'Does not work', '不能用 用不了 不工作 没反应 不灵 没电 不通电 连不上 死机 黑屏 失灵', 'not_working does_not_work doesn\'t_work won\'t_work unresponsive dead no_power won\'t_connect frozen froze battery', undefined, {
			// Why it does not work decides who fixes it: power (Engineering), the remote, the connection or the software (IT).
			kinds: [
				F('power', '断电没电', 'No power', '没电 不通电 没有电 插卡取电 取电 电池', 'no_power dead_battery battery flat', 'ENG', { on: APPLIANCES }),
				F('controls', '遥控与开关', 'Remote & switches', '遥控器 遥控 开关 按钮 面板 失灵', 'remote switch* button* panel', undefined, { on: among('tv', 'smart', 'lights', 'curtain', 'ac', 'motorcurtain', 'panel') }),
				F('connection', '连接与投屏', 'Connection & casting', '连不上 无法连接 配对 投屏失败 投不了 蓝牙', 'won\'t_connect pairing bluetooth cast* screen_mirroring', 'IT', { on: among('tv', 'smart', 'phone', 'casting', 'voice', 'ekey') }),
				F('software', '死机与系统', 'Frozen & software', '死机 卡死 重启 黑屏 系统', 'frozen freez* crash* reboot* black_screen', 'IT', { on: among('tv', 'smart', 'safe', 'casting', 'voice', 'panel', 'kiosk', 'ekey', 'hotelapp') }),
			],
		}),
		F('hard_to_use', '操作复杂', 'Hard to use', '不会用 复杂 难用 看不懂 找不到开关', 'complicated confusing hard_to_use'),
		F('unstable', '时好时坏', 'Intermittent', '时好时坏 不稳定 断断续续 一会儿好一会儿坏', 'intermittent* unstable on_and_off'),
	],
	attitude: [
		F('friendly', '热情友好', 'Friendliness', '热情 友好 微笑 亲切 笑容 和蔼', 'friendly welcoming smil* warm'),
		F('rude', '冷漠粗鲁', 'Rudeness', '冷漠 粗鲁 凶 态度差 态度恶劣 脸色 爱理不理 不理 骂 吼 傲慢 看不起 瞧不起 不搭理', 'rude unfriendly dismissive arrogant hostile shout* yell* swore insult* ignored condescending', undefined, {
			// Verbal abuse is a disciplinary matter; indifference and arrogance are coaching.
			kinds: [
				F('abuse', '辱骂呵斥', 'Shouting & insults', '骂 吼 凶 呵斥 大声', 'shout* yell* swore insult*', undefined, { on: STAFF }),
				F('ignoring', '不理睬', 'Ignoring guests', '不理 爱理不理 不搭理 没人理 理都不理', 'ignored ignoring', undefined, { on: STAFF }),
				F('arrogance', '傲慢', 'Arrogance', '傲慢 看不起 瞧不起 高傲', 'arrogant condescending', undefined, { on: STAFF }),
			],
		}),
		F('patience', '耐心', 'Patience', '耐心 不耐烦 耐烦', 'patient impatient'),
		F('courtesy', '礼貌', 'Courtesy', '礼貌 客气 不礼貌 没礼貌', 'polite impolite courteous discourteous'),
	],
	speed: [
		F('waiting', '等待时长', 'Waiting time', '等 久 半天 等了 排队 排长队 分钟', 'wait* queue* forever ages minutes'),
		F('response', '响应速度', 'Responsiveness', '及时 马上 迟迟 拖 响应 回应', 'prompt* respon* immediately right_away'),
		F('efficiency', '办事效率', 'Efficiency', '效率 磨蹭 麻利 拖沓', 'efficien* inefficien*'),
	],
	noise: [
		F('neighbours', '邻房噪音', 'Neighbours', '隔壁 邻居 邻房 楼上 楼下', 'neighbo* next_door upstairs downstairs'),
		F('traffic', '交通与施工', 'Traffic & construction', '马路 车声 喇叭 施工 装修声', 'traffic construction honking street'),
		F('equipment', '设备噪音', 'Equipment', '嗡嗡 空调声 水管声 电梯声 冰箱声 机器 发电机 风机 水泵 机房 空调 冷气 冰箱 电梯', 'hum* buzz* pipes machinery fridge generator pump plumbing air_conditioning air_conditioner aircon lift lifts elevator elevators', undefined, {
			// Which machine it was: each has its own fix (service the unit, swap the fridge, a quieter room away from the lift).
			// The machine is an aspect of its own too, and both are reported ("房间空调噪音很大": air conditioning › noise, room › noise › equipment › air conditioning).
			kinds: [
				F('aircon', '空调噪音', 'Air conditioning', '空调 冷气 空调声 中央空调', 'air_conditioning air_conditioner aircon', undefined, { on: besides('ac') }),
				F('fridge', '冰箱噪音', 'Fridge', '冰箱 冰箱声 小冰箱', 'fridge mini_fridge', undefined, { on: besides('minibar') }),
				F('lift', '电梯噪音', 'Lift', '电梯 电梯声', 'lift lifts elevator elevators', undefined, { on: besides('elevator') }),
			],
		}),
		F('staff_noise', '员工作业噪音', 'Staff & cleaning', '推车 吸尘器 打扫声 员工说话 敲门', 'cart* trolley* vacuum* staff_talking knock*', 'HK'),
	],
	odor: [
		F('smoke', '烟味', 'Smoke', '烟味 烟臭 香烟味 二手烟', 'smoky tobacco stale_smoke'),
		F('musty', '霉味潮味', 'Musty & damp', '霉味 潮味 闷味 湿味 发霉 潮湿', 'musty damp mildew* mouldy moldy'),
		F('sewer', '下水道反味', 'Sewer', '下水道 反味 下水道味 返味', 'sewage sewer drain*', 'ENG'),
		F('foul', '臭味尿味', 'Foul & urine', '臭 臭味 尿骚味 尿味 馊味 恶臭', 'foul stink* stank urine'),
		F('chemical', '油漆与化学气味', 'Paint & chemicals', '油漆味 甲醛 装修味 消毒水味 消毒水 化学味 胶水味', 'paint chemical* bleach formaldehyde', undefined, { on: besides('toiletries') }),
		F('fragrance', '香味', 'Fragrance', '香味 清香 香氛 好闻', 'fragrant fragrance scent* smells_nice'),
	],
	temperature: [
		// Listed first: a negated hot word (不热, 不太热) overlaps the hot word and a tie goes to the first facet.
		F('too_cold', '过冷', 'Too cold', '太冷 很冷 好冷 有点冷 冷死 冰冷 冷冰冰 不热 不太热 不够热 不制热 不暖和 凉了 都冷了 已经冷了 偏凉', 'cold too_cold chilly freezing lukewarm not_warm'),
		F('too_hot', '过热', 'Too hot', '热 太热 很热 闷热 烫 热死 不制冷 制冷差 不凉快', 'hot too_hot stuffy boiling not_cooling'),
		F('control', '温度调节', 'Temperature control', '调节 调不了 温控 调温 设定', 'thermostat adjust* control*', 'ENG', { on: among('rooms.space.room', 'rooms.climate.ac', 'rooms.climate.airquality', 'rooms.bed.duvet', 'facilities.leisure.pool') }),
	],
	taste: [
		F('salty', '偏咸', 'Too salty', '咸 太咸 齁', 'salty too_salty', undefined, { on: besides('fruit', 'drinks', 'cocktails', 'coffee', 'bakery', 'afternoon_tea') }),
		F('bland', '寡淡', 'Bland', '淡 没味 没有味道 寡淡', 'bland tasteless flavourless flavorless', undefined, { on: besides('fruit', 'cocktails') }),
		F('greasy', '油腻', 'Greasy', '油腻 太油', 'greasy oily', undefined, { on: besides('fruit', 'drinks', 'cocktails', 'coffee') }),
		F('freshness', '新鲜度', 'Freshness', '新鲜 不新鲜 变味 隔夜', 'fresh stale not_fresh'),
		F('delicious', '美味', 'Delicious', '好吃 美味 可口 地道 正宗', 'delicious tasty yummy authentic'),
	],
	billing: [
		F('overcharge', '多收费', 'Overcharged', '多收 多扣 乱收费 重复扣 扣了两次 多收费', 'overcharg* double_charged charged_twice'),
		F('bill_error', '账单错误', 'Billing errors', '算错 对不上 错误 不对', 'wrong_bill billing_error incorrect error*'),
		F('refund', '退款', 'Refunds', '退款 退钱 没退 还没退 退回', 'refund* money_back'),
		F('deposit_return', '押金退还', 'Deposit return', '押金 退押金 解冻 预授权', 'deposit hold pre-authori*', undefined, { on: among('deposit', 'bill', 'cancel', 'payment') }),
		F('invoice', '发票开具', 'Invoices', '发票 开票 专票 普票 抬头', 'invoice* fapiao receipt*', undefined, { on: besides('invoice') }),
	],
	competence: [
		F('mistake', '差错', 'Mistakes', '搞错 弄错 错误 出错 失误', 'mistake* error* wrong'),
		F('unresolved', '未解决', 'Not resolved', '解决不了 没解决 没有解决 没办法 不管', 'unresolved not_resolved couldn\'t_help'),
		F('buck_passing', '推诿', 'Passing the buck', '推诿 踢皮球 推脱 推卸', 'passed_the_buck blamed excuses'),
		F('knowledge', '业务熟练度', 'Know-how', '专业 不专业 不懂 不熟练 熟练 新手', 'professional* knowledg* inexperienced untrained'),
	],
	communication: [
		F('no_reply', '无人回应', 'No reply', '不回复 没回复 没人接 没人回 不回 没回音', 'no_reply no_response never_replied unanswered'),
		F('not_informed', '未告知', 'Not informed', '没告知 没通知 没有通知 没提前 没告诉 不告诉', 'not_informed never_told without_notice'),
		F('unclear', '解释不清', 'Unclear explanations', '解释不清 没说清 说不清 含糊', 'unclear vague'),
		F('language', '语言障碍', 'Language', '听不懂 英语 外语 普通话 方言', 'english language_barrier'),
	],
	variety: [
		F('limited', '选择少', 'Limited choice', '少 单一 单调 可怜', 'limited few poor_selection'),
		F('repetitive', '不换花样', 'Same every day', '每天一样 天天一样 重复 没换 老样子', 'same_every_day repetitive', undefined, { on: (id) => id.startsWith('fb.') || among('lounge', 'clubbreakfast', 'happyhour', 'coffeebreak', 'meetingfood', 'banquetmenu', 'activities')(id) }),
		F('wide', '丰富', 'Wide choice', '丰富 多样 齐全 应有尽有', 'wide_selection plenty extensive great_selection'),
	],
	hours: [
		F('closes_early', '关门过早', 'Closes too early', '关门早 关得早 太早 早早', 'closes_early closed_early too_early'),
		F('opens_late', '开门过晚', 'Opens too late', '开门晚 太晚 才开', 'opens_late too_late'),
		F('closed', '暂停开放', 'Closed', '没开 关闭 暂停 不开放 维修中', 'closed shut under_maintenance'),
	],
};

export const ATTRIBUTES: Record<string, Attr> = {
	clean: { name: { zh: '清洁', en: 'Cleanliness' }, with: terms('干净 不干净 脏 污渍 灰尘 灰 污垢 清洁 卫生 头发 毛发 斑 污 发黄 发黑 洁净 一尘不染 整洁 黑乎乎 油乎乎 擦 打扫 血迹 血渍 尿渍 口红 水垢 锈迹', 'clean* dirty dust* stain* hair grime filthy spotless grubby unclean hygien* immaculate grimy blood urine lipstick limescale') },
	odor: { name: { zh: '气味', en: 'Odour' }, with: terms('味道 异味 臭 霉味 烟味 难闻 刺鼻 香味 清香 下水道 油烟味 闷味 潮味 味儿', 'smell* odor* odour* stink* stank musty fragrant') },
	condition: { name: { zh: '损坏与维护', en: 'Condition & maintenance' }, owner: 'ENG', with: terms('坏 坏了 损坏 破 破损 旧 老化 故障 失灵 不能用 用不了 松动 生锈 掉漆 维修 修 漏 漏水 崭新 很新 脱落 裂 开裂 卡住 打不开 关不上', 'broken break* damaged worn old dated outdated faulty malfunction* repair* fix* rust* loose leak* cracked stuck peeling') },
	comfort: { name: { zh: '舒适度', en: 'Comfort' }, with: terms('舒服 舒适 不舒服 硬 软 塌 凹 好睡 睡得 睡不着 腰疼 腰酸 咯', 'comfort* uncomfortable hard soft firm lumpy saggy sagging slept sleep') },
	size: { name: { zh: '大小与空间', en: 'Size & space' }, with: terms('大 小 宽敞 狭小 窄 挤 局促 面积 空间 平米 转不开', 'spacious small tiny cramped large big size space roomy narrow') },
	noise: { name: { zh: '噪音', en: 'Noise' }, owner: 'ENG', with: terms('吵 噪音 安静 声音 响 嗡嗡 隔音 轰鸣 震动', 'noise noisy quiet loud sound* hum* humming rattl* vibrat*') },
	temperature: { name: { zh: '温度', en: 'Temperature' }, owner: 'ENG', with: terms('冷 热 凉 温度 闷 冰 不热 不冷 温水 烫', 'cold hot warm temperature stuffy chilly freezing lukewarm not_cooling') },
	function: { name: { zh: '功能与使用', en: 'Function & ease of use' }, with: terms('好用 难用 不好用 不会用 操作 复杂 灵敏 不灵 没反应 用起来 没电 连不上 死机 黑屏', 'work* easy_to_use hard_to_use complicated function* responsive confusing dead frozen froze no_power won\'t_connect battery') },
	availability: { name: { zh: '配备与供应', en: 'Availability' }, with: terms('没有 缺 不提供 没提供 不够 齐全 配备 提供 备有 补充 用完', 'missing lack* provid* available unavailable run_out ran_out no_more restock*') },
	quality: { name: { zh: '品质', en: 'Quality' }, with: terms('质量 品质 档次 廉价 劣质 做工 材质 高级 低档 高档 粗糙', 'quality cheap flimsy premium luxur* high-end low-end') },
	price: { name: { zh: '价格', en: 'Price' }, owner: 'SM', with: terms('贵 便宜 价格 价钱 收费 费用 划算 性价比 元 块钱 不值 另收 加收', 'price* expensive cheap cost* charge* overpriced fee* pricey') },
	attitude: { name: { zh: '服务态度', en: 'Attitude' }, with: terms('态度 热情 冷漠 冷淡 礼貌 粗鲁 微笑 耐心 不耐烦 友好 脸色 爱理不理 凶 不理 客气 亲切 傲慢', 'attitude friendly rude polite impolite smil* welcoming unfriendly patient impatient courteous arrogant dismissive') },
	speed: { name: { zh: '速度与等待', en: 'Speed & waiting' }, with: terms('慢 快 等 久 效率 速度 及时 拖 半天 排队 等了 迟迟 很快 马上', 'slow quick* fast wait* queue* prompt* efficien* delay* forever ages') },
	competence: { name: { zh: '专业能力', en: 'Competence' }, with: terms('专业 业务 熟练 不懂 不会 解决 处理 推诿 错误 搞错 弄错 规范', 'professional* knowledg* competent incompetent solv* resolv* handl* mistake* error*') },
	accuracy: { name: { zh: '与描述一致', en: 'Accuracy vs description' }, owner: 'SM', with: terms('不符 不一致 不对 准确 与描述 货不对板 图片 照片 描述 宣传 实物', 'accurate inaccurate misleading photos pictures advertised description as_described') },
	taste: { name: { zh: '口味', en: 'Taste' }, with: terms('好吃 难吃 味道 口味 口感 咸 淡 甜 辣 油腻 美味 可口 新鲜 不新鲜 凉了 冷了 正宗 香', 'tast* delicious bland salty sweet spicy greasy fresh stale flavo* yummy cold') },
	variety: { name: { zh: '品种与选择', en: 'Variety' }, with: terms('种类 品种 选择 丰富 单一 花样 样式 少 单调 可选', 'variety selection choice* options range limited') },
	portion: { name: { zh: '分量', en: 'Portion' }, with: terms(`分量 份量 量少 量大 量足 吃不饱 量 ${SERVINGS_SIZED}`, 'portion* serving* amount') },
	lighting: { name: { zh: '光线', en: 'Lighting' }, with: terms('光线 暗 亮 采光 昏暗 明亮 刺眼 黑', 'light* dark dim bright gloomy') },
	signal: { name: { zh: '网速与信号', en: 'Speed & signal' }, owner: 'IT', with: terms('网速 信号 慢 连不上 断 掉线 卡 稳定 不稳定 快 断网 无法连接', 'slow signal connect* drop* unstable stable speed fast') },
	view: { name: { zh: '景观', en: 'View' }, with: terms('景色 风景 景观 视野 江景 海景 湖景 山景 窗外 夜景 看到', 'view* scenery outlook overlook*') },
	design: { name: { zh: '装修与风格', en: 'Design & decor' }, with: terms('装修 风格 设计 装饰 布置 格调 时尚 美观 老旧 陈旧 翻新', 'decor design* style* modern furnish* renovat* dated tired') },
	privacy: { name: { zh: '私密性', en: 'Privacy' }, with: terms('隐私 透明 看得见 私密 遮挡', 'privacy private see-through') },
	safety: { name: { zh: '安全', en: 'Safety' }, owner: 'SEC', with: terms('安全 危险 隐患 滑 防滑 摔 锁不上', 'safe* unsafe danger* hazard* slip* slippery') },
	convenience: { name: { zh: '便利性', en: 'Convenience' }, with: terms('方便 近 远 不方便 步行 分钟 周边 附近 太偏 很偏 挺偏 有点偏 比较偏 较偏 偏远 偏僻 便利', 'convenient* close near far walk* minutes nearby access*') },
	findability: { name: { zh: '好找程度', en: 'Findability' }, with: terms('好找 难找 找不到 标识 指示牌 导航 指引', 'find* sign* signage hard_to_find') },
	hours: { name: { zh: '开放时间', en: 'Opening hours' }, with: terms('营业时间 开放时间 关门 几点 太早 太晚 24小时 开门', 'hours opening closing closed closes open_until') },
	process: { name: { zh: '流程与手续', en: 'Process' }, with: terms('流程 手续 麻烦 繁琐 简单 顺利 押金 证件 登记', 'process* procedure* paperwork smooth hassle deposit') },
	billing: { name: { zh: '收费与账单', en: 'Billing' }, owner: 'FIN', with: terms('账单 收费 扣费 多收 乱收费 发票 押金 退款 结账 扣款 多扣 没退 退押金 算错 对不上', 'bill* charg* invoice* receipt* deposit refund* overcharg*') },
	communication: { name: { zh: '沟通', en: 'Communication' }, with: terms('沟通 解释 回复 回应 通知 告知 电话 听不懂 英语 联系', 'communicat* explain* respon* repl* inform* english call*') },
	hygiene_food: { name: { zh: '食品卫生', en: 'Food hygiene' }, owner: 'FB', with: terms('卫生 不卫生 异物 头发 虫 苍蝇 变质 过期 馊 拉肚子 食物中毒', 'hygien* hair fly flies bug insect* spoiled expired food_poisoning sick') },
	pressure: { name: { zh: '水压', en: 'Water pressure' }, owner: 'ENG', with: terms('水压 水流 水小 水大 出水', 'pressure flow trickle') },
	hot_water: { name: { zh: '热水', en: 'Hot water' }, owner: 'ENG', with: terms('热水 没热水 水温 水不热 忽冷忽热 凉水', 'hot_water no_hot_water lukewarm cold_water water_temperature') },
	drainage: { name: { zh: '排水', en: 'Drainage' }, owner: 'ENG', with: terms('排水 下水 堵 堵塞 积水 反味 漫水', 'drain* clog* block* flood*') },
	staff: { name: { zh: '人员配置', en: 'Staffing' }, owner: 'HR', with: terms('人手 人少 没人 找不到人 忙不过来 人员 值班', 'understaffed short-staffed staff_shortage nobody no_one') },
};

export const DOMAINS: Domain[] = [
	{
		id: 'rooms',
		name: { zh: '客房', en: 'Rooms' },
		terms: terms('住宿 客房部', 'accommodation'),
		owner: 'HK',
		categories: [
			{
				id: 'rooms.space', name: { zh: '房间整体', en: 'Room overall' }, owner: 'HK', terms: terms('房型', 'room_type'),
				aspects: [
					A('room', '房间', 'Room', '客房 房间 屋子 屋里 房内 卧室', 'room rooms guestroom guest_room bedroom', 'clean size odor noise temperature design lighting condition comfort view quality price accuracy'),
					A('layout', '房间格局', 'Layout & size', '格局 户型 面积 空间 房间大小', 'layout floor_plan room_size', 'size design lighting'),
					A('decor', '装修', 'Decor', '装修 装潢 软装 家具 陈设', 'decor furniture furnishings', 'design condition quality clean'),
					A('window', '窗户', 'Window', '窗户 窗 窗子 落地窗', 'window windows', 'view condition noise clean privacy'),
					A('curtain', '窗帘', 'Curtains', '窗帘 遮光帘 纱帘', 'curtain curtains blackout_blinds drapes', 'lighting condition clean privacy function'),
					A('balcony', '阳台', 'Balcony', '阳台 露台', 'balcony terrace', 'view size clean safety'),
					A('floor', '地面地毯', 'Floor & carpet', '地毯 地板 地面', 'carpet carpets floor floors', 'clean condition odor'),
					A('wall', '墙面天花', 'Walls & ceiling', '墙面 墙壁 墙纸 天花板 墙皮', 'wall walls wallpaper ceiling', 'clean condition noise'),
					A('door', '房门', 'Room door', '房门 房间门 门缝 门框', 'room_door door_gap', 'condition noise privacy'),
					A('desk', '书桌座椅', 'Desk & chairs', '书桌 桌子 椅子 沙发 办公桌', 'desk chair chairs sofa couch', 'comfort condition clean'),
					A('wardrobe', '衣柜', 'Wardrobe', '衣柜 衣橱 衣架', 'wardrobe closet hangers', 'size availability clean'),
					A('lights', '灯具照明', 'Lights', '灯 灯光 台灯 床头灯 夜灯 照明', 'lamp lamps lights lighting bedside_lamp', 'lighting function condition'),
					A('sockets', '插座', 'Sockets & charging', '插座 插头 充电 USB 电源', 'socket sockets outlet outlets plug usb charging', 'availability function condition'),
				],
			},
			{
				id: 'rooms.bed', name: { zh: '床品与睡眠', en: 'Bed & sleep' }, owner: 'HK', terms: terms('睡眠 睡觉', 'sleep sleeping'),
				aspects: [
					A('bed', '床', 'Bed', '床 大床 双床 床铺 床架', 'bed beds king_bed twin_beds bed_frame', 'comfort size clean condition noise'),
					A('mattress', '床垫', 'Mattress', '床垫 席梦思', 'mattress mattresses', 'comfort condition clean'),
					A('pillow', '枕头', 'Pillows', '枕头 枕芯 枕套', 'pillow pillows pillowcase', 'comfort clean odor availability'),
					A('linen', '床单被套', 'Sheets & duvet', '床单 被套 被罩 床品 被褥', 'sheets linen linens bedding duvet_cover', 'clean odor quality comfort', {
						items: [
							A('sheet', '床单', 'Sheet', '床单 床笠', 'sheet sheets fitted_sheet', 'clean odor quality'),
							A('cover', '被套', 'Duvet cover', '被套 被罩', 'duvet_cover', 'clean odor quality'),
							A('pillowcase', '枕套', 'Pillowcase', '枕套 枕巾', 'pillowcase pillowcases pillow_case', 'clean odor'),
						],
					}),
					A('extrabed', '加床', 'Extra bed', '加床 折叠床 行军床', 'extra_bed rollaway_bed rollaway', 'availability price comfort'),
					A('duvet', '被子', 'Duvet & blankets', '被子 毛毯 棉被 薄被 厚被', 'duvet blanket blankets comforter quilt', 'temperature comfort clean availability'),
				],
			},
			{
				id: 'rooms.bath', name: { zh: '卫浴', en: 'Bathroom' }, owner: 'HK', terms: terms('卫生间 洗手间 浴室 厕所 卫浴', 'bathroom bathrooms restroom toilet_room washroom ensuite'),
				aspects: [
					A('shower', '淋浴', 'Shower', '淋浴 花洒 淋浴间 洗澡 热水 没热水 热水器 洗澡水', 'shower showers shower_head hot_water no_hot_water lukewarm_water water_was_lukewarm water_is_lukewarm water_was_only_lukewarm', 'pressure hot_water drainage clean condition privacy'),
					A('bathtub', '浴缸', 'Bathtub', '浴缸 泡澡', 'bathtub bath_tub tub', 'clean condition drainage size'),
					A('toilet', '马桶', 'Toilet', '马桶 坐便 冲水 智能马桶', 'toilet toilets loo flush', 'clean condition odor function'),
					A('sink', '洗手台', 'Sink & basin', '洗手台 洗手盆 台盆 水龙头 洗脸盆', 'sink basin tap faucet vanity', 'clean condition drainage'),
					A('mirror', '镜子', 'Mirror', '镜子 化妆镜', 'mirror', 'clean condition lighting'),
					A('towels', '毛巾浴巾', 'Towels', '毛巾 浴巾 地巾 方巾', 'towel towels bath_towel', 'clean odor quality availability', {
						items: [
							A('bathtowel', '浴巾', 'Bath towel', '浴巾', 'bath_towel bath_towels', 'clean odor availability'),
							A('facetowel', '面巾方巾', 'Face & hand towel', '面巾 方巾 小毛巾', 'face_towel hand_towel washcloth', 'clean availability'),
							A('bathmat', '地巾', 'Bath mat', '地巾 脚垫 防滑垫', 'bath_mat bathmat', 'clean availability safety'),
						],
					}),
					A('ventilation', '排风', 'Ventilation', '排风 排气扇 通风', 'extractor_fan exhaust_fan ventilation', 'odor function noise'),
					A('dryer', '吹风机', 'Hair dryer', '吹风机 电吹风', 'hair_dryer hairdryer', 'function availability condition'),
				],
			},
			{
				id: 'rooms.climate', name: { zh: '温控与空气', en: 'Climate & air' }, owner: 'ENG', terms: terms('空气', 'air'),
				aspects: [
					A('ac', '空调', 'Air conditioning', '空调 冷气 暖气 中央空调 新风', 'air_conditioning air_conditioner aircon a/c ac heating heater', 'temperature noise function condition odor'),
					A('airquality', '空气质量', 'Air quality', '空气质量 通风 闷 潮湿 湿气 烟味 空气', 'air_quality ventilation humid humidity damp', 'odor temperature'),
				],
			},
			{
				id: 'rooms.noise', name: { zh: '噪音与隔音', en: 'Noise & soundproofing' }, owner: 'ENG', terms: terms('隔音 噪音 吵闹 很吵 太吵 吵 安静 幽静 清静 嘈杂 喧闹 吵杂', 'soundproofing noise noisy'),
				aspects: [
					A('soundproof', '隔音', 'Soundproofing', '隔音 隔音效果 隔壁 邻房 关门声 关门的声音 走路声 走路的声音 脚步声 说话的声音 洗澡的声音 打电话的声音 装修声 装修的声音 施工声 施工的声音', 'soundproofing soundproof thin_walls next_door neighbours neighbors hear_the_couple hear_the_people_upstairs hear_people_upstairs hear_every_door hear_footsteps hear_a_thing hear_a_sound hear_a_peep heard_a_thing heard_a_sound heard_a_peep hear_everything heard_everything hear_every_word could_hear can_hear silent earplugs ear_plugs paper_thin paper-thin walls_are_paper_thin walls_were_paper_thin walls_are_paper-thin walls_were_paper-thin walls_are_so_thin walls_were_so_thin walls_are_thin walls_were_thin walls_are_very_thin walls_were_very_thin', 'noise'),
					A('street', '街道噪音', 'Street & traffic noise', '马路 街道 车声 喇叭 施工', 'traffic street_noise construction honking', 'noise'),
					A('corridor', '走廊噪音', 'Corridor noise', '走廊 楼道 关门声', 'corridor hallway door_slamming', 'noise clean lighting'),
					A('equipment', '设备噪音', 'Equipment noise', '水管 冰箱声 电梯声 设备声', 'pipes fridge_noise machinery', 'noise'),
				],
			},
			{
				id: 'rooms.tech', name: { zh: '网络与电器', en: 'Connectivity & electronics' }, owner: 'IT', terms: terms('电器', 'electronics'),
				aspects: [
					A('wifi', '无线网络', 'Wi-Fi', 'wifi Wi-Fi 无线网 无线 网络 上网 网速', 'wifi wi-fi wireless internet connection', 'signal availability price'),
					A('tv', '电视', 'TV', '电视 电视机 投屏 频道', 'tv television channels smart_tv', 'function condition variety', {
						items: [
							A('casting', '投屏', 'Screen casting', '投屏 手机投屏 无线投屏', 'screen_mirroring chromecast casting airplay', 'function'),
							A('channels', '电视频道', 'Channels', '频道 电视台 节目 点播', 'channels tv_channels on_demand', 'variety availability'),
						],
					}),
					A('remote', '遥控器', 'Remote controls', '遥控器 遥控 电视遥控器 空调遥控器', 'remote_control the_remote remote_controls tv_remote', 'function condition clean availability', { owner: 'ENG' }),
					A('phone', '客房电话', 'Room phone', '房间电话 座机 内线', 'room_phone telephone', 'function condition'),
					A('smart', '智能客控', 'Smart room controls', '智能客控 智能 语音助手 小度 天猫精灵 控制面板', 'smart_controls room_controls control_panel tablet', 'function condition', {
						items: [
							A('voice', '语音助手', 'Voice assistant', '语音助手 小度 天猫精灵 音箱', 'voice_assistant smart_speaker alexa', 'function'),
							A('panel', '控制面板', 'Control panel', '控制面板 床头面板 总控 开关面板', 'control_panel bedside_panel master_switch', 'function'),
							A('motorcurtain', '电动窗帘', 'Motorised curtains', '电动窗帘', 'electric_curtains motorised_curtains motorized_curtains', 'function condition noise'),
						],
					}),
				],
			},
			{
				id: 'rooms.amenities', name: { zh: '客房用品', en: 'In-room amenities' }, owner: 'HK', terms: terms('用品 洗漱用品 一次性用品 易耗品', 'amenities toiletries'),
				aspects: [
					A('toiletries', '洗护用品', 'Toiletries', '洗发水 沐浴露 护发素 香皂 洗漱包', 'shampoo conditioner body_wash soap', 'quality availability odor', {
						items: [
							A('shampoo', '洗发水', 'Shampoo', '洗发水 洗发露', 'shampoo', 'quality availability'),
							A('bodywash', '沐浴露', 'Body wash', '沐浴露 沐浴液', 'body_wash shower_gel', 'quality availability'),
							A('toothbrush', '牙刷牙膏', 'Toothbrush & toothpaste', '牙刷 牙膏', 'toothbrush toothpaste', 'quality availability'),
							A('razor', '剃须刀', 'Razor', '剃须刀 刮胡刀', 'razor shaving_kit', 'quality availability'),
							A('comb', '梳子', 'Comb', '梳子', 'comb', 'quality availability'),
							A('showercap', '浴帽', 'Shower cap', '浴帽', 'shower_cap', 'availability'),
							A('cotton', '棉签化妆棉', 'Cotton buds & pads', '棉签 化妆棉', 'cotton_buds cotton_pads q-tips', 'availability'),
						],
					}),
					A('slippers', '拖鞋', 'Slippers', '拖鞋', 'slippers', 'clean quality availability'),
					A('bathrobe', '浴袍', 'Bathrobe', '浴袍 睡衣', 'bathrobe robe', 'clean availability'),
					A('kettle', '水壶', 'Kettle', '水壶 烧水壶 电热水壶 热水壶', 'kettle', 'clean function availability'),
					A('water', '饮用水', 'Drinking water', '矿泉水 瓶装水 饮用水', 'bottled_water drinking_water water_bottles', 'availability price'),
					A('minibar', '迷你吧', 'Minibar', '迷你吧 小冰箱 冰箱 零食', 'minibar mini-bar fridge mini_fridge', 'price availability temperature noise'),
					A('safe', '保险箱', 'In-room safe', '保险箱 保险柜', 'safe_box in-room_safe', 'function availability safety'),
					A('iron', '熨斗', 'Iron', '熨斗 熨衣板', 'iron ironing_board', 'availability function'),
					A('coffee', '咖啡机与茶包', 'Coffee & tea', '房间咖啡机 胶囊咖啡机 胶囊咖啡 速溶咖啡 茶包', 'nespresso coffee_pods tea_bags in-room_coffee', 'availability function quality clean'),
					A('cups', '杯具', 'Cups & glasses', '杯子 茶杯 水杯 玻璃杯 杯具', 'cups mugs tea_cups water_glasses drinking_glasses', 'clean availability'),
					A('adapter', '转换插头', 'Adapters', '转换插头 转换器 转换头', 'adapter adaptor plug_adapter', 'availability'),
					A('umbrella', '雨伞', 'Umbrella', '雨伞 借伞', 'umbrella umbrellas', 'availability'),
				],
			},
			{
				id: 'rooms.housekeeping', name: { zh: '客房服务', en: 'Housekeeping service' }, owner: 'HK', terms: terms('客房服务 打扫卫生 阿姨 保洁', 'housekeeping maid cleaner maids cleaners housekeeper housekeepers room_attendant chambermaid'),
				aspects: [
					A('daily', '日常打扫', 'Daily cleaning', '打扫 整理房间 做房 清扫 续住打扫', 'daily_cleaning cleaned_the_room make_up_room tidied', 'clean speed attitude hours'),
					A('turndown', '夜床服务', 'Turndown', '夜床 开夜床', 'turndown turn-down', 'availability attitude'),
					A('linenchange', '更换床品毛巾', 'Linen & towel change', '换床单 更换床品 换毛巾 换被套', 'change_the_sheets linen_change changed_the_sheets', 'availability speed'),
					A('trash', '垃圾清理', 'Rubbish removal', '倒垃圾 垃圾桶 垃圾没倒', 'trash_bin rubbish_bin bin', 'clean availability'),
					A('requests', '物品补充', 'Requests & replenishment', '补充 送来 送物 加被子 加枕头', 'replenish extra_towels extra_pillows request', 'speed attitude availability'),
					A('dnd', '免打扰', 'Do not disturb', '请勿打扰 免打扰 敲门', 'do_not_disturb dnd knocked knocking', 'privacy attitude'),
					A('lostfound', '遗留物品', 'Lost & found', '遗留物品 遗失物品 落下 忘在房间', 'lost_and_found left_behind forgot_in_the_room', 'speed communication competence'),
				],
			},
		],
	},
	{
		id: 'clean',
		name: { zh: '卫生清洁', en: 'Cleanliness' },
		terms: terms('卫生 清洁 干净 脏 卫生条件', 'cleanliness hygiene clean dirty'),
		owner: 'HK',
		categories: [
			{
				id: 'clean.pests', name: { zh: '虫害', en: 'Pests' }, owner: 'HK', terms: terms('虫 虫子', 'pests insects'),
				aspects: [
					A('cockroach', '蟑螂', 'Cockroaches', '蟑螂 小强', 'cockroach cockroaches roach roaches', 'safety clean'),
					A('bedbug', '臭虫', 'Bed bugs', '臭虫 床虱 跳蚤 螨虫', 'bed_bugs bedbugs bed_bug fleas mites', 'safety clean'),
					A('rodent', '老鼠', 'Rodents', '老鼠 耗子', 'rat rats mouse mice rodent', 'safety clean'),
					A('flies', '蚊蝇', 'Mosquitoes & flies', '蚊子 苍蝇 飞虫', 'mosquito mosquitoes flies', 'safety clean'),
				],
			},
			{
				id: 'clean.public', name: { zh: '公共区域卫生', en: 'Public area cleanliness' }, owner: 'HK', terms: terms('公共区域', 'public_areas common_areas'),
				aspects: [
					A('lobby', '大堂卫生', 'Lobby', '大堂地面 大堂卫生', 'lobby_floor', 'clean odor'),
					A('restrooms', '公共洗手间', 'Public restrooms', '公共洗手间 公共卫生间 公厕', 'public_restroom public_toilets', 'clean odor availability'),
					A('elevators', '电梯卫生', 'Elevator cleanliness', '电梯里 轿厢', 'inside_the_elevator lift_car', 'clean odor'),
				],
			},
			{
				id: 'clean.covid', name: { zh: '消毒与防疫', en: 'Disinfection' }, owner: 'HK', terms: terms('消毒 防疫 杀菌', 'disinfect* sanitiz* sanitis*'),
				aspects: [
					A('disinfection', '消毒', 'Disinfection', '消毒 消毒柜 杯具消毒', 'disinfection sanitizer sanitiser', 'availability clean'),
					A('measures', '防疫措施', 'Health measures', '测温 口罩 健康码 防疫措施 核酸', 'temperature_check masks face_masks covid', 'availability process'),
					A('purifier', '空气净化', 'Air purification', '空气净化器 净化器 加湿器', 'air_purifier humidifier', 'availability function'),
				],
			},
		],
	},
	{
		id: 'front',
		name: { zh: '前厅与入离', en: 'Front office' },
		terms: terms('前台 前厅 大堂 总台', 'front_desk reception frontdesk lobby'),
		owner: 'FO',
		categories: [
			{
				id: 'front.checkin', name: { zh: '入住', en: 'Check-in' }, owner: 'FO', terms: terms('入住 办理入住 登记入住 check_in', 'check-in checkin check_in checked_in checking_in'),
				aspects: [
					A('wait', '入住等待', 'Check-in wait', '等房 排队入住 房间没准备好 拿到房 拿房 拿到房卡 拿房卡 拿到房间 才有房 进到房间', 'room_not_ready waiting_for_the_room room_ready room_was_ready room_wasn\'t_ready room_was_not_ready room_still_wasn\'t_ready room_was_still_not_ready room_still_not_ready room_wasn\'t_ready_yet room_to_be_ready room_would_be_ready room_be_ready get_into_our_room got_into_our_room get_into_the_room got_into_the_room', 'speed communication'),
					A('id', '证件与登记', 'ID & registration', '身份证 护照 登记 人脸识别 刷脸', 'passport registration id_card', 'process function'),
					A('deposit', '押金', 'Deposit', '押金 预授权 冻结', `deposit pre-authorization pre-authorisation hold ${['took_two_weeks', 'took_three_weeks', 'took_weeks', 'took_a_month', 'took_a_week', 'took_over_a_week', 'took_days', 'took_ten_days'].map((t) => `${t}_to_come_back`).join(' ')}`, 'billing process communication speed'),
					A('early', '提前入住', 'Early check-in', '提前入住 早到', 'early_check-in early_checkin arrived_early', 'availability price attitude'),
					A('upgrade', '升级', 'Upgrades', '升级 房型升级 免费升级 升房 升级房型 升级的房型', 'upgrade upgraded_to upgraded_our_room room_upgrade free_upgrade', 'availability attitude communication'),
					A('welcome', '欢迎礼遇', 'Welcome amenities', '欢迎水果 欢迎饮品 迎宾饮品 欢迎礼', 'welcome_drink welcome_fruit welcome_amenity', 'availability quality'),
					A('assignment', '排房', 'Room assignment', '排房 分房 给了 安排的房间 楼层', 'room_assignment assigned_room gave_us_a_room', 'accuracy attitude communication'),
				],
			},
			{
				id: 'front.checkout', name: { zh: '退房', en: 'Check-out' }, owner: 'FO', terms: terms('退房 离店 结账', 'check-out checkout check_out checked_out'),
				aspects: [
					A('speed', '退房效率', 'Check-out speed', '查房 退房慢 快速退房 免查房', 'express_checkout room_inspection', 'speed process'),
					A('late', '延迟退房', 'Late check-out', '延迟退房 晚退房 延时退房 晚点退房', 'late_check-out late_checkout', 'availability price attitude'),
					A('invoice', '发票', 'Invoice', '发票 开票 专票 普票', 'invoice receipt fapiao', 'billing speed competence', {
						items: [
							A('einvoice', '电子发票', 'E-invoice', '电子发票 自助开票 扫码开票', 'e-invoice electronic_invoice', 'function speed'),
						],
					}),
					A('bill', '账单', 'Bill', '账单 消费明细 费用明细', 'bill folio statement', 'billing accuracy'),
				],
			},
			{
				id: 'front.staff', name: { zh: '前台员工', en: 'Front desk staff' }, owner: 'FO', terms: terms('前台 前台小姐姐 前台小哥 接待 前台人员 前台服务员', 'receptionist receptionists front_desk_staff desk_clerk'),
				aspects: [
					A('reception', '前台接待', 'Reception service', '前台服务 接待员 值班经理 大堂经理', 'front_desk_service duty_manager front_office_manager', 'attitude competence speed communication staff'),
					A('concierge', '礼宾', 'Concierge & bell', '礼宾 行李员 门童 行李 寄存', 'concierge bellboy bellman doorman luggage bags porter', 'attitude speed availability', {
						items: [
							A('storage', '行李寄存', 'Luggage storage', '行李寄存 寄存', 'luggage_storage left_luggage store_our_bags', 'availability safety speed'),
							A('bags', '行李运送', 'Luggage delivery', '送行李 搬行李 拿行李 提行李', 'carried_our_bags bags_to_the_room luggage_delivery', 'speed attitude'),
							A('tours', '代订与咨询', 'Bookings & recommendations', '代订 订票 旅游咨询 推荐景点 推荐餐厅', 'tour_booking tour_bookings ticket_booking booked_tickets', 'competence communication'),
							A('doorman', '门童', 'Doorman', '门童 迎宾员', 'doorman doormen', 'attitude'),
						],
					}),
					A('phone', '总机与电话', 'Operator & phone', '总机 打电话 电话没人接 客服电话', 'operator phone_call nobody_answered hotline', 'speed attitude communication'),
					A('wakeup', '叫醒服务', 'Wake-up call', '叫醒 叫醒服务 morning_call', 'wake-up_call wake_up_call', 'accuracy function'),
				],
			},
			{
				id: 'front.digital', name: { zh: '自助与数字化服务', en: 'Self-service & digital' }, owner: 'IT', terms: terms('自助服务 自助设备 数字化', 'self-service digital_services'),
				aspects: [
					A('kiosk', '自助入住机', 'Self check-in kiosk', '自助入住机 自助机 自助入住 自助退房 自助终端', 'kiosk kiosks self_check-in self-check-in', 'function speed availability'),
					A('ekey', '电子钥匙', 'Mobile key', '手机开门 电子钥匙 手机房卡 蓝牙开门 电子房卡', 'mobile_key digital_key e-key phone_key', 'function'),
					A('onlinecheckin', '在线选房入住', 'Online check-in', '在线选房 线上入住 在线入住 提前选房', 'online_check-in mobile_check-in', 'function process'),
					A('hotelapp', '酒店App与公众号', 'Hotel app', '酒店app 酒店APP 公众号 会员app', 'hotel_app mobile_app hotel\'s_app', 'function communication'),
					A('robot', '送物机器人', 'Delivery robot', '送物机器人 送餐机器人 机器人送', 'delivery_robot robot_delivery', 'function speed'),
					A('qrcode', '扫码服务', 'QR-code services', '扫码 二维码 扫码点餐', 'qr_code qr_codes', 'function'),
				],
			},
			{
				id: 'front.lobby', name: { zh: '大堂环境', en: 'Lobby' }, owner: 'FO', terms: terms('大堂 大厅 门厅', 'lobby entrance foyer'),
				aspects: [
					A('ambience', '大堂氛围', 'Lobby ambience', '大堂 大厅 氛围 香氛', 'lobby_ambience atmosphere scent', 'design odor size noise'),
					A('seating', '休息区', 'Lobby seating', '休息区 等候区', 'seating_area waiting_area', 'comfort availability clean'),
				],
			},
		],
	},
	{
		id: 'service',
		name: { zh: '服务', en: 'Service' },
		terms: terms('服务', 'service'),
		owner: 'QA',
		categories: [
			{
				id: 'service.attitude', name: { zh: '服务态度', en: 'Staff attitude' }, owner: 'QA', terms: terms('服务态度 态度', 'attitude'),
				aspects: [
					A('friendliness', '热情友好', 'Friendliness', '热情 友好 微笑 亲切 笑容 热心', 'friendly friendliness smile smiling warm welcoming', 'attitude'),
					A('courtesy', '礼貌', 'Courtesy', '礼貌 没礼貌 不礼貌 粗鲁 凶 骂 傲慢 冷漠 冷淡 爱理不理', 'polite courteous rude impolite arrogant dismissive condescending', 'attitude'),
					A('patience', '耐心', 'Patience', '耐心 不耐烦 嫌麻烦', 'patient impatient patience', 'attitude'),
				],
			},
			{
				id: 'service.quality', name: { zh: '服务质量', en: 'Service quality' }, owner: 'QA', terms: terms('服务质量 服务水平', 'service_quality level_of_service'),
				aspects: [
					A('staff', '员工', 'Staff', '服务员 员工 工作人员 服务人员 管家 经理 小姐姐 小哥', 'staff employees team personnel butler manager', 'attitude competence speed communication staff'),
					A('responsiveness', '响应速度', 'Responsiveness', '响应 回应 反应 速度 效率 等待时间 等候时间 等的时间 等得时间 等时间', 'responsive responsiveness response_time', 'speed communication'),
					A('problem', '问题解决', 'Problem resolution', '解决 处理 投诉处理 解决问题 推诿 踢皮球', 'resolve resolved resolution handled sorted_out fixed_the_problem', 'competence speed attitude'),
					A('personal', '个性化服务', 'Personal touches', '惊喜 生日 贴心 细节 手写卡片 欢迎卡 小礼物', 'personal_touch birthday surprise welcome_note amenity_gift thoughtful', 'attitude availability'),
					A('language', '外语能力', 'Language skills', '英语 外语 普通话 方言 听不懂', 'english language_barrier mandarin translate', 'communication competence'),
					A('recovery', '服务补救', 'Service recovery', '补偿 道歉 升级房 赠送 致歉', 'apolog* compensat* upgraded_us goodwill', 'attitude competence', {
						items: [
							A('apology', '道歉', 'Apology', '道歉 致歉 赔不是', 'apolog*', 'attitude'),
							A('compensation', '补偿', 'Compensation', '补偿 赔偿 赠送 减免 免单', 'compensat* goodwill discount_offered', 'availability attitude'),
							A('followup', '回访跟进', 'Follow-up', '电话回访 回访电话 客服回访 事后回访 没有回访 没回访 回访了 跟进', 'follow-up followed_up follow_up', 'speed communication'),
							A('escalation', '升级处理', 'Escalation', '找经理 经理出面 要求见经理', 'asked_for_the_manager escalat*', 'speed attitude competence'),
						],
					}),
				],
			},
			{
				id: 'service.butler', name: { zh: '专属服务', en: 'Special services' }, owner: 'FO', terms: terms('管家服务 行政酒廊 贵宾', 'butler_service executive_lounge vip'),
				aspects: [
					A('lounge', '行政酒廊', 'Executive lounge', '行政酒廊 酒廊 下午茶 欢乐时光', 'executive_lounge club_lounge happy_hour afternoon_tea', 'variety taste attitude size', {
						items: [
							A('clubbreakfast', '行政早餐', 'Club breakfast', '行政早餐 酒廊早餐', 'club_breakfast lounge_breakfast', 'variety taste'),
							A('happyhour', '欢乐时光', 'Evening cocktails', '欢乐时光 鸡尾酒时光 晚间酒水', 'happy_hour evening_cocktails', 'variety taste hours'),
							A('access', '酒廊礼遇', 'Lounge access', '酒廊权益 进酒廊 酒廊礼遇', 'lounge_access club_access', 'availability accuracy'),
							A('clubcheckin', '行政楼层入住', 'Club check-in', '行政楼层入住 酒廊入住 行政楼层', 'club_check-in club_floor', 'speed attitude'),
						],
					}),
					A('member', '会员权益', 'Member benefits', '会员 积分 权益 金卡 白金卡', 'member membership loyalty points elite benefits', 'availability accuracy communication', {
						items: [
							A('points', '积分', 'Points', '积分 积分没到账 里程', 'points air_miles', 'accuracy availability speed'),
							A('tier', '会员等级', 'Status tier', '会员等级 金卡 白金卡 钻石卡', 'tier elite_status status_level', 'accuracy availability'),
							A('memberrate', '会员价', 'Member rate', '会员价 会员折扣', 'member_rate member_price member_discount', 'price accuracy'),
							A('benefits', '会员礼遇', 'Member perks', '会员礼遇 会员早餐 会员延迟退房 权益', 'member_benefits member_perks benefits', 'availability accuracy'),
						],
					}),
					A('transfer', '接送机', 'Airport transfer', '接机 送机 接送 班车 穿梭巴士', 'airport_transfer shuttle pick-up pickup drop-off', 'speed price availability', {
						items: [
							A('pickup', '接送机服务', 'Airport pick-up', '接机 送机 接站', 'airport_pickup airport_pick-up pickup pick-up', 'speed accuracy communication'),
							A('shuttle', '班车', 'Shuttle bus', '班车 穿梭巴士 摆渡车 接驳车 机场班车 去机场的班车 到机场的班车 机场大巴', 'shuttle shuttle_bus airport_shuttle shuttle_to_the_airport shuttle_from_the_airport shuttle_to_and_from_the_airport', 'hours availability comfort'),
							A('driver', '接送司机', 'Driver', '酒店司机 接机司机 接送司机', 'hotel_driver shuttle_driver', 'attitude safety'),
							A('vehicle', '接送车辆', 'Vehicle', '接送车 专车 车况', 'shuttle_car hotel_car', 'clean condition comfort'),
						],
					}),
					A('laundry', '洗衣', 'Laundry', '洗衣 干洗 洗衣房 自助洗衣', 'laundry dry_cleaning washing_machine', 'price speed quality availability', {
						items: [
							A('damage', '衣物损坏', 'Damaged garments', '洗坏 洗破 缩水 染色 洗丢', 'damaged_clothes shrunk lost_laundry', 'quality communication'),
							A('express', '加急洗衣', 'Express laundry', '加急洗衣 快洗 当天洗', 'express_laundry same-day_laundry', 'speed price'),
							A('selfservice', '自助洗衣', 'Self-service laundry', '自助洗衣 洗衣机 烘干机', 'washing_machine tumble_dryer guest_laundry', 'availability function clean price'),
							A('pressing', '熨烫', 'Pressing', '熨烫 熨衣服', 'pressing ironing_service', 'price speed quality'),
						],
					}),
					A('kids', '亲子服务', 'Family & kids', '儿童 小孩 宝宝 亲子 婴儿床 儿童乐园', 'kids children child family baby_cot crib', 'availability safety attitude', {
						items: [
							A('cot', '婴儿床', 'Baby cot', '婴儿床 宝宝床', 'baby_cot crib cot', 'availability clean safety'),
							A('kidsamenities', '儿童用品', 'Kids amenities', '儿童用品 儿童拖鞋 儿童牙刷 儿童浴袍', 'kids_amenities kids_slippers', 'availability'),
							A('babysitting', '托管看护', 'Babysitting', '托管 看护 保姆 托儿', 'babysitting babysitter nanny', 'availability price safety'),
							A('kidsmeals', '儿童餐', 'Kids meals', '儿童餐 儿童餐椅 宝宝椅', 'kids_menu high_chair', 'availability variety'),
						],
					}),
					A('vip', '贵宾接待', 'VIP treatment', '贵宾 贵宾接待 VIP接待', 'vip vip_treatment', 'attitude availability communication'),
					A('pets', '宠物', 'Pets', '宠物 狗 猫', 'pet pets dog cat pet-friendly', 'availability price', {
						items: [
							A('petfee', '宠物费用', 'Pet fee', '宠物费 宠物押金 宠物清洁费', 'pet_fee pet_deposit', 'price'),
							A('petrules', '宠物政策', 'Pet policy', '宠物规定 不能带宠物 禁止宠物 可带宠物', 'pet_policy no_pets pets_allowed', 'communication accuracy'),
							A('petamenities', '宠物用品', 'Pet amenities', '宠物用品 狗窝 狗碗 猫砂', 'dog_bed pet_bowl cat_litter', 'availability'),
						],
					}),
					A('accessible', '无障碍', 'Accessibility', '无障碍 轮椅 残疾 老人', 'accessible accessibility wheelchair disabled elderly', 'availability safety', {
						items: [
							A('accessibleroom', '无障碍客房', 'Accessible room', '无障碍房 无障碍客房', 'accessible_room', 'availability size safety'),
							A('ramp', '坡道与通道', 'Ramps & step-free access', '坡道 无障碍通道 台阶', 'ramp ramps step-free', 'availability safety'),
							A('grabbars', '扶手', 'Grab bars', '扶手 安全扶手', 'grab_bars grab_rail handrail*', 'availability safety condition'),
						],
					}),
				],
			},
		],
	},
	{
		id: 'fb',
		name: { zh: '餐饮', en: 'Food & beverage' },
		terms: terms('餐饮 餐厅 吃饭 饭菜 菜品 食物', 'food dining restaurant restaurants meals'),
		owner: 'FB',
		categories: [
			{
				id: 'fb.breakfast', name: { zh: '早餐', en: 'Breakfast' }, owner: 'FB', terms: terms('早餐 早饭 自助早餐 早点', 'breakfast buffet_breakfast'),
				aspects: [
					A('buffet', '早餐整体', 'Breakfast overall', '早餐品种 早餐种类 早餐质量', 'breakfast_selection breakfast_spread', 'variety taste price', {
						items: [
							A('hot', '热菜', 'Hot dishes', '热菜 炒菜 煎蛋 鸡蛋 培根 香肠', 'hot_dishes eggs bacon sausages omelette omelet', 'taste variety temperature'),
							A('noodles', '面点粥粉', 'Noodles, congee & dim sum', '面条 粥 米粉 包子 馒头 点心 油条 豆浆 现煮面', 'noodles congee porridge dumplings dim_sum buns', 'taste variety temperature'),
							A('bakery', '面包糕点', 'Bakery', '面包 糕点 蛋糕 吐司 羊角包', 'bread pastries pastry croissant toast cakes', 'taste variety'),
							A('fruit', '水果', 'Fruit', '水果 果盘', 'fruit fruits', 'variety taste availability'),
							A('drinks', '饮品', 'Drinks', '咖啡 茶 果汁 牛奶 饮料', 'coffee tea juice milk drinks', 'taste variety availability'),
							A('western', '西式早餐', 'Western options', '西式 西餐 麦片 酸奶 奶酪', 'western cereal yogurt yoghurt cheese', 'variety taste'),
						],
					}),
					A('time', '早餐时间', 'Breakfast hours', '早餐时间 早餐几点 早餐开放', 'breakfast_hours breakfast_time', 'hours'),
					A('crowd', '就餐环境', 'Crowding & seating', '早餐排队 排队取餐 取餐排队 餐厅排队 排队等位 排队等座 等座 排号 座位 人多 人太多 人很多 拥挤 等位', 'crowded breakfast_queue queue_for_breakfast queue_for_a_table seats seating no_tables', 'size speed noise'),
					A('livestation', '现做档口', 'Live cooking station', '现做 明档 蛋档 煎蛋台', 'egg_station live_station omelette_station', 'taste speed variety'),
					A('takeaway', '打包早餐', 'Breakfast to go', '打包早餐 早餐打包 早餐盒', 'breakfast_box takeaway_breakfast breakfast_to_go', 'availability'),
					A('refill', '补餐', 'Replenishment', '补餐 补菜 没了 空盘 补充', 'refill replenish* empty_trays ran_out', 'speed availability'),
					A('includes', '含早', 'Breakfast included', '含早 双早 单早 不含早', 'breakfast_included included_breakfast', 'price accuracy'),
				],
			},
			{
				id: 'fb.restaurant', name: { zh: '餐厅', en: 'Restaurants' }, owner: 'FB', terms: terms('餐厅 中餐厅 西餐厅 自助餐 晚餐 午餐', 'restaurant dinner lunch buffet'),
				aspects: [
					A('dishes', '菜品', 'Dishes', '菜 菜品 菜肴 饭菜 招牌菜 特色菜', 'dish dishes menu meal food', 'taste variety portion price hygiene_food'),
					A('chinese', '中餐', 'Chinese restaurant', '中餐 中餐厅 粤菜 川菜 火锅', 'chinese_restaurant cantonese sichuan hot_pot', 'taste price variety'),
					A('western', '西餐', 'Western restaurant', '西餐 西餐厅 牛排 意面 披萨', 'steak pasta pizza western_restaurant', 'taste price variety'),
					A('buffetdinner', '自助餐', 'Dinner buffet', '自助晚餐 自助餐 海鲜自助', 'dinner_buffet seafood_buffet', 'taste variety price'),
					A('waiters', '餐厅服务员', 'Waiting staff', '餐厅服务员 传菜 上菜', 'waiter waiters waitress server servers', 'attitude speed competence staff'),
					// A portion told alone ("分量太少了", "量足") is the food's: a hotel has no other portion.
					A('portion', '分量', 'Portion', '分量 份量 量足 量少 量大', 'portion portions portion_size', 'price'),
					A('tableware', '餐具', 'Tableware', '餐具 刀叉 筷子', 'cutlery tableware', 'clean availability'),
					A('dietary', '特殊饮食', 'Dietary needs', '素食 清真 无麸质 忌口', 'vegetarian vegan halal gluten-free dietary', 'availability variety'),
					A('tablebooking', '订座', 'Table booking', '订座 订位 预约用餐', 'table_booking book_a_table', 'availability process'),
					A('ambience', '用餐环境', 'Dining ambience', '用餐环境 餐厅环境 包间 包厢', 'ambience ambiance atmosphere private_room', 'design noise clean size'),
				],
			},
			{
				id: 'fb.bar', name: { zh: '酒吧与饮品', en: 'Bar & drinks' }, owner: 'FB', terms: terms('酒吧 大堂吧', 'bar lobby_bar'),
				aspects: [
					A('cocktails', '酒水', 'Drinks & cocktails', '酒水 鸡尾酒 红酒 啤酒 酒', 'cocktail cocktails wine beer drinks', 'taste price variety'),
					A('coffee', '咖啡厅', 'Café', '咖啡厅 咖啡 下午茶', 'cafe café coffee_shop', 'taste price'),
					A('bartender', '调酒师', 'Bartenders', '调酒师 酒保', 'bartender bartenders', 'attitude competence speed'),
				],
			},
			{
				id: 'fb.inroom', name: { zh: '送餐服务', en: 'In-room dining' }, owner: 'FB', terms: terms('送餐 客房送餐 点餐 外卖', 'in-room_dining room_service room_service_menu'),
				aspects: [
					A('delivery', '送餐速度', 'Delivery', '送餐 送到房间 配送', 'delivered delivery brought_up', 'speed temperature accuracy'),
					A('menu', '送餐菜单', 'Menu', '送餐菜单 菜单', 'room_service_menu', 'variety price hours'),
					A('order', '送餐点单', 'Ordering', '订餐电话 送餐电话 客房点餐', 'room_service_order ordering_room_service', 'speed accuracy communication'),
					A('irdfood', '送餐菜品', 'In-room meals', '送餐菜品 房间用餐 房内用餐', 'in-room_meal meal_in_the_room', 'taste temperature portion price'),
					A('tray', '餐具回收', 'Tray collection', '收餐具 餐具回收 收餐 餐车', 'tray_collection room_service_tray room_service_trays', 'speed clean'),
					A('charge', '送餐服务费', 'Delivery charge', '送餐费 送餐服务费', 'delivery_charge tray_charge', 'price'),
				],
			},
		],
	},
	{
		id: 'facilities',
		name: { zh: '设施', en: 'Facilities' },
		terms: terms('设施 设备 硬件 配套', 'facilities facility amenities equipment'),
		owner: 'ENG',
		categories: [
			{
				id: 'facilities.leisure', name: { zh: '康体娱乐', en: 'Leisure' }, owner: 'REC', terms: terms('康体 娱乐', 'leisure recreation'),
				aspects: [
					A('pool', '泳池', 'Swimming pool', '泳池 游泳池 游泳 恒温泳池 无边泳池', 'pool swimming_pool infinity_pool', 'clean temperature size hours', {
						items: [
							A('lifeguard', '救生员', 'Lifeguard', '救生员', 'lifeguard lifeguards', 'availability attitude safety'),
							A('changing', '更衣室', 'Changing rooms', '更衣室 储物柜', 'changing_room changing_rooms locker_room lockers', 'clean availability'),
							A('pooltowels', '泳池毛巾', 'Pool towels', '泳池毛巾 泳巾', 'pool_towels', 'availability clean'),
							A('kidspool', '儿童池', 'Kids pool', '儿童池 戏水池 儿童泳池', 'kids_pool paddling_pool', 'safety clean'),
							A('poolwater', '池水', 'Pool water', '池水 泳池水 氯', 'pool_water chlorine', 'clean odor temperature'),
						],
					}),
					A('gym', '健身房', 'Gym', '健身房 健身 器械 跑步机', 'gym fitness_centre fitness_center treadmill', 'condition variety clean hours', {
						items: [
							A('machines', '健身器械', 'Equipment', '器械 跑步机 哑铃 动感单车 椭圆机', 'treadmill treadmills free_weights weight_machines dumbbells', 'condition variety'),
							A('classes', '课程', 'Classes', '瑜伽 团课 私教课', 'yoga classes class_schedule', 'variety price hours'),
							A('coach', '健身教练', 'Trainers', '教练 私教', 'personal_trainer trainer fitness_coach', 'attitude competence'),
						],
					}),
					A('spa', '水疗', 'Spa & massage', 'SPA 水疗 按摩 足疗 桑拿', 'spa massage sauna steam_room', 'price attitude clean', {
						items: [
							A('massage', '按摩护理', 'Massage & treatments', '按摩 推拿 足疗 面部护理 精油', 'massage foot_massage facial spa_treatment spa_treatments', 'quality price variety'),
							A('therapist', '技师', 'Therapists', '技师 按摩师 理疗师', 'therapist therapists masseuse masseur', 'attitude competence'),
							A('sauna', '桑拿汗蒸', 'Sauna & steam', '桑拿 汗蒸 蒸汽房', 'sauna steam_room', 'temperature clean hours'),
							A('spabooking', '水疗预约', 'Spa booking', 'SPA预约 水疗预约 按摩预约', 'spa_booking spa_appointment', 'availability process'),
						],
					}),
					A('ktv', 'KTV', 'Karaoke', 'KTV 卡拉OK', 'karaoke ktv', 'price clean condition noise'),
					A('cards', '棋牌室', 'Card & mahjong room', '棋牌室 麻将 麻将机', 'mahjong card_room', 'clean price condition odor'),
					A('courts', '球场', 'Courts', '网球场 篮球场 羽毛球', 'tennis tennis_court basketball_court badminton', 'condition availability'),
					A('kids', '儿童乐园', 'Kids club', '儿童乐园 儿童俱乐部 游乐区', 'kids_club playground play_area', 'safety clean variety', {
						items: [
							A('activities', '亲子活动', 'Kids activities', '亲子活动 儿童活动 手工活动', 'kids_activities activities_for_kids', 'variety hours'),
							A('kidsstaff', '儿童看护员', 'Kids club staff', '儿童乐园老师 看护老师', 'kids_club_staff', 'attitude safety'),
						],
					}),
				],
			},
			{
				id: 'facilities.building', name: { zh: '楼宇设施', en: 'Building' }, owner: 'ENG', terms: terms('楼 大楼 建筑', 'building'),
				aspects: [
					A('elevator', '电梯', 'Elevators', '电梯 电梯间 梯控', 'elevator elevators lift lifts', 'speed condition safety function'),
					A('corridor', '走廊', 'Corridors', '走廊 过道 楼道', 'corridor corridors hallway hallways', 'clean lighting odor'),
					A('signage', '标识', 'Signage', '标识 指示牌 导视', 'signs signage wayfinding', 'findability'),
					A('power', '供电', 'Power supply', '停电 断电 跳闸', 'power_cut power_outage blackout', 'condition function'),
					A('water', '供水', 'Water supply', '停水 水质 水黄 自来水', 'water_supply water_quality no_water', 'condition clean'),
					A('smoking', '吸烟管理', 'Smoking', '吸烟 抽烟 烟味 无烟', 'smoking smoke non-smoking cigarette', 'odor availability', {
						items: [
							A('smokingroom', '吸烟房', 'Smoking rooms', '吸烟房 可吸烟', 'smoking_room smoking_rooms', 'availability odor'),
							A('smokingarea', '吸烟区', 'Smoking area', '吸烟区 吸烟室', 'smoking_area', 'availability findability'),
							A('nonsmoking', '无烟房', 'Non-smoking rooms', '无烟房 无烟楼层 无烟客房', 'non-smoking_room non-smoking_floor', 'odor availability'),
						],
					}),
				],
			},
			{
				id: 'facilities.business', name: { zh: '商务会议', en: 'Business & events' }, owner: 'SM', terms: terms('商务 会议', 'business events'),
				aspects: [
					A('meeting', '会议室', 'Meeting rooms', '会议室 会议厅 多功能厅', 'meeting_room meeting_rooms conference_room function_room', 'size condition price'),
					A('businesscentre', '商务中心', 'Business centre', '商务中心 打印 复印', 'business_centre business_center printing printer', 'availability price function'),
					A('av', '会议设备', 'AV equipment', '投影 投影仪 话筒 音响', 'projector microphone audio-visual av_equipment', 'function condition'),
					A('coffeebreak', '茶歇', 'Coffee breaks', '茶歇', 'coffee_break coffee_breaks tea_break', 'variety taste availability speed', { owner: 'FB' }),
					A('meetingfood', '会议餐', 'Conference meals', '会议餐 工作餐 会议午餐 会议自助餐', 'working_lunch conference_lunch delegate_lunch', 'taste variety price speed', { owner: 'FB' }),
					A('meeting_service', '会务服务', 'Meeting services', '会务 会务服务 会议服务 会务人员', 'meeting_service conference_staff event_staff', 'attitude speed competence communication'),
					A('signin', '会议签到', 'Delegate registration', '会议签到 签到台', 'delegate_registration registration_desk', 'speed process'),
					A('package', '会议报价', 'Meeting packages & quotes', '会议报价 会议套餐 场租', 'meeting_package day_delegate_rate room_hire', 'price accuracy'),
				],
			},
			{
				id: 'facilities.banquets', name: { zh: '宴会与婚宴', en: 'Banquets & weddings' }, owner: 'FB', terms: terms('宴会 宴席 酒席', 'banquet banquets'),
				aspects: [
					A('wedding', '婚宴', 'Weddings', '婚宴 婚礼 喜宴 办婚礼', 'wedding weddings wedding_reception', 'price communication accuracy competence', { owner: 'SM' }),
					A('banquetmenu', '宴会菜品', 'Banquet menu', '宴会菜 婚宴菜 桌菜 席面', 'banquet_menu set_menu banquet_food', 'taste portion variety temperature price hygiene_food'),
					A('banquet_service', '宴会服务', 'Banquet service', '宴会服务 宴会经理 宴会服务员 宴会厅服务员 婚宴服务', 'banquet_service banquet_staff banquet_manager', 'attitude speed competence staff'),
					A('planning', '活动策划', 'Planning & coordination', '婚庆 策划 彩排', 'event_planner wedding_planner coordinator rehearsal', 'communication competence accuracy', { owner: 'SM' }),
					A('setup', '场地布置', 'Set-up & decoration', '场地布置 婚礼布置 宴会布置 布场 舞台 背景板', 'event_decoration wedding_decoration wedding_backdrop', 'quality accuracy design'),
					A('venue', '宴会厅', 'Ballroom & venue', '宴会厅 宴会场地 草坪婚礼 婚礼场地', 'ballroom banquet_hall wedding_venue', 'size design condition clean'),
					A('corkage', '酒水与开瓶费', 'Drinks & corkage', '开瓶费 自带酒水 宴会酒水', 'corkage', 'price availability'),
					A('events', '其他宴会', 'Parties & galas', '年会 寿宴 满月酒 生日宴 谢师宴 团建', 'gala_dinner birthday_party corporate_event', 'price attitude communication', { owner: 'SM' }),
				],
			},
			{
				id: 'facilities.parking', name: { zh: '停车', en: 'Parking' }, owner: 'SEC', terms: terms('停车 停车场 车位 泊车', 'parking car_park garage'),
				aspects: [
					A('space', '车位', 'Parking spaces', '车位 停车位 车位少', 'parking_spaces parking_spot', 'availability size'),
					A('fee', '停车费', 'Parking fee', '停车费 停车收费 免费停车', 'parking_fee parking_charge free_parking', 'price billing'),
					A('valet', '代客泊车', 'Valet', '代客泊车 泊车员', 'valet valet_parking', 'speed attitude'),
					A('ev', '充电桩', 'EV charging', '充电桩 新能源', 'ev_charger ev_charging charging_station', 'availability function'),
				],
			},
		],
	},
	{
		id: 'location',
		name: { zh: '位置与交通', en: 'Location & transport' },
		terms: terms('位置 地理位置 地段 地点 到市区 去市区 离市区 进市区 到市中心 去市中心 离市中心 偏僻 地方偏', 'location located position neighbourhood neighborhood area city_centre city_center town_centre town_center downtown the_centre the_center walk_from close_to_everything far_from_everything walking_distance'),
		owner: 'SM',
		categories: [
			{
				id: 'location.transport', name: { zh: '交通', en: 'Transport' }, owner: 'SM', terms: terms('交通 出行', 'transport transportation getting_around'),
				aspects: [
					A('metro', '地铁', 'Metro', '地铁 地铁站 轻轨 地铁口', 'metro subway underground tube mtr metro_station subway_station tube_station underground_station', 'convenience'),
					A('bus', '公交', 'Bus', '公交 公交站 巴士', 'bus bus_stop', 'convenience'),
					A('airport', '机场', 'Airport', '机场', 'airport', 'convenience'),
					A('station', '火车站', 'Railway station', '火车站 高铁站 高铁 动车', 'train_station railway_station high-speed_rail station stations', 'convenience'),
					A('taxi', '打车', 'Taxi', '打车 出租车 网约车 滴滴', 'taxi cab uber grab', 'convenience'),
				],
			},
			{
				id: 'location.surroundings', name: { zh: '周边环境', en: 'Surroundings' }, owner: 'SM', terms: terms('周边 周围 附近', 'surroundings nearby around_the_hotel'),
				aspects: [
					A('dining', '周边餐饮', 'Nearby dining', '周边吃饭 附近餐馆 美食街 小吃', 'restaurants_nearby food_street eateries', 'convenience variety'),
					A('shopping', '周边购物', 'Shopping', '商场 超市 便利店 购物', 'mall shopping supermarket convenience_store', 'convenience'),
					A('sights', '景点', 'Attractions', '景点 景区 步行街 外滩 西湖 海边 沙滩', 'attractions sights sightseeing beach old_town', 'convenience view'),
					A('business', '商圈', 'Business district', '商圈 商务区 写字楼 会展中心', 'business_district cbd convention_centre', 'convenience'),
					A('safety', '周边安全', 'Neighbourhood safety', '治安 周边安全', 'safe_area neighbourhood_safety sketchy', 'safety'),
				],
			},
			{
				id: 'location.access', name: { zh: '抵达', en: 'Access' }, owner: 'SM', terms: terms(`路线 导航 好找 难找 不好找 容易找 ${SEARCHED_LONG}`, 'directions'),
				aspects: [
					A('finding', '寻找酒店', 'Finding the hotel', '找酒店 入口 门口 招牌', 'entrance find_the_hotel hotel_sign', 'findability'),
					A('dropoff', '落客区', 'Drop-off', '落客 门口停车 下车', 'drop-off drop_off curbside', 'convenience safety'),
				],
			},
		],
	},
	{
		id: 'value',
		name: { zh: '价格与价值', en: 'Price & value' },
		terms: terms('价格 房价 性价比 价位 价钱 房费 物有所值', 'price prices rate rates value value_for_money cost'),
		owner: 'SM',
		categories: [
			{
				id: 'value.room', name: { zh: '房价', en: 'Room rate' }, owner: 'RES', terms: terms('房价 房费', 'room_rate room_price nightly_rate'),
				aspects: [
					A('rate', '房价水平', 'Rate level', '房价 价格 价位', 'rate price_level', 'price'),
					// Cheap told alone ("真的便宜", "又便宜又干净"): the price paid, as the restaurant tree's price.level.verdict. Not
					// 贵 / expensive: a thing told dear is read with its price facet ("早餐太贵了", "Parking was expensive"), which
					// a topic word of its own would take.
					A('verdict', '便宜', 'Cheap', '便宜 实惠 平价 亲民', 'affordable reasonably_priced', 'price'),
					A('vfm', '性价比', 'Value for money', '性价比 物有所值 物超所值 值这个价', 'value_for_money worth_the_money worth_the_price for_what_you_get for_what_you_pay for_what_we_paid for_what_we_got', 'price quality'),
					A('fees', '附加费用', 'Extra fees', '服务费 附加费 额外收费 隐藏收费 加床费', 'service_charge hidden_fees extra_charge resort_fee', 'billing price', {
						// What the fee was for: each has its own rule to fix or to state up front (deposits, parking and the minibar have their own aspects).
						items: [
							A('servicecharge', '服务费', 'Service charge', '服务费 服务费用', 'service_charge service_fee', 'price billing'),
							A('citytax', '城市税', 'City & tourist tax', '城市税 旅游税 住宿税', 'city_tax tourist_tax occupancy_tax', 'price billing'),
							A('resortfee', '度假村费', 'Resort fee', '度假村费 设施费', 'resort_fee facility_fee', 'price billing'),
							A('extraperson', '加床加人费', 'Extra bed & person', '加床费 加人费 加早费', 'extra_bed_charge extra_person_fee', 'price billing'),
							A('latefee', '延时退房费', 'Late check-out fee', '延时费 超时费 加时费 半天房费', 'late_check-out_fee late_checkout_fee', 'price billing'),
							A('damagecharge', '损坏赔偿', 'Damage charges', '损坏赔偿 赔偿费 索赔', 'damage_charge damage_fee', 'billing communication'),
							A('cleaningfee', '清洁罚款', 'Cleaning & smoking penalties', '清洁费 吸烟罚款 罚款', 'cleaning_fee smoking_fee smoking_penalty', 'billing communication'),
							A('cardfee', '刷卡手续费', 'Card surcharge', '手续费 刷卡手续费', 'card_surcharge card_fee', 'price billing'),
						],
					}),
				],
			},
			{
				id: 'value.fb', name: { zh: '餐饮价格', en: 'F&B prices' }, owner: 'FB', terms: terms('餐饮价格 酒水价格', 'menu_prices'),
				aspects: [A('prices', '餐饮定价', 'F&B pricing', '菜价 餐费 早餐价格', 'food_prices drink_prices breakfast_price', 'price')],
			},
		],
	},
	{
		id: 'booking',
		name: { zh: '预订与渠道', en: 'Booking & channels' },
		terms: terms('预订 预定 订房 订单', 'booking reservation booked reserved'),
		owner: 'RES',
		categories: [
			{
				id: 'booking.channel', name: { zh: '预订渠道', en: 'Channels' }, owner: 'RES', terms: terms('携程 美团 飞猪 去哪儿 官网 小程序 艺龙 同程', 'booking.com expedia agoda trip.com ctrip website app'),
				aspects: [
					A('ota', 'OTA订单', 'OTA bookings', '携程订单 美团订单 平台订单 第三方', 'ota third-party online_travel_agency', 'accuracy communication process'),
					A('confirm', '预订确认', 'Confirmation', '预订确认 确认函 确认短信 没收到确认', 'booking_confirmation confirmation_email', 'speed communication accuracy'),
					A('payment', '支付', 'Payment', '预付 在线支付 到店付 支付失败 付款失败', 'prepaid prepayment pay_at_the_hotel online_payment payment_failed', 'billing function'),
					A('parity', '价差', 'Rate parity', '比官网贵 价格不一样 比平台贵', 'rate_parity cheaper_online cheaper_on_booking_sites', 'price accuracy'),
					A('direct', '官网与会员预订', 'Direct booking', '官网预订 小程序预订 电话预订', 'direct_booking booked_direct hotel_website', 'process price function'),
				],
			},
			{
				id: 'booking.policy', name: { zh: '预订政策', en: 'Policies' }, owner: 'RES', terms: terms('政策 规定', 'policy policies'),
				aspects: [
					A('cancel', '取消政策', 'Cancellation', '取消 取消订单 不可取消 退订', 'cancel cancellation cancelled non-refundable', 'process billing communication'),
					A('change', '修改订单', 'Changes', '修改订单 改日期 改期', 'change_booking modify amend', 'process communication'),
					A('overbook', '超售', 'Overbooking', '超售 满房 没房 房间不够 被取消', 'overbooked overbooking no_rooms_available fully_booked', 'communication competence'),
					A('roomtype', '房型与描述', 'Room type vs booking', '房型不符 订的房型 与预订不符 降级 给的却是 安排的却是 却给了我们 却给我们安排', 'room_type wrong_room different_room not_what_we_booked downgraded', 'accuracy communication'),
				],
			},
		],
	},
	{
		id: 'safety',
		name: { zh: '安全与安保', en: 'Safety & security' },
		terms: terms('安全 安保 保安', 'safety security guard'),
		owner: 'SEC',
		categories: [
			{
				id: 'safety.security', name: { zh: '安保', en: 'Security' }, owner: 'SEC', terms: terms('安保 保安 监控', 'security cctv guard guards'),
				aspects: [
					A('access', '门禁', 'Access control', '门禁 房卡 刷卡 门卡', 'key_card keycard room_key access_card', 'function safety'),
					A('lock', '门锁', 'Door lock', '门锁 门链 反锁 锁', 'door_lock lock latch chain', 'function safety condition'),
					A('theft', '失窃', 'Theft', '被偷 失窃 丢失 丢了 不见了', 'stolen theft missing', 'safety communication'),
					A('data', '个人信息', 'Personal data', '信息泄露 隐私泄露 个人信息', 'personal_data data_leak', 'privacy safety'),
					A('strangers', '陌生人', 'Strangers & intrusion', '陌生人 敲门 小卡片 骚扰电话', 'stranger intruder knocked prostitution_cards', 'safety privacy'),
				],
			},
			{
				id: 'safety.fire', name: { zh: '消防与应急', en: 'Fire & emergency' }, owner: 'SEC', terms: terms('消防 应急 逃生', 'fire_safety emergency evacuation'),
				aspects: [
					A('alarm', '烟感报警', 'Alarms', '烟感 火警 报警器 误报', 'smoke_alarm fire_alarm smoke_detector', 'function noise'),
					A('exit', '安全出口', 'Exits', '安全出口 逃生通道 消防通道', 'emergency_exit fire_exit', 'availability findability'),
				],
			},
			{
				id: 'safety.health', name: { zh: '健康与伤害', en: 'Health & injury' }, owner: 'SEC', terms: terms('受伤 伤', 'injury injured'),
				aspects: [
					A('slip', '滑倒摔伤', 'Slips & falls', '滑倒 摔倒 摔伤 地滑', 'slipped fell slippery_floor', 'safety'),
					A('firstaid', '急救与药品', 'First aid', '急救 医药箱 创可贴 退烧药', 'first_aid first-aid_kit band-aid band-aids', 'availability speed'),
					A('food', '食物安全', 'Food safety', '食物中毒 拉肚子 过敏', 'food_poisoning allergic allergy', 'hygiene_food'),
				],
			},
		],
	},
	{
		id: 'overall',
		name: { zh: '整体体验', en: 'Overall experience' },
		terms: terms('这家店', 'stay'),
		owner: 'QA',
		categories: [
			{
				id: 'overall.impression', name: { zh: '整体印象', en: 'Impression' }, owner: 'QA', terms: terms('整体 总体 总的来说 总之 体验 感受', 'overall experience impression'),
				aspects: [
					A('hotel', '酒店整体', 'Hotel overall', '酒店 宾馆 饭店 民宿 这家酒店', 'hotel property resort inn', 'clean quality price design noise accuracy'),
					A('star', '星级名实', 'Star rating vs reality', '星级 五星 四星 三星 挂牌', 'five-star 5-star four-star 4-star star_rating', 'accuracy quality'),
					A('brand', '品牌', 'Brand', '品牌 连锁 集团', 'brand chain', 'quality accuracy'),
					A('return', '再次入住意愿', 'Intention to return', '再来 再住 下次还 回头客 常住', 'come_back stay_again return repeat_guest', 'quality'),
				],
			},
			{
				id: 'overall.green', name: { zh: '绿色环保', en: 'Sustainability' }, owner: 'QA', terms: terms('环保 低碳 绿色酒店 可持续', 'eco-friendly sustainab* eco'),
				aspects: [
					A('disposables', '一次性用品减量', 'Single-use reduction', '不主动提供 减塑 限塑 塑料瓶', 'single-use single-use_plastic plastic_bottles', 'availability communication', { owner: 'HK' }),
					A('linenreuse', '布草续用', 'Linen & towel reuse', '毛巾重复使用 床单续用 环保卡 不换床单', 'towel_reuse linen_reuse reuse_towels', 'communication availability', { owner: 'HK' }),
					A('dispensers', '大瓶装洗护', 'Refillable dispensers', '大瓶装 按压瓶 分装', 'dispensers refillable pump_bottles', 'quality clean availability', { owner: 'HK' }),
					A('energy', '节能节水', 'Energy & water saving', '节能 节电 节水', 'energy_saving water_saving', 'function', { owner: 'ENG' }),
					A('recycling', '垃圾分类', 'Waste sorting', '垃圾分类 回收', 'recycling recycle', 'availability', { owner: 'HK' }),
				],
			},
			{
				id: 'overall.ambience', name: { zh: '氛围环境', en: 'Ambience' }, owner: 'QA', terms: terms('环境 氛围', 'environment ambience ambiance atmosphere vibe'),
				aspects: [
					A('garden', '园林景观', 'Grounds & garden', '花园 园林 庭院 绿化', 'garden gardens grounds courtyard', 'view clean design'),
					A('music', '背景音乐', 'Music', '背景音乐 音乐', 'background_music music', 'noise'),
				],
			},
		],
	},
];

/** Cleaning in the F&B outlets is the outlet's own staff's, and the condition of IT devices is IT's, not Housekeeping's or Engineering's. */
function ownerFor(attrKey: string, aspectOwner: string): string {
	const a = ATTRIBUTES[attrKey];
	if (attrKey === 'clean' && aspectOwner === 'FB') return 'FB';
	if (attrKey === 'condition' && aspectOwner === 'IT') return 'IT';
	return a.owner ?? aspectOwner;
}

export function buildHotelTree(): IndicatorTree {
	// No Traditional spellings added here (unlike telecom and retail): hotel.json stays as it was.
	return composeTree({
		id: 'hotel',
		name: { zh: '酒店行业指标体系', en: 'Hotel indicator tree' },
		version: '1.0.0',
		description:
			'Built-in hotel indicator tree of n8n-nodes-cxloop: domain › category › aspect (› sub-aspect) › attribute (› facet (› kind)). Generated from nodes/engine/text/trees/hotelSource.ts.',
		departments: DEPARTMENTS,
		attributes: withFacets(ATTRIBUTES, FACETS),
		domains: DOMAINS,
		ownerFor,
	});
}

// eslint-disable-next-line @n8n/community-nodes/no-restricted-globals -- the generator runs as a script at development time only
if (require.main === module && process.argv.includes('--write')) writeTreeJson(__dirname, buildHotelTree());
