import { define } from '../shared/define.js';
import { SignpostGuided } from './guided.js';

define('signpost-guided', SignpostGuided);
export { SignpostGuided };
