import { SignpostSearch as Element } from '@signpost/elements/search/define.js';
import { wrap } from './wrap.js';

/** `<signpost-search>` as a React component. */
export const SignpostSearch = wrap('signpost-search', Element, 'SignpostSearch');
