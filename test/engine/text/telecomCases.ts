/**
 * Self-written telecom feedback (zh, zh-Hant, en) with the topics the telecom tree should give and
 * the expected overall sentiment. No public labelled telecom set is available here; these are the
 * check of the tree (industryTrees.test.ts) and are reported in docs/indicator-tree.md.
 */
export interface TelecomCase {
	text: string;
	/** Topic ids that must all be found (the id or a more specific one under it). */
	topics: string[];
	sentiment: 'positive' | 'negative' | 'neutral';
}

export const TELECOM_CASES: TelecomCase[] = [
	// Network: mobile
	{ text: '家里信号太差了，一格都没有', topics: ['network.mobile.signal.coverage.weak'], sentiment: 'negative' },
	{ text: '地下车库完全没信号', topics: ['network.mobile.signal.coverage.none'], sentiment: 'negative' },
	{ text: '打电话老是掉线，说两句就断', topics: ['network.mobile.calls.drop'], sentiment: 'negative' },
	{ text: '通话有杂音，对方听不清', topics: ['network.mobile.calls.voice'], sentiment: 'negative' },
	{ text: '手机上网太慢了，视频一直转圈', topics: ['network.mobile.data.speed.slow'], sentiment: 'negative' },
	{ text: '5G网速很快，体验很好', topics: ['network.mobile.fiveg.speed'], sentiment: 'positive' },
	{ text: '收不到验证码短信，注册不了', topics: ['network.mobile.sms.delivery'], sentiment: 'negative' },
	// Network: broadband
	{ text: '宽带老是断网，烦死了', topics: ['network.broadband.broadband.outage.intermittent'], sentiment: 'negative' },
	{ text: '宽带一到晚上网速就特别慢', topics: ['network.broadband.broadband.speed.peak'], sentiment: 'negative' },
	{ text: '宽带测速只有几十兆，根本达不到签约速率', topics: ['network.broadband.broadband.speed.below_contract'], sentiment: 'negative' },
	{ text: '路由器信号太弱，卧室里连不上wifi', topics: ['network.broadband.wifi.coverage.weak'], sentiment: 'negative' },
	{ text: '光猫亮红灯，上不了网', topics: ['network.broadband.ont.condition'], sentiment: 'negative' },
	{ text: 'IPTV的节目太少了，广告还多', topics: ['network.broadband.iptv.content'], sentiment: 'negative' },
	{ text: '装宽带等了一个星期还没人来', topics: ['network.broadband.install.waiting.waiting'], sentiment: 'negative' },
	{ text: '搬家移机手续太麻烦', topics: ['network.broadband.relocation.process.complicated'], sentiment: 'negative' },
	// Billing
	{ text: '莫名其妙扣了我30块钱话费，太过分了', topics: ['billing.charges.charges.charge.unknown'], sentiment: 'negative' },
	{ text: '没经过我同意就开通了视频会员，每个月扣钱', topics: ['billing.charges.vas.membership.consent'], sentiment: 'negative' },
	{ text: '彩铃是自动开通的，我从来没订过', topics: ['billing.charges.vas.ringtone.consent'], sentiment: 'negative' },
	{ text: '出国漫游费太贵了，一天就几百块', topics: ['billing.charges.roaming.price.too_high'], sentiment: 'negative' },
	{ text: '账单看不懂，客服也解释不清楚', topics: ['billing.account.bill.clarity'], sentiment: 'negative' },
	{ text: '退费半个月了还没到账', topics: ['billing.charges.refunds.refund.delay'], sentiment: 'negative' },
	{ text: '流量包已经退订了还在扣费', topics: ['billing.charges.vas.datapack.charge.after_cancel'], sentiment: 'negative' },
	{ text: '充值话费一直失败，钱扣了没到账', topics: ['billing.account.topup.function.not_working'], sentiment: 'negative' },
	// Plans
	{ text: '套餐太贵了，还不如换个运营商', topics: ['plans.package.package.price.too_high'], sentiment: 'negative' },
	{ text: '改套餐的手续太繁琐，还必须本人去营业厅', topics: ['plans.package.change.process.complicated'], sentiment: 'negative' },
	{ text: '合约期没到，解约要交违约金', topics: ['plans.package.contract.lockin.penalty'], sentiment: 'negative' },
	{ text: '办理时说好的送流量，结果根本没兑现', topics: ['plans.package.promo.accuracy'], sentiment: 'negative' },
	{ text: '携号转网被各种刁难，就是不给办', topics: ['plans.account.porting.process.obstructed'], sentiment: 'negative' },
	{ text: '销户手续繁琐，跑了好几趟', topics: ['plans.account.cancel.process.complicated'], sentiment: 'negative' },
	{ text: '套餐性价比很高，很划算', topics: ['plans.package.package.price.value'], sentiment: 'positive' },
	// Devices & SIM
	{ text: '补办SIM卡很快，五分钟就好了', topics: ['devices.sim.sim.waiting'], sentiment: 'positive' },
	{ text: '手表开通eSIM说暂不支持', topics: ['devices.sim.esim.availability'], sentiment: 'negative' },
	{ text: '营业厅买的合约机是翻新机', topics: ['devices.phone.purchase.quality'], sentiment: 'negative' },
	// Service channels
	{ text: '打10086转不了人工，一直是机器人', topics: ['channels.hotline.hotline.reachability.no_human'], sentiment: 'negative' },
	{ text: '客服态度很好，很耐心地帮我解决了问题', topics: ['channels.hotline.agent.attitude'], sentiment: 'positive' },
	{ text: '客服一直推诿，让我找这个找那个', topics: ['channels.hotline.agent.competence.passed_around'], sentiment: 'negative' },
	{ text: '说好24小时内回电，到现在都没人联系我', topics: ['channels.hotline.callback'], sentiment: 'negative' },
	{ text: '语音菜单按了半天也找不到选项', topics: ['channels.hotline.ivr.function.hard_to_use'], sentiment: 'negative' },
	{ text: '手机营业厅App老是闪退', topics: ['channels.online.app.function.not_working'], sentiment: 'negative' },
	{ text: '营业厅排队排了一个多小时', topics: ['channels.store.hall.waiting.waiting'], sentiment: 'negative' },
	{ text: '营业员一直强推新套餐，很烦', topics: ['channels.store.staff.selling'], sentiment: 'negative' },
	{ text: '装机师傅迟到了两个小时，也没提前说', topics: ['channels.field.technician.punctuality'], sentiment: 'negative' },
	{ text: '安装师傅走线很整齐，也很专业', topics: ['channels.field.technician.tidiness'], sentiment: 'positive' },
	// Complaints
	{ text: '投诉了好几次还是没人处理', topics: ['complaints.handling.repeat'], sentiment: 'negative' },
	{ text: '再不解决我就去工信部申诉', topics: ['complaints.handling.escalation'], sentiment: 'negative' },
	{ text: '给了50元话费补偿，处理得还算满意', topics: ['complaints.handling.compensation'], sentiment: 'positive' },
	// Privacy & spam
	{ text: '每天都有好几个骚扰电话，烦死了', topics: ['privacy.spam.calls.frequency'], sentiment: 'negative' },
	{ text: '垃圾短信退订了还在发', topics: ['privacy.spam.sms.blocking'], sentiment: 'negative' },
	{ text: '刚办完卡个人信息就泄露了，天天接到推销', topics: ['privacy.data.leak.privacy'], sentiment: 'negative' },
	// zh-Hant (Taiwan, Hong Kong)
	{ text: '家裡訊號很差，講電話一直斷線', topics: ['network.mobile.signal.coverage.weak', 'network.mobile.calls.drop'], sentiment: 'negative' },
	{ text: '寬頻經常斷網，客服態度也很差', topics: ['network.broadband.broadband.outage.intermittent', 'channels.hotline.agent.attitude'], sentiment: 'negative' },
	{ text: '帳單莫名多扣了兩百元', topics: ['billing.account.bill.charge'], sentiment: 'negative' },
	{ text: '門市排隊等了很久', topics: ['channels.store.hall.waiting.waiting'], sentiment: 'negative' },
	{ text: '攜號轉網手續很麻煩', topics: ['plans.account.porting.process.complicated'], sentiment: 'negative' },
	{ text: '5G網速真的很快', topics: ['network.mobile.fiveg.speed'], sentiment: 'positive' },
	{ text: '裝機師傅很準時，服務很好', topics: ['channels.field.technician.punctuality'], sentiment: 'positive' },
	{ text: '每天都收到詐騙電話', topics: ['privacy.spam.calls.frequency'], sentiment: 'negative' },
	// English
	{ text: 'No signal indoors, the coverage in my flat is terrible', topics: ['network.mobile.signal.coverage.none'], sentiment: 'negative' },
	{ text: 'Calls keep dropping every few minutes', topics: ['network.mobile.calls.drop'], sentiment: 'negative' },
	{ text: 'The broadband speed is nowhere near the advertised speed', topics: ['network.broadband.broadband.speed.below_contract'], sentiment: 'negative' },
	{ text: 'Broadband outage for three days and still down', topics: ['network.broadband.broadband.outage.long'], sentiment: 'negative' },
	{ text: 'I was charged twice for roaming', topics: ['billing.charges.roaming.charge.double'], sentiment: 'negative' },
	{ text: 'They signed me up for a premium SMS subscription without my consent', topics: ['billing.charges.vas.consent'], sentiment: 'negative' },
	{ text: 'Still waiting for my refund after six weeks', topics: ['billing.charges.refunds.waiting'], sentiment: 'negative' },
	{ text: 'The early termination fee to leave the contract is outrageous', topics: ['plans.package.contract.lockin.penalty'], sentiment: 'negative' },
	{ text: 'Porting my number out took two weeks', topics: ['plans.account.porting.waiting'], sentiment: 'negative' },
	{ text: 'Waited on hold for an hour and could not get through to a human', topics: ['channels.hotline.hotline.waiting.waiting'], sentiment: 'negative' },
	{ text: 'The agent was really friendly and helpful', topics: ['channels.hotline.agent.attitude.friendly'], sentiment: 'positive' },
	{ text: 'The technician never showed up for the appointment', topics: ['channels.field.technician.punctuality'], sentiment: 'negative' },
	{ text: 'The app keeps crashing when I try to pay my bill', topics: ['channels.online.app.function'], sentiment: 'negative' },
	{ text: 'Got spam calls every day since I joined', topics: ['privacy.spam.calls.frequency'], sentiment: 'negative' },
	{ text: 'I will escalate this to the regulator if it is not fixed', topics: ['complaints.handling.escalation'], sentiment: 'negative' },
	{ text: 'The store staff were pushy and tried to upsell me', topics: ['channels.store.staff.selling'], sentiment: 'negative' },
	{ text: 'Great 5G coverage in the city centre', topics: ['network.mobile.fiveg.coverage'], sentiment: 'positive' },
];
