/**
 * Registers every Signpost element (guarded: loading this twice is harmless). The code of
 * signpost-feedback, signpost-service and signpost-map is fetched only when one is on the
 * page (see shared/lazy-define.ts), or when the finder shows one.
 */
import './finder/define.js';
import './search/define.js';
import './filters/define.js';
import './results/define.js';
import { loadFeedbackElement } from './feedback/load.js';
import { loadMapElement } from './map/load.js';
import { loadServiceElement } from './service/load.js';
import { defineWhenUsed } from './shared/lazy-define.js';

defineWhenUsed('signpost-feedback', loadFeedbackElement);
defineWhenUsed('signpost-service', loadServiceElement);
defineWhenUsed('signpost-map', loadMapElement);
