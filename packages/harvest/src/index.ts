/**
 * @signpost/harvest: reads ORUK feeds through @signpost/core's adapters, merges them and
 * writes a static snapshot with a feed health report. Node only.
 */
export type { Service, ServiceSource } from '@signpost/core';
export { harvest } from './harvest.js';
export type { HarvestOptions, HarvestOutcome, HarvestStatus } from './harvest.js';
export type { DetailMode, FeedResult, FeedSpec } from './feed.js';
export type { FeedHealth, HarvestReport, Quirk, Share } from './report.js';
export type { MatchKind, MergeGroup } from './merge.js';
export { reportHtml } from './report-html.js';
export { lineProgress, silentProgress, terminalProgress, type Progress } from './progress.js';
export { writeSnapshot, type SnapshotInput, type SnapshotSummary } from './snapshot/write.js';
export { writePages, type PagesOptions, type PagesSummary } from './pages/write.js';
