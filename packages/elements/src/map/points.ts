/**
 * From services to map points: one point per location with a position. Plain functions,
 * no Leaflet, so the main bundle can count and label places without loading the map.
 */
import type { Location, Service } from '@signpost/core';
import { distanceLabel } from '../shared/format.js';
import type { I18n } from '../shared/i18n.js';

export interface MapPoint {
  service: Service;
  location: Location;
  lat: number;
  lng: number;
}

export interface CollectedPoints {
  points: MapPoint[];
  /** Services with no location the map can show (online only, or coordinates missing or impossible). */
  unplaced: number;
}

export function collectPoints(services: readonly Service[]): CollectedPoints {
  const points: MapPoint[] = [];
  let unplaced = 0;
  for (const service of services) {
    let placed = false;
    for (const location of service.locations) {
      const p = location.position;
      // core drops impossible coordinates; this guards data set by hand through `services`
      if (!p || !Number.isFinite(p.lat) || !Number.isFinite(p.lng) || Math.abs(p.lat) > 90 || Math.abs(p.lng) > 180) continue;
      points.push({ service, location, lat: p.lat, lng: p.lng });
      placed = true;
    }
    if (!placed) unplaced += 1;
  }
  return { points, unplaced };
}

/** A key that changes when the set of points does (ids and positions), not on every new array. */
export function pointsKey(points: readonly MapPoint[]): string {
  let key = `${points.length}`;
  for (const p of points) key += `|${p.service.id}@${p.location.id}:${p.lat},${p.lng}`;
  return key;
}

/** The distance to show for a point: its location's, else the service's when it has one place. */
export function pointDistance(point: MapPoint): number | undefined {
  return point.location.distanceMetres ?? (point.service.locations.length === 1 ? point.service.distanceMetres : undefined);
}

/** "Riverside Youth Club, Riverside Hall, 0.4 miles away": a marker's accessible name. */
export function pointLabel(point: MapPoint, i18n: I18n): string {
  const { service, location } = point;
  const place = location.name && location.name !== service.name ? location.name : undefined;
  return [service.name, place, distanceLabel(pointDistance(point), i18n)].filter(Boolean).join(', ');
}

/** The first line of a point's address, for its card. */
export function pointAddress(point: MapPoint): string | undefined {
  const address = point.location.addresses[0];
  if (!address) return undefined;
  const parts = [...address.lines.slice(0, 1), address.postcode].filter(Boolean);
  return parts.join(', ') || undefined;
}
