import { define } from '../shared/define.js';
import { SignpostSavedSearches } from './panel.js';

define('signpost-saved-searches', SignpostSavedSearches);
export { SignpostSavedSearches };
