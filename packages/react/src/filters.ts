import { SignpostFilters as Element } from '@signpost/elements/filters/define.js';
import { wrap } from './wrap.js';

/** `<signpost-filters>` as a React component. */
export const SignpostFilters = wrap('signpost-filters', Element, 'SignpostFilters');
