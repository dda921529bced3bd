/**
 * The drop-in bundle's entry: registers every element, and exports what a page's own
 * script may need (strings for a language, another feedback outbox). Element classes are
 * reached with customElements.get('signpost-finder').
 */
import './register.js';

export { registerStrings } from './shared/i18n.js';
export { useFeedbackOutbox } from './feedback/outbox.js';
