/** A small path router: patterns like "/v3/services/:id", matched segment by segment. */
import { badRequest, type ApiRequest, type ApiResponse } from './http.js';

export type Handler = (req: ApiRequest, params: string[]) => ApiResponse | Promise<ApiResponse>;

export interface Route {
  method: 'GET' | 'POST';
  pattern: string;
  handler: Handler;
}

export type RouteMatch = { route: Route; params: string[] } | { allowed: string[] } | undefined;

export class Router {
  readonly #routes: Array<Route & { segments: string[] }>;

  constructor(routes: Route[]) {
    this.#routes = routes.map((r) => ({ ...r, segments: split(r.pattern) }));
  }

  /** The route for a method and path; or the methods the path allows; or undefined (404). */
  match(method: string, path: string): RouteMatch {
    const segments = split(path);
    const allowed: string[] = [];
    for (const route of this.#routes) {
      const params = matchSegments(route.segments, segments);
      if (!params) continue;
      if (route.method === method || (method === 'HEAD' && route.method === 'GET')) return { route, params };
      allowed.push(route.method);
    }
    return allowed.length ? { allowed } : undefined;
  }
}

function split(path: string): string[] {
  return path.split('/').filter((s) => s.length > 0);
}

function matchSegments(pattern: string[], segments: string[]): string[] | undefined {
  if (pattern.length !== segments.length) return undefined;
  const params: string[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const p = pattern[i] as string;
    const s = segments[i] as string;
    if (p.startsWith(':')) params.push(decode(s));
    else if (p !== s) return undefined;
  }
  return params;
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw badRequest(`The path segment "${segment}" is not validly encoded.`);
  }
}
