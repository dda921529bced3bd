/**
 * The sample API's own dataset (served by test/snapshot-plugin.ts) and answers computed
 * straight from it, in the sample API's words, to check a snapshot's answers against: no
 * code of the snapshot reader or writer is used here.
 */
import type { Dataset, Service as SampleService } from '../../packages/sample-api/src/types.js';

let loading: Promise<Dataset> | undefined;

export function sampleDataset(): Promise<Dataset> {
  loading ??= fetch('/snapshot-data/sample.json').then((r) => r.json() as Promise<Dataset>);
  return loading;
}

export type Expect = (s: SampleService) => boolean;

/** Services tagged with one of the terms or a term below one of them. */
export function withTerms(data: Dataset, termIds: string[]): Expect {
  const children = new Map<string, string[]>();
  for (const t of data.terms) if (t.parent) children.set(t.parent, [...(children.get(t.parent) ?? []), t.id]);
  const wanted = new Set<string>();
  const add = (id: string): void => {
    wanted.add(id);
    for (const c of children.get(id) ?? []) add(c);
  };
  termIds.forEach(add);
  return (s) => s.termIds.some((id) => wanted.has(id));
}

/** Age ranges overlap; a missing bound is open. */
export function forAges(min?: number, max?: number): Expect {
  return (s) => (s.minimumAge ?? -Infinity) <= (max ?? Infinity) && (min ?? -Infinity) <= (s.maximumAge ?? Infinity);
}

const minutesOf = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));

/** A schedule on the day (if given) open at some point in [start, end]. */
export function openDuring(day?: string, start?: string, end?: string): Expect {
  return (s) =>
    s.schedules.some(
      (x) =>
        (!day || x.byday.includes(day as never)) &&
        (start === undefined || minutesOf(x.closesAt) > minutesOf(start)) &&
        (end === undefined || minutesOf(x.opensAt) < minutesOf(end)),
    );
}

/** Free: every cost option is £0, or with none the fees say free and name no price. */
export function isFree(s: SampleService): boolean {
  const amounts = s.costOptions.map((c) => c.amount);
  if (amounts.some((a) => (a ?? 0) > 0)) return false;
  if (amounts.length && amounts.every((a) => a === 0)) return true;
  const fees = s.fees ?? '';
  const prices = [...fees.matchAll(/£\s*(\d+(?:\.\d+)?)/g)].map((m) => Number(m[1]));
  return /\b(free|no charge|no cost)\b/i.test(fees) && !/not\s+free/i.test(fees) && !prices.some((p) => p > 0);
}

export function withAccess(route: string): Expect {
  return (s) => s.attendingAccess === route;
}

function haversine(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = (d: number) => (d * Math.PI) / 180;
  const h = Math.sin(rad(b.lat - a.lat) / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(rad(b.lng - a.lng) / 2) ** 2;
  return 2 * 6_371_008.8 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Metres from a point to a service's nearest located place, or undefined. */
export function nearest(data: Dataset, s: SampleService, point: { lat: number; lng: number }): number | undefined {
  const places = new Map(data.locations.map((l) => [l.id, l]));
  const metres = s.locations.flatMap(({ locationId }) => {
    const l = places.get(locationId);
    return l?.latitude === undefined || l.longitude === undefined ? [] : [haversine(point, { lat: l.latitude, lng: l.longitude })];
  });
  return metres.length ? Math.min(...metres) : undefined;
}

export function pointOf(data: Dataset, postcode: string): { lat: number; lng: number } {
  const entry = data.postcodes.find((p) => p.postcode === postcode);
  if (!entry) throw new Error(`${postcode} is not in the sample's postcodes`);
  return { lat: entry.latitude, lng: entry.longitude };
}

/**
 * The sample's own id of a service read from its snapshot: the harvester names a merged
 * service by the first feed's short key, a dash and that feed's id ("744547-<id>").
 */
export function sampleId(snapshotId: string): string {
  const match = /^[0-9a-f]{6}-(.+)$/.exec(snapshotId);
  if (!match) throw new Error(`${snapshotId} is not a harvested id`);
  return match[1]!;
}

/** The ids of the services that pass every test. */
export function expectedIds(data: Dataset, ...tests: Expect[]): string[] {
  return data.services.filter((s) => tests.every((t) => t(s))).map((s) => s.id).sort();
}
