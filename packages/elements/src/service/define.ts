import { define } from '../shared/define.js';
import '../feedback/define.js';
// the finder's later parts, fetched with the detail: my list and the guided start
import '../guided/define.js';
import '../shortlist/define.js';
import { SignpostService } from './service.js';

define('signpost-service', SignpostService);
export { SignpostService };
