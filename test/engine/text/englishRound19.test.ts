import { checkLabels as check } from './labelRows';

/**
 * English review readings, nineteenth round (stop 33, en19): faint, withheld and jesting praise of hotel and restaurant
 * reviews, from a self-written probe, not copied from any data set. The rows the base (main at 7395e69) misread come
 * first, guards after them keep what the entries must not take.
 */

describe('a judgement withheld (EN19_WITHHELD, withheldAfterPraise)', () => {
	check([
		['The food was not what I would call out of this world.', 'negative'],
		["Not what I'd call amazing.", 'negative'],
		["The breakfast was not what I'd call amazing.", 'negative'],
		['Not what I would call a disappointment.', 'positive'],
		['The food was not what I would call bad.', 'positive'],
		["It is not what I'd call expensive.", 'positive'],
		["Hardly what I'd call clean.", 'negative'],
		["I wouldn't describe the room as clean.", 'negative'],
		// guards: a class named keeps the complaint; praise granted first keeps the sentence praise; a plain word denied
		// after praise of another thing stays a complaint
		['The room was not what I would call luxury.', 'negative'],
		['Nice enough, but not what I would call luxury.', 'negative'],
		["The room was nice, but not what I'd call amazing.", 'positive'],
		['Food was very good, but not what I would consider out of this world.', 'positive'],
		["The location was great, but the room was not what I would call clean.", 'negative'],
		["I wouldn't call it out of this world.", 'negative'],
		["I wouldn't call the service slow.", 'positive'],
	]);
});

describe('photos kinder than the place (EN19_SHAPES)', () => {
	check([
		['The photos were very generous.', 'negative'],
		['The photos were generous to say the least.', 'negative'],
		['Photos on the website were very generous.', 'negative'],
		['The hotel photos were extremely generous.', 'negative'],
		['The pictures on the website were very flattering.', 'negative'],
		['The pictures flatter the place.', 'negative'],
		["The photos don't do it justice.", 'positive'],
		['Pictures do not do this place justice.', 'positive'],
		["The photos really don't do the view justice.", 'positive'],
		["The photos don't lie.", 'positive'],
		['The photos lie.', 'negative'],
		// guards
		['The portions were very generous.', 'positive'],
		['The room looked just like the photos.', 'positive'],
		['Nothing like the photos.', 'negative'],
	]);
});

describe('nothing stood out, faint praise and hedges (EN19_SHAPES, EN19_BLOCKERS)', () => {
	check([
		['Nothing about it stood out.', 'negative'],
		['Nothing stood out.', 'negative'],
		['Nothing about the food really stood out.', 'negative'],
		['The room was OK at best.', 'negative'],
		['The room was passable.', 'negative'],
		['Hard to recommend.', 'negative'],
		['The room left nothing to be desired.', 'positive'],
		["Let's just say I won't be ordering the fish again.", 'negative'],
		['The room was small, to be honest.', 'negative'],
		["Not amazing, to be honest.", 'negative'],
		["Not what I'd call amazing, if I'm honest.", 'negative'],
		['I was expecting more.', 'negative'],
		['Fine if you are desperate.', 'negative'],
		["I've been to worse.", 'positive'],
		// guards
		['Nothing stood out as a problem.', 'positive'],
		['Nothing stood out as a problem during our stay.', 'positive'],
		['The food was nothing special.', 'negative'],
		['Nothing to write home about.', 'negative'],
		["If you're desperate for a good coffee, this is the place.", 'positive'],
		['Hard not to recommend this place.', 'positive'],
		['Easy to recommend.', 'positive'],
		['The staff were honest about the delay and very kind.', 'positive'],
		["Can't complain.", 'positive'],
		['The room did the job.', 'positive'],
	]);
});

describe('the hype, the fuss and the boxes (EN19_SHAPES)', () => {
	check([
		["I don't know what all the fuss is about.", 'negative'],
		['Now I know what all the fuss is about.', 'positive'],
		['The hype is real.', 'positive'],
		['Exactly what we were looking for.', 'positive'],
		['Not what we were looking for.', 'negative'],
		['Ticked all the boxes.', 'positive'],
		["Didn't tick any boxes.", 'negative'],
		['It does exactly what it says on the tin.', 'positive'],
		['It has aged gracefully.', 'positive'],
		['Breakfast was a feast.', 'positive'],
		['The pillows were like bricks.', 'negative'],
		['The staff seemed to be going through the motions.', 'negative'],
		['The decor is stuck in the eighties.', 'negative'],
		['A lot of frills, not much substance.', 'negative'],
		['All fur coat and no knickers.', 'negative'],
		['Looks great on paper.', 'negative'],
		['It sounded better than it was.', 'negative'],
		["The food wasn't a patch on last year.", 'negative'],
		['Quantity over quality.', 'negative'],
		['Quality over quantity.', 'positive'],
		// guards
		['It lived up to the hype.', 'positive'],
		["It didn't live up to the hype.", 'negative'],
		['Not worth the hype.', 'negative'],
		['Breakfast was hardly a feast.', 'negative'],
		["I've had better.", 'negative'],
	]);
});

describe('jest, kindness and the best of leaving (en19CalledGenerously, EN19_SHAPES, EN19_RHETORICAL_SCORN)', () => {
	check([
		['Calling it a four star hotel is generous.', 'negative'],
		['Calling it food is generous.', 'negative'],
		['Calling the pool heated is a stretch.', 'negative'],
		['To call it a spa would be an exaggeration.', 'negative'],
		['I use the word "restaurant" loosely.', 'negative'],
		['I use the term chef loosely.', 'negative'],
		['The highlight of our stay was leaving.', 'negative'],
		['The best thing about the hotel was the checkout.', 'negative'],
		["I'll be kind and say the food was interesting.", 'negative'],
		['The kindest thing I can say is that the bed was big.', 'negative'],
		['Would rate lower if I could.', 'negative'],
		['Are you kidding me?', 'negative'],
		['Where do I even start?', 'negative'],
		// guards
		['Calling it the best pizza in town is no exaggeration.', 'positive'],
		['Calling it the best pizza in town would not be a stretch.', 'positive'],
		['We called the front desk and they sent someone up.', 'neutral'],
		['The highlight of our stay was the spa.', 'positive'],
		['What more could you ask for?', 'positive'],
		['What were they thinking?', 'negative'],
		['The host was generous with the wine.', 'positive'],
	]);
});
