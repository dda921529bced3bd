import { define } from '../shared/define.js';
import { SignpostMap } from './map.js';

define('signpost-map', SignpostMap);
export { SignpostMap };
