/**
 * Taiwan and Hong Kong wording that character folding (fold.ts) cannot reach: the same thing named
 * with another word (計程車 for 出租车, 價效比 for 性价比, 櫃檯 for 前台) and written Cantonese (唔 for
 * 不, 冇 for 没有, 食 for 吃). Written by the project from everyday usage, not mined from any data set.
 *
 * Words are written in their folded (Simplified) form: Traditional text folds onto them while
 * scanning, so 計程車 and 计程车 are one term. The engine adds, for each Chinese tree term and
 * lexicon word that contains a mainland word below, the same term with the regional word instead
 * (性价比高 → 价效比高, cp值高), unless that term already exists: every trade word of the lexicon
 * and every node of a tree, built-in or custom, reads the regional names without a second list.
 */
import { cross } from './wordList';

/** Mainland word → Taiwan / Hong Kong words for the same thing (trees and lexicon). */
export const REGIONAL_NAMES: ReadonlyArray<readonly [string, string]> = [
	['性价比', '价效比 cp值 c/p值'],
	['酒店', '饭店'],
	['前台', '柜台 柜枱 接待处'],
	['空调', '冷气'],
	['保洁', '房务 清洁阿姨'],
	['打扫卫生', '房务打扫'],
	['服务员', '服务生 侍应 侍应生'],
	['洗漱用品', '备品 盥洗用品'],
	['地铁站', '捷运站 港铁站'],
	['地铁', '捷运 港铁'],
	['出租车', '计程车 的士'],
	['打车', '叫车 搭的士'],
	['网络', '网路'],
	['信号', '讯号'],
	['视频', '视讯 影片'],
	['质量', '品质'],
	['家具', '家俱 傢俬'],
	['吹风机', '风筒'],
	['冰箱', '雪柜'],
	['电梯', '升降机'],
	['自助餐', '吃到饱 放题'],
	['外卖', '外送'],
	['软件', '软体'],
	['屏幕', '萤幕 荧幕'],
	['信息', '资讯 讯息'],
	['短信', '简讯'],
	['充电宝', '行动电源 尿袋'],
	['笔记本电脑', '笔电'],
	['鼠标', '滑鼠'],
	['打印', '列印'],
	['硬盘', '硬碟'],
	['内存', '记忆体'],
	['自行车', '脚踏车 单车'],
	['想象', '想像'],
	['明了', '明瞭'],
	['支持', '支援'],
	['死机', '当机 宕机'],
	['登录', '登入'],
	['联系', '联络'],
	['回复', '回覆'],
	['高端', '高阶'],
	['硬件', '硬体'],
	['光盘', '光碟'],
	['u盘', '随身碟'],
	['智能', '智慧'],
	['添加', '新增'],
	['分辨率', '解析度'],
	['卸载', '解除安装'],
	['摩托车', '机车 电单车'],
];

/**
 * Written Cantonese spellings of Mandarin words, for lexicon words only (their opinion words and
 * negated forms): 不 → 唔 (唔错, 唔满意, 唔干净), 没有 / 没 → 冇 (冇问题), 吃 → 食 (好食, 难食),
 * 吵 → 嘈 (太嘈), 了 → 咗 (搞掂咗), 解决 → 搞掂, 的 → 嘅, 他们 → 佢哋, 这 → 呢, 来 → 嚟 (会再嚟),
 * 睡 → 瞓 (瞓唔着), 这么 → 咁 (咁贵), 还 → 仲, 东西 → 嘢. 小 → 细 is left out (很细 would take 很细心). 是 → 系 (係 folds to 系) is
 * left out: 系 is common in Mandarin (关系, 系统); 唔系, 但系 and 就系 are listed instead.
 */
export const CANTONESE_SPELLINGS: ReadonlyArray<readonly [string, string]> = [
	['没有', '冇'],
	['不', '唔'],
	['没', '冇'],
	['吃', '食'],
	['吵', '嘈'],
	['的', '嘅'],
	['他们', '佢哋'],
	['解决', '搞掂 搞定'],
	['了', '咗'],
	['来', '嚟'],
	['睡', '瞓'],
	['这么', '咁'],
	['那么', '咁'],
	['还', '仲'],
	['东西', '嘢'],
	['这', '呢'],
];

/**
 * The variants of a Chinese term: each mainland word it contains replaced by each regional one, and
 * combinations of them (解决了 → 搞掂了, 解决咗, 搞掂咗); the term itself is not among them.
 */
export function regionalVariants(term: string, table: ReadonlyArray<readonly [string, string]>): string[] {
	let all = [term];
	for (const [mainland, regional] of table) {
		const more: string[] = [];
		for (const t of all) {
			const at = t.indexOf(mainland);
			if (at >= 0) for (const r of regional.split(' ')) more.push(t.slice(0, at) + r + t.slice(at + mainland.length));
		}
		if (more.length) all = all.concat(more);
	}
	return all.slice(1);
}

/** Every Taiwan / Hong Kong name and Cantonese spelling of a Chinese term (the term itself not among them). */
export function regionalSpellings(term: string): string[] {
	return [...regionalVariants(term, REGIONAL_NAMES), ...regionalVariants(term, CANTONESE_SPELLINGS)];
}

/** Cantonese contrast words: 但系 (但是), and the mild 就系 / 只系 (就是, 只是). */
export const ZH_CONTRAST_CANTONESE = '但系';
export const ZH_CONTRAST_MILD_CANTONESE = '就系 只系';

/**
 * Taiwan review words (lexicon weights as lexicon.ts): praise (超赞, 很赞, 不错吃, 大推, 必吃, 回访),
 * complaints (很扯, 傻眼, 很雷, 地雷, 机车 as an insult after a degree word), lukewarm (普普).
 */
export const ZH_TAIWAN: Array<[number, string]> = [
	[1.5, '赞赞 大推 推推 超推 狂推 必推 必吃 不错吃 满好吃 蛮好吃 会再回访 还会再回访 值得回访 一定回访 会回访 有够好吃 有够赞'],
	[1, `${cross('满 蛮', '好的 不错的 舒服的 干净的 方便的 大的 新的 安静的 亲切的 贴心的 推荐的')} 很可以 超可以`],
	[-0.4, '普普 普普通通 普普的 还好而已 不过尔尔'],
	[-1.2, '很扯 太扯 超扯 有够扯 扯爆 傻眼 超傻眼 很傻眼 很雷 超雷 太雷 好雷 雷店 踩到雷 很机车 超机车 有够机车 好机车 真机车 很烂 超烂 烂透了 很瞎 超瞎 有够瞎 很差劲 超差劲 被当盘子'],
	[-1.5, '地雷 地雷店 大地雷 不推 不推荐 劝退 再也不会回访 不会再回访 不会回访'],
];

/**
 * Hong Kong written Cantonese (lexicon weights as lexicon.ts): praise (好正, 几好, 抵食, 冇得弹),
 * complaints (麻麻, 差劣, 污糟, 嘈, 唔抵, 好鬼慢 through the degree word 好鬼), fixes (搞掂).
 */
export const ZH_CANTONESE: Array<[number, string]> = [
	[2, '冇得弹 无得弹 好正 超正 劲正 正到爆 正到痹 好好食 超好食 劲好食'],
	[1.5, '好正宗 几好 几好食 几正 几舒服 几干净 几方便 几靓 几大 几抵 几好住 好抵 超抵 抵食 抵住 好靓 超靓 几满意 好满意 好舒服 好好住 好方便 正嘢 好食 冇问题 冇投诉 唔错 唔差 唔会失望 唔失望'],
	[0.8, '搞掂 好快搞掂 即刻搞掂 几好味 好味 算干净 都几好 都唔错 ok喇'],
	// 好 + 小/细 is "very small" (好 reads "good" before a word that is no opinion of its own); 好小巧 stays praise.
	[1.5, '好小巧 好细致 好细心 好细腻'],
	[-0.5, '好小 好细 太细 细细间 房间细 间房细 有啲细 细咗 麻麻 麻麻地 唔系几好 唔系好好 有啲贵 贵咗 贵咗啲 有啲旧'],
	[-1, '有阵味 有啲味 好大阵味 又黄又残 好残 残残旧旧 唔够冻 唔抵 唔抵食 唔值 唔得 唔掂 搞唔掂 好嘈 太嘈 嘈到 嘈吵 劲嘈 邋遢 等咗好耐 等好耐 冇人理 冇人应 冇人听 冇热水 冇水 唔干净 唔舒服 唔满意 唔好食 难食 好难食 唔好味 唔准时 黑口黑面 臭口 好串 态度好串'],
	[-1.5, '差劣 好差劣 极之差 好烂 污糟 好污糟 污糟邋遢 核突 好核突 超核突 呃人 呃钱 中伏 好伏 大伏 伏位 好渣 唔会再嚟 唔会再去 唔会再住 冇下次 以后唔会再'],
];

/**
 * Mandarin words that hold a Cantonese one and mean something else: 好正常 (quite normal, not 好正),
 * 麻麻的 / 麻麻辣 (numbing spice, not 麻麻 = so-so).
 */
export const ZH_BLOCKERS_REGIONAL = '好正常 超正常 好正规 麻麻的 麻麻辣 麻麻辣辣 麻麻哒 麻麻滴';

/** Cantonese negators: 唔 (不), 冇 (没有), 唔系 (不是), 未 is already a negator; 冇乜 (没什么). */
export const ZH_NEGATORS_CANTONESE = '唔 冇 唔系 唔算 唔太 唔够 唔会 冇乜 冇咩 冇咁 唔系咁 都冇 又冇';
/** Degree words: 好鬼 (damn: 好鬼慢), 极之 (extremely), 有够 (Taiwan: 有够慢). */
export const ZH_DEGREE_REGIONAL: Array<[number, string]> = [
	[2, '好鬼 极之 非常之'],
	[1.7, '有够'],
];
