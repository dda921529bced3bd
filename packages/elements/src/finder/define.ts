import { define } from '../shared/define.js';
import '../search/define.js';
import '../filters/define.js';
import '../results/define.js';
import { SignpostFinder } from './finder.js';

// The finder's define registers the elements it renders at once; signpost-service and
// signpost-map it fetches itself when it shows one (see finder.ts), so a page that never
// opens a detail or a map loads neither.
define('signpost-finder', SignpostFinder);
export { SignpostFinder };
