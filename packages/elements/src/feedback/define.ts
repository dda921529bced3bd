import { define } from '../shared/define.js';
import { SignpostFeedback } from './feedback.js';

define('signpost-feedback', SignpostFeedback);
export { SignpostFeedback };
