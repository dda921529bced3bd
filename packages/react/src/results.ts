import { SignpostResults as Element } from '@signpost/elements/results/define.js';
import { wrap } from './wrap.js';

/** `<signpost-results>` as a React component. */
export const SignpostResults = wrap('signpost-results', Element, 'SignpostResults');
