/**
 * Column presets for review exports from platforms without a public review API. The column names
 * follow the platforms' Chinese merchant back-office exports (Ctrip/Trip.com eBooking 点评管理,
 * Meituan 商家后台 评价管理, Dianping 商户通, Fliggy 商家后台 评价管理, Qunar eBooking 点评).
 * The layouts are reconstructed from how these exports are commonly described, NOT from a vendor
 * specification [U]: each field therefore accepts several header names, and a custom JSONata
 * mapping covers anything else.
 */
export type OtaPlatform = 'ctrip' | 'meituan' | 'dianping' | 'fliggy' | 'qunar';

export interface OtaPreset {
	platform: OtaPlatform;
	label: string;
	/** Points scale of the overall rating in the export. */
	ratingScale: number;
	/** Dianping exports stars ×10 (10–50); divide by this when values exceed the scale. */
	ratingMultiplier?: number;
	columns: {
		reviewId: string[];
		orderId: string[];
		hotelId: string[];
		hotelName: string[];
		createdAt: string[];
		rating: string[];
		title: string[];
		text: string[];
		reviewer: string[];
		reply: string[];
		replyAt: string[];
		roomType: string[];
		tripType: string[];
		checkIn: string[];
		url: string[];
	};
	/** Sub-score columns → answer names. */
	subRatings: Record<string, string[]>;
}

const COMMON = {
	orderId: ['订单号', '订单编号', '订单ID', 'Order ID', 'Booking No.'],
	roomType: ['房型', '房型名称', '入住房型', 'Room Type'],
	tripType: ['出游类型', '出行类型', '出行目的', 'Trip Type'],
	checkIn: ['入住日期', '入住时间', 'Check-in Date'],
	url: ['点评链接', '评价链接', 'Review URL'],
	title: ['点评标题', '评价标题', '标题', 'Title'],
};

export const OTA_PRESETS: Record<OtaPlatform, OtaPreset> = {
	ctrip: {
		platform: 'ctrip',
		label: 'Ctrip / Trip.com (携程 eBooking 点评导出)',
		ratingScale: 5,
		columns: {
			...COMMON,
			reviewId: ['点评ID', '点评编号', 'Review ID', 'Comment ID'],
			hotelId: ['酒店ID', '酒店编号', 'Hotel ID'],
			hotelName: ['酒店名称', '酒店', 'Hotel Name'],
			createdAt: ['点评时间', '发表时间', '点评日期', 'Review Date', 'Posted'],
			rating: ['总评分', '综合评分', '点评分数', '评分', 'Overall Rating', 'Rating'],
			text: ['点评内容', '点评', 'Review', 'Review Content'],
			reviewer: ['用户昵称', '点评人', '用户名', 'Guest Name', 'Reviewer'],
			reply: ['酒店回复', '回复内容', 'Hotel Response', 'Reply'],
			replyAt: ['回复时间', 'Response Date'],
		},
		subRatings: {
			location: ['位置', '位置评分', 'Location'],
			facilities: ['设施', '设施评分', 'Facilities'],
			service: ['服务', '服务评分', 'Service'],
			cleanliness: ['卫生', '卫生评分', 'Cleanliness'],
		},
	},
	meituan: {
		platform: 'meituan',
		label: 'Meituan (美团 商家后台 评价导出)',
		ratingScale: 5,
		columns: {
			...COMMON,
			reviewId: ['评价ID', '评价编号', '评论ID'],
			hotelId: ['门店ID', '商家ID', 'POI ID', '门店编号'],
			hotelName: ['门店名称', '商家名称', '门店'],
			createdAt: ['评价时间', '评论时间', '发布时间'],
			rating: ['总体评分', '评分', '星级', '总评分'],
			text: ['评价内容', '评论内容', '评价'],
			reviewer: ['用户昵称', '用户名', '评价人'],
			reply: ['商家回复', '回复内容', '商家回复内容'],
			replyAt: ['回复时间', '商家回复时间'],
		},
		subRatings: {
			environment: ['环境', '环境评分'],
			service: ['服务', '服务评分'],
			cleanliness: ['卫生', '卫生评分'],
			facilities: ['设施', '设施评分'],
		},
	},
	dianping: {
		platform: 'dianping',
		label: 'Dianping (大众点评 商户通 评价导出)',
		ratingScale: 5,
		ratingMultiplier: 10,
		columns: {
			...COMMON,
			reviewId: ['评价ID', '点评ID', '评论ID'],
			hotelId: ['商户ID', '门店ID', 'Shop ID'],
			hotelName: ['商户名称', '门店名称', '分店名称'],
			createdAt: ['评价时间', '点评时间', '发布时间'],
			rating: ['星级', '总评分', '评分', '用户星级'],
			text: ['评价内容', '点评内容', '评论内容'],
			reviewer: ['用户昵称', '网友昵称', '用户名'],
			reply: ['商家回复', '商户回应', '回复内容'],
			replyAt: ['回复时间', '回应时间'],
		},
		subRatings: {
			environment: ['环境', '环境评分'],
			service: ['服务', '服务评分'],
			cleanliness: ['卫生', '卫生评分'],
			location: ['位置', '位置评分'],
		},
	},
	fliggy: {
		platform: 'fliggy',
		label: 'Fliggy (飞猪 商家后台 评价导出)',
		ratingScale: 5,
		columns: {
			...COMMON,
			reviewId: ['评价ID', '评价编号', '评论ID'],
			hotelId: ['酒店ID', '商品ID', '宝贝ID', '店铺ID'],
			hotelName: ['酒店名称', '商品名称', '宝贝名称', '店铺名称'],
			createdAt: ['评价时间', '评论时间', '发表时间'],
			rating: ['评分', '综合评分', '总评分', '星级'],
			text: ['评价内容', '评论内容', '买家评价'],
			reviewer: ['会员昵称', '买家昵称', '用户昵称'],
			reply: ['商家回复', '卖家回复', '回复内容', '解释内容'],
			replyAt: ['回复时间', '解释时间'],
		},
		subRatings: {
			cleanliness: ['卫生', '卫生评分'],
			facilities: ['设施', '设施评分'],
			service: ['服务', '服务评分'],
			location: ['位置', '位置评分'],
		},
	},
	qunar: {
		platform: 'qunar',
		label: 'Qunar (去哪儿 eBooking 点评导出)',
		ratingScale: 5,
		columns: {
			...COMMON,
			reviewId: ['点评ID', '点评编号', '评论ID'],
			hotelId: ['酒店代码', '酒店ID', '酒店编号', 'hotelSeq'],
			hotelName: ['酒店名称', '酒店'],
			createdAt: ['点评时间', '发表时间', '评论时间'],
			rating: ['总评分', '评分', '综合评分'],
			text: ['点评内容', '评论内容', '点评'],
			reviewer: ['用户名', '用户昵称', '点评人'],
			reply: ['酒店回复', '回复内容', '商家回复'],
			replyAt: ['回复时间'],
		},
		subRatings: {
			location: ['位置', '位置评分'],
			facilities: ['设施', '设施评分'],
			service: ['服务', '服务评分'],
			cleanliness: ['卫生', '卫生评分'],
		},
	},
};
