import { SignpostFinder as Element } from '@signpost/elements/finder/define.js';
import { wrap } from './wrap.js';

/** `<signpost-finder>` as a React component. */
export const SignpostFinder = wrap('signpost-finder', Element, 'SignpostFinder');
