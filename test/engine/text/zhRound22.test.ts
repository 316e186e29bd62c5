import { checkLabels as check } from './labelRows';

/**
 * Chinese hotel review readings, twenty-second round (stop 31, zh22): general readings over sentence shape, with self-written
 * hotel sentences in the voice of Ctrip / Meituan / Fliggy guests, not copied from any data set. Each describe names one shape;
 * the rows the base (fece995) misread come first, guards after them keep what the shape must not take. Traditional copies
 * check that the folded text reads alike.
 */

describe('irony named: a self-label (（反讽）, 反讽一下, 说反话) scorns the praise, its denial (不是反话) vouches for it', () => {
	check([
		['这不是反话，真的很好', 'positive'],
		['不是说反话，服务确实好', 'positive'],
		['我不是在说反话，早餐真的好吃', 'positive'],
		['并非反讽，早餐真的很棒', 'positive'],
		['这真的不是反话，房间超级干净', 'positive'],
		['没有说反话，前台小姐姐特别热情', 'positive'],
		// Traditional.
		['這不是反話，真的很好', 'positive'],
		// Guards: the self-label itself.
		['谢谢你们让我的生日这么难忘（反讽）', 'negative'],
		['服务真好啊，反讽一下', 'negative'],
		['我只能说反话了：服务太好了', 'negative'],
		['服务太好了（反话）', 'negative'],
		['服務太好了（反話）', 'negative'],
	]);
});

describe('a night lost or no hot water after conceded praise is the verdict; a mild gripe or a night put right is not', () => {
	check([
		['位置不错，早餐也还行，房间也干净，就是一晚上没睡着', 'negative'],
		['位置不错，早餐也还行，房间也干净，但是半夜热水没了，洗不了澡', 'negative'],
		['位置不错，早餐也还行，房间也干净，结果被吵了一整夜', 'negative'],
		['前台热情，房间宽敞，可惜隔壁装修吵了一晚上', 'negative'],
		['交通方便，床也舒服，就是晚上没有热水', 'negative'],
		['位置方便，装修也新，就是半夜楼上一直有人走动，根本睡不了', 'negative'],
		['早餐丰富，前台热情，但是洗澡水一会冷一会热', 'negative'],
		['房间大，景色好，结果半夜停电了', 'negative'],
		['服务挺好的，房间也干净，可是晚上隔壁一直吵到三点', 'negative'],
		['环境还行，服务还行，半夜被蚊子咬醒好几次', 'negative'],
		['位置不错，前台态度也好，但是行李丢了', 'negative'],
		['好一个五星级酒店，热水都没有', 'negative'],
		['服务不错，设施也还行，半夜有人敲门推销', 'negative'],
		['房间挺大的，就是洗澡水不热', 'negative'],
		['装修新，床舒服，可是半夜火警响了好几次', 'negative'],
		['前台很热情，房间很干净，就是蚊子太多了，一晚上被咬了十几个包', 'negative'],
		['位置好，价格实惠，就是早上五点楼下就开始施工', 'negative'],
		// Traditional.
		['位置不錯，早餐也還行，房間也乾淨，就是一晚上沒睡著', 'negative'],
		['位置不錯，早餐也還行，房間也乾淨，結果被吵了一整夜', 'negative'],
		// Guards: a mild gripe, sleep had after all, a guest who will come back, a night put right, sleep praised.
		['房间很干净，早餐不错，就是晚上有点吵', 'positive'],
		['环境很好，服务热情，就是空调有点吵，不过还是睡得很好', 'positive'],
		['环境很好，服务热情，就是有点吵，下次还会再来', 'positive'],
		['一晚上没睡着，不过前台很快给我们换了房间，服务很好', 'positive'],
		['位置好，早餐好，睡得很香', 'positive'],
		['房间干净，床很舒服，一觉睡到天亮', 'positive'],
		['位置不错，房间干净，就是热水要放很久', 'positive'],
		['房间很安静，隔音很好，完全不用担心睡不着', 'positive'],
		['房间很干净，半夜有人敲门送夜宵，服务真周到', 'positive'],
		['位置好，早餐好，早上起来发现楼下在施工，不过不影响', 'positive'],
		['装修很新，早上的自助餐很丰富', 'positive'],
		['位置不错，晚上被蚊子咬了，不过前台马上送来了蚊香，很贴心', 'positive'],
	]);
});

describe('a loyal guest let down: praise of earlier stays is the height of the fall', () => {
	check([
		['以前每次来都很满意，这次真的失望', 'negative'],
		['以前每次來都很滿意，這次真的失望', 'negative'],
		['老顾客了，这次入住体验很差', 'negative'],
		['曾经很喜欢这家，现在价格贵了服务还差了', 'negative'],
		['这家我住了不下十次了，每次都很满意，这次前台态度太差了', 'negative'],
		['之前来过很多次都挺满意的，这次房间有股霉味', 'negative'],
		// Guards: the decline read already, and earlier praise borne out this time.
		['住了五年了，一年不如一年', 'negative'],
		['以前来过好几次都很好，这次服务大不如前', 'negative'],
		['上次来觉得不错，这次还是一样好', 'positive'],
		['以前住过很满意，这次也没有让我失望', 'positive'],
		['以前住过两次，很喜欢，这次房间有点小，但整体还是满意', 'positive'],
		['老顾客了，这次还是一样好，就是停车有点难', 'positive'],
		['以前每次来都很满意，这次也很好', 'positive'],
		['曾经住过一次，现在好多了', 'positive'],
		['住过很多次了，这次也很满意', 'positive'],
	]);
});

describe('号称 / 所谓 / 好一个 a title without quotes is scorn; a title borne out, 无所谓 and what was wanted found are not', () => {
	check([
		['号称五星级，服务还不如快捷酒店', 'negative'],
		['所谓的海景房只能看到楼', 'negative'],
		['号称海景房，窗外全是工地', 'negative'],
		['所谓的豪华套房，房间也就二十平', 'negative'],
		['这就是我想要的酒店！', 'positive'],
		['正是我想要的，房间安静又干净', 'positive'],
		['号称亲子酒店，儿童设施几乎没有', 'negative'],
		['所谓的行政酒廊就几样点心', 'negative'],
		['号称四星级，其实就是个招待所', 'negative'],
		['所谓的健身房只有两台跑步机', 'negative'],
		['好一个五星级服务，叫了三次才有人来', 'negative'],
		// Traditional.
		['號稱五星級，服務還不如快捷酒店', 'negative'],
		['這就是我想要的酒店！', 'positive'],
		// Guards: the title borne out, asked back, 不是我要的; 算不上最好 before praise stays praise; a rescue that worked.
		['号称五星级，果然名不虚传', 'positive'],
		['号称海景房，确实能看到海，很美', 'positive'],
		['这就是所谓的大床房，很舒服', 'positive'],
		['所谓一分钱一分货，这个价格还行', 'positive'],
		['好一个海景房，太美了', 'positive'],
		['好一个豪华套房！', 'positive'],
		['这就是我想要的？', 'negative'],
		['这不是我要的房型，前台也不给换', 'negative'],
		['算不上最好，但房间干净，服务也热情', 'positive'],
	]);
});

describe('trouble, then rescue, then a good ending is praise; a rescue that failed is not', () => {
	check([
		['入住时房间有异味，前台马上给换了一间，新房间很好', 'positive'],
		['入住時房間有異味，前台馬上給換了一間，新房間很好', 'positive'],
		['房间不错，但是淋浴没热水，找了前台马上派人修好了，还送了水果', 'positive'],
		// Guards: read already, or the rescue failed, or a complaint after the fix.
		['房间有问题，但前台很快给我们换了一间，最后住得很舒服', 'positive'],
		['空调不制冷，工程部很快来修好了，之后一直很舒服', 'positive'],
		['房间有问题，前台说给换结果等了两个小时也没换', 'negative'],
		['空调坏了，打了三次电话才来人修，最后也没修好', 'negative'],
		['房间有烟味，前台马上给换了，换的房间还是有烟味', 'negative'],
		['房间很脏，前台说马上打扫，结果等了一个小时，最后还算干净', 'negative'],
		['房间很脏，前台态度也差，还送了两瓶水', 'negative'],
	]);
});

describe('facts told by the clock: an hour, then a later hour and 才 before what the place does, is a wait', () => {
	check([
		['下午3点到的，房间5点才打扫好', 'negative'],
		['2点入住，4点才给我们安排房间', 'negative'],
		['下午3點到的，房間5點才打掃好', 'negative'],
		// Guards: read already; early; the guest's own doings; no queue at the desk; a quiet restaurant.
		['18点到店，等到19点才拿到房卡，房间在一楼。', 'negative'],
		['早上8点下单，才9点就送到了，很快', 'positive'],
		['下午两点入住，房间打扫得很干净，晚上十点才回来休息', 'positive'],
		['12点退房，下午3点才发现手机落在房间了，前台帮我找到了，很感谢', 'positive'],
		['飞机晚点，我们11点才到酒店，前台还在等我们，很贴心', 'positive'],
		['前台没人排队，很快就办好了', 'positive'],
		['餐厅一个人都没有，很安静', 'positive'],
	]);
});
