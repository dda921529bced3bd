import { define } from '../shared/define.js';
import { SignpostFilters } from './filters.js';

define('signpost-filters', SignpostFilters);
export { SignpostFilters };
