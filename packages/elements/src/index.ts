/** The element classes and shared types, without registering anything. */
export { SignpostFinder } from './finder/finder.js';
export { SignpostSearch } from './search/search.js';
export { SignpostFilters } from './filters/filters.js';
export { SignpostResults } from './results/results.js';
export { SignpostService } from './service/service.js';
export { SignpostMap } from './map/map.js';
export { SignpostFeedback } from './feedback/feedback.js';
export { useFeedbackOutbox } from './feedback/outbox.js';
export { feedbackOutbox, feedbackRateLimit } from './feedback/delivery.js';
export { registerStrings, I18n, type Lang, type StringTable, type StringKey } from './shared/i18n.js';
export type { SignpostEventMap, SignpostEventName } from './shared/events.js';
export type { FinderState } from './shared/state.js';
export type { FinderConfig, FinderSearch, FeedbackConfig, SearchStatus } from './shared/context.js';
export { configContext, searchContext, highlightContext } from './shared/context.js';
