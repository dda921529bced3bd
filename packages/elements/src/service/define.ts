import { define } from '../shared/define.js';
// Report a problem (on every result card and in the detail)
import '../feedback/define.js';
// Saved searches (in the results' header) come with the detail's code, which is fetched when the
// browser is idle after the first results, rather than as a chunk of their own.
import '../saved/define.js';
// and the finder's later parts with them: my list and the guided start
import '../guided/define.js';
import '../shortlist/define.js';
import { SignpostService } from './service.js';

define('signpost-service', SignpostService);
export { SignpostService };
