import type { getEngine } from '../../../nodes/engine/text';

type Engine = ReturnType<typeof getEngine>;

/**
 * The sentiment CX Analyze gives the first topic at or under `id` in `text` (`exact`: the topic `id` itself); undefined
 * when no such topic is found. Shared by the topic-attribution tests.
 */
export function topicSentiment(engine: Engine, text: string, id: string, exact = false) {
	return engine.analyze(text).topics.find((t) => t.id === id || (!exact && t.id.startsWith(`${id}.`)))?.sentiment;
}
