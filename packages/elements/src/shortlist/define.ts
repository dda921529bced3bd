import { define } from '../shared/define.js';
import { SignpostShortlist } from './shortlist.js';

define('signpost-shortlist', SignpostShortlist);
export { SignpostShortlist };
