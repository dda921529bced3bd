/**
 * @signpost/core/snapshot: reading a static snapshot in the browser (SnapshotDirectory), and
 * the format and search words the harvester writes it with.
 */
export { SnapshotDirectory } from './directory.js';
export { openSnapshot, type SnapshotOptions, type SnapshotSource } from './open.js';
export * from './format.js';
export { cardOf, storedOf } from './records.js';
export { flagsOf, timesOf } from './facets.js';
export { INDEX_OPTIONS, TEXT_FIELDS, type TextField } from './words.js';
export { SYNONYMS, Synonyms, type SynonymGroups } from './synonyms.js';
