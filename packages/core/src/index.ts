export * from './model.js';
export * from './errors.js';
export * from './url.js';
export * from './text.js';
export * from './geo.js';
export * from './freshness.js';
