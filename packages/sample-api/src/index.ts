/**
 * @signpost/sample-api: an ORUK v1 + v3 server over a bundled, fictional Sheffield
 * directory, with a postcodes.io look-alike and a reference feedback receiver.
 */
export { createSampleApi } from './server.js';
export type { ListeningInfo, NextFunction, SampleApi, SampleApiOptions } from './server.js';
export { DATASET_NOTICE, generateDataset } from './generate.js';
export type { GenerateOptions } from './generate.js';
export { validateReport, FEEDBACK_BODY_LIMIT, DEFAULT_FEEDBACK_LIMITS, DEFAULT_REPORTS_PER_MINUTE } from './feedback.js';
export type { FeedbackLimits, FeedbackReport, StoredReport } from './feedback.js';
export { V3_META } from './v3.js';
export type * from './types.js';
