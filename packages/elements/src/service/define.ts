import { define } from '../shared/define.js';
import '../feedback/define.js';
import { SignpostService } from './service.js';

define('signpost-service', SignpostService);
export { SignpostService };
