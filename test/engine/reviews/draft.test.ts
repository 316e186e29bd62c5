import { checkLlmReply, cutAtSentence, detectLanguage, draftReply } from '../../../nodes/engine/reviews/draft';
import { compensationTerms } from '../../../nodes/engine/reviews/templates';
import { topicsFromText } from '../../../nodes/engine/reviews/topics';

describe('reply drafting', () => {
	it('thanks for praise, naming what the guest liked, in English', () => {
		const d = draftReply({
			text: 'Great location and the staff were so friendly. Breakfast was excellent!',
			score: 100,
			platform: 'google',
			property: 'Harbour Hotel Shanghai Bund',
			manager: 'Li Wei',
			managerTitle: 'General Manager',
			guestName: 'Emma',
		});
		expect(d.sentiment).toBe('positive');
		expect(d.praised).toEqual(expect.arrayContaining(['location', 'service', 'breakfast']));
		expect(d.text).toBe(
			'Dear Emma,\n\nThank you for taking the time to share your review of Harbour Hotel Shanghai Bund. We are delighted that you enjoyed the service of our team, our location and our breakfast. We look forward to welcoming you back soon.\n\nKind regards,\nLi Wei\nGeneral Manager, Harbour Hotel Shanghai Bund',
		);
		expect(compensationTerms(d.text)).toEqual([]);
	});

	it('apologises for the specific issues in Chinese and names the teams, without compensation', () => {
		const d = draftReply({ text: '房间有异味，卫生间地漏反味，晚上隔音很差。', score: 50, platform: 'ctrip', property: '港湾酒店(上海外滩店)', manager: '王芳', managerTitle: '总经理' });
		expect(d.language).toBe('zh');
		expect(d.sentiment).toBe('negative');
		expect(d.issues).toEqual(expect.arrayContaining(['cleanliness', 'noise']));
		expect(d.text).toContain('未能达到您的期望，我们深表歉意。');
		expect(d.text).toContain('我会将您的意见转达给');
		expect(d.text).toContain('希望有机会再次为您服务。');
		expect(d.text.endsWith('港湾酒店(上海外滩店) 总经理 王芳')).toBe(true);
		expect(compensationTerms(d.text)).toEqual([]);
	});

	it('uses CX Analyze topics and sentiment when present', () => {
		const d = draftReply({
			text: 'whatever',
			analysis: { sentiment: { label: 'negative' }, topics: [{ id: 'hotel.room.cleanliness', path: ['Room', 'Cleanliness'], sentiment: 'negative' }, { id: 'hotel.staff', path: ['Service', 'Staff'], sentiment: 'positive' }] },
		});
		expect(d.issues).toEqual(['cleanliness']);
		expect(d.praised).toEqual(['service']);
		expect(d.text).toContain('We are sorry that the cleanliness of your room did not meet your expectations.');
		expect(d.text).toContain('housekeeping');
	});

	it('states the action only when a person supplied it, and offers contact for complaints', () => {
		const d = draftReply({ text: 'The shower was broken.', score: 20, action: 'We have replaced the shower on your floor.', contact: 'gm@harbour.example' });
		expect(d.text).toContain('We have replaced the shower on your floor.');
		expect(d.text).toContain('Please feel free to contact me directly at gm@harbour.example.');
		expect(d.text).not.toContain('I will share your comments');
	});

	it('fits platform limits by dropping optional sentences, never the apology', () => {
		const long = draftReply({ text: 'Dirty room, rude staff, noisy, slow wifi, bad breakfast.', score: 20, platform: 'meituan', property: 'P', contact: 'x@y.z', maxLength: 160 });
		expect(long.length).toBeLessThanOrEqual(160);
		expect(long.trimmed.length).toBeGreaterThan(0);
		expect(long.text).toMatch(/We are sorry that/);
	});

	it('falls back to English for other languages and says so', () => {
		const d = draftReply({ text: 'Das Zimmer war sauber.', language: 'de', score: 90 });
		expect(d.language).toBe('en');
		expect(d.languageFallback).toBe(true);
		expect(d.warnings[0]).toMatch(/no template for language "de"/);
	});

	it('custom templates override sentences', () => {
		const d = draftReply({ text: 'Lovely stay', score: 100, property: 'Harbour', templates: { en: { inviteBackPositive: 'See you at {property} again!' } } });
		expect(d.text).toContain('See you at Harbour again!');
	});

	it('rejects an LLM reply that offers compensation the facts do not state', () => {
		expect(checkLlmReply('We will refund your first night.', { text: 'bad' }, 500)).toEqual({ ok: false, reason: 'the model mentioned compensation (refund)' });
		expect(checkLlmReply('我们将为您提供优惠券。', { text: '差' }, 500).ok).toBe(false);
		expect(checkLlmReply('We have refunded the parking fee.', { text: 'bad', action: 'We have refunded the parking fee.' }, 500).ok).toBe(true);
		expect(checkLlmReply('Hello {guestName}', { text: 'x' }, 500).ok).toBe(false);
	});

	it('helpers: language, topics, cutting at a sentence end', () => {
		expect(detectLanguage('房间很干净')).toBe('zh');
		expect(detectLanguage('Clean room')).toBe('en');
		expect(topicsFromText('The room was not clean. Staff were friendly.')).toEqual(
			expect.arrayContaining([
				{ key: 'cleanliness', sentiment: 'negative' },
				{ key: 'service', sentiment: 'positive' },
			]),
		);
		expect(cutAtSentence('One. Two. Three.', 10)).toBe('One. Two.');
	});
});

describe('CX Analyze topics → reply topics', () => {
	it('maps hotel indicator-tree ids by their most specific part', async () => {
		const { topicsFromAnalysis } = await import('../../../nodes/engine/reviews/topics');
		const keys = (id: string, path: string[] = []) => topicsFromAnalysis([{ id, path, sentiment: 'negative' }]).map((t) => t.key);
		expect(keys('rooms.space.room.noise', ['Rooms', 'Room overall', 'Room', 'Noise'])).toEqual(['noise']);
		expect(keys('rooms.space.room.clean')).toEqual(['cleanliness']);
		expect(keys('rooms.space.room.size', ['客房', '房间整体', '房间', '面积'])).toEqual(['room']);
		expect(keys('front.checkin.wait')).toEqual(['checkin']);
		expect(keys('fb.breakfast.variety')).toEqual(['breakfast']);
		expect(keys('rooms.tech.wifi')).toEqual(['wifi']);
		expect(keys('overall.impression')).toEqual([]);
	});
});

describe('drafting from the CX Analyze offline engine', () => {
	it('names the complaints the analysis found, in the review language', async () => {
		const { getEngine } = await import('../../../nodes/engine/text');
		const engine = getEngine() as any;
		const text = '房间有异味，晚上隔音很差，但前台服务很热情。';
		const analysis = engine.analyze(text);
		const d = draftReply({ text, analysis, platform: 'ctrip', property: '港湾酒店' });
		expect(d.language).toBe('zh');
		expect(d.issues.length).toBeGreaterThan(0);
		expect(d.text).toContain('深表歉意');
		expect(compensationTerms(d.text)).toEqual([]);
	});
});
