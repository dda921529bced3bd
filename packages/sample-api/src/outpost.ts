/**
 * An Outpost-style directory below /outpost, as the public API of a Local Offer built on
 * Outpost serves it: `GET /outpost/services` (`page`, `per_page`; other parameters are
 * ignored) and `GET /outpost/services/{id}`, over the hand-written services in
 * data/outpost.ts. The page envelope is Outpost's: `number`, `size` (the items on this
 * page), `totalPages`, `totalElements`, `first`, `last` (true only on the last page
 * itself, so an empty answer says false) and `content`. An unknown id answers 404
 * `{error: "No matching document"}`.
 */
import { OUTPOST_SERVICES } from './data/outpost.js';
import { HttpError } from './http.js';
import { paginate, parsePaging } from './paging.js';
import type { Route } from './router.js';

export function outpostRoutes(services = OUTPOST_SERVICES): Route[] {
  return [
    {
      method: 'GET',
      pattern: '/outpost/services',
      handler: (req) => {
        const page = paginate(services, parsePaging(req.query));
        return {
          status: 200,
          body: {
            number: page.page,
            size: page.items.length,
            totalPages: page.totalPages,
            totalElements: page.total,
            first: page.page === 1,
            last: page.page === page.totalPages,
            content: page.items,
          },
        };
      },
    },
    {
      method: 'GET',
      pattern: '/outpost/services/:id',
      handler: (_req, [id = '']) => {
        const found = services.find((s) => s.id === Number.parseInt(id, 10));
        if (!found) throw new HttpError(404, 'No matching document', 'No matching document');
        return { status: 200, body: found };
      },
    },
  ];
}
