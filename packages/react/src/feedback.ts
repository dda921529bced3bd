import { SignpostFeedback as Element } from '@signpost/elements/feedback/define.js';
import { wrap } from './wrap.js';

/** `<signpost-feedback>` as a React component. */
export const SignpostFeedback = wrap('signpost-feedback', Element, 'SignpostFeedback');
