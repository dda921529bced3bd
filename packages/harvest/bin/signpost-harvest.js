#!/usr/bin/env node
// The signpost-harvest command. It runs the built harvester, so that the command exists
// (and npm links it) from the first install, before `npm run build` has made dist/.
try {
  await import('../dist/cli.js');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
  console.error(`signpost-harvest is not built yet: run "npm run build" first (or "npm run harvest -- ..." from the repository).\n${error.message}`);
  process.exitCode = 1;
}
