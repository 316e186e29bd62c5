/**
 * The Feedback record: one shape for every channel (survey, review, call, ticket, chat, social,
 * inspection). Normalisers produce it, CX Analyze adds `analysis`, CX Route adds `routing`.
 *
 * Plain TypeScript + zod, no n8n imports: the engine is usable and testable on its own.
 */
import { z } from 'zod';

export const CHANNELS = ['survey', 'review', 'call', 'ticket', 'chat', 'social', 'inspection'] as const;
export type Channel = (typeof CHANNELS)[number];

/** ISO 8601 timestamp with an explicit offset or Z, so time zones are never guessed downstream. */
const isoTimestamp = z.iso.datetime({ offset: true, local: false });

export const RatingSchema = z
	.object({
		value: z.number().finite(),
		scale: z.number().positive().finite(),
	})
	.refine((r) => r.value >= 0 && r.value <= r.scale, {
		message: 'rating.value must be between 0 and rating.scale',
		path: ['value'],
	});

export const ScoresSchema = z.object({
	/** Net Promoter question, 0–10. */
	nps: z.number().int().min(0).max(10).optional(),
	/** Customer satisfaction, 1–5. */
	csat: z.number().min(1).max(5).optional(),
	/** Customer effort, 1–7 (7 = very easy). */
	ces: z.number().min(1).max(7).optional(),
	/** A star or point rating on its own scale (5 stars, 10 points, 100 points …). */
	rating: RatingSchema.optional(),
	/** The headline score on a common 0–100 scale (see `normaliseScore`). */
	normalised: z.number().min(0).max(100).optional(),
});

export const AnswerSchema = z.object({
	question: z.string(),
	questionId: z.string().optional(),
	/** The platform's question type (nps, rating, long_text, choice …). */
	type: z.string().optional(),
	value: z.union([z.string(), z.number(), z.boolean(), z.array(z.string()), z.null()]),
});

export const LocationSchema = z.object({
	id: z.string().min(1),
	name: z.string().optional(),
});

export const CustomerSchema = z.object({
	id: z.string().optional(),
	name: z.string().optional(),
	email: z.string().optional(),
	phone: z.string().optional(),
	segment: z.string().optional(),
	/** True while the guest is still in house: the window in which a bad review can be prevented. */
	inHouse: z.boolean().optional(),
	tier: z.string().optional(),
});

export const MetaSchema = z.looseObject({
	/** A link back to the original (the review page, the response in the survey tool). */
	url: z.string().optional(),
	/** Other identifiers from the source (form id, survey id, collector id, booking id …). */
	ids: z.record(z.string(), z.string()).optional(),
	/** Reply state for reviews and tickets. */
	reply: z
		.object({
			state: z.enum(['none', 'draft', 'replied']),
			text: z.string().optional(),
			at: isoTimestamp.optional(),
		})
		.optional(),
	/** Last update time at the source (edited reviews carry a newer one). */
	updatedAt: isoTimestamp.optional(),
});

/** Filled by CX Analyze; kept open so engines can add fields without a schema bump. */
export const AnalysisSchema = z.looseObject({
	sentiment: z.object({ label: z.enum(['positive', 'neutral', 'negative']), score: z.number() }).optional(),
	topics: z
		.array(
			z.looseObject({
				id: z.string(),
				path: z.array(z.string()),
				sentiment: z.string().optional(),
				evidence: z.string().optional(),
			}),
		)
		.optional(),
	intents: z.array(z.unknown()).optional(),
	urgency: z.unknown().optional(),
	risk: z.unknown().optional(),
	redactedText: z.string().optional(),
	keyPhrases: z.array(z.string()).optional(),
});

/** Filled by CX Route. */
export const RoutingSchema = z.looseObject({
	owner: z.unknown().optional(),
	priority: z.string().optional(),
	dueAt: z.string().optional(),
	escalation: z.unknown().optional(),
	alert: z.unknown().optional(),
});

export const FeedbackSchema = z.object({
	/** Stable across re-deliveries: `${source}:${sourceId}`. */
	id: z.string().min(1),
	/** The system it came from: typeform, surveymonkey, google, ctrip, json … */
	source: z.string().min(1),
	/** The record's own id at the source. */
	sourceId: z.string().min(1),
	channel: z.enum(CHANNELS),
	touchpoint: z.string().optional(),
	occurredAt: isoTimestamp,
	receivedAt: isoTimestamp,
	location: LocationSchema.optional(),
	customer: CustomerSchema.optional(),
	scores: ScoresSchema,
	/** All free text joined; empty string when there is none. */
	text: z.string(),
	/** BCP 47-ish code where known (zh, zh-Hant, en …); CX Analyze detects it otherwise. */
	language: z.string().optional(),
	answers: z.array(AnswerSchema),
	meta: MetaSchema,
	analysis: AnalysisSchema.optional(),
	routing: RoutingSchema.optional(),
});

export type Feedback = z.infer<typeof FeedbackSchema>;
export type Scores = z.infer<typeof ScoresSchema>;
export type Answer = z.infer<typeof AnswerSchema>;
export type Customer = z.infer<typeof CustomerSchema>;
export type FeedbackLocation = z.infer<typeof LocationSchema>;
export type FeedbackMeta = z.infer<typeof MetaSchema>;
export type FeedbackAnalysis = z.infer<typeof AnalysisSchema>;
export type FeedbackRouting = z.infer<typeof RoutingSchema>;
