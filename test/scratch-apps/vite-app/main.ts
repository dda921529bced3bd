// A site's own script: the elements from npm, and core's client for a number of its own.
import '@signpost/elements/all.js';
import { OrukClient } from '@signpost/core';

const client = new OrukClient({ endpoint: new URL('/api/v3', location.href).href });
const count = document.querySelector('#count')!;
client.search({ perPage: 1 }).then(
  (result) => (count.textContent = `${result.total} services`),
  (error: Error) => (count.textContent = error.message),
);
