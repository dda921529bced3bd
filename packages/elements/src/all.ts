/** Registers every Signpost element (guarded: loading this twice is harmless). */
import './finder/define.js';
import './search/define.js';
import './filters/define.js';
import './results/define.js';
import './service/define.js';
import './map/define.js';
import './feedback/define.js';

export * from './index.js';
