/**
 * ORUK v1 routes, below /v1. Parameters are those of the v1 OpenAPI; others are ignored.
 *
 * /services:
 * - taxonomy_id: term ids (CURIEs such as "esdServiceTypes:121"); a bare code is qualified
 *   by the `vocabulary` (or `taxonomy_type`) at the same position, as the OpenAPI pairs
 *   them. Alone, `vocabulary` / `taxonomy_type` keep services with any term in them.
 * - need, circumstance, service_type: ids (or bare codes) in esdNeeds, esdCircumstances,
 *   esdServiceTypes. Each list means any of; different parameters combine with AND.
 * - postcode (+ proximity in metres): nearest first; each service gets `distance` (metres,
 *   to its nearest place) and each located place its own `distance`. With proximity, only
 *   services with a place within it; without, services with no located place come last.
 * - coverage: a postcode; keeps services whose service area covers its district.
 */
import type { Directory } from './directory.js';
import { foldText } from './directory.js';
import { filterServices, nearestDistance, rankByText, searchWords, type ServiceFilter } from './filter.js';
import { distanceMetres } from './geo.js';
import { badRequest, notFound, type ApiRequest } from './http.js';
import { paginate, parsePaging, v1Envelope } from './paging.js';
import { ageRange, decimal, list, single } from './params.js';
import { resolvePostcode } from './postcodes.js';
import type { Route } from './router.js';
import type { Service, Term } from './types.js';
import { V1Shapes } from './v1-shape.js';
import { findService } from './v3.js';
import { timeWindows } from './windows.js';

/** taxonomy_type words that name a vocabulary. */
const TAXONOMY_TYPES: Record<string, string> = {
  need: 'esdNeeds',
  needs: 'esdNeeds',
  circumstance: 'esdCircumstances',
  circumstances: 'esdCircumstances',
  servicetype: 'esdServiceTypes',
  servicetypes: 'esdServiceTypes',
  service_type: 'esdServiceTypes',
  send: 'sendNeeds',
};

export function v1Routes(directory: Directory): Route[] {
  const shapes = new V1Shapes(directory);
  const ok = (body: unknown) => ({ status: 200, body });

  return [
    {
      method: 'GET',
      pattern: '/v1/services',
      handler: (req) => {
        const paging = parsePaging(req.query);
        const filter = serviceFilter(directory, req);
        const postcode = single(req.query, 'postcode');
        const proximity = decimal(req.query, 'proximity', 0, 1_000_000);
        let services = filterServices(directory, filter);
        if (filter.words?.length) services = rankByText(directory, services, filter.words);
        if (!postcode) {
          const page = paginate(services, paging);
          return ok(v1Envelope(page, page.items.map((s) => shapes.service(s))));
        }
        const centre = resolvePostcode(directory, postcode);
        let rows = services.map((service, i) => ({
          service,
          i,
          distance: nearestDistance(directory, service, centre.latitude, centre.longitude),
        }));
        if (proximity !== undefined) rows = rows.filter((r) => r.distance !== undefined && r.distance <= proximity);
        rows.sort((a, b) => (a.distance ?? Infinity) - (b.distance ?? Infinity) || a.i - b.i);
        const page = paginate(rows, paging);
        return ok(
          v1Envelope(
            page,
            page.items.map((r) => shapes.service(r.service, locationDistances(directory, r.service, centre))),
          ),
        );
      },
    },
    {
      method: 'GET',
      pattern: '/v1/services/:id',
      handler: (_req, [id = '']) => ok(shapes.service(findService(directory, id))),
    },
    {
      method: 'GET',
      pattern: '/v1/taxonomies',
      handler: (req) => {
        const paging = parsePaging(req.query);
        const page = paginate(taxonomies(directory, req), paging);
        return ok(v1Envelope(page, page.items.map((t) => shapes.taxonomy(t))));
      },
    },
    {
      method: 'GET',
      pattern: '/v1/taxonomies/:id',
      handler: (_req, [id = '']) => {
        const term = directory.terms.get(id) ?? directory.findTerm(id);
        if (!term) throw notFound(`No taxonomy with id "${id}".`);
        return ok(shapes.taxonomy(term));
      },
    },
    {
      method: 'GET',
      pattern: '/v1/vocabularies',
      handler: () => ok(directory.dataset.taxonomies.map((t) => t.vocabulary)),
    },
  ];
}

function serviceFilter(directory: Directory, req: ApiRequest): ServiceFilter {
  const q = req.query;
  const taxonomyIds = list(q, 'taxonomy_id');
  const vocabularyRefs = [...list(q, 'vocabulary'), ...list(q, 'taxonomy_type')].map((ref) => vocabularyOf(directory, ref));
  if (taxonomyIds.length > 1 && vocabularyRefs.length > 1 && vocabularyRefs.length !== taxonomyIds.length) {
    throw badRequest('taxonomy_id and vocabulary (or taxonomy_type) lists must have the same number of values.');
  }
  const termGroups: string[][] = [];
  if (taxonomyIds.length) {
    termGroups.push(
      taxonomyIds.flatMap((ref, i) => {
        const vocabulary = vocabularyRefs.length === 1 ? vocabularyRefs[0] : vocabularyRefs[i];
        return directory.findTerm(ref, vocabulary)?.id ?? [];
      }),
    );
  }
  for (const [name, vocabulary] of [
    ['need', 'esdNeeds'],
    ['circumstance', 'esdCircumstances'],
    ['service_type', 'esdServiceTypes'],
  ] as const) {
    const refs = list(q, name);
    if (refs.length) termGroups.push(refs.flatMap((ref) => directory.findTerm(ref, vocabulary)?.id ?? []));
  }
  const words = searchWords(single(q, 'text'));
  const ages = ageRange(q);
  const windows = timeWindows(q);
  const coverage = single(q, 'coverage');
  return {
    ...(words.length ? { words } : {}),
    ...(termGroups.length ? { termGroups } : {}),
    ...(!taxonomyIds.length && vocabularyRefs.length
      ? { vocabularies: vocabularyRefs.filter((v): v is string => v !== undefined) }
      : {}),
    ...(ages ? { ages } : {}),
    ...(windows ? { windows } : {}),
    ...(coverage ? { coverage: resolvePostcode(directory, coverage).outcode } : {}),
  };
}

function vocabularyOf(directory: Directory, ref: string): string | undefined {
  return directory.findTaxonomy(ref)?.vocabulary ?? TAXONOMY_TYPES[ref.toLowerCase().replace(/[\s-]/g, '_')];
}

function locationDistances(
  directory: Directory,
  service: Service,
  centre: { latitude: number; longitude: number },
): Map<string, number> {
  const out = new Map<string, number>();
  for (const { location } of directory.locationsOf(service)) {
    if (location.latitude === undefined || location.longitude === undefined) continue;
    out.set(location.id, distanceMetres(centre.latitude, centre.longitude, location.latitude, location.longitude));
  }
  return out;
}

/** GET /v1/taxonomies: text, parent_id, vocabulary, root_only, needs, circumstances. */
function taxonomies(directory: Directory, req: ApiRequest): Term[] {
  const q = req.query;
  let terms = directory.dataset.terms;
  const words = searchWords(single(q, 'text'));
  if (words.length) terms = terms.filter((t) => words.every((w) => foldText(t.name).includes(w)));
  const parentRef = single(q, 'parent_id');
  if (parentRef) {
    const parent = directory.findTerm(parentRef)?.id;
    terms = terms.filter((t) => parent !== undefined && t.parent === parent);
  }
  const vocabularyRef = single(q, 'vocabulary');
  if (vocabularyRef) {
    const vocabulary = vocabularyOf(directory, vocabularyRef);
    terms = terms.filter((t) => t.vocabulary === vocabulary);
  }
  const rootOnly = single(q, 'root_only');
  if (rootOnly !== undefined) {
    if (!/^(true|false|1|0)$/i.test(rootOnly)) throw badRequest(`root_only must be true or false, not "${rootOnly}".`);
    if (/^(true|1)$/i.test(rootOnly)) terms = terms.filter((t) => !t.parent);
  }
  // needs / circumstances: the service types used by services mapped to any of them.
  const mapped = [
    ...list(q, 'needs').flatMap((ref) => directory.findTerm(ref, 'esdNeeds')?.id ?? []),
    ...list(q, 'circumstances').flatMap((ref) => directory.findTerm(ref, 'esdCircumstances')?.id ?? []),
  ];
  if (list(q, 'needs').length || list(q, 'circumstances').length) {
    const wanted = new Set(mapped);
    const types = new Set(
      directory.services
        .filter((s) => s.termIds.some((id) => wanted.has(id)))
        .flatMap((s) => s.termIds.filter((id) => id.startsWith('esdServiceTypes:'))),
    );
    terms = terms.filter((t) => types.has(t.id));
  }
  return terms;
}
