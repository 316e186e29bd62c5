/**
 * Self-written Chinese helpdesk messages (2026-11-29, stop 13): complaint, need, inquiry, sales opportunity and
 * praise, over banking, telecom, e-commerce, food delivery, hotel, restaurant, retail and IT helpdesk, with the
 * 呢 questions ("我的快递呢", "那退款呢", "怎么还没到呢"). Shared by helpdeskZh.test.ts and the before/after count
 * of docs/nodes/cx-analyze.md. Letters: C complaint, N need, I inquiry, O opportunity, P praise. Upper case:
 * must be flagged; lower case: either; absent: must not be flagged. All five letters are checked.
 */
import type { IntentCase } from './intentCases';

export const HELPDESK_ZH_CASES: IntentCase[] = [
	// 呢 after a noun asks where it is / what about it: an inquiry (and, for what was due, a complaint may ride along).
	['我的快递呢', 'Ic'],
	['那退款呢', 'Ic'],
	['我的外卖呢？', 'Ic'],
	['发票呢', 'Ic'],
	['那押金呢', 'Ic'],
	['会员积分呢？', 'I'],
	['周末的营业时间呢', 'I'],
	['那另一个颜色呢', 'Io'],
	['如果是国际长途呢', 'I'],
	['换成年付呢，能便宜多少', 'Io'],
	// 呢 after a why / still-not clause: a complaint asked as a question.
	['怎么还没到呢', 'Ci'],
	['为什么还没退款呢', 'Ci'],
	['怎么又断网了呢', 'Ci'],
	['为什么我的卡用不了呢？', 'Ci'],
	['都三天了怎么还没发货呢', 'Ci'],
	// 呢 in a how / what / which question: an inquiry.
	['这个怎么用呢', 'I'],
	['运费是多少呢', 'I'],
	['哪个套餐更划算呢', 'Io'],
	['什么时候能到呢？', 'I'],
	['退货要走什么流程呢', 'In'],
	// 呢 in a statement: no question ("还在路上呢", "正在吃呢").
	['没关系，我还在路上呢', ''],
	['我正在吃呢，味道很好', 'p'],
	// Complaints told as facts.
	['订单显示已签收，可我根本没收到', 'C'],
	['外卖送到的时候汤全洒了', 'C'],
	['菜里吃出了一根头发', 'C'],
	['信用卡被重复扣款了', 'C'],
	['宽带已经断了两天了', 'C'],
	['客服电话打了十几次都没人接', 'C'],
	['房间里有股很重的霉味', 'C'],
	['快递员没打电话就把包裹放在门口了，现在丢了', 'C'],
	['系统一直登录不了，提示密码错误', 'C'],
	['收到的手机屏幕是碎的', 'C'],
	['服务员态度很差，叫了半天也不理人', 'C'],
	['充值了一百块，余额还是没变', 'C'],
	['打印机又卡纸了，根本没法用', 'C'],
	['这已经是第三次给我送错餐了', 'C'],
	// Needs: an action on the customer's own account, order, booking or device.
	['帮我把这个订单取消了', 'N'],
	['请给我重新发一份', 'N'],
	['我要退货', 'N'],
	['麻烦把发票寄到公司地址', 'N'],
	['我想把房间续住两晚', 'NO'],
	['请帮我重置一下邮箱密码', 'N'],
	['能帮我把电脑上的打印机驱动装一下吗', 'Ni'],
	['我想修改一下预约时间', 'N'],
	['给我换一张靠窗的桌子', 'N'],
	['请尽快派人来修一下热水器', 'N'],
	['帮我开通一下国际漫游', 'N'],
	['我想把银行卡解绑', 'N'],
	['麻烦给我加一份米饭', 'N'],
	['请把我的账号权限开一下，新员工要用', 'N'],
	// Inquiries: a request for information.
	['请问退款一般几天到账', 'I'],
	['你们几点开门', 'I'],
	['这款手机支持无线充电吗', 'I'],
	['可以用支付宝付款吗', 'I'],
	['请问附近有停车的地方吗', 'I'],
	['话费怎么查', 'I'],
	['办一张信用卡需要什么材料', 'I'],
	['VPN连不上公司内网要找谁', 'Ic'],
	['请问这道菜辣不辣', 'I'],
	['想问一下会员有什么权益', 'I'],
	['退货地址是哪里', 'I'],
	['境外取现手续费是多少', 'I'],
	['外卖可以开发票吗', 'I'],
	['酒店提供接机服务吗', 'I'],
	['这个型号还有别的颜色吗', 'Io'],
	// Sales opportunities: wanting to buy, book, upgrade, renew or order in bulk.
	['我们公司想订五十份下午茶，有团购价吗', 'OI'],
	['想给父母办两张会员卡', 'O'],
	['下个月想订三间房开年会', 'O'],
	['这款沙发如果买两套能便宜点吗', 'OI'],
	['想升级到千兆宽带，要加多少钱', 'OI'],
	['我想再买一台送给朋友', 'O'],
	['年底想包场办一次公司聚餐', 'O'],
	['套餐到期了我想续费一年', 'ON'],
	['我想预订周六晚上六个人的包间', 'O'],
	['有没有适合企业采购的批发价', 'OI'],
	// Praise.
	['谢谢你们的客服，问题很快就解决了', 'P'],
	['外卖小哥很准时，点赞', 'P'],
	['房间干净又安静，前台服务特别贴心', 'P'],
	['师傅上门修得很快，非常感谢', 'P'],
	['这家店的菜味道很好，强烈推荐', 'P'],
	['感谢工程师耐心帮我装好了系统', 'P'],
	// Mixed messages.
	['东西很好用，就是物流太慢了', 'Cp'],
	['快递丢了，请尽快给我补发', 'CN'],
	['充电器坏了，能换一个新的吗', 'CNi'],
	['上次的问题解决了，谢谢！另外想问一下流量包怎么退订', 'PIn'],
	['菜很好吃，下次还来', 'PO'],
	['网一直掉线，你们到底什么时候能修好', 'CI'],
	['账户被冻结了，怎么解冻', 'CNI'],
];
