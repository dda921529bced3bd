// Placeholder until the sample API lands: mounts nothing.
export function sampleApiPlugin() {
  return { name: 'signpost-sample-api' };
}
