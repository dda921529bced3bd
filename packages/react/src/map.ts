import { SignpostMap as Element } from '@signpost/elements/map/define.js';
import { wrap } from './wrap.js';

/** `<signpost-map>` as a React component. */
export const SignpostMap = wrap('signpost-map', Element, 'SignpostMap');
