import { SignpostService as Element } from '@signpost/elements/service/define.js';
import { wrap } from './wrap.js';

/** `<signpost-service>` as a React component. */
export const SignpostService = wrap('signpost-service', Element, 'SignpostService');
