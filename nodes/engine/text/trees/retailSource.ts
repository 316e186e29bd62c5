/**
 * Source of the built-in retail & e-commerce indicator tree (trees/retail.json): product, price &
 * promotions, order & payment, logistics, after-sales, customer service, store, app & website,
 * composed like the hotel tree (domain › category › aspect › attribute › facet, see compose.ts).
 * "衣服偏小一码" = 衣服 (clothing) + 偏小 (qualifier of size & fit, and of its facet "runs small")
 * → product.category.clothing.fit.too_small.
 *
 * Regenerate the JSON after editing:  node scripts/run-ts.mjs nodes/engine/text/trees/retailSource.ts --write
 */
import type { IndicatorTree } from '../tree';
import { A, AT, F, composeTree, hantConverter, terms, writeTreeJson, type Attr, type Bi, type Domain } from './compose';

export const DEPARTMENTS: Record<string, Bi> = {
	MER: { zh: '商品采购部', en: 'Merchandising & Buying' },
	QC: { zh: '质量管理部', en: 'Quality Control' },
	LOG: { zh: '物流仓储部', en: 'Logistics & Warehouse' },
	AS: { zh: '售后服务部', en: 'After-Sales' },
	CS: { zh: '客户服务部', en: 'Customer Service' },
	STORE: { zh: '门店运营部', en: 'Store Operations' },
	MKT: { zh: '市场部', en: 'Marketing' },
	EC: { zh: '电商与IT部', en: 'E-commerce & IT' },
	FIN: { zh: '财务部', en: 'Finance' },
};

export const ATTRIBUTES: Record<string, Attr> = {
	// Product attributes: what the quality team and the buyers act on.
	quality: AT('质量', 'Quality', '质量 品质 做工 材质 质感 劣质 粗糙 瑕疵 次品 耐用 结实 坏 坏了 用坏', 'quality build material well-made poorly_made flimsy sturdy durable defect*', {
		owner: 'QC',
		facets: [
			F('defect', '瑕疵次品', 'Defects', '瑕疵 次品 线头 破洞 开线 脱线 划痕 划伤 磕碰 污渍 坏点 漏液', 'defect* flaw* scratch* hole loose_thread stain* dead_pixel* dent*'),
			F('durability', '耐用性', 'Durability', '用了几天 没几天 不耐用 耐用 结实 坏了 就坏 掉色 起球 褪色 变形', 'broke_after stopped_working durable lasted fell_apart faded pilling'),
			F('material', '材质', 'Material', '材质 面料 布料 塑料 手感 质感 薄 厚', 'material fabric plastic feel thin thick'),
		],
	}),
	authenticity: AT('正品保障', 'Authenticity', '正品 假货 假的 山寨 仿 高仿 盗版 水货 翻新 二手 官方', 'genuine authentic fake counterfeit knockoff replica pirated refurbished grey_import', { owner: 'QC' }),
	fit: AT('尺码合身', 'Size & fit', '尺码 大小 偏大 偏小 合身 码 大了 小了 紧 松 肥 瘦 长 短', 'size fit fits too_small too_big tight loose runs_small runs_large', {
		owner: 'MER',
		facets: [
			F('too_small', '偏小', 'Runs small', '偏小 小了 紧 小一码 瘦 短', 'too_small runs_small tight too_short'),
			F('too_large', '偏大', 'Runs large', '偏大 大了 松 大一码 肥 长', 'too_big too_large runs_large loose baggy too_long'),
			F('chart', '尺码表', 'Size chart', '尺码表 尺码标 标准码 参考 按尺码', 'size_chart size_guide'),
		],
	}),
	accuracy: AT('与描述一致', 'As described', '与描述 不符 不一致 图片 实物 色差 描述 宣传 货不对板 和图片 跟图片 一样 不一样 参数', 'as_described not_as_described description pictured picture photo* colour color misleading', {
		owner: 'MER',
		facets: [
			F('colour', '色差', 'Colour', '色差 颜色 颜色不一样', 'colour color different_colour different_color'),
			F('photo', '图文不符', 'Photos', '图片 照片 实物 图 买家秀 卖家秀', 'picture* photo* pictured image*'),
			F('spec', '参数规格', 'Specifications', '参数 配置 型号 规格 版本 容量 内存', 'spec* model configuration version capacity'),
		],
	}),
	freshness: AT('新鲜与保质', 'Freshness & expiry', '新鲜 不新鲜 烂 烂了 坏了 变质 过期 保质期 生产日期 发霉 馊 日期', 'fresh rotten spoiled spoilt expired expiry best_before use-by mouldy moldy stale', {
		owner: 'QC',
		facets: [
			F('rotten', '腐烂变质', 'Rotten or spoiled', '烂 烂了 坏了 变质 发霉 馊 臭 软了', 'rotten spoiled spoilt mouldy moldy off'),
			F('expiry', '临期过期', 'Expiry date', '过期 保质期 生产日期 临期 日期', 'expired expiry best_before use-by date'),
			F('ripeness', '成熟度', 'Ripeness', '生的 不熟 太生 熟透 青的 硬', 'unripe overripe ripe hard'),
		],
	}),
	taste: AT('口味', 'Taste', '好吃 难吃 味道 口味 口感 甜 酸 涩 香 浓 淡 怪味 正宗', 'tast* delicious bland sweet sour flavo*', { owner: 'QC' }),
	performance: AT('性能', 'Performance', '性能 运行 速度 卡 卡顿 流畅 反应 慢 快 死机 配置', 'performance fast slow laggy lag smooth responsive freez*', { owner: 'QC' }),
	battery: AT('电池续航', 'Battery', '电池 续航 耗电 充电 充不进 待机', 'battery charg* battery_life drain*', { owner: 'QC' }),
	heat: AT('发热', 'Heat', '发热 发烫 烫 散热 温度', 'overheat* hot heat*', { owner: 'QC' }),
	noise: AT('噪音', 'Noise', '噪音 声音 响 吵 嗡嗡', 'noise noisy loud quiet', { owner: 'QC' }),
	effect: AT('使用效果', 'Effect', '效果 去屑 控油 柔顺 滋润 止痒 保湿 好用 没用', 'effect* result* works worked moisturi* dandruff', { owner: 'QC' }),
	scent: AT('气味', 'Scent', '气味 味道 香味 异味 刺鼻 臭 香', 'smell* scent fragrance odou*', { owner: 'QC' }),
	content: AT('内容', 'Content', '内容 情节 故事 文笔 翻译 写得 作者', 'content story plot writing translation', { owner: 'MER' }),
	printing: AT('印刷装帧', 'Print & binding', '印刷 纸张 纸质 字迹 装订 缺页 盗版', 'print* paper binding missing_pages pirated', { owner: 'QC' }),
	packaging: AT('包装', 'Packaging', '包装 盒子 外包装 包装盒 封口 简陋 精美', 'packaging packed wrapping sealed', { owner: 'LOG' }),
	price: AT('价格', 'Price', '贵 便宜 价格 价钱 划算 性价比 不值 实惠 超值 元 块钱', 'price* expensive cheap overpriced value pricey affordable bargain', {
		owner: 'MKT',
		facets: [
			F('too_high', '价格偏高', 'Too expensive', '贵 太贵 偏贵 不便宜 坑', 'expensive overpriced pricey rip-off'),
			F('value', '性价比', 'Value for money', '性价比 划算 实惠 值 超值 便宜', 'value worth bargain good_value cheap affordable'),
			F('drop', '买后降价', 'Price drop after purchase', '降价 刚买就降 差价 便宜了', 'price_drop dropped cheaper_now'),
		],
	}),
	// Service attributes.
	speed: AT('速度与时效', 'Speed', '慢 快 很快 速度 及时 迟迟 拖 延迟 等了 几天 一周 当天 次日 准时', 'slow fast quick* speed prompt* delay* late on_time next_day same_day days week weeks month took', {
		facets: [
			F('fast', '快速', 'Fast', '快 很快 神速 当天 次日 第二天 及时', 'fast quick* same_day next_day prompt*'),
			F('delay', '延误', 'Late', '慢 迟迟 延迟 拖 等了 一周 好几天 还没', 'slow late delay* still_waiting weeks'),
		],
	}),
	dispatch: AT('发货时效', 'Dispatch', '发货 发货慢 迟迟不发货 还没发货 不发货 发货快', 'dispatch* shipped ship not_shipped hasn\'t_shipped', { owner: 'LOG' }),
	tracking: AT('物流跟踪', 'Tracking', '物流信息 不更新 查不到 显示签收 签收 轨迹 单号', 'tracking no_update tracking_number marked_as_delivered', { owner: 'LOG' }),
	damage: AT('破损', 'Damage', '破损 压坏 摔坏 碎 碎了 漏 压扁 变形 坏了 烂了 破了', 'damaged crushed broken smashed dented leak* squashed', {
		owner: 'LOG',
		facets: [
			F('crushed', '挤压变形', 'Crushed', '压坏 压扁 变形 挤压', 'crushed squashed dented'),
			F('broken', '碎裂', 'Broken', '碎 碎了 摔坏 裂 破了', 'broken smashed cracked shattered'),
			F('leaking', '渗漏', 'Leaking', '漏 漏了 洒了 渗', 'leak* spilled spilt'),
		],
	}),
	lost: AT('丢件', 'Lost', '丢 丢件 丢失 没收到 找不到 不见了 被冒领', 'lost never_arrived not_received never_received stolen', { owner: 'LOG' }),
	wrong: AT('错发', 'Wrong item', '发错 错发 不对 错了 不是我买的 发成', 'wrong wrong_item incorrect not_what_i_ordered', { owner: 'LOG' }),
	missing_parts: AT('少件缺配件', 'Missing parts', '少发 漏发 少了 缺 缺少 配件 少件 赠品没有 没有赠品', 'missing incomplete parts accessories free_gift', { owner: 'LOG' }),
	dropoff: AT('送货上门', 'Doorstep delivery', '送货上门 不送上门 放驿站 放门口 放快递柜 让我自取 自己取', 'doorstep left_at_the_door left_outside outside porch locker pickup_point collect', { owner: 'LOG' }),
	attitude: AT('服务态度', 'Attitude', '态度 热情 冷漠 礼貌 粗鲁 耐心 不耐烦 友好 爱理不理 凶 不理 客气 敷衍 傲慢 好 差', 'attitude friendly rude polite impolite patient impatient courteous arrogant dismissive helpful', {
		facets: [
			F('friendly', '热情友好', 'Friendliness', '热情 友好 微笑 亲切 客气 贴心', 'friendly welcoming warm kind helpful'),
			F('rude', '冷漠粗鲁', 'Rudeness', '冷漠 粗鲁 凶 态度差 态度恶劣 爱理不理 不理 骂', 'rude unfriendly dismissive arrogant hostile'),
			F('patience', '耐心', 'Patience', '耐心 不耐烦 耐烦', 'patient impatient'),
			F('perfunctory', '敷衍', 'Perfunctory', '敷衍 复制粘贴 套话 机器人', 'scripted canned copy-paste brush-off'),
		],
	}),
	response: AT('响应时效', 'Response time', '回复 回应 不回 没人回 秒回 及时 迟迟 半天 等了 响应', 'respon* repl* never_replied no_reply wait* prompt* hours days', { owner: 'CS' }),
	competence: AT('专业与解决', 'Competence & resolution', '专业 不懂 解决 处理 推诿 搞错 弄错 踢皮球 没解决 解释 说不清楚', 'professional* knowledg* competent incompetent solv* resolv* handl* mistake* explain*', {
		facets: [
			F('unresolved', '问题未解决', 'Not resolved', '没解决 没有解决 还是不行 依然 至今没 一直没', 'not_resolved unresolved still never_fixed'),
			F('passed_around', '推诿', 'Passed around', '推诿 踢皮球 让我找 推给 互相推 找厂家 找快递', 'passed_around run-around runaround blamed'),
		],
	}),
	process: AT('流程与手续', 'Process', '流程 手续 麻烦 繁琐 简单 方便 顺利 审核 不同意 拒绝 不给', 'process* hassle easy smooth complicated approv* reject* refus* denied', {
		facets: [
			F('easy', '简便顺利', 'Easy', '简单 方便 顺利 很快 秒 无理由', 'easy smooth simple hassle-free'),
			F('complicated', '手续繁琐', 'Complicated', '麻烦 繁琐 复杂 折腾 来回', 'hassle complicated back_and_forth'),
			F('refused', '拒绝办理', 'Refused', '不同意 拒绝 不给 不让 不支持 不予', 'reject* refus* denied won\'t_let not_eligible'),
		],
	}),
	refund: AT('退款', 'Refund', '退款 退钱 退回 到账 返还 原路返回', 'refund* money_back credit* reimburs*', {
		owner: 'FIN',
		facets: [
			F('delay', '退款迟缓', 'Slow', '还没 迟迟 多久 没到账 一直没退 几天了', 'still_waiting not_received delay* weeks'),
			F('partial', '退款不全', 'Partial', '少退 不全 只退 部分 扣了运费', 'partial only_part deducted'),
		],
	}),
	shipping_cost: AT('运费', 'Shipping cost', '运费 邮费 包邮 运费险 自己出运费', 'shipping_cost postage free_shipping return_shipping delivery_charge', { owner: 'FIN' }),
	punctuality: AT('守时', 'Punctuality', '迟到 准时 爽约 没来 放鸽子 改时间 约好的 按时', 'late on_time no-show no_show didn\'t_show reschedul* punctual', { owner: 'AS' }),
	function: AT('功能与使用', 'Function & ease of use', '好用 难用 不好用 不会用 操作 复杂 没反应 用不了 打不开 闪退 报错 失败 卡', 'work* easy_to_use hard_to_use complicated confusing crash* error* fail* glitch* bug* can\'t cannot unable', {
		owner: 'EC',
		facets: [
			F('not_working', '无法使用', 'Does not work', '用不了 打不开 没反应 失败 报错 闪退', 'not_working does_not_work doesn\'t_work won\'t_work crash* error* fail*'),
			F('hard_to_use', '操作复杂', 'Hard to use', '不会用 复杂 难用 找不到 看不懂', 'complicated confusing hard_to_use can\'t_find'),
		],
	}),
	terms: AT('规则说明', 'Rules & terms', '规则 条件 门槛 限制 说明 不清楚 套路 看不懂', 'rules conditions terms restrictions minimum_spend fine_print', { owner: 'MKT' }),
	availability: AT('库存与供应', 'Availability', '缺货 断货 没货 有货 售罄 没有 补货 抢不到', 'out_of_stock sold_out in_stock unavailable restock* available', { owner: 'MER' }),
	clean: AT('清洁', 'Cleanliness', '干净 不干净 脏 乱 整洁 卫生 异味', 'clean dirty messy tidy untidy smell*', { owner: 'STORE' }),
	layout: AT('陈列与动线', 'Layout', '陈列 布局 货架 找不到 标识 拥挤 宽敞 乱', 'layout aisle* shelves shelf signage crowded cluttered spacious', { owner: 'STORE' }),
	selling: AT('推销', 'Pushy selling', '推销 强推 硬塞 一直推 跟着 办卡', 'pushy upsell* hard_sell pressur* followed', { owner: 'STORE' }),
	benefits: AT('权益兑现', 'Benefits', '权益 积分 兑换 折扣 不能用 用不了 没到账 过期 门槛', 'benefits points redeem* discount expired perks', { owner: 'MKT' }),
	privacy: AT('隐私与安全', 'Privacy & security', '隐私 泄露 个人信息 被盗 盗号 诈骗', 'privacy leak* personal_data hacked scam* fraud*', { owner: 'EC' }),
};

/** Product lines, each with the attributes that make sense for it. */
const PRODUCTS = [
	A('goods', '商品整体', 'Product overall', '商品 宝贝 东西 产品 货品 这款 机子 机器', 'product products item items goods', 'quality authenticity accuracy packaging price'),
	A('clothing', '服装', 'Clothing', '衣服 裤子 裙子 外套 T恤 衬衫 羽绒服 毛衣 上衣 卫衣 连衣裙 牛仔裤 内衣', 'clothes clothing shirt t-shirt dress jacket coat trousers jeans sweater hoodie', 'quality fit accuracy authenticity price'),
	A('shoes', '鞋包', 'Shoes & bags', '鞋 鞋子 运动鞋 靴子 包包 背包 手提包', 'shoes sneakers trainers boots bag handbag backpack', 'quality fit accuracy authenticity price'),
	A('phone', '手机', 'Phones', '手机 iPhone 苹果手机 华为 小米', 'phone smartphone iphone', 'quality performance battery heat authenticity accuracy price'),
	A('computer', '电脑平板', 'Computers & tablets', '电脑 笔记本 平板 iPad 板子 主机 台式机', 'laptop computer notebook tablet ipad desktop', 'quality performance battery heat noise authenticity accuracy price'),
	// Parts of any device (phone, tablet, computer, appliance): the part is what the review names.
	A('device', '数码部件', 'Device parts', '部件 零部件', 'device_parts components', '', {
		items: [
			A('screen', '屏幕', 'Screen', '屏幕 屏 大屏 显示屏 显示器 分辨率 像素 色彩', 'screen display resolution pixels', 'quality accuracy'),
			A('sound', '音质', 'Sound', '音质 音效 喇叭 扬声器 声音', 'sound speakers speaker audio', 'quality noise'),
			A('camera', '摄像头', 'Camera', '摄像头 拍照 相机 镜头', 'camera lens', 'quality'),
			A('system', '系统与软件', 'System & software', '系统 软件 预装软件 内存 存储', 'system software bloatware storage memory', 'performance function'),
			A('keyboard', '键盘与外设', 'Keyboard & accessories', '键盘 鼠标 触控板 充电器 数据线 耳机 配件', 'keyboard mouse trackpad charger cable earphones headphones accessories', 'quality function'),
		],
	}),
	A('appliance', '家电', 'Appliances', '家电 热水器 冰箱 洗衣机 空调 电视 微波炉 吸尘器 扫地机 电饭煲', 'appliance appliances water_heater fridge refrigerator washing_machine air_conditioner tv vacuum microwave', 'quality performance noise heat accuracy price'),
	A('fresh', '生鲜水果', 'Fresh food & fruit', '水果 生鲜 苹果 橙子 香蕉 芒果 猕猴桃 葡萄 蔬菜 肉', 'fruit fresh_food produce apples oranges bananas vegetables meat', 'freshness taste packaging price'),
	A('food', '食品饮料', 'Food & drinks', '食品 零食 牛奶 酸奶 饮料 奶 奶粉 蒙牛 伊利', 'food snacks milk yogurt yoghurt drinks beverages', 'freshness taste authenticity packaging price'),
	A('beauty', '美妆个护', 'Beauty & personal care', '洗发水 护发素 沐浴露 化妆品 护肤品 面膜 口红 香水 洗面奶', 'shampoo conditioner cosmetics skincare makeup lipstick perfume cleanser', 'effect scent authenticity freshness price'),
	A('books', '图书', 'Books', '书 书籍 图书 这本书 小说 教材 绘本 读物 作者 文笔 情节 可读性', 'book books novel textbook author', 'content printing authenticity packaging price'),
	A('home', '家居日用', 'Home & household', '家具 沙发 床垫 桌子 椅子 床上用品 四件套 被子 枕头 收纳 厨具 锅', 'furniture sofa couch mattress table chair bedding duvet pillow storage_box cookware pan', 'quality accuracy scent price'),
];

export const DOMAINS: Domain[] = [
	{
		id: 'product',
		name: { zh: '商品', en: 'Product' },
		terms: terms('商品 产品', 'product'),
		owner: 'MER',
		categories: [
			{ id: 'product.category', name: { zh: '品类', en: 'Product lines' }, owner: 'MER', terms: terms('品类', 'category'), aspects: PRODUCTS },
			{
				id: 'product.range', name: { zh: '商品选择', en: 'Range' }, owner: 'MER', terms: terms('款式 品种 选择', 'range selection'),
				aspects: [
					A('range', '款式与品种', 'Range & styles', '款式 品种 颜色选择 尺码选择 选择 花色', 'range styles selection choice variety', 'availability'),
					A('newness', '新品', 'New arrivals', '新品 新款 上新', 'new_arrivals new_season', 'availability'),
				],
			},
			{
				// Counterfeits named without a product line ("买到假货了"); with one, the line's authenticity leaf.
				id: 'product.assurance', name: { zh: '正品保障', en: 'Authenticity assurance' }, owner: 'QC', terms: terms('正品保障', 'authenticity_guarantee'),
				aspects: [
					A('counterfeit', '假冒商品', 'Counterfeits', '假货 山寨货 高仿 假冒 冒牌 仿品 A货 盗版货', 'counterfeit counterfeits knockoff knock-off replica', 'process competence'),
				],
			},
		],
	},
	{
		id: 'price',
		name: { zh: '价格与促销', en: 'Price & promotions' },
		terms: terms('价格 促销', 'price promotions'),
		owner: 'MKT',
		categories: [
			{
				id: 'price.pricing', name: { zh: '定价', en: 'Pricing' }, owner: 'MKT', terms: terms('定价 价位', 'pricing'),
				aspects: [
					A('price', '价格', 'Price', '价格 价钱 售价 标价 价位', 'price prices pricing', 'price', {
						direct: { 'price.value': terms('性价比 物有所值 物超所值', 'value_for_money') },
					}),
					A('protection', '价保', 'Price protection', '价保 保价 价格保护 补差价 退差价', 'price_protection price_match price_guarantee', 'process refund'),
				],
			},
			{
				id: 'price.promo', name: { zh: '促销活动', en: 'Promotions' }, owner: 'MKT', terms: terms('活动 促销', 'promotion promo sale'),
				aspects: [
					A('sale', '促销活动', 'Sales events', '活动 促销 双十一 双11 618 秒杀 大促 打折', 'sale promotion black_friday flash_sale discount', 'accuracy terms price'),
					A('coupon', '优惠券', 'Coupons', '优惠券 券 满减 红包 折扣码', 'coupon coupons coupon_code voucher vouchers promo_code discount_code', 'function terms'),
					A('gift', '赠品', 'Free gifts', '赠品 送的 小礼品', 'free_gift gift freebie', 'quality availability'),
				],
			},
			{
				id: 'price.membership', name: { zh: '会员', en: 'Membership' }, owner: 'MKT', terms: terms('会员', 'member membership'),
				aspects: [
					A('member', '会员权益', 'Member benefits', '会员 会员卡 VIP 积分 PLUS 88VIP', 'member membership loyalty points loyalty_card', 'benefits price'),
				],
			},
		],
	},
	{
		id: 'order',
		name: { zh: '下单与支付', en: 'Order & payment' },
		terms: terms('订单', 'order'),
		owner: 'EC',
		categories: [
			{
				id: 'order.checkout', name: { zh: '下单支付', en: 'Ordering & paying' }, owner: 'EC', terms: terms('下单 支付', 'online_checkout payment'),
				aspects: [
					A('order', '下单', 'Ordering', '下单 订单 拍下 购物车 结算', 'order ordering checkout cart basket', 'process function'),
					A('payment', '支付', 'Payment', '支付 付款 付钱 扣款 分期 花呗 白条', 'payment pay paid instalments installments', 'function process', { owner: 'FIN' }),
					A('cancel', '取消订单', 'Order cancellation', '取消订单 取消 砍单 被取消', 'cancel_order cancelled_order cancellation', 'process refund'),
					A('invoice', '发票', 'Invoice', '发票 开票 电子发票', 'invoice receipt vat_invoice', 'availability speed', { owner: 'FIN' }),
				],
			},
		],
	},
	{
		id: 'logistics',
		name: { zh: '物流配送', en: 'Logistics' },
		terms: terms('物流 配送', 'logistics delivery'),
		owner: 'LOG',
		categories: [
			{
				id: 'logistics.delivery', name: { zh: '配送', en: 'Delivery' }, owner: 'LOG', terms: terms('送货 到货', 'delivery shipping'),
				aspects: [
					A('delivery', '配送时效', 'Delivery speed', '物流 快递 配送 送货 到货 发货', 'delivery shipping shipment shipped', 'speed dispatch tracking dropoff shipping_cost', {
						direct: {
							'speed.delay': terms('迟迟不到 迟迟没到 还没到货 延迟发货', 'arrived_late late_delivery delivered_late'),
							'speed.fast': terms('次日达 当日达 第二天就到了 送货很快', 'arrived_quickly fast_delivery quick_delivery next-day_delivery'),
							tracking: terms('物流信息 查不到物流 物流不更新', 'tracking tracking_number tracking_information'),
						},
					}),
					A('courier', '快递员', 'Courier', '快递员 快递小哥 送货员 配送员 快递师傅', 'courier delivery_driver driver delivery_man postman', 'attitude dropoff punctuality'),
					A('carrier', '快递公司', 'Carrier', '顺丰 京东物流 中通 圆通 申通 韵达 邮政 EMS 百世', 'carrier ups fedex dhl royal_mail usps', 'speed damage lost'),
				],
			},
			{
				id: 'logistics.parcel', name: { zh: '包裹', en: 'Parcel' }, owner: 'LOG', terms: terms('包裹', 'parcel package'),
				aspects: [
					A('parcel', '包裹', 'Parcel', '包裹 箱子 外箱 快递盒 快递包装', 'parcel package box', 'damage lost missing_parts packaging'),
					A('fulfilment', '拣货发货', 'Picking & packing', '发错货 发错 发了', 'picking order_picking', 'wrong missing_parts', {
						direct: {
							wrong: terms('发错货 错发', 'wrong_item wrong_size wrong_colour wrong_color wrong_product'),
							missing_parts: terms('漏发 少发 少件', 'missing_parts missing_items missing_item'),
						},
					}),
				],
			},
		],
	},
	{
		id: 'aftersales',
		name: { zh: '售后服务', en: 'After-sales' },
		terms: terms('售后', 'after-sales after_sales'),
		owner: 'AS',
		categories: [
			{
				id: 'aftersales.returns', name: { zh: '退换货', en: 'Returns & exchanges' }, owner: 'AS', terms: terms('退换货 退换', 'returns'),
				aspects: [
					A('return', '退货', 'Returns', '退货 退回 七天无理由 无理由退货 退了', 'return returns returned send_back', 'process speed shipping_cost'),
					A('exchange', '换货', 'Exchanges', '换货 换一个 换了 调换', 'exchange swap replacement', 'process speed shipping_cost'),
					A('refund', '退款', 'Refunds', '退款 退钱 仅退款', 'refund refunds money_back', 'refund process'),
				],
			},
			{
				id: 'aftersales.service', name: { zh: '维修与安装', en: 'Repair & installation' }, owner: 'AS', terms: terms('保修 安装', 'warranty installation'),
				aspects: [
					A('warranty', '保修维修', 'Warranty & repair', '保修 维修 返修 售后维修 三包 质保', 'warranty repair guarantee', 'process speed competence price'),
					A('install', '送装服务', 'Installation', '安装 上门安装 安装师傅 装机', 'installation install installer technician', 'punctuality attitude competence price'),
				],
			},
		],
	},
	{
		id: 'service',
		name: { zh: '客户服务', en: 'Customer service' },
		terms: terms('客服 服务', 'customer_service service support'),
		owner: 'CS',
		categories: [
			{
				id: 'service.contact', name: { zh: '客服渠道', en: 'Contact channels' }, owner: 'CS', terms: terms('联系客服', 'contact_support'),
				aspects: [
					A('chat', '在线客服', 'Online chat', '在线客服 旺旺 咚咚 智能客服 机器人 人工客服 聊天', 'live_chat chat chatbot online_support', 'response competence attitude'),
					A('hotline', '客服电话', 'Hotline', '客服电话 热线 电话客服 400电话', 'hotline phone_support helpline call_centre call_center', 'response competence attitude'),
					A('agent', '客服人员', 'Service staff', '客服 客服人员 客服小姐姐 卖家 店家 商家 掌柜', 'agent representative seller merchant customer_service customer_service_agent', 'attitude response competence'),
				],
			},
		],
	},
	{
		id: 'store',
		name: { zh: '门店', en: 'Store' },
		terms: terms('门店 实体店 商场 超市', 'store shop supermarket mall'),
		owner: 'STORE',
		categories: [
			{
				id: 'store.service', name: { zh: '门店服务', en: 'In-store service' }, owner: 'STORE', terms: terms('店里 店内', 'in_store in-store'),
				aspects: [
					A('staff', '店员导购', 'Store staff', '店员 导购 营业员 服务员 员工 工作人员', 'staff sales_assistant shop_assistant clerk employee', 'attitude competence selling'),
					A('checkout', '收银结账', 'Checkout', '收银 结账 收银台 收银员 自助收银 排队结账', 'till cashier self-checkout checkout_queue checkout_line', 'speed attitude'),
					A('fitting', '试衣间', 'Fitting rooms', '试衣间 试衣', 'fitting_room fitting_rooms changing_room', 'availability clean'),
				],
			},
			{
				id: 'store.environment', name: { zh: '门店环境', en: 'Store environment' }, owner: 'STORE', terms: terms('环境', 'environment'),
				// "门店很脏" / "the store was dirty": the store's cleanliness (the words of the clean attribute, so one qualifier set).
				with: terms('干净 不干净 脏 乱 整洁 卫生 异味', 'clean dirty messy tidy untidy smell*'),
				aspects: [
					A('cleanliness', '卫生', 'Cleanliness', '店面 地面 卫生 环境', 'floor store_environment', 'clean'),
					A('layout', '陈列布局', 'Layout', '陈列 布局 货架 通道', 'layout aisle aisles shelves', 'layout'),
					A('stock', '缺货', 'Stock-outs', '缺货 断货 没货 库存', 'stock stock-out out_of_stock', 'availability'),
					A('parking', '停车', 'Parking', '停车 停车场 车位', 'parking car_park', 'availability price'),
				],
			},
		],
	},
	{
		id: 'digital',
		name: { zh: 'App与网站', en: 'App & website' },
		terms: terms('App 网站 网页 小程序', 'app website site'),
		owner: 'EC',
		categories: [
			{
				id: 'digital.channel', name: { zh: '线上渠道', en: 'Online channels' }, owner: 'EC', terms: terms('线上 网上 官方旗舰店', 'online'),
				aspects: [
					A('app', 'App', 'App', 'App 客户端 小程序', 'app mobile_app', 'function speed'),
					A('website', '网站', 'Website', '网站 网页 官网 页面', 'website site web_page webpage', 'function speed'),
					A('search', '搜索', 'Search', '搜索 搜不到 筛选', 'search filter*', 'function'),
					A('account', '账号登录', 'Account & login', '账号 登录 密码 注册 验证码', 'account login log_in password sign_in', 'function privacy'),
					A('listing', '商品详情', 'Product page', '详情页 商品详情 商品页 介绍 评价', 'product_page listing reviews', 'accuracy'),
				],
			},
		],
	},
	{
		id: 'overall',
		name: { zh: '整体体验', en: 'Overall experience' },
		terms: terms('整体 总体 购物体验', 'overall shopping_experience'),
		owner: 'MKT',
		categories: [
			{
				id: 'overall.shop', name: { zh: '店铺整体', en: 'Shop overall' }, owner: 'MKT', terms: terms('店铺 这家店', 'this_shop this_store'),
				aspects: [
					A('shop', '店铺', 'Shop', '店铺 这家店 京东 淘宝 天猫 拼多多 当当 亚马逊 旗舰店 自营', 'amazon this_store', 'quality authenticity attitude price'),
					A('repurchase', '回购意愿', 'Repurchase', '回购 还会再买 下次还 再来 一直在这买 以后不买', 'buy_again repurchase come_back shop_again never_again', 'quality price'),
				],
			},
		],
	},
];

export function buildRetailTree(toHant?: (s: string) => string): IndicatorTree {
	return composeTree(
		{
			id: 'retail',
			name: { zh: '零售与电商行业指标体系', en: 'Retail & e-commerce indicator tree' },
			version: '1.0.0',
			description:
				'Built-in retail & e-commerce indicator tree of n8n-nodes-cxloop: domain › category › aspect › attribute (› facet). Generated from nodes/engine/text/trees/retailSource.ts.',
			departments: DEPARTMENTS,
			attributes: ATTRIBUTES,
			domains: DOMAINS,
		},
		toHant,
	);
}

// eslint-disable-next-line @n8n/community-nodes/no-restricted-globals -- the generator runs as a script at development time only
if (require.main === module && process.argv.includes('--write')) writeTreeJson(__dirname, buildRetailTree(hantConverter()));
