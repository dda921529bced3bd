import { define } from '../shared/define.js';
import '../feedback/define.js';
// The list of saved searches, opened from the results, comes with the detail's code (which is
// fetched when the browser is idle after the first results), rather than as a chunk of its own.
import '../saved/define.js';
import { SignpostService } from './service.js';

define('signpost-service', SignpostService);
export { SignpostService };
/** Saving a search (the results' "Save this search"), fetched with the list. */
export { saveSearch } from '../saved/store.js';
