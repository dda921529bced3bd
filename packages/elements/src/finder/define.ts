import { define } from '../shared/define.js';
import '../search/define.js';
import '../filters/define.js';
import '../results/define.js';
import '../service/define.js';
import '../map/define.js';
import { SignpostFinder } from './finder.js';

define('signpost-finder', SignpostFinder);
export { SignpostFinder };
