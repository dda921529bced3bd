/** English strings for the map: loaded with it (Welsh ones are in the Welsh table). */
import { addStrings } from '../shared/i18n.js';

export const mapEn = {
  viewDetails: 'View details',
  viewDetailsOf: 'View details of {name}',
  mapLabel: 'Map of results',
  mapLabelOne: 'Map of {name}',
  mapHint: 'The map shows the same services as the list. Tab moves between places on the map and Enter opens one. Arrow keys move the map; plus and minus zoom.',
  mapRadius: { one: 'The circle shows {count} mile around {postcode}.', other: 'The circle shows {count} miles around {postcode}.' },
  mapLoading: 'Loading the map…',
  mapFailed: 'The map could not be loaded. Every result is in the list.',
  mapZoomIn: 'Zoom in',
  mapZoomOut: 'Zoom out',
  mapOsmContributors: 'OpenStreetMap contributors',
  mapOnMap: { zero: 'No services to show on the map', one: '{count} service on the map', other: '{count} services on the map' },
  mapNoLocation: { one: '{count} service has no map location', other: '{count} services have no map location' },
  mapCluster: { one: '{count} service: zoom in', other: '{count} services: zoom in' },
  mapClusterHere: { one: '{count} service here: show it', other: '{count} services here: show them' },
  mapHere: { one: '{count} service here', other: '{count} services here' },
  mapClose: 'Close',
  mapShowAll: 'Show all {count} on the map',
  mapShowFirst: 'Show the first {count} on the map',
  mapLoadingAll: 'Loaded {loaded} of {total}',
  mapStopLoading: 'Stop loading',
  mapStopped: 'Stopped: {loaded} of {total} on the map',
  mapAllFailed: 'Not every result could be loaded: {loaded} of {total} on the map',
  mapShowPage: 'Show this page only',
  mapShowPlaces: 'Show on a map',
  mapHidePlaces: 'Hide the map',
} as const;

addStrings('en', mapEn);
