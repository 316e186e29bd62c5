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
	]);
});

describe('a loyal guest let down: praise of earlier stays is the height of the fall', () => {
	check([
		['以前每次来都很满意，这次真的失望', 'negative'],
		['以前每次來都很滿意，這次真的失望', 'negative'],
		// Guards: the decline read already, and earlier praise borne out this time.
		['住了五年了，一年不如一年', 'negative'],
		['以前来过好几次都很好，这次服务大不如前', 'negative'],
		['上次来觉得不错，这次还是一样好', 'positive'],
		['以前住过很满意，这次也没有让我失望', 'positive'],
		['以前住过两次，很喜欢，这次房间有点小，但整体还是满意', 'positive'],
	]);
});

describe('号称 / 所谓 a title without quotes is scorn; a title borne out, 无所谓 and what was wanted found are not', () => {
	check([
		['号称五星级，服务还不如快捷酒店', 'negative'],
		['所谓的海景房只能看到楼', 'negative'],
		['号称海景房，窗外全是工地', 'negative'],
		['所谓的豪华套房，房间也就二十平', 'negative'],
		['这就是我想要的酒店！', 'positive'],
		['正是我想要的，房间安静又干净', 'positive'],
		// Traditional.
		['號稱五星級，服務還不如快捷酒店', 'negative'],
		['這就是我想要的酒店！', 'positive'],
		// Guards: the title borne out, asked back, 不是我要的; 算不上最好 before praise stays praise; a rescue that worked.
		['号称五星级，果然名不虚传', 'positive'],
		['号称海景房，确实能看到海，很美', 'positive'],
		['这就是我想要的？', 'negative'],
		['这不是我要的房型，前台也不给换', 'negative'],
		['算不上最好，但房间干净，服务也热情', 'positive'],
		['房间有问题，但前台很快给我们换了一间，最后住得很舒服', 'positive'],
		['房间有问题，前台说给换结果等了两个小时也没换', 'negative'],
		['18点到店，等到19点才拿到房卡，房间在一楼。', 'negative'],
	]);
});
