/**
 * signpost-feedback's code (the "Report a problem" link on every card, and "Can't find what you
 * need?"): it comes in the chunk of the finder's later parts (see service/load.ts), which the
 * results fetch as the first search starts, beside the adapters that search needs, so that it
 * is here by the time the cards it sits on are. (A chunk of its own would make the bundler
 * split Lit out of the drop-in file.)
 */
export { loadServiceElement as loadFeedbackElement } from '../service/load.js';
