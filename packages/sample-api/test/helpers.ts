/** Test helpers: start the API in-process on port 0, fetch JSON, validate against the ORUK schemas in spec/oruk. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { createSampleApi, type SampleApi, type SampleApiOptions } from '../src/index.js';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
/** The ORUK specs, schemas and examples, kept in the repository. */
export const specOruk = resolve(repoRoot, 'spec', 'oruk');

/** Parsed JSON bodies are checked by the tests themselves. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export interface Running {
  api: SampleApi;
  base: string;
  get(path: string, init?: RequestInit): Promise<{ status: number; headers: Headers; body: Json }>;
  close(): Promise<void>;
}

export function tempFeedbackFile(): string {
  return join(mkdtempSync(join(tmpdir(), 'signpost-test-')), 'feedback.jsonl');
}

export async function start(options: SampleApiOptions = {}): Promise<Running> {
  // Tests post from one address many times a minute: the per-client limit is tested on its own.
  const api = createSampleApi({ feedbackFile: tempFeedbackFile(), feedbackPerMinute: 10_000, ...options });
  const { url } = await api.listen(0);
  return {
    api,
    base: url,
    async get(path, init) {
      const res = await fetch(`${url}${path}`, init);
      const text = await res.text();
      return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined };
    },
    close: () => api.close(),
  };
}

function readJson(path: string): Json {
  return JSON.parse(readFileSync(path, 'utf8'));
}

let ajv: Ajv | undefined;
function getAjv(): Ajv {
  if (ajv) return ajv;
  ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  // v3 taxonomy.json refers to "taxonomy_term.json" by name.
  ajv.addSchema(readJson(join(specOruk, 'v3/schema/taxonomy_term.json')), 'taxonomy_term.json');
  return ajv;
}

const compiled = new Map<string, ValidateFunction>();

/** A validator for one of the schema files in spec/oruk, e.g. "v3/schema/service.json". */
export function schema(file: string): ValidateFunction {
  let validate = compiled.get(file);
  if (!validate) {
    let json: Json;
    if (file === 'v3/schema/taxonomy_term.json') {
      validate = getAjv().getSchema('taxonomy_term.json') as ValidateFunction;
      compiled.set(file, validate);
      return validate;
    } else {
      json = readJson(join(specOruk, file));
    }
    validate = getAjv().compile(json);
    compiled.set(file, validate);
  }
  return validate;
}

/** The Page component of a dialect's OpenAPI, with every field required. */
export function pageSchema(dialect: 'v1' | 'v3'): ValidateFunction {
  const key = `${dialect}/page`;
  let validate = compiled.get(key);
  if (!validate) {
    const openapi = readJson(join(specOruk, dialect, 'openapi.json'));
    const page = dialect === 'v1' ? openapi.components.schemas.page : openapi.components.schemas.Page;
    const listKey = dialect === 'v1' ? 'content' : 'contents';
    validate = getAjv().compile({
      type: 'object',
      properties: { ...page.properties, [listKey]: { type: 'array' } },
      required: [...Object.keys(page.properties), listKey],
    });
    compiled.set(key, validate);
  }
  return validate;
}

/** Assert-friendly: validate and throw with the errors (and the offending item's name). */
export function expectValid(validate: ValidateFunction, data: unknown, label = ''): void {
  if (!validate(data)) {
    const name = (data as { name?: string } | null)?.name ?? '';
    throw new Error(`Schema errors ${label} ${name}: ${JSON.stringify(validate.errors?.slice(0, 5), null, 1)}`);
  }
}

/** The parameter names a path's GET defines in a dialect's OpenAPI (resolving v3 $refs). */
export function openapiParams(dialect: 'v1' | 'v3', path: string): string[] {
  const openapi = readJson(join(specOruk, dialect, 'openapi.json'));
  const params: Json[] = openapi.paths[path]?.get?.parameters ?? [];
  return params.map((p) => (p.$ref ? openapi.components.parameters[String(p.$ref).split('/').pop() as string].name : p.name));
}
