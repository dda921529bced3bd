import { define } from '../shared/define.js';
import { SignpostFinder } from './finder.js';

define('signpost-finder', SignpostFinder);
export { SignpostFinder };
