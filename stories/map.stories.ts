import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { Service } from '@signpost/core';
import { makeContext, type ContextOptions } from '../test/support/context-host.js';
import { closed, fixtureServices, online, riverside, speech } from '../test/fixtures/services.js';

/**
 * signpost-map inside a finder context stand-in. Tiles are off by default ("none": markers on
 * a plain background, no requests); set tileUrl to "" for OpenStreetMap's standard tiles.
 * Leaflet is downloaded only when a map first comes into view.
 */
interface Args {
  options: ContextOptions;
  origin?: { lat: number; lng: number };
  tileUrl: string;
}

/** n fictional services scattered over Sheffield, deterministic. */
function scattered(n: number): Service[] {
  return Array.from({ length: n }, (_, i) => ({
    ...speech,
    id: `story-${i}`,
    name: `Sample service ${i + 1}`,
    distanceMetres: undefined,
    locations: [
      {
        id: `story-loc-${i}`,
        name: `Venue ${i + 1}`,
        position: { lat: 53.33 + ((i * 7919) % 1000) / 10_000, lng: -1.56 + ((i * 104_729) % 1000) / 5_000 },
        addresses: [],
        accessibility: [],
      },
    ],
  }));
}

/** Feeds with coordinates the map cannot use: impossible (already dropped by core), missing, or none at all. */
const noCoordinates: Service[] = [
  riverside,
  { ...speech, id: 'bad-lat', name: 'Latitude 100 Club', locations: [{ ...speech.locations[0]!, id: 'bad', position: undefined }] },
  { ...speech, id: 'no-position', name: 'Address only', locations: [{ ...speech.locations[0]!, id: 'np', position: undefined }] },
  online,
  closed,
];

const meta: Meta<Args> = {
  title: 'Elements/signpost-map',
  component: 'signpost-map',
  args: { tileUrl: 'none' },
  render: ({ options, origin, tileUrl }) => {
    const context = makeContext(options);
    if (origin && context.result) context.result.origin = origin;
    return html`<signpost-test-context .context=${context}>
      <signpost-map tile-url=${tileUrl}></signpost-map>
    </signpost-test-context>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

export const Markers: Story = { args: { options: { services: fixtureServices } } };
export const SearchRadius: Story = {
  args: { options: { services: fixtureServices, state: { postcode: 'S1 2HE', radiusMiles: 3 } }, origin: { lat: 53.3778, lng: -1.4691 } },
};
export const Clusters: Story = { args: { options: { services: scattered(400), total: 400 } } };
export const NoCoordinates: Story = { args: { options: { services: noCoordinates } } };
export const ShowAllOffered: Story = { args: { options: { services: fixtureServices, total: 1240, totalPages: 124 } } };
export const Welsh: Story = { args: { options: { services: fixtureServices, lang: 'cy', state: { postcode: 'S1 2HE' } }, origin: { lat: 53.3778, lng: -1.4691 } } };
export const WithOpenStreetMapTiles: Story = { args: { options: { services: fixtureServices }, tileUrl: '' } };

/** A service's own places, as in its detail (folded behind "Show on a map" there). */
export const OneService: Story = {
  render: ({ tileUrl }) => html`<signpost-map tile-url=${tileUrl} .services=${[riverside]}></signpost-map>`,
};

/** The whole finder with list and map side by side (needs the sample API at /api, as `npm run storybook` serves it). */
export const InFinderSideBySide: Story = {
  render: ({ tileUrl }) =>
    html`<signpost-finder endpoint="/api/v3" geocoder="/api" view="split" tile-url=${tileUrl} style="max-width: 80rem"></signpost-finder>`,
};

/** The finder showing the map in place of the list: the map's toolbar says (and announces) how many were found. */
export const InFinderMapOnly: Story = {
  render: ({ tileUrl }) => html`<signpost-finder endpoint="/api/v1" geocoder="/api" view="map" tile-url=${tileUrl}></signpost-finder>`,
};
