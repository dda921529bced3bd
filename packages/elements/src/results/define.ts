import { define } from '../shared/define.js';
import { SignpostResults } from './results.js';

define('signpost-results', SignpostResults);
export { SignpostResults };
