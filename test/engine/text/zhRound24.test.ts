import { checkLabels as check } from './labelRows';

/**
 * Chinese hotel review readings, twenty-fourth round (stop 32, zh24): the shapes zh23 left, as general readings over sentence
 * shape, with self-written hotel sentences (not copied from any data set). Each describe names one shape; the rows the base
 * (main c6274ad) misread come first, guards after them keep what the shape must not take. Traditional copies check that the
 * folded text reads alike.
 */

describe("a listing's claim, then what came: a claim that fell short is a complaint, one borne out is praise", () => {
	check([
		['携程上写的含双早，到了说只含一份', 'negative'],
		['网上写着含双早，到了前台说只含一份', 'negative'],
		['页面上说有免费停车，到了说要收费', 'negative'],
		['说是四星级，其实也就快捷酒店的水平', 'negative'],
		['图片上房间很大很漂亮，到了发现又小又旧', 'negative'],
		['美团上写的有窗，入住才发现是个小天窗', 'negative'],
		['介绍说步行五分钟到地铁，实际走了二十分钟', 'negative'],
		['说是免费升级，结果退房的时候收了差价', 'negative'],
		// Traditional.
		['攜程上寫的含雙早，到了說只含一份', 'negative'],
		['說是四星級，其實也就快捷酒店的水平', 'negative'],
		// Read right already; kept.
		['号称五星级，其实也就三星的水平', 'negative'],
		// Guards: the claim borne out.
		['写的含双早，果然有双早', 'positive'],
		['页面上说有免费停车，到了确实免费', 'positive'],
		['图片上房间很漂亮，实物也一样漂亮', 'positive'],
		['寫的含雙早，果然有雙早', 'positive'],
		['说是海景房，到了一看果然能看到海，很满意', 'positive'],
	]);
});

describe('a stay the guest would have cut short or did not extend', () => {
	check([
		['本来想续住的，看到这服务还是算了', 'negative'],
		['本来打算多住两晚，后来还是算了，换了一家', 'negative'],
		['要不是订了不能退，我当天就走了', 'negative'],
		['要不是房费已经付了，早就退房了', 'negative'],
		// Traditional.
		['本來想續住的，看到這服務還是算了', 'negative'],
		['要不是訂了不能退，我當天就走了', 'negative'],
		// Guards.
		['本来想续住的，前台很热情地帮我们办好了', 'positive'],
		['要不是朋友推荐，我都不知道有这么好的酒店', 'positive'],
		['衣服本来想买的，看了评价还是算了', 'neutral'],
	]);
});

describe('hotel words: a room not made up on arrival, air conditioning that does not cool, noise and smells that come in', () => {
	check([
		['到店快十二点了，房间还没打扫好，让我们在大堂等', 'negative'],
		['房间还没收拾好，只能先寄存行李', 'negative'],
		['关上窗户还是能听到马路上的声音', 'negative'],
		['厕所的味道飘到房间里', 'negative'],
		['關上窗戶還是能聽到馬路上的聲音', 'negative'],
		['空调开了一晚上还是热', 'negative'],
		['开了空调还是很热', 'negative'],
		// Traditional.
		['到店快十二點了，房間還沒打掃好，讓我們在大堂等', 'negative'],
		['開了空調還是很熱', 'negative'],
		// Guards.
		['空调很给力，饭送到还是热的', 'positive'],
		['空调开了一会儿就凉快了，还是很舒服', 'positive'],
		['房间打扫得很干净，收拾好了才让我们进去', 'positive'],
	]);
});
