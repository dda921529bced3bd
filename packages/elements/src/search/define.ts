import { define } from '../shared/define.js';
import { SignpostSearch } from './search.js';

define('signpost-search', SignpostSearch);
export { SignpostSearch };
