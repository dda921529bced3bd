/**
 * @signpost/react: each Signpost element as a React component, with typed props (the
 * element's properties) and the events onSearch, onSelect, onContact and onFeedback.
 * Importing a component registers its element.
 */
export { SignpostFinder } from './finder.js';
export { SignpostSearch } from './search.js';
export { SignpostFilters } from './filters.js';
export { SignpostResults } from './results.js';
export { SignpostService } from './service.js';
export { SignpostMap } from './map.js';
export { SignpostFeedback } from './feedback.js';
export { signpostEvents, type SignpostEvent, type SignpostComponent } from './wrap.js';
