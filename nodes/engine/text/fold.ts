/**
 * Character folding used while scanning, one UTF-16 code unit for one so offsets never move:
 * ASCII upper → lower case, full-width ASCII → half-width, common Traditional Chinese characters →
 * Simplified (so a Simplified lexicon also reads 繁體 reviews).
 */

/** Pairs of Traditional → Simplified characters (the common ones in reviews and service talk). */
const TRAD =
	'這個們來說會對於與為還環沒過時間開關電話務員廳餐價錢髒亂衛隔險熱聽讓從問題應該覺得淨幹乾點樣麼擇' +
	'實際體驗滿意態勢專業熱情禮貌吵鬧噪聲櫃檯辦續預訂確認門鎖鑰匙卡搖晃壞舊損漏冷氣調暖設備網絡視頻鏡燈' +
	'裝飾潔糟糕極級類別報銷發票錯誤收費貴宜便優惠飯廚菜飲湯麵雞豬魚蝦蟲蟑螂臭蟲異味煙廁盆淋浴馬桶毛巾' +
	'床單枕頭被褥墊寬敞窄擠陽臺窗戶風景層樓電梯停車場場館遊泳池健身房會議早務區交通鐵機場車站離近遠' +
	'購買賣給隻條張張邊後裡裏麼嗎啊噢們誰該當並無夠達將總計劃劃歡喜愛讚誇獎謝謝們態聯繫絡繳費帳戶號碼' +
	'舊換轉傳遞遞處理辦難壓懶慢氣憤惱愛惡質質響頂窩囊廢爛醜陋闆單紙筆記簿學習書籍讀寫畫畫見觀雙';
const SIMP =
	'这个们来说会对于与为还环没过时间开关电话务员厅餐价钱脏乱卫隔险热听让从问题应该觉得净干干点样么择' +
	'实际体验满意态势专业热情礼貌吵闹噪声柜台办续预订确认门锁钥匙卡摇晃坏旧损漏冷气调暖设备网络视频镜灯' +
	'装饰洁糟糕极级类别报销发票错误收费贵宜便优惠饭厨菜饮汤面鸡猪鱼虾虫蟑螂臭虫异味烟厕盆淋浴马桶毛巾' +
	'床单枕头被褥垫宽敞窄挤阳台窗户风景层楼电梯停车场场馆游泳池健身房会议早务区交通铁机场车站离近远' +
	'购买卖给只条张张边后里里么吗啊噢们谁该当并无够达将总计划划欢喜爱赞夸奖谢谢们态联系络缴费帐户号码' +
	'旧换转传递递处理办难压懒慢气愤恼爱恶质质响顶窝囊废烂丑陋板单纸笔记簿学习书籍读写画画见观双';

const TABLE = new Uint16Array(65536);
for (let i = 0; i < 65536; i++) TABLE[i] = i;
for (let i = 65; i <= 90; i++) TABLE[i] = i + 32;
for (let i = 0xff01; i <= 0xff5e; i++) {
	const half = i - 0xfee0;
	TABLE[i] = half >= 65 && half <= 90 ? half + 32 : half;
}
TABLE[0x3000] = 32; // ideographic space
TABLE[0x2018] = 39; // ‘ and ’ → '
TABLE[0x2019] = 39;
for (let i = 0; i < Math.min(TRAD.length, SIMP.length); i++) TABLE[TRAD.charCodeAt(i)] = SIMP.charCodeAt(i);

/** Traditional-only characters seen in the text are evidence for zh-Hant. */
export const TRADITIONAL_ONLY = new Set<number>();
for (let i = 0; i < TRAD.length; i++) if (TRAD[i] !== SIMP[i]) TRADITIONAL_ONLY.add(TRAD.charCodeAt(i));

export function foldChar(code: number): number {
	return TABLE[code];
}

export function foldText(text: string): string {
	let out = '';
	for (let i = 0; i < text.length; i++) out += String.fromCharCode(TABLE[text.charCodeAt(i)]);
	return out;
}

/**
 * White space as JavaScript's String.prototype.trim and RegExp `\s` read it (WhiteSpace and
 * LineTerminator: tab, VT, FF, space, NBSP, BOM, the Zs category, LF, CR, LS, PS), for code that
 * trims or collapses spaces without a RegExp.
 */
export function isJsSpace(c: number): boolean {
	if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
	// Most text is ASCII or CJK (above U+3000): one or two comparisons.
	if (c < 160) return false;
	if (c > 0x3000) return c === 0xfeff;
	return c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}
