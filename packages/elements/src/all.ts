/** Registers every Signpost element (guarded: loading this twice is harmless), and exports the package's API. */
import './register.js';

export * from './index.js';
