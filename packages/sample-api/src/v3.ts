/**
 * ORUK v3 routes, below /v3. Parameters are exactly those of the v3 OpenAPI; others are
 * ignored. `taxonomy_term_id` takes term UUIDs (or, leniently, CURIEs such as
 * "esdNeeds:9"); `taxonomy_id` takes taxonomy UUIDs (or vocabulary names such as
 * "esdNeeds"); both accept comma-separated lists meaning any of them.
 */
import type { Directory } from './directory.js';
import { filterServices, rankByText, searchWords, type ServiceFilter } from './filter.js';
import { distanceMetres } from './geo.js';
import { notFound, type ApiRequest } from './http.js';
import { paginate, parsePaging, v3Envelope } from './paging.js';
import { ageRange, decimal, list, single } from './params.js';
import { resolvePostcode } from './postcodes.js';
import type { Route } from './router.js';
import type { Location, Service } from './types.js';
import { V3Shapes } from './v3-shape.js';
import { timeWindows } from './windows.js';

export const V3_META = {
  version: '3.0',
  profile: 'https://github.com/openreferral/uk-profile',
  openapi_url: 'https://raw.githubusercontent.com/openreferral/uk-profile/main/schema/openapi.json',
};

export function v3Routes(directory: Directory): Route[] {
  const shapes = new V3Shapes(directory);
  const ok = (body: unknown) => ({ status: 200, body });

  return [
    { method: 'GET', pattern: '/v3', handler: () => ok(V3_META) },
    {
      method: 'GET',
      pattern: '/v3/services',
      handler: (req) => {
        const paging = parsePaging(req.query);
        const filter = serviceFilter(directory, req);
        let services = filterServices(directory, filter);
        if (filter.words?.length) services = rankByText(directory, services, filter.words);
        const page = paginate(services, paging);
        return ok(v3Envelope(page, page.items.map((s) => shapes.serviceListItem(s))));
      },
    },
    {
      method: 'GET',
      pattern: '/v3/services/:id',
      handler: (_req, [id = '']) => ok(shapes.service(findService(directory, id))),
    },
    {
      method: 'GET',
      pattern: '/v3/service_at_locations',
      handler: (req) => {
        const paging = parsePaging(req.query);
        const filter = serviceFilter(directory, req);
        const postcode = single(req.query, 'postcode');
        const proximity = decimal(req.query, 'proximity', 0, 1_000_000);
        let services = filterServices(directory, filter);
        if (filter.words?.length) services = rankByText(directory, services, filter.words);
        let rows: Array<{ service: Service; linkId: string; location: Location; distance?: number }> = services.flatMap(
          (service) => directory.locationsOf(service).map(({ linkId, location }) => ({ service, linkId, location })),
        );
        if (postcode) {
          const centre = resolvePostcode(directory, postcode);
          rows = rows.map((row) =>
            row.location.latitude === undefined || row.location.longitude === undefined
              ? row
              : { ...row, distance: distanceMetres(centre.latitude, centre.longitude, row.location.latitude, row.location.longitude) },
          );
          if (proximity !== undefined) rows = rows.filter((r) => r.distance !== undefined && r.distance <= proximity);
          rows = rows
            .map((row, i) => ({ row, i }))
            .sort((a, b) => (a.row.distance ?? Infinity) - (b.row.distance ?? Infinity) || a.i - b.i)
            .map(({ row }) => row);
        }
        const page = paginate(rows, paging);
        return ok(
          v3Envelope(
            page,
            page.items.map((r) => shapes.serviceAtLocation(r.service, r.linkId, r.location, r.distance)),
          ),
        );
      },
    },
    {
      method: 'GET',
      pattern: '/v3/service_at_locations/:id',
      handler: (_req, [id = '']) => {
        const sal = directory.serviceAtLocations.get(id.toLowerCase());
        if (!sal) throw notFound(`No service_at_location with id "${id}".`);
        return ok(shapes.serviceAtLocation(sal.service, sal.linkId, sal.location));
      },
    },
    {
      method: 'GET',
      pattern: '/v3/taxonomies',
      handler: (req) => {
        const page = paginate(directory.dataset.taxonomies, parsePaging(req.query));
        return ok(v3Envelope(page, page.items.map((t) => shapes.taxonomy(t))));
      },
    },
    {
      method: 'GET',
      pattern: '/v3/taxonomies/:id',
      handler: (_req, [id = '']) => {
        const taxonomy = directory.findTaxonomy(id);
        if (!taxonomy) throw notFound(`No taxonomy with id "${id}".`);
        return ok(shapes.taxonomy(taxonomy, true));
      },
    },
    {
      method: 'GET',
      pattern: '/v3/taxonomy_terms',
      handler: (req) => {
        const page = paginate(directory.dataset.terms, parsePaging(req.query));
        return ok(v3Envelope(page, page.items.map((t) => shapes.term(t, true))));
      },
    },
    {
      method: 'GET',
      pattern: '/v3/taxonomy_terms/:id',
      handler: (_req, [id = '']) => {
        const term = directory.findTerm(id);
        if (!term) throw notFound(`No taxonomy term with id "${id}".`);
        return ok(shapes.term(term, true));
      },
    },
  ];
}

function serviceFilter(directory: Directory, req: ApiRequest): ServiceFilter {
  const termRefs = list(req.query, 'taxonomy_term_id');
  const taxonomyRefs = list(req.query, 'taxonomy_id');
  const ages = ageRange(req.query);
  const windows = timeWindows(req.query);
  const words = searchWords(single(req.query, 'search'));
  return {
    ...(words.length ? { words } : {}),
    ...(termRefs.length
      ? { termGroups: [termRefs.flatMap((ref) => directory.findTerm(ref)?.id ?? [])] }
      : {}),
    ...(taxonomyRefs.length
      ? { vocabularies: taxonomyRefs.flatMap((ref) => directory.findTaxonomy(ref)?.vocabulary ?? []) }
      : {}),
    ...(ages ? { ages } : {}),
    ...(windows ? { windows } : {}),
  };
}

export function findService(directory: Directory, id: string): Service {
  const service = directory.servicesById.get(id) ?? directory.servicesById.get(id.toLowerCase());
  if (!service) throw notFound(`No service with id "${id}".`);
  return service;
}
