/**
 * Source of the built-in restaurant & food-delivery indicator tree (trees/restaurant.json), for
 * restaurant groups, food-delivery stores and hotel F&B outlets. Composed by compose.ts like the hotel tree:
 * domains → categories → aspects (→ sub-aspects) → attributes (→ facets). An attribute leaf (e.g.
 * food.meat.beef.texture.tough) is chosen when a term of its aspect and one of the attribute's qualifier
 * words occur in the same clause ("牛肉太柴", "the beef was chewy"); a facet when one of its own words is
 * there too. The domains and their split follow the public ASAP restaurant aspect taxonomy (Meituan,
 * Apache-2.0: location, service, price, environment, dish) with delivery, ordering channels, drinks and
 * food safety added; the owners are the departments of a restaurant group.
 *
 * Regenerate the JSON after editing:  node scripts/run-ts.mjs nodes/engine/text/trees/restaurantSource.ts --write
 */
import type { IndicatorTree } from '../tree';
import { A, F, SEARCHED_LONG, composeTree, terms, withFacets, writeTreeJson, type Attr, type Bi, type Domain, type Facet } from './compose';

/**
 * A serving's size told through its vessel: "好大一盆酸菜鱼", "很大一份" (大一盆, after a degree word: the lexicon's
 * ZH_SERVING_SIZE reads the opinion) qualify the dish as its portion; 一大盆 / 一大锅 ("满满一大锅") name the portion
 * only where no dish does (a plain "一大碗面条很好吃" is the noodles' taste).
 */
const vessels = (lead: string) => '盆 盘 锅 碗 份 杯 碟 桶 罐 盒 笼 块'.split(' ').map((v) => lead + v).join(' ');
const SERVINGS_SIZED = `${vessels('大一')} ${vessels('小一')}`;
const SERVINGS_TOLD = `${SERVINGS_SIZED} ${vessels('一大')}`;
/** A dish told appetising to look at ("看着就很有食欲", "看着就让人口水直流"): its look (the lexicon reads the praise). */
const LOOKS_APPETISING = ['看着', '看着就', '看起来', '看起来就', '看上去', '看上去就'].flatMap((a) => ['有食欲', '很有食欲', '让人有食欲', '让人很有食欲', '流口水', '让人流口水', '口水直流', '让人口水直流'].map((b) => a + b)).join(' ');

export const DEPARTMENTS: Record<string, Bi> = {
	KITCHEN: { zh: '厨房', en: 'Kitchen' },
	FOH: { zh: '前厅', en: 'Front of house' },
	DELIVERY: { zh: '外卖配送', en: 'Delivery & logistics' },
	PURCHASE: { zh: '采购与食品安全', en: 'Purchasing & food safety' },
	MKT: { zh: '营销', en: 'Marketing' },
	FIN: { zh: '财务', en: 'Finance' },
	STORE: { zh: '门店管理', en: 'Store management' },
	IT: { zh: '信息技术', en: 'IT' },
};

/**
 * Facets of the attributes a kitchen, a store manager or a delivery team acts on. The facet words of
 * an attribute are one qualifier list shared by every aspect that has the attribute.
 */
const FACETS: Record<string, Facet[]> = {
	taste: [
		F('salty', '偏咸', 'Too salty', '咸 太咸 偏咸 齁 齁咸 盐多 盐放多', 'salty too_salty oversalted'),
		F('bland', '偏淡', 'Bland', '淡 太淡 偏淡 没味 没味道 寡淡 不入味 无味 没滋味', 'bland tasteless flavourless flavorless underseasoned'),
		F('oily', '油腻', 'Oily', '油 油腻 太油 油大 腻 很腻 油汪汪', 'oily greasy'),
		F('spicy', '辣度', 'Spiciness', '辣 麻 不辣 太辣 微辣 特辣 麻辣 辣度', 'spicy spiciness chilli chili'),
		F('sweet', '偏甜', 'Sweetness', '甜 太甜 齁甜 甜度 甜腻', 'sweet sugary sweetness'),
		F('sour', '偏酸', 'Sourness', '酸 太酸 酸味', 'sour vinegary tangy'),
		F('savoury', '鲜香', 'Savoury & aromatic', '鲜 鲜美 香 鲜香 香喷喷 入味', 'savoury savory aromatic umami'),
		F('off', '怪味', 'Off taste', '怪味 异味 腥 腥味 苦 糊味 有股味', 'fishy bitter weird_taste off_taste funny_taste'),
	],
	temperature: [
		F('cold', '凉了', 'Served cold', '凉 凉了 冷了 不热 温吞 冰凉 冰 太冰', 'cold lukewarm tepid'),
		F('hot', '热乎', 'Served hot', '热乎 热腾腾 烫 滚烫 热的', 'hot warm piping_hot steaming'),
	],
	doneness: [
		F('undercooked', '未熟', 'Undercooked', '生 没熟 不熟 夹生 半生 带血', 'undercooked raw pink_inside'),
		F('overcooked', '过火', 'Overcooked', '过火 煮烂 炒老 烧老 太老', 'overcooked overdone'),
		F('burnt', '焦糊', 'Burnt', '焦 糊 烧焦 焦了', 'burnt burned charred'),
	],
	texture: [
		F('tender', '嫩滑', 'Tender', '嫩 滑嫩 软嫩 鲜嫩 多汁', 'tender succulent juicy'),
		F('tough', '柴硬', 'Tough', '柴 硬 嚼不动 咬不动 发柴', 'tough chewy rubbery dry'),
		F('crispy', '酥脆', 'Crispy', '脆 酥 酥脆 脆爽', 'crispy crunchy crisp'),
		F('soggy', '软塌', 'Soggy', '软塌 不脆 坨 坨了 泡软 黏糊', 'soggy mushy limp stodgy'),
	],
	portion: [
		F('small', '量少', 'Small portion', '少 量少 太少 一点点 吃不饱 不够吃 缩水', 'small tiny stingy skimpy not_enough'),
		F('generous', '量足', 'Generous portion', '量大 量足 足 很足 多 大 实在 管饱 吃不完 满满', 'generous huge plenty large filling'),
	],
	freshness: [
		F('spoiled', '变质', 'Spoiled', '变质 馊 臭 发霉 坏了 酸了 有味', 'spoiled rotten mouldy moldy off gone_off'),
		F('stale', '不新鲜', 'Not fresh', '不新鲜 隔夜 剩菜 冷冻 冻品 放久', 'stale not_fresh leftover frozen'),
		F('expired', '过期', 'Expired', '过期 过了保质期', 'expired past_its_date'),
	],
	foreign: [
		F('hair', '头发', 'Hair', '头发 毛 发丝 毛发', 'hair hairs'),
		F('insect', '虫', 'Insects', '虫 虫子 苍蝇 蟑螂 飞虫', 'bug bugs insect* fly flies cockroach*'),
		F('hard', '硬物', 'Hard objects', '钢丝 钢丝球 石子 沙子 玻璃 铁丝 骨渣', 'stone grit glass metal wire'),
		F('packaging', '杂物', 'Paper & plastic', '塑料 塑料袋 纸片 创可贴 标签', 'plastic paper band-aid plaster'),
	],
	price: [
		F('too_high', '偏贵', 'Too expensive', '贵 太贵 偏贵 小贵 坑 不值', 'expensive overpriced pricey steep'),
		F('value', '性价比', 'Value for money', '性价比 划算 实惠 值 超值 便宜 物美价廉', 'value worth bargain cheap affordable'),
		F('extra_charge', '额外收费', 'Extra charges', '额外 另收 加收 另外收费', 'extra_charge* hidden surcharge* additional_fee*', 'FIN'),
	],
	attitude: [
		F('friendly', '热情友好', 'Friendliness', '热情 友好 微笑 亲切 笑容 和蔼', 'friendly welcoming smil* warm'),
		F('rude', '冷漠粗鲁', 'Rudeness', '冷漠 粗鲁 凶 态度差 态度恶劣 脸色 爱理不理 不理 骂', 'rude unfriendly dismissive arrogant hostile'),
		F('patience', '耐心', 'Patience', '耐心 不耐烦 耐烦', 'patient impatient'),
		F('courtesy', '礼貌', 'Courtesy', '礼貌 客气 不礼貌 没礼貌', 'polite impolite courteous discourteous'),
	],
	speed: [
		F('waiting', '等待时长', 'Waiting time', '等 久 半天 等了 分钟 小时', 'wait* forever ages minutes hour hours'),
		F('late', '超时', 'Late', '超时 迟到 晚了 延误 晚送 迟迟', 'late delay* overdue'),
		F('on_time', '准时快速', 'On time & fast', '准时 提前 很快 快 及时 神速', 'on_time early fast quick* prompt*'),
	],
	clean: [
		F('grease', '油污', 'Grease & stains', '油污 油渍 油乎乎 黏 污渍 黑乎乎', 'greasy sticky stain* grime'),
		F('hair', '毛发', 'Hair', '头发 毛发', 'hair hairs'),
		F('not_cleaned', '未清理', 'Not cleaned', '没收拾 没擦 没打扫 没清理 没洗 残渣 剩菜', 'not_cleaned uncleared leftover* crumbs'),
		F('pests', '虫鼠', 'Pests', '苍蝇 蟑螂 老鼠 蚊子 小强', 'flies cockroach* roach* rat rats mice mouse'),
	],
	packaging: [
		F('spill', '洒漏', 'Spilled or leaking', '洒 撒 漏 漏汤 洒了 撒了 漏了 汤汁', 'spill* spilt leak* leaking'),
		F('crushed', '破损压坏', 'Crushed or broken', '破 压扁 压坏 破损 变形 碎了', 'crushed broken damaged squashed'),
		F('seal', '封口', 'Sealing', '封口 封签 没封 食安封签 封好', 'seal* unsealed tamper*'),
		F('material', '餐盒材质', 'Container material', '塑料 环保 纸盒 锡纸 餐盒质量', 'plastic eco-friendly recyclable flimsy'),
	],
	order: [
		F('missing', '漏送少送', 'Missing items', '漏 少 漏送 少送 漏餐 少给 没给 没上 忘了', 'missing forgot forgotten left_out never_came'),
		F('wrong', '送错上错', 'Wrong items', '错 送错 上错 弄错 拿错 不对', 'wrong incorrect mixed_up'),
		F('remark', '备注要求', 'Special requests', '备注 没看备注 要求 不按', 'note* instructions special_request ignored'),
	],
	noise: [
		F('crowd', '人声嘈杂', 'Crowd & chatter', '人多 说话 喧哗 嘈杂 小孩', 'crowd* chatter shouting kids'),
		F('music', '音乐音响', 'Music & speakers', '音乐 音响 唱歌', 'music speakers'),
		F('kitchen', '后厨噪音', 'Kitchen noise', '后厨 厨房 锅碗', 'kitchen clatter', 'KITCHEN'),
		F('traffic', '街道噪音', 'Street noise', '马路 车声 施工', 'traffic street construction'),
	],
};

export const ATTRIBUTES: Record<string, Attr> = {
	taste: { name: { zh: '口味', en: 'Taste' }, with: terms('好吃 难吃 味道 口味 咸 淡 甜 辣 油腻 酸 鲜 香 美味 可口 入味 没味 下饭 一般 正常', 'tast* delicious bland salty sweet spicy greasy flavo* yummy') },
	temperature: { name: { zh: '温度', en: 'Temperature' }, with: terms('凉 冷 凉了 冷了 热乎 热腾腾 烫 温 不热 温度 冰 太冰 少冰 去冰 常温', 'cold lukewarm hot warm temperature') },
	doneness: { name: { zh: '火候', en: 'Doneness' }, with: terms('火候 生 没熟 不熟 夹生 熟 焦 糊 过火 烂', 'undercooked overcooked raw burnt burned rare well-done done') },
	texture: { name: { zh: '口感', en: 'Texture' }, with: terms('口感 嫩 老 硬 软 脆 酥 筋道 嚼劲 柴 粘 弹 Q弹 糯 坨 坨了 软塌', 'texture tender tough chewy crispy crunchy soggy mushy dry rubbery') },
	portion: { name: { zh: '分量', en: 'Portion' }, with: terms(`分量 份量 量 量少 量大 量足 吃不饱 实在 个头 ${SERVINGS_SIZED}`, 'portion* serving* amount size') },
	look: { name: { zh: '卖相', en: 'Appearance' }, with: terms('卖相 外观 颜色 颜值 摆盘 好看 精致 样子 色泽 造型', 'presentation appearance looks plating beautiful pretty colourful') },
	freshness: { name: { zh: '新鲜度', en: 'Freshness' }, owner: 'PURCHASE', with: terms('新鲜 不新鲜 变质 馊 臭 过期 隔夜 冷冻 发霉', 'fresh stale spoiled rotten expired frozen') },
	foreign: { name: { zh: '异物', en: 'Foreign objects' }, with: terms('异物 头发 毛 虫 虫子 苍蝇 蟑螂 钢丝 石子 沙子 塑料', 'foreign_object hair insect* bug bugs fly cockroach plastic') },
	authenticity: { name: { zh: '正宗', en: 'Authenticity' }, with: terms('正宗 地道 不正宗 传统 老味道 家乡味 原汁原味', 'authentic traditional genuine') },
	price: { name: { zh: '价格', en: 'Price' }, owner: 'MKT', with: terms('贵 便宜 价格 价钱 收费 划算 性价比 元 块钱 块 不值 实惠', 'price* expensive cheap cost* overpriced pricey') },
	variety: { name: { zh: '品种与选择', en: 'Variety' }, with: terms('种类 品种 选择 丰富 单一 花样 可选 样式', 'variety selection choice* options range limited') },
	quality: { name: { zh: '品质', en: 'Quality' }, with: terms('质量 品质 档次 廉价 劣质 高级 低档 高档 差', 'quality cheap flimsy premium poor') },
	attitude: { name: { zh: '服务态度', en: 'Attitude' }, with: terms('态度 热情 冷漠 冷淡 礼貌 粗鲁 微笑 耐心 不耐烦 友好 脸色 爱理不理 凶 不理 客气 亲切 傲慢 骂', 'attitude friendly rude polite impolite smil* welcoming unfriendly patient impatient courteous arrogant dismissive') },
	speed: { name: { zh: '速度与等待', en: 'Speed & waiting' }, with: terms('慢 快 等 久 效率 速度 及时 拖 半天 等了 迟迟 很快 马上 超时 准时 晚 分钟 小时', 'slow quick* fast wait* prompt* efficien* delay* forever ages late minutes hour hours') },
	competence: { name: { zh: '专业能力', en: 'Competence' }, with: terms('专业 熟练 不懂 不会 解决 处理 推诿 错误 搞错 弄错 介绍 推荐', 'professional* knowledg* competent incompetent solv* resolv* handl* mistake* error* recommend*') },
	communication: { name: { zh: '沟通', en: 'Communication' }, with: terms('沟通 解释 回复 回应 通知 告知 电话 打电话 联系 不接 短信', 'communicat* explain* respon* repl* inform* call* phone* text*') },
	staffing: { name: { zh: '人员配置', en: 'Staffing' }, owner: 'STORE', with: terms('人手 人少 没人 找不到人 忙不过来 叫不到 喊了半天', 'understaffed short-staffed staff_shortage nobody no_one') },
	accuracy: { name: { zh: '与描述一致', en: 'Accuracy vs description' }, owner: 'MKT', with: terms('不符 不一致 不对 准确 与描述 货不对板 图片 照片 描述 宣传 实物 差距', 'accurate inaccurate misleading photos pictures advertised description as_described') },
	order: { name: { zh: '订单准确', en: 'Order accuracy' }, with: terms('漏 少 错 不对 没上 没给 漏送 少送 送错 上错 备注 忘了', 'missing wrong forgot incorrect mixed_up note*') },
	packaging: { name: { zh: '包装完好', en: 'Packaging condition' }, with: terms('洒 撒 漏 破 压扁 压坏 封口 封签 严实 完好 结实 密封 牢固 塑料 环保', 'spill* spilt leak* crushed broken sealed unsealed sturdy flimsy secure') },
	handover: { name: { zh: '交付方式', en: 'Handover' }, with: terms('送上楼 送到门口 不上楼 放门口 放在门口 放楼下 放在楼下 放前台 放门卫 扔 外卖柜 自己下楼 下楼拿 送错地址 找不到地址', 'doorstep upstairs lobby left_it handed wrong_address front_door') },
	availability: { name: { zh: '配备与供应', en: 'Availability' }, with: terms('没有 缺 不提供 没提供 不够 齐全 提供 没给 忘了给 补 卖完 售罄 沽清', 'missing lack* provid* available unavailable run_out ran_out sold_out no_more') },
	clean: { name: { zh: '清洁', en: 'Cleanliness' }, with: terms('干净 不干净 脏 污渍 灰尘 油污 清洁 卫生 头发 整洁 黏 油腻 擦 收拾 一尘不染', 'clean* dirty dust* stain* sticky filthy spotless grubby unclean hygien* greasy') },
	hygiene: { name: { zh: '食品卫生', en: 'Food hygiene' }, owner: 'PURCHASE', with: terms('卫生 不卫生 干净 脏 细菌 拉肚子 中毒 吃坏 安全 放心', 'hygien* unhygienic dirty clean sick safe') },
	odor: { name: { zh: '气味', en: 'Odour' }, with: terms('味道 异味 臭 难闻 油烟味 烟味 刺鼻 香味 霉味 味儿', 'smell* odor* odour* stink* stank smoky') },
	noise: { name: { zh: '噪音', en: 'Noise' }, with: terms('吵 噪音 安静 声音 响 嘈杂 喧闹 闹', 'noise noisy quiet loud sound*') },
	size: { name: { zh: '空间大小', en: 'Size & space' }, with: terms('大 小 宽敞 狭小 窄 挤 拥挤 局促 面积 空间 转不开 宽', 'spacious small tiny cramped large big space roomy narrow crowded') },
	comfort: { name: { zh: '舒适度', en: 'Comfort' }, with: terms('舒服 舒适 不舒服 硬 软 坐着 累 矮 高', 'comfort* uncomfortable hard soft cosy cozy') },
	// The place itself described by its looks and feel ("a beautiful restaurant", "the place is cozy"): its ambience, not
	// an overall verdict (SemEval files it under ambience). Chinese names the decor (装修, 环境) instead, so its side keeps
	// to "photogenic" words (出片), rare enough not to move the Chinese readings of the place.
	looks: { name: { zh: '外观格调', en: 'Looks & feel' }, with: terms('出片 好出片 很出片 拍照好看', 'beautiful pretty cute charming cozy cosy romantic gorgeous classy trendy stylish elegant quaint intimate inviting homey') },
	design: { name: { zh: '装修与风格', en: 'Design & decor' }, with: terms('装修 风格 设计 装饰 布置 格调 时尚 美观 老旧 陈旧 漂亮 好看 精致 大气 高端 有特色 文艺 温馨 简陋', 'decor design* style* modern stylish beautiful cosy cozy dated shabby elegant') },
	lighting: { name: { zh: '光线', en: 'Lighting' }, with: terms('光线 暗 亮 昏暗 明亮 刺眼', 'light* dark dim bright gloomy') },
	view: { name: { zh: '景观', en: 'View' }, with: terms('景色 风景 景观 视野 江景 夜景 窗外 看到', 'view* scenery outlook overlook*') },
	climate: { name: { zh: '室温', en: 'Room temperature' }, owner: 'STORE', with: terms('冷 热 闷 温度 凉快 暖和 不凉', 'cold hot warm stuffy chilly freezing temperature') },
	condition: { name: { zh: '损坏与维护', en: 'Condition' }, owner: 'STORE', with: terms('坏 坏了 损坏 破 破损 旧 老化 缺口 裂 晃 不稳', 'broken damaged worn old chipped cracked wobbly') },
	convenience: { name: { zh: '便利性', en: 'Convenience' }, with: terms('方便 近 远 不方便 步行 分钟 周边 附近 太偏 很偏 挺偏 有点偏 比较偏 较偏 偏远 偏僻 便利 出口 直达 好停', 'convenient* close near far walk* minutes nearby access*') },
	findability: { name: { zh: '好找程度', en: 'Findability' }, with: terms('好找 难找 不好找 容易找 找不到 标识 指示牌 导航 指引 显眼 隐蔽', 'find* sign* signage hard_to_find hidden') },
	hours: { name: { zh: '营业时间', en: 'Opening hours' }, with: terms('营业时间 关门 几点 太早 太晚 24小时 开门 打烊', 'hours opening closing closed closes open_until') },
	process: { name: { zh: '流程与手续', en: 'Process' }, with: terms('流程 手续 麻烦 繁琐 简单 顺利 方便 步骤 规则 限制', 'process* procedure* smooth hassle rules restriction*') },
	billing: { name: { zh: '收费与账单', en: 'Billing' }, owner: 'FIN', with: terms('账单 收费 扣费 多收 乱收费 发票 退款 结账 扣款 多扣 算错 小票', 'bill* charg* invoice* receipt* refund* overcharg*') },
	function: { name: { zh: '功能与使用', en: 'Function & ease of use' }, with: terms('好用 难用 不好用 不会用 操作 复杂 卡 闪退 打不开 没反应 用不了 故障 bug', 'work* easy_to_use hard_to_use complicated crash* glitch* bug* confusing') },
	redeem: { name: { zh: '使用与核销', en: 'Redemption' }, with: terms('用不了 不能用 核销 使用 不让用 限制 不可用 不给用 过期 规则', 'redeem* invalid not_accepted restriction* expired') },
};

/** What a kitchen is told about a dish; drinks have fewer. */
const DISH = 'taste temperature doneness texture portion look freshness foreign authenticity price';
const SIMPLE_DISH = 'taste temperature doneness texture portion look freshness foreign price';
const DRINK = 'taste temperature portion freshness foreign price';

export const DOMAINS: Domain[] = [
	{
		id: 'food',
		name: { zh: '菜品', en: 'Food' },
		terms: terms('出品 菜品质量', 'cuisine'),
		owner: 'KITCHEN',
		categories: [
			{
				id: 'food.overall', name: { zh: '菜品整体', en: 'Dishes overall' }, owner: 'KITCHEN', terms: terms('饭菜 菜品', 'dishes'),
				aspects: [
					A('dishes', '菜', 'Dishes', '菜 菜品 菜肴 饭菜 这道菜 每道菜 东西 吃的 食物', 'food dish dishes meal meals entree entrees main_course lunch dinner brunch cuisine fare', `${DISH} variety`),
					A('portion', '分量', 'Portion', `分量 份量 量 量大 量少 量足 吃不饱 管饱 大碗 大份 ${SERVINGS_TOLD}`, 'portion portions quantity quantities', '', { facetsOf: 'portion' }),
					A('flavour', '味道', 'Flavour', '味道 口味 风味 滋味 菜的味道', 'taste flavour flavor flavours flavors', 'taste authenticity'),
					// The presentation of the food named on its own ("卖相难看", "摆盘很精致"): these are the look
					// qualifier's words too, which without a dish word in the clause chose no topic. A dish's shape or a
					// coffee's latte art ("造型也可爱", "拉花真心难看") and a dish that looks appetising ("看着就很有食欲") are
					// its look too (stop 36).
					A('look', '卖相', 'Presentation', `卖相 摆盘 品相 色泽 造型 拉花 ${LOOKS_APPETISING}`, 'presentation plating', ''),
					A('signature', '招牌菜', 'Signature dishes', '招牌菜 招牌 特色菜 推荐菜 必点 必吃 拿手菜 镇店之宝 主打', 'signature_dish signature_dishes specialty speciality must-try house_special', 'taste portion look price'),
					A('menu', '菜单菜式', 'Menu', '菜单 菜式 菜色 新品 新菜 菜谱', 'menu new_dishes choices menu_selection', 'variety price accuracy'),
					A('ingredients', '食材', 'Ingredients', '食材 原料 用料 材料 配菜', 'ingredients produce', 'freshness quality portion', { owner: 'PURCHASE' }),
				],
			},
			{
				id: 'food.staple', name: { zh: '主食', en: 'Staples' }, owner: 'KITCHEN', terms: terms('主食', 'staples'),
				aspects: [
					A('rice', '米饭', 'Rice', '米饭 白饭 炒饭 盖饭 盖浇饭 煲仔饭 拌饭 饭团', 'rice fried_rice rice_bowl', SIMPLE_DISH),
					A('noodles', '面粉类', 'Noodles', '面条 拉面 米线 米粉 河粉 炒面 拌面 牛肉面 刀削面 面汤 凉皮', 'noodles ramen rice_noodles pad_thai', SIMPLE_DISH),
					A('dumplings', '饺子馄饨', 'Dumplings', '饺子 水饺 煎饺 馄饨 抄手 云吞 锅贴 小笼包 生煎', 'dumpling dumplings wonton wontons potstickers xiaolongbao', SIMPLE_DISH),
					A('buns', '包子饼类', 'Buns & pancakes', '包子 馒头 饼 煎饼 肉夹馍 卷饼 花卷 烧饼', 'bun buns pancake pancakes flatbread bagel bagels', SIMPLE_DISH),
					A('porridge', '粥', 'Congee', '粥 稀饭 砂锅粥', 'congee porridge', SIMPLE_DISH),
				],
			},
			{
				id: 'food.meat', name: { zh: '肉类', en: 'Meat' }, owner: 'KITCHEN', terms: terms('肉 荤菜', 'meat'),
				aspects: [
					A('pork', '猪肉', 'Pork', '猪肉 五花肉 猪蹄 肘子 回锅肉 叉烧 里脊', 'pork pork_belly char_siu', DISH, {
						items: [
							A('ribs', '排骨', 'Ribs', '排骨 肋排 糖醋排骨', 'ribs spare_ribs', DISH),
							A('braised', '红烧肉', 'Braised pork', '红烧肉 东坡肉 扣肉', 'braised_pork', DISH),
						],
					}),
					A('beef', '牛肉', 'Beef', '牛肉 肥牛 牛腩 牛杂 牛筋', 'beef brisket veal', DISH),
					A('chicken', '鸡肉', 'Chicken', '鸡肉 鸡 鸡块 鸡丁 宫保鸡丁 口水鸡 黄焖鸡 大盘鸡 鸡排', 'chicken', DISH, {
						items: [
							A('wings', '鸡翅', 'Chicken wings', '鸡翅 鸡翅膀 翅中 翅根', 'wings chicken_wings', DISH),
							A('legs', '鸡腿', 'Chicken legs', '鸡腿 大鸡腿', 'drumstick drumsticks chicken_leg', DISH),
						],
					}),
					A('duck', '鸭肉', 'Duck', '鸭 烤鸭 鸭肉 鸭血 鸭脖', 'duck', DISH),
					A('lamb', '羊肉', 'Lamb', '羊肉 羊排 羊蝎子', 'lamb mutton', DISH),
				],
			},
			{
				id: 'food.seafood', name: { zh: '海鲜水产', en: 'Seafood' }, owner: 'KITCHEN', terms: terms('海鲜 水产', 'seafood'),
				aspects: [
					A('fish', '鱼', 'Fish', '鱼 鱼肉 酸菜鱼 烤鱼 水煮鱼 鱼片 鱼头', 'fish fillet salmon cod tuna sea_bass yellowtail tilapia caviar', DISH),
					A('shrimp', '虾', 'Shrimp', '虾 虾仁 大虾 基围虾', 'shrimp shrimps prawn prawns', DISH),
					A('crayfish', '小龙虾', 'Crayfish & lobster', '小龙虾 龙虾 麻小', 'crayfish crawfish lobster', DISH),
					A('crab', '蟹', 'Crab', '螃蟹 蟹 大闸蟹 蟹黄', 'crab crabs', DISH),
					A('shellfish', '贝类', 'Shellfish', '扇贝 生蚝 蛤蜊 花甲 鲍鱼 海螺 贝类', 'oyster oysters scallop scallops clam clams mussel mussels calamari squid octopus', DISH),
					A('sushi', '刺身寿司', 'Sushi & sashimi', '寿司 刺身 生鱼片', 'sushi sashimi rolls maki hand_roll', SIMPLE_DISH),
				],
			},
			{
				id: 'food.veg', name: { zh: '素菜与豆制品', en: 'Vegetables & tofu' }, owner: 'KITCHEN', terms: terms('素菜', 'vegetarian vegan'),
				aspects: [
					A('greens', '蔬菜', 'Vegetables', '青菜 蔬菜 菜心 白菜 生菜 西兰花 土豆 茄子 豆角 黄瓜 菠菜', 'vegetables veggies greens broccoli potato potatoes eggplant aubergine spinach', SIMPLE_DISH),
					A('tofu', '豆腐', 'Tofu', '豆腐 豆皮 腐竹 豆制品 麻婆豆腐', 'tofu bean_curd', SIMPLE_DISH),
					A('mushrooms', '菌菇', 'Mushrooms', '蘑菇 菌菇 香菇 金针菇 木耳 菌子', 'mushroom mushrooms fungi', SIMPLE_DISH),
					A('salad', '凉菜沙拉', 'Salads & cold dishes', '沙拉 凉菜 凉拌 拍黄瓜 冷盘', 'salad salads cold_dishes appetizer appetizers starter starters bruschetta', SIMPLE_DISH),
					A('egg', '蛋类', 'Eggs', '鸡蛋 荷包蛋 煎蛋 茶叶蛋 卤蛋 蛋', 'egg eggs omelette omelet', SIMPLE_DISH),
				],
			},
			{
				id: 'food.soup', name: { zh: '汤羹', en: 'Soups' }, owner: 'KITCHEN', terms: terms('汤品', 'soups'),
				aspects: [A('soup', '汤', 'Soup', '汤 汤羹 例汤 老火汤 炖汤 汤品 汤水', 'soup broth stew', SIMPLE_DISH)],
			},
			{
				id: 'food.hotpot', name: { zh: '火锅与麻辣烫', en: 'Hot pot' }, owner: 'KITCHEN', terms: terms('火锅 涮锅', 'hot_pot hotpot'),
				aspects: [
					A('base', '锅底', 'Broth base', '锅底 汤底 底料 红汤 清汤 鸳鸯锅', 'soup_base hot_pot_broth', 'taste portion price'),
					A('dips', '蘸料', 'Dipping sauces', '蘸料 小料 调料台 酱料台 麻酱 油碟', 'dipping_sauce sauce_bar', 'taste variety availability'),
					A('sides', '涮菜', 'Hot-pot ingredients', '涮菜 配菜拼盘', 'hot_pot_ingredients', SIMPLE_DISH, {
						items: [
							A('offal', '毛肚黄喉', 'Tripe & offal', '毛肚 鸭肠 黄喉 千层肚', 'tripe', SIMPLE_DISH),
							A('slices', '肥牛羊肉卷', 'Meat slices', '肥牛卷 羊肉卷 涮羊肉', 'beef_slices lamb_slices', SIMPLE_DISH),
							A('balls', '丸滑', 'Balls & pastes', '虾滑 丸子 午餐肉 牛肉丸', 'meatballs fish_balls', SIMPLE_DISH),
						],
					}),
					A('malatang', '麻辣烫冒菜', 'Malatang', '麻辣烫 冒菜 麻辣香锅 串串 香锅', 'malatang spicy_pot shabu_shabu', DISH),
				],
			},
			{
				id: 'food.bbq', name: { zh: '烧烤', en: 'Barbecue' }, owner: 'KITCHEN', terms: terms('烧烤 烤串', 'bbq barbecue'),
				aspects: [
					A('skewers', '烤串', 'Skewers', '烤串 串儿 肉串 羊肉串 烤腰子', 'skewer skewers kebab kebabs kabab kababs', DISH),
					A('grill', '烤肉', 'Grilled meat', '烤肉 铁板 韩式烤肉 烤盘 烤五花', 'grill grilled korean_bbq', DISH),
				],
			},
			{
				id: 'food.snack', name: { zh: '小吃点心', en: 'Snacks & dim sum' }, owner: 'KITCHEN', terms: terms('小吃 点心', 'snacks'),
				aspects: [
					A('dimsum', '点心', 'Dim sum', '点心 早茶 虾饺 烧卖 肠粉 叉烧包 凤爪', 'dim_sum dimsum har_gow siu_mai', SIMPLE_DISH),
					A('fried', '炸物', 'Fried food', '炸鸡 薯条 鸡米花 炸串 油条 炸物', 'fried_chicken fries chips nuggets', SIMPLE_DISH),
					A('street', '地方小吃', 'Street food', '小吃 臭豆腐 烤冷面 手抓饼 鸡蛋灌饼 卷粉', 'snack snacks street_food', SIMPLE_DISH),
				],
			},
			{
				id: 'food.western', name: { zh: '西餐快餐', en: 'Western & fast food' }, owner: 'KITCHEN', terms: terms('西餐 快餐', 'fast_food'),
				aspects: [
					A('burger', '汉堡', 'Burgers', '汉堡 汉堡包', 'burger burgers hamburger hamburgers', SIMPLE_DISH),
					A('pizza', '披萨', 'Pizza', '披萨 比萨 匹萨', 'pizza pizzas', SIMPLE_DISH),
					A('steak', '牛排', 'Steak', '牛排 西冷 菲力 肉眼', 'steak steaks sirloin ribeye', DISH),
					A('pasta', '意面', 'Pasta', '意面 意大利面 通心粉 千层面', 'pasta spaghetti lasagne lasagna risotto', SIMPLE_DISH),
					A('sandwich', '三明治', 'Sandwiches & wraps', '三明治 帕尼尼', 'sandwich sandwiches wrap wraps hot_dog hot_dogs', SIMPLE_DISH),
				],
			},
			{
				id: 'food.dessert', name: { zh: '甜品', en: 'Desserts' }, owner: 'KITCHEN', terms: terms('甜品 甜点', 'desserts dessert'),
				aspects: [
					A('dessert', '甜品', 'Desserts', '甜品 甜点 糖水 双皮奶 布丁 芋圆', 'dessert desserts pudding cheesecake tiramisu', SIMPLE_DISH),
					A('cake', '蛋糕面包', 'Cakes & bakery', '蛋糕 面包 糕点 蛋挞 泡芙', 'cake cakes bread pastry pastries tart', SIMPLE_DISH),
					A('icecream', '冰品', 'Ice cream', '冰淇淋 雪糕 冰激凌 刨冰 冰粉', 'ice_cream gelato sorbet', SIMPLE_DISH),
				],
			},
			{
				id: 'food.set', name: { zh: '套餐', en: 'Set meals' }, owner: 'KITCHEN', terms: terms('套餐', 'set_meal'),
				aspects: [
					A('set', '套餐', 'Set meal', '套餐 套饭 双人餐 单人餐 商务套餐', 'set_meal set_menu combo tasting_menu', `${SIMPLE_DISH} variety`),
					A('bento', '盒饭便当', 'Bento & lunch box', '盒饭 便当 工作餐', 'bento lunch_box', SIMPLE_DISH),
					A('kids', '儿童餐', 'Kids meal', '儿童餐 宝宝餐', 'kids_meal children\'s_menu kids_menu', 'taste portion variety'),
				],
			},
			{
				id: 'food.safety', name: { zh: '食品安全', en: 'Food safety' }, owner: 'PURCHASE', terms: terms('食品安全 食安', 'food_safety'),
				aspects: [
					A('illness', '吃后不适', 'Illness after eating', '拉肚子 食物中毒 腹泻 肚子疼 吃坏肚子 闹肚子 上吐下泻 呕吐', 'food_poisoning diarrhoea diarrhea stomach_ache upset_stomach vomit*', 'hygiene'),
					A('kitchen', '后厨卫生', 'Kitchen hygiene', '后厨 厨房 明厨亮灶 操作间', 'kitchen', 'clean hygiene', { owner: 'KITCHEN' }),
					A('additives', '预制与添加', 'Pre-made food & additives', '味精 添加剂 地沟油 预制菜 料理包 科技与狠活', 'msg additives pre-made microwaved ready_meal', 'quality freshness hygiene'),
					A('allergens', '过敏与忌口', 'Allergens & dietary needs', '过敏 过敏原 忌口 不吃香菜 清真', 'allergy allergies allergen allergens allergic gluten halal', 'communication order'),
				],
			},
		],
	},
	{
		id: 'drinks',
		name: { zh: '饮品', en: 'Drinks' },
		terms: terms('饮品 饮料 喝的 酒水', 'drinks drink beverages'),
		owner: 'FOH',
		categories: [
			{
				id: 'drinks.tea', name: { zh: '茶饮', en: 'Tea drinks' }, owner: 'FOH', terms: terms('茶饮', 'tea_drinks'),
				aspects: [
					A('milktea', '奶茶', 'Milk tea', '奶茶 珍珠奶茶 波霸 奶盖', 'milk_tea bubble_tea boba', DRINK),
					A('fruittea', '果茶', 'Fruit tea', '果茶 水果茶 柠檬茶 柠檬水', 'fruit_tea lemon_tea lemonade', DRINK),
					A('tea', '茶水', 'Tea', '茶水 茶位 茶叶 普洱 铁观音 菊花茶 大麦茶 泡茶', 'tea teas pot_of_tea', DRINK),
				],
			},
			{
				id: 'drinks.coffee', name: { zh: '咖啡', en: 'Coffee' }, owner: 'FOH', terms: terms('咖啡', 'coffee'),
				aspects: [A('coffee', '咖啡', 'Coffee', '咖啡 拿铁 美式 卡布奇诺 摩卡', 'coffee latte cappuccino espresso americano', DRINK)],
			},
			{
				id: 'drinks.soft', name: { zh: '饮料果汁', en: 'Soft drinks & juice' }, owner: 'FOH', terms: terms('饮料', 'soft_drinks'),
				aspects: [
					A('soda', '汽水', 'Soda', '可乐 雪碧 汽水', 'coke soda soft_drink', DRINK),
					A('juice', '果汁', 'Juice', '果汁 鲜榨 橙汁 西瓜汁', 'juice smoothie smoothies', DRINK),
					A('soymilk', '豆浆酸梅汤', 'Soy milk & plum juice', '豆浆 酸梅汤 酸奶', 'soy_milk yogurt yoghurt', DRINK),
				],
			},
			{
				id: 'drinks.alcohol', name: { zh: '酒水', en: 'Alcohol' }, owner: 'FOH', terms: terms('酒水 酒', 'alcohol'),
				aspects: [
					A('beer', '啤酒', 'Beer', '啤酒 扎啤 精酿', 'beer beers ale lager', DRINK),
					A('wine', '葡萄酒白酒', 'Wine & spirits', '红酒 葡萄酒 白酒 黄酒 清酒', 'wine wines sake spirits sangria', 'taste price variety'),
					A('cocktails', '鸡尾酒', 'Cocktails', '鸡尾酒 调酒', 'cocktail cocktails mojito mojitos margarita margaritas martini martinis', 'taste price variety'),
				],
			},
		],
	},
	{
		id: 'service',
		name: { zh: '服务', en: 'Service' },
		terms: terms('服务', 'service'),
		owner: 'FOH',
		categories: [
			{
				id: 'service.staff', name: { zh: '服务人员', en: 'Staff' }, owner: 'FOH', terms: terms('工作人员', 'staff'),
				aspects: [
					A('waiter', '服务员', 'Waiting staff', '服务员 服务生 店员 员工 工作人员 小姐姐 小妹', 'waiter waiters waitress waitresses server servers staff waitstaff wait_staff host hostess bartender bartenders', 'attitude speed competence staffing'),
					A('manager', '店长', 'Manager', '店长 经理 老板 老板娘 领班', 'manager owner owners management proprietor', 'attitude competence'),
					A('cashier', '收银', 'Cashier', '收银 收银员 前台', 'cashier', 'attitude speed billing'),
					A('chef', '厨师', 'Chef', '厨师 大厨 师傅 主厨', 'chef chefs cook', 'attitude competence', { owner: 'KITCHEN' }),
				],
			},
			{
				id: 'service.attitude', name: { zh: '服务态度', en: 'Staff attitude' }, owner: 'FOH', terms: terms('服务态度 态度', 'attitude'),
				aspects: [
					A('friendliness', '热情友好', 'Friendliness', '热情 友好 微笑 亲切 笑容 热心', 'friendly friendliness smile smiling welcoming', 'attitude'),
					A('courtesy', '礼貌', 'Courtesy', '礼貌 没礼貌 不礼貌 粗鲁 凶 傲慢 冷漠 冷淡 爱理不理', 'polite courteous rude impolite arrogant dismissive condescending', 'attitude'),
					A('attentiveness', '周到', 'Attentiveness', '周到 贴心 细心 体贴 照顾', 'attentive attentiveness thoughtful', 'attitude'),
				],
			},
			{
				id: 'service.speed', name: { zh: '上菜与出餐', en: 'Serving' }, owner: 'FOH', terms: terms('上菜速度 出餐速度 等的时间 等得时间 等时间 等待时间 等候时间 等菜时间 上菜时间 出餐时间', 'serving_speed'),
				aspects: [
					A('serving', '上菜', 'Serving', '上菜 出菜 出餐 上餐 传菜 走菜 菜上 上齐 上得快 上的快 上得很快 上的很快 上得挺快 上的挺快 上得非常快 上的非常快 上得特别快 上的特别快 上得比较快 上的比较快 上得慢 上的慢 上得很慢 上的很慢 上得太慢 上的太慢 上得有点慢 上的有点慢 上得比较慢 上的比较慢', 'serving food_came dishes_came came_out', 'speed order temperature', { owner: 'KITCHEN' }),
					A('ordering', '点菜', 'Taking the order', '点菜 点单 下单 点餐', 'took_our_order ordering ordered', 'speed competence'),
					A('checkout', '结账', 'Paying the bill', '结账 买单 埋单 结帐', 'the_bill the_check pay_the_bill', 'speed billing'),
					A('refills', '加水添茶', 'Refills & table care', '加水 倒水 续茶 添茶 加汤 换骨碟 换盘 收盘子', 'refill refills top_up topped_up cleared_plates', 'speed attitude'),
				],
			},
			{
				id: 'service.queue', name: { zh: '排队与等位', en: 'Queue & waiting' }, owner: 'FOH', terms: terms('排队 等位', 'queue'),
				aspects: [
					A('queue', '排队等位', 'Queueing for a table', '排队 等位 等座 取号 排号 叫号 翻台 排了 等位时间 等了', 'queue queued queueing waitlist wait_for_a_table', 'speed'),
					A('waitarea', '等位区', 'Waiting area', '等位区 等候区 等位小食', 'waiting_area', 'comfort availability'),
				],
			},
			{
				id: 'service.reservation', name: { zh: '预订', en: 'Reservations' }, owner: 'FOH', terms: terms('预订 预定', 'reservation'),
				aspects: [
					A('booking', '订座', 'Table booking', '订座 订位 预订 预定 订桌 留位 提前订', 'reservation reservations booking booked reserved', 'process accuracy communication'),
					A('events', '宴会包场', 'Events & banquets', '包场 宴席 年夜饭 生日宴 团建 聚餐 宴请 婚宴', 'private_event banquet party parties', 'process price communication'),
				],
			},
			{
				id: 'service.accuracy', name: { zh: '点单准确', en: 'Order accuracy' }, owner: 'FOH', terms: terms('上错菜 漏单', 'wrong_dish_served'),
				aspects: [
					A('wrongdish', '上错菜', 'Wrong dish', '上错 做错 端错', 'wrong_dish', 'order'),
					A('missingdish', '漏菜', 'Missing dish', '漏单 漏菜 少上 菜没上 没上菜 忘了上', 'missing_dish never_arrived', 'order speed'),
				],
			},
			{
				id: 'service.extras', name: { zh: '增值服务', en: 'Extras' }, owner: 'FOH', terms: terms('增值服务', 'extras'),
				aspects: [
					A('freebies', '赠送', 'Complimentary items', '赠送 赠品 赠菜 送的小菜 果盘', 'complimentary on_the_house freebie freebies', 'availability taste'),
					A('kids', '儿童服务', 'Children', '儿童椅 宝宝椅 儿童 小孩 宝宝', 'high_chair kids children', 'availability attitude'),
					A('takeaway', '打包带走', 'Taking food home', '外带 带走 打包带走', 'take_away doggy_bag', 'availability price'),
				],
			},
			{
				id: 'service.complaint', name: { zh: '投诉处理', en: 'Complaint handling' }, owner: 'STORE', terms: terms('投诉 售后', 'complaint'),
				aspects: [A('resolution', '问题解决', 'Resolution', '投诉 解决 处理 道歉 退菜 换菜 重做', 'complain complained apolog* remade replaced resolved', 'competence attitude speed')],
			},
		],
	},
	{
		id: 'env',
		name: { zh: '就餐环境', en: 'Dining environment' },
		terms: terms('环境 就餐环境 用餐环境', 'environment ambience ambiance atmosphere'),
		owner: 'STORE',
		categories: [
			{
				id: 'env.decor', name: { zh: '装修氛围', en: 'Decor & ambience' }, owner: 'STORE', terms: terms('装修风格', 'interior romantic cozy cosy'),
				with: terms('装修 漂亮 好看 精致 大气 有特色 温馨 简陋 高端 上档次 优雅 文艺 复古 有格调 小资 舒适', 'beautiful stylish elegant cosy cozy charming decorated'),
				aspects: [
					A('decor', '装修', 'Decor', '装修 装潢 装饰 布置 风格 设计 门面 装修造型 建筑造型 门头造型', 'decor decoration interior design', 'design condition'),
					A('ambience', '氛围', 'Ambience', '氛围 格调 情调 调性 氛围感', 'ambience ambiance atmosphere vibe setting', 'design noise'),
					A('music', '音乐', 'Music', '音乐 背景音乐 驻唱', 'music live_music', 'noise'),
					A('lighting', '灯光', 'Lighting', '灯光 光线', 'lighting lights', 'lighting'),
					A('view', '景观', 'View', '景观 风景 窗景 江景 夜景 露台', 'view views terrace', 'view'),
				],
			},
			{
				id: 'env.noise', name: { zh: '噪音', en: 'Noise' }, owner: 'STORE', terms: terms('噪音 嘈杂 吵闹', 'noise noisy'),
				aspects: [A('noise', '噪音', 'Noise level', '噪音 吵 嘈杂 吵杂 喧闹 吵闹 安静 幽静 清静 声音 动静', 'noise noisy loud quiet', 'noise')],
			},
			{
				id: 'env.space', name: { zh: '空间座位', en: 'Space & seating' }, owner: 'STORE', terms: terms('空间 宽敞 拥挤 狭小 逼仄', 'space'),
				with: terms('宽敞 拥挤 挤 狭小 局促 逼仄 宽松 敞亮', 'spacious cramped crowded roomy'),
				aspects: [
					A('space', '空间', 'Space', '面积 店面 门脸 大堂 大厅 店里 店内 室内 场地', 'room dining_room dining_area lounge', 'size'),
					A('seating', '座位', 'Seating', '座位 桌子 椅子 位子 卡座 沙发 餐桌 桌椅 位置不多 桌', 'seat seats seating table tables chair chairs booth', 'size comfort clean condition'),
					A('privateroom', '包间', 'Private rooms', '包间 包厢 雅座 雅间', 'private_room private_dining', 'size design availability price'),
					A('outdoor', '户外座位', 'Outdoor seating', '露天 外摆 户外', 'outdoor outside_seating patio garden backyard', 'comfort availability'),
				],
			},
			{
				id: 'env.hygiene', name: { zh: '卫生', en: 'Hygiene' }, owner: 'STORE', terms: terms('卫生 卫生状况 干净 整洁 不干净 脏 脏乱 干干净净 脏兮兮', 'hygiene cleanliness'),
				with: terms('干净 不干净 脏 卫生 整洁 一尘不染 脏乱 邋遢', 'clean dirty spotless filthy tidy'),
				aspects: [
					A('tableware', '碗筷餐具', 'Tableware', '碗筷 杯子 盘子 碗 杯 餐具消毒 骨碟 茶杯', 'plates plate glasses glass bowls bowl crockery', 'clean condition availability'),
					A('floor', '地面桌面', 'Floors & tables', '地面 地板 桌面 地上', 'floor floors tabletop', 'clean'),
					A('pests', '虫鼠', 'Pests', '苍蝇 蟑螂 老鼠 蚊子 小强', 'flies cockroach cockroaches roach roaches rat rats mice mouse', 'clean'),
				],
			},
			{
				id: 'env.toilet', name: { zh: '洗手间', en: 'Toilets' }, owner: 'STORE', terms: terms('洗手间 卫生间 厕所', 'toilet toilets restroom restrooms'),
				aspects: [A('toilet', '洗手间', 'Toilets', '洗手间 卫生间 厕所 洗手池 洗手台', 'toilet toilets restroom restrooms bathroom washroom', 'clean odor availability')],
			},
			{
				id: 'env.air', name: { zh: '空气与温度', en: 'Air & temperature' }, owner: 'STORE', terms: terms('空气', 'air'),
				aspects: [
					A('ac', '空调', 'Air conditioning', '空调 冷气 暖气', 'air_conditioning aircon heating', 'climate'),
					A('smoke', '油烟烟味', 'Smoke & cooking fumes', '油烟 烟味 抽烟 吸烟', 'smoke smoking smoky fumes', 'odor'),
				],
			},
		],
	},
	{
		id: 'price',
		name: { zh: '价格与优惠', en: 'Price & value' },
		terms: terms('价格 价钱 价位', 'price prices'),
		owner: 'MKT',
		categories: [
			{
				id: 'price.level', name: { zh: '价格水平', en: 'Price level' }, owner: 'MKT', terms: terms('价格水平', 'price_level'),
				aspects: [
					A('level', '价位', 'Price level', '价格 价位 价钱 人均 消费 菜价 定价 收费', 'price prices pricing rates room_rate room_rates cost costs money bucks', 'price'),
					A('verdict', '贵与便宜', 'Cheap or dear', '便宜 实惠 贵 太贵 偏贵 小贵 价高 平价 亲民', 'expensive pricey overpriced over_priced over-priced affordable reasonably_priced well_priced inexpensive cheap costly', ''),
					A('bill', '账单', 'Bill', '账单 总价 小票', 'bill total overcharged overcharge', 'price billing', { owner: 'FIN' }),
				],
			},
			{
				id: 'price.vfm', name: { zh: '性价比', en: 'Value for money' }, owner: 'MKT', terms: terms('性价比', 'value_for_money'),
				aspects: [A('vfm', '性价比', 'Value for money', '性价比 物有所值 物超所值 值这个价 物美价廉 划算 超值 经济实惠 货真价实', 'value_for_money worth_the_money worth_the_price bang_for_your_buck value', 'price')],
			},
			{
				id: 'price.promo', name: { zh: '优惠活动', en: 'Promotions' }, owner: 'MKT', terms: terms('优惠活动', 'promotions'),
				aspects: [
					A('coupon', '优惠券', 'Coupons & vouchers', '优惠券 代金券 抵用券 红包 满减 券', 'coupon coupons voucher vouchers', 'redeem price process'),
					A('discount', '折扣', 'Discounts', '优惠 折扣 打折 特价 活动 折', 'discount discounts deal deals promotion promotions offer offers happy_hour', 'price availability accuracy'),
					A('groupbuy', '团购', 'Group-buy deals', '团购 美团券 点评券 抖音券 套餐券', 'group_buy groupon', 'redeem accuracy process'),
				],
			},
			{
				id: 'price.member', name: { zh: '会员', en: 'Membership' }, owner: 'MKT', terms: terms('会员', 'membership'),
				aspects: [A('membership', '会员卡', 'Membership & points', '会员 会员卡 储值卡 充值 积分 会员价', 'member membership loyalty points', 'price process accuracy')],
			},
			{
				id: 'price.fees', name: { zh: '附加收费', en: 'Extra fees' }, owner: 'FIN', terms: terms('附加费', 'surcharge'),
				aspects: [A('fees', '附加收费', 'Extra fees', '茶位费 服务费 餐位费 开瓶费 餐具费 包间费 最低消费', 'service_charge cover_charge corkage minimum_spend', 'price billing')],
			},
		],
	},
	{
		id: 'location',
		name: { zh: '位置与交通', en: 'Location & access' },
		terms: terms('位置 地理位置 地段 地点', 'location located'),
		owner: 'STORE',
		categories: [
			{
				id: 'location.transport', name: { zh: '交通', en: 'Transport' }, owner: 'STORE', terms: terms('交通 出行 车站 公车站 火车站 高铁站 汽车站 长途汽车站', 'transport'),
				aspects: [
					A('metro', '地铁', 'Metro', '地铁 地铁站 地铁口 轻轨', 'metro subway tube', 'convenience'),
					A('bus', '公交', 'Bus', '公交 公交站 公交车', 'bus bus_stop', 'convenience'),
				],
			},
			{
				id: 'location.finding', name: { zh: '寻店', en: 'Finding the restaurant' }, owner: 'STORE', terms: terms(`好找 难找 不好找 容易找 ${SEARCHED_LONG}`, 'hard_to_find easy_to_find'),
				aspects: [A('finding', '门头与入口', 'Storefront & entrance', '门头 店招 入口 地址 楼层 店面位置', 'entrance address sign signage storefront', 'findability')],
			},
			{
				id: 'location.parking', name: { zh: '停车', en: 'Parking' }, owner: 'STORE', terms: terms('停车 停车场 车位 泊车', 'parking car_park'),
				aspects: [
					A('space', '车位', 'Parking spaces', '车位 停车位 停车场', 'parking_spaces parking_spot car_park', 'availability convenience'),
					A('fee', '停车费', 'Parking fee', '停车费 免费停车 停车券', 'parking_fee free_parking', 'price'),
				],
			},
			{
				id: 'location.area', name: { zh: '商圈周边', en: 'Area' }, owner: 'STORE', terms: terms('周边 附近', 'nearby area'),
				aspects: [A('district', '商圈', 'Shopping district', '商圈 商场 购物中心 市中心 步行街 广场', 'mall shopping_centre shopping_center downtown city_centre', 'convenience')],
			},
		],
	},
	{
		id: 'delivery',
		name: { zh: '外卖配送', en: 'Delivery' },
		terms: terms('外卖 配送 送餐', 'delivery deliveries takeout takeaway'),
		owner: 'DELIVERY',
		categories: [
			{
				id: 'delivery.time', name: { zh: '配送时效', en: 'Delivery time' }, owner: 'DELIVERY', terms: terms('配送时间 送餐时间', 'delivery_time'),
				aspects: [
					A('delivery', '送达', 'Arrival', '送达 送到 送得 到了 才到 才送到 才送来 才送过来', 'delivered arrive arrived arrives came', 'speed'),
					A('eta', '预计送达', 'Promised time', '预计送达 预计时间 送达时间 约定时间', 'eta estimated_time delivery_window', 'speed accuracy'),
				],
			},
			{
				id: 'delivery.rider', name: { zh: '骑手', en: 'Rider' }, owner: 'DELIVERY', terms: terms('骑手', 'rider'),
				aspects: [A('rider', '骑手', 'Rider', '骑手 外卖小哥 外卖员 送餐员 配送员 快递员 送餐小哥 送外卖的', 'rider riders courier driver delivery_driver delivery_guy', 'attitude speed communication handover')],
			},
			{
				id: 'delivery.packaging', name: { zh: '包装', en: 'Packaging' }, owner: 'DELIVERY', terms: terms('包装', 'packaging'),
				aspects: [
					A('packaging', '餐盒包装', 'Packaging', '包装 餐盒 打包 打包盒 饭盒 袋子 盒子 外包装 汤碗', 'packaging container containers box boxes bag', 'packaging temperature clean price', { owner: 'KITCHEN' }),
					A('spilled', '汤汁洒漏', 'Spilled on the way', '洒了 撒了 漏了 洒出来 撒出来 漏出来 漏汤 洒得 撒得', 'spilled spilt leaked', ''),
				],
			},
			{
				id: 'delivery.order', name: { zh: '订单准确', en: 'Order accuracy' }, owner: 'DELIVERY', terms: terms('外卖订单', 'delivery_order'),
				aspects: [
					A('items', '餐品齐全', 'Items', '订单 单子 这单 一单', 'order orders', 'order'),
					A('missing', '漏送少送', 'Missing items', '少送 漏送 漏餐 少给 漏了一 少了一 没送 漏掉', 'missing_item missing_items', ''),
					A('wrong', '送错', 'Wrong items', '送错 拿错 错单 送成了', 'wrong_order wrong_item', ''),
					A('remarks', '备注', 'Order notes', '备注 口味备注', 'note notes special_instructions', 'order', { owner: 'KITCHEN' }),
				],
			},
			{
				id: 'delivery.extras', name: { zh: '餐具与调料', en: 'Cutlery & condiments' }, owner: 'DELIVERY', terms: terms('餐具与调料', 'cutlery_and_condiments'),
				aspects: [
					A('cutlery', '餐具', 'Cutlery', '餐具 筷子 勺子 一次性餐具 叉子 吸管 纸巾', 'cutlery chopsticks spoon spoons fork forks napkins straw', 'availability clean', { owner: 'KITCHEN' }),
					A('condiments', '调料酱料', 'Condiments', '调料 酱料 酱 醋 辣椒油 番茄酱 蘸酱 料包 辣椒', 'sauce sauces condiments ketchup', 'availability portion taste', { owner: 'KITCHEN' }),
				],
			},
			{
				id: 'delivery.arrival', name: { zh: '到手品质', en: 'Condition on arrival' }, owner: 'DELIVERY', terms: terms('到手', 'on_arrival'),
				aspects: [A('arrival', '到手状态', 'Food on arrival', '到手 拿到手 送到的时候 送到时 拿到的时候', 'on_arrival when_it_arrived by_the_time_it_arrived', 'temperature texture packaging')],
			},
			{
				id: 'delivery.invoice', name: { zh: '发票', en: 'Invoices' }, owner: 'FIN', terms: terms('发票', 'invoice'),
				aspects: [A('invoice', '发票', 'Invoice', '发票 开票 电子发票', 'invoice receipt fapiao', 'billing availability speed')],
			},
			{
				id: 'delivery.platform', name: { zh: '外卖平台', en: 'Delivery platform' }, owner: 'DELIVERY', terms: terms('外卖平台', 'delivery_app'),
				aspects: [
					A('platform', '平台', 'Platform', '美团 饿了么 外卖平台 平台 点评', 'meituan ele.me deliveroo uber_eats ubereats doordash grubhub just_eat platform', 'function communication process'),
					A('support', '客服', 'Customer service', '客服 平台客服 商家客服', 'customer_service support', 'attitude speed competence'),
					A('fees', '配送费', 'Delivery fees', '配送费 送餐费 打包费 起送 起送价 餐盒费', 'delivery_fee delivery_charge packaging_fee minimum_order', 'price', { owner: 'MKT' }),
				],
			},
			{
				id: 'delivery.refund', name: { zh: '取消与退款', en: 'Cancellations & refunds' }, owner: 'FIN', terms: terms('退款 取消订单', 'refund'),
				aspects: [
					A('cancel', '取消订单', 'Cancellation', '取消 取消订单 退单 被取消 拒单', 'cancel cancelled canceled cancellation', 'process communication speed', { owner: 'DELIVERY' }),
					A('refund', '退款赔付', 'Refunds & compensation', '退款 退钱 赔付 赔偿 补偿 部分退款', 'refund refunds refunded compensation', 'speed process attitude'),
				],
			},
		],
	},
	{
		id: 'ordering',
		name: { zh: '点餐渠道', en: 'Ordering channels' },
		terms: terms('点餐方式 点餐渠道', 'online_ordering'),
		owner: 'IT',
		categories: [
			{
				id: 'ordering.app', name: { zh: '点餐App与小程序', en: 'App & mini-program' }, owner: 'IT', terms: terms('小程序', 'mini-program'),
				aspects: [A('app', 'App', 'App', 'app 小程序 公众号 手机点餐 网上点餐', 'app application mobile_app website', 'function speed')],
			},
			{
				id: 'ordering.qr', name: { zh: '扫码点餐', en: 'QR-code ordering' }, owner: 'IT', terms: terms('扫码点餐', 'qr_ordering'),
				aspects: [A('qr', '扫码点餐', 'QR-code ordering', '扫码点餐 扫码 二维码 扫码下单 自助点餐', 'qr_code qr qr_menu', 'function process')],
			},
			{
				id: 'ordering.phone', name: { zh: '电话订餐', en: 'Phone orders' }, owner: 'FOH', terms: terms('电话订餐', 'phone_order'),
				aspects: [A('phone', '电话订餐', 'Phone orders', '电话订餐 订餐电话 打电话订', 'phone_order called_to_order', 'communication speed')],
			},
			{
				id: 'ordering.payment', name: { zh: '支付', en: 'Payment' }, owner: 'FIN', terms: terms('支付', 'payment'),
				aspects: [A('payment', '支付', 'Payment', '支付 付款 付钱 微信支付 支付宝 刷卡 现金', 'payment pay card cash', 'function process billing')],
			},
			{
				id: 'ordering.photos', name: { zh: '菜品展示', en: 'Menu photos' }, owner: 'MKT', terms: terms('菜品图', 'menu_photos'),
				aspects: [A('photos', '图片与实物', 'Photos vs reality', '图片 照片 实物 宣传图 菜品图 图上', 'photo photos picture pictures', 'accuracy')],
			},
		],
	},
	{
		id: 'overall',
		name: { zh: '整体评价', en: 'Overall' },
		terms: terms('总体 整体', 'overall'),
		owner: 'STORE',
		categories: [
			{
				id: 'overall.impression', name: { zh: '整体印象', en: 'Impression' }, owner: 'STORE', terms: terms('总的来说 总之 体验 感受', 'experience impression'),
				aspects: [
					A('restaurant', '餐厅整体', 'Restaurant overall', '餐厅 饭店 餐馆 这家店 店家 商家 小店 馆子 门店 本店 这家', 'restaurant restaurants place eatery cafe bistro', 'quality price clean looks'),
					A('brand', '品牌', 'Brand', '品牌 连锁 老字号 网红店 分店', 'brand chain franchise', 'quality accuracy'),
				],
			},
			{
				id: 'overall.recommend', name: { zh: '推荐意愿', en: 'Recommendation' }, owner: 'STORE', terms: terms('推荐 安利 种草 强推 值得一去 值得一试', 'recommend recommended recommending must-visit worth_a_visit worth_a_try'),
				aspects: [],
			},
			{
				id: 'overall.revisit', name: { zh: '复购与回头', en: 'Revisit & reorder' }, owner: 'STORE', terms: terms('再来 还会来 下次还 回头客 常来 二刷 回购 再点 还会点 还会再来 会再来 再去', 'come_back coming_back go_back order_again regular regulars'),
				aspects: [],
			},
		],
	},
];
export function buildRestaurantTree(): IndicatorTree {
	return composeTree({
		id: 'restaurant',
		name: { zh: '餐饮与外卖指标体系', en: 'Restaurant & food-delivery indicator tree' },
		version: '1.0.0',
		description:
			'Built-in restaurant & food-delivery indicator tree of n8n-nodes-cxloop: domain › category › aspect › attribute (› facet). Generated from nodes/engine/text/trees/restaurantSource.ts.',
		departments: DEPARTMENTS,
		attributes: withFacets(ATTRIBUTES, FACETS),
		domains: DOMAINS,
	});
}

// eslint-disable-next-line @n8n/community-nodes/no-restricted-globals -- the generator runs as a script at development time only
if (require.main === module && process.argv.includes('--write')) writeTreeJson(__dirname, buildRestaurantTree());
