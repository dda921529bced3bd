/**
 * @signpost/harvest: reads ORUK feeds through @signpost/core's adapters, merges them and
 * writes a static snapshot. Node only.
 */
export type { Service, ServiceSource } from '@signpost/core';
