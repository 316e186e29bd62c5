import { getEngine } from '../../../nodes/engine/text';

/**
 * Chinese hotel review language, third round of 2026-11-29: short sentences written by the project in
 * the style of Ctrip / Meituan / Fliggy reviews (not copied from any data set or site), about rooms,
 * cleanliness, beds, noise, bathrooms, front desk, service, breakfast, facilities, Wi-Fi, parking,
 * location, value, safety and the verdicts of hotel reviews. Each row gives the expected label and, where
 * the sentence names a topic, the topics whose sentiment has a sign. This is a self-written check of
 * vocabulary and grammar, not an accuracy figure.
 */
const engine = getEngine();

type L = 'positive' | 'negative' | 'neutral';
const CASES: Array<[string, L, Array<[string, L]>]> = [
	['房间很大，采光也很好', 'positive', [['rooms.space.room.size', 'positive']]],
	['房间太小了，转个身都难', 'negative', [['rooms.space.room.size', 'negative']]],
	['房间有一股异味，开窗也散不掉', 'negative', [['rooms.space.room.odor', 'negative']]],
	['一进门就闻到霉味，被子还潮潮的', 'negative', []],
	['房间比较潮湿，墙角有点发黑', 'negative', [['rooms.climate.airquality', 'negative']]],
	['窗外是墙，白天也得开灯', 'negative', [['rooms.space.window', 'negative']]],
	['隔音太差，隔壁说话听得一清二楚', 'negative', [['rooms.noise.soundproof', 'negative']]],
	['隔音效果很好，一晚上都很安静', 'positive', [['rooms.noise.soundproof', 'positive']]],
	['床单上有头发，明显没换', 'negative', [['rooms.bed.linen.sheet.clean.hair', 'negative']]],
	[
		'卫生间有污渍，洗手台也不干净',
		'negative',
		[
			['rooms.bath', 'negative'],
			['rooms.bath.sink.clean', 'negative'],
		],
	],
	[
		'房间打扫得很干净，毛巾也是新换的',
		'positive',
		[
			['rooms.space.room.clean', 'positive'],
			['rooms.bath.towels', 'positive'],
		],
	],
	['床很软，睡得特别香', 'positive', [['rooms.bed.bed.comfort', 'positive']]],
	['床垫塌了，躺下去腰疼', 'negative', [['rooms.bed.mattress.comfort', 'negative']]],
	['枕头很舒服，高低刚好', 'positive', [['rooms.bed.pillow.comfort', 'positive']]],
	['半夜楼下施工，根本睡不着', 'negative', [['rooms.noise.street', 'negative']]],
	['电梯噪音很大，房间正对电梯', 'negative', [['facilities.building.elevator', 'negative']]],
	['楼下有KTV，吵到凌晨两点', 'negative', [['rooms.noise', 'negative']]],
	['水压小，洗澡洗得很难受', 'negative', [['rooms.bath.shower', 'negative']]],
	['热水不稳定，一会儿冷一会儿烫', 'negative', []],
	['淋浴漏水，卫生间地上全是水', 'negative', [['rooms.bath.shower.condition.leak', 'negative']]],
	['卫生间干湿分离，用起来很方便', 'positive', [['rooms.bath', 'positive']]],
	[
		'办理入住很快，前台小姐姐很热情',
		'positive',
		[
			['front.checkin', 'positive'],
			['service.attitude.friendliness', 'positive'],
		],
	],
	['办入住排队排了半小时', 'negative', []],
	['押金退得很慢，一个星期才到账', 'negative', [['front.checkin.deposit.speed', 'negative']]],
	['前台爱答不理的，问什么都说不知道', 'negative', [['front.staff', 'negative']]],
	[
		'前台主动给我们升级了房型，很惊喜',
		'positive',
		[
			['front.staff', 'positive'],
			['service.quality.personal', 'positive'],
		],
	],
	['申请延迟退房，前台爽快答应了', 'positive', [['front.staff', 'positive']]],
	['服务热情周到，有求必应', 'positive', [['service.attitude.friendliness', 'positive']]],
	['服务员态度冷漠，一点笑容都没有', 'negative', [['service.quality.staff.attitude.rude', 'negative']]],
	['早餐很丰富，中西式都有', 'positive', [['fb.breakfast', 'positive']]],
	['早餐品种单一，天天都是那几样', 'negative', [['fb.breakfast.buffet.variety.limited', 'negative']]],
	['早餐一般，没什么可吃的', 'negative', [['fb.breakfast', 'negative']]],
	['健身房器械很新，泳池也很干净', 'positive', [['facilities.leisure.pool.clean', 'positive']]],
	['设施老旧，空调声音很大', 'negative', [['facilities', 'negative']]],
	['设施陈旧，地毯都发黑了', 'negative', [['facilities', 'negative']]],
	[
		'装修有年代感，家具都很旧了',
		'negative',
		[
			['rooms.space.decor', 'negative'],
			['rooms.space.decor.condition.worn', 'negative'],
		],
	],
	['wifi信号很差，经常断线', 'negative', [['rooms.tech.wifi.signal', 'negative']]],
	['无线网速度很快，办公没问题', 'positive', [['rooms.tech.wifi.signal', 'positive']]],
	['停车方便，酒店有免费停车场', 'positive', [['facilities.parking', 'positive']]],
	['车位难找，绕了好几圈', 'negative', [['facilities.parking.space', 'negative']]],
	['停车还要另外收费，一晚五十', 'negative', [['facilities.parking', 'negative']]],
	[
		'出门就是地铁口，交通便利',
		'positive',
		[
			['location.transport.metro', 'positive'],
			['location.transport', 'positive'],
		],
	],
	[
		'位置有点偏，打车都不好打',
		'negative',
		[
			['location', 'negative'],
			['location.transport.taxi', 'negative'],
		],
	],
	['性价比高，这个价位很难找到更好的', 'positive', [['value.room.vfm', 'positive']]],
	['性价比低，不值这个价', 'negative', [['value.room.vfm', 'negative']]],
	['价格偏贵，设施跟不上', 'negative', [['value.room.rate.price.too_high', 'negative']]],
	['物超所值，强烈推荐', 'positive', [['value.room.vfm', 'positive']]],
	['晚上一个人入住也觉得很安全', 'positive', [['safety', 'positive']]],
	[
		'门锁坏了，晚上一直担心安全问题',
		'negative',
		[
			['safety.security.lock.condition.broken', 'negative'],
			['safety', 'negative'],
		],
	],
	['下次还会入住', 'positive', [['overall.impression.return', 'positive']]],
	['再也不会来了', 'negative', []],
	['推荐入住，不会失望', 'positive', []],
	['不推荐，住过最差的一家', 'negative', []],
	['房间与图片不符，小了一半', 'negative', [['rooms.space.room.accuracy', 'negative']]],
	['照片仅供参考，实物差很多', 'negative', []],
	['名不副实，根本不是四星的水平', 'negative', [['overall.impression.star', 'negative']]],
	['还行吧，没什么特别的', 'neutral', []],
	['中规中矩，该有的都有', 'positive', []],
	['差强人意，勉强能住', 'negative', []],
	['差评！卫生太差了', 'negative', [['clean', 'negative']]],
	[
		'五星好评，服务太赞了',
		'positive',
		[
			['overall.impression.star', 'positive'],
			['service', 'positive'],
		],
	],
	['住得很舒心，像在家一样', 'positive', []],
	[
		'房间干净整洁，床品舒适',
		'positive',
		[
			['rooms.space.room.clean', 'positive'],
			['rooms.bed.linen.comfort', 'positive'],
		],
	],
	['前台办理退房很迅速，不到两分钟', 'positive', [['front.checkout', 'positive']]],
	['空调不制冷，热了一晚上', 'negative', [['rooms.climate.ac.temperature.too_hot', 'negative']]],
	['马桶堵了，叫了两次才来修', 'negative', [['rooms.bath.toilet', 'negative']]],
	['被子有股怪味，不知道多久没洗', 'negative', [['rooms.bed.duvet', 'negative']]],
	['窗户正对着马路，车声吵了一夜', 'negative', [['rooms.noise.street.noise', 'negative']]],
	['房间视野很好，能看到江景', 'positive', [['rooms.space.room.view', 'positive']]],
	['酒店离景点很近，走路五分钟就到', 'positive', [['location.surroundings.sights.convenience', 'positive']]],
	['离市中心太远了，去哪都不方便', 'negative', []],
	['前台小哥帮我们叫车，还送了两瓶水', 'positive', []],
	[
		'行李员主动帮忙搬行李，很贴心',
		'positive',
		[
			['front.staff.concierge.bags', 'positive'],
			['service.quality.personal', 'positive'],
		],
	],
	['入住时等了四十分钟才拿到房卡', 'negative', [['front.checkin.wait.speed.waiting', 'negative']]],
	['房间里有蟑螂，吓死我了', 'negative', [['clean.pests.cockroach', 'negative']]],
	['浴室有一股下水道的臭味', 'negative', [['rooms.bath', 'negative']]],
	[
		'床品干净，但是枕头太高了',
		'negative',
		[
			['rooms.bed.linen.clean', 'positive'],
			['rooms.bed.pillow', 'negative'],
		],
	],
	[
		'位置很好，就是房间有点小',
		'positive',
		[
			['location', 'positive'],
			['rooms.space.room.size', 'negative'],
		],
	],
	[
		'早餐不错，但是餐厅人太多要排队',
		'negative',
		[
			['fb.breakfast', 'positive'],
			['fb.restaurant', 'negative'],
			['fb.breakfast.crowd.speed.waiting', 'negative'],
		],
	],
	[
		'服务挺好的，不过隔音一般',
		'positive',
		[
			['service', 'positive'],
			['rooms.noise.soundproof', 'negative'],
		],
	],
	['房间很新，装修很有设计感', 'positive', [['rooms.space.room.condition', 'positive']]],
	['装修很时尚，拍照很好看', 'positive', [['rooms.space.decor.design', 'positive']]],
	['卫生间很小，转身都困难', 'negative', [['rooms.bath', 'negative']]],
	['热水很足，水压也很大', 'positive', []],
	['客房服务响应很快，送东西五分钟就到了', 'positive', [['service.quality.responsiveness.speed', 'positive']]],
	['打电话给前台一直没人接', 'negative', [['front.staff.phone', 'negative']]],
	['房间的窗户打不开，很闷', 'negative', [['rooms.space.window.condition', 'negative']]],
	['地毯很脏，有好几块污渍', 'negative', [['rooms.space.floor.clean', 'negative']]],
	[
		'酒店整体还可以，就是价格有点贵',
		'neutral',
		[
			['overall.impression.hotel', 'positive'],
			['value.room.rate.price.too_high', 'negative'],
		],
	],
	['一般般吧，对得起这个价格', 'neutral', []],
	['没有想象中那么好，也不算差', 'neutral', []],
	['普通的商务酒店，没什么亮点也没什么槽点', 'neutral', []],
	['住了一晚，感觉还行', 'positive', []],
	[
		'设施一般，服务还不错',
		'neutral',
		[
			['facilities', 'negative'],
			['service', 'positive'],
		],
	],
	['早餐种类不多，但味道还可以', 'neutral', [['fb.breakfast.buffet', 'negative']]],
	[
		'房间偏小，不过很干净',
		'positive',
		[
			['rooms.space.room.size', 'negative'],
			['clean', 'positive'],
		],
	],
	['这个价格能住到这样的房间，很满意', 'positive', []],
	['前台效率太低了，一个人办入住要十分钟', 'negative', [['front.staff', 'negative']]],
	[
		'前台态度很好，耐心解答问题',
		'positive',
		[
			['front.staff', 'positive'],
			['service.attitude.patience', 'positive'],
		],
	],
	['泳池是室外的，冬天不开放', 'negative', []],
	['健身房很小，只有两台跑步机', 'negative', [['facilities.leisure.gym', 'negative']]],
	['没有窗户，住着很压抑', 'negative', [['rooms.space.window', 'negative']]],
	['房间有窗户，采光不错', 'positive', []],
	['墙皮都掉了，看着很破', 'negative', []],
	['洗漱用品齐全，还有一次性拖鞋', 'positive', [['rooms.amenities', 'positive']]],
	['毛巾发黄，不敢用', 'negative', [['rooms.bath.towels.clean.stain', 'negative']]],
	['退押金很快，离店就退了', 'positive', [['front.checkin.deposit.speed', 'positive']]],
	['停车场很大，停车很方便', 'positive', [['facilities.parking', 'positive']]],
	['停车场太小，车都停不下', 'negative', [['facilities.parking', 'negative']]],
	['地理位置优越，周边吃的很多', 'positive', [['location', 'positive']]],
	['周边比较荒凉，晚上没什么吃的', 'negative', [['location.surroundings', 'negative']]],
	['入住体验很好，下次出差还住这里', 'positive', [['overall.impression', 'positive']]],
	['带孩子来住，孩子很喜欢', 'positive', []],
	['床太硬了，睡得腰酸背痛', 'negative', [['rooms.bed.bed.comfort', 'negative']]],
	['被子很厚，很暖和', 'positive', []],
	[
		'房间有点冷，暖气不太热',
		'negative',
		[
			['rooms.space.room.temperature.too_cold', 'negative'],
			['rooms.climate.ac.temperature.too_cold', 'negative'],
		],
	],
	['客房阿姨很热情，打扫得很仔细', 'positive', []],
	['门口就有公交站，出行很方便', 'positive', [['location.transport', 'positive']]],
	[
		'酒店很难找，导航都找不到入口',
		'negative',
		[
			// 很难找 names the way to the hotel (location.access, stop 23), no longer the hotel's own impression.
			['location.access', 'negative'],
			['location.access.finding.findability', 'negative'],
		],
	],
	['总体来说还不错，会推荐给朋友', 'positive', [['overall.impression', 'positive']]],
	[
		'性价比一般，同价位有更好的选择',
		'negative',
		[
			['value.room.vfm', 'negative'],
			['value.room.rate', 'negative'],
		],
	],
	['服务员帮我们预订了餐厅，非常感谢', 'positive', []],
	['前台收了押金却不给收据', 'negative', [['front.checkin.deposit', 'negative']]],
	[
		'房间里烟味很重，明明是无烟房',
		'negative',
		[
			['rooms.space.room.odor.smoke', 'negative'],
			['facilities.building.smoking.nonsmoking', 'negative'],
		],
	],
	['晚上有小广告塞进门缝，很烦', 'negative', []],
	['枕头有点扁，睡着不太舒服', 'negative', []],
	[
		'浴巾很柔软，洗得很干净',
		'positive',
		[
			['rooms.bath.towels.bathtowel', 'positive'],
			['clean', 'positive'],
		],
	],
	[
		'早餐的包子很好吃，粥也不错',
		'positive',
		[
			['fb.breakfast.buffet.noodles.taste.delicious', 'positive'],
			['fb.breakfast.buffet.noodles', 'positive'],
		],
	],
	['早餐七点才开始，出门太早吃不上', 'negative', []],
	[
		'房间一般，服务一般，早餐也一般',
		'negative',
		[
			['rooms.space.room', 'negative'],
			['service', 'negative'],
			['fb.breakfast', 'negative'],
		],
	],
	['不算太好也不算太差，正常水平', 'neutral', []],
	['除了位置好，其他都很一般', 'negative', [['location', 'positive']]],
	[
		'设施虽然旧了点，但是很干净',
		'positive',
		[
			['facilities', 'negative'],
			['clean', 'positive'],
		],
	],
	['住过这么多酒店，这家是最舒服的', 'positive', []],
	['从来没住过这么差的酒店', 'negative', [['overall.impression.hotel', 'negative']]],
	['图片看着不错，实际住进去大失所望', 'negative', []],
	['跟网上的图片一模一样，没有货不对板', 'positive', []],
	['房间里蚊子很多，被咬了好几个包', 'negative', [['clean.pests.flies', 'negative']]],
	['今天入住，明天中午退房', 'neutral', []],
	['酒店就在火车站旁边', 'neutral', []],
	['早餐在二楼，七点到十点', 'neutral', []],
	['订的是标准间，两张床', 'neutral', []],
	['办理入住需要身份证和押金', 'neutral', []],
	['整体感觉一般般，不好不坏', 'neutral', []],
	['价格和周边酒店差不多', 'neutral', []],
	['第一次住这家，感觉还可以', 'positive', []],
	[
		'位置不错，但是隔音很差',
		'negative',
		[
			['location', 'positive'],
			['rooms.noise.soundproof', 'negative'],
		],
	],
	[
		'房间很干净，可惜早餐品种单一',
		'neutral',
		[
			['rooms.space.room.clean', 'positive'],
			['fb.breakfast.buffet.variety', 'negative'],
		],
	],
	// Second batch: more mixed and neutral sentences, and small facts of service.
	['房间不大，但是该有的都有', 'positive', [['rooms.space.room.size', 'negative']]],
	['早餐还可以，就是种类少了点', 'neutral', []],
	['位置方便，房间一般', 'neutral', []],
	['服务不错，设施有点旧', 'neutral', []],
	['床还算舒服，枕头偏软', 'neutral', []],
	['隔音一般，不过晚上还算安静', 'positive', [['rooms.noise.soundproof', 'negative']]],
	['价格不便宜，但是住得很舒服', 'positive', [['value.room.rate.price.too_high', 'negative']]],
	// Stop 26 (zh18, othersFine): one hedged fault and then 其他都还好 sums the stay up as fine (was neutral).
	['前台有点慢，其他都还好', 'positive', [['front.staff', 'negative']]],
	['房间干净，就是有点小', 'positive', [['rooms.space.room.clean', 'positive']]],
	['出差住了两晚，公司订的', 'neutral', []],
	['酒店在商业街里面，旁边有商场', 'neutral', []],
	['入住的时候下雨，前台借了把伞给我', 'positive', [['front.staff', 'positive']]],
	['离机场大概二十分钟车程', 'neutral', []],
	['房间在十二楼，能看到一点江景', 'positive', []],
	['早餐要另外加钱，六十一位', 'negative', [['fb.breakfast', 'negative']]],
	['浴缸很大，泡澡很舒服', 'positive', [['rooms.bath.bathtub', 'positive']]],
	['毛巾有破洞，还有一股味道', 'negative', [['rooms.bath.towels', 'negative']]],
	['空调遥控器坏了，找了半天才有人来', 'negative', [['rooms.tech.remote.condition.broken', 'negative']]],
	['酒店的保安很负责，晚上会巡逻', 'positive', [['safety.security', 'positive']]],
	['房卡老是失灵，来回跑了三趟前台', 'negative', [['safety.security.access', 'negative']]],
	['网络时好时坏，视频会议都开不了', 'negative', [['rooms.tech.wifi', 'negative']]],
	['楼道里的地毯有很大的烟味', 'negative', [['rooms.space.floor.odor.smoke', 'negative']]],
	['前台给我们换了一间安静的房间，很感谢', 'positive', [['rooms.space.room.noise', 'positive']]],
	['电视只有几个台，遥控也不好用', 'negative', []],
	['送的水果很新鲜，还有欢迎卡片', 'positive', []],
	['洗手池下水很慢，积了一池子水', 'negative', []],
];

/** Sentences that the engine still reads otherwise (kept to show the limit; see the docs). */
const KNOWN_MISSES = new Set([
	'一般般吧，对得起这个价格',
	'位置方便，房间一般',
	// Read as positive since the fourth round (a reservation after 就是 / 可惜 weighs 0.6): in both public
	// sets most praise-then-reservation reviews are labelled positive (see the docs); the neutral label here
	// is a reader's call that the public labels do not share.
	'酒店整体还可以，就是价格有点贵',
	'房间很干净，可惜早餐品种单一',
	'服务不错，设施有点旧',
	'床还算舒服，枕头偏软',
]);

/** Short phrases of the sweep list, one topic each. */
const PHRASES: Array<[string, L]> = [
	['照片仅供参考', 'negative'],
	['停车收费', 'negative'],
	['品种单一', 'negative'],
	['装修有年代感', 'negative'],
	['位置偏', 'negative'],
	['位置很偏', 'negative'],
	['干湿分离', 'positive'],
	['半夜施工', 'negative'],
	['床很软', 'positive'],
	['床垫塌了', 'negative'],
	['排队半小时', 'negative'],
	['地铁口', 'positive'],
	['房间挺大', 'positive'],
	['空间小', 'negative'],
	['还行', 'positive'],
	['中规中矩', 'positive'],
	['差强人意', 'negative'],
	['住得很舒心', 'positive'],
	['延迟退房', 'neutral'],
	['主动升级', 'positive'],
	['押金退得慢', 'negative'],
	['热水不稳定', 'negative'],
	['水压小', 'negative'],
	['有求必应', 'positive'],
	['态度冷漠', 'negative'],
	['性价比低', 'negative'],
	['物超所值', 'positive'],
	['隔音差', 'negative'],
	['有异味', 'negative'],
	['霉味', 'negative'],
	['潮湿', 'negative'],
	['采光好', 'positive'],
	['窗外是墙', 'negative'],
	['床单有头发', 'negative'],
	['卫生间有污渍', 'negative'],
	['打扫得很干净', 'positive'],
	['枕头舒服', 'positive'],
	['电梯噪音', 'negative'],
	['楼下KTV很吵', 'negative'],
	['淋浴漏水', 'negative'],
	['办理入住很快', 'positive'],
	['前台爱答不理', 'negative'],
	['热情周到', 'positive'],
	['早餐丰富', 'positive'],
	['早餐一般', 'negative'],
	['设施老旧', 'negative'],
	['设施陈旧', 'negative'],
	['停车方便', 'positive'],
	['车位难找', 'negative'],
	['交通便利', 'positive'],
	['性价比高', 'positive'],
	['价格偏贵', 'negative'],
	['下次还会入住', 'positive'],
	['再也不会来了', 'negative'],
	['推荐入住', 'positive'],
	['不推荐', 'negative'],
	['与图片不符', 'negative'],
	['名不副实', 'negative'],
	['差评', 'negative'],
	['五星好评', 'positive'],
];

describe('Chinese hotel reviews (self-written sweep)', () => {
	it.each(CASES.filter(([t]) => !KNOWN_MISSES.has(t)))('%s → %s', (text, label, topics) => {
		const r = engine.analyze(text);
		expect(r.sentiment.label).toBe(label);
		for (const [id, sign] of topics) expect([id, r.topics.find((x) => x.id === id)?.sentiment]).toEqual([id, sign]);
	});

	it.each(PHRASES)('%s → %s', (text, label) => expect(engine.analyze(text).sentiment.label).toBe(label));

	it('is balanced and still misses only the known sentences', () => {
		const labels = CASES.map(([, l]) => l);
		expect(CASES.length).toBeGreaterThanOrEqual(120);
		expect(labels.filter((l) => l === 'positive').length).toBeGreaterThanOrEqual(40);
		expect(labels.filter((l) => l === 'negative').length).toBeGreaterThanOrEqual(40);
		const wrong = CASES.filter(([t, l]) => engine.analyze(t).sentiment.label !== l).map(([t]) => t);
		expect(wrong.every((t) => KNOWN_MISSES.has(t))).toBe(true);
	});
});

/** Fourth round of 2026-11-29: 一般 / 普通 that mean "usually" or "ordinary people, Mandarin" are no lukewarm verdict. */
const ORDINARY: Array<[string, L]> = [
	['前台一般是两个人值班', 'neutral'],
	['服务员都说普通话', 'neutral'],
	['普通人住一晚也就两百块', 'neutral'],
	['酒店一般都有免费停车位', 'neutral'],
	['比一般的快捷酒店干净多了', 'positive'],
	// Guards: the verdicts themselves still complain.
	['房间一般，早餐普通', 'negative'],
	['早餐很一般', 'negative'],
];

describe('Chinese 一般 / 普通 as "usually" or "ordinary" (self-written, fourth round)', () => {
	it.each(ORDINARY)('%s → %s', (text, label) => expect(engine.analyze(text).sentiment.label).toBe(label));
});

/**
 * Fourth round of 2026-11-29: overall verdicts and lukewarm verdicts (self-written). The clause after
 * 总的来说 / 总体 / 综合来看 weighs twice as much; a lukewarm verdict (一般般, 不好不坏, 也就那样) that opens or
 * closes the text, or follows such a marker, pulls the score toward neutral; lukewarm praise (还行, 还可以)
 * does the same for a text that leans negative. Each row was read otherwise by the engine before the change
 * unless marked as a guard.
 */
const VERDICTS: Array<[string, L]> = [
	// The overall verdict outweighs the details before it.
	['位置不错，早餐也还行，总的来说不推荐', 'negative'],
	['设施挺新的，整体来说性价比不高', 'negative'],
	['房间不大，总体来说还不错', 'positive'],
	['床有点硬，枕头也偏高，总的来说还算舒服', 'positive'],
	['前台很热情，早餐也丰富，不过总体来说房间太旧了', 'neutral'],
	// Lukewarm verdicts.
	['一般般吧，没什么特别的', 'neutral'],
	['总的来说，一般般', 'neutral'],
	['总体一般，不好不坏', 'neutral'],
	['不算差，也不算好', 'neutral'],
	['还可以，就是隔音差了点', 'neutral'],
	['没有想象中那么好，也不算差', 'neutral'],
	['早餐还可以，就是种类少了点', 'neutral'],
	// A reservation after praise (就是, 只是, 可惜) weighs 0.6: still praise; several complaints after lukewarm praise stay negative.
	['房间很舒服，就是隔音稍微差了点', 'positive'],
	['位置很方便，就是停车有点麻烦', 'positive'],
	['早餐很丰富，只是人有点多', 'positive'],
	['房间很好，就是退房太慢了', 'positive'],
	['挺干净的，就是有点小贵', 'positive'],
	['房间挺好的，可惜窗户有点小', 'positive'],
	['还行，就是房间里有蟑螂，床单上还有血迹', 'negative'],
	['位置还可以，就是房间又脏又臭，空调也坏了', 'negative'],
	// Guards: a firm verdict stays firm, lukewarm praise in a positive text stays praise.
	['隔音有点差，总体还是不错的', 'positive'],
	['总之，下次不会再来了', 'negative'],
	['总的来说，很失望', 'negative'],
	['早餐种类少，总之不值这个价', 'negative'],
	['还行吧，服务很热情，早餐也丰富', 'positive'],
	['挺好的，就是早餐一般般', 'positive'],
];

describe('Chinese overall and lukewarm verdicts (self-written, fourth round)', () => {
	it.each(VERDICTS)('%s → %s', (text, label) => expect(engine.analyze(text).sentiment.label).toBe(label));

	it('weighs the verdict clause twice and shows it in the clause weights', () => {
		const r = engine.analyze('房间不大，总体来说还不错', { explain: true });
		// Since stop 17 the clause before a verdict of praise that opens its clause weighs half (it is summed up).
		expect(r.clauses?.map((c) => c.weight)).toEqual([0.5, 2]);
	});

	it('does not weigh an English "overall" differently (Chinese only)', () => {
		const a = engine.analyze('The room was small. Overall it was nice.', { explain: true });
		expect(a.clauses?.every((c) => c.weight === 1)).toBe(true);
	});
});

/**
 * Fourth round of 2026-11-29: indignation and surprise with no opinion word (这也叫 …？, 至于吗, 竟然 / 居然,
 * an upset stomach told as a fact), and a hotel's class (五星级酒店) that is not a rating. Self-written; each
 * row was read otherwise before unless marked as a guard.
 */
const INDIGNANT: Array<[string, L]> = [
	['这也叫大床房？床才一米五', 'negative'],
	['二十多块一份的早餐，至于吗？', 'negative'],
	['吃完酒店的早餐就拉了肚子', 'negative'],
	['居然要收两百押金', 'negative'],
	['五星级酒店居然有蟑螂', 'negative'],
	['按五星级的标准来说，服务差远了', 'negative'],
	['不愧是五星级酒店，服务一流', 'positive'],
	// Churn told as a plan.
	['下次不住这里了', 'negative'],
	['就住这一次吧', 'negative'],
	['以后不打算再住这家', 'negative'],
	['房间还行，下回不来了', 'negative'],
	// Guards: a pleasant surprise stays praise, a five-star rating or five-star service stays praise.
	['竟然免费给我们升级了房间', 'positive'],
	['竟然还送了水果和小点心，太贴心了', 'positive'],
	['没想到竟然这么干净', 'positive'],
	['给五星好评', 'positive'],
	['五星级的服务', 'positive'],
];

describe('Chinese indignation, surprise and hotel class (self-written, fourth round)', () => {
	it.each(INDIGNANT)('%s → %s', (text, label) => expect(engine.analyze(text).sentiment.label).toBe(label));
});

/**
 * Gaps named by the fourth round (2026-11-29): improvement told as a comparison (好多了, 比上次好, 改善了), a
 * question that ends in 吗 with no question mark, a failure told as …不了 or a fix that did not help (也没用),
 * and a wrong order told with 给了. Self-written; each row was read otherwise before unless marked as a guard.
 */
const GAPS: Array<[string, L]> = [
	['换了房间以后好多了', 'positive'],
	['第二天空调修好了，感觉好多了', 'positive'],
	['早餐改善了不少', 'positive'],
	['请问可以提前入住吗', 'neutral'],
	['早餐好吃吗', 'neutral'],
	['请问房间可以加床吗', 'neutral'],
	['账号登录不了，重置了也没用', 'negative'],
	['押金退不了', 'negative'],
	['空调关不了', 'negative'],
	['订的大床房，给了双床房', 'negative'],
	// Guards: a comparison for the worse, a negated improvement, praise without a question, 不了 that is no
	// failure (少不了, 忘不了, 用不了五分钟 = less than), a thing the front desk gave.
	['比以前差多了', 'negative'],
	['服务比上次差很多', 'negative'],
	['没有比上次好', 'negative'],
	['房间很干净，早餐也好吃', 'positive'],
	['出门旅行少不了一家好酒店', 'positive'],
	['这里的早餐让人忘不了', 'neutral'],
	['从酒店走到地铁用不了五分钟', 'neutral'],
	['房间太吵，受不了', 'negative'],
	['前台给了我们一张地图，很热心', 'positive'],
];

describe('Chinese gaps named by the fourth round (self-written)', () => {
	it.each(GAPS)('%s → %s', (text, label) => expect(engine.analyze(text).sentiment.label).toBe(label));
});

/**
 * Severe failures (2026-11-29): a guest who found bed bugs, cockroaches, blood on the sheets or mould, got food
 * poisoning, was robbed or injured is not a happy guest, whatever else they liked. Self-written; the engine before
 * the rule (354e64c) reads 14 of the 29 rows otherwise: 13 severe failures as positive, one feared one as neutral.
 */
const SEVERE: Array<[string, L | L[]]> = [
	['交通方便，早餐丰富，床上有虫子', 'negative'],
	['位置很好，服务热情，就是房间里有蟑螂', 'negative'],
	['前台很热情，房间也大，可是床单上有血迹', 'negative'],
	['早餐种类多，味道也不错，结果吃完拉肚子了', 'negative'],
	['房间很漂亮，装修也新，卫生间天花板发霉了', 'negative'],
	['服务员态度很好，但是放在房间里的钱被偷了', 'negative'],
	['性价比很高，位置方便，半夜看见老鼠在房间里跑', 'negative'],
	['景色很美，泳池很棒，可惜孩子吃了自助餐食物中毒', 'negative'],
	['前台很热情，房间很干净，就是浴室的热水器漏电', 'negative'],
	['床品舒服，位置好，床单上有尿渍', 'negative'],
	['位置好，价格实惠，可惜电梯故障被困在电梯里半小时', 'negative'],
	['房间不错，早餐好吃，结果晚上全家上吐下泻', 'negative'],
	['住得很舒服，就是退房后发现放在房间的手表被偷了', 'negative'],
	['房间很大很漂亮，早餐也不错。可是第二天早上发现床上有跳蚤，身上被咬了好多包。', 'negative'],
	['不干净，还有蟑螂', 'negative'],
	// The hotel did not put it right.
	['房间有蟑螂，前台说马上处理，结果一直没人来', 'negative'],
	// Negated, feared or heard of: no failure.
	['房间很干净，没有蟑螂，住得很放心', 'positive'],
	['没发现臭虫，床品也是新换的', 'positive'],
	['一只蟑螂都没有，很干净', 'positive'],
	['房间也没发霉，挺干净的', 'positive'],
	['之前担心老房子会有虫子，结果很干净', 'positive'],
	['听说这家有臭虫，住下来发现很干净', 'positive'],
	// Put right by the hotel: the rule does not apply (the second reads as it did before the rule).
	['房间里有只蟑螂，前台马上给我们换了房间，新房间很满意', 'positive'],
	['床单上有血迹，前台道歉后马上换了新的，服务很到位', 'positive'],
	['床上有虫子，换了房间后很满意', ['neutral', 'positive']],
	// Harmless senses of the words.
	['洗发水很好用，洗完头发很顺', 'positive'],
	['酒店离医院很近，看病很方便', 'positive'],
	['米老鼠主题房很可爱，孩子特别喜欢', 'positive'],
	['坐着火车过来，酒店离车站很近，很方便', 'positive'],
];

describe('Chinese severe failures outweigh praise (self-written, 2026-11-29)', () => {
	it.each(SEVERE)('%s → %s', (text, label) => expect(Array.isArray(label) ? label : [label]).toContain(engine.analyze(text).sentiment.label));

	it('keeps the risk reasons, and drops those of harmless compounds', () => {
		const reasons = (t: string) => engine.analyze(t).urgency.reasons.map((r) => r.reason);
		expect(reasons('交通方便，早餐丰富，床上有虫子')).toContain('hygiene');
		expect(reasons('服务员态度很好，但是放在房间里的钱被偷了')).toContain('theft');
		expect(reasons('苹果里面有虫，没法吃')).toContain('hygiene');
		expect(reasons('坐着火车过来，酒店离车站很近')).not.toContain('safety');
		expect(reasons('米老鼠主题房很可爱')).not.toContain('hygiene');
		expect(reasons('房间很干净，没有蟑螂')).not.toContain('hygiene');
	});

	it('makes the severe text a complaint with a negative score and a higher urgency than before', () => {
		const r = engine.analyze('交通方便，早餐丰富，床上有虫子');
		expect(r.sentiment.score).toBeLessThan(-0.15);
		expect(r.intents.map((i) => i.intent)).toContain('complaint');
		expect(r.intents.map((i) => i.intent)).not.toContain('praise');
	});
});

/**
 * Fifth round (2026-11-29, stop 12): a strong complaint after 就是 / 只是 / 唯一 is no reservation, so it is not
 * softened like "早餐不错，就是种类少了点" (self-written; the engine before reads the first two as positive and the next two as neutral).
 */
const STRONG_AFTER_MILD: Array<[string, L | L[]]> = [
	['位置很方便，就是房间卫生极差', ['neutral', 'negative']],
	['前台挺热情，只是保洁阿姨态度极差', ['neutral', 'negative']],
	['早餐还不错，就是隔音太差劲了', 'negative'],
	['位置不错，就是服务太差劲了', 'negative'],
	// Guards: a reservation stays a reservation.
	['早餐不错，就是种类少了点', 'positive'],
	['房间很干净，就是有点小', 'positive'],
];

describe('Chinese strong complaints after a mild contrast (self-written, fifth round)', () => {
	it.each(STRONG_AFTER_MILD)('%s → %s', (text, label) => expect(Array.isArray(label) ? label : [label]).toContain(engine.analyze(text).sentiment.label));
});

/**
 * Fifth round: churn told with 定, waits told as idioms or sarcasm, a missing item told as a fact, 好小 (self-written;
 * the engine before reads the first seven as neutral or, 房间好小, positive, and nine of the next eleven otherwise).
 */
const ROUND5_WORDS: Array<[string, L]> = [
	['我们不会再定了', 'negative'],
	['下次别定这家', 'negative'],
	['房间好小，转身都难', 'negative'],
	['前台办入住，等到花儿都谢了', 'negative'],
	['客房送餐到的时候都能当午饭了', 'negative'],
	['订的果盘怎么没见', 'negative'],
	['订了含早，结果早餐没吃到', 'negative'],
	['早餐没想像的好吃', 'negative'],
	['房间脏得没办法住，早餐也没办法吃', 'negative'],
	['一晚上一千多，这是抢钱吗', 'negative'],
	['这种酒店怎么会有好评', 'negative'],
	['客房送来的面都坨成一团了', 'negative'],
	['备注写好要无烟房，结果给的是吸烟房', 'negative'],
	['预订了两间房，只给了一间', 'negative'],
	['早餐里吃出了一根钢丝', 'negative'],
	['早餐清淡，少油少盐', 'positive'],
	['这家酒店性价比非常高', 'positive'],
	['房间小，性价比相当低', 'negative'],
	// Guards.
	['好少见这么干净的酒店', 'positive'],
	['海边有沙滩，沙子很细', 'neutral'],
	['早餐里吃出了家的味道，很温馨', 'positive'],
	['入住手续很快就办好了，前台服务很好', 'positive'],
	['房间不小，很干净', 'positive'],
];

describe('Chinese fifth-round vocabulary (self-written)', () => {
	it.each(ROUND5_WORDS)('%s → %s', (text, label) => expect(engine.analyze(text).sentiment.label).toBe(label));
});

/**
 * Fifth round: praise of an earlier stay told before this one counts half ("上次…很满意，这次…"); self-written, the
 * engine before reads the first as positive and the second as neutral.
 */
const PAST_STAY: Array<[string, L | L[]]> = [
	['上次住的时候很满意，房间也干净，这次房间又脏又吵', ['neutral', 'negative']],
	['以前早餐很丰富，这次种类少了很多', 'negative'],
	// Guards: praise of this stay, or of both, stays praise.
	['之前住过两次都很好，这次也一样很满意', 'positive'],
	['这次房间很干净，比上次好', 'positive'],
	['上次住过觉得不错，这次还是一样干净', 'positive'],
];

describe('Chinese praise of an earlier stay (self-written, fifth round)', () => {
	it.each(PAST_STAY)('%s → %s', (text, label) => expect(Array.isArray(label) ? label : [label]).toContain(engine.analyze(text).sentiment.label));
});

/**
 * Sixth round (stop 13), from an audit of dev errors: sadness and exasperation, what cannot be borne or got used
 * to, 太肥 / 太厚, churn told as going elsewhere, and a failure after 都 / 也. Self-written.
 */
const ROUND6_WORDS: Array<[string, L | L[]]> = [
	['退房时押金到现在都没收到，真不知道说什么好了', 'negative'],
	['房间不错，但是空调声音大到不能忍', 'negative'],
	['早餐的口味实在吃不惯', 'negative'],
	['位置还行，就是被子太厚了', ['neutral', 'negative']],
	['住了一晚，吵得好难过', 'negative'],
	['早餐还可以，下次换一家试试', ['neutral', 'negative']],
	['这次换了一家，干净多了', 'positive'],
	['打电话要了一床被子，五分钟就送到了', 'positive'],
	['叫了客房送餐，半小时不到就送到了', 'positive'],
	['刚订完房就降了两百', 'negative'],
	['房卡无法识别，换了好几次', 'negative'],
	['位置还可以，卫生真心待提高', ['neutral', 'negative']],
	['退房手续好难搞', 'negative'],
	// Guards.
	['一个小时都没到就送来了，很快', 'positive'],
	['送来就坏了，客服也不管', 'negative'],
	['房间很舒服，住得很习惯', 'positive'],
];

describe('Chinese sixth-round vocabulary (self-written)', () => {
	it.each(ROUND6_WORDS)('%s → %s', (text, label) => expect(Array.isArray(label) ? label : [label]).toContain(engine.analyze(text).sentiment.label));
});

/** Sixth round: "希望下次能 …" wishes for next time what was missing this time (an unmet wish). Self-written. */
const NEXT_TIME_WISH: Array<[string, L | L[]]> = [
	['希望下次能准时一点', ['neutral', 'negative']],
	['下次可以早点送', ['neutral', 'negative']],
	// "本来想给五星": the praise one meant to give and did not.
	['本来想给五星的，结果早餐很一般', 'negative'],
	['本来想给好评的', ['neutral', 'negative']],
	// Guards: wishing to come again is praise.
	['希望下次还能住这么好的房间', 'positive'],
	['很满意，希望以后能常来', 'positive'],
];

describe('Chinese wishes for next time (self-written, sixth round)', () => {
	it.each(NEXT_TIME_WISH)('%s → %s', (text, label) => expect(Array.isArray(label) ? label : [label]).toContain(engine.analyze(text).sentiment.label));
});

/** Sixth round: a complaint shouted with two or more exclamation marks is no mild reservation. Self-written. */
const SHOUTED_COMPLAINTS: Array<[string, L | L[]]> = [
	['房间还不错，就是空调太吵了！！！', 'negative'],
	['位置不错，就是隔音很差！！', ['neutral', 'negative']],
	// Guards: shouted praise, and one exclamation mark, stay as they were.
	['太好了！！前台很热情', 'positive'],
	['早餐很好吃，就是有点慢！', 'positive'],
];

describe('Chinese shouted complaints (self-written, sixth round)', () => {
	it.each(SHOUTED_COMPLAINTS)('%s → %s', (text, label) => expect(Array.isArray(label) ? label : [label]).toContain(engine.analyze(text).sentiment.label));
});
