/**
 * @signpost/harvest: reads ORUK feeds through @signpost/core's adapters, merges them and
 * writes a static snapshot. Node only.
 */
export type { Service, ServiceSource } from '@signpost/core';
export { writeSnapshot, type SnapshotInput, type SnapshotSummary } from './snapshot/write.js';
export { writePages, type PagesOptions, type PagesSummary } from './pages/write.js';
