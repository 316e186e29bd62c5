import { isValidCnId, luhn, redactPii } from '../../../nodes/engine/text/pii';

describe('PII redaction', () => {
	it('validates Chinese ID numbers with the GB 11643 checksum', () => {
		expect(isValidCnId('11010519491231002X')).toBe(true);
		expect(isValidCnId('110105194912310021')).toBe(false); // wrong check digit
		expect(redactPii('身份证110105194912310021').text).toBe('身份证110105194912310021');
		expect(redactPii('身份证11010519491231002x').text).toBe('身份证[ID_NUMBER]');
	});

	it('validates bank cards with Luhn', () => {
		expect(luhn('4111111111111111')).toBe(true);
		expect(luhn('4111111111111112')).toBe(false);
		expect(redactPii('卡号 6222 0000 0000 0000 0').text).toBe('卡号 6222 0000 0000 0000 0'); // Luhn fails
		expect(redactPii('card 4111-1111-1111-1111 ok').text).toBe('card [BANK_CARD] ok');
		expect(redactPii('6212261202000000001').found).toEqual([{ kind: 'bankCard', count: 1 }]);
	});

	it('finds Chinese mobile, landline and international numbers', () => {
		const r = redactPii('手机 138-1234-5678，+86 139 1234 5678，座机 010-62345678 或 (021)62345678-123，UK +44 20 7946 0958');
		expect(r.text).toBe('手机 [PHONE]，[PHONE]，座机 [PHONE] 或 [PHONE]，UK [PHONE]');
		expect(r.found).toEqual([
			{ kind: 'cnMobile', count: 2 },
			{ kind: 'cnLandline', count: 2 },
			{ kind: 'phone', count: 1 },
		]);
	});

	it('does not touch prices, dates, order numbers or short numbers', () => {
		const t = '2024年5月1日入住，房价688元，订单号 20240501123，3晚';
		expect(redactPii(t).text).toBe(t);
	});

	it('redacts e-mail, room numbers when configured, and custom patterns; never returns values', () => {
		const t = '我是VIP123456，住1208房，房间号：806，room 1503, mail li.lei@example.cn';
		const r = redactPii(t, { roomNumbers: true, customPatterns: ['VIP\\d{6}'] });
		expect(r.text).toBe('我是[REDACTED]，住[ROOM]，[ROOM]，[ROOM], mail [EMAIL]');
		expect(JSON.stringify(r.found)).not.toMatch(/\d{3}/);
		expect(redactPii('住1208房').text).toBe('住1208房');
		expect(() => redactPii('x', { customPatterns: ['('] })).toThrow(/Invalid custom PII pattern/);
	});

	it('uses a fixed mask when asked', () => {
		expect(redactPii('13812345678', { mask: '***' }).text).toBe('***');
	});

	it('skips rules a text cannot match (too few digits, no "@") without changing what is redacted', () => {
		expect(redactPii('房间很干净，服务很好 clean room').found).toEqual([]);
		expect(redactPii('call 138 1234', { roomNumbers: true }).found).toEqual([]);
		// A mask that looks like a phone number is read by the rules after it, as it always was.
		expect(redactPii('mail a@b.cn now', { mask: '13812345678' }).found).toEqual([
			{ kind: 'email', count: 1 },
			{ kind: 'cnMobile', count: 1 },
		]);
		// Custom patterns are compiled once per source and still refused when invalid, every time.
		expect(redactPii('VIP123456 and VIP654321', { customPatterns: ['VIP\\d{6}'] }).found).toEqual([{ kind: 'custom', count: 2 }]);
		expect(redactPii('VIP123456', { customPatterns: ['VIP\\d{6}'] }).text).toBe('[REDACTED]');
		expect(() => redactPii('x', { customPatterns: ['('] })).toThrow(/Invalid custom PII pattern/);
	});
});
