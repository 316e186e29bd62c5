/**
 * Intents, tenth round (stop 22), on self-written hotel sentences: a request already granted (前台同意延迟退房, 主动帮我们升级了房型,
 * "They happily gave us a late check-out") is praise told, no need; asks for airport pickup (安排接机),
 * "we'd like to" and "could we" requests are needs (not "We'd like to thank the staff"); an invoice not issued, a deposit back
 * only after weeks and an upgrade promised and not given (说好的升级房型，到了却没有) complain. Letters: C complaint, I inquiry,
 * N need, O opportunity, P praise; upper case must be flagged, lower case may be, absent must not be. Each test of the first
 * describe fails on the base commit 608ca24.
 */
import { intentCheck } from './intentLetters';

const { wrongOf, check } = intentCheck('CINOP');

describe('stop 22: new readings (each fails on 608ca24)', () => {
	it.each([
		['请问可以安排接机吗？', 'IN'],
		['前台同意延迟退房', 'p'],
		['前台主动帮我们升级了房型', 'P'],
		['发票到现在都没开给我', 'C'],
		['押金两周才退回来', 'C'],
		['说好的升级房型，到了却没有', 'C'],
		['We\'d like to book an airport transfer for Friday.', 'NO'],
		['They happily gave us a late check-out.', 'p'],
		['The front desk agreed to a late checkout at 2pm.', 'p'],
		['Could we check out at 2pm instead of noon?', 'Ni'],
		['服务员很热情，主动帮我们拿行李', 'P'],
	])('%s → %s', check);
});

describe('stop 22: hotel asks and requests the base already read, and the limits', () => {
	it('reads requests for upgrades, beds, invoices, pickups and long stays', () => {
		const rows: Array<[string, string]> = [
			['能不能帮我们升级一下房型？', 'INo'],
			['请帮我们加一张床', 'No'],
			['我们想加一张床，请问多少钱？', 'IOn'],
			['退房的时候麻烦开一下发票', 'N'],
			['发票可以开公司抬头吗？', 'In'],
			['我们明天的航班，需要接机服务', 'N'],
			['想长住一个月，有没有优惠价？', 'InO'],
			['我们公司下个月有二十个人出差，想订十间房', 'O'],
			['请问月租怎么算？', 'IO'],
			['能延迟退房到下午两点吗？', 'IN'],
			['Could we get an upgrade to a sea view room?', 'INo'],
			['Can you add an extra bed to our room?', 'Nio'],
			['Please send me an invoice for my stay.', 'N'],
			['I need a receipt with our company name on it.', 'N'],
			['Do you offer airport pickup?', 'I'],
			['Do you have a monthly rate for long stays?', 'IO'],
			['We are planning a company retreat for 30 people next spring.', 'O'],
			['We were promised an upgrade but never got one.', 'C'],
			['I still haven\'t received my invoice.', 'C'],
			['Is a late checkout possible?', 'In'],
			['We\'d like to thank the staff for a lovely stay.', 'P'],
			// "to add" blocks only as a remark ("I would like to add that …"): adding money is a request (lead, second reading)
			['I would like to add money to my account.', 'N'],
			['We\'d like to add an extra night to our booking.', 'NO'],
			['I would like to add that the room was dirty.', 'C'],
			// A need told by a verb of wanting is asked after a granted word too (GRANTED_EN applies to the thing requested).
			['I was given the wrong card and need a new one.', 'CN'],
			['The hotel offered a shuttle, and we need a taxi at 6am.', 'N'],
		];
		expect(rows.flatMap(([t, e]) => wrongOf(t, e))).toEqual([]);
	});
	it('still reads a request not yet granted as a need', () => {
		const wrong = [...wrongOf('能不能同意我们延迟退房？', 'IN'), ...wrongOf('Could you give us a late checkout?', 'Ni'), ...wrongOf('希望前台能安排接机', 'N')];
		expect(wrong).toEqual([]);
	});
});
