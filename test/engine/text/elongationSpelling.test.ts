/**
 * English elongation and misspellings (stop 16): self-written hotel, restaurant and app reviews with stretched words
 * ("LOOOVE", "sooo good", "bestt") and frequent typos of opinion words ("worht", "delicous", "awsome", "terible"), read
 * as the words they stand for; spans and evidence still index the text as written; and the guards — interjections,
 * addresses, e-mails, room numbers, names and real words with doubled letters stay as they were.
 */
import { analyzeText, getEngine } from '../../../nodes/engine/text';

const hotel = getEngine();
const restaurant = getEngine({ tree: 'restaurant' });
type Engine = ReturnType<typeof getEngine>;
const labelOf = (engine: Engine, text: string) => engine.analyze(text).sentiment.label;

describe('stretched words read as the word they stretch', () => {
	it.each([
		'I LOOOVE this place!',
		'The pasta was gooood.',
		'Sooo yummmmy',
		'The pizza here is the bestt',
		'Staff were amaaazing',
		'Loooove this app, works perfectlyyy',
		'The view was greatt',
	])('%s → positive', (text) => {
		expect(labelOf(restaurant, text)).toBe('positive');
	});

	it.each(['The service was sooo slooow', 'The bed was baaad', 'Slooow check-in', 'The room was horrrible'])(
		'%s → negative',
		(text) => {
			expect(labelOf(hotel, text)).toBe('negative');
		},
	);

	it('a negator still denies a stretched praise', () => {
		expect(labelOf(hotel, 'The room was not sooo good')).not.toBe('positive');
	});

	it('a stretched topic word is the topic, its span the word as written', () => {
		const text = 'The breakfaaast was cold and the roooom tiny';
		const r = hotel.analyze(text);
		const breakfast = r.topics.find((t) => t.id === 'fb.breakfast');
		expect(breakfast?.sentiment).toBe('negative');
		expect(text.slice(...breakfast!.span)).toBe('breakfaaast');
		expect(breakfast?.evidence).toContain('breakfaaast');
		const room = r.topics.find((t) => t.id.startsWith('rooms.'));
		expect(room && text.slice(...room.span)).toMatch(/^roooom/);
	});
});

describe('the stretch test inside the language walk and the walk\'s run-of-three flag (stop 17)', () => {
	const topicIds = (text: string) => hotel.analyze(text).topics.map((t) => t.id);

	it('a run of three reads a topic word; a doubled last letter alone does not', () => {
		expect(topicIds('Great breakfaaast')).toContain('fb.breakfast');
		expect(topicIds('Great breakfastt')).not.toContain('fb.breakfast');
		expect(labelOf(hotel, 'The breakfast was goodd')).toBe('positive');
	});

	it('a text without a stretched word reads as before; one with a stretched word reads it', () => {
		expect(hotel.analyze('The staff were great and the room was clean').sentiment).toEqual(
			hotel.analyze('The staff were greaaat and the room was clean').sentiment,
		);
		expect(labelOf(hotel, 'The staff were amaaazing')).toBe('positive');
	});

	it('addresses and e-mails stay guarded where the text also holds a stretched word', () => {
		const score = (text: string) => hotel.analyze(text).sentiment.score;
		expect(score('Sooo good, see www.gooood.com')).toBe(score('Sooo good, see www.example.com'));
		expect(score('Sooo good, mail loooove@baaad.com')).toBe(score('Sooo good, mail anna@example.com'));
		expect(score('Sooo good, see site/baaad_page')).toBe(score('Sooo good, see site/page_one'));
	});
});

describe('frequent misspellings read as the word', () => {
	it.each([
		'Worht every penny',
		'The staff were awsum',
		'Excelent location',
		'The bed was confortable',
		'The staff were profesional',
		'Beautifull room',
	])('%s → positive', (text) => {
		expect(labelOf(hotel, text)).toBe('positive');
	});

	it.each(['Terible service', 'The room was horible', 'The food was medicore', 'Unproffesional staff at the front desk'])('%s → negative', (text) => {
		expect(labelOf(hotel, text)).toBe('negative');
	});

	it('a misspelt topic word names its topic', () => {
		const text = 'Best resturant in the area';
		const r = restaurant.analyze(text);
		expect(r.topics.some((t) => text.slice(...t.span) === 'resturant')).toBe(true);
	});
});

describe('guards: what is no stretched word stays as it was', () => {
	it.each(['Brrr.', 'zzz', 'Hmmm', 'Ahhh ok', 'Noooo', 'Room 1112, floor 3', 'Booking ID AAA777', 'Write to loooove@gooood.com', 'See www.gooood.com and https://example.com/sooo'])(
		'%s → neutral',
		(text) => {
			expect(labelOf(hotel, text)).toBe('neutral');
		},
	);

	it.each(['Noooo, the food was great', 'We stayed at the inn with Matt and Scott, lovely stay', 'The room was odd but the staff were lovely'])('%s → positive', (text) => {
		expect(labelOf(hotel, text)).toBe('positive');
	});

	it('PII offsets and the redacted text keep the text as written', () => {
		const text = 'Sooo good! Mail me at anna@example.com';
		const r = analyzeText(hotel, text, { pii: { enabled: true } });
		expect(r.sentiment.label).toBe('positive');
		expect(r.redactedText).toBe('Sooo good! Mail me at [EMAIL]');
	});
});
